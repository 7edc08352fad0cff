# PolyBench Nussinov RNA folding (max-plus dynamic programming) as an Allo template, int32.
# Shows: an `index`-typed local (i: index = N - 1 - i_inv), loops with variable bounds
# (range(i + 1, N), range(i + 1, j)), nested if/else, `and`, equality tests.
# Adapted from Allo's examples/polybench/nussinov.py (Apache-2.0). Allo's locals are float32;
# here they are T, so the int32 instance stays exact (no int->float->int round trips). N=24.

import allo
from allo.ir.types import int32, float32, index


def kernel_nussinov[T: (float32, int32), N: int32](seq: "T[N]", table: "T[N, N]"):
    for i_inv in range(N):
        i: index = N - 1 - i_inv
        for j in range(i + 1, N):
            if j - 1 >= 0:
                if table[i, j] < table[i, j - 1]:
                    table[i, j] = table[i, j - 1]

            if i + 1 < N:
                if table[i, j] < table[i + 1, j]:
                    table[i, j] = table[i + 1, j]

            if j - 1 >= 0 and i + 1 < N:
                if i < j - 1:
                    w: T = seq[i] + seq[j]

                    match: T = 0
                    if w == 3:
                        match = 1

                    s2: T = 0
                    s2 = table[i + 1, j - 1] + match

                    if table[i, j] < s2:
                        table[i, j] = s2
                else:
                    if table[i, j] < table[i + 1, j - 1]:
                        table[i, j] = table[i + 1, j - 1]

            for k in range(i + 1, j):
                s3: T = table[i, k] + table[k + 1, j]
                if table[i, j] < s3:
                    table[i, j] = s3


def nussinov(concrete_type, n):
    s = allo.customize(kernel_nussinov, instantiate=[concrete_type, n])
    return s.build()


mod = nussinov(int32, 24)
