# Python around Allo builds, written the way Allo's test files write it: temporary project folders
# with `with`, files read back, hardware-only parts guarded by hls.is_available, sets, string and
# list methods, break/continue.
import os
import tempfile

import numpy as np
import pytest

import allo
import allo.backend.hls as hls
from allo.backend.xls import is_available as xls_available
from allo.ir.types import int32


def add_one(A: int32[8], B: int32[8]):
    for i in range(8):
        B[i] = A[i] + 1


def test_csim_build_in_a_temporary_folder():
    s = allo.customize(add_one)
    with tempfile.TemporaryDirectory() as tmpdir:
        mod = s.build(target="vitis_hls", mode="csim", project=tmpdir)
        assert os.path.isdir(tmpdir)
        assert "kernel.cpp" in os.listdir(tmpdir)
        with open(os.path.join(tmpdir, "kernel.cpp"), "r") as f:
            text = f.read()
        assert "add_one" in text and "add_one" in mod.hls_code
        # csim computes what the simulator computes: it runs here
        A = np.arange(8, dtype=np.int32)
        B = np.zeros(8, dtype=np.int32)
        mod(A, B)
        np.testing.assert_array_equal(B, A + 1)
        kept = tmpdir
    assert not os.path.exists(kept)


def test_hardware_modes_need_the_vendor_tools():
    s = allo.customize(add_one)
    assert not hls.is_available("vitis_hls") and not xls_available()
    with tempfile.TemporaryDirectory() as tmpdir:
        mod = s.build(target="vitis_hls", mode="sw_emu", project=tmpdir)
        assert os.path.exists(os.path.join(tmpdir, "host.cpp"))
        if hls.is_available("vitis_hls"):
            raise AssertionError("no vendor tools here")
        with pytest.raises(RuntimeError, match="vendor tools"):
            mod(np.zeros(8, dtype=np.int32), np.zeros(8, dtype=np.int32))


def test_files_and_paths():
    d = tempfile.mkdtemp()
    sub = os.path.join(d, "a", "b")
    os.makedirs(sub, exist_ok=True)
    name = os.path.join(sub, "notes.txt")
    with open(name, "w") as f:
        f.write("first\n")
        f.write("second\n")
    with open(name, "a") as f:
        f.write("third")
    with open(name) as f:
        lines = [line.strip() for line in f]
    assert lines == ["first", "second", "third"]
    assert os.path.basename(name) == "notes.txt"
    assert os.path.dirname(name) == sub
    assert os.path.splitext(name) == (os.path.join(sub, "notes"), ".txt")
    assert os.path.join("x", "/abs", "y") == "/abs/y"
    with pytest.raises(FileNotFoundError):
        open(os.path.join(d, "missing.txt"))
    os.remove(name)
    assert not os.path.isfile(name)
    weights = os.path.join(d, "w.txt")
    np.savetxt(weights, np.array([[1.5, -2.25], [3.0, 4.125]], dtype=np.float32), fmt="%f")
    with open(weights) as f:
        assert f.readline() == "1.500000 -2.250000\n"
    np.testing.assert_array_equal(np.loadtxt(weights, dtype=np.float32), [[1.5, -2.25], [3.0, 4.125]])
    os.environ["MY_FLAG"] = "1"
    assert os.environ.get("MY_FLAG") == "1"


class Recorder:
    def __init__(self, log, swallow):
        self.log = log
        self.swallow = swallow

    def __enter__(self):
        self.log.append("enter")
        return len(self.log)

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit " + ("none" if exc_type is None else "error"))
        return self.swallow


def test_context_managers_of_our_own():
    log = []
    with Recorder(log, False) as n:
        log.append(n)
    with Recorder(log, True):
        raise ValueError("swallowed by __exit__")
    with pytest.raises(KeyError):
        with Recorder(log, False), Recorder(log, False):
            raise KeyError("passes through both")
    assert log == ["enter", 1, "exit none", "enter", "exit error", "enter", "enter", "exit error", "exit error"]


def test_sets():
    seen = set()
    for x in [5, 3, 5, 1, 3]:
        seen.add(x)
    assert len(seen) == 3 and 3 in seen and 4 not in seen
    assert seen == {1, 3, 5} and {1, 3} <= seen and seen - {1} == {3, 5}
    # CPython's order for small ints: by hash slot, not by insertion
    assert list({10, 3, 8}) == [8, 10, 3]
    assert str({x % 4 for x in range(10)}) == "{0, 1, 2, 3}"
    assert sorted({"b", "a"} | {"c"}) == ["a", "b", "c"]
    assert {1, 1.0, True} == {1}
    with pytest.raises(TypeError, match="unhashable"):
        {[1, 2]}


def test_strings_lists_and_loops():
    code = "void f() {\n#pragma HLS pipeline\n#pragma HLS unroll\n}"
    assert code.count("#pragma") == 2
    assert [l for l in code.splitlines() if l.startswith("#")] == ["#pragma HLS pipeline", "#pragma HLS unroll"]
    assert "{}x{}".format(4, 8) == "4x8" and "{name}:{v:.2f}".format(name="t", v=1.5) == "t:1.50"
    assert ", ".join(str(i) for i in range(3)) == "0, 1, 2"
    assert " a  b ".split() == ["a", "b"] and "a,b,,c".split(",") == ["a", "b", "", "c"]
    found = None
    for i in range(10):
        if i % 2 == 0:
            continue
        if i * i > 20:
            found = i
            break
    else:
        found = -1
    assert found == 5
    xs = [3, 1, 2]
    xs.sort()
    xs.insert(0, 9)
    assert xs == [9, 1, 2, 3] and xs.pop() == 3 and xs.index(1) == 1
    assert sorted([3, 1, 2], reverse=True) == [3, 2, 1] and sum(x * x for x in xs) == 86


counter = 0


def bump(n):
    global counter
    counter = counter + n
    return counter


def test_global_statement_and_type_attributes():
    bump(2)
    assert bump(3) == 5 and counter == 5
    from allo.ir.types import float32, float64, Fixed, Int

    assert (float32.fracs, float32.exponent, float64.fracs, float64.exponent) == (23, 8, 52, 11)
    assert Fixed(8, 3).fracs == 3 and Int(6).bits == 6 and Int(6) != Fixed(6, 0)


def test_kernel_called_directly_follows_its_annotations():
    Ty = int32

    def twice(A: Ty) -> Ty:
        return A + A

    assert twice(3) == 6
    from allo.ir.types import float32

    Ty = float32
    assert twice(1.25) == 2.5


def test_chained_index_assignment_reaches_the_array():
    golden = np.zeros((3, 4), dtype="int")
    for y in range(3):
        for x in range(4):
            golden[y][x] = y * 10 + x
            golden[y][x] *= 2
    golden[1][1:3] = 7
    assert golden.tolist() == [[0, 2, 4, 6], [20, 7, 7, 26], [40, 42, 44, 46]]
