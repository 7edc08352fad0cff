/**
 * Kernel C++ for one core: the kernel function (kernel-view.ts) as scalar C++ behind `extern "C"`, every
 * memref a pointer to its first element (row-major), so Peano compiles it for the AI Engine and g++ for
 * the checks. It must compute the simulator's bits (DESIGN §5): integer values of any width up to 64 bits
 * are carried in int64_t/uint64_t and wrapped to their type after every operation (what the simulator
 * does), float32 operations are IEEE single operations, math functions run in double and round, integer
 * division by zero gives 0 and remainder by zero the dividend. Local arrays are `static` (data memory,
 * re-initialised where the source declares them): the core's stack is only 1 KiB.
 */
import type { SourceRange } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import type { ScalarType } from "../../types/types";
import { elementCount, typeToString } from "../../types/types";
import type { KernelView } from "./kernel-view";
import { NameTable } from "./names";
import { vectorBody } from "./vectorize";
import { matchMatmul, mmulBody, planMatmul } from "./matmul";
import type { Arch, MatmulPlan } from "./matmul";

export class CppUnsupported extends Error {
  constructor(readonly what: string, readonly range: SourceRange | undefined) { super(what); }
}

/** The C storage type of an element type, or undefined when the AI Engine kernels do not support it. */
export function storageType(t: ScalarType): string | undefined {
  switch (t.kind) {
    case "index": return "int32_t";
    case "int":
      if (t.bits === 1) return "uint8_t";
      if ([8, 16, 32, 64].includes(t.bits)) return `${t.signed ? "" : "u"}int${t.bits}_t`;
      return undefined;
    case "float": return t.name === "f32" ? "float" : undefined;
    case "fixed": return undefined;
  }
}

export function elemBytes(t: ScalarType): number {
  if (t.kind === "index") return 4;
  if (t.kind === "int") return t.bits === 1 ? 1 : t.bits / 8;
  return t.bits / 8;
}

const HELPERS = `// Integer values are carried in 64 bits and wrapped to their Allo type (1..64 bits) after each operation.
static inline int64_t allo_ws(uint64_t x, int bits) { return (int64_t)(x << (64 - bits)) >> (64 - bits); }
static inline uint64_t allo_wu(uint64_t x, int bits) { return bits == 64 ? x : x & ((UINT64_C(1) << bits) - 1); }
static inline int64_t allo_div_s(int64_t a, int64_t b) { return b == 0 ? 0 : (b == -1 ? (int64_t)(0 - (uint64_t)a) : a / b); }
static inline uint64_t allo_div_u(uint64_t a, uint64_t b) { return b == 0 ? 0 : a / b; }
static inline int64_t allo_rem_s(int64_t a, int64_t b) { return b == 0 ? a : (b == -1 ? 0 : a % b); }
static inline uint64_t allo_rem_u(uint64_t a, uint64_t b) { return b == 0 ? a : a % b; }
static inline int64_t allo_floordiv_s(int64_t a, int64_t b) {
  if (b == 0) return 0;
  int64_t q = allo_div_s(a, b);
  return (q * b != a && ((a < 0) != (b < 0))) ? q - 1 : q;
}
static inline int64_t allo_shr_s(int64_t a, int64_t n, int bits) {
  if (n >= bits) return a < 0 ? -1 : 0;
  if (n >= 0) return a >> n;
  return -n >= 64 ? 0 : allo_ws((uint64_t)a << -n, bits);
}
static inline uint64_t allo_shr_u(uint64_t a, int64_t n, int bits) {
  if (n >= bits) return 0;
  if (n >= 0) return a >> n;
  return -n >= 64 ? 0 : allo_wu(a << -n, bits);
}
static inline uint64_t allo_shl(uint64_t a, int64_t n) {
  if (n >= 64) return 0;
  if (n >= 0) return a << n;
  return -n >= 64 ? ((int64_t)a < 0 ? ~UINT64_C(0) : 0) : (uint64_t)((int64_t)a >> -n);
}
// float → integer: truncate toward zero, wrap modulo 2^64 (then to the type); NaN and infinities give 0.
static inline uint64_t allo_f2i(double x) {
  if (!(x - x == 0)) return 0;
  double t = std::trunc(x);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return (uint64_t)(int64_t)t;
  double m = std::fmod(t, 18446744073709551616.0);
  if (m < 0) m += 18446744073709551616.0;
  return m >= 9223372036854775808.0 ? (uint64_t)(m - 9223372036854775808.0) + (UINT64_C(1) << 63) : (uint64_t)m;
}
// Math.min / Math.max: NaN wins, -0 < +0.
static inline float allo_fmin(float a, float b) {
  if (a != a || b != b) return NAN;
  if (a == b) return std::signbit(a) ? a : b;
  return a < b ? a : b;
}
static inline float allo_fmax(float a, float b) {
  if (a != a || b != b) return NAN;
  if (a == b) return std::signbit(a) ? b : a;
  return a > b ? a : b;
}`;

