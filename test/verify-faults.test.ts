/**
 * Fault injection: every schedule step's result (and the kernel as written) is corrupted the ways real
 * transformation bugs do, and the checker must report a difference every time, with a counterexample on
 * which the simulator really computes different outputs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDesign } from "../src/core/compile";
import { Verifier } from "../src/core/analysis/verify";
import { runModule } from "../src/core/sim/simulate";
import { differentialCheck } from "../src/core/schedule/index";
import type { Buffer, Expr, Func, Module, Stmt, Store } from "../src/core/ir/nodes";
import { binary, cast, exprChildren, indexConst } from "../src/core/ir/nodes";
import type { ScalarType } from "../src/core/types/types";
import { BF16, INDEX, intType } from "../src/core/types/types";

// ------------------------------------------------------------------ IR rewriting helpers

type StmtRewrite = (s: Stmt, f: Func) => Stmt | readonly Stmt[] | undefined;

/** Rewrites the first statement (in program order) for which `fn` returns a replacement. */
function rewriteFirst(m: Module, fn: StmtRewrite): Module | undefined {
  let done = false;
  const block = (ss: readonly Stmt[], f: Func): Stmt[] => {
    const out: Stmt[] = [];
    for (const s of ss) {
      if (!done) {
        const r = fn(s, f);
        if (r !== undefined) { done = true; out.push(...(Array.isArray(r) ? r : [r as Stmt])); continue; }
      }
      if (s.kind === "for" || s.kind === "while") out.push({ ...s, body: block(s.body, f) });
      else if (s.kind === "if") out.push({ ...s, then: block(s.then, f), else: block(s.else, f) });
      else out.push(s);
    }
    return out;
  };
  const funcs = m.funcs.map((f) => (done ? f : { ...f, body: block(f.body, f) }));
  return done ? { ...m, funcs } : undefined;
}

function rewriteExpr(e: Expr, fn: (e: Expr) => Expr | undefined): Expr {
  const r = fn(e);
  if (r) return r;
  switch (e.kind) {
    case "binary": return { ...e, lhs: rewriteExpr(e.lhs, fn), rhs: rewriteExpr(e.rhs, fn) };
    case "cast": case "unary": return { ...e, x: rewriteExpr(e.x, fn) };
    case "load": return { ...e, indices: e.indices.map((i) => rewriteExpr(i, fn)) };
    case "select": return { ...e, cond: rewriteExpr(e.cond, fn), a: rewriteExpr(e.a, fn), b: rewriteExpr(e.b, fn) };
    case "compare": return { ...e, lhs: rewriteExpr(e.lhs, fn), rhs: rewriteExpr(e.rhs, fn) };
    default: return e;
  }
}

function anyExpr(e: Expr, p: (e: Expr) => boolean): boolean {
  return p(e) || exprChildren(e).some((c) => anyExpr(c, p));
}
function stmtsOf(ss: readonly Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  for (const s of ss) {
    out.push(s);
    if (s.kind === "for" || s.kind === "while") out.push(...stmtsOf(s.body));
    else if (s.kind === "if") out.push(...stmtsOf(s.then), ...stmtsOf(s.else));
  }
  return out;
}
/** Does the value depend on input data (not only on loop variables and constants)? */
const symbolic = (e: Expr) => anyExpr(e, (x) => x.kind === "load" || x.kind === "param" || x.kind === "stream-get");
/** A structural key of an index expression (loop variables, constants and arithmetic on them). */
const key = (e: Expr): string => (e.kind === "const" ? String(e.value) : e.kind === "iter" ? `v${e.v.id}` : e.kind === "binary" ? `(${key(e.lhs)}${e.op}${key(e.rhs)})` : e.kind === "cast" ? key(e.x) : `?${e.kind}`);
/** `buf[idx] = f(buf[idx], ...)`: an accumulation (same element read and written; a shift register is not one). */
const accumulates = (s: Store) => anyExpr(s.value, (x) => x.kind === "load" && x.buf.id === s.buf.id && x.indices.every((e, d) => key(e) === key(s.indices[d]!)));
const isData = (t: ScalarType) => t.kind !== "index";

// ------------------------------------------------------------------ the faults

/** The first data `op` (in a store's value) with its operands swapped. */
function swapOperands(m: Module, op: "sub" | "div" | "shl"): Module | undefined {
  return rewriteFirst(m, (s) => {
    if (s.kind !== "store") return undefined;
    let hit = false;
    const value = rewriteExpr(s.value, (e) => {
      if (hit || e.kind !== "binary" || e.op !== op || !isData(e.type) || !symbolic(e)) return undefined;
      if (e.op === "shl" && !symbolic(e.rhs)) return undefined;
      hit = true;
      return { ...e, lhs: e.rhs, rhs: e.lhs };
    });
    return hit ? { ...s, value } : undefined;
  });
}

