module {
  func.func @vector_add(%arg0: memref<1024xi32>, %arg1: memref<1024xi32>, %arg2: memref<1024xi32>) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 1024 {
      %0 = affine.load %arg0[%arg3] : memref<1024xi32>
      %1 = arith.extsi %0 : i32 to i33
      %2 = affine.load %arg1[%arg3] : memref<1024xi32>
      %3 = arith.extsi %2 : i32 to i33
      %4 = arith.addi %1, %3 : i33
      %5 = arith.trunci %4 : i33 to i32
      affine.store %5, %arg2[%arg3] : memref<1024xi32>
    } {loop_name = "i", op_name = "S_i_0"}
    return
  }
}
