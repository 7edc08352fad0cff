/**
 * What the next run is given: the seed of generated inputs, .npy uploads for array parameters (a
 * parameter without one gets seeded random values), and the step budget a runaway loop is stopped at.
 */
import { useCommands, useDesignParams, useSimulation } from "../store/hooks";

/** The simulator's own budget when none is set (loop iterations). */
// In words: "2,000,000,000" does not fit the field beside its spinner in a 1280-wide layout.
const DEFAULT_BUDGET_TEXT = "default 2 billion";

export function RunSettings() {
  const { status, seed, stepBudget, inputFiles } = useSimulation();
  const params = useDesignParams();
  const commands = useCommands();
  const running = status === "running";
  const arrays = (params ?? []).filter((p) => p.type.kind === "array");
  const upload = async (name: string, file: File | undefined) => {
    if (file) commands.setInputFile(name, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };
  return (
    <div className="run-settings" role="group" aria-label="Run settings">
      <label className="seed">
        seed
        <input
          type="number" aria-label="Seed" value={seed} step={1} disabled={running}
          onChange={(e) => commands.setSeed(Number(e.currentTarget.value))}
        />
      </label>
      <label className="seed" title="Loop iterations a run may take before it stops as a runaway loop">
        step budget
        <input
          type="number" aria-label="Step budget" className="budget" min={1} step={1} disabled={running}
          placeholder={DEFAULT_BUDGET_TEXT} value={stepBudget ?? ""}
          onChange={(e) => commands.setStepBudget(e.currentTarget.value === "" ? undefined : Number(e.currentTarget.value))}
        />
      </label>
      {arrays.length > 0 && <span className="inputs-label">inputs:</span>}
      {arrays.map((p) => {
        const f = inputFiles[p.name];
        return (
          <span key={p.name} className="input-upload" data-testid={`input-${p.name}`}>
            <label className="btn-small file-button" title={`Upload a .npy file for '${p.name}' (else seeded random values)`}>
              {p.name}: {f ? f.fileName : "random"}
              <input type="file" accept=".npy" aria-label={`Upload ${p.name}.npy`} disabled={running}
                onChange={(e) => { void upload(p.name, e.currentTarget.files?.[0]); e.currentTarget.value = ""; }} />
            </label>
            {f && <button type="button" className="btn-small" aria-label={`Remove the upload for ${p.name}`} title="Use seeded random values again" disabled={running} onClick={() => commands.setInputFile(p.name, null)}>×</button>}
          </span>
        );
      })}
    </div>
  );
}
