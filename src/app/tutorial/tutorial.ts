/**
 * The first-visit tutorial: a design whose comments walk through scheduling a matrix multiply step by
 * step. Each schedule call is one step in the Schedule pane, with its IR diff, diagram and check.
 */
export const TUTORIAL_FILE = "tutorial.py";

export const TUTORIAL_SOURCE = `# Welcome to Allo Studio! A tour in one design: scheduling a matrix multiply for HLS.
#
# Allo separates WHAT a kernel computes (the function below) from HOW the hardware runs it
# (the schedule at the bottom). Every schedule call is one step: pick it in the Schedule pane
# to see the IR before and after, the architecture at that step, and ∎ when the step is
# proved to keep the results for every input (✓: same results on seeded inputs only).
#
# Try: click a box in the Architecture diagram to find its source; move the cursor in the
# kernel to see which box it belongs to; Ctrl/Cmd+Enter simulates; Export writes HLS C++.

import allo
from allo.ir.types import int32

M, N, K = 16, 16, 16


# Step 0, the kernel as written: a plain triple loop.
def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    for i, j in allo.grid(M, N):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)

# Step 1, reorder: make k the middle loop so the innermost loop (j) walks a row of B and C.
# Consecutive j iterations no longer depend on each other: that is what lets us pipeline.
s.reorder("k", "j")

# Step 2, buffer_at: keep one row of C in a small on-chip buffer while k runs, and write it
# back once per i (the diagram shows the new C_buf buffer inside the kernel).
s.buffer_at(s.C, axis="i")

# Step 3, pipeline: start a new j iteration every clock cycle (II=1). (The kernel box shows
# "pipelined" since step 2: buffer_at's copy loops are pipelined too.)
s.pipeline("j")

# Step 4, partition: split B's columns over several memory banks so the pipelined loop can
# read more of B per cycle (the exported HLS C++ gets an array_partition pragma).
s.partition(s.B, dim=2, factor=4)

# Next: the systolic array. Open Gallery ▸ systolic_4x4 (or systolic_16x16, the paper's
# schedule as printed): s.unfold turns the i/j band into a grid of PEs and s.to connects them
# with FIFOs; step through it and watch the diagram become a PE grid.
mod = s.build(target="vhls")
`;
