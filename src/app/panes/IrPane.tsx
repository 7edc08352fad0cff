/** The printed MLIR of the design (read-only), marked stale while a newer edit compiles. */
import { Pane } from "../layout/Pane";
import { useIr } from "../store/hooks";
import { IrViewer } from "./IrViewer";

export function IrPane() {
  const { mlir, stale, status, error, hasErrors } = useIr();
  const badge = stale || status === "compiling"
    ? <span className="pane-badge badge-stale" data-testid="ir-stale">stale · compiling…</span>
    : null;
  let empty: string | undefined;
  if (mlir === undefined) {
    if (error) empty = error;
    else if (hasErrors) empty = "No IR: the design has errors (see the problems under the editor).";
    else if (status === "idle" || status === "compiling") empty = "Compiling…";
    else empty = "No IR for this design.";
  }
  return (
    <Pane id="ir" title="IR (MLIR)" badge={badge}>
      {empty !== undefined ? <p className="pane-empty">{empty}</p> : <IrViewer text={mlir!} stale={stale} />}
    </Pane>
  );
}
