import type { LibraryOp } from "../op";

/** `nn.residual_add[Ty, L, D](X1[L, D], X2[L, D]) -> [L, D]`: X1 + X2 (Allo registers no schedule for it). */
export const residual_add: LibraryOp = {
  kernel: "residual_add",
  source: String.raw`
def residual_add[Ty, L, D](X1: "Ty[L, D]", X2: "Ty[L, D]") -> "Ty[L, D]":
    Z: Ty[L, D]
    for i, j in allo.grid(L, D):
        Z[i, j] = X1[i, j] + X2[i, j]
    return Z
`,
};
