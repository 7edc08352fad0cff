module {
  func.func @fir(%arg0: memref<32xi16> {allo.fixed = "fixed(16, 8)"}, %arg1: memref<8xi16> {allo.fixed = "fixed(16, 8)"}) -> (memref<32xi24> {allo.fixed = "fixed(24, 10)"}) attributes {itypes = "ss", otypes = "s"} {
    %c0_i24 = arith.constant 0 : i24
    %c0_i32 = arith.constant 0 : i32
    %c8_i32 = arith.constant 8 : i32
    %c16_i64 = arith.constant 16 : i64
    %c6_i32 = arith.constant 6 : i32
    %alloc = memref.alloc() {name = "y", fixed = "fixed(24, 10)"} : memref<32xi24>
    affine.for %arg2 = 0 to 32 {
      affine.store %c0_i24, %alloc[%arg2] : memref<32xi24>
    }
    affine.for %arg3 = 0 to 32 {
      %alloc_0 = memref.alloc() {name = "acc", fixed = "fixed(32, 16)"} : memref<i32>
      affine.store %c0_i32, %alloc_0[] : memref<i32>
      affine.for %arg4 = 0 to 8 {
        %0 = arith.cmpi sge, %arg3, %arg4 : index
        scf.if %0 {
          %1 = affine.load %alloc_0[] : memref<i32>
          %2 = arith.extsi %1 : i32 to i33
          %3 = affine.load %arg0[%arg3 - %arg4] : memref<32xi16>
          %4 = arith.extsi %3 : i16 to i32
          %5 = arith.shli %4, %c8_i32 : i32
          %6 = affine.load %arg1[%arg4] : memref<8xi16>
          %7 = arith.extsi %6 : i16 to i32
          %8 = arith.shli %7, %c8_i32 : i32
          %9 = arith.extsi %5 : i32 to i64
          %10 = arith.extsi %8 : i32 to i64
          %11 = arith.muli %9, %10 : i64
          %12 = arith.shrsi %11, %c16_i64 : i64
          %13 = arith.trunci %12 : i64 to i32
          %14 = arith.extsi %13 : i32 to i33
          %15 = arith.addi %2, %14 : i33
          %16 = arith.trunci %15 : i33 to i32
          affine.store %16, %alloc_0[] : memref<i32>
        }
      } {loop_name = "t", op_name = "S_t_0", unroll = 0 : ui32}
      %17 = affine.load %alloc_0[] : memref<i32>
      %18 = arith.shrsi %17, %c6_i32 : i32
      %19 = arith.trunci %18 : i32 to i24
      affine.store %19, %alloc[%arg3] : memref<32xi24>
    } {loop_name = "n", op_name = "S_n_0", pipeline_ii = 1 : ui32}
    return %alloc : memref<32xi24>
  }
}
