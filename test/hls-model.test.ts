/**
 * The C++ model of the Vitis HLS headers (hls-model/include) is what tests compile exported C++ against, so
 * it must compute what the real ap_int/ap_fixed/hls::stream compute. This test compiles programs with g++,
 * runs them, and checks every printed value against one computed here independently (BigInt arithmetic).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const INCLUDE = fileURLToPath(new URL("../hls-model/include", import.meta.url));
const CXXFLAGS = ["-std=c++17", "-O1", "-Wall", "-Wno-unknown-pragmas", `-I${INCLUDE}`];

// ---- deterministic inputs ----------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20240611);
const randInt = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
function randBig(bits: number, signed: boolean): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(randInt(0, 0xffff));
  return wrap(v, bits, signed);
}

// ---- reference semantics -----------------------------------------------------------------------------

function wrap(v: bigint, bits: number, signed: boolean): bigint {
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

type QMode = "AP_TRN" | "AP_TRN_ZERO" | "AP_RND" | "AP_RND_ZERO" | "AP_RND_MIN_INF" | "AP_RND_INF" | "AP_RND_CONV";
type OMode = "AP_WRAP" | "AP_SAT" | "AP_SAT_ZERO" | "AP_SAT_SYM";

/** Raw bits of ap_[u]fixed<W, I, q, o> constructed from the double v. */
function fixedRaw(v: number, W: number, I: number, signed: boolean, q: QMode = "AP_TRN", o: OMode = "AP_WRAP"): bigint {
  const F = W - I;
  const scaled = v * 2 ** F; // exact: power-of-two scaling of a moderate value
  const fl = Math.floor(scaled);
  const rem = scaled - fl; // exact
  let r = BigInt(fl);
  const up = (() => {
    switch (q) {
      case "AP_TRN": return false;
      case "AP_TRN_ZERO": return v < 0 && rem > 0;
      case "AP_RND": return rem >= 0.5;
      case "AP_RND_ZERO": return rem > 0.5 || (rem === 0.5 && v < 0);
      case "AP_RND_MIN_INF": return rem > 0.5;
      case "AP_RND_INF": return rem > 0.5 || (rem === 0.5 && v > 0);
      case "AP_RND_CONV": return rem > 0.5 || (rem === 0.5 && fl % 2 !== 0);
    }
  })();
  if (up) r += 1n;
  if (o === "AP_WRAP") return wrap(r, W, signed);
  const max = signed ? 2n ** BigInt(W - 1) - 1n : 2n ** BigInt(W) - 1n;
  const min = signed ? (o === "AP_SAT_SYM" ? -max : -(2n ** BigInt(W - 1))) : 0n;
  if (r > max) return o === "AP_SAT_ZERO" ? 0n : max;
  if (r < min) return o === "AP_SAT_ZERO" ? 0n : min;
  return r;
}
const rawValue = (raw: bigint, F: number): number => Number(raw) / 2 ** F;

function bitsOf(v: bigint, width: number, hi: number, lo: number): bigint {
  return (BigInt.asUintN(width, v) >> BigInt(lo)) & ((1n << BigInt(hi - lo + 1)) - 1n);
}
function reverseBits(v: bigint, n: number): bigint {
  let r = 0n;
  for (let i = 0; i < n; i++) if ((v >> BigInt(i)) & 1n) r |= 1n << BigInt(n - 1 - i);
  return r;
}

// ---- building the program ----------------------------------------------------------------------------

// Two programs, compiled in parallel, keep the test fast: integers, then fixed point and the rest.
const parts: string[][] = [[], []];
let lines = parts[0]!;
/** Expected printed values: strings for integers and text, numbers for doubles (printed with %.17g). */
const expected: Record<string, string | number> = {};
const cpp = (s: string): void => { lines.push(s); };
const expectInt = (key: string, expr: string, value: bigint | number | boolean | string): void => {
  cpp(`  pi("${key}", ${expr});`);
  expected[key] = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
};
const expectDouble = (key: string, expr: string, value: number): void => {
  cpp(`  pd("${key}", ${expr});`);
  expected[key] = value;
};
const lit = (v: number): string => {
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
};

