module {
  func.func @compute_A(%arg0: memref<30x30xf32> {allo.partition = "complete:2"}, %arg1: memref<30x30xf32> {allo.partition = "complete:2"}) attributes {itypes = "__", otypes = ""} {
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.20000000298023224 : f32
    %alloc = memref.alloc() {name = "A_reuse_i0", partition = "complete:1,complete:2"} : memref<3x30xf32>
    affine.for %arg2 = 0 to 28 {
      %0 = arith.cmpi eq, %arg2, %c0 : index
      scf.if %0 {
        affine.for %arg3 = 0 to 3 {
          affine.for %arg4 = 0 to 30 {
            %1 = affine.load %arg0[%arg2 + %arg3, %arg4] : memref<30x30xf32>
            affine.store %1, %alloc[%arg3, %arg4] : memref<3x30xf32>
          } {loop_name = "A_reuse_i0_fill_d1"}
        } {loop_name = "A_reuse_i0_fill"}
      } else {
        affine.for %arg5 = 0 to 2 {
          affine.for %arg6 = 0 to 30 {
            %2 = affine.load %alloc[%arg5 + 1, %arg6] : memref<3x30xf32>
            affine.store %2, %alloc[%arg5, %arg6] : memref<3x30xf32>
          } {loop_name = "A_reuse_i0_shift_d1"}
        } {loop_name = "A_reuse_i0_shift"}
        affine.for %arg7 = 2 to 3 {
          affine.for %arg8 = 0 to 30 {
            %3 = affine.load %arg0[%arg2 + %arg7, %arg8] : memref<30x30xf32>
            affine.store %3, %alloc[%arg7, %arg8] : memref<3x30xf32>
          } {loop_name = "A_reuse_i0_load_d1"}
        } {loop_name = "A_reuse_i0_load"}
      }
      %alloc_0 = memref.alloc() {name = "A_reuse_j0", partition = "complete:1,complete:2"} : memref<3x3xf32>
      affine.for %arg9 = 0 to 28 {
        %4 = arith.cmpi eq, %arg9, %c0 : index
        scf.if %4 {
          affine.for %arg10 = 0 to 3 {
            affine.for %arg11 = 0 to 3 {
              %5 = affine.load %alloc[%arg10, %arg9 + %arg11] : memref<3x30xf32>
              affine.store %5, %alloc_0[%arg10, %arg11] : memref<3x3xf32>
            } {loop_name = "A_reuse_j0_fill"}
          } {loop_name = "A_reuse_j0_fill_d0"}
        } else {
          affine.for %arg12 = 0 to 3 {
            affine.for %arg13 = 0 to 2 {
              %6 = affine.load %alloc_0[%arg12, %arg13 + 1] : memref<3x3xf32>
              affine.store %6, %alloc_0[%arg12, %arg13] : memref<3x3xf32>
            } {loop_name = "A_reuse_j0_shift"}
          } {loop_name = "A_reuse_j0_shift_d0"}
          affine.for %arg14 = 0 to 3 {
            affine.for %arg15 = 2 to 3 {
              %7 = affine.load %alloc[%arg14, %arg9 + %arg15] : memref<3x30xf32>
              affine.store %7, %alloc_0[%arg14, %arg15] : memref<3x3xf32>
            } {loop_name = "A_reuse_j0_load"}
          } {loop_name = "A_reuse_j0_load_d0"}
        }
        %8 = affine.load %alloc_0[0, 1] : memref<3x3xf32>
        %9 = affine.load %alloc_0[1, 0] : memref<3x3xf32>
        %10 = arith.addf %8, %9 : f32
        %11 = affine.load %alloc_0[1, 1] : memref<3x3xf32>
        %12 = arith.addf %10, %11 : f32
        %13 = affine.load %alloc_0[1, 2] : memref<3x3xf32>
        %14 = arith.addf %12, %13 : f32
        %15 = affine.load %alloc_0[2, 1] : memref<3x3xf32>
        %16 = arith.addf %14, %15 : f32
        %17 = arith.mulf %cst, %16 : f32
        affine.store %17, %arg1[%arg2 + 1, %arg9 + 1] : memref<30x30xf32>
      } {loop_name = "j0"}
    } {loop_name = "i0", op_name = "A", pipeline_ii = 1 : ui32}
    return
  }
  func.func @compute_B(%arg0: memref<30x30xf32> {allo.partition = "complete:2"}, %arg1: memref<30x30xf32> {allo.partition = "complete:2"}) attributes {itypes = "__", otypes = ""} {
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.20000000298023224 : f32
    %alloc = memref.alloc() {name = "B_reuse_i1", partition = "complete:1,complete:2"} : memref<3x30xf32>
    affine.for %arg2 = 0 to 28 {
      %0 = arith.cmpi eq, %arg2, %c0 : index
      scf.if %0 {
        affine.for %arg3 = 0 to 3 {
          affine.for %arg4 = 0 to 30 {
            %1 = affine.load %arg0[%arg2 + %arg3, %arg4] : memref<30x30xf32>
            affine.store %1, %alloc[%arg3, %arg4] : memref<3x30xf32>
          } {loop_name = "B_reuse_i1_fill_d1"}
        } {loop_name = "B_reuse_i1_fill"}
      } else {
        affine.for %arg5 = 0 to 2 {
          affine.for %arg6 = 0 to 30 {
            %2 = affine.load %alloc[%arg5 + 1, %arg6] : memref<3x30xf32>
            affine.store %2, %alloc[%arg5, %arg6] : memref<3x30xf32>
          } {loop_name = "B_reuse_i1_shift_d1"}
        } {loop_name = "B_reuse_i1_shift"}
        affine.for %arg7 = 2 to 3 {
          affine.for %arg8 = 0 to 30 {
            %3 = affine.load %arg0[%arg2 + %arg7, %arg8] : memref<30x30xf32>
            affine.store %3, %alloc[%arg7, %arg8] : memref<3x30xf32>
          } {loop_name = "B_reuse_i1_load_d1"}
        } {loop_name = "B_reuse_i1_load"}
      }
      %alloc_0 = memref.alloc() {name = "B_reuse_j1", partition = "complete:1,complete:2"} : memref<3x3xf32>
      affine.for %arg9 = 0 to 28 {
        %4 = arith.cmpi eq, %arg9, %c0 : index
        scf.if %4 {
          affine.for %arg10 = 0 to 3 {
            affine.for %arg11 = 0 to 3 {
              %5 = affine.load %alloc[%arg10, %arg9 + %arg11] : memref<3x30xf32>
              affine.store %5, %alloc_0[%arg10, %arg11] : memref<3x3xf32>
            } {loop_name = "B_reuse_j1_fill"}
          } {loop_name = "B_reuse_j1_fill_d0"}
        } else {
          affine.for %arg12 = 0 to 3 {
            affine.for %arg13 = 0 to 2 {
              %6 = affine.load %alloc_0[%arg12, %arg13 + 1] : memref<3x3xf32>
              affine.store %6, %alloc_0[%arg12, %arg13] : memref<3x3xf32>
            } {loop_name = "B_reuse_j1_shift"}
          } {loop_name = "B_reuse_j1_shift_d0"}
          affine.for %arg14 = 0 to 3 {
            affine.for %arg15 = 2 to 3 {
              %7 = affine.load %alloc[%arg14, %arg9 + %arg15] : memref<3x30xf32>
              affine.store %7, %alloc_0[%arg14, %arg15] : memref<3x3xf32>
            } {loop_name = "B_reuse_j1_load"}
          } {loop_name = "B_reuse_j1_load_d0"}
        }
        %8 = affine.load %alloc_0[0, 1] : memref<3x3xf32>
        %9 = affine.load %alloc_0[1, 0] : memref<3x3xf32>
        %10 = arith.addf %8, %9 : f32
        %11 = affine.load %alloc_0[1, 1] : memref<3x3xf32>
        %12 = arith.addf %10, %11 : f32
        %13 = affine.load %alloc_0[1, 2] : memref<3x3xf32>
        %14 = arith.addf %12, %13 : f32
        %15 = affine.load %alloc_0[2, 1] : memref<3x3xf32>
        %16 = arith.addf %14, %15 : f32
        %17 = arith.mulf %cst, %16 : f32
        affine.store %17, %arg1[%arg2 + 1, %arg9 + 1] : memref<30x30xf32>
      } {loop_name = "j1"}
    } {loop_name = "i1", op_name = "B", pipeline_ii = 1 : ui32}
    return
  }
  func.func @kernel_jacobi_2d(%arg0: memref<30x30xf32> {allo.partition = "complete:2"}, %arg1: memref<30x30xf32> {allo.partition = "complete:2"}) attributes {itypes = "__", otypes = ""} {
    affine.for %arg2 = 0 to 20 {
      func.call @compute_A(%arg0, %arg1) : (memref<30x30xf32>, memref<30x30xf32>) -> ()
      func.call @compute_B(%arg1, %arg0) : (memref<30x30xf32>, memref<30x30xf32>) -> ()
    } {loop_name = "m", op_name = "S_m_0"}
    return
  }
}
