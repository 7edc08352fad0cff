/**
 * What the next run is given: the seed of generated inputs, .npy uploads for array parameters (a
 * parameter without one gets seeded random values), the step budget a runaway loop is stopped at, the
 * limits of the design's Python code (sizes and steps) and of its arrays and FIFOs (they apply to every
 * compile). RELIABILITY.md "Limits" lists them all; the CLI's flags set the same ones.
 */
import { formatCount } from "../../core/numbers";
import { DEFAULT_LIMITS } from "../../core/limits";
import type { Limits } from "../../core/limits";
import { DYN } from "../../core/types/types";
import { useCommands, useDesignParams, useSimulation } from "../store/hooks";

/** The simulator's own budget when none is set (loop iterations). */
// In words: "2,000,000,000" does not fit the field beside its spinner in a 1280-wide layout.
const DEFAULT_BUDGET_TEXT = "default 2 billion";

/** The script limits the settings offer, with their labels (RELIABILITY.md "Limits"). */
const SCRIPT_LIMITS: readonly [keyof Limits, string, string][] = [
  ["scriptSteps", "script steps", "Statements and loop iterations the design's Python code may run"],
  ["scriptNumpyWork", "numpy work", "Element operations the design's numpy calls may do in all (each element built or read by a reduction, m·k·n per matmul)"],
  ["scriptList", "list items", "Items of one list or tuple the design's Python code may build"],
  ["scriptString", "string length", "Characters of one string the design's Python code may build"],
  ["scriptItems", "items in all", "List items and string characters the design's Python code may build in all"],
  ["scriptIntBits", "integer bits", "Bits of one integer the design's Python code may compute"],
];

/** The design's array and FIFO limits, with the wording of RELIABILITY.md "Limits". */
const DESIGN_LIMITS: readonly [keyof Limits, string, string][] = [
  ["arrayElements", "array elements", "Elements of one array"],
  ["totalElements", "elements in all", "Elements of all arrays of a design"],
  ["fifoDepth", "FIFO depth", "Depth of one FIFO (Stream[T, d], s.to(depth=))"],
  ["totalFifoElements", "FIFO elements in all", "Elements all FIFOs of a design hold together (depth × elements per entry)"],
  ["gridStatements", "PE grid statements", "Statements the design's PE grids expand to (each PE's body, the functions it calls and its FIFO operations)"],
];

/** A limit's default as the field's placeholder: billions in words, as the step budget's (digits do not fit). */
function defaultText(v: number): string {
  return v >= 1e9 ? `default ${formatCount(v / 1e9)} billion` : `default ${formatCount(v)}`;
}

/** One group of limit fields; `prefix` starts each field's accessible name. */
function LimitFields({ summary, title, prefix, fields }: { summary: string; title: string; prefix: string; fields: readonly [keyof Limits, string, string][] }) {
  const { limits } = useSimulation();
  const commands = useCommands();
  return (
    <details className="script-limits">
      <summary title={title}>{summary}</summary>
      {fields.map(([key, label, what]) => (
        <label key={key} className="seed" title={what}>
          {label}
          <input
            type="number" aria-label={`${prefix}: ${label}`} className="budget" min={1} step={1}
            placeholder={defaultText(DEFAULT_LIMITS[key])} value={limits?.[key] ?? ""}
            onChange={(e) => commands.setLimit(key, e.currentTarget.value === "" ? undefined : Number(e.currentTarget.value))}
          />
        </label>
      ))}
    </details>
  );
}

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
      <LimitFields summary="script limits" title="Limits of the design's Python code; a design over one gets an error that names it" prefix="Script limit" fields={SCRIPT_LIMITS} />
      <LimitFields summary="design limits" title="Limits of the design's arrays and FIFOs; a design over one gets an error at the array or FIFO that names it" prefix="Design limit" fields={DESIGN_LIMITS} />
      {arrays.length > 0 && <span className="inputs-label">inputs:</span>}
      {arrays.map((p) => {
        const f = inputFiles[p.name];
        // A dynamic size (float32[...]) is the uploaded array's: there is no random default.
        const dynamic = p.type.kind === "array" && p.type.shape.includes(DYN);
        return (
          <span key={p.name} className="input-upload" data-testid={`input-${p.name}`}>
            <label className="btn-small file-button" title={dynamic ? `Upload a .npy file for '${p.name}': its size is the array's (dynamic shape)` : `Upload a .npy file for '${p.name}' (else seeded random values)`}>
              {p.name}: {f ? f.fileName : dynamic ? "upload (any size)" : "random"}
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