interface Ctx {
  readonly names: Map<number, string>;
  readonly table: NameTable;
  readonly lines: string[];
  ind: string;
}

function isF32(t: ScalarType): boolean { return t.kind === "float" && t.name === "f32"; }
function bitsOf(t: ScalarType): number { return t.kind === "index" ? 32 : (t as { bits: number }).bits; }
function signedOf(t: ScalarType): boolean { return t.kind === "index" || (t.kind === "int" && t.signed); }
/** The C type a value of `t` is carried in. */
function carrier(t: ScalarType): string { return isF32(t) ? "float" : signedOf(t) ? "int64_t" : "uint64_t"; }

function check(t: ScalarType, range: SourceRange | undefined): void {
  if (t.kind === "fixed") throw new CppUnsupported(`fixed-point type ${typeToString(t)} (AI Engine kernels use int8/16/32, float32)`, range);
  if (t.kind === "float" && t.name !== "f32") throw new CppUnsupported(`${typeToString(t)} (this export supports float32 only)`, range);
  if (t.kind === "int" && t.bits > 64) throw new CppUnsupported(`a ${t.bits}-bit intermediate value (at most 64 bits; cast narrower earlier)`, range);
}

function wrap(x: string, t: ScalarType): string {
  const b = bitsOf(t);
  if (b === 64) return signedOf(t) ? `(int64_t)(${x})` : `(uint64_t)(${x})`;
  return signedOf(t) ? `allo_ws((uint64_t)(${x}), ${b})` : `allo_wu((uint64_t)(${x}), ${b})`;
}

export function floatLit(v: number): string {
  const f = Math.fround(v);
  if (Number.isNaN(f)) return "NAN";
  if (f === Infinity) return "INFINITY";
  if (f === -Infinity) return "(-INFINITY)";
  if (Object.is(f, -0)) return "(-0.0f)";
  if (Number.isInteger(f) && Math.abs(f) < 2 ** 24) return `${f}.0f`;
  // Exact: a hexadecimal float literal of the single-precision value.
  const sign = f < 0 ? "-" : "";
  let m = Math.abs(f);
  let e = 0;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1) { m *= 2; e--; }
  let hex = "";
  let frac = m - 1;
  for (let i = 0; i < 6 && frac > 0; i++) { frac *= 16; const d = Math.floor(frac); hex += d.toString(16); frac -= d; }
  return `(${sign}0x1${hex ? `.${hex}` : ""}p${e}f)`;
}

function intLit(v: number | bigint, t: ScalarType): string {
  const b = BigInt(v);
  if (signedOf(t)) return b === -(1n << 63n) ? "INT64_MIN" : `INT64_C(${b.toString()})`;
  return `UINT64_C(${BigInt.asUintN(64, b).toString()})`;
}

