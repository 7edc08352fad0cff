module {
  func.func @stageS(%arg0: memref<20x16xf32> {allo.partition = "complete:2"}, %arg1: memref<20xf32>, %arg2: memref<16xf32> {allo.partition = "complete:1"}) attributes {itypes = "___", otypes = ""} {
    affine.for %arg3 = 0 to 20 {
      %alloc = memref.alloc() {name = "r_i"} : memref<f32>
      %0 = affine.load %arg1[%arg3] : memref<20xf32>
      affine.store %0, %alloc[] : memref<f32>
      affine.for %arg4 = 0 to 16 {
        %1 = affine.load %arg2[%arg4] : memref<16xf32>
        %2 = affine.load %alloc[] : memref<f32>
        %3 = affine.load %arg0[%arg3, %arg4] : memref<20x16xf32>
        %4 = arith.mulf %2, %3 : f32
        %5 = arith.addf %1, %4 : f32
        affine.store %5, %arg2[%arg4] : memref<16xf32>
      } {loop_name = "j0", op_name = "S_j0_0"}
    } {loop_name = "i0", op_name = "S_i0_0", pipeline_ii = 1 : ui32}
    return
  }
  func.func @stageQ(%arg0: memref<20x16xf32> {allo.partition = "complete:1"}, %arg1: memref<16xf32>, %arg2: memref<20xf32> {allo.partition = "complete:1"}) attributes {itypes = "___", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      affine.for %arg4 = 0 to 20 {
        %0 = affine.load %arg2[%arg4] : memref<20xf32>
        %1 = affine.load %arg0[%arg4, %arg3] : memref<20x16xf32>
        %2 = affine.load %arg1[%arg3] : memref<16xf32>
        %3 = arith.mulf %1, %2 : f32
        %4 = arith.addf %0, %3 : f32
        affine.store %4, %arg2[%arg4] : memref<20xf32>
      } {loop_name = "i1"}
    } {loop_name = "j1", op_name = "S_i1_0", pipeline_ii = 1 : ui32}
    return
  }
  func.func @kernel_bicg(%arg0: memref<20x16xf32> {allo.partition = "complete:2"}, %arg1: memref<20x16xf32> {allo.partition = "complete:1"}, %arg2: memref<16xf32>, %arg3: memref<20xf32>, %arg4: memref<20xf32> {allo.partition = "complete:1"}, %arg5: memref<16xf32> {allo.partition = "complete:1"}) attributes {itypes = "______", otypes = ""} {
    func.call @stageS(%arg0, %arg3, %arg5) : (memref<20x16xf32>, memref<20xf32>, memref<16xf32>) -> ()
    func.call @stageQ(%arg1, %arg2, %arg4) : (memref<20x16xf32>, memref<16xf32>, memref<20xf32>) -> ()
    return
  }
}
