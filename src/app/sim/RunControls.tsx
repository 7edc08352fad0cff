/** Run / Cancel and the random seed for generated inputs. */
import { useCommands, useSimulation } from "../store/hooks";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function RunControls() {
  const { status, seed } = useSimulation();
  const commands = useCommands();
  const running = status === "running";
  return (
    <div className="run-controls">
      <label className="seed">
        seed
        <input
          type="number" aria-label="Seed" value={seed} step={1} disabled={running}
          onChange={(e) => commands.setSeed(Number(e.currentTarget.value))}
        />
      </label>
      {running
        ? <button type="button" className="btn danger" onClick={() => commands.cancelRun()}>Cancel</button>
        : <button type="button" className="btn primary" onClick={() => commands.run()} title={`Simulate the design (${isMac ? "⌘" : "Ctrl"}+Enter)`}>Run</button>}
    </div>
  );
}
