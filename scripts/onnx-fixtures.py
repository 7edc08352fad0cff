#!/usr/bin/env python3
"""ONNX models and their reference outputs for test/onnx-import.test.ts, made with torch (Debian's
python3-torch 1.13 / python3-onnx 1.12: onnx 1.12 has no reference evaluator, so torch's own
forward pass, or numpy for hand-built integer graphs, is the reference). Run once:

    /usr/bin/python3 scripts/onnx-fixtures.py

Writes test/fixtures/onnx/<model>.onnx, <model>.<input>.npy and <model>.out.npy (the first output).

    /usr/bin/python3 scripts/onnx-fixtures.py --gpt2-block PATH.onnx

writes only the full-size GPT-2 block (768 wide, 12 heads, 64 tokens; 28 MB, not committed) that
bench/onnx-import.ts measures when BENCH_ONNX=PATH.onnx.
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
import torch
import torch.nn as nn
import torch.nn.functional as F

import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "onnx")
os.makedirs(OUT, exist_ok=True)
torch.manual_seed(15)


def export(name, model, inputs, opset, input_names):
    model.eval()
    path = os.path.join(OUT, f"{name}.onnx")
    with torch.no_grad():
        out = model(*inputs)
        torch.onnx.export(model, tuple(inputs), path, opset_version=opset, input_names=input_names,
                          output_names=["out"], do_constant_folding=True)
    for n, x in zip(input_names, inputs):
        np.save(os.path.join(OUT, f"{name}.{n}.npy"), x.numpy())
    np.save(os.path.join(OUT, f"{name}.out.npy"), out.numpy())
    ops = sorted({n.op_type for n in onnx.load(path).graph.node})
    print(f"{name}: opset {opset}, {os.path.getsize(path)} bytes, ops {ops}")


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 16)
        self.fc2 = nn.Linear(16, 4)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(4, 4, 3, stride=1, padding=0)
        self.avg = nn.AvgPool2d(2)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))       # [1, 4, 4, 4]
        x = self.avg(torch.sigmoid(self.conv2(x)))  # [1, 4, 1, 1]
        return self.fc(torch.flatten(x, 1))


class Block(nn.Module):
    """A GPT-2 style block with fixed sizes (T tokens, D model width, H heads), causal mask."""

    def __init__(self, T=4, D=16, H=2):
        super().__init__()
        self.T, self.D, self.H = T, D, H
        self.ln1 = nn.LayerNorm(D)
        self.qkv = nn.Linear(D, 3 * D)
        self.proj = nn.Linear(D, D)
        self.ln2 = nn.LayerNorm(D)
        self.fc = nn.Linear(D, 4 * D)
        self.out = nn.Linear(4 * D, D)
        self.register_buffer("mask", torch.tril(torch.ones(T, T)).view(1, 1, T, T))

    def forward(self, x):
        T, D, H = self.T, self.D, self.H
        q, k, v = self.qkv(self.ln1(x)).split(D, dim=2)
        q = q.view(1, T, H, D // H).transpose(1, 2)
        k = k.view(1, T, H, D // H).transpose(1, 2)
        v = v.view(1, T, H, D // H).transpose(1, 2)
        att = torch.matmul(q, k.transpose(-2, -1)) / (D // H) ** 0.5
        att = att.masked_fill(self.mask == 0, -1e4)
        att = F.softmax(att, dim=-1)
        y = torch.matmul(att, v).transpose(1, 2).reshape(1, T, D)
        x = x + self.proj(y)
        return x + self.out(F.gelu(self.fc(self.ln2(x))))


if len(sys.argv) == 3 and sys.argv[1] == "--gpt2-block":
    big = Block(T=64, D=768, H=12).eval()
    with torch.no_grad():
        torch.onnx.export(big, (torch.randn(1, 64, 768),), sys.argv[2], opset_version=17, input_names=["x"],
                          output_names=["out"], do_constant_folding=True)
    print(f"{sys.argv[2]}: {os.path.getsize(sys.argv[2])} bytes")
    sys.exit(0)


class Stack(nn.Module):
    """Twelve identical GPT-2 style blocks (4 tokens, 8 wide, 2 heads): the studio folds them into one ×12."""

    def __init__(self, layers=12):
        super().__init__()
        self.blocks = nn.ModuleList([Block(T=4, D=8, H=2) for _ in range(layers)])

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return x


class Embed(nn.Module):
    """Embedding (Gather), tanh, pow, sqrt, sub, div, slice and concat."""

    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 8)
        self.fc = nn.Linear(8, 8)

    def forward(self, ids):
        e = self.emb(ids)                   # [4, 8]
        h = torch.tanh(self.fc(e))
        n = torch.sqrt(torch.pow(h, 2.0) + 1.0)
        a = (h - 0.5) / n
        return torch.cat([a[:, 4:], a[:, :4] * 2.0], dim=1)


export("mlp", MLP(), [torch.randn(2, 8)], 13, ["x"])
export("cnn", CNN(), [torch.randn(1, 1, 8, 8)], 13, ["input.1"])
export("block", Block(), [torch.randn(1, 4, 16)], 13, ["x"])
export("block17", Block(), [torch.randn(1, 4, 16)], 17, ["x"])
export("embed", Embed(), [torch.tensor([1, 7, 3, 9])], 13, ["ids"])

# A dynamically quantized linear, as onnxruntime's quantizer writes it (torch 1.13 cannot export
# quantize_dynamic's packed linear): x → QuantizeLinear(int8) → MatMulInteger with int8 weights
# (int4 values) → int32 → Cast → × (sx·sw) + b. Reference in numpy, integer steps exact.
rng = np.random.default_rng(15)
x = rng.standard_normal((2, 8)).astype(np.float32)
w = rng.integers(-8, 8, size=(8, 4)).astype(np.int8)  # int4 range
b = rng.standard_normal(4).astype(np.float32)
sx, sw = np.float32(0.05), np.float32(0.02)
zx = np.int8(3)


def quant_graph(name, float_out):
    nodes = [
        helper.make_node("QuantizeLinear", ["x", "sx", "zx"], ["xq"], name="quant_x"),
        helper.make_node("MatMulInteger", ["xq", "w", "zx", "zw"], ["acc"], name="mm"),
    ]
    if float_out:
        nodes += [
            helper.make_node("Cast", ["acc"], ["accf"], to=TensorProto.FLOAT, name="cast"),
            helper.make_node("Mul", ["accf", "scale"], ["scaled"], name="rescale"),
            helper.make_node("Add", ["scaled", "b"], ["out"], name="bias"),
        ]
    else:
        nodes[-1].output[0] = "out"
    inits = [numpy_helper.from_array(a, n) for n, a in [
        ("sx", np.array(sx)), ("zx", np.array(zx)), ("w", w), ("zw", np.array(np.int8(0))),
        ("scale", np.array(sx * sw, dtype=np.float32)), ("b", b)]]
    out_t = TensorProto.FLOAT if float_out else TensorProto.INT32
    g = helper.make_graph(nodes, name, [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 8])],
                          [helper.make_tensor_value_info("out", out_t, [2, 4])], inits)
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])
    onnx.checker.check_model(m)
    onnx.save(m, os.path.join(OUT, f"{name}.onnx"))
    xq = np.clip(np.round(x / sx) + zx, -128, 127).astype(np.int32)  # np.round: half to even, as ONNX
    acc = (xq - int(zx)) @ w.astype(np.int32)
    out = (acc.astype(np.float32) * np.float32(sx * sw) + b).astype(np.float32) if float_out else acc.astype(np.int32)
    np.save(os.path.join(OUT, f"{name}.x.npy"), x)
    np.save(os.path.join(OUT, f"{name}.out.npy"), out)
    print(f"{name}: hand-built, ops {[n.op_type for n in nodes]}")


quant_graph("qlinear", True)
quant_graph("qmatmul_int", False)


# Later-opset forms (opset 13+ moved attributes to inputs; Softmax's default axis changed at 13).
# Hand-built graphs with numpy references written from the ONNX operator specification (onnx 1.12
# has no reference evaluator), and one torch export whose forward pass is the reference.
def softmax_np(a, axis):
    e = np.exp(a - a.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def hand_graph(name, opset, nodes, inputs, output, inits, ref, check=True):
    """inputs: [(name, array)]; output: (name, shape, elem type); ref: the expected first output."""
    g = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info(n, onnx.mapping.NP_TYPE_TO_TENSOR_TYPE[a.dtype], list(a.shape)) for n, a in inputs],
        [helper.make_tensor_value_info(output[0], output[2], list(output[1]))],
        [numpy_helper.from_array(a, n) for n, a in inits])
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])
    if check:  # onnx 1.12 knows opsets up to 17
        onnx.checker.check_model(m, full_check=True)
    onnx.save(m, os.path.join(OUT, f"{name}.onnx"))
    for n, a in inputs:
        np.save(os.path.join(OUT, f"{name}.{n}.npy"), a)
    np.save(os.path.join(OUT, f"{name}.out.npy"), ref)
    print(f"{name}: hand-built, opset {opset}, ops {[n.op_type for n in nodes]}")


i64 = lambda *v: np.array(v, dtype=np.int64)
f32 = lambda v: np.array(v, dtype=np.float32)
x13 = rng.standard_normal((2, 3, 4)).astype(np.float32)
w13 = rng.standard_normal((12, 5)).astype(np.float32)

# opset 13: axes, split sizes and clip bounds as input tensors; Softmax along the last axis by default;
# Reshape with 0 (copy the dimension) and -1 (infer it); Gemm without C.
u = x13[None]
sq = u[0]
sa, sb = sq[:, :, :1], sq[:, :, 1:]
summed = sb.sum(axis=2, keepdims=True)
clipped = np.clip(x13, -0.5, 0.75)
y13 = (softmax_np(clipped, -1) * (sa + summed)).reshape(2, 12) @ w13
hand_graph("forms13", 13, [
    helper.make_node("Unsqueeze", ["x", "ax0"], ["u"], name="unsqueeze"),
    helper.make_node("Squeeze", ["u", "ax0"], ["sq"], name="squeeze"),
    helper.make_node("Split", ["sq", "split_sizes"], ["sa", "sb"], axis=2, name="split"),
    helper.make_node("ReduceSum", ["sb", "ax2"], ["summed"], keepdims=1, name="reduce_sum"),
    helper.make_node("Add", ["sa", "summed"], ["added"], name="add"),
    helper.make_node("Clip", ["x", "lo", "hi"], ["clipped"], name="clip"),
    helper.make_node("Softmax", ["clipped"], ["sm"], name="softmax"),
    helper.make_node("Mul", ["sm", "added"], ["prod"], name="mul"),
    helper.make_node("Reshape", ["prod", "shape"], ["flat"], name="reshape"),
    helper.make_node("Gemm", ["flat", "w"], ["out"], name="gemm_no_c"),
], [("x", x13)], ("out", (2, 5), TensorProto.FLOAT),
    [("ax0", i64(0)), ("ax2", i64(2)), ("split_sizes", i64(1, 3)), ("lo", f32(-0.5)), ("hi", f32(0.75)),
     ("shape", i64(0, -1)), ("w", w13)], y13.astype(np.float32))

# opset 11: Softmax's default axis is 1 and flattens [1:] into one row; Squeeze/Unsqueeze axes and
# ReduceSum axes are attributes; Clip with only its max given (min left empty); ReduceSum over two
# trailing axes without keepdims; Reshape with -1 first.
sm11 = softmax_np(x13.reshape(2, 12), 1).reshape(2, 3, 4)
c11 = np.minimum(sm11, np.float32(0.2))
s11 = c11.sum(axis=(1, 2))  # [2]
hand_graph("forms11", 11, [
    helper.make_node("Softmax", ["x"], ["sm"], name="softmax_axis1"),
    helper.make_node("Clip", ["sm", "", "hi"], ["c"], name="clip_max_only"),
    helper.make_node("ReduceSum", ["c"], ["s"], axes=[-2, -1], keepdims=0, name="reduce_sum2"),
    helper.make_node("Unsqueeze", ["s"], ["s1"], axes=[1], name="unsqueeze"),
    helper.make_node("Reshape", ["c", "shape"], ["c2"], name="reshape"),
    helper.make_node("Unsqueeze", ["s1"], ["s2"], axes=[2], name="unsqueeze2"),
    helper.make_node("Unsqueeze", ["s2"], ["s3"], axes=[0], name="unsqueeze3"),
    helper.make_node("Squeeze", ["s3"], ["s4"], axes=[0], name="squeeze"),
    helper.make_node("Reshape", ["c2", "shape3"], ["c3"], name="reshape3"),
    helper.make_node("Mul", ["c3", "s4"], ["m"], name="mul"),
    helper.make_node("Reshape", ["m", "shape_out"], ["out"], name="reshape_out"),
], [("x", x13)], ("out", (1, 6, 4), TensorProto.FLOAT),
    [("hi", f32(0.2)), ("shape", i64(-1, 4)), ("shape3", i64(2, 3, 4)), ("shape_out", i64(1, -1, 4))],
    (c11 * s11[:, None, None]).reshape(1, 6, 4).astype(np.float32))

# opset 18: ReduceMean's axes as an input, Split into num_outputs equal parts with no sizes given.
m18 = x13.mean(axis=-1, keepdims=True)  # [2, 3, 1]
p, q = x13[:, :, :2], x13[:, :, 2:]
hand_graph("forms18", 18, [
    helper.make_node("ReduceMean", ["x", "axm"], ["mean"], keepdims=1, name="reduce_mean"),
    helper.make_node("Split", ["x"], ["p", "q"], axis=-1, num_outputs=2, name="split_even"),
    helper.make_node("Sub", ["p", "q"], ["d"], name="sub"),
    helper.make_node("Mul", ["d", "mean"], ["out"], name="mul"),
], [("x", x13)], ("out", (2, 3, 2), TensorProto.FLOAT), [("axm", i64(-1))],
    ((p - q) * m18).astype(np.float32), check=False)

# Integer Clip (exact): int32 values clamped by int32 bounds given as inputs.
xi = rng.integers(-50, 50, size=(3, 4)).astype(np.int32)
hand_graph("clip_int", 13, [helper.make_node("Clip", ["x", "lo", "hi"], ["out"], name="clip")],
           [("x", xi)], ("out", (3, 4), TensorProto.INT32),
           [("lo", np.array(-20, dtype=np.int32)), ("hi", np.array(30, dtype=np.int32))], np.clip(xi, -20, 30))


class Forms(nn.Module):
    """What torch 1.13 writes for squeeze/unsqueeze, clamp, sum/mean over a dim, softmax and view(-1)."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):                          # [2, 3, 4]
        h = torch.clamp(self.fc(x), -1.0, 1.0)
        s = h.sum(dim=-1, keepdim=True)             # ReduceSum, axes input at 13
        m = h.mean(dim=-1)                          # ReduceMean
        u = m.unsqueeze(-1)
        a = F.softmax(h * s, dim=-1) + u
        return a.view(2, -1).unsqueeze(0).squeeze(0)


