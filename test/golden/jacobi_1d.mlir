module {
  func.func @kernel_jacobi_1d(%arg0: memref<30xf32>, %arg1: memref<30xf32>) attributes {itypes = "__", otypes = ""} {
    %cst = arith.constant 0.3333300054073334 : f32
    affine.for %arg2 = 0 to 20 {
      affine.for %arg3 = 1 to 29 {
        %0 = affine.load %arg0[%arg3 - 1] : memref<30xf32>
        %1 = affine.load %arg0[%arg3] : memref<30xf32>
        %2 = arith.addf %0, %1 : f32
        %3 = affine.load %arg0[%arg3 + 1] : memref<30xf32>
        %4 = arith.addf %2, %3 : f32
        %5 = arith.mulf %cst, %4 : f32
        affine.store %5, %arg1[%arg3] : memref<30xf32>
      } {loop_name = "i0", op_name = "S_i0_0"}
      affine.for %arg4 = 1 to 29 {
        %6 = affine.load %arg1[%arg4 - 1] : memref<30xf32>
        %7 = affine.load %arg1[%arg4] : memref<30xf32>
        %8 = arith.addf %6, %7 : f32
        %9 = affine.load %arg1[%arg4 + 1] : memref<30xf32>
        %10 = arith.addf %8, %9 : f32
        %11 = arith.mulf %cst, %10 : f32
        affine.store %11, %arg0[%arg4] : memref<30xf32>
      } {loop_name = "i1", op_name = "S_i1_1"}
    } {loop_name = "m", op_name = "S_m_0"}
    return
  }
}
