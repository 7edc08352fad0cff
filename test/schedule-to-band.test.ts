/**
 * `s.to(buf, "<band>")`: a local array flowing from the band that writes it to a later band of the
 * same kernel as a FIFO (Allo's tests/test_schedule_stream.py `test_two_bands`), and the cases where
 * an array is not a FIFO (refused with the reason).
 */
import { describe, expect, it } from "vitest";
import { compile, exportProject, simulate } from "../src/core/api";

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
  it("streams B between the two bands: dataflow function, FIFO pragma, no fill of B", () => {
    const src = two("i, j");
    const c = compile(src);
    expect(c.diagnostics).toEqual([]);
    expect(c.steps![0]!.description).toBe("stream kernel:B as a FIFO of depth 200 to band C");
    const cpp = String(exportProject(src, { target: "vhls" }).files!["kernel.cpp"]);
    expect(cpp).toContain("#pragma HLS dataflow");
    expect(cpp).toMatch(/ap_fixed<12, 8> B\[10\]\[20\];  \/\/ line 8\n\s*#pragma HLS stream variable=B depth=200 type=fifo\n/);
    expect(cpp).not.toContain("l_init_B");
    // The values do not change.
    const r = simulate(src, { seed: 3 });
    expect(r.diagnostics).toEqual([]);
  });

  it("refuses a producer that writes in another order than the consumer reads", () => {
    expect(diags(two("j % 10, i"))).toContain("18 error to(): the band that writes B does not write B in FIFO order (index 1 is not the loop variable i); a stream needs each element once, row-major");
  });

  it("refuses a second reader, naming Allo's fork/join form", () => {
    const src = two("i, j", `    D: T[10, 20]
    for p, q in allo.grid(10, 20, name="D"):
        D[p, q] = B[p, q]`);
    expect(diags(src).join("\n")).toMatch(/to\(\): B is also used between the band that writes it and band C/);
  });

  it("names the kernels and bands when the target is neither", () => {
    expect(diags(two("i, j").replace('s.to(s.B, "C")', 's.to(s.B, "X")'))).toEqual(["18 error to(): X is neither a kernel (kernel) nor a loop band of kernel (S_i_j_0, C)"]);
  });
});
