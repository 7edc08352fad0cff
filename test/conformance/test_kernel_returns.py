# Kernels without a result, written the ways Allo's builder tests write them.
import numpy as np

import allo
from allo.ir.types import int32


def test_return_none_is_a_bare_return():
    def clear(A: int32[4]):
        for i in range(4):
            A[i] = 0
        return None

    def clear_annotated(A: int32[4]) -> None:
        for i in range(4):
            A[i] = 0
        return None

    for k in [clear, clear_annotated]:
        A = np.ones(4, dtype=np.int32)
        allo.customize(k).build()(A)
        np.testing.assert_array_equal(A, np.zeros(4, dtype=np.int32))
