# Fuzz find (hang, seed 1206): the 64x64 systolic benchmark with its PE body under 80 nested 'if 1:'.
# Expanding the 4,096 PEs built 389,127 statements and 85 MB of MLIR (about 10 s of CPU); the unfold step
# now fails with E-limit-grid (PEs x the PE body's statements beyond the --max-grid-statements limit).
# Benchmark: the Allo paper's systolic schedule exactly as printed (PLDI'24, Fig. "systolic array"), on a 64x64
# int8 matmul (M = N = K = 64): buffer_at on the inputs names their feeds (A_fifo, B_fifo), unfold makes a 64x64 PE
# grid, partition completes C on both dims (the paper's 0-based dim=[0, 1]), and to() streams A
# along one grid axis and B along the other through FIFOs of depth M + 1 / N + 1.
# 4096 PEs and 8064 FIFOs: the schedule keeps the grid compact (one PE body over its coordinates);
# the diagram draws it as one grid node and the HLS export as one PE function called per PE.

import allo
from allo.ir.types import int8, int16

M, N, K = 64, 64, 64


def gemm(A: int8[M, K], B: int8[K, N]) -> int16[M, N]:
    C: int16[M, N] = 0
    for i, j in allo.grid(M, N, name="PE"):
        for k in allo.reduction(K):
            if 1:
             if 1:
              if 1:
               if 1:
                if 1:
                 if 1:
                  if 1:
                   if 1:
                    if 1:
                     if 1:
                      if 1:
                       if 1:
                        if 1:
                         if 1:
                          if 1:
                           if 1:
                            if 1:
                             if 1:
                              if 1:
                               if 1:
                                if 1:
                                 if 1:
                                  if 1:
                                   if 1:
                                    if 1:
                                     if 1:
                                      if 1:
                                       if 1:
                                        if 1:
                                         if 1:
                                          if 1:
                                           if 1:
                                            if 1:
                                             if 1:
                                              if 1:
                                               if 1:
                                                if 1:
                                                 if 1:
                                                  if 1:
                                                   if 1:
                                                    if 1:
                                                     if 1:
                                                      if 1:
                                                       if 1:
                                                        if 1:
                                                         if 1:
                                                          if 1:
                                                           if 1:
                                                            if 1:
                                                             if 1:
                                                              if 1:
                                                               if 1:
                                                                if 1:
                                                                 if 1:
                                                                  if 1:
                                                                   if 1:
                                                                    if 1:
                                                                     if 1:
                                                                      if 1:
                                                                       if 1:
                                                                        if 1:
                                                                         if 1:
                                                                          if 1:
                                                                           if 1:
                                                                            if 1:
                                                                             if 1:
                                                                              if 1:
                                                                               if 1:
                                                                                if 1:
                                                                                 if 1:
                                                                                  if 1:
                                                                                   if 1:
                                                                                    if 1:
                                                                                     if 1:
                                                                                      if 1:
                                                                                       if 1:
                                                                                        if 1:
                                                                                         if 1:
                                                                                          if 1:
                                                                                           if 1:
                                                                                            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
buf_A = s.buffer_at(s.A, "j")
buf_B = s.buffer_at(s.B, "j")
pe = s.unfold("PE", axis=[0, 1], factor=[M, N])
s.partition(s.C, dim=[0, 1])
s.to(buf_A, pe, axis=0, depth=M + 1)
s.to(buf_B, pe, axis=1, depth=N + 1)
mod = s.build()
