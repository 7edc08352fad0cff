# Module-level numpy arrays and list literals as whole-array initializers of kernel locals, the way
# Allo's builder tests use them: a table, one row of a table, a re-declaration, a plain assignment.
import numpy as np
import pytest

import allo
from allo.ir.types import int32, float32

table = np.array([[7, 8, 9], [10, 11, 12]], dtype=np.int32)
cube = np.linspace(0.0, 2.5, 12, dtype=np.float32).reshape(2, 2, 3)
scale = 3


def test_whole_table():
    def kernel() -> int32:
        t: int32[2, 3] = table
        return t[1, 2] - t[0, 0]

    assert allo.customize(kernel).build()() == 5


def test_row_and_plane_of_a_table():
    def row() -> int32[3]:
        r: int32[3] = table[1]
        return r

    def plane() -> float32[2, 3]:
        p: float32[2, 3] = cube[1]
        return p

    np.testing.assert_array_equal(allo.customize(row).build()(), table[1])
    np.testing.assert_allclose(allo.customize(plane).build()(), cube[1])


def test_redeclared_and_reassigned_from_constants():
    def redeclared() -> int32[2, 2]:
        m: int32[2, 2] = [[1, 2], [3, 4]]
        m: int32[2, 2] = [[scale, 0], [0, scale]]
        return m

    def assigned() -> int32[3]:
        r: int32[3] = 0
        r = table[0]
        return r

    np.testing.assert_array_equal(allo.customize(redeclared).build()(), [[3, 0], [0, 3]])
    np.testing.assert_array_equal(allo.customize(assigned).build()(), [7, 8, 9])


def test_shape_mismatch_is_reported():
    def kernel() -> int32[4]:
        r: int32[4] = table[0]
        return r

    with pytest.raises(Exception, match=r"initializer has shape \(3\) but the array is int32\[4\]"):
        allo.customize(kernel)
