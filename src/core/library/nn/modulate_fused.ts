import type { LibraryOp } from "../op";

/** `nn.modulate_fused[Ty, L, D](X[L, D], scale[D], shift[D]) -> [L, D]`: X * (1 + scale) + shift (DiT). */
export const modulate_fused: LibraryOp = {
  kernel: "modulate_fused",
  schedule: "schedule_modulate_fused",
  source: String.raw`
def modulate_fused[Ty, L, D](X: "Ty[L, D]", scale: "Ty[D]", shift: "Ty[D]") -> "Ty[L, D]":
    Z: Ty[L, D]
    for i, j in allo.grid(L, D, name="m_fused"):
        Z[i, j] = X[i, j] * (1 + scale[j]) + shift[j]
    return Z


def schedule_modulate_fused(s):
    lj = s.get_loops(s.top_func_name)["m_fused"]["j"]
    s.pipeline(lj)
    return s
`,
};
