import type { LibraryOp } from "../op";

/** `nn.log_softmax[Ty, B, C](X[B, C]) -> [B, C]`: row-wise log(softmax(x)). */
export const log_softmax: LibraryOp = {
  kernel: "log_softmax",
  schedule: "schedule_log_softmax",
  source: String.raw`
def log_softmax[Ty, B, C](X: "Ty[B, C]") -> "Ty[B, C]":
    Z: Ty[B, C]
    E: Ty[B, C]
    M: Ty[B] = -1000000000000.0
    S: Ty[B] = 0.0
    for i, j in allo.grid(B, C, name="row_max"):
        if X[i, j] > M[i]:
            M[i] = X[i, j]
    for i, j in allo.grid(B, C, name="exp_sum"):
        E[i, j] = allo.exp(X[i, j] - M[i])
        S[i] += E[i, j]
    for i, j in allo.grid(B, C, name="update"):
        Z[i, j] = X[i, j] - M[i] - allo.log(S[i])
    return Z


def schedule_log_softmax(s):
    lj = s.get_loops(s.top_func_name)["exp_sum"]["j"]
    s.pipeline(lj)
    lj = s.get_loops(s.top_func_name)["update"]["j"]
    s.pipeline(lj)
    return s
`,
};
