/**
 * aie_api vector code for recognised kernels. Today: an element-wise add or subtract of two integer
 * arrays of one type (`C[i] = A[i] ± B[i]` over the whole object, cast back to the element type), which
 * `aie::add`/`aie::sub` compute exactly (lane-wise modulo 2^n, as the scalar code wraps). Everything else
 * stays scalar C++. Lanes: one 512-bit vector register (16 × int32, 32 × int16, 64 × int8).
 */
import type * as ir from "../../ir/nodes";
import { elementCount } from "../../types/types";
import type { KernelView } from "./kernel-view";
import { storageType } from "./kernel-cpp";

const LANES: Record<number, number> = { 8: 64, 16: 32, 32: 16 };

function stripCast(e: ir.Expr): ir.Expr {
  return e.kind === "cast" ? stripCast(e.x) : e;
}

/** Lines of the vector body, or undefined when the kernel is not a recognised pattern. */
export function vectorBody(v: KernelView, names: ReadonlyMap<number, string>): string[] | undefined {
  const body = v.func.body;
  if (body.length !== 1 || body[0]!.kind !== "for") return undefined;
  const loop = body[0]!;
  if (loop.lb.kind !== "const" || loop.ub.kind !== "const" || loop.step !== 1 || Number(loop.lb.value) !== 0 || loop.body.length !== 1) return undefined;
  const st = loop.body[0]!;
  if (st.kind !== "store" || st.indices.length !== 1 || st.buf.type.shape.length !== 1) return undefined;
  const n = Number(loop.ub.value);
  const isI = (e: ir.Expr) => e.kind === "iter" && e.v.id === loop.iv.id;
  if (!isI(st.indices[0]!) || elementCount(st.buf.type) !== n) return undefined;
  const t = st.buf.type.elem;
  if (t.kind !== "int" || !LANES[t.bits]) return undefined;
  if (st.value.kind !== "cast") return undefined;
  const op = st.value.x;
  if (op.kind !== "binary" || (op.op !== "add" && op.op !== "sub") || op.type.kind !== "int") return undefined;
  const a = stripCast(op.lhs);
  const b = stripCast(op.rhs);
  for (const x of [a, b]) {
    if (x.kind !== "load" || x.indices.length !== 1 || !isI(x.indices[0]!) || x.buf.type.elem.kind !== "int" || x.buf.type.elem.bits !== t.bits || x.buf.type.elem.signed !== t.signed) return undefined;
    if (!names.has(x.buf.id) || elementCount(x.buf.type) !== n) return undefined;
  }
  // The casts only widen (exact), so the wrapped sum equals the lane-wise modular sum.
  if (op.type.bits <= t.bits) return undefined;
  const lanes = LANES[t.bits]!;
  if (n % lanes !== 0) return undefined;
  const ct = storageType(t)!;
  const A = names.get((a as ir.Load).buf.id)!;
  const B = names.get((b as ir.Load).buf.id)!;
  const C = names.get(st.buf.id)!;
  return [
    `// Vectorised: ${n / lanes} iterations of ${lanes} lanes (aie::${op.op} wraps modulo 2^${t.bits}, like the scalar code).`,
    `for (int i = 0; i < ${n}; i += ${lanes}) {`,
    `  aie::vector<${ct}, ${lanes}> a = aie::load_v<${lanes}>(${A} + i);`,
    `  aie::vector<${ct}, ${lanes}> b = aie::load_v<${lanes}>(${B} + i);`,
    `  aie::store_v(${C} + i, aie::${op.op}(a, b));`,
    "}",
  ];
}
