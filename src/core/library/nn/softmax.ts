import type { LibraryOp } from "../op";

/** `nn.softmax[Ty, L](X[L, L]) -> [L, L]`: row-wise softmax of a square matrix (attention scores). */
export const softmax: LibraryOp = {
  kernel: "softmax",
  schedule: "schedule_softmax",
  source: String.raw`
def softmax[Ty, L](X: "Ty[L, L]") -> "Ty[L, L]":
    Z: Ty[L, L]
    E: Ty[L, L]
    M: Ty[L] = -1000000000000.0
    S: Ty[L] = 0.0
    for i, j in allo.grid(L, L, name="row_max"):
        if X[i, j] > M[i]:
            M[i] = X[i, j]
    # subtracting the row maximum keeps exp() in range
    for i, j in allo.grid(L, L, name="exp_sum"):
        E[i, j] = allo.exp(X[i, j] - M[i])
        S[i] += E[i, j]
    for i, j in allo.grid(L, L, name="update"):
        Z[i, j] = E[i, j] / S[i]
    return Z


def schedule_softmax(s):
    lj = s.get_loops(s.top_func_name)["exp_sum"]["j"]
    s.pipeline(lj)
    lj = s.get_loops(s.top_func_name)["update"]["j"]
    s.pipeline(lj)
    return s
`,
};
