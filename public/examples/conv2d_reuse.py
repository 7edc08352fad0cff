# 2-D convolution (3x3 filter, valid padding) with line and window reuse buffers.
# Shows: allo.reduction for the filter window, a scalar accumulator, reuse_at on the input rows
# (line buffer A's 3 rows) chained with reuse_at on the line buffer's columns (3x3 window buffer),
# partitioned into registers, and a pipelined column loop: each iteration reads one new input pixel.
# Pattern from Allo's tests/test_schedule_memory.py (test_reuse_and_partition, test_conv2D_lb_wb).

import allo
from allo.ir.types import int32

H, W = 10, 10


def conv2d(A: int32[H, W], F: int32[3, 3]) -> int32[H - 2, W - 2]:
    B: int32[H - 2, W - 2] = 0
    for y, x in allo.grid(H - 2, W - 2):
        v: int32 = 0
        for r, c in allo.reduction(3, 3):
            v += A[y + r, x + c] * F[r, c]
        B[y, x] = v
    return B


s = allo.customize(conv2d)
LB = s.reuse_at(s.A, "y")
WB = s.reuse_at(LB, "x")
s.partition(LB, dim=1)
s.partition(WB)
s.partition(s.F)
s.pipeline("x")
mod = s.build()
