/**
 * aie::mmul code for kernels that are a matrix multiply (AIE reference §1 step 4: Allo swaps a scalar
 * matmul for the vectorised kernel when the tiles divide the `aie::mmul` shape). Recognised: a kernel
 * whose whole body is
 *
 *     for i < M: for j < N: acc = 0; for k < K: acc += A[i, k] * B[k, j]; C[i, j] = acc
 *
 * (or the same accumulating into C[i, j] directly), with A and B signed 8- or 16-bit integers and C a
 * signed 8/16/32-bit integer. Every step of the scalar code wraps modulo 2^bits(C) at least, so its result
 * is the exact sum of products modulo 2^bits(C); the mmul accumulator holds that sum (≥ 32 bits), and with
 * saturation off `to_vector` keeps its low bits — the same value, bit for bit.
 *
 * Native shapes r×s×t (A block r×s, B block s×t) per architecture, from Allo's
 * `matmul_external_kernel_config_map` (which follows mlir-aie's aie_kernels/aie2[p]/mm.cc):
 * aie2 i8 4×8×8, i16 4×4×4; aie2p i8 8×8×8, i16 4×4×8. AIE1 and shapes the blocks do not divide stay scalar.
 * The objects arrive row-major (no DMA layout transform), so each block is gathered into an aligned buffer
 * before the vector load.
 */
import type * as ir from "../../ir/nodes";
import type { ScalarType } from "../../types/types";
import type { KernelView } from "./kernel-view";
import { storageType } from "./kernel-cpp";

export type Arch = "aie1" | "aie2" | "aie2p";

/** Native aie::mmul shapes [r, s, t] by architecture and input bits. */
export const MMUL_SHAPES: Readonly<Record<Arch, Readonly<Record<number, readonly [number, number, number]>>>> = {
  aie1: {},
  aie2: { 8: [4, 8, 8], 16: [4, 4, 4] },
  aie2p: { 8: [8, 8, 8], 16: [4, 4, 8] },
};

export interface MatmulPattern {
  readonly a: ir.Buffer;
  readonly b: ir.Buffer;
  readonly c: ir.Buffer;
  readonly m: number;
  readonly k: number;
  readonly n: number;
  /** Element types of A/B and of C. */
  readonly inType: ScalarType;
  readonly outType: ScalarType;
}

/** Why a recognised matmul stays scalar, or its vector shape. */
export type MatmulPlan =
  | { readonly kind: "mmul"; readonly p: MatmulPattern; readonly shape: readonly [number, number, number] }
  | { readonly kind: "scalar"; readonly p: MatmulPattern; readonly reason: string };

const strip = (e: ir.Expr): ir.Expr => (e.kind === "cast" ? strip(e.x) : e);

/** A loop `for v in range(n)` with a constant n. */
function constLoop(s: ir.Stmt | undefined): { iv: ir.LoopVar; body: readonly ir.Stmt[]; n: number } | undefined {
  if (!s || s.kind !== "for" || s.step !== 1 || s.lb.kind !== "const" || s.ub.kind !== "const" || Number(s.lb.value) !== 0) return undefined;
  return { iv: s.iv, body: s.body, n: Number(s.ub.value) };
}

const isIter = (e: ir.Expr | undefined, v: ir.LoopVar): boolean => !!e && strip(e).kind === "iter" && (strip(e) as ir.IterRef).v.id === v.id;

/** Every intermediate integer type from the stored value down to the loads is at least `bits` wide (so the wrap is modulo a multiple of 2^bits). */
function wideEnough(e: ir.Expr, bits: number, stopAt: (x: ir.Expr) => boolean): boolean {
  if (stopAt(e)) return true;
  if (e.type.kind !== "int" || e.type.bits < bits) return false;
  if (e.kind === "cast") return wideEnough(e.x, bits, stopAt);
  if (e.kind === "binary" && (e.op === "add" || e.op === "mul")) return wideEnough(e.lhs, bits, stopAt) && wideEnough(e.rhs, bits, stopAt);
  return false;
}

