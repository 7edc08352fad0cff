/** Operation counts of kernel code, the unit of the scalar cycle model (cycles.ts). */
import type * as ir from "../../ir/nodes";
import { constTrips, exprChildren, stmtExprs } from "../../ir/nodes";

/** Operations of one run of a kernel function (loops multiplied by their trip counts; 1 per operation). */
export function operationCount(ss: readonly ir.Stmt[]): number {
  let n = 0;
  const ex = (e: ir.Expr): number => 1 + exprChildren(e).reduce((a, c) => a + ex(c), 0);
  for (const s of ss) {
    const own = stmtExprs(s).reduce((a, e) => a + ex(e), 0) + 1;
    if (s.kind === "for") {
      const trips = constTrips(s) ?? 1;
      n += own + trips * operationCount(s.body);
    } else if (s.kind === "if") n += own + Math.max(operationCount(s.then), operationCount(s.else));
    else if (s.kind === "while") n += own + operationCount(s.body);
    else n += own;
  }
  return n;
}
