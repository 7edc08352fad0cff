import type { LibraryOp } from "../op";

/** `nn.softmax2d[Ty, B, C](X[B, C]) -> [B, C]`: softmax of each row (Allo's softmax is square). */
export const softmax2d: LibraryOp = {
  kernel: "softmax2d",
  schedule: "schedule_softmax2d",
  source: String.raw`
def softmax2d[Ty, B, C](X: "Ty[B, C]") -> "Ty[B, C]":
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
        Z[i, j] = E[i, j] / S[i]
    return Z


def schedule_softmax2d(s):
    s.pipeline(s.get_loops(s.top_func_name)["exp_sum"]["j"])
    s.pipeline(s.get_loops(s.top_func_name)["update"]["j"])
    return s
`,
};

/** `nn.reduce_mean2d[Ty, B, C](X[B, C]) -> [B, 1]`: the mean of each row (ONNX ReduceMean over the last axis). */
export const reduce_mean2d: LibraryOp = {
  kernel: "reduce_mean2d",
  source: String.raw`
def reduce_mean2d[Ty, B, C](X: "Ty[B, C]") -> "Ty[B, 1]":
    Z: Ty[B, 1]
    for i in range(B, name="mean"):
        acc: Ty = 0.0
        for j in allo.reduction(C):
            acc += X[i, j]
        Z[i, 0] = acc / float(C)
    return Z
`,
};

/** `nn.layer_norm_eps[Ty, L, D](X[L, D], gamma[D], beta[D], eps) -> [L, D]`: layer_norm with a given epsilon and two-pass variance. */
export const layer_norm_eps: LibraryOp = {
  kernel: "layer_norm_eps",
  schedule: "schedule_layer_norm_eps",
  source: String.raw`
def layer_norm_eps[Ty, L, D](X: "Ty[L, D]", gamma: "Ty[D]", beta: "Ty[D]", eps: "Ty") -> "Ty[L, D]":
    Z: Ty[L, D]
    mean: Ty[L] = 0.0
    var: Ty[L] = 0.0
    for i, j in allo.grid(L, D, name="sum"):
        mean[i] += X[i, j]
    for i, j in allo.grid(L, D, name="var"):
        d: Ty = X[i, j] - mean[i] / float(D)
        var[i] += d * d
    for i, j in allo.grid(L, D, name="norm"):
        Z[i, j] = gamma[j] * (X[i, j] - mean[i] / float(D)) / allo.sqrt(var[i] / float(D) + eps) + beta[j]
    return Z


def schedule_layer_norm_eps(s):
    s.pipeline(s.get_loops(s.top_func_name)["sum"]["j"])
    s.pipeline(s.get_loops(s.top_func_name)["var"]["j"])
    s.pipeline(s.get_loops(s.top_func_name)["norm"]["j"])
    return s
`,
};

/**
 * `nn.slice3d[Ty, B, N, C, S, L](X[B, N, C]) -> [B, L, C]`: rows S..S+L of the middle axis. Any
 * slice along one axis is this after viewing the tensor as [outer, axis, inner] (ONNX Slice, Split).
 */
export const slice3d: LibraryOp = {
  kernel: "slice3d",
  schedule: "schedule_slice3d",
  source: String.raw`
def slice3d[Ty, B, N, C, S, L](X: "Ty[B, N, C]") -> "Ty[B, L, C]":
    Z: Ty[B, L, C]
    for b, n, c in allo.grid(B, L, C, name="slice"):
        Z[b, n, c] = X[b, n + S, c]
    return Z


def schedule_slice3d(s):
    s.pipeline(s.get_loops(s.top_func_name)["slice"]["c"])
    return s
`,
};

/** `nn.embedding[TyI, Ty, V, D, N](ids[N], table[V, D]) -> Ty[N, D]`: rows of the table (torch.nn.Embedding, ONNX Gather on axis 0). */
export const embedding: LibraryOp = {
  kernel: "embedding",
  schedule: "schedule_embedding",
  source: String.raw`
def embedding[TyI, Ty, V, D, N](ids: "TyI[N]", table: "Ty[V, D]") -> "Ty[N, D]":
    Z: Ty[N, D]
    for n in range(N, name="lookup"):
        row: int32 = ids[n]
        for d in range(D):
            Z[n, d] = table[row, d]
    return Z


def schedule_embedding(s):
    s.pipeline("embedding:d")
    return s
`,
};
