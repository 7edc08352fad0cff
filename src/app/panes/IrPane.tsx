/**
 * Schedule steps and IR: the list of steps beside the IR. The scheduled design shows its outputs (MLIR,
 * HLS C++) linked to the source; a chosen
 * step shows its IR as a diff against the step before (step 0: the kernel as written, no diff).
 */
import { lazy, Suspense } from "react";
import { Pane } from "../layout/Pane";
import { StepsList } from "../steps/StepsList";
import { useEditorReady, useIr, useSelectedStep, useSteps } from "../store/hooks";
import { IrViewer } from "./IrViewer";
import { OutputPane } from "../output/OutputPane";

// The Monaco diff editor is only needed once a step is chosen.
const IrDiffViewer = lazy(() => import("../steps/IrDiffViewer").then((m) => ({ default: m.IrDiffViewer })));

export function IrPane() {
  const { mlir, stale, status, error, hasErrors, lastGood } = useIr();
  const { steps, mlir0 } = useSteps();
  const selected = useSelectedStep();
  const ready = useEditorReady();
  const badge = lastGood ? <span className="pane-badge badge-stale" data-testid="ir-last-good" title="The source has errors (see the problems under the editor); this is the last version that compiled">showing the last design that compiled</span>
    : stale || status === "compiling"
    ? <span className="pane-badge badge-stale" data-testid="ir-stale">stale · compiling…</span>
    : null;
  let empty: string | undefined;
  if (!ready) empty = "Loading…";
  else if (mlir === undefined) {
    if (error) empty = error;
    else if (hasErrors) empty = "No IR: the design has errors (see the problems under the editor).";
    else if (status === "idle" || status === "compiling") empty = "Compiling…";
    else empty = "No IR for this design.";
  }
  const irOf = (i: number) => (i === 0 ? mlir0 : steps[i - 1]?.mlir);
  let view;
  if (empty !== undefined) view = <p className="pane-empty">{empty}</p>;
  else if (selected === null) view = <OutputPane fallbackMlir={mlir!} />;
  else if (selected === 0) view = <IrViewer text={mlir0 ?? ""} stale={stale} />;
  else view = (
    <div className="ir-diff-wrap">
      <p className="ir-diff-caption">IR after step {selected} (<code>{steps[selected - 1]?.text}</code>) against step {selected - 1}</p>
      <Suspense fallback={<p className="pane-empty">Loading the diff…</p>}>
        <IrDiffViewer before={irOf(selected - 1) ?? ""} after={irOf(selected) ?? ""} stale={stale} />
      </Suspense>
    </div>
  );
  return (
    <Pane id="ir" title="Schedule & IR" badge={badge}>
      <div className="ir-layout">
        <StepsList />
        <div className="ir-main">{view}</div>
      </div>
    </Pane>
  );
}
