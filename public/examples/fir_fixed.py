# Fixed-point FIR filter: y[n] = sum over t of h[t] * x[n - t] (samples before x[0] are zero).
# Shows: Fixed(W, F) arrays and scalar locals. Fixed(16,8) * Fixed(16,8) is Fixed(32,16), exact;
# the Fixed(32,16) accumulator wraps at 32 bits; the output narrows to Fixed(24,10) by flooring
# the 6 dropped fraction bits (AP_TRN) and wrapping to 24 bits (AP_WRAP).
# Written for the Allo Studio gallery (not taken from Allo's repository).

import allo
from allo.ir.types import Fixed

N = 32
TAPS = 8


def fir(x: Fixed(16, 8)[N], h: Fixed(16, 8)[TAPS]) -> Fixed(24, 10)[N]:
    y: Fixed(24, 10)[N] = 0.0
    for n in range(N):
        acc: Fixed(32, 16) = 0.0
        for t in range(TAPS):
            if n >= t:
                acc += x[n - t] * h[t]
        y[n] = acc
    return y


s = allo.customize(fir)
s.unroll("t")
s.pipeline("n")
mod = s.build()