const FAULTS: Record<string, (m: Module) => Module | undefined> = {
  /** The last iteration of a loop that stores data is lost (`range(n)` became `range(n - 1)`). */
  "off-by-one bound": (m) => rewriteFirst(m, (s) => {
    if (s.kind !== "for" || s.ub.kind !== "const" || s.lb.kind !== "const" || Number(s.ub.value) - Number(s.lb.value) < 2) return undefined;
    if (!stmtsOf(s.body).some((x) => (x.kind === "store" && symbolic(x.value)) || x.kind === "stream-put")) return undefined;
    if (stmtsOf(s.body).some((x) => x.kind === "stream-put" || (x.kind === "store" && anyExpr(x.value, (e) => e.kind === "stream-get")))) return undefined; // would deadlock instead
    return { ...s, ub: indexConst(Number(s.ub.value) - 1) };
  }),
  /** The first iteration of an accumulating loop is skipped. */
  "dropped iteration": (m) => rewriteFirst(m, (s) => {
    if (s.kind !== "for" || s.lb.kind !== "const" || !stmtsOf(s.body).some((x) => x.kind === "store" && accumulates(x))) return undefined;
    if (stmtsOf(s.body).some((x) => x.kind === "stream-put" || (x.kind === "store" && anyExpr(x.value, (e) => e.kind === "stream-get")))) return undefined;
    const cond = { kind: "compare", type: intType(1, false), pred: "ne", lhs: { kind: "iter", type: INDEX, v: s.iv }, rhs: s.lb } as Expr;
    return { ...s, body: [{ kind: "if", cond, then: s.body, else: [], range: s.range }] };
  }),
  /** The first iteration of an accumulating loop runs twice. */
  "duplicated iteration": (m) => rewriteFirst(m, (s) => {
    if (s.kind !== "for" || s.lb.kind !== "const" || !s.body.some((x) => x.kind === "store" && accumulates(x))) return undefined;
    const cond = { kind: "compare", type: intType(1, false), pred: "eq", lhs: { kind: "iter", type: INDEX, v: s.iv }, rhs: s.lb } as Expr;
    return { ...s, body: [...s.body, { kind: "if", cond, then: s.body, else: [], range: s.range }] };
  }),
  /** The operands of a data `-`, `/` or `<<` are swapped (one fault per operator, so each is caught somewhere). */
  "swapped operands of -": (m) => swapOperands(m, "sub"),
  "swapped operands of /": (m) => swapOperands(m, "div"),
  "swapped operands of <<": (m) => swapOperands(m, "shl"),
  /** A reduction's accumulator starts at 1 instead of its initial value. */
  "wrong reduction init": (m) => {
    const accumulated = new Set<number>();
    for (const f of m.funcs) for (const s of stmtsOf(f.body)) if (s.kind === "store" && accumulates(s)) accumulated.add(s.buf.id);
    return rewriteFirst(m, (s) => {
      if (s.kind === "alloc" && accumulated.has(s.buf.id) && s.buf.init?.kind === "fill" && s.buf.type.elem.kind !== "fixed") {
        return { ...s, buf: { ...s.buf, init: { kind: "fill", value: Number(s.buf.init.value) + 1 } } as Buffer };
      }
      if (s.kind === "store" && accumulated.has(s.buf.id) && s.value.kind === "const" && s.value.type.kind !== "fixed") {
        return { ...s, value: { ...s.value, value: Number(s.value.value) + 1 } };
      }
      return undefined;
    });
  },
  /** FIFO reads land in the wrong order (a consumer stores them transposed). */
  "FIFO read out of order": (m) => rewriteFirst(m, (s) => {
    if (s.kind !== "store" || s.indices.length !== 2 || s.value.kind !== "stream-get" || s.buf.type.shape[0] !== s.buf.type.shape[1]) return undefined;
    return { ...s, indices: [s.indices[1]!, s.indices[0]!] };
  }),
  /** A read of a partitioned (or PE-local) buffer uses the neighbouring bank's index. */
  "wrong partition index": (m) => rewriteFirst(m, (s) => {
    if (s.kind !== "store") return undefined;
    let hit = false;
    const value = rewriteExpr(s.value, (e) => {
      if (hit || e.kind !== "load" || !e.buf.partition?.some((p) => p) || e.buf.type.shape.length === 0) return undefined;
      const d = e.buf.partition.findIndex((p) => p);
      const n = e.buf.type.shape[d]!;
      if (n < 2) return undefined;
      hit = true;
      const shifted = binary("rem", INDEX, binary("add", INDEX, e.indices[d]!, indexConst(1)), indexConst(n));
      return { ...e, indices: e.indices.map((x, k) => (k === d ? shifted : x)) };
    });
    return hit ? { ...s, value } : undefined;
  }),
  /** An accumulator is kept in a narrower type (int: half the bits; float: bfloat16). */
  "narrower accumulator": (m) => rewriteFirst(m, (s) => {
    if (s.kind !== "store" || !accumulates(s)) return undefined;
    const t = s.buf.type.elem;
    const narrow = t.kind === "float" ? BF16 : t.kind === "int" && t.bits >= 8 ? intType(t.bits / 2, t.signed) : undefined;
    if (!narrow || (t.kind === "float" && t.name !== "f32" && t.name !== "f64")) return undefined;
    return { ...s, value: cast(t, cast(narrow, s.value)) };
  }),
};

