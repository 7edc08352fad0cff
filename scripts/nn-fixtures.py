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

NP_TO_ALLO = {"bool": "bool", "float32": "float32", "int8": "int8", "int32": "int32", "int16": "int16", "int64": "int64"}


def f32(*shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def ints(lo, hi, *shape, dtype=np.int8):
    return rng.integers(lo, hi, size=shape).astype(dtype)


def case(name, call, inputs, out, schedule=None, exact=False, header="", types=None):
    """`call` is the operator call in the top's body; `inputs` name → array; `out` the reference."""
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    params = []
    for arg, a in inputs.items():
        np.save(os.path.join(d, f"{arg}.npy"), a)
        t = (types or {}).get(arg, NP_TO_ALLO[str(a.dtype)])
        params.append(f"{arg}: {t}" + (f"[{', '.join(map(str, a.shape))}]" if a.ndim else ""))
    np.save(os.path.join(d, "return.npy"), out)
    rt = NP_TO_ALLO[str(out.dtype)]
    src = (
        "import allo\n"
        "from allo.ir.types import bool, float32, int4, int8, int16, int32\n"
        "from allo.library import nn\n"
        f"{header}\n\n"
        f"def top({', '.join(params)}) -> {rt}[{', '.join(map(str, out.shape))}]:\n"
        f"    return {call}\n\n\n"
        "s = allo.customize(top)\n"
    )
    if schedule:
        src += f"{schedule}\n"
    src += "mod = s.build()\n"
    cases.append({"name": name, "design": src, "inputs": list(inputs), "types": types or {}, "exact": exact})


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

# conv2d: 1×2×6×6 input, 3 output channels, 3×3 kernel, stride 1, padding 1
I, Wc, bc = f32(1, 2, 6, 6), f32(3, 2, 3, 3), f32(3)
Ip = np.pad(I.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)))
conv = np.zeros((1, 3, 6, 6))
for o in range(3):
    for y in range(6):
        for x in range(6):
            conv[0, o, y, x] = (Ip[0, :, y:y + 3, x:x + 3] * Wc[o]).sum() + bc[o]
case("conv2d", "nn.conv2d[float32, 1, 2, 3, 6, 6, 3, 3, 6, 6, 1, 1, 1, 1](X, K, b)", {"X": I, "K": Wc, "b": bc},
     conv.astype(np.float32), "s.compose(nn.conv2d, instantiate=[float32, 1, 2, 3, 6, 6, 3, 3, 6, 6, 1, 1, 1, 1])")
P = f32(1, 2, 4, 4)
case("maxpool2d", "nn.maxpool2d[float32, 1, 2, 4, 4, 2, 2, 2, 2, 0](X)", {"X": P}, P.reshape(1, 2, 2, 2, 2, 2).max(axis=(3, 5)))
case("avgpool2d", "nn.avgpool2d[float32, 1, 2, 4, 4, 2, 2, 2, 2, 0](X)", {"X": P},
     P.astype(np.float64).reshape(1, 2, 2, 2, 2, 2).mean(axis=(3, 5)).astype(np.float32))
C1, C2 = f32(2, 3, 4), f32(2, 1, 4)
case("concat", "nn.concat[float32, 2, 3, 1, 4](X1, X2)", {"X1": C1, "X2": C2}, np.concatenate([C1, C2], 1))

# ---- beyond Allo: what ONNX graphs need
MA, MB = f32(3, 5), f32(5, 4)
case("matmul", "nn.matmul[float32, float32, float32, 3, 5, 4](A, B)", {"A": MA, "B": MB},
     (MA.astype(np.float64) @ MB.astype(np.float64)).astype(np.float32), "s.compose(nn.matmul, instantiate=[float32, float32, float32, 3, 5, 4])")
BA, BB = f32(1, 2, 3, 4), f32(1, 2, 4, 3)
case("bmm4d", "nn.bmm4d[float32, 1, 2, 3, 4, 3, 1, 2, 1, 2](A, B)", {"A": BA, "B": BB},
     (BA.astype(np.float64) @ BB.astype(np.float64)).astype(np.float32))
EA, EB = f32(3, 4), f32(1, 4)
case("add2d_broadcast", "nn.add2d[float32, 3, 4, 3, 4, 1, 4](A, B)", {"A": EA, "B": EB}, EA + EB)
case("div2d_broadcast", "nn.div2d[float32, 3, 4, 3, 4, 1, 4](A, B)", {"A": EA, "B": EB + 3.0}, EA / (EB + 3.0))
case("pow2d", "nn.pow2d[float32, 3, 4, 3, 4, 1, 1](A, B)", {"A": np.abs(EA), "B": np.array([[2.0]], np.float32)},
     (np.abs(EA).astype(np.float64) ** 2).astype(np.float32))
