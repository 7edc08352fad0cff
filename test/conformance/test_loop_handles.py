# Loop handles from s.get_loops() as Allo's tests inspect them: a band's loops by name, in nest order,
# after the schedule steps so far, and hasattr on a band.
import allo
from allo.ir.types import int32


def scale(A: int32[16, 8], B: int32[16, 8]):
    for i, j in allo.grid(16, 8, name="S"):
        B[i, j] = A[i, j] * 3
    for k in range(8):
        B[0, k] = B[0, k] + 1


def test_band_loops_follow_the_schedule():
    s = allo.customize(scale)
    assert list(s.get_loops().S.loops.keys()) == ["i", "j"]
    s.split("i", 4)
    s.reorder("i.outer", "j", "i.inner")
    assert list(s.get_loops().S.loops.keys()) == ["i.outer", "j", "i.inner"]


def test_hasattr_on_bands():
    s = allo.customize(scale)
    loops = s.get_loops("scale")
    assert hasattr(loops["S"], "j") and not hasattr(loops["S"], "k")
    assert hasattr(loops["S_k_1"], "k")


def test_mock_buffer_names_a_buffer_of_a_function():
    import numpy as np
    from allo.ir.utils import MockBuffer

    def inc(A: int32[8]) -> int32[8]:
        buf: int32[8] = 0
        for i in range(8):
            buf[i] = A[i] + 1
        return buf

    s = allo.customize(inc)
    s.partition(MockBuffer("inc", "buf"), dim=0)
    assert "complete" in s.build(target="vhls").hls_code
    np.testing.assert_array_equal(s.build()(np.arange(8, dtype=np.int32)), np.arange(1, 9))


def test_equivalent_variables_follow_calls():
    def leaf(X: int32[4]) -> int32[4]:
        Y: int32[4] = 0
        for i in range(4):
            Y[i] = X[i] * 2
        return Y

    def middle(P: int32[4], Q: int32[4]) -> int32[4]:
        return leaf(Q)

    def outer(A: int32[4]) -> int32[4]:
        T: int32[4] = 1
        R = middle(A, T)
        return R

    s = allo.customize(outer)
    assert s.get_equivalent_variables("outer:T") == {"outer:T", "middle:1", "leaf:0"}
    assert s.get_equivalent_variables("outer:0") == {"outer:0", "middle:0"}


def test_loops_of_an_unknown_function_raise_at_once():
    # Allo raises RuntimeError from get_loops itself; library schedules try kernel names in turn
    s = allo.customize(scale)
    found = None
    for name in ["PE_kernel", "scale"]:
        try:
            found = s.get_loops(name)["S"]["i"]
            break
        except RuntimeError:
            continue
    s.pipeline(found)
    mod = s.build()
    import numpy as np
    A = np.ones((16, 8), dtype=np.int32)
    B = np.zeros((16, 8), dtype=np.int32)
    mod(A, B)
    assert B[0, 0] == 4 and B[1, 0] == 3