// 1. Wrapping to 8 bits on assignment, and the widened result of +.
for (const v of [200, -129, 128, 255, 256, -1, 1000, -1000, 127, -128]) {
  expectInt(`i8.${v}`, `ap_int<8>(${v})`, wrap(BigInt(v), 8, true));
  expectInt(`u8.${v}`, `ap_uint<8>(${v})`, wrap(BigInt(v), 8, false));
  cpp(`  { ap_int<8> a = ${v}; ap_int<8> s = a + a; pi("i8.sum.${v}", a + a); pi("i8.sumw.${v}", s); }`);
  const a = wrap(BigInt(v), 8, true);
  expected[`i8.sum.${v}`] = String(a + a);
  expected[`i8.sumw.${v}`] = String(wrap(a + a, 8, true));
}
expectInt("len.add8", "(ap_int<8>(1) + ap_int<8>(1)).length()", 9);
expectInt("len.mul17", "(ap_int<17>(1) * ap_int<17>(1)).length()", 34);
expectInt("len.mixadd", "(ap_uint<8>(1) + ap_int<8>(1)).length()", 10);
expectInt("len.div", "(ap_int<8>(1) / ap_int<4>(1)).length()", 9);
expectInt("len.mod", "(ap_int<8>(1) % ap_uint<4>(1)).length()", 5);
expectInt("len.neg", "(-ap_uint<8>(1)).length()", 9);

// 2. ap_int<17> products at full width, wrapped back, and mixed with ap_uint<17>.
for (let i = 0; i < 12; i++) {
  const a = randBig(17, true), b = randBig(17, true);
  cpp(`  { ap_int<17> a = ${a}; ap_int<17> b = ${b}; ap_int<17> c = a * b; ap_uint<17> u = a;`);
  expectInt(`i17.mul.${i}`, "a * b", a * b);
  expectInt(`i17.mulw.${i}`, "c", wrap(a * b, 17, true));
  expectInt(`i17.umul.${i}`, "u * b", wrap(a, 17, false) * b);
  expectInt(`i17.sub.${i}`, "a - b", a - b);
  cpp("  }");
}

