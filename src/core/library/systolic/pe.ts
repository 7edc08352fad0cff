import type { LibraryOp } from "../op";

/**
 * `systolic.PE_kernel[TyA, TyB, TyC, K, Mt, Nt](A_in[K], B_in[K], A_out[K], B_out[K], C[Mt, Nt], i, j)`:
 * one processing element: accumulates A_in · B_in into C[i, j] (in TyC, so use a wide accumulator)
 * and forwards its operands to its right and lower neighbours.
 */
export const PE_kernel: LibraryOp = {
  kernel: "PE_kernel",
  source: String.raw`
def PE_kernel[TyA, TyB, TyC, K: int32, Mt: int32, Nt: int32](A_in: "TyA[K]", B_in: "TyB[K]", A_out: "TyA[K]", B_out: "TyB[K]", C: "TyC[Mt, Nt]", i: index, j: index):
    v: TyC = 0
    for k in allo.grid(K, name="reduction"):
        a: TyA = A_in[k]
        b: TyB = B_in[k]
        v += a * b
        A_out[k] = a
        B_out[k] = b
    C[i, j] = v
`,
};
