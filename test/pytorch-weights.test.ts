/**
 * A from_pytorch model's weights: loaded by the design (model.load_state_dict(np.load("net.npz")), or
 * np.load of one .npy per parameter, files beside the design) or seeded, and written by
 * `allo-studio run --out DIR` as DIR/weights/<state_dict name>.npy, so a result can be checked
 * elsewhere. The fixtures (weights with PyTorch's own initialisation, an input, PyTorch's output)
 * come from scripts/torch-weights-fixtures.py.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../src/core/api";
import { readNpy } from "../src/core/sim/npy";
import { readNpz } from "../src/core/sim/npz";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/allo-studio.mjs");
const FIX = join(root, "test/fixtures/torch/weights");
const exec = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "allo-torch-weights-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npy = (bytes: Uint8Array) => {
  const a = readNpy(bytes);
  if ("error" in a) throw new Error(a.error);
  return { shape: a.shape, data: Array.from(a.data as ArrayLike<number>, Number) };
};
const load = (path: string) => npy(new Uint8Array(readFileSync(path)));

async function run(design: string, out: string, ...extra: string[]): Promise<string> {
  const { stdout } = await exec(process.execPath, [bin, "run", design, ...extra, "--out", out], { cwd: FIX });
  return stdout;
}

describe("from_pytorch weights", () => {
  for (const design of ["design_npz.py", "design_npy.py"]) {
    it(`${design}: the loaded weights give PyTorch's own output, and the run writes them back as .npy`, async () => {
      const out = join(work, design);
      const stdout = await run(design, out, "--in", "x=x.npy");
      const got = load(join(out, "return.npy"));
      const ref = load(join(FIX, "ref.npy"));
      expect(got.shape).toEqual(ref.shape);
      const err = Math.max(...got.data.map((v, i) => Math.abs(v - ref.data[i]!)));
      expect(err).toBeLessThanOrEqual(1e-5);
      // the weights it used are the archive's, bit for bit, under their state_dict names
      const npz = readNpz(new Uint8Array(readFileSync(join(FIX, "net.npz"))));
      if ("error" in npz) throw new Error(npz.error);
      const members = npz.members;
      expect(readdirSync(join(out, "weights")).sort()).toEqual(Object.keys(members).map((k) => `${k}.npy`).sort());
      for (const [k, b] of Object.entries(members)) expect(load(join(out, "weights", `${k}.npy`))).toEqual(npy(b));
      expect(stdout).toContain(`wrote ${join(out, "weights", "fc1.weight.npy")}`);
    }, 60_000);
  }

  it("seeded weights are the same on every run, and the written ones reproduce the output (y = x·Wᵀ + b)", async () => {
    const dir = mkdtempSync(join(work, "seeded-"));
    const design = join(dir, "lin.py");
    writeFileSync(design, `import torch
import torch.nn as nn
import allo
torch.manual_seed(7)
net = nn.Linear(5, 3)
mod = allo.frontend.from_pytorch(net, example_inputs=[torch.rand(2, 5)])
`);
    await run(design, join(dir, "a"));
    await run(design, join(dir, "b"));
    const w = load(join(dir, "a", "weights", "weight.npy"));
    const b = load(join(dir, "a", "weights", "bias.npy"));
    expect(load(join(dir, "b", "weights", "weight.npy"))).toEqual(w);
    expect(w.shape).toEqual([3, 5]);
    const x = load(join(dir, "a", "x.npy"));
    const y = load(join(dir, "a", "return.npy"));
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) {
      let acc = b.data[j]!;
      for (let k = 0; k < 5; k++) acc += x.data[i * 5 + k]! * w.data[j * 5 + k]!;
      expect(Math.abs(y.data[i * 3 + j]! - acc)).toBeLessThan(1e-5);
    }
  }, 60_000);

  it("a dict comprehension over the archive (torch.from_numpy of each member) loads the same weights", async () => {
    const dir = mkdtempSync(join(work, "dictcomp-"));
    writeFileSync(join(dir, "net.npz"), readFileSync(join(FIX, "net.npz")));
    const src = readFileSync(join(FIX, "design_npz.py"), "utf8").replace(
      'model.load_state_dict(np.load("net.npz"))',
      'd = np.load("net.npz")\nmodel.load_state_dict({k: torch.from_numpy(v) for k, v in d.items() if k != "unused"})');
    expect(src).toContain("for k, v in d.items()");
    writeFileSync(join(dir, "design.py"), src);
    await run(join(dir, "design.py"), join(dir, "out"), "--in", `x=${join(FIX, "x.npy")}`);
    const got = load(join(dir, "out", "return.npy"));
    const ref = load(join(FIX, "ref.npy"));
    expect(Math.max(...got.data.map((v, i) => Math.abs(v - ref.data[i]!)))).toBeLessThanOrEqual(1e-5);
  }, 60_000);

  it("np.load of a file that is not an .npz archive is one diagnostic at the path", () => {
    const src = `import numpy as np\nimport torch\nimport torch.nn as nn\nimport allo\nnet = nn.Linear(2, 2)\nnet.load_state_dict(np.load("w.npz"))\n`;
    const c = compile(src, { files: { "w.npz": new Uint8Array([1, 2, 3, 4]) } });
    const errs = c.diagnostics.filter((d) => d.severity === "error");
    expect(errs.length).toBe(1);
    expect(errs[0]!.message).toMatch(/np\.load\('w\.npz'\): not an \.npz archive/);
    expect(src.slice(errs[0]!.range.from, errs[0]!.range.to)).toBe(`"w.npz"`);
  });
});
