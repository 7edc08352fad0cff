# Allo's bit-packed systolic GEMMs (allo.library.systolic), used the way Allo's systolic tests use them:
# numpy packs P int8 rows or columns into one wider element with .view(), the kernel unpacks, multiplies
# on a systolic tile and packs the result again.
import numpy as np
import pytest
import allo
from allo.ir.types import int8, int16, int32, Int
from allo.library.systolic import packed_systolic, packed_int8xint8_systolic


def pack_rows(X, np_type):
    # element [r, k] of the result holds rows r*P .. r*P+P-1 of X's column k, row r*P in the low bits
    return np.ascontiguousarray(np.ascontiguousarray(X.transpose()).view(np_type).transpose())


@pytest.mark.parametrize("PP, np_type, allo_type", [(2, np.int16, int16), (4, np.int32, int32)])
def test_packed_gemm_matches_numpy(PP, np_type, allo_type):
    L, D = 8, 8
    M0, M1 = 4, 4
    np.random.seed(7)
    W_cst = np.random.randint(-4, 4, size=(D, 2 * D)).astype(np.int8)
    W_packed = W_cst.view(np_type)

    def top[Ty](X: "Ty[L // PP, D]") -> "Ty[L // PP, 2 * D]":
        Z: Ty[L // PP, 2 * D]
        W: Ty[D, 2 * D // PP] = W_packed
        packed_systolic[int8, int8, int8, L, D, 2 * D, M0, M1, PP](X, W, Z)
        return Z

    s = allo.customize(top, instantiate=[allo_type])
    mod = s.build()
    X = np.random.randint(-4, 4, size=(L, D)).astype(np.int8)
    got = mod(pack_rows(X, np_type))
    want = pack_rows(X @ W_cst, np_type)
    np.testing.assert_equal(got, want)
    # the unpacked result is the int8 GEMM (wrapping, as numpy's int8 matmul does)
    unpacked = np.ascontiguousarray(got.transpose()).view(np.int8).transpose()
    np.testing.assert_equal(unpacked, X @ W_cst)


def test_packed_gemm_composes_the_library_schedule():
    L, D, M0, M1, PP = 8, 4, 4, 4, 2

    def top(X: int16[L // PP, D], W: int16[D, D // PP]) -> int16[L // PP, D]:
        Z: int16[L // PP, D]
        packed_systolic[int8, int8, int8, L, D, D, M0, M1, PP](X, W, Z)
        return Z

    s = allo.customize(top)
    s.compose(packed_systolic, instantiate=[int8, int8, int8, L, D, D, M0, M1, PP])
    code = str(s.build(target="vhls"))
    assert "packed_systolic" in code
    mod = s.build()
    X = np.random.randint(-4, 4, size=(L, D)).astype(np.int8)
    W = np.random.randint(-4, 4, size=(D, D)).astype(np.int8)
    np.testing.assert_equal(mod(pack_rows(X, np.int16), W.view(np.int16)), pack_rows(X @ W, np.int16))


def test_dsp_packed_int8xint8_gemm():
    # two int8 x int8 products per multiply; P = 4 packs four int8 values into one int32
    L, D = 8, 8
    M0, M1, PP = 4, 4, 4
    np.random.seed(11)
    W_cst = np.random.randint(-4, 4, size=(D, 2 * D)).astype(np.int8)

    def top(X: "Int(8 * PP)[L // PP, D]", W: "Int(8 * PP)[D, 2 * D // PP]") -> "Int(8 * PP)[L // PP, 2 * D]":
        Z: Int(8 * PP)[L // PP, 2 * D]
        packed_int8xint8_systolic[L, D, 2 * D, M0, M1, PP](X, W, Z)
        return Z

    s = allo.customize(top)
    mod = s.build()
    X = np.random.randint(-4, 4, size=(L, D)).astype(np.int8)
    got = mod(pack_rows(X, np.int32), W_cst.view(np.int32))
    np.testing.assert_equal(got, pack_rows(X @ W_cst, np.int32))


def test_wide_packing_says_what_numpy_cannot_hold():
    # eight int8 values in one int64 can exceed 2**53, which these numpy arrays do not hold exactly
    A = np.array([1, 2, 3, 4, 5, 6, 7, -127], dtype=np.int8)
    with pytest.raises(OverflowError):
        A.view(np.int64)