// ------------------------------------------------------------------ the harness

const EXAMPLES = new URL("../public/examples/", import.meta.url).pathname;
const DESIGNS = ["matmul_int8.py", "gemm.py", "systolic_4x4.py", "df_pipeline.py", "df_systolic.py", "conv2d_reuse.py", "fir_fixed.py", "two_mm.py", "syrk.py", "trmm.py", "floyd_warshall.py", "jacobi_1d.py", "compose_top.py", "multi_function.py"];

/** A small design with data `-`, `/` and `<<` under a schedule. */
const OPS = `import allo
from allo.ir.types import int32

def ops(A: int32[8], B: int32[8]) -> int32[8]:
    C: int32[8] = 0
    for i in range(8):
        C[i] = (A[i] - B[i]) + (A[i] / (B[i] | 1)) + (A[i] << (B[i] & 7))
    return C

s = allo.customize(ops)
s.split("i", factor=2)
s.unroll("i.inner")
`;

function modulesOf(source: string): { name: string; module: Module }[] {
  const c = compileDesign(source);
  expect(c.design, "design compiles").toBeDefined();
  const d = c.design!;
  return [{ name: "as written", module: d.unscheduled }, ...d.steps.filter((s) => s.status === "applied").map((s) => ({ name: `step ${s.index} ${s.text}`, module: s.module }))];
}

describe("fault injection: corrupted steps are always caught, and the simulator agrees", () => {
  const caught = new Map<string, number>();
  const dead: string[] = [];
  const cases: [string, string][] = [...DESIGNS.map((f) => [f, readFileSync(EXAMPLES + f, "utf8")] as [string, string]), ["ops (inline)", OPS]];
  for (const [file, source] of cases) {
    it(`${file}`, () => {
      for (const { name, module } of modulesOf(source)) {
        const verifier = new Verifier(module);
        for (const [fault, inject] of Object.entries(FAULTS)) {
          const bad = inject(module);
          if (!bad) continue;
          const v = verifier.check(bad);
          const where = `${file} ${name}: ${fault}`;
          if (v.status === "proved") {
            // A fault in dead code (an init that is overwritten, an iteration whose inner loop is empty) does
            // not change what the design computes: the proof must then agree with the simulator.
            for (const seed of [1, 2, 3]) expect(differentialCheck(module, bad, seed).equal, `${where}: proved, but the simulator differs (seed ${seed})`).toBe(true);
            dead.push(where);
            continue;
          }
          expect(v.status, `${where}: ${JSON.stringify(v).slice(0, 400)}`).toBe("differs");
          if (v.status !== "differs") continue;
          if (v.reason.includes("deadlocks")) {
            // A deadlock in one program and not the other: the simulator must deadlock on the faulty one.
            const r = runModule(bad, {}, 1, 5e8);
            expect(r.ok ? "ran" : r.error.code, where).toBe("E-deadlock");
            caught.set(fault, (caught.get(fault) ?? 0) + 1);
            continue;
          }
          expect(v.counterexample, `${where}: ${v.reason}`).toBeDefined();
          const c = v.counterexample!;
          expect(c.confirmed, where).toBe(true);
          // And independently: running both modules on the counterexample's inputs gives different outputs.
          const a = runModule(module, c.inputs, 1, 5e8), b = runModule(bad, c.inputs, 1, 5e8);
          expect(a.ok && b.ok, where).toBe(true);
          if (!a.ok || !b.ok) continue;
          const pick = (r: typeof a) => (c.output.startsWith("return") ? r.returns[c.output === "return" ? 0 : Number(c.output.slice(7))]! : r.args[c.output]!);
          const flat = c.index.reduce((acc, k, d) => acc * pick(a).shape[d]! + k, 0);
          expect(Object.is(pick(a).data[flat], pick(b).data[flat]), `${where}: simulated ${pick(a).data[flat]} vs ${pick(b).data[flat]}`).toBe(false);
          caught.set(fault, (caught.get(fault) ?? 0) + 1);
        }
      }
    }, 120_000);
  }
  it("every kind of fault was caught somewhere, and few landed in dead code", () => {
    for (const f of Object.keys(FAULTS)) expect(caught.get(f) ?? 0, f).toBeGreaterThan(0);
    const total = [...caught.values()].reduce((a, b) => a + b, 0);
    if (process.env.VERIFY_STATS) console.log({ caught: Object.fromEntries(caught), dead });
    expect(dead.length, dead.join("\n")).toBeLessThan(total / 10);
  });
});