// 3. ap_int<100> / ap_uint<100> arithmetic against BigInt.
for (let i = 0; i < 8; i++) {
  const a = randBig(100, true), b = randBig(i < 4 ? 100 : 40, true) || 7n;
  const u = randBig(100, false), s64 = randBig(64, true);
  const k = randInt(0, 110);
  // Half the values go through hex strings of the bit pattern, half through signed decimal.
  const mk = (v: bigint, W: number, t: string): string =>
    i % 2 ? `${t}<${W}>("0x${BigInt.asUintN(W, v).toString(16)}")` : `${t}<${W}>("${v}")`;
  cpp(`  { ap_int<100> a = ${mk(a, 100, "ap_int")}; ap_int<100> b = ${mk(b, 100, "ap_int")};`);
  cpp(`    ap_uint<100> u = ${mk(u, 100, "ap_uint")}; ap_int<64> s = ${s64}LL;`);
  expectInt(`w.a.${i}`, "a", a);
  expectInt(`w.mul.${i}`, "a * b", a * b);
  expectInt(`w.mulw.${i}`, "ap_int<100>(a * b)", wrap(a * b, 100, true));
  expectInt(`w.add.${i}`, "a + b", a + b);
  expectInt(`w.sub.${i}`, "a - b", a - b);
  expectInt(`w.div.${i}`, "a / b", a / b);
  expectInt(`w.mod.${i}`, "a % b", a % b);
  expectInt(`w.shl.${i}`, `a << ${k}`, wrap(a << BigInt(k), 100, true));
  expectInt(`w.shr.${i}`, `a >> ${k}`, a >> BigInt(k));
  expectInt(`w.ushr.${i}`, `u >> ${k}`, u >> BigInt(k));
  expectInt(`w.and.${i}`, "a & b", a & b);
  expectInt(`w.or.${i}`, "a | u", wrap(a | u, 101, true));
  expectInt(`w.xor.${i}`, "a ^ b", a ^ b);
  expectInt(`w.not.${i}`, "~a", ~a);
  expectInt(`w.neg.${i}`, "-a", -a);
  expectInt(`w.umul.${i}`, "u * s", u * s64);
  expectInt(`w.usub.${i}`, "u - a", u - a);
  expectInt(`w.lt.${i}`, "a < b", a < b);
  expectInt(`w.ult.${i}`, "u < a", u < a);
  expectInt(`w.eq.${i}`, "a == a + 0", true);
  expectDouble(`w.dbl.${i}`, "a.to_double()", Number(a));
  expectDouble(`w.udbl.${i}`, "u.to_double()", Number(u));
  expectInt(`w.hex.${i}`, "std::string(u.to_string(16))", `0x${u.toString(16)}`);
  cpp("  }");
}
{
  const a = randBig(255, true), b = randBig(255, true);
  cpp(`  { ap_int<512> a("${a}"); ap_int<512> b("${b}"); ap_int<512> c = a * b;`);
  expectInt("w512.mul", "a * b", a * b);
  expectInt("w512.mulw", "c", a * b);
  expectInt("w512.div", "c / b", a);
  expectInt("w512.cube", "ap_int<512>(c * a)", wrap(a * b * a, 512, true));
  cpp("  }");
}
// Built-in integers take part as ap_int of their own width; / and % are C's.
expectInt("int.add", "ap_int<8>(100) + 100", 200);
expectInt("int.mul", "ap_uint<8>(200) * -1", -200);
expectInt("int.div", "ap_int<8>(-7) / 2", -3);
expectInt("int.mod", "ap_int<8>(-7) % 2", -1);
expectInt("int.ushr", "ap_uint<4>(13) >> 1", 6);
expectInt("int.sshr", "ap_int<4>(-3) >> 1", -2);
expectInt("int.negshift", "ap_int<16>(3) << ap_int<4>(-1)", 1);
expectInt("int.cmpmix", "ap_uint<8>(200) > ap_int<8>(-1)", true);
expectInt("int.cmpu", "ap_int<8>(-1) < 0u", true);
expectInt("int.dbl", "ap_int<13>(3000.9)", 3000);
expectInt("int.dblneg", "ap_int<12>(-2049.7)", 2047);
expectInt("int.dblbig", "ap_int<70>(1e20)", 100000000000000000000n);
cpp("  { ap_int<8> i = 5; i += 3; i <<= 1; i++; i -= 100; pi(\"int.compound\", i); }");
expected["int.compound"] = String(wrap(((5n + 3n) << 1n) + 1n - 100n, 8, true));
cpp("  { ap_uint<8> x = 250; x += 10; pi(\"int.compoundwrap\", x); int arr[4] = {1, 2, 3, 4}; pi(\"int.index\", arr[ap_uint<2>(3)]); }");
expected["int.compoundwrap"] = "4";
expected["int.index"] = "4";

// 4. Fixed-point from double: floor to the resolution, then wrap.
lines = parts[1]!;
for (const v of [-1.3, -0.01, -15.9, -16.2, 15.99, 0.3, -0.125, -1e-9, 16.0, -3.0625]) {
  const raw = fixedRaw(v, 8, 5, true);
  expectDouble(`fx85.${v}`, `ap_fixed<8, 5>(${lit(v)}).to_double()`, rawValue(raw, 3));
  expectInt(`fx85.int.${v}`, `ap_fixed<8, 5>(${lit(v)}).to_int()`, raw / 8n);
  const uraw = fixedRaw(v, 6, 2, false);
  expectDouble(`ufx62.${v}`, `ap_ufixed<6, 2>(${lit(v)}).to_double()`, rawValue(uraw, 4));
}
// Quantization and overflow modes other than the default.
const modes: [QMode, OMode][] = [
  ["AP_RND", "AP_SAT"], ["AP_RND_CONV", "AP_WRAP"], ["AP_RND_ZERO", "AP_SAT_SYM"], ["AP_RND_INF", "AP_SAT_ZERO"],
  ["AP_RND_MIN_INF", "AP_SAT"], ["AP_TRN_ZERO", "AP_WRAP"], ["AP_TRN", "AP_SAT"],
];
for (const [q, o] of modes) {
  for (const v of [1.03125, -1.03125, 1.09375, -1.09375, 7.97, -8.5, 9.0, -0.02, 2.5]) {
    expectDouble(`mode.${q}.${o}.${v}`, `ap_fixed<8, 4, ${q}, ${o}>(${lit(v)}).to_double()`, rawValue(fixedRaw(v, 8, 4, true, q, o), 4));
  }
}

