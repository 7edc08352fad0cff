/** The schedule's steps: step 0 (the kernel as written) and each primitive, with its line, status and check badge. */
import type { StepCheck, StepVerdict } from "../../core/api-types";
import { CounterexampleView } from "./Counterexample";
import { formatCount } from "../../core/numbers";
import { useChecks, useCommands, useSelectedStep, useSteps } from "../store/hooks";
import { checkBadge } from "./checkBadge";
import type { EstimateSummary } from "../../core/api-types";
import { useEstimates } from "../report/estimates";

/** "1,377 cyc · II 1": the step's estimated latency and the II of its slowest pipelined loop. */
function estimateText(e: EstimateSummary | undefined): string | undefined {
  if (!e) return undefined;
  return `${formatCount(e.latency)}${e.latencyUnknown ? "?" : ""} cyc${e.ii !== undefined ? ` · II ${e.ii}` : ""}`;
}

export function StepsList() {
  const { steps, source } = useSteps();
  const checks = useChecks();
  const selected = useSelectedStep();
  const commands = useCommands();
  const current = checks.source === source;
  const byIndex = new Map<number, StepCheck>((current ? checks.checks ?? [] : []).map((c) => [c.index, c]));
  const checking = checks.status === "running" || !current;
  const proofs = new Map<number, StepVerdict>((current ? checks.verdicts ?? [] : []).map((v) => [v.index, v]));
  // Per-step estimates, when they belong to the steps shown.
  const est = useEstimates();
  const perStep = est.source === source ? est.result?.steps : undefined;
  const stepEstimate = (i: number) => estimateText(perStep?.[i]);
  return (
    <ol className="steps" aria-label="Schedule steps">
      <li>
        <button type="button" className={`step${selected === null ? " is-selected" : ""}`} aria-current={selected === null || undefined} onClick={() => commands.selectStep(null)}>
          <span className="step-index">▣</span>
          <span className="step-text">Scheduled design</span>
        </button>
      </li>
      <li>
        <button type="button" className={`step${selected === 0 ? " is-selected" : ""}`} aria-current={selected === 0 || undefined} onClick={() => commands.selectStep(0)}>
          <span className="step-index">0</span>
          <span className="step-text">kernel as written</span>
          {stepEstimate(0) && <span className="step-estimate" data-testid="step-estimate-0" title="Estimated latency (cycles) and II">{stepEstimate(0)}</span>}
        </button>
      </li>
      {steps.map((st) => {
        const proof = proofs.get(st.index);
        const badge = checkBadge(st, byIndex.get(st.index), checking, proof, current && !!checks.proving);
        const cex = proof?.verdict.status === "differs" ? proof.verdict.counterexample : undefined;
        return (
          <li key={st.index}>
            <button
              type="button" className={`step step-${st.status}${selected === st.index ? " is-selected" : ""}`}
              aria-current={selected === st.index || undefined} title={st.description} data-step={st.index}
              onClick={() => commands.selectStep(st.index)}
            >
              <span className="step-index">{st.index}</span>
              <span className="step-text"><code>{st.text}</code></span>
              <span className="step-line">line {st.line}</span>
              {stepEstimate(st.index) && <span className="step-estimate" data-testid={`step-estimate-${st.index}`} title="Estimated latency (cycles) and II after this step">{stepEstimate(st.index)}</span>}
              <span className={`step-check check-${badge.kind}`} title={badge.title} aria-label={badge.title} data-testid={`step-check-${st.index}`}>{badge.mark}</span>
            </button>
            {cex && <CounterexampleView step={st.index} c={cex} onRun={(inputs) => commands.runInputs(inputs)} />}
          </li>
        );
      })}
    </ol>
  );
}
