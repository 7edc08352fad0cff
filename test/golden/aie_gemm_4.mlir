module {
  func.func @gemm_0_0(%arg0: memref<64x64xi16>, %arg1: memref<64x64xi16>, %arg2: memref<64x64xi32>) attributes {itypes = "sss", otypes = ""} {
    %c0_i32 = arith.constant 0 : i32
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 32 {
        %alloc = memref.alloc() {name = "acc"} : memref<i32>
        affine.store %c0_i32, %alloc[] : memref<i32>
        affine.for %arg5 = 0 to 64 {
          %0 = affine.load %alloc[] : memref<i32>
          %1 = arith.extsi %0 : i32 to i33
          %2 = affine.load %arg0[%arg3, %arg5] : memref<64x64xi16>
          %3 = arith.extsi %2 : i16 to i32
          %4 = affine.load %arg1[%arg5, %arg4] : memref<64x64xi16>
          %5 = arith.extsi %4 : i16 to i32
          %6 = arith.muli %3, %5 : i32
          %7 = arith.extsi %6 : i32 to i33
          %8 = arith.addi %1, %7 : i33
          %9 = arith.trunci %8 : i33 to i32
          affine.store %9, %alloc[] : memref<i32>
        } {loop_name = "k", op_name = "S_k_0"}
        %10 = affine.load %alloc[] : memref<i32>
        affine.store %10, %arg2[%arg3, %arg4] : memref<64x64xi32>
      } {loop_name = "j"}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return
  }
  func.func @gemm_0_1(%arg0: memref<64x64xi16>, %arg1: memref<64x64xi16>, %arg2: memref<64x64xi32>) attributes {itypes = "sss", otypes = ""} {
    %c0_i32 = arith.constant 0 : i32
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 32 {
        %alloc = memref.alloc() {name = "acc"} : memref<i32>
        affine.store %c0_i32, %alloc[] : memref<i32>
        affine.for %arg5 = 0 to 64 {
          %0 = affine.load %alloc[] : memref<i32>
          %1 = arith.extsi %0 : i32 to i33
          %2 = affine.load %arg0[%arg3, %arg5] : memref<64x64xi16>
          %3 = arith.extsi %2 : i16 to i32
          %4 = affine.load %arg1[%arg5, %arg4 + 32] : memref<64x64xi16>
          %5 = arith.extsi %4 : i16 to i32
          %6 = arith.muli %3, %5 : i32
          %7 = arith.extsi %6 : i32 to i33
          %8 = arith.addi %1, %7 : i33
          %9 = arith.trunci %8 : i33 to i32
          affine.store %9, %alloc[] : memref<i32>
        } {loop_name = "k", op_name = "S_k_0"}
        %10 = affine.load %alloc[] : memref<i32>
        affine.store %10, %arg2[%arg3, %arg4 + 32] : memref<64x64xi32>
      } {loop_name = "j"}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return
  }
  func.func @gemm_1_0(%arg0: memref<64x64xi16>, %arg1: memref<64x64xi16>, %arg2: memref<64x64xi32>) attributes {itypes = "sss", otypes = ""} {
    %c0_i32 = arith.constant 0 : i32
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 32 {
        %alloc = memref.alloc() {name = "acc"} : memref<i32>
        affine.store %c0_i32, %alloc[] : memref<i32>
        affine.for %arg5 = 0 to 64 {
          %0 = affine.load %alloc[] : memref<i32>
          %1 = arith.extsi %0 : i32 to i33
          %2 = affine.load %arg0[%arg3 + 32, %arg5] : memref<64x64xi16>
          %3 = arith.extsi %2 : i16 to i32
          %4 = affine.load %arg1[%arg5, %arg4] : memref<64x64xi16>
          %5 = arith.extsi %4 : i16 to i32
          %6 = arith.muli %3, %5 : i32
          %7 = arith.extsi %6 : i32 to i33
          %8 = arith.addi %1, %7 : i33
          %9 = arith.trunci %8 : i33 to i32
          affine.store %9, %alloc[] : memref<i32>
        } {loop_name = "k", op_name = "S_k_0"}
        %10 = affine.load %alloc[] : memref<i32>
        affine.store %10, %arg2[%arg3 + 32, %arg4] : memref<64x64xi32>
      } {loop_name = "j"}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return
  }
  func.func @gemm_1_1(%arg0: memref<64x64xi16>, %arg1: memref<64x64xi16>, %arg2: memref<64x64xi32>) attributes {itypes = "sss", otypes = ""} {
    %c0_i32 = arith.constant 0 : i32
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 32 {
        %alloc = memref.alloc() {name = "acc"} : memref<i32>
        affine.store %c0_i32, %alloc[] : memref<i32>
        affine.for %arg5 = 0 to 64 {
          %0 = affine.load %alloc[] : memref<i32>
          %1 = arith.extsi %0 : i32 to i33
          %2 = affine.load %arg0[%arg3 + 32, %arg5] : memref<64x64xi16>
          %3 = arith.extsi %2 : i16 to i32
          %4 = affine.load %arg1[%arg5, %arg4 + 32] : memref<64x64xi16>
          %5 = arith.extsi %4 : i16 to i32
          %6 = arith.muli %3, %5 : i32
          %7 = arith.extsi %6 : i32 to i33
          %8 = arith.addi %1, %7 : i33
          %9 = arith.trunci %8 : i33 to i32
          affine.store %9, %alloc[] : memref<i32>
        } {loop_name = "k", op_name = "S_k_0"}
        %10 = affine.load %alloc[] : memref<i32>
        affine.store %10, %arg2[%arg3 + 32, %arg4 + 32] : memref<64x64xi32>
      } {loop_name = "j"}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return
  }
  func.func @top(%arg0: memref<64x64xi16>, %arg1: memref<64x64xi16>, %arg2: memref<64x64xi32>) attributes {itypes = "sss", otypes = "", dataflow} {
    func.call @gemm_0_0(%arg0, %arg1, %arg2) : (memref<64x64xi16>, memref<64x64xi16>, memref<64x64xi32>) -> ()
    func.call @gemm_0_1(%arg0, %arg1, %arg2) : (memref<64x64xi16>, memref<64x64xi16>, memref<64x64xi32>) -> ()
    func.call @gemm_1_0(%arg0, %arg1, %arg2) : (memref<64x64xi16>, memref<64x64xi16>, memref<64x64xi32>) -> ()
    func.call @gemm_1_1(%arg0, %arg1, %arg2) : (memref<64x64xi16>, memref<64x64xi16>, memref<64x64xi32>) -> ()
    return
  }
}