// 5. Fixed arithmetic: exact results, then assignment floors and wraps.
for (let i = 0; i < 10; i++) {
  const x = randInt(-1400, 1400) / 100, y = randInt(-900, 900) / 100, z = randInt(0, 399) / 100;
  const rx = fixedRaw(x, 8, 4, true), ry = fixedRaw(y, 8, 4, true), rz = fixedRaw(z, 10, 2, false);
  const ru = fixedRaw(z, 6, 3, false);
  cpp(`  { ap_fixed<8, 4> x = ${lit(x)}; ap_fixed<8, 4> y = ${lit(y)}; ap_ufixed<10, 2> z = ${lit(z)}; ap_ufixed<6, 3> u = ${lit(z)};`);
  cpp("    ap_fixed<8, 4> xy = x * y; ap_fixed<12, 6> xz = x * z;");
  expectDouble(`fxm.${i}`, "(x * y).to_double()", rawValue(rx * ry, 8));
  expectDouble(`fxm.w.${i}`, "xy.to_double()", rawValue(wrap((rx * ry) >> 4n, 8, true), 4));
  expectDouble(`fxm.z.${i}`, "(x * z).to_double()", rawValue(rx * rz, 12));
  expectDouble(`fxm.zw.${i}`, "xz.to_double()", rawValue(wrap((rx * rz) >> 6n, 12, true), 6));
  expectDouble(`fxa.${i}`, "(x + u).to_double()", rawValue(rx + 2n * ru, 4));
  expectDouble(`fxs.${i}`, "(u - x).to_double()", rawValue(ru * 2n - rx, 4));
  if (ry !== 0n) expectDouble(`fxd.${i}`, "(x / y).to_double()", rawValue((rx << 4n) / ry, 4));
  expectInt(`fxi.${i}`, "x.to_int()", rx / 16n);
  expectInt(`fxcast.${i}`, "ap_int<8>(x)", rx / 16n);
  expectInt(`fxlt.${i}`, "x < y", rx < ry);
  expectInt(`fxeqd.${i}`, "x == " + lit(rawValue(rx, 4)), true);
  cpp("  }");
}
expectInt("fx.len.add", "(ap_fixed<8, 4>(0) + ap_ufixed<6, 3>(0)).length()", 9);
expectInt("fx.iwl.add", "(ap_fixed<8, 4>(0) + ap_ufixed<6, 3>(0)).iwl()", 5);
expectInt("fx.len.mul", "(ap_fixed<8, 4>(0) * ap_ufixed<10, 2>(0)).length()", 18);
expectDouble("fx.int", "(ap_fixed<8, 4>(1.25) * 3).to_double()", 3.75);
expectDouble("fx.intadd", "(ap_fixed<8, 4>(-1.25) + ap_int<4>(-8)).to_double()", -9.25);
cpp("  { ap_fixed<8, 4> a = 7.5; a += 1; pd(\"fx.compound\", a.to_double()); ap_int<8> n = 3; n += ap_fixed<8, 4>(-2.75); pi(\"fx.intcompound\", n); }");
expected["fx.compound"] = rawValue(wrap(fixedRaw(7.5, 8, 4, true) + 16n, 8, true), 4);
expected["fx.intcompound"] = "1";
expectInt("fx.str", "ap_fixed<12, 4>(-2.6875).to_string(10)", "-2.6875");
expectInt("fx.bits", "ap_fixed<8, 4>(-2.5).range(7, 0)", BigInt.asUintN(8, fixedRaw(-2.5, 8, 4, true)));

