/** The studio page: top bar, pane workspace, status bar, and the share dialog. */
import { useEffect } from "react";
import { useDocumentTheme } from "./useDocumentTheme";
import { Header } from "./chrome/Header";
import { ShareDialog } from "./chrome/ShareDialog";
import { StatusBar } from "./chrome/StatusBar";
import { Workspace } from "./layout/Workspace";
import { useCommands, useTheme } from "./store/hooks";

export function Studio() {
  const theme = useTheme();
  const commands = useCommands();

  useDocumentTheme(theme);

  useEffect(() => {
    // Ctrl/Cmd+Enter runs from anywhere; inside Monaco the editor's own command handles it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey)) return;
      if ((e.target as Element | null)?.closest?.(".monaco-editor")) return;
      e.preventDefault();
      commands.run();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [commands]);

  return (
    <div className="studio">
      <Header />
      <Workspace />
      <StatusBar />
      <ShareDialog />
    </div>
  );
}
