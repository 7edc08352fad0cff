# One GPT-2 transformer block with 4-bit weights and 8-bit activations (W4A8), built the Allo way:
# operator kernels written once, each scheduled on its own, composed into the block with s.compose.
# The block is gpt2.py's TransformerBlock (post-norm): QKV projection, causal multi-head attention,
# output projection, residual + LayerNorm, FFN (GELU), residual + LayerNorm.
# Quantization: activations int8 with scale 2^-4 (real = q / 16), weights int4 with scale 2^-3,
# int32 accumulation, requantized by an arithmetic shift and clamped to int8; softmax, LayerNorm and
# GELU run in float32 on dequantized values and quantize their outputs (attention probabilities to
# int8 with scale 2^-7). Sizes here are GPT-2's shape at 1/12 width so the gallery simulates fast;
# the README's U280 estimate sets L, D, H, F = 64, 768, 12, 3072 and U = 128 (bench/gpt2-w4a8.ts).

import math

import allo
import numpy as np
from allo.ir.types import int4, int8, int32, float32

L, D, H, F = 16, 64, 2, 256  # tokens, features, heads, FFN width
U = 32  # output features a linear layer computes per cycle (divides D, 3·D and F)
Dh = D // H
D3 = 3 * D
SQRT_DH = math.sqrt(Dh)  # scores are divided by √(head dimension), as gpt2.py's math.sqrt(head_dim)


P = 65521


