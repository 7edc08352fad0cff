import type { LibraryOp } from "../op";

/** `nn.repeat_batch3d[Ty, B, L, C, N](X[B, L, C]) -> [N * B, L, C]`: X repeated N times along the batch. */
export const repeat_batch3d: LibraryOp = {
  kernel: "repeat_batch3d",
  schedule: "schedule_repeat_batch3d",
  source: String.raw`
def repeat_batch3d[Ty, B, L, C, N](X: "Ty[B, L, C]") -> "Ty[N * B, L, C]":
    Y: Ty[N * B, L, C]
    for r, b, l, c in allo.grid(N, B, L, C):
        Y[r * B + b, l, c] = X[b, l, c]
    return Y


def schedule_repeat_batch3d(s):
    s.pipeline("repeat_batch3d:c")
    return s
`,
};
