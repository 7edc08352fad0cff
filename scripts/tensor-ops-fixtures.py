#!/usr/bin/env python3
"""Reference outputs of Allo's tensor ops (`allo.matmul`, `allo.linear`, `allo.conv2d`, ...) computed
with numpy, independently of the simulator, for test/tensor-ops.test.ts. Run once with numpy
installed; the test machines need no Python. Writes test/fixtures/tensor-ops/<case>/<arg>.npy,
kernel.npy (what the kernel computes: Allo's generated code, with its types), dsl.npy (what
allo/dsl.py's numpy model computes, for calls outside a kernel) and cases.json.

Where the generated code and the numpy model differ, `kernel` follows the generated code:
the result has the first operand's element type (an int8 linear wraps in int8), and maxpool
starts from a zero-filled result.

    python3 scripts/tensor-ops-fixtures.py
"""
import json
import os

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "tensor-ops")
rng = np.random.default_rng(12)
cases = []

ALLO = {"float32": "float32", "int8": "int8", "int32": "int32"}


def f32(*shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def ints(lo, hi, *shape, dtype=np.int32):
    return rng.integers(lo, hi, size=shape).astype(dtype)


def wrap(x, dtype):
    """Integers wrapped to `dtype` (two's complement), as the generated code's arithmetic does."""
    bits = np.dtype(dtype).itemsize * 8
    x = np.asarray(x, dtype=np.int64) & ((1 << bits) - 1)
    return np.where(x >= 1 << (bits - 1), x - (1 << bits), x).astype(dtype)


def ann(a):
    return f"{ALLO[str(a.dtype)]}[{', '.join(map(str, a.shape))}]"


def case(name, call, inputs, kernel, dsl=None, rtol=0.0, atol=0.0):
    """`call`: the op call (the kernel returns it); `kernel`/`dsl`: references (dsl defaults to kernel)."""
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    for arg, a in inputs.items():
        np.save(os.path.join(d, f"{arg}.npy"), a)
    np.save(os.path.join(d, "kernel.npy"), kernel)
    np.save(os.path.join(d, "dsl.npy"), kernel if dsl is None else dsl)
    params = ", ".join(f"{arg}: {ann(a)}" for arg, a in inputs.items())
    src = (
        "import allo\n"
        "from allo.ir.types import float32, int8, int32\n\n\n"
        f"def top({params}) -> {ann(kernel)}:\n"
        f"    return {call}\n\n\n"
        "s = allo.customize(top)\n"
    )
    cases.append({"name": name, "call": call, "design": src, "inputs": list(inputs), "rtol": rtol, "atol": atol})


F = {"rtol": 1e-5, "atol": 1e-6}

# ---- matmul / bmm
A, B = ints(-(1 << 20), 1 << 20, 4, 5), ints(-(1 << 20), 1 << 20, 5, 3)
case("matmul_int32_wraps", "allo.matmul(A, B)", {"A": A, "B": B},
     wrap(A.astype(np.int64) @ B.astype(np.int64), np.int32),
     dsl=A @ B)
A, B = f32(6, 7), f32(7, 5)
case("matmul_f32", "allo.matmul(A, B)", {"A": A, "B": B}, A @ B, **F)
A, B = ints(-9, 9, 2, 3, 4, 5), ints(-9, 9, 2, 3, 5, 2)
case("matmul_4d", "allo.matmul(A, B)", {"A": A, "B": B}, A @ B)
A, B = f32(3, 4, 5), f32(5, 2)
case("matmul_batch_broadcast", "allo.matmul(A, B)", {"A": A, "B": B}, A @ B, **F)
A, B = f32(2, 3, 4), f32(2, 4, 5)
case("bmm_f32", "allo.bmm(A, B)", {"A": A, "B": B}, np.einsum("ijk,ikn->ijn", A, B), **F)

# ---- linear: X @ W.T + b, W is [out, in]
X, W, b = f32(4, 6), f32(3, 6), f32(3)
case("linear_bias", "allo.linear(X, W, b)", {"X": X, "W": W, "b": b}, X @ W.T + b, **F)
X, W = ints(-50, 50, 2, 3, 6), ints(-50, 50, 4, 6)
case("linear_3d_no_bias", "allo.linear(X, W)", {"X": X, "W": W}, X @ W.T)
X, W, b = ints(-128, 128, 3, 8, dtype=np.int8), ints(-128, 128, 5, 8, dtype=np.int8), ints(-128, 128, 5, dtype=np.int8)
case("linear_int8_wraps", "allo.linear(X, W, b)", {"X": X, "W": W, "b": b},
     wrap(X.astype(np.int64) @ W.T.astype(np.int64) + b, np.int8),
     dsl=X @ W.T + b)


# ---- convolution and pooling (NCHW, FCHW, stride 1, no padding)
def windows(x, kh, kw):
    n, c, h, w = x.shape
    return np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))  # [n, c, oh, ow, kh, kw]