// 6. Bit references and part selects.
for (let i = 0; i < 8; i++) {
  const v = randBig(100, true);
  const hi = randInt(0, 99), lo = randInt(0, hi);
  const n = hi - lo + 1;
  const val = randBig(20, true);
  cpp(`  { ap_int<100> x("${v}"); ap_int<100> y = x;`);
  expectInt(`rng.${i}`, `ap_uint<100>(x.range(${hi}, ${lo}))`, bitsOf(v, 100, hi, lo));
  expectInt(`rngop.${i}`, `ap_uint<100>(x(${hi}, ${lo}))`, bitsOf(v, 100, hi, lo));
  expectInt(`rngrev.${i}`, `ap_uint<100>(x.range(${lo}, ${hi}))`, reverseBits(bitsOf(v, 100, hi, lo), n));
  expectInt(`rngeq.${i}`, `x.range(${hi}, ${lo}) == ${bitsOf(v, 100, hi, lo) & 0x7fffffffn}u`, bitsOf(v, 100, hi, lo) < 2n ** 31n);
  cpp(`    y.range(${hi}, ${lo}) = ap_int<20>(${val});`);
  const field = BigInt.asUintN(n, val);
  const mask = ((1n << BigInt(n)) - 1n) << BigInt(lo);
  const written = wrap((BigInt.asUintN(100, v) & ~mask) | (field << BigInt(lo)), 100, true);
  expectInt(`rngw.${i}`, "y", written);
  const b = randInt(0, 99);
  expectInt(`bit.${i}`, `(int)x[${b}]`, (BigInt.asUintN(100, v) >> BigInt(b)) & 1n);
  cpp(`    y[${b}] = 1; y[${hi}] = x[${lo}];`);
  let w2 = BigInt.asUintN(100, written) | (1n << BigInt(b));
  const lobit = (BigInt.asUintN(100, v) >> BigInt(lo)) & 1n;
  w2 = (w2 & ~(1n << BigInt(hi))) | (lobit << BigInt(hi));
  expectInt(`bitw.${i}`, "y", wrap(w2, 100, true));
  cpp("  }");
}
cpp("  { ap_uint<16> r = 0xABCD; r.range(7, 0) = 0x12; r[15] = 0; pi(\"rng.small\", r); pi(\"rng.read\", r(11, 4)); }");
expected["rng.small"] = String(0x2b12);
expected["rng.read"] = String(0xb1);

// 7. Streams keep FIFO order; read_nb on an empty stream fails without aborting.
cpp(`  { hls::stream<ap_int<12> > s("fifo"); std::string order;
    for (int i = 0; i < 5; i++) s.write(ap_int<12>(i * 1000));
    ap_int<12> v; s.read(v); order += v.to_string(10) + ",";
    s << ap_int<12>(-7);
    while (!s.empty()) order += s.read().to_string(10) + ",";
    bool got = s.read_nb(v);
    pi("stream.order", order); pi("stream.nb", got); pi("stream.full", s.full()); pi("stream.size", (int)s.size()); }`);
expected["stream.order"] = [0, 1000, 2000, 3000, 4000, -7].map((x) => String(wrap(BigInt(x), 12, true))).join(",") + ",";
expected["stream.nb"] = "0";
expected["stream.full"] = "0";
expected["stream.size"] = "0";

// 8. hls::vector: element-wise, wrapping to the element type.
cpp("  { hls::vector<ap_int<8>, 4> a(100), b{1, 27, 28, -100}; hls::vector<ap_int<8>, 4> c = a + b, d = a * b, e = a - b;");
for (let i = 0; i < 4; i++) {
  const bv = [1n, 27n, 28n, -100n][i]!;
  expectInt(`vec.add.${i}`, `c[${i}]`, wrap(100n + bv, 8, true));
  expectInt(`vec.mul.${i}`, `d[${i}]`, wrap(100n * bv, 8, true));
  expectInt(`vec.sub.${i}`, `e[${i}]`, wrap(100n - bv, 8, true));
}
expectInt("vec.size", "(int)a.size()", 4);
cpp("  }");

// 9. hls_math forwards to <cmath> (compared with <cmath> itself where libm and JS may round differently).
expectDouble("math.sqrt", "hls::sqrt(2.0)", Math.sqrt(2));
expectDouble("math.sqrtf", "(double)hls::sqrt(2.0f)", Math.fround(Math.SQRT2));
expectInt("math.exp", "hls::exp(1.5) == std::exp(1.5)", true);
expectInt("math.tanhf", "hls::tanh(0.5f) == std::tanh(0.5f)", true);
expectInt("math.log", "hls::log(3.0) == std::log(3.0)", true);
expectInt("math.sinf", "hls::sinf(0.25f) == std::sin(0.25f)", true);
expectDouble("math.abs", "hls::abs(-2.5)", 2.5);
expectDouble("math.pow", "hls::pow(2.0, 10.0)", 1024);
expectDouble("math.fxsqrt", "hls::sqrt(ap_fixed<16, 4>(2.0)).to_double()", Math.floor(Math.SQRT2 * 4096) / 4096);
expectInt("math.absint", "hls::abs(ap_int<8>(-5))", 5);