/** The matmul a kernel view is, if its whole body is one (see the file comment). */
export function matchMatmul(v: KernelView): MatmulPattern | undefined {
  const body = v.func.body;
  if (body.length !== 1) return undefined;
  const li = constLoop(body[0]);
  if (!li || li.body.length !== 1) return undefined;
  const lj = constLoop(li.body[0]);
  if (!lj) return undefined;
  // alloc acc (= 0 | ; acc = 0); for k: acc += A*B; C[i,j] = acc   — or —   C[i,j] = 0; for k: C[i,j] += A*B
  let rest = [...lj.body];
  let acc: ir.Buffer | undefined;
  if (rest[0]?.kind === "alloc") {
    acc = rest[0].buf;
    rest = rest.slice(1);
    if (acc.type.shape.length !== 0) return undefined;
  }
  const isZero = (e: ir.Expr) => strip(e).kind === "const" && Number((strip(e) as ir.ConstExpr).value) === 0;
  const zeroInit = acc?.init?.kind === "fill" && Number(acc.init.value) === 0;
  if (!zeroInit) {
    const init = rest[0];
    if (!init || init.kind !== "store" || !isZero(init.value)) return undefined;
    if (acc ? init.buf.id !== acc.id : init.indices.length !== 2 || !isIter(init.indices[0], li.iv) || !isIter(init.indices[1], lj.iv)) return undefined;
    rest = rest.slice(1);
  }
  const lk = constLoop(rest[0]);
  if (!lk || lk.body.length !== 1 || rest.length !== (acc ? 2 : 1)) return undefined;
  let c: ir.Buffer;
  if (acc) {
    const fin = rest[1]!;
    if (fin.kind !== "store" || fin.indices.length !== 2 || !isIter(fin.indices[0], li.iv) || !isIter(fin.indices[1], lj.iv)) return undefined;
    if (fin.value.kind !== "load" || fin.value.buf.id !== acc.id) return undefined;
    c = fin.buf;
  } else {
    const first = lj.body[0];
    if (!first || first.kind !== "store") return undefined;
    c = first.buf;
  }
  const isTarget = (buf: ir.Buffer, idx: readonly ir.Expr[]): boolean => (acc ? buf.id === acc.id : buf.id === c.id && idx.length === 2 && isIter(idx[0], li.iv) && isIter(idx[1], lj.iv));
  const upd = lk.body[0]!;
  if (upd.kind !== "store" || !isTarget(upd.buf, upd.indices)) return undefined;
  const sum = strip(upd.value);
  if (sum.kind !== "binary" || sum.op !== "add") return undefined;
  const [x, y] = [strip(sum.lhs), strip(sum.rhs)];
  const accLoad = [x, y].find((e) => e.kind === "load" && isTarget(e.buf, e.indices));
  const prod = [x, y].find((e) => e !== accLoad);
  if (!accLoad || !prod || prod.kind !== "binary" || prod.op !== "mul") return undefined;
  const la = strip(prod.lhs);
  const lb = strip(prod.rhs);
  if (la.kind !== "load" || lb.kind !== "load" || la.indices.length !== 2 || lb.indices.length !== 2) return undefined;
  if (!isIter(la.indices[0], li.iv) || !isIter(la.indices[1], lk.iv) || !isIter(lb.indices[0], lk.iv) || !isIter(lb.indices[1], lj.iv)) return undefined;
  const a = la.buf;
  const b = lb.buf;
  const ports = new Map(v.ports.map((p) => [p.buf.id, p]));
  if (ports.get(a.id)?.kind !== "arg-in" || ports.get(b.id)?.kind !== "arg-in" || ports.get(c.id)?.kind !== "arg-out" || a.id === b.id) return undefined;
  const [m, kk, n] = [li.n, lk.n, lj.n];
  const shapeIs = (buf: ir.Buffer, s: readonly number[]) => buf.type.shape.length === 2 && buf.type.shape[0] === s[0] && buf.type.shape[1] === s[1];
  if (!shapeIs(a, [m, kk]) || !shapeIs(b, [kk, n]) || !shapeIs(c, [m, n])) return undefined;
  const tin = a.type.elem;
  const tout = c.type.elem;
  if (tin.kind !== "int" || b.type.elem.kind !== "int" || b.type.elem.bits !== tin.bits || b.type.elem.signed !== tin.signed || tout.kind !== "int") return undefined;
  if (acc && (acc.type.elem.kind !== "int" || acc.type.elem.bits !== tout.bits || acc.type.elem.signed !== tout.signed)) return undefined;
  // The scalar code's wraps must all be modulo multiples of 2^bits(C), and the operands reach the product exactly.
  const isOperand = (e: ir.Expr) => e === la || e === lb || e === accLoad;
  if (!wideEnough(upd.value, tout.bits, isOperand)) return undefined;
  for (const op of [prod.lhs, prod.rhs]) {
    for (let e: ir.Expr = op; e.kind === "cast"; e = e.x) {
      const from = e.x.type;
      if (from.kind !== "int" || e.type.kind !== "int" || e.type.bits < from.bits || (from.signed && !e.type.signed)) return undefined;
    }
  }
  return { a, b, c, m, k: kk, n, inType: tin, outType: tout };
}

