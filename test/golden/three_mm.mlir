module {
  func.func @mm1(%arg0: memref<16x20xf32>, %arg1: memref<20x18xf32> {allo.partition = "complete:2"}, %arg2: memref<16x18xf32>) attributes {itypes = "___", otypes = "", dataflow} {
    %cst = arith.constant 0.0 : f32
    affine.for %arg3 = 0 to 16 {
      %alloc = memref.alloc() {name = "out_AB_buf"} : memref<18xf32>
      affine.for %arg4 = 0 to 18 {
        affine.store %cst, %alloc[%arg4] : memref<18xf32>
      } {loop_name = "j0_init", pipeline_ii = 1 : ui32}
      affine.for %arg5 = 0 to 20 {
        affine.for %arg6 = 0 to 18 {
          %0 = affine.load %alloc[%arg6] : memref<18xf32>
          %1 = affine.load %arg0[%arg3, %arg5] : memref<16x20xf32>
          %2 = affine.load %arg1[%arg5, %arg6] : memref<20x18xf32>
          %3 = arith.mulf %1, %2 : f32
          %4 = arith.addf %0, %3 : f32
          affine.store %4, %alloc[%arg6] : memref<18xf32>
        } {loop_name = "j0"}
      } {loop_name = "k0", op_name = "S_k0_0", pipeline_ii = 1 : ui32, reduction}
      affine.for %arg7 = 0 to 18 {
        %5 = affine.load %alloc[%arg7] : memref<18xf32>
        affine.store %5, %arg2[%arg3, %arg7] : memref<16x18xf32>
      } {loop_name = "j0_back", pipeline_ii = 1 : ui32}
    } {loop_name = "i0", op_name = "mm1", dataflow}
    return
  }
  func.func @mm2(%arg0: memref<18x24xf32> {allo.partition = "complete:2"}, %arg1: memref<24x22xf32>, %arg2: memref<18x22xf32> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "___", otypes = "", dataflow} {
    %cst = arith.constant 0.0 : f32
    affine.for %arg3 = 0 to 18 {
      %alloc = memref.alloc() {name = "out_CD_buf"} : memref<22xf32>
      affine.for %arg4 = 0 to 22 {
        affine.store %cst, %alloc[%arg4] : memref<22xf32>
      } {loop_name = "j1_init", pipeline_ii = 1 : ui32}
      affine.for %arg5 = 0 to 24 {
        affine.for %arg6 = 0 to 22 {
          %0 = affine.load %alloc[%arg6] : memref<22xf32>
          %1 = affine.load %arg0[%arg3, %arg5] : memref<18x24xf32>
          %2 = affine.load %arg1[%arg5, %arg6] : memref<24x22xf32>
          %3 = arith.mulf %1, %2 : f32
          %4 = arith.addf %0, %3 : f32
          affine.store %4, %alloc[%arg6] : memref<22xf32>
        } {loop_name = "j1"}
      } {loop_name = "k1", op_name = "S_k1_0", pipeline_ii = 1 : ui32, reduction}
      affine.for %arg7 = 0 to 22 {
        %5 = affine.load %alloc[%arg7] : memref<22xf32>
        affine.store %5, %arg2[%arg3, %arg7] : memref<18x22xf32>
      } {loop_name = "j1_back", pipeline_ii = 1 : ui32}
    } {loop_name = "i1", op_name = "mm2", dataflow}
    return
  }
  func.func @mm3(%arg0: memref<16x18xf32>, %arg1: memref<18x22xf32> {allo.partition = "complete:1,complete:2"}, %arg2: memref<16x22xf32>) attributes {itypes = "___", otypes = "", dataflow} {
    %cst = arith.constant 0.0 : f32
    affine.for %arg3 = 0 to 16 {
      %alloc = memref.alloc() {name = "out_ABC_buf"} : memref<22xf32>
      affine.for %arg4 = 0 to 22 {
        affine.store %cst, %alloc[%arg4] : memref<22xf32>
      } {loop_name = "j2_init", pipeline_ii = 1 : ui32}
      affine.for %arg5 = 0 to 18 {
        affine.for %arg6 = 0 to 22 {
          %0 = affine.load %alloc[%arg6] : memref<22xf32>
          %1 = affine.load %arg0[%arg3, %arg5] : memref<16x18xf32>
          %2 = affine.load %arg1[%arg5, %arg6] : memref<18x22xf32>
          %3 = arith.mulf %1, %2 : f32
          %4 = arith.addf %0, %3 : f32
          affine.store %4, %alloc[%arg6] : memref<22xf32>
        } {loop_name = "j2"}
      } {loop_name = "k2", op_name = "S_k2_0", pipeline_ii = 1 : ui32, reduction}
      affine.for %arg7 = 0 to 22 {
        %5 = affine.load %alloc[%arg7] : memref<22xf32>
        affine.store %5, %arg2[%arg3, %arg7] : memref<16x22xf32>
      } {loop_name = "j2_back", pipeline_ii = 1 : ui32}
    } {loop_name = "i2", op_name = "mm3", dataflow}
    return
  }
  func.func @kernel_3mm(%arg0: memref<16x20xf32>, %arg1: memref<20x18xf32> {allo.partition = "complete:2"}, %arg2: memref<18x24xf32> {allo.partition = "complete:2"}, %arg3: memref<24x22xf32>) -> memref<16x22xf32> attributes {itypes = "____", otypes = "_"} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "out_AB"} : memref<16x18xf32>
    affine.for %arg4 = 0 to 16 {
      affine.for %arg5 = 0 to 18 {
        affine.store %cst, %alloc[%arg4, %arg5] : memref<16x18xf32>
      }
    }
    %alloc_0 = memref.alloc() {name = "out_CD", partition = "complete:1,complete:2"} : memref<18x22xf32>
    affine.for %arg6 = 0 to 18 {
      affine.for %arg7 = 0 to 22 {
        affine.store %cst, %alloc_0[%arg6, %arg7] : memref<18x22xf32>
      }
    }
    %alloc_1 = memref.alloc() {name = "output"} : memref<16x22xf32>
    affine.for %arg8 = 0 to 16 {
      affine.for %arg9 = 0 to 22 {
        affine.store %cst, %alloc_1[%arg8, %arg9] : memref<16x22xf32>
      }
    }
    func.call @mm1(%arg0, %arg1, %alloc) : (memref<16x20xf32>, memref<20x18xf32>, memref<16x18xf32>) -> ()
    func.call @mm2(%arg2, %arg3, %alloc_0) : (memref<18x24xf32>, memref<24x22xf32>, memref<18x22xf32>) -> ()
    func.call @mm3(%alloc, %alloc_0, %alloc_1) : (memref<16x18xf32>, memref<18x22xf32>, memref<16x22xf32>) -> ()
    return %alloc_1 : memref<16x22xf32>
  }
}
