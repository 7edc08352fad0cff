/**
 * Which functions of a module run as processes of the dataflow network (they put or get a stream, or
 * call one that does: generators) and which only start processes (a dataflow function whose calls
 * return nothing: hosts). The simulator's code generator and the equivalence checker both schedule
 * functions by this one answer.
 */
import type * as ir from "../ir/nodes";
import { exprChildren, stmtExprs, walkStmts } from "../ir/nodes";

export interface ProcessKinds {
  readonly gens: ReadonlySet<string>;
  readonly hosts: ReadonlySet<string>;
  /**
   * Hosts whose processes join the network of a host that calls them (a region nested in a region,
   * as HLS runs a dataflow function called from a dataflow function): they return nothing and do
   * nothing after starting their processes, so starting them in the caller's network is the same
   * run, and a channel they take from the caller connects their processes to the caller's.
   */
  readonly spawners: ReadonlySet<string>;
}

export function processKinds(m: ir.Module): ProcessKinds {
  const gens = new Set<string>();
  const hosts = new Set<string>();
  // Callees come before callers, so one pass settles who streams.
  for (const f of m.funcs) {
    let streams = false;
    const calls: string[] = [];
    const visitE = (e: ir.Expr): void => {
      if (e.kind === "stream-get") streams = true;
      else if (e.kind === "call-value") calls.push(e.callee);
      for (const c of exprChildren(e)) visitE(c);
    };
    walkStmts(f.body, (st) => {
      if (st.kind === "stream-put") { streams = true; visitE(st.value); }
      else if (st.kind === "stream-put-block" || st.kind === "stream-get-block") streams = true;
      else if (st.kind === "call") { calls.push(st.callee); st.args.forEach((a) => a.kind !== "buffer" && visitE(a)); }
      else for (const e of stmtExprs(st)) visitE(e);
    });
    const callsGen = calls.some((c) => gens.has(c));
    if (f.attrs.dataflow && !streams && callsGen && f.body.every((st) => st.kind !== "call" || st.results.length === 0)) hosts.add(f.name);
    else if (streams || callsGen) gens.add(f.name);
  }
  const spawners = new Set<string>();
  for (const f of m.funcs) {
    if (!hosts.has(f.name) || f.results.length > 0) continue;
    const first = f.body.findIndex((st) => st.kind === "call");
    if (f.body.slice(first).every((st) => st.kind === "call" || st.kind === "alloc" || (st.kind === "return" && st.values.length === 0))) spawners.add(f.name);
  }
  return { gens, hosts, spawners };
}