function flatIndex(buf: ir.Buffer, idx: readonly string[]): string {
  const shape = buf.type.shape;
  if (shape.length === 0) return "0";
  let s = "";
  let stride = 1;
  const parts: string[] = [];
  for (let d = shape.length - 1; d >= 0; d--) {
    parts.unshift(stride === 1 ? `(${idx[d]})` : `(${idx[d]}) * ${stride}`);
    stride *= shape[d]!;
  }
  s = parts.join(" + ");
  return s;
}

function expr(e: ir.Expr, c: Ctx): string {
  check(e.type, e.range);
  const t = e.type;
  switch (e.kind) {
    case "const": return isF32(t) ? floatLit(Number(e.value)) : intLit(e.value, t);
    case "param": throw new CppUnsupported(`scalar parameter '${e.param.name}'`, e.range);
    case "iter": return c.names.get(e.v.id)!;
    case "load": return `((${carrier(t)})${c.names.get(e.buf.id)!}[${flatIndex(e.buf, e.indices.map((x) => expr(x, c)))}])`;
    case "binary": return binary(e, c);
    case "compare": {
      const op = { eq: "==", ne: "!=", lt: "<", le: "<=", gt: ">", ge: ">=" }[e.pred];
      return `(uint64_t)(${expr(e.lhs, c)} ${op} ${expr(e.rhs, c)})`;
    }
    case "unary": {
      const x = expr(e.x, c);
      if (isF32(t)) return e.op === "neg" ? `(-${x})` : `(float)(!(${x}))`;
      return e.op === "neg" ? wrap(`0 - (uint64_t)${x}`, t) : wrap(`~(uint64_t)${x}`, t);
    }
    case "cast": return convert(expr(e.x, c), e.x.type, t, e.range);
    case "select": return `(${expr(e.cond, c)} ? ${expr(e.a, c)} : ${expr(e.b, c)})`;
    case "math": {
      const x = expr(e.args[0]!, c);
      if (e.fn === "abs") return isF32(t) ? `std::fabs(${x})` : wrap(`(${x} < 0 ? 0 - (uint64_t)${x} : (uint64_t)${x})`, t);
      if (!isF32(t)) throw new CppUnsupported(`${e.fn} on ${typeToString(t)}`, e.range);
      if (e.fn === "pow") return `(float)std::pow((double)${x}, (double)${expr(e.args[1]!, c)})`;
      return `(float)std::${e.fn}((double)${x})`;
    }
    default: throw new CppUnsupported(`the operation '${e.kind}'`, e.range);
  }
}

function binary(e: ir.Binary, c: Ctx): string {
  const t = e.type;
  const a = expr(e.lhs, c);
  const b = expr(e.rhs, c);
  if (isF32(t)) {
    switch (e.op) {
      case "add": return `(${a} + ${b})`;
      case "sub": return `(${a} - ${b})`;
      case "mul": return `(${a} * ${b})`;
      case "div": return `(${a} / ${b})`;
      case "floordiv": return `(float)std::floor((double)${a} / (double)${b})`;
      case "rem": return `(float)std::fmod((double)${a}, (double)${b})`;
      case "pow": return `(float)std::pow((double)${a}, (double)${b})`;
      case "min": return `allo_fmin(${a}, ${b})`;
      case "max": return `allo_fmax(${a}, ${b})`;
      default: throw new CppUnsupported(`'${e.op}' on float32`, e.range);
    }
  }
  const s = signedOf(t);
  const bits = bitsOf(t);
  const u = (x: string) => `(uint64_t)${x}`;
  switch (e.op) {
    case "add": return wrap(`${u(a)} + ${u(b)}`, t);
    case "sub": return wrap(`${u(a)} - ${u(b)}`, t);
    case "mul": return wrap(`${u(a)} * ${u(b)}`, t);
    case "div": return wrap(s ? `allo_div_s(${a}, ${b})` : `allo_div_u(${a}, ${b})`, t);
    case "floordiv": return wrap(s ? `allo_floordiv_s(${a}, ${b})` : `allo_div_u(${a}, ${b})`, t);
    case "rem": return s ? `allo_rem_s(${a}, ${b})` : `allo_rem_u(${a}, ${b})`;
    case "shl": return wrap(`allo_shl(${u(a)}, (int64_t)${b})`, t);
    case "shr": return s ? `allo_shr_s(${a}, (int64_t)${b}, ${bits})` : `allo_shr_u(${a}, (int64_t)${b}, ${bits})`;
    case "and": return wrap(`${u(a)} & ${u(b)}`, t);
    case "or": return wrap(`${u(a)} | ${u(b)}`, t);
    case "xor": return wrap(`${u(a)} ^ ${u(b)}`, t);
    case "min": return `(${a} < ${b} ? ${a} : ${b})`;
    case "max": return `(${a} > ${b} ? ${a} : ${b})`;
    case "pow": throw new CppUnsupported("integer power", e.range);
  }
}

