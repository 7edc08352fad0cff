/** Light/dark switch; the choice is part of the document, so it is remembered. */
import { useActions, useTheme } from "../store/hooks";

export function ThemeToggle() {
  const theme = useTheme();
  const actions = useActions();
  const next = theme === "dark" ? "light" : "dark";
  return (
    <button type="button" className="btn" aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`}
      onClick={() => actions.dispatch({ kind: "setTheme", theme: next })}>
      {theme === "dark" ? "☀ Light" : "☾ Dark"}
    </button>
  );
}
