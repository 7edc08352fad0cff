import type { LibraryOp } from "../op";

/**
 * `nn.quantize_linear[Ty, TyQ, N, QMIN, QMAX](X[N], scale, zp) -> TyQ[N]`: round(x / scale) + zp,
 * rounding half to even and saturating to [QMIN, QMAX] (ONNX QuantizeLinear, per tensor).
 */
export const quantize_linear: LibraryOp = {
  kernel: "quantize_linear",
  source: String.raw`
def quantize_linear[Ty, TyQ, N, QMIN, QMAX](X: "Ty[N]", scale: "Ty", zp: int32) -> "TyQ[N]":
    Z: TyQ[N]
    for n in range(N, name="quant"):
        q: Ty = X[n] / scale
        f: int32 = q
        if float(f) > q:
            f = f - 1
        r: Ty = q - float(f)
        if r > 0.5 or (r == 0.5 and f % 2 != 0):
            f = f + 1
        v: int32 = f + zp
        Z[n] = min(max(v, QMIN), QMAX)
    return Z
`,
};

/** `nn.dequantize_linear[TyQ, Ty, N](X[N], scale, zp) -> Ty[N]`: (x − zp) · scale (ONNX DequantizeLinear, per tensor). */
export const dequantize_linear: LibraryOp = {
  kernel: "dequantize_linear",
  source: String.raw`
def dequantize_linear[TyQ, Ty, N](X: "TyQ[N]", scale: "Ty", zp: int32) -> "Ty[N]":
    Z: Ty[N]
    for n in range(N, name="dequant"):
        d: int32 = X[n] - zp
        Z[n] = float(d) * scale
    return Z
`,
};

/**
 * `nn.matmul_integer[TyA, TyB, M, K, N](A[M, K], B[K, N], za, zb) -> int32[M, N]`: (A − za) @ (B − zb)
 * accumulated exactly in int32 (ONNX MatMulInteger, per-tensor zero points).
 */
export const matmul_integer: LibraryOp = {
  kernel: "matmul_integer",
  schedule: "schedule_matmul_integer",
  source: String.raw`
def matmul_integer[TyA, TyB, M, K, N](A: "TyA[M, K]", B: "TyB[K, N]", za: int32, zb: int32) -> "int32[M, N]":
    Z: int32[M, N]
    buf: int32[N]
    for i in range(M):
        for j_init in range(N):
            buf[j_init] = 0
        for k in range(K):
            a: int32 = A[i, k] - za
            for j in range(N):
                buf[j] += a * (B[k, j] - zb)
        for j_back in range(N):
            Z[i, j_back] = buf[j_back]
    return Z


def schedule_matmul_integer(s):
    s.pipeline("matmul_integer:j")
    return s
`,
};

/**
 * `nn.qlinear2d[TyX, TyW, TyO, M, N, K](X[M, K], W[N, K], b[N], scale, zp) -> TyO[M, N]`: the
 * W4A8 / W8A8 linear layer: int8 activations times int4 or int8 weights accumulated in int32 with an
 * int32 bias, then requantized, round(acc · scale) + zp saturated to TyO's range (int8: −128..127).
 */
export const qlinear2d: LibraryOp = {
  kernel: "qlinear2d",
  schedule: "schedule_qlinear2d",
  source: String.raw`
def qlinear2d[TyX, TyW, TyO, M, N, K](X: "TyX[M, K]", W: "TyW[N, K]", b: "int32[N]", scale: float32, zp: int32) -> "TyO[M, N]":
    Z: TyO[M, N]
    buf: int32[N]
    for i in range(M):
        for j_init in range(N):
            buf[j_init] = b[j_init]
        for k in range(K):
            x: int32 = X[i, k]
            for j in range(N):
                buf[j] += x * W[j, k]
        for j_back in range(N):
            q: float32 = float(buf[j_back]) * scale
            f: int32 = q
            if float(f) > q:
                f = f - 1
            r: float32 = q - float(f)
            if r > 0.5 or (r == 0.5 and f % 2 != 0):
                f = f + 1
            Z[i, j_back] = min(max(f + zp, -128), 127)
    return Z


def schedule_qlinear2d(s):
    s.pipeline("qlinear2d:j")
    s.pipeline("qlinear2d:j_init")
    s.pipeline("qlinear2d:j_back")
    return s
`,
};
