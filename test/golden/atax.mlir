module {
  func.func @stage_M(%arg0: memref<16x20xf32>, %arg1: memref<20xf32>, %arg2: memref<16xf32>) attributes {itypes = "___", otypes = ""} {
    affine.for %arg3 = 0 to 20 {
      affine.for %arg4 = 0 to 16 {
        %0 = affine.load %arg2[%arg4] : memref<16xf32>
        %1 = affine.load %arg0[%arg4, %arg3] : memref<16x20xf32>
        %2 = affine.load %arg1[%arg3] : memref<20xf32>
        %3 = arith.mulf %1, %2 : f32
        %4 = arith.addf %0, %3 : f32
        affine.store %4, %arg2[%arg4] : memref<16xf32>
      } {loop_name = "m", pipeline_ii = 1 : ui32}
    } {loop_name = "r", op_name = "S_m_0", reduction}
    return
  }
  func.func @stage_N(%arg0: memref<16x20xf32>, %arg1: memref<16xf32>, %arg2: memref<20xf32>) attributes {itypes = "___", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      affine.for %arg4 = 0 to 20 {
        %0 = affine.load %arg2[%arg4] : memref<20xf32>
        %1 = affine.load %arg0[%arg3, %arg4] : memref<16x20xf32>
        %2 = affine.load %arg1[%arg3] : memref<16xf32>
        %3 = arith.mulf %1, %2 : f32
        %4 = arith.addf %0, %3 : f32
        affine.store %4, %arg2[%arg4] : memref<20xf32>
      } {loop_name = "n", pipeline_ii = 1 : ui32}
    } {loop_name = "k", op_name = "S_n_0", reduction}
    return
  }
  func.func @kernel_atax(%arg0: memref<16x20xf32>, %arg1: memref<20xf32>, %arg2: memref<20xf32>) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "out_Ax"} : memref<16xf32>
    affine.for %arg3 = 0 to 16 {
      affine.store %cst, %alloc[%arg3] : memref<16xf32>
    }
    func.call @stage_M(%arg0, %arg1, %alloc) : (memref<16x20xf32>, memref<20xf32>, memref<16xf32>) -> ()
    func.call @stage_N(%arg0, %alloc, %arg2) : (memref<16x20xf32>, memref<16xf32>, memref<20xf32>) -> ()
    return
  }
}
