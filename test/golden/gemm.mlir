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
      affine.for %arg5 = 0 to 32 {
        affine.for %arg6 = 0 to 32 {
          %0 = affine.load %alloc[%arg4, %arg5] : memref<32x32xf32>
          %1 = affine.load %arg0[%arg4, %arg6] : memref<32x32xf32>
          %2 = affine.load %arg1[%arg6, %arg5] : memref<32x32xf32>
          %3 = arith.mulf %1, %2 : f32
          %4 = arith.addf %0, %3 : f32
          affine.store %4, %alloc[%arg4, %arg5] : memref<32x32xf32>
        } {loop_name = "k", op_name = "S_k_0", reduction}
      } {loop_name = "j"}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return %alloc : memref<32x32xf32>
  }
}
