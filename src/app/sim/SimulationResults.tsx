/** The values of the last simulation: returns, arguments after the run, and the inputs used. */
import type { SimulateResult, Tensor } from "../../core/api-types";
import type { NpyErrors, NpyFiles, TensorRole } from "../../worker/protocol";
import { npyKey } from "../../worker/protocol";
import { TensorCard } from "./TensorCard";

interface SimulationResultsProps {
  readonly result: SimulateResult;
  readonly npy?: NpyFiles;
  readonly npyErrors?: NpyErrors;
  /** The seed the run used. */
  readonly seed: number;
  /** Parameters whose values were uploaded. */
  readonly uploaded?: readonly string[];
}

export function SimulationResults({ result, npy, npyErrors, seed, uploaded = [] }: SimulationResultsProps) {
  const file = (role: TensorRole, name: string) => {
    const key = npyKey(role, name);
    return { npy: npy?.[key], npyError: npyErrors?.[key] ?? npyErrors?.["*"] };
  };
  const returns = result.returns ?? [];
  // Outputs first: the arguments the run wrote; those it left as they were are among the inputs below.
  const args = Object.entries(result.args ?? {}).filter(([name, t]) => !sameData(t, result.inputs?.[name]));
  const inputs = Object.entries(result.inputs ?? {});
  // A run that failed (compile error, runaway loop, deadlock) has no outputs to speak of.
  const failed = result.diagnostics.some((d) => d.severity === "error");
  return (
    <div className="sim-results">
      {returns.length > 0 && (
        <section aria-label="Returns">
          <h3>Returns</h3>
          {returns.map((t, i) => (
            <TensorCard key={i} label={returns.length === 1 ? "return" : `return ${i}`} tensor={t}
              {...file("return", String(i))} fileName={returns.length === 1 ? "return.npy" : `return_${i}.npy`} />
          ))}
        </section>
      )}
      {args.length > 0 && (
        <section aria-label="Arguments the run wrote">
          <h3>Arguments the run wrote</h3>
          {args.map(([name, t]) => <TensorCard key={name} label={name} tensor={t} {...file("arg", name)} fileName={`${name}.npy`} />)}
        </section>
      )}
      {inputs.length > 0 && (
        <details className="sim-inputs">
          <summary data-testid="sim-inputs-summary">Inputs ({uploaded.length > 0 ? `${uploaded.join(", ")} uploaded; the rest ` : ""}generated from seed {seed})</summary>
          {inputs.map(([name, t]) => <TensorCard key={name} label={name} tensor={t} {...file("input", name)} fileName={`${name}.input.npy`} />)}
        </details>
      )}
      {returns.length === 0 && args.length === 0 && (failed
        ? <p className="pane-empty" data-testid="sim-no-results">No results: the run stopped with the error shown above.</p>
        : <p className="pane-empty">{inputs.length > 0 ? "The run returned nothing and wrote no argument; its inputs are below." : "The design returned nothing and has no arguments."}</p>)}
    </div>
  );
}

/** Whether a tensor holds the same values as another (an argument the run did not write). */
function sameData(a: Tensor, b: Tensor | undefined): boolean {
  if (!b || a.data.length !== b.data.length) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}
