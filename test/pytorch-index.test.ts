/**
 * from_pytorch beyond the last axis: softmax over dims 0 and 1 (a transpose kernel swaps the axis
 * with the last one around the library's softmax) and basic indexing of traced tensors (`c[:, -1]`,
 * `c[:, 1:4, 2:6]`, `c[..., :4]`, `last[:, None, :3]`: nn.slice3d kernels and views). The fixture
 * (weights, input and PyTorch's output) comes from scripts/torch-index-fixtures.py.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../src/core/api";
import { readNpy } from "../src/core/sim/npy";

const root = new URL("..", import.meta.url).pathname;
const FIX = join(root, "test/fixtures/torch/index");
const exec = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "allo-torch-index-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const load = (path: string) => {
  const a = readNpy(new Uint8Array(readFileSync(path)));
  if ("error" in a) throw new Error(a.error);
  return { shape: a.shape, data: Array.from(a.data as ArrayLike<number>, Number) };
};

describe("from_pytorch: softmax over any axis, indexing traced tensors", () => {
  it("the design simulates to PyTorch's output (max abs error ≤ 1e-5)", async () => {
    await exec(process.execPath, [join(root, "bin/allo-studio.mjs"), "run", "design.py", "--in", "x=x.npy", "--out", work], { cwd: FIX });
    const got = load(join(work, "return.npy"));
    const ref = load(join(FIX, "ref.npy"));
    expect(got.shape).toEqual([2, 3, 3]);
    expect(got.shape).toEqual(ref.shape);
    expect(Math.max(...got.data.map((v, i) => Math.abs(v - ref.data[i]!)))).toBeLessThanOrEqual(1e-5);
  }, 60_000);

  it("a softmax over another axis is transpose, softmax, transpose; an index is slice3d kernels", () => {
    const src = readFileSync(join(FIX, "design.py"), "utf8");
    const c = compile(src, { files: { "net.npz": new Uint8Array(readFileSync(join(FIX, "net.npz"))) } });
    expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const names = c.design!.functions;
    expect(names.filter((n) => n.startsWith("softmax3d_"))).toHaveLength(2);
    // dim=1 of [2, 5, 8] swaps axes 1 and 2, dim=0 swaps 0 and 2: each twice
    expect(names.filter((n) => n.startsWith("transpose3d_021_"))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith("transpose3d_210_"))).toHaveLength(2);
    // c[:, -1] (1), c[:, 1:4, 2:6] (2), c[..., :4] (1), [:, 2:] (1), last[:, None, :3] (1)
    expect(names.filter((n) => n.startsWith("slice3d_"))).toHaveLength(6);
  });

  const model = (forward: string) => `import torch
import torch.nn as nn
import allo


class M(nn.Module):
    def forward(self, x):
        return ${forward}


mod = allo.frontend.from_pytorch(M(), example_inputs=[torch.rand(4, 6)])
`;
  it("a slice with a step or an index array is one error at the subscript saying what is supported", () => {
    for (const [fwd, msg] of [["x[:, ::2]", /step 2 .*use step 1/], ["x[[0, 2]]", /advanced indexing.*start:stop slices/], ["x[:, 6:]", /empty/]] as const) {
      const src = model(fwd);
      const errs = compile(src).diagnostics.filter((d) => d.severity === "error");
      expect(errs.map((e) => e.message), fwd).toEqual([expect.stringMatching(msg)]);
      expect(src.slice(errs[0]!.range.from, errs[0]!.range.to)).toBe(fwd);
    }
  });
});
