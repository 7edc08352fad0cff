import type { LibraryOp } from "../op";

/**
 * `systolic.packed_systolic[TyA, TyB, TyC, M, K, N, Mt, Nt, P](A, B, C)`: systolic's tiled GEMM on
 * bit-packed operands. Each element of A and C packs P rows (A is `Int(TyA.bits * P)[M // P, K]`, row
 * `r` of a block in bits `r·TyA.bits ..`), each element of B packs P columns. The loaders unpack into
 * the TyA/TyB tiles, systolic_tile multiplies, and the store packs P rows of the C tile per element.
 * The outer `mi * Mt // P` is Allo's index (it differs from `mi * (Mt // P)` only when P does not
 * divide Mt, which Allo does not support either).
 */
export const packed_systolic: LibraryOp = {
  kernel: "packed_systolic",
  schedule: "schedule_systolic",
  source: String.raw`
def packed_systolic[TyA: Int, TyB: Int, TyC: Int, M: int32, K: int32, N: int32, Mt: int32, Nt: int32, P: int32](A: "Int(TyA.bits * P)[M // P, K]", B: "Int(TyB.bits * P)[K, N // P]", C: "Int(TyC.bits * P)[M // P, N]"):
    local_A: TyA[Mt, K]
    local_B: TyB[K, Nt]
    local_C: TyC[Mt, Nt]
    for mi, ni in allo.grid(M // Mt, N // Nt, name="outer_tile"):
        for ak, ai in allo.grid(K, Mt // P, name="load_A_tile"):
            if ni == 0:
                a: Int(TyA.bits * P) = A[mi * Mt // P + ai, ak]
                for p in range(P):
                    local_A[ai * P + p, ak] = a[p * TyA.bits : (p + 1) * TyA.bits]
        for bk, bj in allo.grid(K, Nt // P, name="load_B_tile"):
            b: Int(TyB.bits * P) = B[bk, ni * Nt // P + bj]
            for p in range(P):
                local_B[bk, bj * P + p] = b[p * TyB.bits : (p + 1) * TyB.bits]
        systolic_tile[TyA, TyB, TyC, K, Mt, Nt](local_A, local_B, local_C)
        for sj, si in allo.grid(Nt, Mt // P, name="store_C_tile"):
            c: Int(TyC.bits * P) = 0
            for p in range(P):
                c[p * TyC.bits : (p + 1) * TyC.bits] = local_C[si * P + p, sj]
            C[mi * Mt // P + si, ni * Nt + sj] = c
`,
};

/**
 * `systolic.packed_int8xint8_systolic[M, K, N, Mt, Nt, P](A, B, C)`: int8 GEMM with P int8 values per
 * operand element, where every PE (PE_kernel_packed_int8xint8) does two int8×int8 products in one DSP
 * multiply: B's tile holds pairs of int8 columns as int16, the C tile pairs of 16-bit sums as int32,
 * which the store splits into two packed C columns. As in Allo, each 16-bit sum is stored into 8 bits.
 */
export const packed_int8xint8_systolic: LibraryOp = {
  kernel: "packed_int8xint8_systolic",
  schedule: "schedule_systolic",
  source: String.raw`
def packed_int8xint8_systolic[M: int32, K: int32, N: int32, Mt: int32, Nt: int32, P: int32](A: "Int(8 * P)[M // P, K]", B: "Int(8 * P)[K, N // P]", C: "Int(8 * P)[M // P, N]"):
    local_A: int8[Mt, K]
    local_B: int16[K, Nt // 2]
    local_C: int32[Mt, Nt // 2]
    for mi, ni in allo.grid(M // Mt, N // Nt, name="outer_tile"):
        for ak, ai in allo.grid(K, Mt // P, name="load_A_tile"):
            if ni == 0:
                a: Int(8 * P) = A[mi * Mt // P + ai, ak]
                for p in range(P):
                    local_A[ai * P + p, ak] = a[p * 8 : (p + 1) * 8]
        for bk, bj in allo.grid(K, Nt // P, name="load_B_tile"):
            b: Int(8 * P) = B[bk, ni * Nt // P + bj]
            for p in range(P // 2):
                local_B[bk, bj * P + p] = b[p * 16 : (p + 1) * 16]
        systolic_tile[int8, int16, int32, K, Mt, Nt // 2](local_A, local_B, local_C)
        for sj, si in allo.grid(Nt // 2, Mt // P, name="store_C_tile"):
            c0: Int(8 * P) = 0
            c1: Int(8 * P) = 0
            for p in range(P):
                x: int32 = local_C[si * P + p, sj]
                c0[p * 8 : (p + 1) * 8] = x[0:16]
                c1[p * 8 : (p + 1) * 8] = x[16:32]
            C[mi * Mt // P + si, ni * Nt + 2 * sj] = c0
            C[mi * Mt // P + si, ni * Nt + 2 * sj + 1] = c1
`,
};
