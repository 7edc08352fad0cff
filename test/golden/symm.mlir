module {
  func.func @compute_sum(%arg0: memref<16x16xf32>, %arg1: memref<16x24xf32> {allo.partition = "cyclic:2:24"}, %arg2: memref<16x24xf32> {allo.partition = "complete:2"}) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    affine.for %arg3 = 0 to 16 {
      %alloc = memref.alloc() {name = "summ_buf"} : memref<24xf32>
      affine.for %arg4 = 0 to 24 {
        affine.store %cst, %alloc[%arg4] : memref<24xf32>
      } {loop_name = "j1_init", pipeline_ii = 1 : ui32}
      affine.for %arg5 = 0 to 16 {
        affine.for %arg6 = 0 to 24 {
          %0 = arith.cmpi slt, %arg5, %arg3 : index
          scf.if %0 {
            %1 = affine.load %alloc[%arg6] : memref<24xf32>
            %2 = affine.load %arg1[%arg5, %arg6] : memref<16x24xf32>
            %3 = affine.load %arg0[%arg3, %arg5] : memref<16x16xf32>
            %4 = arith.mulf %2, %3 : f32
            %5 = arith.addf %1, %4 : f32
            affine.store %5, %alloc[%arg6] : memref<24xf32>
          }
        } {loop_name = "j1", pipeline_ii = 1 : ui32, unroll = 24 : ui32}
      } {loop_name = "k1", op_name = "k1", reduction}
      affine.for %arg7 = 0 to 24 {
        %6 = affine.load %alloc[%arg7] : memref<24xf32>
        affine.store %6, %arg2[%arg3, %arg7] : memref<16x24xf32>
      } {loop_name = "j1_back", pipeline_ii = 1 : ui32}
    } {loop_name = "i1", op_name = "sum"}
    return
  }
  func.func @update_C(%arg0: memref<16x16xf32>, %arg1: memref<16x24xf32> {allo.partition = "complete:2"}, %arg2: memref<16x24xf32> {allo.partition = "complete:2"}, %arg3: memref<16x24xf32> {allo.partition = "complete:2"}) attributes {itypes = "____", otypes = ""} {
    %cst = arith.constant 1.5 : f32
    %cst_0 = arith.constant 1.2000000476837158 : f32
    affine.for %arg4 = 0 to 16 {
      affine.for %arg5 = 0 to affine_map<(d0) -> (d0)>(%arg4) {
        affine.for %arg6 = 0 to 24 {
          %0 = affine.load %arg3[%arg5, %arg6] : memref<16x24xf32>
          %1 = affine.load %arg1[%arg4, %arg6] : memref<16x24xf32>
          %2 = arith.mulf %cst, %1 : f32
          %3 = affine.load %arg0[%arg4, %arg5] : memref<16x16xf32>
          %4 = arith.mulf %2, %3 : f32
          %5 = arith.addf %0, %4 : f32
          affine.store %5, %arg3[%arg5, %arg6] : memref<16x24xf32>
        } {loop_name = "j", op_name = "S_j_0"}
      } {loop_name = "k", op_name = "S_k_0", pipeline_ii = 1 : ui32}
      affine.for %arg7 = 0 to 24 {
        %6 = affine.load %arg3[%arg4, %arg7] : memref<16x24xf32>
        %7 = arith.mulf %cst_0, %6 : f32
        %8 = affine.load %arg1[%arg4, %arg7] : memref<16x24xf32>
        %9 = arith.mulf %cst, %8 : f32
        %10 = affine.load %arg0[%arg4, %arg4] : memref<16x16xf32>
        %11 = arith.mulf %9, %10 : f32
        %12 = arith.addf %7, %11 : f32
        %13 = affine.load %arg2[%arg4, %arg7] : memref<16x24xf32>
        %14 = arith.mulf %cst, %13 : f32
        %15 = arith.addf %12, %14 : f32
        affine.store %15, %arg3[%arg4, %arg7] : memref<16x24xf32>
      } {loop_name = "j1", op_name = "S_j1_2", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_0"}
    return
  }
  func.func @kernel_symm(%arg0: memref<16x16xf32>, %arg1: memref<16x16xf32>, %arg2: memref<16x24xf32> {allo.partition = "cyclic:2:24"}, %arg3: memref<16x24xf32> {allo.partition = "complete:2"}, %arg4: memref<16x24xf32> {allo.partition = "complete:2"}) attributes {itypes = "_____", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "summ", partition = "complete:2"} : memref<16x24xf32>
    affine.for %arg5 = 0 to 16 {
      affine.for %arg6 = 0 to 24 {
        affine.store %cst, %alloc[%arg5, %arg6] : memref<16x24xf32>
      }
    }
    func.call @compute_sum(%arg0, %arg2, %alloc) : (memref<16x16xf32>, memref<16x24xf32>, memref<16x24xf32>) -> ()
    func.call @update_C(%arg1, %arg3, %alloc, %arg4) : (memref<16x16xf32>, memref<16x24xf32>, memref<16x24xf32>, memref<16x24xf32>) -> ()
    return
  }
}
