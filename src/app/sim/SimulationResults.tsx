/** The values of the last simulation: returns, arguments after the run, and the inputs used. */
import type { SimulateResult } from "../../core/api-types";
import type { NpyErrors, NpyFiles, TensorRole } from "../../worker/protocol";
import { npyKey } from "../../worker/protocol";
import { TensorCard } from "./TensorCard";

interface SimulationResultsProps {
  readonly result: SimulateResult;
  readonly npy?: NpyFiles;
  readonly npyErrors?: NpyErrors;
  readonly seed: number;
}

export function SimulationResults({ result, npy, npyErrors, seed }: SimulationResultsProps) {
  const file = (role: TensorRole, name: string) => {
    const key = npyKey(role, name);
    return { npy: npy?.[key], npyError: npyErrors?.[key] ?? npyErrors?.["*"] };
  };
  const returns = result.returns ?? [];
  const args = Object.entries(result.args ?? {});
  const inputs = Object.entries(result.inputs ?? {});
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
        <section aria-label="Arguments after the run">
          <h3>Arguments after the run</h3>
          {args.map(([name, t]) => <TensorCard key={name} label={name} tensor={t} {...file("arg", name)} fileName={`${name}.npy`} />)}
        </section>
      )}
      {inputs.length > 0 && (
        <details className="sim-inputs">
          <summary>Inputs (generated from seed {seed} unless given)</summary>
          {inputs.map(([name, t]) => <TensorCard key={name} label={name} tensor={t} {...file("input", name)} fileName={`${name}.input.npy`} />)}
        </details>
      )}
      {returns.length === 0 && args.length === 0 && <p className="pane-empty">The design returned nothing and has no arguments.</p>}
    </div>
  );
}
