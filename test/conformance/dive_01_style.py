# Written the way Allo's deep dive 01 (data types and casting) is written: the type classes, a bare
# annotation at module level, implicit widening in an addition, explicit casts through typed locals
# and float(), checked by running the kernels directly on numpy values.
import allo
from allo.ir.types import int8, int16, int32, float32, Int, UInt, Float, Fixed, UFixed
import numpy as np

x: int32

Int15 = Int(15)
U8F3 = UFixed(8, 3)
Half = Float(16)
print(Int15, U8F3, Half)


def add(a: int32, b: int32) -> int32:
    return a + b


s = allo.customize(add)
print(s.module)
assert add(2147483647, 1) == -2147483648  # the int33 sum wraps back to int32 on return


def convert(a: int32) -> int16:
    b: float32 = a
    c: float32 = b * 2
    d: float32 = float(a) * 2
    e: int16 = c + d
    return e


s = allo.customize(convert)
print(s.module)
mod = s.build()
for v in [0, 3, -7, 20000]:
    expected = np.array(v * 4).astype(np.int16)
    assert mod(v) == expected, f"convert({v}) = {mod(v)}, expected {expected}"


def bits(a: int32) -> int8:
    return a[0:8]


assert bits(0x1234) == 0x34
print("dive 01 style: passed")
