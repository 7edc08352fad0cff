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