export("forms_torch13", Forms(), [torch.randn(2, 3, 4)], 13, ["x"])
export("forms_torch17", Forms(), [torch.randn(2, 3, 4)], 17, ["x"])
export("stack12", Stack(), [torch.randn(1, 4, 8)], 17, ["x"])


# Softmax along an axis other than the last, and reductions over axes that are not trailing (any
# subset, kept or dropped). numpy references from the operator specification (see above).
xa = rng.standard_normal((2, 3, 4)).astype(np.float32)
sm_a1 = softmax_np(xa, 1)
sm_a0 = softmax_np(xa, 0)
rs02 = xa.sum(axis=(0, 2), keepdims=True)   # [1, 3, 1]
rs0 = xa.sum(axis=0)                        # [3, 4]
rm1 = xa.mean(axis=1, keepdims=True)        # [2, 1, 4]
rx1 = xa.max(axis=1)                        # [2, 4]
rn0 = xa.min(axis=(0, 1), keepdims=True)    # [1, 1, 4]
hand_graph("axes13", 13, [
    helper.make_node("Softmax", ["x"], ["sm1"], axis=1, name="softmax_axis1"),
    helper.make_node("Softmax", ["x"], ["sm0"], axis=-3, name="softmax_axis0"),
    helper.make_node("ReduceSum", ["x", "ax02"], ["rs02"], keepdims=1, name="sum_0_2"),
    helper.make_node("ReduceSum", ["x", "ax0"], ["rs0"], keepdims=0, name="sum_0"),
    helper.make_node("ReduceMean", ["x"], ["rm1"], axes=[1], keepdims=1, name="mean_1"),
    helper.make_node("ReduceMax", ["x"], ["rx1"], axes=[-2], keepdims=0, name="max_1"),
    helper.make_node("ReduceMin", ["x"], ["rn0"], axes=[0, 1], keepdims=1, name="min_0_1"),
    helper.make_node("Unsqueeze", ["rx1", "ax1"], ["rx1u"], name="unsqueeze"),
    helper.make_node("Mul", ["sm1", "rs02"], ["a"], name="mul"),
    helper.make_node("Add", ["a", "rs0"], ["b"], name="add_rs0"),
    helper.make_node("Add", ["b", "rm1"], ["c"], name="add_rm1"),
    helper.make_node("Add", ["c", "sm0"], ["d"], name="add_sm0"),
    helper.make_node("Mul", ["rx1u", "rn0"], ["e"], name="mul_extremes"),
    helper.make_node("Add", ["d", "e"], ["out"], name="add_extremes"),
], [("x", xa)], ("out", (2, 3, 4), TensorProto.FLOAT),
    [("ax02", i64(0, 2)), ("ax0", i64(0)), ("ax1", i64(1))],
    (sm_a1 * rs02 + rs0 + rm1 + sm_a0 + rx1[:, None, :] * rn0).astype(np.float32))

