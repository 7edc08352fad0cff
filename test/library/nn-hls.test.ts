/**
 * Library designs through the Vitis HLS export: the project's kernel and self-checking testbench
 * (golden data from the simulator) compiled with g++ against the project's HLS header model must
 * pass, so the exported C++ computes the simulator's results for library operators and imported models.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { exportProject } from "../../src/core/api";
import { importOnnx } from "../../src/core/frontend/models/onnx/import";
import { fixturePath } from "./fixtures";

const exec = promisify(execFile);
const INCLUDE = fileURLToPath(new URL("../../hls-model/include", import.meta.url));
const cases = JSON.parse(readFileSync(fixturePath("nn", "cases.json"), "utf8")) as { name: string; design: string }[];
const work = mkdtempSync(join(tmpdir(), "allo-nn-hls-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function buildAndRun(name: string, source: string, files?: Readonly<Record<string, Uint8Array>>): Promise<string> {
  const r = exportProject(source, { target: "vitis_hls", designName: name, ...(files ? { files } : {}) });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const dir = join(work, name);
  for (const [f, content] of Object.entries(r.files!)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), content);
  }
  await exec("g++", ["-std=c++17", "-O1", "-Wno-unknown-pragmas", `-I${INCLUDE}`, "kernel.cpp", "tb.cpp", "-o", "tb"], { cwd: dir });
  const { stdout } = await exec("./tb", [], { cwd: dir });
  return stdout;
}

// where4d has a bool (ap_uint<1>) top argument: its comparisons once instantiated ap_fixed_base<1, 1>
// from inside overload resolution in the header model (hls-model/include/ap_fixed.h), a g++ error.
describe("library operators exported to HLS C++ pass their testbench under g++", () => {
  for (const name of ["qlinear2d_w4a8", "matmul_integer_int4", "quantize_linear", "transpose4d_0213", "conv2d", "where4d"]) {
    it(name, async () => {
      const c = cases.find((x) => x.name === name)!;
      expect(await buildAndRun(name, c.design)).toMatch(/^PASS: /);
    }, 120_000);
  }

  it("a from_pytorch design (a GPT block: library kernels, bool mask in where4d, softmax4d, layer_norm3d, gelu3d)", async () => {
    const classes = readFileSync(fixturePath("torch", "tiny_gpt.py"), "utf8");
    const src = `import allo\n${classes}\ntorch.manual_seed(1)\nblock = Block(8, 2).eval()\nmod = allo.frontend.from_pytorch(block, example_inputs=[torch.rand(1, 4, 8)])\n`;
    expect(await buildAndRun("torch_block", src)).toMatch(/^PASS: /);
  }, 120_000);

  it("the W4A8 GPT-2 block of the gallery (constant int4 weights kept on chip, per-instance linear schedules)", async () => {
    // at a quarter of the gallery's tokens and half its width, so g++ compiles the weight tables quickly
    const src = readFileSync(new URL("../../public/examples/gpt2_w4a8.py", import.meta.url), "utf8").replace(/^L, D, H, F = .*$/m, "L, D, H, F = 4, 32, 2, 64").replace(/^U = \d+/m, "U = 16");
    expect(src).toMatch(/L, D, H, F = 4, 32, 2, 64[^]*U = 16/);
    expect(await buildAndRun("gpt2_w4a8", src)).toMatch(/^PASS: /);
  }, 300_000);

  it("the packed systolic GEMMs of allo.library.systolic, composed with schedule_systolic", async () => {
    const design = (lib: string, targs: string, elem: string, P: number) => [
      "import allo", "from allo.ir.types import int8, int16, int32, Int",
      `from allo.library.systolic import ${lib}`, "",
      `def top(X: ${elem}[8 // ${P}, 4], W: ${elem}[4, 4 // ${P}]) -> ${elem}[8 // ${P}, 4]:`,
      `    Z: ${elem}[8 // ${P}, 4]`, `    ${lib}[${targs}](X, W, Z)`, "    return Z", "",
      "s = allo.customize(top)", `s.compose(${lib}, instantiate=[${targs}])`, "",
    ].join("\n");
    expect(await buildAndRun("packed_systolic", design("packed_systolic", "int8, int8, int8, 8, 4, 4, 4, 4, 2", "int16", 2))).toMatch(/^PASS: /);
    expect(await buildAndRun("packed_int8xint8", design("packed_int8xint8_systolic", "8, 4, 4, 4, 4, 4", "int32", 4))).toMatch(/^PASS: /);
  }, 240_000);

  it("an imported quantized ONNX graph (QuantizeLinear → MatMulInteger), weights from its .npy files", async () => {
    const r = importOnnx(new Uint8Array(readFileSync(fixturePath("onnx", "qmatmul_int.onnx"))));
    expect(await buildAndRun("qmatmul_int", r.design!, r.files)).toMatch(/^PASS: /);
  }, 120_000);
});
