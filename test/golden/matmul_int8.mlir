module {
  func.func @gemm(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi8>) -> memref<16x16xi16> attributes {itypes = "ss", otypes = "s"} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C"} : memref<16x16xi16>
    affine.for %arg2 = 0 to 16 {
      affine.for %arg3 = 0 to 16 {
        affine.store %c0_i16, %alloc[%arg2, %arg3] : memref<16x16xi16>
      }
    }
    affine.for %arg4 = 0 to 4 {
      affine.for %arg5 = 0 to 4 {
        affine.for %arg6 = 0 to 4 {
          affine.for %arg7 = 0 to 4 {
            affine.for %arg8 = 0 to 16 {
              %0 = affine.load %alloc[%arg4 * 4 + %arg6, %arg5 * 4 + %arg7] : memref<16x16xi16>
              %1 = arith.extsi %0 : i16 to i17
              %2 = affine.load %arg0[%arg4 * 4 + %arg6, %arg8] : memref<16x16xi8>
              %3 = arith.extsi %2 : i8 to i16
              %4 = affine.load %arg1[%arg8, %arg5 * 4 + %arg7] : memref<16x16xi8>
              %5 = arith.extsi %4 : i8 to i16
              %6 = arith.muli %3, %5 : i16
              %7 = arith.extsi %6 : i16 to i17
              %8 = arith.addi %1, %7 : i17
              %9 = arith.trunci %8 : i17 to i16
              affine.store %9, %alloc[%arg4 * 4 + %arg6, %arg5 * 4 + %arg7] : memref<16x16xi16>
            } {loop_name = "k", op_name = "S_k_0", reduction}
          } {loop_name = "j.inner"}
        } {loop_name = "i.inner"}
      } {loop_name = "j.outer"}
    } {loop_name = "i.outer", op_name = "S_i_j_0"}
    return %alloc : memref<16x16xi16>
  }
}
