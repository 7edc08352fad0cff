import type { LibraryOp } from "../op";

/**
 * `systolic.systolic_tile[TyA, TyB, TyC, K, Mt, Nt](A[Mt, K], B[K, Nt], C[Mt, Nt])`: an Mt×Nt grid of
 * PEs (band "PE") joined by the operand arrays A_fifo/B_fifo, which schedule_systolic turns into
 * FIFOs; data_load feeds the left column and top row, data_drain empties the far edges.
 */
export const systolic_tile: LibraryOp = {
  kernel: "systolic_tile",
  source: String.raw`
def systolic_tile[TyA, TyB, TyC, K: int32, Mt: int32, Nt: int32](A: "TyA[Mt, K]", B: "TyB[K, Nt]", C: "TyC[Mt, Nt]"):
    A_fifo: TyA[Mt, Nt + 1, K]
    B_fifo: TyB[Nt, Mt + 1, K]
    A_drain: TyA[Mt]
    B_drain: TyB[Nt]
    for k in range(K, name="data_load"):
        for m in range(Mt):
            A_fifo[m, 0, k] = A[m, k]
        for n in range(Nt):
            B_fifo[n, 0, k] = B[k, n]
    for i, j in allo.grid(Mt, Nt, name="PE"):
        with allo.meta_if(TyA == int8 and TyB == int16 and TyC == int32):
            PE_kernel_packed_int8xint8[K, Mt, Nt](A_fifo[i, j], B_fifo[j, i], A_fifo[i, j + 1], B_fifo[j, i + 1], C, i, j)
        with allo.meta_else():
            PE_kernel[TyA, TyB, TyC, K, Mt, Nt](A_fifo[i, j], B_fifo[j, i], A_fifo[i, j + 1], B_fifo[j, i + 1], C, i, j)
    for k in range(K, name="data_drain"):
        for m in range(Mt):
            A_drain[m] = A_fifo[m, Nt, k]
        for n in range(Nt):
            B_drain[n] = B_fifo[n, Mt, k]
`,
};
