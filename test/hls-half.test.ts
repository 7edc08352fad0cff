/**
 * float16 in the HLS export: `half` from hls_half.h. The header model (hls-model/include/hls_half.h) must
 * round exactly as the simulator's roundF16 does, so (1) a g++ program checks every one of the 65,536 bit
 * patterns round-trips, and converts a table of doubles (ties, subnormals, overflow edges, random values)
 * and sums/products/quotients of random halves, each compared here with roundF16 / f16Bits; (2) a kernel
 * using float16 arithmetic, math, conversions, bitcasts and min/max is exported as a vitis_hls project and
 * its testbench, compiled with g++ against the model, must match the simulator's golden data bit for bit.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportProject } from "../src/core/backend/export";
import { f16Bits, f16FromBits, roundF16 } from "../src/core/sim/runtime";

const INCLUDE = fileURLToPath(new URL("../hls-model/include", import.meta.url));
const CXX = ["-std=c++17", "-O1", "-Wall", "-Wno-unknown-pragmas", `-I${INCLUDE}`];

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : 1) : 0, stdout, stderr });
    });
  });
}

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "allo-hls-half-"));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// Deterministic doubles: a linear congruential stream (the values only need to be spread out).
function stream(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function doublesToTest(): number[] {
  const out: number[] = [0, -0, 1, -1, 65504, 65519.99, 65520, -65520, 1e9, 2 ** -24, 2 ** -25, 2 ** -25 * 1.0000001, 3 * 2 ** -25, 2 ** -14, 2 ** -14 - 2 ** -25, Infinity, -Infinity, 0.1, 1 / 3, 2049, 2051, 4097];
  // Exact ties between neighbouring halves, in every binade: ties go to the even pattern.
  for (let h = 1; h < 0x7bff; h += 37) out.push((f16FromBits(h) + f16FromBits(h + 1)) / 2);
  const r = stream(7);
  for (let i = 0; i < 2000; i++) out.push((r() - 0.5) * 2 ** Math.floor(r() * 44 - 28));
  return out;
}

describe("hls_half.h (the header model of Vitis HLS's half)", () => {
  it("rounds doubles, decodes all 65,536 patterns, and adds/multiplies/divides as the simulator does", async () => {
    const ds = doublesToTest();
    const r = stream(11);
    const pairs: [number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const a = Math.floor(r() * 0x10000);
      const b = Math.floor(r() * 0x10000);
      if (((a >> 10) & 0x1f) === 31 || ((b >> 10) & 0x1f) === 31) continue; // NaN/inf: covered by the table
      pairs.push([a, b]);
    }
    const hex = (v: number) => {
      const b = new DataView(new ArrayBuffer(8));
      b.setFloat64(0, v);
      return `0x${b.getBigUint64(0).toString(16)}ULL`;
    };
    const prog = `#include <cstdio>
#include <cstring>
#include <hls_half.h>
static double d(unsigned long long u) { double x; std::memcpy(&x, &u, 8); return x; }
static const unsigned long long D[] = {${ds.map(hex).join(",")}};
static const unsigned short P[][2] = {${pairs.map(([a, b]) => `{${a},${b}}`).join(",")}};
int main() {
  for (unsigned i = 0; i < 65536; ++i) {
    half h = half::from_bits((unsigned short)i);
    const float f = h;
    const half back = half(f);
    if (f == f && back.bits() != i) { std::printf("roundtrip %u -> %u\\n", i, (unsigned)back.bits()); return 1; }
  }
  for (unsigned long long u : D) std::printf("%u\\n", (unsigned)half(d(u)).bits());
  for (auto& p : P) {
    const half a = half::from_bits(p[0]), b = half::from_bits(p[1]);
    std::printf("%u %u %u %u\\n", (unsigned)(a + b).bits(), (unsigned)(a - b).bits(), (unsigned)(a * b).bits(), (unsigned)(a / b).bits());
  }
  return 0;
}
`;
    const dir = join(work, "model");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "p.cpp"), prog);
    const build = await run("g++", [...CXX, "p.cpp", "-o", "p"], dir);
    expect(build.code, build.stderr).toBe(0);
    const res = await run("./p", [], dir);
    expect(res.code, res.stdout).toBe(0);
    const lines = res.stdout.trim().split("\n");
    expect(lines.length).toBe(ds.length + pairs.length);
    const wrongConv = ds.map((v, i) => [v, Number(lines[i]), f16Bits(v)] as const).filter(([, got, want]) => got !== want);
    expect(wrongConv).toEqual([]);
    const wrongOps: string[] = [];
    pairs.forEach(([a, b], i) => {
      const x = f16FromBits(a);
      const y = f16FromBits(b);
      const want = [x + y, x - y, x * y, x / y].map((v) => f16Bits(roundF16(v)));
      const got = lines[ds.length + i]!.split(" ").map(Number);
      if (got.join() !== want.join()) wrongOps.push(`${a} ${b}: got ${got} want ${want}`);
    });
    expect(wrongOps).toEqual([]);
  }, 120_000);
});

const HALF_KERNEL = `
import allo
from allo.ir.types import int16, int32, uint16, float16, float32, float64, Fixed

N = 64


def halfops(A: float16[N], B: float16[N], I: int32[N], F: float32[N], G: float64[N], X: Fixed(16, 8)[N], U: uint16[N]) -> (float16[N], float16[N], float16[N], float16[N], int32[N], float32[N], uint16[N], float16[N], float16[N]):
    r1: float16[N] = 0.0
    r2: float16[N] = 0.0
    r3: float16[N] = 0.0
    r4: float16[N] = 0.0
    r5: int32[N] = 0
    r6: float32[N] = 0.0
    r7: uint16[N] = 0
    r8: float16[N] = 0.0
    r9: float16[N] = 0.0
    acc: float16 = 0.0
    for i in range(N):
        r1[i] = A[i] * B[i] + A[i] / (B[i] - B[0]) - A[i] // (B[i] + 1.5)
        r2[i] = allo.exp(A[i]) + allo.sqrt(allo.abs(B[i])) + allo.log(allo.abs(A[i]) + 1.0) + allo.tanh(B[i])
        r3[i] = max(A[i], 0.0) + min(A[i], B[i]) + (-A[i] if A[i] > B[i] else B[i] * 0.25)
        r4[i] = I[i] + F[i] + G[i] + X[i]
        r5[i] = A[i] * 100.0
        r6[i] = A[i] + F[i]
        r7[i] = A[i].bitcast()
        r8[i] = U[i].bitcast()
        acc = acc + A[i] * B[i]
        r9[i] = acc
    return r1, r2, r3, r4, r5, r6, r7, r8, r9
`;

describe("float16 in the vitis_hls export", () => {
  it("exports half arithmetic, hls::exp/hls::sqrt, conversions and bitcasts; the g++ testbench matches the simulator", async () => {
    const r = exportProject(HALF_KERNEL, { target: "vitis_hls", designName: "halfops.py" });
    const errors = r.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}: ${d.message}`);
    expect(errors).toEqual([]);
    const cpp = String(r.files!["kernel.cpp"]);
    expect(cpp).toContain("#include <hls_half.h>");
    expect(cpp).toMatch(/void halfops\(\s*half A\[64\]/);
    expect(cpp).toContain("hls::exp(");
    expect(cpp).toContain("hls::sqrt(");
    const dir = join(work, "project");
    for (const [name, content] of Object.entries(r.files!)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const build = await run("g++", [...CXX, "kernel.cpp", "tb.cpp", "-o", "tb"], dir);
    expect(build.code, build.stderr.slice(0, 4000)).toBe(0);
    const res = await run("./tb", [], dir);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^PASS: halfops/);
  }, 180_000);
});
