/**
 * Allo's `Layout` on @df.kernel arguments (`local_A: T[M, K] @ [S(0), R]`): parsed in every spelling Allo
 * accepts, typed as the shard inside the kernel, checked against the type and the mapping with located
 * diagnostics, shown on the diagram's edges, and used by the AIE mapping for mem-tile distribute/join links
 * (the emitted design is the one the same GEMM indexed by df.get_pid() gives).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDesign } from "../src/core/compile";
import { exportProject } from "../src/core/api";
import { runModule } from "../src/core/sim/simulate";
import { buildArchGraph } from "../src/core/arch/graph";
import { validateAieMlir } from "../src/core/backend/aie/validate";
import type * as ir from "../src/core/ir/nodes";

const read = (f: string) => readFileSync(new URL(`../public/examples/${f}`, import.meta.url), "utf8");
const gemm4 = read("aie_gemm_4.py");
const SIG = "def gemm(local_A: int16[M, K] @ [S(0), R], local_B: int16[K, N] @ [R, S(1)], local_C: int32[M, N] @ [S(0), S(1)]):";

function errors(src: string): { code: string; message: string; text: string }[] {
  const c = compileDesign(src);
  return c.sink.items.filter((d) => d.severity === "error").map((d) => ({ code: d.code, message: d.message, text: src.slice(d.range.from, d.range.to) }));
}

function simulate(src: string): Record<string, number[]> {
  const c = compileDesign(src);
  expect(errors(src)).toEqual([]);
  const r = runModule(c.design!.module, {}, 7, 1e9);
  if (!r.ok) throw new Error(r.error.message);
  return Object.fromEntries(Object.entries(r.args).map(([k, v]) => [k, Array.from(v.data as number[])]));
}

/** The same GEMM with every shard indexed through df.get_pid() (the form before Layout). */
const pidForm = (src: string, p: number) => src
  .replace(SIG, "def gemm(A: int16[M, K], B: int16[K, N], C: int32[M, N]):\n        pi, pj = df.get_pid()")
  .replace("acc += local_A[i, k] * local_B[k, j]", "acc += A[pi * Mt + i, k] * B[k, pj * Nt + j]")
  .replace("local_C[i, j] = acc", "C[pi * Mt + i, pj * Nt + j] = acc")
  .replace("P0, P1 = 2, 2", `P0, P1 = ${p}, ${p}`);

