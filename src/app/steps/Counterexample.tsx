/** A step's counterexample: the differing output element, both terms with their lines, and a button that runs its inputs. */
import type { Counterexample, Tensor } from "../../core/api-types";

function preview(t: Tensor): string {
  const n = t.data.length;
  const head = Array.from({ length: Math.min(n, 8) }, (_, i) => String(t.data[i]));
  return t.shape.length === 0 ? head[0]! : `[${head.join(", ")}${n > 8 ? ", …" : ""}]`;
}

export function CounterexampleView(props: { step: number; c: Counterexample; onRun: (inputs: Counterexample["inputs"]) => void }) {
  const { c } = props;
  const at = `${c.output}[${c.index.join(", ")}]`;
  return (
    <details className="counterexample" data-testid={`counterexample-${props.step}`}>
      <summary>✗ differs at <code>{at}</code>: counterexample</summary>
      <dl>
        <dt>as written{c.before.line ? ` (line ${c.before.line})` : ""}</dt>
        <dd><code>{c.before.term}</code> = {c.before.value}</dd>
        <dt>after step {props.step}{c.after.line ? ` (line ${c.after.line})` : ""}</dt>
        <dd><code>{c.after.term}</code> = {c.after.value}</dd>
        <dt>inputs</dt>
        <dd>{Object.entries(c.inputs).map(([k, t]) => <div key={k}><code>{k}</code> = {preview(t)}</div>)}</dd>
      </dl>
      <p>{c.confirmed ? `The simulator agrees: ${c.before.simulated} vs ${c.after.simulated}.` : c.unconfirmed ? `The simulator could not check it: ${c.unconfirmed}.` : "The simulator did not reproduce this difference."}</p>
      <button type="button" onClick={() => props.onRun(c.inputs)} data-testid={`run-counterexample-${props.step}`}>Run these inputs</button>
    </details>
  );
}