function convert(x: string, s: ScalarType, t: ScalarType, range: SourceRange | undefined): string {
  check(s, range);
  if (isF32(s)) return isF32(t) ? x : wrap(`allo_f2i((double)${x})`, t);
  if (isF32(t)) return `(float)(${x})`;
  return wrap(x, t);
}

function stmt(s: ir.Stmt, c: Ctx): void {
  const L = (x: string) => c.lines.push(c.ind + x);
  switch (s.kind) {
    case "for": {
      const v = c.table.take(s.iv.name);
      c.names.set(s.iv.id, v);
      L(`for (int64_t ${v} = ${expr(s.lb, c)}; ${v} < ${expr(s.ub, c)}; ${v} += ${typeof s.step === "number" ? s.step : expr(s.step, c)}) {`);
      block(s.body, c);
      L("}");
      break;
    }
    case "if":
      L(`if (${expr(s.cond, c)}) {`);
      block(s.then, c);
      if (s.else.length) { L("} else {"); block(s.else, c); }
      L("}");
      break;
    case "while":
      L(`while (${expr(s.cond, c)}) {`);
      block(s.body, c);
      L("}");
      break;
    case "store": {
      check(s.buf.type.elem, s.range);
      const st = storageType(s.buf.type.elem)!;
      L(`${c.names.get(s.buf.id)!}[${flatIndex(s.buf, s.indices.map((x) => expr(x, c)))}] = (${st})${expr(s.value, c)};`);
      break;
    }
    case "alloc": {
      const b = s.buf;
      const st = storageType(b.type.elem);
      if (!st) throw new CppUnsupported(`the element type ${typeToString(b.type.elem)} of '${b.name}'`, b.range);
      const n = elementCount(b.type);
      const nm = c.table.take(b.name);
      c.names.set(b.id, nm);
      const vals = b.init?.kind === "data" ? Array.from(b.init.values as ArrayLike<number | bigint>, (v) => (isF32(b.type.elem) ? floatLit(Number(v)) : `${BigInt(v)}`)) : undefined;
      if (b.storage === "const") { L(`static const ${st} ${nm}[${n}] = {${vals ? vals.join(", ") : ""}};`); break; }
      if (b.storage === "stateful") {
        const fill = b.init?.kind === "fill" ? (isF32(b.type.elem) ? floatLit(Number(b.init.value)) : `${BigInt(b.init.value)}`) : "0";
        L(`static ${st} ${nm}[${n}] = {${vals ? vals.join(", ") : Array(n).fill(fill).join(", ")}};`);
        break;
      }
      L(`static ${st} ${nm}[${n}];`);
      if (vals) {
        L(`{ static const ${st} init[${n}] = {${vals.join(", ")}}; for (int i = 0; i < ${n}; i++) ${nm}[i] = init[i]; }`);
      } else {
        const fill = b.init?.kind === "fill" ? (isF32(b.type.elem) ? floatLit(Number(b.init.value)) : `(${st})${BigInt(b.init.value)}`) : `(${st})0`;
        L(`for (int i = 0; i < ${n}; i++) ${nm}[i] = ${fill};`);
      }
      break;
    }
    case "copy": {
      const n = elementCount(s.dst.type);
      const dt = storageType(s.dst.type.elem)!;
      const x = convert(`((${carrier(s.src.type.elem)})${c.names.get(s.src.id)!}[i])`, s.src.type.elem, s.dst.type.elem, s.range);
      L(`for (int i = 0; i < ${n}; i++) ${c.names.get(s.dst.id)!}[i] = (${dt})${x};`);
      break;
    }
    default: throw new CppUnsupported(`the statement '${s.kind}'`, s.range);
  }
}

