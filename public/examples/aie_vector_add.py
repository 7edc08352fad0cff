# Vector add on one AI Engine core: C = A + B over 1024 int32 values, exported with --target aie.
# Shows: a single kernel becomes one core; A and B travel host → shim DMA → mem tile → core and C back;
# the kernel is recognised as element-wise and written with aie_api vectors (16 lanes of int32).
# Export: npx allo-studio export aie_vector_add.py --target aie -o vadd.zip

import allo
from allo.ir.types import int32

N = 1024


def vector_add(A: int32[N], B: int32[N], C: int32[N]):
    for i in range(N):
        C[i] = A[i] + B[i]


s = allo.customize(vector_add)
mod = s.build(target="aie")
