/** "Run script": runs the file as `allo-studio script` (or `test` when it has test_* functions). */
import { useStudioStore } from "../store/hooks";
import { cancelScript, runScriptInConsole, useConsole } from "./consoleStore";

export function RunScriptButton() {
  const store = useStudioStore();
  const running = useConsole((s) => s.status === "running");
  if (running) return <button type="button" className="btn danger" onClick={cancelScript}>Stop script</button>;
  return (
    <button
      type="button" className="btn" data-testid="run-script"
      title="Run the whole file as Python would: module code, numpy testbench, asserts and prints (test_* functions run as pytest would)"
      onClick={() => void runScriptInConsole(store.getState().doc.source)}
    >Run script</button>
  );
}
