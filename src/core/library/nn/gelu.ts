import type { LibraryOp } from "../op";

/** `nn.GeLU[Ty, L, D](X[L, D]) -> [L, D]`: GELU, tanh approximation (torch's approximate="tanh"). */
export const GeLU: LibraryOp = {
  kernel: "GeLU",
  schedule: "schedule_gelu",
  source: String.raw`
def GeLU[Ty, L, D](X: "Ty[L, D]") -> "Ty[L, D]":
    Z: Ty[L, D]
    for i, j in allo.grid(L, D, name="gelu"):
        # 0.797885 = sqrt(2 / pi)
        Z[i, j] = 0.5 * X[i, j] * (1.0 + allo.tanh(0.797885 * (X[i, j] + 0.044715 * allo.power(X[i, j], 3.0))))
    return Z


def schedule_gelu(s):
    lj = s.get_loops(s.top_func_name)["gelu"]["j"]
    s.pipeline(lj)
    return s
`,
};
