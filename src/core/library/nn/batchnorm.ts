import type { LibraryOp } from "../op";

/**
 * `nn.batchnorm2d[Ty, B, C, H, W](X[B, C, H, W], gamma[C], beta[C], eps, mean[C], var[C])`:
 * inference-mode torch.nn.BatchNorm2d with the running statistics as arguments.
 */
export const batchnorm2d: LibraryOp = {
  kernel: "batchnorm2d",
  schedule: "schedule_batchnorm2d",
  source: String.raw`
def batchnorm2d[Ty, B, C, H, W](X: "Ty[B, C, H, W]", gamma: "Ty[C]", beta: "Ty[C]", eps: "Ty", mean: "Ty[C]", var: "Ty[C]") -> "Ty[B, C, H, W]":
    Z: Ty[B, C, H, W]
    for b, c, h, w in allo.grid(B, C, H, W):
        Z[b, c, h, w] = gamma[c] * (X[b, c, h, w] - mean[c]) / allo.sqrt(var[c] + eps) + beta[c]
    return Z


def schedule_batchnorm2d(s):
    s.pipeline("batchnorm2d:w")
    return s
`,
};

/** `nn.batchnorm1d_2d[Ty, B, C](X[B, C], gamma[C], beta[C], eps, mean[C], var[C]) -> [B, C]`. */
export const batchnorm1d_2d: LibraryOp = {
  kernel: "batchnorm1d_2d",
  schedule: "schedule_batchnorm1d_2d",
  source: String.raw`
def batchnorm1d_2d[Ty, B, C](X: "Ty[B, C]", gamma: "Ty[C]", beta: "Ty[C]", eps: "Ty", mean: "Ty[C]", var: "Ty[C]") -> "Ty[B, C]":
    Z: Ty[B, C]
    for b, c in allo.grid(B, C):
        Z[b, c] = gamma[c] * (X[b, c] - mean[c]) / allo.sqrt(var[c] + eps) + beta[c]
    return Z


def schedule_batchnorm1d_2d(s):
    s.pipeline("batchnorm1d_2d:c")
    return s
`,
};

/** `nn.batchnorm1d_3d[Ty, B, C, L](X[B, C, L], gamma[C], beta[C], eps, mean[C], var[C]) -> [B, C, L]`. */
export const batchnorm1d_3d: LibraryOp = {
  kernel: "batchnorm1d_3d",
  schedule: "schedule_batchnorm1d_3d",
  source: String.raw`
def batchnorm1d_3d[Ty, B, C, L](X: "Ty[B, C, L]", gamma: "Ty[C]", beta: "Ty[C]", eps: "Ty", mean: "Ty[C]", var: "Ty[C]") -> "Ty[B, C, L]":
    Z: Ty[B, C, L]
    for b, c, l in allo.grid(B, C, L):
        Z[b, c, l] = gamma[c] * (X[b, c, l] - mean[c]) / allo.sqrt(var[c] + eps) + beta[c]
    return Z


def schedule_batchnorm1d_3d(s):
    s.pipeline("batchnorm1d_3d:l")
    return s
`,
};
