import type { LibraryOp } from "../op";

/**
 * `systolic.PE_kernel_packed_int4xint8[K, Mt, Nt]`: a PE doing two int8×int4 products in one DSP
 * multiply: B_in packs two int4 weights per int8, the 18×27 multiplier gets |a| and both |b| halves
 * 13 bits apart, the signs are applied afterwards, and C packs two 16-bit sums per int16 pair.
 */
export const PE_kernel_packed_int4xint8: LibraryOp = {
  kernel: "PE_kernel_packed_int4xint8",
  source: String.raw`
def PE_kernel_packed_int4xint8[K: int32, Mt: int32, Nt: int32](A_in: "int8[K]", B_in: "int8[K]", A_out: "int8[K]", B_out: "int8[K]", C: "int16[Mt, Nt // 2]", i: index, j: index):
    v: int32 = 0
    for k in allo.grid(K, name="reduction"):
        a: int8 = A_in[k]
        b_packed: int8 = B_in[k]
        b0: int4 = b_packed[0:4]
        b1: int4 = b_packed[4:8]
        s0: UInt(1) = a[7] ^ b0[3]
        s1: UInt(1) = a[7] ^ b1[3]
        au: UInt(8) = allo.abs(a)
        b0u: UInt(4) = allo.abs(b0)
        b1u: UInt(4) = allo.abs(b1)
        op0: UInt(18) = 0
        op1: UInt(27) = 0
        op0[0:8] = au
        op1[0:4] = b0u
        op1[13:17] = b1u
        res: UInt(48) = op0 * op1
        res0u: UInt(12) = res[0:12]
        res1u: UInt(12) = res[13:25]
        res0: int16 = -res0u if s0 else res0u
        res1: int16 = -res1u if s1 else res1u
        v[0:16] += res0
        v[16:32] += res1
        A_out[k] = a
        B_out[k] = b_packed
    C[i, j] = v
`,
};

/**
 * `systolic.PE_kernel_packed_int8xint8[K, Mt, Nt]`: two int8×int8 products per DSP multiply (the
 * halves of B_in 17 bits apart); C packs the two 16-bit sums in one int32.
 */
export const PE_kernel_packed_int8xint8: LibraryOp = {
  kernel: "PE_kernel_packed_int8xint8",
  source: String.raw`
def PE_kernel_packed_int8xint8[K: int32, Mt: int32, Nt: int32](A_in: "int8[K]", B_in: "int16[K]", A_out: "int8[K]", B_out: "int16[K]", C: "int32[Mt, Nt]", i: index, j: index):
    v: int32 = 0
    for k in allo.grid(K, name="reduction"):
        a: int8 = A_in[k]
        b_packed: int16 = B_in[k]
        b0: int8 = b_packed[0:8]
        b1: int8 = b_packed[8:16]
        s0: UInt(1) = a[7] ^ b0[7]
        s1: UInt(1) = a[7] ^ b1[7]
        au: UInt(8) = allo.abs(a)
        b0u: UInt(8) = allo.abs(b0)
        b1u: UInt(8) = allo.abs(b1)
        op0: UInt(18) = 0
        op1: UInt(27) = 0
        op0[0:8] = au
        op1[0:8] = b0u
        op1[17:25] = b1u
        res: UInt(45) = op0 * op1
        res0u: UInt(16) = res[0:16]
        res1u: UInt(16) = res[17:33]
        res0: int16 = -res0u if s0 else res0u
        res1: int16 = -res1u if s1 else res1u
        v[0:16] += res0
        v[16:32] += res1
        A_out[k] = a
        B_out[k] = b_packed
    C[i, j] = v
`,
};
