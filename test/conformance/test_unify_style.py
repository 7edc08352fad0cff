# Two kernels unified into one that runs a sequence of instructions (Allo's allo.primitives.unify, as
# tests/test_unify.py uses it): 0 runs the first kernel, anything else the second.
import numpy as np
import pytest
import allo
from allo.primitives.unify import unify
from allo.ir.types import int8, int32

N = 6


def scale(X: int32[N], Y: int32[N]):
    for i in range(N):
        Y[i] = Y[i] * 2 + X[i]


def shift(X: int32[N], Y: int32[N]):
    for i, j in allo.grid(N, 1):
        Y[i] = Y[i] - X[i] * 3


def test_instruction_sequence_matches_the_kernels_in_order():
    mod = allo.LLVMModule(unify(scale, shift, 5), "scale_shift_unified")
    X = np.arange(N).astype(np.int32) - 2
    Y = np.ones(N, dtype=np.int32)
    want = Y.copy()
    program = np.array([0, 1, 1, 0, 2], dtype=np.int8)
    for op in program:
        want = want * 2 + X if op == 0 else want - X * 3
    mod(X, Y, program)
    np.testing.assert_array_equal(Y, want)


def test_hls_module_holds_the_unified_function():
    hls = allo.HLSModule(unify(scale, shift, 2), "scale_shift_unified", "vivado_hls")
    assert "void scale_shift_unified" in hls.hls_code


def test_kernels_with_other_arguments_are_refused():
    def other(A: int32[N]):
        for i in range(N):
            A[i] = 0

    with pytest.raises(Exception, match="same arguments"):
        unify(scale, other, 1)