U = f32(2, 3, 4, scale=1.5)
import math as _m
erf = np.vectorize(_m.erf)
case("erf3d", "nn.erf3d[float32, 2, 3, 4](X)", {"X": U}, erf(U.astype(np.float64)).astype(np.float32))
case("tanh3d", "nn.tanh3d[float32, 2, 3, 4](X)", {"X": U}, np.tanh(U.astype(np.float64)).astype(np.float32))
case("sigmoid3d", "nn.sigmoid3d[float32, 2, 3, 4](X)", {"X": U}, (1 / (1 + np.exp(-U.astype(np.float64)))).astype(np.float32))
case("sqrt3d", "nn.sqrt3d[float32, 2, 3, 4](X)", {"X": np.abs(U)}, np.sqrt(np.abs(U).astype(np.float64)).astype(np.float32))
case("reshape3d_2d", "nn.reshape3d_2d[float32, 2, 3, 4, 4, 6](X)", {"X": U}, U.reshape(4, 6))
T4 = f32(1, 3, 2, 4)
case("transpose4d_0213", "nn.transpose4d_0213[float32, 1, 3, 2, 4](X)", {"X": T4}, T4.transpose(0, 2, 1, 3).copy())
case("transpose2d_10", "nn.transpose2d_10[float32, 3, 4](X)", {"X": EA}, EA.T.copy())
mask = np.tril(np.ones((1, 1, 3, 3), bool))
WS, WF = f32(1, 2, 3, 3), np.array([[[[-1e4]]]], np.float32)
case("where4d", "nn.where4d[float32, 1, 2, 3, 3, 1, 1, 3, 3, 1, 2, 3, 3, 1, 1, 1, 1](C, A, B)", {"C": mask, "A": WS, "B": WF}, np.where(mask, WS, WF))
SM = f32(3, 5, scale=2.0)
case("softmax2d", "nn.softmax2d[float32, 3, 5](X)", {"X": SM}, ref_softmax(SM))
case("reduce_mean2d", "nn.reduce_mean2d[float32, 3, 5](X)", {"X": SM}, SM.astype(np.float64).mean(1, keepdims=True).astype(np.float32))
LG, LB = f32(5), f32(5)
case("layer_norm_eps", "nn.layer_norm_eps[float32, 3, 5](X, g, b, 0.001)", {"X": SM, "g": LG, "b": LB}, ref_layer_norm(SM, LG, LB, 1e-3))
SL = f32(2, 6, 3)
case("slice3d", "nn.slice3d[float32, 2, 6, 3, 1, 4](X)", {"X": SL}, SL[:, 1:5, :].copy())
ids, table = np.array([3, 0, 7], np.int32), f32(8, 4)
case("embedding", "nn.embedding[int32, float32, 8, 4, 3](ids, T)", {"ids": ids, "T": table}, table[ids])
QX = f32(10, scale=3.0)
QX[:4] = [0.25, 0.75, -0.25, -1.25]  # halves, to check rounding half to even at scale 0.5
q = np.clip(np.round(QX.astype(np.float64) / 0.5) + 3, -128, 127).astype(np.int8)
case("quantize_linear", "nn.quantize_linear[float32, int8, 10, -128, 127](X, 0.5, 3)", {"X": QX}, q, exact=True)
case("dequantize_linear", "nn.dequantize_linear[int8, float32, 10](X, 0.5, 3)", {"X": q}, ((q.astype(np.float32) - 3) * 0.5).astype(np.float32))
IA, IB = ints(-128, 128, 3, 6), ints(-8, 8, 6, 4)
case("matmul_integer_int4", "nn.matmul_integer[int8, int4, 3, 6, 4](A, B, 2, 0)", {"A": IA, "B": IB},
     ((IA.astype(np.int32) - 2) @ IB.astype(np.int32)).astype(np.int32), exact=True, types={"B": "int4"})
QW, Qb = ints(-8, 8, 5, 6), ints(-300, 300, 5, dtype=np.int32)
acc = IA.astype(np.int64) @ QW.T.astype(np.int64) + Qb
case("qlinear2d_w4a8", "nn.qlinear2d[int8, int4, int8, 3, 5, 6](X, W, b, 0.0125, -1)", {"X": IA, "W": QW, "b": Qb},
     np.clip(np.round((acc.astype(np.float32) * np.float32(0.0125)).astype(np.float64)) - 1, -128, 127).astype(np.int8),
     "s.compose(nn.qlinear2d, instantiate=[int8, int4, int8, 3, 5, 6])", exact=True, types={"W": "int4"})
case("cast2d", "nn.cast2d[float32, int32, 3, 4](X)", {"X": EA * 10}, np.trunc(EA * 10).astype(np.int32), exact=True)

if __name__ == "__main__":
    with open(os.path.join(ROOT, "cases.json"), "w") as f:
        json.dump(cases, f, indent=1)
    print(f"{len(cases)} cases written to {os.path.relpath(ROOT)}")
