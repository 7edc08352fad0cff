import type { LibraryOp } from "../op";

/** `nn.matmul[TyA, TyB, TyO, M, K, N](A[M, K], B[K, N]) -> TyO[M, N]`: A @ B (torch.matmul, ONNX MatMul of 2-D operands). */
export const matmul: LibraryOp = {
  kernel: "matmul",
  schedule: "schedule_matmul",
  source: String.raw`
def matmul[TyA, TyB, TyO, M, K, N](A: "TyA[M, K]", B: "TyB[K, N]") -> "TyO[M, N]":
    Z: TyO[M, N]
    buf: TyO[N]
    for i in range(M):
        for j_init in range(N):
            buf[j_init] = 0
        for k in range(K):
            a: TyA = A[i, k]
            for j in range(N):
                buf[j] += a * B[k, j]
        for j_back in range(N):
            Z[i, j_back] = buf[j_back]
    return Z


def schedule_matmul(s):
    s.pipeline("matmul:j")
    s.pipeline("matmul:j_init")
    s.pipeline("matmul:j_back")
    return s
`,
};

/**
 * `nn.bmm3d[Ty, Z0, M, K, N, A0, B0](A[A0, M, K], B[B0, K, N]) -> Ty[Z0, M, N]`: batched A @ B, a
 * batch dimension of 1 broadcasting against Z0.
 */
export const bmm3d: LibraryOp = {
  kernel: "bmm3d",
  schedule: "schedule_bmm3d",
  source: String.raw`
def bmm3d[Ty, Z0, M, K, N, A0, B0](A: "Ty[A0, M, K]", B: "Ty[B0, K, N]") -> "Ty[Z0, M, N]":
    Z: Ty[Z0, M, N]
    for b, i, j in allo.grid(Z0, M, N, name="bmm"):
        acc: Ty = 0.0
        for k in allo.reduction(K):
            acc += A[b * (A0 // Z0), i, k] * B[b * (B0 // Z0), k, j]
        Z[b, i, j] = acc
    return Z


def schedule_bmm3d(s):
    s.pipeline("bmm3d:j")
    return s
`,
};

/** `nn.bmm4d[Ty, Z0, Z1, M, K, N, A0, A1, B0, B1](A[A0, A1, M, K], B[B0, B1, K, N]) -> Ty[Z0, Z1, M, N]`: attention's per-head GEMMs. */
export const bmm4d: LibraryOp = {
  kernel: "bmm4d",
  schedule: "schedule_bmm4d",
  source: String.raw`
def bmm4d[Ty, Z0, Z1, M, K, N, A0, A1, B0, B1](A: "Ty[A0, A1, M, K]", B: "Ty[B0, B1, K, N]") -> "Ty[Z0, Z1, M, N]":
    Z: Ty[Z0, Z1, M, N]
    for b, h, i, j in allo.grid(Z0, Z1, M, N, name="bmm"):
        acc: Ty = 0.0
        for k in allo.reduction(K):
            acc += A[b * (A0 // Z0), h * (A1 // Z1), i, k] * B[b * (B0 // Z0), h * (B1 // Z1), k, j]
        Z[b, h, i, j] = acc
    return Z


def schedule_bmm4d(s):
    s.pipeline("bmm4d:j")
    return s
`,
};
