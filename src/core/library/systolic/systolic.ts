import type { LibraryOp } from "../op";

/**
 * `systolic.systolic[TyA, TyB, TyC, M, K, N, Mt, Nt](A[M, K], B[K, N], C[M, N])`: C = A @ B (C is
 * written, not returned) tiled into Mt×Nt blocks, each computed by systolic_tile. M and N must be
 * multiples of Mt and Nt.
 */
export const systolic: LibraryOp = {
  kernel: "systolic",
  schedule: "schedule_systolic",
  source: String.raw`
def systolic[TyA, TyB, TyC, M: int32, K: int32, N: int32, Mt: int32, Nt: int32](A: "TyA[M, K]", B: "TyB[K, N]", C: "TyC[M, N]"):
    local_A: TyA[Mt, K]
    local_B: TyB[K, Nt]
    local_C: TyC[Mt, Nt]
    for mi, ni in allo.grid(M // Mt, N // Nt, name="outer_tile"):
        # the A tile is reused along ni; the C tile is stored column-first, the order a cascaded array reads it
        for ak, ai in allo.grid(K, Mt, name="load_A_tile"):
            if ni == 0:
                local_A[ai, ak] = A[mi * Mt + ai, ak]
        for bk, bj in allo.grid(K, Nt, name="load_B_tile"):
            local_B[bk, bj] = B[bk, ni * Nt + bj]
        systolic_tile[TyA, TyB, TyC, K, Mt, Nt](local_A, local_B, local_C)
        for sj, si in allo.grid(Nt, Mt, name="store_C_tile"):
            C[mi * Mt + si, ni * Nt + sj] = local_C[si, sj]


def schedule_systolic(s):
    s.partition(s.local_C, dim=0)
    s.partition(s.local_A, dim=1)
    s.partition(s.local_B, dim=2)
    s.pipeline(s.get_loops(s.top_func_name)["outer_tile"]["ak"])
    s.pipeline(s.get_loops(s.top_func_name)["outer_tile"]["bk"])
    s.pipeline(s.get_loops(s.top_func_name)["outer_tile"]["sj"])
    s.fuse(s.get_loops(s.top_func_name)["outer_tile"]["mi"], s.get_loops(s.top_func_name)["outer_tile"]["ni"])
    # the PE the tile calls: PE_kernel, or PE_kernel_packed_int8xint8 in packed_int8xint8_systolic
    for kernel_name in ["PE_kernel", "PE_kernel_packed_int8xint8"]:
        try:
            s.pipeline(s.get_loops(kernel_name)["reduction"]["k"])
            break
        except RuntimeError:
            continue
    s.unfold("systolic_tile:PE", [0, 1])
    # Allo then streams A_fifo/B_fifo between the PEs with s.to(..., depth=Mt + 1 / Nt + 1); our
    # s.to does not yet accept FIFOs a PE both reads and forwards through a called PE_kernel, so the
    # operand arrays stay buffers (same results, no FIFOs in the export)
    return s
`,
};
