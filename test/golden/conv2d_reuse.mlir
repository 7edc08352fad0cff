module {
  func.func @conv2d(%arg0: memref<10x10xi32>, %arg1: memref<3x3xi32> {allo.partition = "complete:1,complete:2"}) -> memref<8x8xi32> attributes {itypes = "ss", otypes = "s"} {
    %c0_i32 = arith.constant 0 : i32
    %c0 = arith.constant 0 : index
    %alloc = memref.alloc() {name = "B"} : memref<8x8xi32>
    affine.for %arg2 = 0 to 8 {
      affine.for %arg3 = 0 to 8 {
        affine.store %c0_i32, %alloc[%arg2, %arg3] : memref<8x8xi32>
      }
    }
    %alloc_0 = memref.alloc() {name = "S_y_x_0_reuse_y", partition = "complete:1"} : memref<3x10xi32>
    affine.for %arg4 = 0 to 8 {
      %0 = arith.cmpi eq, %arg4, %c0 : index
      scf.if %0 {
        affine.for %arg5 = 0 to 3 {
          affine.for %arg6 = 0 to 10 {
            %1 = affine.load %arg0[%arg4 + %arg5, %arg6] : memref<10x10xi32>
            affine.store %1, %alloc_0[%arg5, %arg6] : memref<3x10xi32>
          } {loop_name = "S_y_x_0_reuse_y_fill_d1"}
        } {loop_name = "S_y_x_0_reuse_y_fill"}
      } else {
        affine.for %arg7 = 0 to 2 {
          affine.for %arg8 = 0 to 10 {
            %2 = affine.load %alloc_0[%arg7 + 1, %arg8] : memref<3x10xi32>
            affine.store %2, %alloc_0[%arg7, %arg8] : memref<3x10xi32>
          } {loop_name = "S_y_x_0_reuse_y_shift_d1"}
        } {loop_name = "S_y_x_0_reuse_y_shift"}
        affine.for %arg9 = 2 to 3 {
          affine.for %arg10 = 0 to 10 {
            %3 = affine.load %arg0[%arg4 + %arg9, %arg10] : memref<10x10xi32>
            affine.store %3, %alloc_0[%arg9, %arg10] : memref<3x10xi32>
          } {loop_name = "S_y_x_0_reuse_y_load_d1"}
        } {loop_name = "S_y_x_0_reuse_y_load"}
      }
      %alloc_1 = memref.alloc() {name = "S_y_x_0_reuse_x", partition = "complete:1,complete:2"} : memref<3x3xi32>
      affine.for %arg11 = 0 to 8 {
        %4 = arith.cmpi eq, %arg11, %c0 : index
        scf.if %4 {
          affine.for %arg12 = 0 to 3 {
            affine.for %arg13 = 0 to 3 {
              %5 = affine.load %alloc_0[%arg12, %arg11 + %arg13] : memref<3x10xi32>
              affine.store %5, %alloc_1[%arg12, %arg13] : memref<3x3xi32>
            } {loop_name = "S_y_x_0_reuse_x_fill"}
          } {loop_name = "S_y_x_0_reuse_x_fill_d0"}
        } else {
          affine.for %arg14 = 0 to 3 {
            affine.for %arg15 = 0 to 2 {
              %6 = affine.load %alloc_1[%arg14, %arg15 + 1] : memref<3x3xi32>
              affine.store %6, %alloc_1[%arg14, %arg15] : memref<3x3xi32>
            } {loop_name = "S_y_x_0_reuse_x_shift"}
          } {loop_name = "S_y_x_0_reuse_x_shift_d0"}
          affine.for %arg16 = 0 to 3 {
            affine.for %arg17 = 2 to 3 {
              %7 = affine.load %alloc_0[%arg16, %arg11 + %arg17] : memref<3x10xi32>
              affine.store %7, %alloc_1[%arg16, %arg17] : memref<3x3xi32>
            } {loop_name = "S_y_x_0_reuse_x_load"}
          } {loop_name = "S_y_x_0_reuse_x_load_d0"}
        }
        %alloc_2 = memref.alloc() {name = "v"} : memref<i32>
        affine.store %c0_i32, %alloc_2[] : memref<i32>
        affine.for %arg18 = 0 to 3 {
          affine.for %arg19 = 0 to 3 {
            %8 = affine.load %alloc_2[] : memref<i32>
            %9 = arith.extsi %8 : i32 to i65
            %10 = affine.load %alloc_1[%arg18, %arg19] : memref<3x3xi32>
            %11 = arith.extsi %10 : i32 to i64
            %12 = affine.load %arg1[%arg18, %arg19] : memref<3x3xi32>
            %13 = arith.extsi %12 : i32 to i64
            %14 = arith.muli %11, %13 : i64
            %15 = arith.extsi %14 : i64 to i65
            %16 = arith.addi %9, %15 : i65
            %17 = arith.trunci %16 : i65 to i32
            affine.store %17, %alloc_2[] : memref<i32>
          } {loop_name = "c", reduction}
        } {loop_name = "r", op_name = "S_r_c_0", reduction}
        %18 = affine.load %alloc_2[] : memref<i32>
        affine.store %18, %alloc[%arg4, %arg11] : memref<8x8xi32>
      } {loop_name = "x", pipeline_ii = 1 : ui32}
    } {loop_name = "y", op_name = "S_y_x_0"}
    return %alloc : memref<8x8xi32>
  }
}
