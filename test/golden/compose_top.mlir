module {
  func.func @gemm(%arg0: memref<16x16xi32>, %arg1: memref<16x16xi32>) -> memref<16x16xi32> attributes {itypes = "ss", otypes = "s"} {
    %c0_i32 = arith.constant 0 : i32
    %alloc = memref.alloc() {name = "C"} : memref<16x16xi32>
    affine.for %arg2 = 0 to 16 {
      affine.for %arg3 = 0 to 16 {
        affine.store %c0_i32, %alloc[%arg2, %arg3] : memref<16x16xi32>
      }
    }
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "C_buf"} : memref<16xi32>
      affine.for %arg5 = 0 to 16 {
        affine.store %c0_i32, %alloc_0[%arg5] : memref<16xi32>
      } {loop_name = "j_init", pipeline_ii = 1 : ui32}
      affine.for %arg6 = 0 to 16 {
        affine.for %arg7 = 0 to 16 {
          %0 = affine.load %alloc_0[%arg7] : memref<16xi32>
          %1 = arith.extsi %0 : i32 to i65
          %2 = affine.load %arg0[%arg4, %arg6] : memref<16x16xi32>
          %3 = arith.extsi %2 : i32 to i64
          %4 = affine.load %arg1[%arg6, %arg7] : memref<16x16xi32>
          %5 = arith.extsi %4 : i32 to i64
          %6 = arith.muli %3, %5 : i64
          %7 = arith.extsi %6 : i64 to i65
          %8 = arith.addi %1, %7 : i65
          %9 = arith.trunci %8 : i65 to i32
          affine.store %9, %alloc_0[%arg7] : memref<16xi32>
        } {loop_name = "j", pipeline_ii = 1 : ui32}
      } {loop_name = "k", op_name = "S_k_0", reduction}
      affine.for %arg8 = 0 to 16 {
        %10 = affine.load %alloc_0[%arg8] : memref<16xi32>
        affine.store %10, %alloc[%arg4, %arg8] : memref<16x16xi32>
      } {loop_name = "j_back", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return %alloc : memref<16x16xi32>
  }
  func.func @top(%arg0: memref<16x16xi32>, %arg1: memref<16x16xi32>, %arg2: memref<16x16xi32>) -> memref<16x16xi32> attributes {itypes = "sss", otypes = "s"} {
    %alloc = memref.alloc() {name = "D"} : memref<16x16xi32>
    %alloc_0 = memref.alloc() {name = "E"} : memref<16x16xi32>
    %0 = func.call @gemm(%arg0, %arg1) : (memref<16x16xi32>, memref<16x16xi32>) -> memref<16x16xi32>
    memref.copy %0, %alloc : memref<16x16xi32> to memref<16x16xi32>
    %1 = func.call @gemm(%alloc, %arg2) : (memref<16x16xi32>, memref<16x16xi32>) -> memref<16x16xi32>
    memref.copy %1, %alloc_0 : memref<16x16xi32> to memref<16x16xi32>
    return %alloc_0 : memref<16x16xi32>
  }
}