/** Vector or scalar, and why. */
export function planMatmul(p: MatmulPattern, arch: Arch): MatmulPlan {
  const tin = p.inType;
  const tout = p.outType;
  if (tin.kind !== "int" || !tin.signed || (tin.bits !== 8 && tin.bits !== 16)) return { kind: "scalar", p, reason: `aie::mmul is used for int8 and int16 inputs; these are ${storageType(tin)}` };
  if (tout.kind !== "int" || !tout.signed || ![8, 16, 32].includes(tout.bits)) return { kind: "scalar", p, reason: `the result type ${storageType(tout)} has no aie::mmul output vector` };
  const shape = MMUL_SHAPES[arch][tin.bits];
  if (!shape) return { kind: "scalar", p, reason: `native aie::mmul shapes for ${arch} are not modelled` };
  const [r, s, t] = shape;
  if (p.m % r || p.k % s || p.n % t) return { kind: "scalar", p, reason: `${p.m}×${p.k}·${p.k}×${p.n} is not a multiple of the native ${r}×${s}×${t} blocks` };
  return { kind: "mmul", p, shape };
}

/** The kernel body lines for an mmul plan. */
export function mmulBody(plan: MatmulPlan & { kind: "mmul" }, names: ReadonlyMap<number, string>): string[] {
  const { p, shape: [r, s, t] } = plan;
  const ti = storageType(p.inType)!;
  const to = storageType(p.outType)!;
  const A = names.get(p.a.id)!;
  const B = names.get(p.b.id)!;
  const C = names.get(p.c.id)!;
  return [
    `// Vectorised: C (${p.m}×${p.n}) = A (${p.m}×${p.k}) · B (${p.k}×${p.n}) in aie::mmul<${r}, ${s}, ${t}> blocks (the native ${ti} shape).`,
    `// Saturation off: the ${to} results wrap like the scalar code (the accumulator holds the exact sum).`,
    `using MMUL = aie::mmul<${r}, ${s}, ${t}, ${ti}, ${ti}>;`,
    "aie::set_saturation(aie::saturation_mode::none);",
    `alignas(64) ${ti} a_blk[MMUL::size_A];`,
    `alignas(64) ${ti} b_blk[MMUL::size_B];`,
    `alignas(64) ${to} c_blk[MMUL::size_C];`,
    `for (int i = 0; i < ${p.m}; i += ${r}) {`,
    `  for (int j = 0; j < ${p.n}; j += ${t}) {`,
    "    MMUL acc;",
    `    for (int k = 0; k < ${p.k}; k += ${s}) {`,
    "      // The objects are row-major: gather one block of A and of B.",
    `      for (int x = 0; x < ${r}; x++) for (int y = 0; y < ${s}; y++) a_blk[x * ${s} + y] = ${A}[(i + x) * ${p.k} + k + y];`,
    `      for (int x = 0; x < ${s}; x++) for (int y = 0; y < ${t}; y++) b_blk[x * ${t} + y] = ${B}[(k + x) * ${p.n} + j + y];`,
    `      aie::vector<${ti}, MMUL::size_A> va = aie::load_v<MMUL::size_A>(a_blk);`,
    `      aie::vector<${ti}, MMUL::size_B> vb = aie::load_v<MMUL::size_B>(b_blk);`,
    "      if (k == 0) acc.mul(va, vb);",
    "      else acc.mac(va, vb);",
    "    }",
    `    aie::store_v(c_blk, acc.to_vector<${to}>());`,
    `    for (int x = 0; x < ${r}; x++) for (int y = 0; y < ${t}; y++) ${C}[(i + x) * ${p.n} + j + y] = c_blk[x * ${t} + y];`,
    "  }",
    "}",
  ];
}
