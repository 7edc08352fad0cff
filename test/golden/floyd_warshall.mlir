module {
  func.func @kernel_floyd_warshall(%arg0: memref<20x20xi32>) attributes {itypes = "s", otypes = ""} {
    affine.for %arg1 = 0 to 20 {
      affine.for %arg2 = 0 to 20 {
        affine.for %arg3 = 0 to 20 {
          %alloc = memref.alloc() {name = "path_"} : memref<i32>
          %0 = affine.load %arg0[%arg2, %arg1] : memref<20x20xi32>
          %1 = arith.extsi %0 : i32 to i33
          %2 = affine.load %arg0[%arg1, %arg3] : memref<20x20xi32>
          %3 = arith.extsi %2 : i32 to i33
          %4 = arith.addi %1, %3 : i33
          %5 = arith.trunci %4 : i33 to i32
          affine.store %5, %alloc[] : memref<i32>
          %6 = affine.load %arg0[%arg2, %arg3] : memref<20x20xi32>
          %7 = affine.load %alloc[] : memref<i32>
          %8 = arith.cmpi sge, %6, %7 : i32
          scf.if %8 {
            %9 = affine.load %alloc[] : memref<i32>
            affine.store %9, %arg0[%arg2, %arg3] : memref<20x20xi32>
          }
        } {loop_name = "j"}
      } {loop_name = "i"}
    } {loop_name = "k", op_name = "S_k_i_j_0"}
    return
  }
}
