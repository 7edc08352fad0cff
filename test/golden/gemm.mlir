module {
  func.func @gemm(%arg0: memref<32x32xf32>, %arg1: memref<32x32xf32>) -> memref<32x32xf32> attributes {itypes = "__", otypes = "_"} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "C"} : memref<32x32xf32>
    affine.for %arg2 = 0 to 32 {
      affine.for %arg3 = 0 to 32 {
        affine.store %cst, %alloc[%arg2, %arg3] : memref<32x32xf32>
      }
    }
    affine.for %arg4 = 0 to 32 {
      %alloc_0 = memref.alloc() {name = "C_buf"} : memref<32xf32>
      affine.for %arg5 = 0 to 32 {
        affine.store %cst, %alloc_0[%arg5] : memref<32xf32>
      } {loop_name = "j_init", pipeline_ii = 1 : ui32}
      affine.for %arg6 = 0 to 32 {
        affine.for %arg7 = 0 to 32 {
          %0 = affine.load %alloc_0[%arg7] : memref<32xf32>
          %1 = affine.load %arg0[%arg4, %arg6] : memref<32x32xf32>
          %2 = affine.load %arg1[%arg6, %arg7] : memref<32x32xf32>
          %3 = arith.mulf %1, %2 : f32
          %4 = arith.addf %0, %3 : f32
          affine.store %4, %alloc_0[%arg7] : memref<32xf32>
        } {loop_name = "j", pipeline_ii = 1 : ui32}
      } {loop_name = "k", op_name = "S_k_0", reduction}
      affine.for %arg8 = 0 to 32 {
        %5 = affine.load %alloc_0[%arg8] : memref<32xf32>
        affine.store %5, %alloc[%arg4, %arg8] : memref<32x32xf32>
      } {loop_name = "j_back", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return %alloc : memref<32x32xf32>
  }
}
