import type { LibraryOp } from "../op";

/** `nn.relu2d[Ty, H, W](X[H, W]) -> [H, W]`: max(0, x). */
export const relu2d: LibraryOp = {
  kernel: "relu2d",
  schedule: "schedule_relu2d",
  source: String.raw`
def relu2d[Ty, H, W](X: "Ty[H, W]") -> "Ty[H, W]":
    Z: Ty[H, W]
    for h, w in allo.grid(H, W):
        Z[h, w] = max(0.0, X[h, w])
    return Z


def schedule_relu2d(s):
    s.pipeline("relu2d:w")
    return s
`,
};

/** `nn.relu3d[Ty, N, L, C](X[N, L, C]) -> [N, L, C]`. */
export const relu3d: LibraryOp = {
  kernel: "relu3d",
  schedule: "schedule_relu3d",
  source: String.raw`
def relu3d[Ty, N, L, C](X: "Ty[N, L, C]") -> "Ty[N, L, C]":
    Z: Ty[N, L, C]
    for n, l, c in allo.grid(N, L, C):
        Z[n, l, c] = max(0.0, X[n, l, c])
    return Z


def schedule_relu3d(s):
    s.pipeline("relu3d:c")
    return s
`,
};

/** `nn.relu4d[Ty, N, C, H, W](X[N, C, H, W]) -> [N, C, H, W]`. */
export const relu4d: LibraryOp = {
  kernel: "relu4d",
  schedule: "schedule_relu4d",
  source: String.raw`
def relu4d[Ty, N, C, H, W](X: "Ty[N, C, H, W]") -> "Ty[N, C, H, W]":
    Z: Ty[N, C, H, W]
    for n, c, h, w in allo.grid(N, C, H, W):
        Z[n, c, h, w] = max(0.0, X[n, c, h, w])
    return Z


def schedule_relu4d(s):
    s.pipeline("relu4d:w")
    return s
`,
};
