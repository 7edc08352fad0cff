# Allo's tensor ops inside kernels, written the way Allo's tests/test_linalg.py is: nested kernels,
# parametrize, numpy references, `pytest.raises` around rejected kernels. The references are numpy
# code (or allo's own functions called on numpy arrays, which are numpy code in Allo).
import numpy as np
import pytest
import allo
from allo.ir.types import int8, int32, float32


def test_matmul_2d_and_batched():
    M, K, N = 6, 5, 4
    np_A = np.random.randint(-20, 20, size=(M, K)).astype(np.int32)
    np_B = np.random.randint(-20, 20, size=(K, N)).astype(np.int32)

    def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
        return allo.matmul(A, B)

    mod = allo.customize(gemm).build()
    np.testing.assert_array_equal(mod(np_A, np_B), np_A @ np_B)

    np_X = np.random.randint(-9, 9, size=(2, 3, M, K)).astype(np.int32)
    np_Y = np.random.randint(-9, 9, size=(2, 3, K, N)).astype(np.int32)

    def gemm4d(X: int32[2, 3, M, K], Y: int32[2, 3, K, N]) -> int32[2, 3, M, N]:
        C = allo.matmul(X, Y)
        return C

    mod = allo.customize(gemm4d).build()
    np.testing.assert_array_equal(mod(np_X, np_Y), np.matmul(np_X, np_Y))

    def batched(X: float32[3, M, K], Y: float32[3, K, N]) -> float32[3, M, N]:
        return allo.bmm(X, Y, name="bmm0")

    np_P = np.random.rand(3, M, K).astype(np.float32)
    np_Q = np.random.rand(3, K, N).astype(np.float32)
    mod = allo.customize(batched).build()
    np.testing.assert_allclose(mod(np_P, np_Q), np.matmul(np_P, np_Q), rtol=1e-5)


def test_matmul_outside_a_kernel():
    A = np.random.rand(4, 3).astype(np.float32)
    B = np.random.rand(3, 5).astype(np.float32)
    np.testing.assert_allclose(allo.matmul(A, B), A @ B, rtol=1e-6)
    np.testing.assert_allclose(allo.linear(A, B.T), A @ B, rtol=1e-6)


@pytest.mark.parametrize("bias", [True, False])
def test_linear(bias):
    M, K, N = 5, 8, 3
    X = np.random.rand(M, K).astype(np.float32)
    W = np.random.rand(N, K).astype(np.float32)
    b = np.random.rand(N).astype(np.float32)

    def with_bias(X: float32[M, K], W: float32[N, K], b: float32[N]) -> float32[M, N]:
        return allo.linear(X, W, b)

    def no_bias(X: float32[M, K], W: float32[N, K], b: float32[N]) -> float32[M, N]:
        return allo.linear(X, W)

    mod = allo.customize(with_bias if bias else no_bias).build()
    want = X @ W.T + b if bias else X @ W.T
    np.testing.assert_allclose(mod(X, W, b), want, rtol=1e-5)


def test_linear_keeps_the_input_type():
    # The result of allo.linear has X's type: int8 sums wrap in int8, as Allo's generated code does.
    X = np.array([[100, 100]], dtype=np.int8)
    W = np.array([[1, 1]], dtype=np.int8)

    def lin(X: int8[1, 2], W: int8[1, 2]) -> int32[1, 1]:
        return allo.linear(X, W)

    mod = allo.customize(lin).build()
    np.testing.assert_array_equal(mod(X, W), np.array([[-56]], dtype=np.int32))


