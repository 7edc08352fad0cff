module {
  func.func @stageA(%arg0: memref<24xf32>, %arg1: memref<24xf32>, %arg2: memref<24x24xf32> {allo.partition = "complete:2"}, %arg3: memref<24xf32> {allo.partition = "complete:1"}) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 24 {
      %alloc = memref.alloc() {name = "x"} : memref<f32>
      %0 = affine.load %arg0[%arg4] : memref<24xf32>
      affine.store %0, %alloc[] : memref<f32>
      affine.for %arg5 = 0 to 24 {
        %1 = affine.load %alloc[] : memref<f32>
        %2 = affine.load %arg2[%arg4, %arg5] : memref<24x24xf32>
        %3 = affine.load %arg3[%arg5] : memref<24xf32>
        %4 = arith.mulf %2, %3 : f32
        %5 = arith.addf %1, %4 : f32
        affine.store %5, %alloc[] : memref<f32>
      } {loop_name = "j0", op_name = "S_j0_0", reduction}
      %6 = affine.load %alloc[] : memref<f32>
      affine.store %6, %arg1[%arg4] : memref<24xf32>
    } {loop_name = "i0", op_name = "A", pipeline_ii = 1 : ui32}
    return
  }
  func.func @stageB(%arg0: memref<24xf32>, %arg1: memref<24xf32>, %arg2: memref<24x24xf32> {allo.partition = "complete:1"}, %arg3: memref<24xf32> {allo.partition = "complete:1"}) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 24 {
      %alloc = memref.alloc() {name = "x"} : memref<f32>
      %0 = affine.load %arg0[%arg4] : memref<24xf32>
      affine.store %0, %alloc[] : memref<f32>
      affine.for %arg5 = 0 to 24 {
        %1 = affine.load %alloc[] : memref<f32>
        %2 = affine.load %arg2[%arg5, %arg4] : memref<24x24xf32>
        %3 = affine.load %arg3[%arg5] : memref<24xf32>
        %4 = arith.mulf %2, %3 : f32
        %5 = arith.addf %1, %4 : f32
        affine.store %5, %alloc[] : memref<f32>
      } {loop_name = "j1", op_name = "S_j1_0", reduction}
      %6 = affine.load %alloc[] : memref<f32>
      affine.store %6, %arg1[%arg4] : memref<24xf32>
    } {loop_name = "i1", op_name = "B", pipeline_ii = 1 : ui32}
    return
  }
  func.func @kernel_mvt(%arg0: memref<24x24xf32> {allo.partition = "complete:2"}, %arg1: memref<24x24xf32> {allo.partition = "complete:1"}, %arg2: memref<24xf32> {allo.partition = "complete:1"}, %arg3: memref<24xf32> {allo.partition = "complete:1"}, %arg4: memref<24xf32>, %arg5: memref<24xf32>, %arg6: memref<24xf32>, %arg7: memref<24xf32>) attributes {itypes = "________", otypes = ""} {
    func.call @stageA(%arg4, %arg6, %arg0, %arg2) : (memref<24xf32>, memref<24xf32>, memref<24x24xf32>, memref<24xf32>) -> ()
    func.call @stageB(%arg5, %arg7, %arg1, %arg3) : (memref<24xf32>, memref<24xf32>, memref<24x24xf32>, memref<24xf32>) -> ()
    return
  }
}