# opset 18 on a rank-4 tensor: ReduceMean's axes [1, 3] as an input (two runs of reduced axes, so a
# 4-D transpose), ReduceMax over the first axis, Softmax along axis 2.
x4 = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
hand_graph("axes18", 18, [
    helper.make_node("ReduceMean", ["x", "ax13"], ["m"], keepdims=1, name="mean_1_3"),
    helper.make_node("ReduceMax", ["x", "ax0"], ["mx"], keepdims=1, name="max_0"),
    helper.make_node("Softmax", ["x"], ["sm"], axis=2, name="softmax_axis2"),
    helper.make_node("Mul", ["sm", "m"], ["a"], name="mul"),
    helper.make_node("Add", ["a", "mx"], ["out"], name="add"),
], [("x", x4)], ("out", (2, 3, 4, 5), TensorProto.FLOAT), [("ax13", i64(1, 3)), ("ax0", i64(0))],
    (softmax_np(x4, 2) * x4.mean(axis=(1, 3), keepdims=True) + x4.max(axis=0, keepdims=True)).astype(np.float32),
    check=False)


class Dims(nn.Module):
    """What torch 1.13 writes for softmax over dim 1 and sum/mean/amax over leading dims."""

    def forward(self, x):                          # [2, 3, 4]
        a = F.softmax(x, dim=1)
        s = x.sum(dim=(0, 2), keepdim=True)         # [1, 3, 1]
        m = x.mean(dim=1)                           # [2, 4]
        mx = torch.amax(x, dim=0)                   # [3, 4]
        return a * s + m.unsqueeze(1) + mx


export("dims_torch17", Dims(), [torch.randn(2, 3, 4)], 17, ["x"])


class Norm2(nn.Module):
    """torch 1.13 at opset 17 writes LayerNorm((3, 4)) as one LayerNormalization with axis -2."""

    def __init__(self):
        super().__init__()
        self.ln = nn.LayerNorm((3, 4))
        with torch.no_grad():
            self.ln.weight.copy_(torch.randn(3, 4))
            self.ln.bias.copy_(torch.randn(3, 4))

    def forward(self, x):                          # [2, 3, 4]
        return self.ln(x * 2.0)


export("layernorm2_torch17", Norm2(), [torch.randn(2, 3, 4)], 17, ["x"])
