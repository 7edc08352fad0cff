module {
  func.func @kernel_seidel_2d(%arg0: memref<40x40xi32>) attributes {itypes = "s", otypes = ""} {
    %c9_i40 = arith.constant 9 : i40
    affine.for %arg1 = 0 to 20 {
      affine.for %arg2 = 1 to 39 {
        affine.for %arg3 = 1 to 39 {
          %0 = affine.load %arg0[%arg2 - 1, %arg3 - 1] : memref<40x40xi32>
          %1 = arith.extsi %0 : i32 to i33
          %2 = affine.load %arg0[%arg2 - 1, %arg3] : memref<40x40xi32>
          %3 = arith.extsi %2 : i32 to i33
          %4 = arith.addi %1, %3 : i33
          %5 = arith.extsi %4 : i33 to i34
          %6 = affine.load %arg0[%arg2 - 1, %arg3 + 1] : memref<40x40xi32>
          %7 = arith.extsi %6 : i32 to i34
          %8 = arith.addi %5, %7 : i34
          %9 = arith.extsi %8 : i34 to i35
          %10 = affine.load %arg0[%arg2, %arg3 - 1] : memref<40x40xi32>
          %11 = arith.extsi %10 : i32 to i35
          %12 = arith.addi %9, %11 : i35
          %13 = arith.extsi %12 : i35 to i36
          %14 = affine.load %arg0[%arg2, %arg3] : memref<40x40xi32>
          %15 = arith.extsi %14 : i32 to i36
          %16 = arith.addi %13, %15 : i36
          %17 = arith.extsi %16 : i36 to i37
          %18 = affine.load %arg0[%arg2, %arg3 + 1] : memref<40x40xi32>
          %19 = arith.extsi %18 : i32 to i37
          %20 = arith.addi %17, %19 : i37
          %21 = arith.extsi %20 : i37 to i38
          %22 = affine.load %arg0[%arg2 + 1, %arg3 - 1] : memref<40x40xi32>
          %23 = arith.extsi %22 : i32 to i38
          %24 = arith.addi %21, %23 : i38
          %25 = arith.extsi %24 : i38 to i39
          %26 = affine.load %arg0[%arg2 + 1, %arg3] : memref<40x40xi32>
          %27 = arith.extsi %26 : i32 to i39
          %28 = arith.addi %25, %27 : i39
          %29 = arith.extsi %28 : i39 to i40
          %30 = affine.load %arg0[%arg2 + 1, %arg3 + 1] : memref<40x40xi32>
          %31 = arith.extsi %30 : i32 to i40
          %32 = arith.addi %29, %31 : i40
          %33 = arith.divsi %32, %c9_i40 : i40
          %34 = arith.trunci %33 : i40 to i32
          affine.store %34, %arg0[%arg2, %arg3] : memref<40x40xi32>
        } {loop_name = "j", op_name = "S_j_0"}
      } {loop_name = "i", op_name = "S_i_0"}
    } {loop_name = "t", op_name = "S_t_0"}
    return
  }
}