I, K = ints(-20, 20, 2, 2, 6, 5), ints(-5, 5, 3, 2, 3, 2)
case("conv2d_int32", "allo.conv2d(I, K)", {"I": I, "K": K}, np.einsum("fcij,nchwij->nfhw", K, windows(I, 3, 2)))
I, K = f32(1, 3, 7, 7), f32(2, 3, 3, 3)
case("conv2d_f32", "allo.conv2d(I, K)", {"I": I, "K": K}, np.einsum("fcij,nchwij->nfhw", K, windows(I, 3, 3)), **F)
I, Wn = ints(-1000, 1000, 1, 2, 6, 6), np.zeros((2, 3), np.int32)
mx = windows(I, 2, 3).max(axis=(4, 5))
case("maxpool_int32_zero_init", "allo.maxpool(I, Wn)", {"I": I, "Wn": Wn}, np.maximum(mx, 0).astype(np.int32), dsl=mx)
I, Wn = f32(1, 1, 5, 5) + 4.0, np.zeros((3, 3), np.float32)
case("maxpool_f32", "allo.maxpool(I, Wn)", {"I": I, "Wn": Wn}, np.maximum(windows(I, 3, 3).max(axis=(4, 5)), 0))
I, Wn = ints(-100, 100, 2, 1, 5, 4), np.zeros((2, 2), np.int32)
sp = windows(I, 2, 2).sum(axis=(4, 5))
case("sumpool_int32", "allo.sumpool(I, Wn)", {"I": I, "Wn": Wn}, sp.astype(np.int32), dsl=sp)


# ---- row-wise templates (float32; references in float64)
def softmax(x):
    x = x.astype(np.float64)
    e = np.exp(x - x.max(-1, keepdims=True))
    return (e / e.sum(-1, keepdims=True)).astype(np.float32)


def gelu(x, c):
    x = x.astype(np.float64)
    return (0.5 * x * (1 + np.tanh(c * (x + 0.044715 * x**3)))).astype(np.float32)


def layernorm(x, g, b, eps=1e-5):
    x = x.astype(np.float64)
    m = x.mean(-1, keepdims=True)
    v = x.var(-1, keepdims=True)
    return (g * (x - m) / np.sqrt(v + eps) + b).astype(np.float32)


X = f32(2, 3, 8, scale=3.0)
case("softmax_3d", "allo.softmax(X)", {"X": X}, softmax(X), **F)
X = f32(7, scale=3.0)
case("softmax_1d", "allo.softmax(X)", {"X": X}, softmax(X), **F)
X = f32(4, 8, scale=2.0)
# the generated code uses the template's 0.797885; the numpy model sqrt(2 / pi)
case("gelu", "allo.gelu(X)", {"X": X}, gelu(X, 0.797885), dsl=gelu(X, np.sqrt(2 / np.pi)), **F)
X, g, b = f32(3, 16, scale=2.0) + 1.0, f32(16), f32(16)
case("layernorm_2d", "allo.layernorm(X, g, b)", {"X": X, "g": g, "b": b}, layernorm(X, g, b), rtol=1e-4, atol=1e-5)
X, g, b = f32(2, 3, 16), f32(16), f32(16)
case("layernorm_3d", "allo.layernorm(X, g, b)", {"X": X, "g": g, "b": b}, layernorm(X, g, b), rtol=1e-4, atol=1e-5)

# ---- shapes and constants
X = f32(5, 7)
case("tril_f32", "allo.tril(X)", {"X": X}, np.tril(X))
X = ints(-9, 9, 2, 4, 4)
case("tril_3d_int32", "allo.tril(X)", {"X": X}, np.tril(X))
X = ints(-9, 9, 2, 3, 4)
case("view", "allo.view(X, (4, 6))", {"X": X}, X.reshape(4, 6))
A, B = ints(-9, 9, 3, 2, 5, 6), ints(-9, 9, 3, 2, 4, 6)
case("concat_axis2", "allo.concat(A, B, axis=2)", {"A": A, "B": B}, np.concatenate((A, B), axis=2))
A, B = f32(2, 3), f32(2, 4)
case("concat_last_axis", "allo.concat(A, B, axis=-1)", {"A": A, "B": B}, np.concatenate((A, B), axis=-1))
X = f32(3, 4)
case("ones_plus", "allo.ones((3, 4), dtype=float) + X", {"X": X}, (X + np.float32(1)).astype(np.float32), dsl=np.ones((3, 4), dtype=float) + X)
X = ints(-9, 9, 2, 5)
case("zeros_minus", "allo.zeros((2, 5), dtype=int) - X", {"X": X}, (-X).astype(np.int32), dsl=np.zeros((2, 5), int) - X)

if __name__ == "__main__":
    with open(os.path.join(ROOT, "cases.json"), "w") as f:
        json.dump(cases, f, indent=1)
    print(f"{len(cases)} cases written to {os.path.relpath(ROOT)}")
