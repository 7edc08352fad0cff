/**
 * `s.to(buf, "<band>")`: a local array flowing from the band that writes it to a later band of the
 * same kernel as a FIFO (Allo's tests/test_schedule_stream.py `test_two_bands`), and the cases where
 * an array is not a FIFO (refused with the reason).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { compile, exportProject, simulate } from "../src/core/api";

const INCLUDE = fileURLToPath(new URL("../hls-model/include", import.meta.url));
const run = promisify(execFile);

/** Exports a vitis_hls project, compiles its testbench with g++ against the header model and runs it. */
async function gxxTestbench(src: string): Promise<string> {
  const r = exportProject(src, { target: "vitis_hls" });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const dir = mkdtempSync(join(tmpdir(), "allo-to-band-"));
  try {
    for (const [name, content] of Object.entries(r.files!)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    await run("g++", ["-std=c++17", "-O1", "-Wno-unknown-pragmas", `-I${INCLUDE}`, "kernel.cpp", "tb.cpp", "-o", "tb"], { cwd: dir });
    return (await run("./tb", [], { cwd: dir })).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const two = (producerIndex: string, extra = "") => `
import allo
from allo.ir.types import Fixed

T = Fixed(12, 4)

def kernel(A: T[10, 20]) -> T[10, 20]:
    B: T[10, 20]
    for i, j in allo.grid(10, 20):
        B[${producerIndex}] = A[i, j] * 2
${extra}
    C: T[10, 20]
    for ii, jj in allo.grid(10, 20, name="C"):
        C[ii, jj] = B[ii, jj] + 1
    return C

s = allo.customize(kernel)
s.to(s.B, "C")
`;
const diags = (src: string) => compile(src).diagnostics.map((d) => `${d.line} ${d.severity} ${d.message}`);

describe("to(buf, band)", () => {
  it("streams B between the two bands: dataflow function, hls::stream B with B.write / B.read, no fill of B", async () => {
    const src = two("i, j");
    const c = compile(src);
    expect(c.diagnostics).toEqual([]);
    expect(c.steps![0]!.description).toBe("stream kernel:B as a FIFO of depth 200 to band C");
    const cpp = String(exportProject(src, { target: "vhls" }).files!["kernel.cpp"]);
    expect(cpp).toContain("#pragma HLS dataflow");
    expect(cpp).toMatch(/hls::stream< ap_fixed<12, 8> > B;  \/\/ line 8\n\s*#pragma HLS stream variable=B depth=200\n/);
    expect(cpp).toMatch(/B\.write\(ap_fixed<12, 8>\(/);
    expect(cpp).toContain("B.read()");
    expect(cpp).not.toContain("l_init_B");
    expect(await gxxTestbench(src)).toMatch(/^PASS: /);
    // The values do not change.
    const r = simulate(src, { seed: 3 });
    expect(r.diagnostics).toEqual([]);
  });

  it("refuses a producer that writes in another order than the consumer reads", () => {
    expect(diags(two("j % 10, i"))).toContain("18 error to(): the band that writes B does not write B in FIFO order (index 1 is not the loop variable i); a stream needs each element once, row-major");
  });

  it("refuses a second reader that reads in another order than the producer writes", () => {
    const src = two("i, j", `    D: T[10, 20]
    for p, q in allo.grid(10, 20, name="D"):
        D[p, q] = B[p, (q + 1) % 20]`);
    expect(diags(src).join("\n")).toMatch(/to\(\): band D does not read B in FIFO order \(index 2 is not the loop variable q\)/);
  });

  it("refuses a read that only one arm of a conditional expression makes", () => {
    const src = two("i, j").replace("C[ii, jj] = B[ii, jj] + 1", "C[ii, jj] = B[ii, jj] if ii > 2 else A[ii, jj]");
    expect(diags(src).join("\n")).toMatch(/band C does not read B in FIFO order \(it is accessed under a condition/);
  });

  // Allo's test_fork_join: C feeds two bands (a fork), whose results join in a fourth.
  const FORK = `
import allo
from allo.ir.types import Fixed

T = Fixed(15, 13)

def kernel(A: T[6, 8], B: T[6, 8]) -> T[6, 8]:
    C: T[6, 8]
    D: T[6, 8]
    E: T[6, 8]
    F: T[6, 8]
    for i, j in allo.grid(6, 8):
        C[i, j] = A[i, j] + B[i, j]
    for p, q in allo.grid(6, 8, name="D"):
        D[p, q] = C[p, q] + 1
    for p, q in allo.grid(6, 8, name="E"):
        E[p, q] = C[p, q] - B[p, q]
    for p, q in allo.grid(6, 8, name="F"):
        F[p, q] = D[p, q] * E[p, q]
    return F

s = allo.customize(kernel)
s.to(s.C, "D")
s.to(s.C, "E")
s.to(s.D, "F")
s.to(s.E, "F")
`;
  it("forks a FIFO to two reading bands and joins two FIFOs in one band; the g++ testbench matches the simulator", async () => {
    const c = compile(FORK);
    expect(c.diagnostics).toEqual([]);
    expect(c.steps!.map((x) => x.status)).toEqual(["applied", "applied", "applied", "applied"]);
    const cpp = String(exportProject(FORK, { target: "vhls" }).files!["kernel.cpp"]);
    // One stream per reading band; the producer writes each element to both.
    expect(cpp).toMatch(/hls::stream< ap_fixed<15, 2> > C;[^\n]*\n\s*#pragma HLS stream variable=C depth=48\n\s*hls::stream< ap_fixed<15, 2> > C_E;/);
    expect(cpp).toMatch(/C\.write\((\w+)\);\n\s*C_E\.write\(\1\);/);
    for (const t of ["C.read()", "C_E.read()", "D.write(", "E.write(", "D.read()", "E.read()"]) expect(cpp).toContain(t);
    expect(simulate(FORK, { seed: 2 }).diagnostics).toEqual([]);
    expect(await gxxTestbench(FORK)).toMatch(/^PASS: /);
  });

  it("refuses to export a band FIFO that a later schedule step took out of FIFO order", () => {
    const src = two("i, j") + `s.reorder("jj", "ii")\n`;
    const r = exportProject(src, { target: "vhls" });
    expect(r.files).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message)).toContain("the HLS export cannot express the FIFO 'B' between loop bands (s.to): band C does not read B in FIFO order (loop jj does not run 0..10 by 1); a stream needs each element once, row-major; nothing was written");
  });

  it("names the kernels and bands when the target is neither", () => {
    expect(diags(two("i, j").replace('s.to(s.B, "C")', 's.to(s.B, "X")'))).toEqual(["18 error to(): X is neither a kernel (kernel) nor a loop band of kernel (S_i_j_0, C)"]);
  });
});
