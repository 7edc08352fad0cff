import type { LibraryOp } from "../op";

/**
 * `nn.scaled_dot_product_attention[Ty, H, L, D, M0, M1](Q[L, D], K[L, D], V[L, D]) -> [L, D]`:
 * H heads of softmax(Q_h K_h^T) V_h, each GEMM on an M0×M1 systolic array. As in Allo, the scores
 * are not scaled by 1/sqrt(D/H): scale Q beforehand.
 */
export const scaled_dot_product_attention: LibraryOp = {
  kernel: "scaled_dot_product_attention",
  source: String.raw`
def scaled_dot_product_attention[Ty, H, L, D, M0, M1](Q: "Ty[L, D]", K: "Ty[L, D]", V: "Ty[L, D]") -> "Ty[L, D]":
    Z: Ty[L, D]
    for h in range(H):
        Q_h: Ty[L, D // H]
        K_h: Ty[D // H, L]
        V_h: Ty[L, D // H]
        for i, j in allo.grid(L, D // H, name="mha_split"):
            Q_h[i, j] = Q[i, h * (D // H) + j]
            K_h[j, i] = K[i, h * (D // H) + j]
            V_h[i, j] = V[i, h * (D // H) + j]
        C_h: Ty[L, D // H] = 0
        Y: Ty[L, L] = 0
        systolic[Ty, Ty, Ty, L, D // H, L, M0, M1, "QKT"](Q_h, K_h, Y)
        S = softmax[Ty, L](Y)
        systolic[Ty, Ty, Ty, L, L, D // H, M0, M1, "YV"](S, V_h, C_h)
        for i, j in allo.grid(L, D // H, name="mha_merge"):
            Z[i, h * (D // H) + j] = C_h[i, j]
    return Z
`,
};