describe("Layout on @df.kernel arguments", () => {
  it("types each instance's view as its shard and records the shard on the parameter", () => {
    expect(gemm4).toContain(SIG);
    const m = compileDesign(gemm4).design!.module;
    const f = m.funcs.find((x) => x.name === "gemm_1_0")!;
    const shards = (f.params as ir.Buffer[]).map((p) => [p.name, p.type.shape, p.shard]);
    expect(shards).toEqual([
      ["local_A", [64, 64], { parts: [0, undefined], origin: [32, 0], shape: [32, 64] }],
      ["local_B", [64, 64], { parts: [undefined, 1], origin: [0, 0], shape: [64, 32] }],
      ["local_C", [64, 64], { parts: [0, 1], origin: [32, 0], shape: [32, 32] }],
    ]);
  });

  it("computes what the df.get_pid() form computes, in every spelling of the layout", () => {
    const want = simulate(pidForm(gemm4, 2));
    expect(simulate(gemm4)).toEqual(want);
    const spellings = [
      gemm4.replace("@ [S(0), R], local_B", "@ Layout([S(0), R]), local_B"),
      gemm4.replace("@ [S(0), R], local_B", "@ [S(0), R()], local_B"),
      gemm4.replace("from allo.memory import Layout\n", "").replace("S = Layout.Shard\nR = Layout.Replicate", "S = allo.Layout.Shard\nR = allo.Layout.Replicate"),
      gemm4.replace("@ [S(0), R], local_B", "@ LyA, local_B").replace("S = Layout.Shard\nR = Layout.Replicate", "S = Layout.Shard\nR = Layout.Replicate\nLyA = [S(0), R]"),
    ];
    for (const s of spellings) {
      expect(s).not.toBe(gemm4);
      expect(simulate(s)).toEqual(want);
    }
  });

  it("whole-array operations on views (allo.matmul, slice assignment) and views passed whole to a function", () => {
    // Allo's allo.matmul computes in its first operand's type (int16 here) and the assignment widens it:
    // the loop form with an int16 accumulator computes the same.
    const want16 = simulate(gemm4.replace("acc: int32 = 0", "acc: int16 = 0"));
    const body = /        for i, j in allo\.grid\(Mt, Nt\):\n[\s\S]*?local_C\[i, j\] = acc\n/;
    const mm = gemm4.replace(body, "        local_C[:, :] = allo.matmul(local_A, local_B)\n");
    expect(mm).toContain("allo.matmul(local_A, local_B)");
    expect(simulate(mm)).toEqual(want16);
    expect(exportProject(mm, { target: "aie" }).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // A view passed whole becomes a local copy of the shard, copied in before the body and out after it
    // (a call may read and write its array arguments).
    const sub = gemm4.replace(body, "        mm(local_A, local_B, local_C)\n").replace("@df.region()", `def mm(X: int16[Mt, K], Y: int16[K, Nt], Z: int32[Mt, Nt]):
    for i, j in allo.grid(Mt, Nt):
        acc: int32 = 0
        for k in range(K):
            acc += X[i, k] * Y[k, j]
        Z[i, j] = acc


@df.region()`);
    expect(simulate(sub)).toEqual(simulate(gemm4));
    const f = compileDesign(sub).design!.module.funcs.find((x) => x.name === "gemm_0_1")!;
    expect(f.body.filter((s) => s.kind === "alloc").map((s) => (s as ir.Alloc).buf.name)).toEqual(["local_A", "local_B", "local_C"]);
    expect(f.body.map((s) => s.kind)).toEqual(["alloc", "for", "alloc", "for", "alloc", "for", "call", "for", "for", "for"]);
  });

  it("bad layouts are located errors that say what to do", () => {
    const cases: [string, string, RegExp, string][] = [
      ["P0, P1 = 2, 2", "P0, P1 = 3, 2", /dimension 0 of 'local_A' \(size 64\) cannot be split evenly over mapping dimension 0 \(3 instances\); make the size a multiple of 3/, "[S(0), R]"],
      ["int16[K, N] @ [R, S(1)]", "int16[K, N] @ [R, S(2)]", /S\(2\) on dimension 1 of 'local_B' names mapping dimension 2, but the kernel's mapping=\[2, 2\] has 2 dimension\(s\)/, "[R, S(2)]"],
      ["int16[K, N] @ [R, S(1)]", "int16[K, N] @ [S(1)]", /'local_B' has 2 dimension\(s\) \(int16\[64, 64\]\) but its Layout \[S\(1\)\] has 1 entry/, "[S(1)]"],
      ["int16[K, N] @ [R, S(1)]", "int16[K, N] @ [R, 3]", /a Layout entry is Layout\.Shard\(axis\) \(S\(0\)\) or Layout\.Replicate \(R\); got int 3/, "int16[K, N] @ [R, 3]"],
    ];
    for (const [from, to, want, at] of cases) {
      const e = errors(gemm4.replace(from, to));
      expect(e.map((x) => x.code), to).toEqual(["E-layout"]);
      expect(e[0]!.message).toMatch(want);
      expect(e[0]!.text).toBe(at);
    }
    const scalar = errors(gemm4.replace("local_C: int32[M, N] @ [S(0), S(1)]", "local_C: int32 @ [S(0)]"));
    expect(scalar[0]!.message).toMatch(/int32 is a scalar type — give the argument a shape/);
    expect(errors(gemm4.replace("int16[K, N] @ [R, S(1)]", "int16[K, N] @ [R, S(-1)]"))[0]!.message).toMatch(/Layout\.Shard takes the index of a mapping dimension/);
    const plain = `from allo.ir.types import int32\nfrom allo.memory import Layout\nS = Layout.Shard\nR = Layout.Replicate\n\ndef k(A: int32[8] @ [S(0)]):\n    A[0] = 1\n`;
    const e = errors(plain);
    expect(e[0]!.message).toMatch(/not a kernel of a @df\.region/);
    expect(e[0]!.text).toBe("[S(0)]");
  });

  it("the AIE export refuses an access outside the declared shard, once per kernel and argument", () => {
    const src = gemm4.replace("local_A[i, k]", "local_A[i + 16, k]");
    const r = exportProject(src, { target: "aie" });
    expect(r.files).toBeUndefined();
    const d = r.diagnostics.filter((x) => x.code === "E-layout");
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/'gemm_0_0' accesses \[16:48, 0:64\] of 'A', outside its Layout shard \[0:32, 0:64\]; keep the local indices within 32 × 64/);
    expect(src.slice(d[0]!.range.from, d[0]!.range.to)).toBe("local_A: int16[M, K] @ [S(0), R]");
  });

  it("the diagram's edges into the PE grid say how each argument is split", () => {
    const g = buildArchGraph(compileDesign(gemm4).design!.module);
    const labels = g.edges.filter((e) => e.label?.includes(" @ ")).map((e) => `${e.kind} ${e.from}->${e.to} ${e.label}`);
    expect(labels).toContain("read memory:A->kernel:gemm_1_0 local_A @ [S(0), R] · 32×64");
    expect(labels).toContain("read memory:B->kernel:gemm_1_0 local_B @ [R, S(1)] · 64×32");
    expect(labels).toContain("write kernel:gemm_1_1->memory:C local_C @ [S(0), S(1)] · 32×32");
  });

  it("the AIE mapping distributes and joins the shards through mem-tile links with offsets; the design equals the df.get_pid() form's", () => {
    for (const p of [2, 4]) {
      const layout = gemm4.replace("P0, P1 = 2, 2", `P0, P1 = ${p}, ${p}`);
      const a = exportProject(layout, { target: "aie" });
      const b = exportProject(pidForm(gemm4, p), { target: "aie" });
      const text = a.files!["design/aie.mlir"] as string;
      expect(validateAieMlir(text)).toEqual([]);
      expect(text).toBe(b.files!["design/aie.mlir"]);
      const shard = (64 / p) * 64;
      const offsets = Array.from({ length: p }, (_, k) => k * shard).join(", ");
      expect(text).toContain(`aie.objectfifo.link [@A_in] -> [${Array.from({ length: p }, (_, k) => `@A_in_${k}`).join(", ")}]([] [${offsets}])`);
      expect(text).toMatch(new RegExp(`aie\\.objectfifo\\.link \\[@C_out0_0, .*\\] -> \\[@C_out0\\]\\(\\[0, ${(64 / p) * (64 / p)}`));
      expect(text).toContain(`memref<${64 / p}x64xi16>`);
    }
  });
});