const program = (body: string[]): string => `#include <cstdio>
#include <iostream>
#include <string>
#include "ap_int.h"
#include "ap_fixed.h"
#include "hls_stream.h"
#include "hls_vector.h"
#include "hls_math.h"

template <typename T> static void pi(const char* k, const T& v) { std::cout << k << "=" << v << "\\n"; }
static void pi(const char* k, bool v) { std::cout << k << "=" << (v ? 1 : 0) << "\\n"; }
static void pd(const char* k, double v) { std::printf("%s=%.17g\\n", k, v); }

// Synthesis pragmas must compile (g++ ignores them with -Wno-unknown-pragmas).
static int kernel(int a[8]) {
#pragma HLS interface mode=m_axi port=a
#pragma HLS array_partition variable=a complete dim=1
  int acc = 0;
  for (int i = 0; i < 8; i++) {
#pragma HLS pipeline II=1
#pragma HLS unroll factor=2
    acc += a[i];
  }
  return acc;
}

int main() {
  { int a[8] = {1, 2, 3, 4, 5, 6, 7, 8}; pi("pragma", kernel(a)); }
${body.join("\n")}
  return 0;
}
`;
expected["pragma"] = "36";

const EMPTY_READ = `#include "ap_int.h"
#include "hls_stream.h"
int main() {
  hls::stream<ap_uint<4> > s("pe0_to_pe1");
  s.write(3);
  s.read();
  s.read();
  return 0;
}
`;

// ---- running ------------------------------------------------------------------------------------------

let dir = "";
const mainOut: Record<string, string> = {};
let emptyRead: { code: number | null; stderr: string } = { code: null, stderr: "" };

async function compile(name: string, source: string): Promise<string> {
  const src = join(dir, `${name}.cpp`);
  const exe = join(dir, name);
  writeFileSync(src, source);
  await run("g++", [...CXXFLAGS, src, "-o", exe], { timeout: 120_000 });
  return exe;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hls-model-"));
  const [intExe, fixedExe, emptyExe] = await Promise.all([
    compile("ints", program(parts[0]!)),
    compile("fixed", program(parts[1]!)),
    compile("empty_read", EMPTY_READ),
  ]);
  for (const exe of [intExe, fixedExe]) {
    const { stdout } = await run(exe, [], { timeout: 30_000 });
    for (const l of stdout.trim().split("\n")) mainOut[l.slice(0, l.indexOf("="))] = l.slice(l.indexOf("=") + 1);
  }
  try {
    await run(emptyExe, [], { timeout: 30_000 });
  } catch (e) {
    const err = e as { code?: number | null; signal?: string; stderr?: string };
    emptyRead = { code: err.code ?? (err.signal ? 128 : null), stderr: err.stderr ?? "" };
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("HLS header model (g++)", () => {
  it("prints every expected value", () => {
    const actual: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(expected)) {
      const got = mainOut[k];
      actual[k] = got === undefined ? "<missing>" : typeof v === "number" ? Number(got) : got;
    }
    expect(actual).toEqual(expected);
    expect(Object.keys(mainOut).sort()).toEqual(Object.keys(expected).sort());
  });

  it("compares 1-bit values (bool arrays: ap_uint<1> against ap_uint<1> and int) with ap_fixed.h included", async () => {
    // ap_fixed_base<1, 1, false> must not be instantiated by overload resolution of these comparisons.
    const exe = await compile("bool_cmp", `#include <ap_int.h>
#include <ap_fixed.h>
#include <cstdio>
int main() {
  ap_uint<1> a = 1, b = 0, c = 1;
  std::printf("%d %d %d %d %d\\n", int(a != 0), int(b != 0), int(a == c), int(a == b), int(a > b));
  return 0;
}
`);
    const { stdout } = await run(exe, [], { timeout: 30_000 });
    expect(stdout.trim()).toBe("1 0 1 0 1");
  }, 120_000);

  it("aborts with a message naming the stream when reading an empty stream", () => {
    expect(emptyRead.code).not.toBe(null);
    expect(emptyRead.code).not.toBe(0);
    expect(emptyRead.stderr).toMatch(/hls::stream 'pe0_to_pe1' is read while empty/);
  });
});
