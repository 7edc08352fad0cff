module {
  func.func @S0(%arg0: memref<16x16xf32>, %arg1: memref<16x20xf32> {allo.partition = "cyclic:2:20"}) attributes {itypes = "__", otypes = ""} {
    affine.for %arg2 = 0 to 16 {
      affine.for %arg3 = 0 to 16 {
        affine.for %arg4 = 0 to 20 {
          %0 = arith.cmpi sgt, %arg3, %arg2 : index
          scf.if %0 {
            %1 = affine.load %arg1[%arg2, %arg4] : memref<16x20xf32>
            %2 = affine.load %arg0[%arg3, %arg2] : memref<16x16xf32>
            %3 = affine.load %arg1[%arg3, %arg4] : memref<16x20xf32>
            %4 = arith.mulf %2, %3 : f32
            %5 = arith.addf %1, %4 : f32
            affine.store %5, %arg1[%arg2, %arg4] : memref<16x20xf32>
          }
        } {loop_name = "j1", pipeline_ii = 1 : ui32, unroll = 20 : ui32}
      } {loop_name = "k1", op_name = "S_k1_0", reduction}
    } {loop_name = "i1", op_name = "update"}
    return
  }
  func.func @S1(%arg0: memref<16x20xf32> {allo.partition = "cyclic:2:20"}) attributes {itypes = "_", otypes = ""} {
    %cst = arith.constant 1.5 : f32
    affine.for %arg1 = 0 to 16 {
      affine.for %arg2 = 0 to 20 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<16x20xf32>
        %1 = arith.mulf %0, %cst : f32
        affine.store %1, %arg0[%arg1, %arg2] : memref<16x20xf32>
      } {loop_name = "j0", pipeline_ii = 1 : ui32, unroll = 20 : ui32}
    } {loop_name = "i0", op_name = "mul"}
    return
  }
  func.func @kernel_trmm(%arg0: memref<16x16xf32>, %arg1: memref<16x20xf32> {allo.partition = "cyclic:2:20"}) attributes {itypes = "__", otypes = ""} {
    func.call @S0(%arg0, %arg1) : (memref<16x16xf32>, memref<16x20xf32>) -> ()
    func.call @S1(%arg1) : (memref<16x20xf32>) -> ()
    return
  }
}
