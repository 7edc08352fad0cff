# Fuzz find: a PE grid whose band runs zero times, then a relay along it. The compact grid had nothing
# to disprove, and the expansion threw; to() now says the grid has no PEs.
import allo
from allo.ir.types import int32

def top(A: int32[4, 8], B: int32[8, 6]) -> int32[4, 6]:
    C: int32[4, 6] = 0
    for i in allo.grid(-(2**31), name="PE"):
        for j in range(6):
            acc: int32 = 0
            for k in range(8):
                acc += A[i, k] * B[k, j]
            C[i, j] = acc
    return C

s = allo.customize(top)
pe = s.unfold("PE", axis=[0])
s.to(s.B, pe, axis=0, depth=3)
