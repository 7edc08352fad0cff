import type { LibraryOp } from "../op";

/**
 * `nn.layer_norm[Ty, L, D](X[L, D], gamma[D], beta[D]) -> [L, D]`: torch.nn.LayerNorm over the last
 * axis, eps = 1e-5, variance as E[x²] − E[x]² (Allo's one-pass form).
 */
export const layer_norm: LibraryOp = {
  kernel: "layer_norm",
  schedule: "schedule_layernorm",
  source: String.raw`
def layer_norm[Ty, L, D](X: "Ty[L, D]", gamma: "Ty[D]", beta: "Ty[D]") -> "Ty[L, D]":
    Z: Ty[L, D]
    mean: Ty[L] = 0.0
    mean2: Ty[L] = 0.0
    var: Ty[L]
    for i, j in allo.grid(L, D, name="sum"):
        mean[i] += X[i, j]
        mean2[i] += X[i, j] * X[i, j]
    for i in allo.grid(L, name="mean_var"):
        mean[i] = mean[i] / float(D)
        mean2[i] = mean2[i] / float(D)
        var[i] = mean2[i] - mean[i] * mean[i]
    for i, j in allo.grid(L, D, name="norm"):
        Z[i, j] = gamma[j] * (X[i, j] - mean[i]) / allo.sqrt(var[i] + 0.00001) + beta[j]
    return Z


def schedule_layernorm(s):
    lj = s.get_loops(s.top_func_name)["sum"]["j"]
    s.pipeline(lj)
    li = s.get_loops(s.top_func_name)["mean_var"]["i"]
    s.pipeline(li)
    lj = s.get_loops(s.top_func_name)["norm"]["j"]
    s.pipeline(lj)
    return s
`,
};
