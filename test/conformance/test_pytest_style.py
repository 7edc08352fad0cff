# A pytest file written the way Allo's tests/ are: kernels nested in test functions, parametrize over
# shapes and types, pytest.raises around kernels Allo rejects, numpy references and asserts.
import allo
import numpy as np
import pytest
from allo.ir.types import int8, int32, float32, Fixed


def test_vadd():
    def vadd(A: int32[16], B: int32[16]) -> int32[16]:
        C: int32[16] = 0
        for i in range(16):
            C[i] = A[i] + B[i]
        return C

    s = allo.customize(vadd)
    mod = s.build()
    a = np.random.randint(-100, 100, size=(16,)).astype(np.int32)
    b = np.random.randint(-100, 100, size=(16,)).astype(np.int32)
    np.testing.assert_array_equal(mod(a, b), a + b)


@pytest.mark.parametrize("M, N", [(4, 4), (8, 6)])
def test_transpose_shapes(M, N):
    def kernel(A: float32[M, N]) -> float32[N, M]:
        B: float32[N, M] = 0.0
        for i, j in allo.grid(M, N):
            B[j, i] = A[i, j]
        return B

    s = allo.customize(kernel)
    s.pipeline("j")
    mod = s.build()
    A = np.random.rand(M, N).astype(np.float32)
    np.testing.assert_allclose(mod(A), A.T)


def test_int8_wraps_like_numpy():
    def double(A: int8[8]) -> int8[8]:
        B: int8[8] = 0
        for i in range(8):
            B[i] = A[i] * 2
        return B

    mod = allo.customize(double).build()
    a = np.array([1, 60, 64, 100, -1, -64, -65, 127], dtype=np.int8)
    np.testing.assert_array_equal(mod(a), a * np.int8(2))


def test_fixed_point_reference():
    def scale(A: Fixed(16, 8)[4]) -> Fixed(16, 8)[4]:
        B: Fixed(16, 8)[4] = 0
        for i in range(4):
            B[i] = A[i] * 2
        return B

    mod = allo.customize(scale).build()
    a = np.array([0.5, -1.25, 3.0, 0.00390625])
    np.testing.assert_allclose(mod(a), a * 2)


def test_type_error_is_raised():
    def bad(A: int32[4]) -> int32[4]:
        B: int32[4] = 0
        for i in range(4):
            B[i] = A[i] + missing
        return B

    with pytest.raises(Exception):
        allo.customize(bad)


def test_schedule_error_is_raised():
    def k(A: int32[4]) -> int32[4]:
        B: int32[4] = 0
        for i in range(4):
            B[i] = A[i]
        return B

    s = allo.customize(k)
    s.split("nope", factor=2)
    with pytest.raises(Exception):
        s.build()(np.zeros(4, dtype=np.int32))


@pytest.mark.skip(reason="needs an FPGA board")
def test_on_board():
    assert False


if __name__ == "__main__":
    pytest.main([__file__])


def test_bfloat16_arrays_from_ml_dtypes():
    import ml_dtypes
    from allo.ir.types import bfloat16

    def halve(A: bfloat16[8]) -> bfloat16[8]:
        B: bfloat16[8]
        for i in range(8):
            B[i] = A[i] * 0.5 + 1
        return B

    s = allo.customize(halve)
    assert "bf16" in str(s.module)
    A = (np.arange(8) * 0.3).astype(ml_dtypes.bfloat16)
    B = s.build()(A)
    assert B.dtype == ml_dtypes.bfloat16
    np.testing.assert_allclose(B.astype(np.float32), (A * 0.5 + 1).astype(np.float32), rtol=1e-2)