def weights(n, k, lo, hi):
    # Deterministic stand-in weights, integers lo..hi from a quadratic hash mod the prime P (exact in
    # any language, so tests can rebuild them; periodic in P, so one period is computed and tiled).
    # A trained model's weights would be np.load-ed here.
    h = (np.arange(min(n, P)) * 7919 + k * 104729) % P
    w = ((h * h) % P % (hi - lo + 1) + lo).astype(np.int32)
    return np.tile(w, (n + P - 1) // P)[:n]


# int4 weights −1…1 (real ±0.125 at scale 2^-3) keep sums of 64–256 products in int8's range.
np_Wqkv = weights(D * D3, 1, -1, 1).reshape(D, D3)
np_Wo = weights(D * D, 2, -1, 1).reshape(D, D)
np_W1 = weights(D * F, 3, -1, 1).reshape(D, F)
np_W2 = weights(F * D, 4, -1, 1).reshape(F, D)
np_bqkv = weights(D3, 5, -8, 8)
np_bo = weights(D, 6, -8, 8)
np_bf1 = weights(F, 7, -8, 8)
np_bf2 = weights(D, 8, -8, 8)


def linear_w4a8[K, N, SH](X: int8[L, K], W: int4[K, N], b: int32[N]) -> int8[L, N]:
    Y: int8[L, N] = 0
    acc: int32[N] = 0
    for i in range(L):
        for j0 in range(N):
            acc[j0] = b[j0]
        for k in range(K):
            x: int8 = X[i, k]
            for j in range(N):
                acc[j] += x * W[k, j]
        for j1 in range(N):
            v: int32 = acc[j1] >> SH
            if v > 127:
                v = 127
            if v < -128:
                v = -128
            Y[i, j1] = v
    return Y


def attention(QKV: int8[L, D3]) -> int8[L, D]:
    O: int8[L, D] = 0
    p: float32[L] = 0.0
    pq: int8[L] = 0
    oacc: int32[Dh] = 0
    for h in range(H):
        for i in range(L):
            for j in range(L):
                acc: int32 = 0
                for d in range(Dh):
                    acc += QKV[i, h * Dh + d] * QKV[j, D + h * Dh + d]
                s: float32 = acc * 0.00390625 / SQRT_DH
                if j > i:
                    s = -1e30
                p[j] = s
            m: float32 = -1e30
            for j1 in range(L):
                if p[j1] > m:
                    m = p[j1]
            total: float32 = 0.0
            for j2 in range(L):
                e: float32 = allo.exp(p[j2] - m)
                p[j2] = e
                total += e
            for j3 in range(L):
                r: int32 = p[j3] / total * 127.0 + 0.5
                pq[j3] = r
            for d1 in range(Dh):
                oacc[d1] = 0
            for j4 in range(L):
                w: int32 = pq[j4]
                for d2 in range(Dh):
                    oacc[d2] += w * QKV[j4, 2 * D + h * Dh + d2]
            for d3 in range(Dh):
                o: int32 = oacc[d3] >> 7
                if o > 127:
                    o = 127
                if o < -128:
                    o = -128
                O[i, h * Dh + d3] = o
    return O


def add_layernorm(A: int8[L, D], B: int8[L, D], g: float32[D], be: float32[D]) -> int8[L, D]:
    Y: int8[L, D] = 0
    x: float32[D] = 0.0
    for i in range(L):
        mean: float32 = 0.0
        for j in range(D):
            x[j] = (A[i, j] + B[i, j]) * 0.0625
            mean += x[j]
        mean = mean / D
        var: float32 = 0.0
        for j1 in range(D):
            var += (x[j1] - mean) * (x[j1] - mean)
        inv: float32 = 1.0 / allo.sqrt(var / D + 0.00001)
        for j2 in range(D):
            y: float32 = ((x[j2] - mean) * inv * g[j2] + be[j2]) * 16.0
            q: int32 = y + 0.5
            if y < 0.0:
                q = y - 0.5
            if q > 127:
                q = 127
            if q < -128:
                q = -128
            Y[i, j2] = q
    return Y


def gelu_q(X: int8[L, F]) -> int8[L, F]:
    Y: int8[L, F] = 0
    for i, j in allo.grid(L, F):
        v: float32 = X[i, j] * 0.0625
        y: float32 = 0.5 * v * (1.0 + allo.tanh(0.7978845608028654 * (v + 0.044715 * v * v * v))) * 16.0
        q: int32 = y + 0.5
        if y < 0.0:
            q = y - 0.5
        Y[i, j] = q
    return Y


def gpt2_block(x: int8[L, D], g1: float32[D], b1: float32[D], g2: float32[D], b2: float32[D]) -> int8[L, D]:
    # The weights are constants of the design: they stay in on-chip memories (ROMs) across tokens
    # instead of being copied in from ports on every call.
    Wqkv: int4[D, D3] = np_Wqkv
    bqkv: int32[D3] = np_bqkv
    Wo: int4[D, D] = np_Wo
    bo: int32[D] = np_bo
    W1: int4[D, F] = np_W1
    bf1: int32[F] = np_bf1
    W2: int4[F, D] = np_W2
    bf2: int32[D] = np_bf2
    qkv = linear_w4a8[D, D3, 3, "qkv"](x, Wqkv, bqkv)
    att = attention(qkv)
    proj = linear_w4a8[D, D, 3, "proj"](att, Wo, bo)
    h1 = add_layernorm(x, proj, g1, b1)
    f1 = linear_w4a8[D, F, 3, "fc1"](h1, W1, bf1)
    f2 = gelu_q(f1)
    f3 = linear_w4a8[F, D, 3, "fc2"](f2, W2, bf2)
    return add_layernorm(h1, f3, g2, b2)


# Per-operator schedules; each linear layer's is made for its own instance (the string ids above,
# given to instantiate= too, so compose finds linear_w4a8_qkv, ...). A linear layer
# keeps the reduction loop k outside the output loop j and computes U outputs a cycle: j split by U,
# the inner part unrolled, the outer pipelined, the weights, bias and accumulators in U cyclic banks.
# (The outputs stay unbanked: they feed the attention's banks, and add_layernorm from two layers.)
def linear_schedule(K, N, name):
    s = allo.customize(linear_w4a8, instantiate=[K, N, 3, name])
    s.partition(s.W, partition_type=2, dim=2, factor=U)
    s.partition(s.acc, partition_type=2, dim=1, factor=U)
    s.partition(s.b, partition_type=2, dim=1, factor=U)
    for loop in ["j0", "j"]:
        s.split(loop, U)
        s.unroll(loop + ".inner")
        s.pipeline(loop + ".outer")
    s.pipeline("j1")
    return s


# Attention: a score is one Dh-wide dot product a cycle (QKV banked by feature), the running max in
# its own loop (so the dot products pipeline), and P·V accumulates Dh outputs at once.
s_att = allo.customize(attention)
s_att.partition(s_att.QKV, partition_type=2, dim=2, factor=Dh)
s_att.partition(s_att.oacc, dim=1)
for loop in ["d", "d1", "d2", "d3"]:
    s_att.unroll(loop)
for loop in ["j", "j1", "j2", "j3", "j4"]:
    s_att.pipeline(loop)
s_ln = allo.customize(add_layernorm)
for loop in ["j", "j1", "j2"]:
    s_ln.pipeline(loop)
s_gelu = allo.customize(gelu_q)
s_gelu.pipeline("j")

s = allo.customize(gpt2_block)
s.compose([linear_schedule(D, D3, "qkv"), s_att, linear_schedule(D, D, "proj"), s_ln,
           linear_schedule(D, F, "fc1"), s_gelu, linear_schedule(F, D, "fc2")])
mod = s.build()
