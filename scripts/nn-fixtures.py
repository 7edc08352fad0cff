#!/usr/bin/env python3
"""Reference outputs of the NN library's operators, computed with numpy (independently of the
simulator), for test/library.test.ts. Run once with numpy installed; the test machines need no
Python. Writes test/fixtures/nn/<case>/<arg>.npy, return.npy and test/fixtures/nn/cases.json
(each case: the design file that calls the operator, the tolerance and the inputs in order).

    python3 scripts/nn-fixtures.py
"""
import json
import math
import os

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "nn")
rng = np.random.default_rng(15)
cases = []

NP_TO_ALLO = {"float32": "float32", "int8": "int8", "int32": "int32", "int16": "int16", "int64": "int64"}


def f32(*shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def ints(lo, hi, *shape, dtype=np.int8):
    return rng.integers(lo, hi, size=shape).astype(dtype)


def case(name, call, inputs, out, schedule=None, exact=False, header=""):
    """`call` is the operator call in the top's body; `inputs` name → array; `out` the reference."""
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    params = []
    for arg, a in inputs.items():
        np.save(os.path.join(d, f"{arg}.npy"), a)
        t = NP_TO_ALLO[str(a.dtype)]
        params.append(f"{arg}: {t}" + (f"[{', '.join(map(str, a.shape))}]" if a.ndim else ""))
    np.save(os.path.join(d, "return.npy"), out)
    rt = NP_TO_ALLO[str(out.dtype)]
    src = (
        "import allo\n"
        "from allo.ir.types import float32, int4, int8, int16, int32\n"
        "from allo.library import nn\n"
        f"{header}\n\n"
        f"def top({', '.join(params)}) -> {rt}[{', '.join(map(str, out.shape))}]:\n"
        f"    return {call}\n\n\n"
        "s = allo.customize(top)\n"
    )
    if schedule:
        src += f"{schedule}\n"
    src += "mod = s.build()\n"
    cases.append({"name": name, "design": src, "inputs": list(inputs), "exact": exact})


def ref_layer_norm(x, g, b, eps=1e-5):
    x = x.astype(np.float64)
    m = x.mean(-1, keepdims=True)
    v = x.var(-1, keepdims=True)
    return ((x - m) / np.sqrt(v + eps) * g + b).astype(np.float32)


def ref_softmax(x, axis=-1):
    x = x.astype(np.float64)
    e = np.exp(x - x.max(axis, keepdims=True))
    return (e / e.sum(axis, keepdims=True)).astype(np.float32)


def ref_gelu_tanh(x):
    x = x.astype(np.float64)
    return (0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))).astype(np.float32)


# ---- Allo's operators (allo/library/nn.py)
X, W, b = f32(4, 8), f32(6, 8), f32(6)
case("linear2d", "nn.linear2d[float32, float32, float32, 4, 6, 8](X, W, b)", {"X": X, "W": W, "b": b},
     (X.astype(np.float64) @ W.T.astype(np.float64) + b).astype(np.float32),
     "s.compose(nn.linear2d, instantiate=[float32, float32, float32, 4, 6, 8])")
X3, W3, b3 = f32(2, 3, 8), f32(5, 8), f32(5)
case("linear3d", "nn.linear3d[float32, float32, float32, 2, 3, 8, 5](X, W, b)", {"X": X3, "W": W3, "b": b3},
     (X3.astype(np.float64) @ W3.T.astype(np.float64) + b3).astype(np.float32),
     "s.compose(nn.linear3d, instantiate=[float32, float32, float32, 2, 3, 8, 5])")
R = f32(4, 6)
case("relu2d", "nn.relu2d[float32, 4, 6](X)", {"X": R}, np.maximum(R, 0), "s.compose(nn.relu2d, instantiate=[float32, 4, 6])")
R3 = f32(2, 3, 4)
case("relu3d", "nn.relu3d[float32, 2, 3, 4](X)", {"X": R3}, np.maximum(R3, 0))
R4 = f32(1, 2, 3, 4)
case("relu4d", "nn.relu4d[float32, 1, 2, 3, 4](X)", {"X": R4}, np.maximum(R4, 0))
S = f32(6, 6, scale=2.0)
case("softmax", "nn.softmax[float32, 6](X)", {"X": S}, ref_softmax(S), "s.compose(nn.softmax, instantiate=[float32, 6])")
LS = f32(3, 7, scale=2.0)
case("log_softmax", "nn.log_softmax[float32, 3, 7](X)", {"X": LS},
     np.log(ref_softmax(LS).astype(np.float64)).astype(np.float32), "s.compose(nn.log_softmax, instantiate=[float32, 3, 7])")
LN, g, be = f32(4, 16), f32(16), f32(16)
case("layer_norm", "nn.layer_norm[float32, 4, 16](X, g, be)", {"X": LN, "g": g, "be": be}, ref_layer_norm(LN, g, be),
     "s.compose(nn.layer_norm, instantiate=[float32, 4, 16])")
G = f32(4, 8, scale=2.0)
case("GeLU", "nn.GeLU[float32, 4, 8](X)", {"X": G}, ref_gelu_tanh(G), "s.compose(nn.GeLU, instantiate=[float32, 4, 8])")
A1, A2 = f32(4, 8), f32(4, 8)
case("residual_add", "nn.residual_add[float32, 4, 8](X1, X2)", {"X1": A1, "X2": A2}, A1 + A2)
Q, K, V = f32(8, 16), f32(8, 16), f32(8, 16)
heads = []
for h in range(2):
    sl = slice(h * 8, (h + 1) * 8)
    sc = Q[:, sl].astype(np.float64) @ K[:, sl].T.astype(np.float64)
    heads.append(ref_softmax(sc).astype(np.float64) @ V[:, sl].astype(np.float64))
case("scaled_dot_product_attention", "nn.scaled_dot_product_attention[float32, 2, 8, 16, 4, 4](Q, K, V)",
     {"Q": Q, "K": K, "V": V}, np.concatenate(heads, 1).astype(np.float32))

if __name__ == "__main__":
    with open(os.path.join(ROOT, "cases.json"), "w") as f:
        json.dump(cases, f, indent=1)
    print(f"{len(cases)} cases written to {os.path.relpath(ROOT)}")
