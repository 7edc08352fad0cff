/**
 * Allo's `s.get_equivalent_variables("func:name")`: the variables that name the same value through
 * calls (Allo's use-def chain). A caller's variable passed as argument i of a callee is the callee's
 * argument i; the relation is closed over every call of the module. Variables are "func:name" for
 * locals and "func:i" for arguments, as Allo spells them.
 */
import type * as ir from "../ir/nodes";
import { walkStmts } from "../ir/nodes";

export function equivalentVariables(m: ir.Module, key: string): string[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const f of m.funcs) {
    // The variable an argument expression is, if it is one (a cast of it counts: the same value).
    const nameOf = (a: ir.CallArg): string | undefined => {
      let x: ir.CallArg = a;
      while (x.kind === "cast") x = x.x;
      if (x.kind === "buffer") {
        const i = f.params.indexOf(x);
        return i >= 0 ? `${f.name}:${i}` : `${f.name}:${x.name}`;
      }
      if (x.kind === "param") return `${f.name}:${f.params.indexOf(x.param)}`;
      if (x.kind === "load" && x.indices.length === 0) return nameOf(x.buf);
      return undefined;
    };
    walkStmts(f.body, (s) => {
      if (s.kind !== "call") return;
      s.args.forEach((a, i) => {
        const n = nameOf(a);
        if (n !== undefined) union(n, `${s.callee}:${i}`);
      });
    });
  }
  const root = find(key);
  const out = new Set([key]);
  for (const k of parent.keys()) if (find(k) === root) out.add(k);
  return [...out];
}
