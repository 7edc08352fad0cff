module {
  func.func @kernel_syr2k(%arg0: memref<20x16xf32>, %arg1: memref<20x16xf32>, %arg2: memref<20x20xf32>) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 1.2000000476837158 : f32
    %cst_0 = arith.constant 1.5 : f32
    affine.for %arg3 = 0 to 20 {
      affine.for %arg4 = 0 to affine_map<(d0) -> (d0 + 1)>(%arg3) {
        %0 = affine.load %arg2[%arg3, %arg4] : memref<20x20xf32>
        %1 = arith.mulf %0, %cst : f32
        affine.store %1, %arg2[%arg3, %arg4] : memref<20x20xf32>
      } {loop_name = "j0", op_name = "S_j0_0"}
      affine.for %arg5 = 0 to 16 {
        affine.for %arg6 = 0 to affine_map<(d0) -> (d0 + 1)>(%arg3) {
          %2 = affine.load %arg2[%arg3, %arg6] : memref<20x20xf32>
          %3 = affine.load %arg0[%arg6, %arg5] : memref<20x16xf32>
          %4 = arith.mulf %3, %cst_0 : f32
          %5 = affine.load %arg1[%arg3, %arg5] : memref<20x16xf32>
          %6 = arith.mulf %4, %5 : f32
          %7 = affine.load %arg1[%arg6, %arg5] : memref<20x16xf32>
          %8 = arith.mulf %7, %cst_0 : f32
          %9 = affine.load %arg0[%arg3, %arg5] : memref<20x16xf32>
          %10 = arith.mulf %8, %9 : f32
          %11 = arith.addf %6, %10 : f32
          %12 = arith.addf %2, %11 : f32
          affine.store %12, %arg2[%arg3, %arg6] : memref<20x20xf32>
        } {loop_name = "j", op_name = "S_j_1", pipeline_ii = 1 : ui32}
      } {loop_name = "k", op_name = "S_k_1"}
    } {loop_name = "i", op_name = "row"}
    return
  }
}
