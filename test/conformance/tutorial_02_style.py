# Written the way Allo's tutorial 02 (Vivado/Vitis HLS backend) is written: float32 GEMM with a
# reduction loop, reorder + buffer_at + pipeline with the IR printed, then the HLS C++ printed and a
# vitis_hls project build (running it needs the vendor tools, so the module is not called).
import allo
from allo.ir.types import float32
import numpy as np

P, Q, R = 32, 32, 32


def mm(A: float32[P, R], B: float32[R, Q]) -> float32[P, Q]:
    C: float32[P, Q] = 0.0
    for i, j in allo.grid(P, Q):
        for k in allo.reduction(R):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(mm)
s.reorder("k", "j")
print(s.module)
s.buffer_at(s.C, axis="i")
print(s.module)
s.pipeline("j")
print(s.module)

code = s.build(target="vhls")
print(code)
assert "#pragma HLS pipeline" in str(code)

sim = s.build()
A = np.random.rand(P, R).astype(np.float32)
B = np.random.rand(R, Q).astype(np.float32)
np.testing.assert_allclose(sim(A, B), A @ B, rtol=1e-5, atol=1e-5)

project = s.build(target="vitis_hls", mode="csyn", project="mm.prj")
print("tutorial 02 style: passed")