def test_conv2d_and_pools():
    N, C, H, W, F, FH, FW = 1, 2, 6, 6, 3, 3, 3
    inp = np.random.randint(0, 10, size=(N, C, H, W)).astype(np.int32)
    filt = np.random.randint(-2, 3, size=(F, C, FH, FW)).astype(np.int32)
    win = np.zeros((2, 2), dtype=np.int32)

    def conv(A: int32[N, C, H, W], B: int32[F, C, FH, FW]) -> int32[N, F, H - FH + 1, W - FW + 1]:
        return allo.conv2d(A, B)

    def pools(A: int32[N, C, H, W], B: int32[2, 2]) -> int32[N, C, H - 1, W - 1]:
        return allo.maxpool(A, B) + allo.sumpool(A, B)

    want = np.zeros((N, F, H - FH + 1, W - FW + 1), dtype=np.int32)
    for f in range(F):
        for i in range(H - FH + 1):
            for j in range(W - FW + 1):
                want[0, f, i, j] = np.sum(inp[0, :, i:i + FH, j:j + FW] * filt[f])
    np.testing.assert_array_equal(allo.customize(conv).build()(inp, filt), want)
    np.testing.assert_array_equal(allo.conv2d(inp, filt), want)

    pooled = np.zeros((N, C, H - 1, W - 1), dtype=np.int32)
    for c in range(C):
        for i in range(H - 1):
            for j in range(W - 1):
                window = inp[0, c, i:i + 2, j:j + 2]
                pooled[0, c, i, j] = np.max(window) + np.sum(window)
    np.testing.assert_array_equal(allo.customize(pools).build()(inp, win), pooled)


def test_softmax_gelu_layernorm():
    L, D = 4, 16
    X = np.random.randn(L, D).astype(np.float32)
    g = np.random.rand(D).astype(np.float32)
    b = np.random.rand(D).astype(np.float32)

    def attn(X: float32[L, D]) -> float32[L, D]:
        return allo.softmax(X)

    def act(X: float32[L, D]) -> float32[L, D]:
        return allo.gelu(X)

    def norm(X: float32[L, D], g: float32[D], b: float32[D]) -> float32[L, D]:
        return allo.layernorm(X, g, b)

    e = np.exp(X - np.max(X, axis=-1, keepdims=True))
    np.testing.assert_allclose(allo.customize(attn).build()(X), e / np.sum(e, axis=-1, keepdims=True), rtol=1e-5)
    gelu = 0.5 * X * (1 + np.tanh(np.sqrt(2 / np.pi) * (X + 0.044715 * X**3)))
    np.testing.assert_allclose(allo.customize(act).build()(X), gelu, rtol=1e-5, atol=1e-6)
    mean = np.mean(X, axis=-1, keepdims=True)
    var = np.var(X, axis=-1, keepdims=True)
    np.testing.assert_allclose(allo.customize(norm).build()(X, g, b), g * (X - mean) / np.sqrt(var + 1e-5) + b, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("axis", [0, 1])
def test_concat_view_tril_ones(axis):
    A = np.random.randint(0, 9, size=(4, 4)).astype(np.int32)
    B = np.random.randint(0, 9, size=(4, 4)).astype(np.int32)

    def cat0(A: int32[4, 4], B: int32[4, 4]) -> int32[8, 4]:
        return allo.concat(A, B, axis=0)

    def cat1(A: int32[4, 4], B: int32[4, 4]) -> int32[4, 8]:
        return allo.concat(A, B, axis=1)

    mod = allo.customize(cat0 if axis == 0 else cat1).build()
    np.testing.assert_array_equal(mod(A, B), np.concatenate((A, B), axis=axis))

    def shapes(A: int32[4, 4]) -> int32[2, 8]:
        T = allo.tril(A) + allo.ones((4, 4), dtype=int)
        return allo.view(T, (2, 8))

    np.testing.assert_array_equal(allo.customize(shapes).build()(A), (np.tril(A) + 1).reshape(2, 8))


def test_misused_ops_are_rejected():
    def bad_linear(X: float32[4, 6], W: float32[6, 3]) -> float32[4, 3]:
        return allo.linear(X, W)

    def bad_bmm(A: float32[2, 3, 4, 5], B: float32[2, 3, 5, 4]) -> float32[2, 3, 4, 4]:
        return allo.bmm(A, B)

    def int_softmax(A: int32[4, 4]) -> int32[4, 4]:
        return allo.softmax(A)

    for k in [bad_linear, bad_bmm, int_softmax]:
        with pytest.raises(SystemExit):
            allo.customize(k)