function block(ss: readonly ir.Stmt[], c: Ctx): void {
  const saved = c.ind;
  c.ind += "  ";
  for (const s of ss) stmt(s, c);
  c.ind = saved;
}

export interface KernelCpp {
  /** The function definition with `SYMBOL` where the kernel's name goes (so identical kernels share one file). */
  readonly body: string;
  /** Whether the body is aie_api vector code. */
  readonly vectorized: boolean;
  /** A recognised matrix multiply: its aie::mmul shape, or why it stays scalar (the cycle model reads this). */
  readonly matmul?: MatmulPlan;
}

/** The kernel function of a view, named SYMBOL. Throws CppUnsupported on constructs it cannot express. */
export function kernelFunction(v: KernelView, arch: Arch = "aie2"): KernelCpp {
  const table = new NameTable(["SYMBOL", "i", "init"]);
  const names = new Map<number, string>();
  const params = v.func.params.map((p) => {
    if (p.kind !== "buffer") throw new CppUnsupported(`scalar parameter '${p.name}'`, p.range);
    const st = storageType(p.type.elem);
    if (!st) throw new CppUnsupported(`the element type ${typeToString(p.type.elem)} of '${p.name}'`, p.range);
    const nm = table.take(p.name);
    names.set(p.id, nm);
    return `${st} *${nm}`;
  });
  const mm = matchMatmul(v);
  const mplan = mm ? planMatmul(mm, arch) : undefined;
  const vec = mplan?.kind === "mmul" ? mmulBody(mplan, names) : vectorBody(v, names);
  const head = [
    `// ${v.instance.kernel}: ${v.ports.map((p) => `${names.get(p.buf.id)} ${p.kind.replace("-", " ")} ${typeToString(p.buf.type)}`).join(", ")}`,
    `void SYMBOL(${params.join(", ")}) {`,
  ];
  const extra = mplan ? { matmul: mplan } : {};
  if (vec) return { body: [...head, ...vec.map((l) => `  ${l}`), "}"].join("\n"), vectorized: true, ...extra };
  const c: Ctx = { names, table, lines: [], ind: "" };
  if (mplan?.kind === "scalar") c.lines.push(`  // A matrix multiply, kept scalar: ${mplan.reason}.`);
  block(v.func.body, c);
  return { body: [...head, ...c.lines, "}"].join("\n"), vectorized: false, ...extra };
}

/** A complete kernels/<symbol>.cc. */
export function kernelFile(symbol: string, k: KernelCpp, designName: string | undefined): string {
  return [
    `// Kernel '${symbol}' for the AI Engine, generated by Allo Studio${designName ? ` from ${designName}` : ""}.`,
    "// Scalar C++ computes exactly the bits of Allo Studio's simulator; aie_api code is used for recognised",
    "// element-wise loops and matrix multiplies (aie::mmul), bit-exact too. Build: $PEANO_INSTALL_DIR/bin/clang++ -O2 -std=c++20 --target=<aie2|aie2p>-none-unknown-elf -c",
    "#include <stdint.h>",
    "#include <cmath>",
    ...(k.vectorized ? ["#include <aie_api/aie.hpp>"] : []),
    "",
    ...(k.vectorized ? [] : [HELPERS, ""]),
    'extern "C" {',
    "",
    k.body.replace(/SYMBOL/g, symbol),
    "",
    '}  // extern "C"',
    "",
  ].join("\n");
}
