import type { LibraryOp } from "../op";

/** `nn.linear3d[TyX, TyW, TyO, B, L, D, M](X[B, L, D], W[M, D], bias[M]) -> [B, L, M]`: a batched torch.nn.Linear. */
export const linear3d: LibraryOp = {
  kernel: "linear3d",
  schedule: "schedule_linear3d",
  source: String.raw`
def linear3d[TyX, TyW, TyO, B, L, D, M](X: "TyX[B, L, D]", W: "TyW[M, D]", bias: "TyO[M]") -> "TyO[B, L, M]":
    Z: TyO[B, L, M]
    buf: TyO[M]
    for b in range(B):
        for i in range(L):
            for j_init in range(M):
                buf[j_init] = 0
            for k in range(D):
                x: TyX = X[b, i, k]
                for j in range(M):
                    buf[j] += x * W[j, k]
            for j_back in range(M):
                Z[b, i, j_back] = buf[j_back] + bias[j_back]
    return Z


def schedule_linear3d(s):
    s.pipeline("linear3d:j")
    s.pipeline("linear3d:j_init")
    s.pipeline("linear3d:j_back")
    return s
`,
};
