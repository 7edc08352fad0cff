import type { LibraryOp } from "../op";

/** `nn.linear2d[TyX, TyW, TyO, M, N, K](X[M, K], W[N, K], b[N]) -> [M, N]`: torch.nn.Linear (X @ W^T + b). */
export const linear2d: LibraryOp = {
  kernel: "linear2d",
  schedule: "schedule_linear2d",
  source: String.raw`
def linear2d[TyX, TyW, TyO, M, N, K](X: "TyX[M, K]", W: "TyW[N, K]", b: "TyO[N]") -> "TyO[M, N]":
    Z: TyO[M, N]
    buf: TyO[N]
    for i in range(M):
        for j_init in range(N):
            buf[j_init] = 0
        # the reduction loop sits outside the output loop, so the output loop pipelines at II=1
        for k in range(K):
            x: TyX = X[i, k]
            for j in range(N):
                buf[j] += x * W[j, k]
        for j_back in range(N):
            Z[i, j_back] = buf[j_back] + b[j_back]
    return Z


def schedule_linear2d(s):
    s.pipeline("linear2d:j")
    s.pipeline("linear2d:j_init")
    s.pipeline("linear2d:j_back")
    return s
`,
};
