module {
  func.func @gemm_PE_0_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[0, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[0, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[0, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[1, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[1, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[1, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[2, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[2, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[2, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[3, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[3, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[3, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[4, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[4, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[4, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[5, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[5, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[5, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[6, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[6, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[6, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[7, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[7, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[7, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[8, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[8, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[8, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[9, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[9, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[9, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[10, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[10, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[10, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[11, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[11, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[11, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[12, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[12, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[12, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[13, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[13, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[13, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[14, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[14, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[14, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_0(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 0] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 0] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_1(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 1] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 1] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_2(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 2] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 2] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_3(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 3] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 3] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_4(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 4] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 4] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_5(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 5] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 5] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_6(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 6] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 6] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_7(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 7] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 7] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_8(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 8] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 8] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_9(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 9] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 9] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_10(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 10] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 10] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_11(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 11] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 11] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_12(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 12] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 12] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_13(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 13] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 13] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_14(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 14] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 14] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_15(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg2[15, 15] : memref<16x16xi16>
      %1 = arith.extsi %0 : i16 to i17
      %2 = affine.load %arg0[15, %arg3] : memref<16x16xi8>
      %3 = arith.extsi %2 : i8 to i16
      %4 = affine.load %arg1[%arg3, 15] : memref<16x16xi8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = arith.muli %3, %5 : i16
      %7 = arith.extsi %6 : i16 to i17
      %8 = arith.addi %1, %7 : i17
      %9 = arith.trunci %8 : i17 to i16
      affine.store %9, %arg2[15, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm(%arg0: memref<16x16xi8> {allo.stream = "depth=17:axis=0"}, %arg1: memref<16x16xi8> {allo.stream = "depth=17:axis=1"}) -> memref<16x16xi16> attributes {itypes = "ss", otypes = "s", dataflow} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C", partition = "complete:1,complete:2"} : memref<16x16xi16>
    affine.for %arg2 = 0 to 16 {
      affine.for %arg3 = 0 to 16 {
        affine.store %c0_i16, %alloc[%arg2, %arg3] : memref<16x16xi16>
      }
    }
    func.call @gemm_PE_0_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_0_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_1_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_2_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_3_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_4_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_5_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_6_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_7_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_8_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_9_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_10_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_11_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_12_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_13_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_14_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_0(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_1(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_2(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_3(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_4(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_5(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_6(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_7(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_8(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_9(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_10(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_11(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_12(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_13(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_14(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    func.call @gemm_PE_15_15(%arg0, %arg1, %alloc) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>) -> ()
    return %alloc : memref<16x16xi16>
  }
}
