import type { LibraryOp } from "../op";

/** `nn.concat[Ty, B, N1, N2, C](X1[B, N1, C], X2[B, N2, C]) -> [B, N1 + N2, C]`: torch.cat along dim 1. */
export const concat: LibraryOp = {
  kernel: "concat",
  schedule: "schedule_concat",
  source: String.raw`
def concat[Ty, B, N1, N2, C](X1: "Ty[B, N1, C]", X2: "Ty[B, N2, C]") -> "Ty[B, N1 + N2, C]":
    Y: Ty[B, N1 + N2, C]
    for b, n, c in allo.grid(B, N1, C):
        Y[b, n, c] = X1[b, n, c]
    for b2, n2, c2 in allo.grid(B, N2, C):
        Y[b2, n2 + N1, c2] = X2[b2, n2, c2]
    return Y


def schedule_concat(s):
    s.pipeline("concat:c")
    return s
`,
};
