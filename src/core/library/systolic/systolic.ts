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
from allo.ir.utils import MockBuffer


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
    # the tile's Mt, Nt: the last two template arguments of systolic, the two before P of the packed ones
    if s.top_func_name == "systolic":
        M0, M1 = s.inst_list[-2], s.inst_list[-1]
    else:
        M0, M1 = s.inst_list[-3], s.inst_list[-2]
    pe = s.unfold("systolic_tile:PE", [0, 1])
    # each slice A_fifo[i, j] / B_fifo[j, i] the PEs pass on becomes a FIFO between its writer and its reader
    s.to(MockBuffer("systolic_tile", "A_fifo"), pe, axis=1, depth=M0 + 1)
    s.to(MockBuffer("systolic_tile", "B_fifo"), pe, axis=0, depth=M1 + 1)
    return s
`,
};
