/**
 * Loaders and drainers at the edges of a streamed PE grid (schedule/edge-kernels.ts): which arrays
 * move out of the PEs, how deep their FIFOs are, and that the results stay the unscheduled kernel's bits.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/core/api";
import { compileDesign } from "../src/core/compile";
import { hardwarePlan } from "../src/core/arch/plan";
import { differentialCheck } from "../src/core/schedule";

const SRC = `
import allo
from allo.ir.types import int32

def top(A: int32[4, 4], W: int32[4], T: int32[4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    for i, j in allo.grid(4, 4, name="PE"):
        for k in range(4):
            C[i, j] += A[i, k] * W[k] + T[A[i, k] & 3]
    return C

s = allo.customize(top)
pe = s.unfold("PE", axis=[0, 1])
s.to(s.A, pe, axis=1, depth=3)
`;

describe("edge kernels of a streamed grid", () => {
  const d = compileDesign(SRC).design!;
  const m = d.module;
  const pe = (name: string) => m.funcs.find((f) => f.name === name)!;

  it("loads a relayed array into the first PE of each line and an array every PE reads into every PE", () => {
    const plan = hardwarePlan(m);
    expect(plan.kernels.filter((k) => k.edge).map((k) => `${k.name}:${k.edge!.role}:${k.edge!.buffer}`)).toEqual(["top_load_A:loader:A", "top_load_W:loader:W", "top_drain_C:drainer:C"]);
    const fifos = plan.fifos.map((f) => `${f.name}:${f.depth}`);
    expect(fifos.filter((f) => f.startsWith("A_load_"))).toEqual(["A_load_0_0:3", "A_load_1_0:3", "A_load_2_0:3", "A_load_3_0:3"]);
    expect(fifos.filter((f) => f.startsWith("W_load_"))).toHaveLength(16);
  });

  it("keeps an array whose reads depend on data as an argument of the PEs", () => {
    expect(pe("top_PE_1_2").params.map((p) => `${p.name}:${p.kind === "buffer" ? p.storage : "scalar"}`).sort()).toEqual(["A_in:stream", "A_out:stream", "C_out:stream", "T:arg", "W_in:stream"].sort());
  });

  it("keeps each PE's accumulator in a register and drains it once", () => {
    const drain = pe("top_drain_C");
    expect(drain.params.filter((p) => p.kind === "buffer" && p.storage === "stream")).toHaveLength(16);
    expect(hardwarePlan(m).fifos.filter((f) => f.name.startsWith("C_drain_")).every((f) => f.depth === 1)).toBe(true);
  });

  it("computes the unscheduled kernel's bits", () => {
    expect(differentialCheck(d.unscheduled, m, 11)).toEqual({ equal: true });
  });

  it("sizes a drain FIFO by the results its PE puts before its last get, not by all its stores", () => {
    const rows = compileDesign(readFileSync(fileURLToPath(new URL("./fixtures/systolic_rows.py", import.meta.url)), "utf8")).design!;
    // Each PE stores 6 elements of C, the last after its last get of B.
    expect(hardwarePlan(rows.module).fifos.filter((f) => f.name.startsWith("C_drain_")).map((f) => f.depth)).toEqual([5, 5, 5, 5]);
    expect(differentialCheck(rows.unscheduled, rows.module, 4)).toEqual({ equal: true });
    expect(simulate(readFileSync(fileURLToPath(new URL("./fixtures/systolic_rows.py", import.meta.url)), "utf8")).dataflow?.deadlock).toBeUndefined();
  });
});
