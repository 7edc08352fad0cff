/** Run / Cancel (the pane header keeps only these, so they are never clipped; settings are in RunSettings). */
import { useCommands, useSimulation } from "../store/hooks";
import { RunScriptButton } from "../console/RunScriptButton";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function RunControls() {
  const { status } = useSimulation();
  const commands = useCommands();
  return (
    <div className="run-controls">
      {status === "running"
        ? <button type="button" className="btn danger" onClick={() => commands.cancelRun()}>Cancel</button>
        : <button type="button" className="btn primary" onClick={() => commands.run()} title={`Simulate the design (${isMac ? "⌘" : "Ctrl"}+Enter)`}>Run</button>}
      <RunScriptButton />
    </div>
  );
}
