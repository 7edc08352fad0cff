module {
  func.func @gemm_PE_0_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi8>, %arg2: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[0, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg1[%arg5, 0] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg2[0, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg2[0, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_1(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 1] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_2(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 2] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_3(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 3] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_4(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 4] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_5(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 5] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_6(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 6] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_7(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 7] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_8(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 8] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_9(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 9] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_10(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 10] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_11(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 11] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_12(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 12] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_13(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 13] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_14(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = affine.load %arg0[%arg5, 14] : memref<16x16xi8>
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[0, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[0, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_0_15(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = affine.load %arg0[%arg4, 15] : memref<16x16xi8>
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg1[0, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg1[0, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[1, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[1, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[1, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[1, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[1, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_1_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[1, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[1, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[2, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[2, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[2, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[2, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[2, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_2_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[2, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[2, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[3, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[3, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[3, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[3, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[3, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_3_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[3, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[3, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[4, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[4, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[4, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[4, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_4_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[4, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[4, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[5, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[5, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[5, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[5, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[5, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_5_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[5, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[5, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[6, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[6, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[6, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[6, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[6, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_6_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[6, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[6, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[7, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[7, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[7, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[7, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[7, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_7_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[7, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[7, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[8, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[8, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[8, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[8, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[8, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_8_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[8, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[8, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[9, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[9, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[9, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[9, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[9, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_9_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[9, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[9, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[10, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[10, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[10, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[10, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[10, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_10_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[10, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[10, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[11, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[11, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[11, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[11, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[11, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_11_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[11, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[11, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[12, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[12, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[12, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[12, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[12, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_12_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[12, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[12, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[13, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[13, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[13, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[13, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[13, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_13_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[13, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[13, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[14, %arg5] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg1[14, 0] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg1[14, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 1] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 2] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 3] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 4] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 5] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 6] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 7] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 8] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 9] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 10] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 11] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 12] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 13] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[14, 14] : memref<16x16xi16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_0[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %arg0[14, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_14_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[14, 15] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[14, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_0(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = affine.load %arg0[15, %arg4] : memref<16x16xi8>
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg1[15, 0] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg1[15, 0] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_1(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 1] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 1] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_2(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 2] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 2] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_3(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 3] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 3] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_4(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 4] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 4] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_5(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 5] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 5] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_6(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 6] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 6] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_7(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 7] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 7] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_8(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 8] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 8] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_9(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 9] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 9] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_10(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 10] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 10] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_11(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 11] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 11] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_12(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 12] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 12] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_13(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 13] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 13] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_14(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    affine.for %arg4 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %1 = affine.load %alloc[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_0[] : memref<i8>
      %3 = affine.load %arg0[15, 14] : memref<16x16xi16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_0[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %arg0[15, 14] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm_PE_15_15(%arg0: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>) attributes {itypes = "sss", otypes = ""} {
    affine.for %arg3 = 0 to 16 {
      %alloc = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc[] : memref<i8>
      %alloc_0 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_0[] : memref<i8>
      %2 = affine.load %arg0[15, 15] : memref<16x16xi16>
      %3 = arith.extsi %2 : i16 to i17
      %4 = affine.load %alloc[] : memref<i8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = arith.muli %5, %7 : i16
      %9 = arith.extsi %8 : i16 to i17
      %10 = arith.addi %3, %9 : i17
      %11 = arith.trunci %10 : i17 to i16
      affine.store %11, %arg0[15, 15] : memref<16x16xi16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    return
  }
  func.func @gemm(%arg0: memref<16x16xi8>, %arg1: memref<16x16xi8>) -> memref<16x16xi16> attributes {itypes = "ss", otypes = "s", dataflow} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C", partition = "complete:1,complete:2"} : memref<16x16xi16>
    affine.for %arg2 = 0 to 16 {
      affine.for %arg3 = 0 to 16 {
        affine.store %c0_i16, %alloc[%arg2, %arg3] : memref<16x16xi16>
      }
    }
    %A_fifo_0_1 = "allo.stream_construct"() {name = "A_fifo_0_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_2 = "allo.stream_construct"() {name = "A_fifo_0_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_3 = "allo.stream_construct"() {name = "A_fifo_0_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_4 = "allo.stream_construct"() {name = "A_fifo_0_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_5 = "allo.stream_construct"() {name = "A_fifo_0_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_6 = "allo.stream_construct"() {name = "A_fifo_0_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_7 = "allo.stream_construct"() {name = "A_fifo_0_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_8 = "allo.stream_construct"() {name = "A_fifo_0_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_9 = "allo.stream_construct"() {name = "A_fifo_0_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_10 = "allo.stream_construct"() {name = "A_fifo_0_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_11 = "allo.stream_construct"() {name = "A_fifo_0_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_12 = "allo.stream_construct"() {name = "A_fifo_0_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_13 = "allo.stream_construct"() {name = "A_fifo_0_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_14 = "allo.stream_construct"() {name = "A_fifo_0_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_0_15 = "allo.stream_construct"() {name = "A_fifo_0_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_1 = "allo.stream_construct"() {name = "A_fifo_1_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_2 = "allo.stream_construct"() {name = "A_fifo_1_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_3 = "allo.stream_construct"() {name = "A_fifo_1_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_4 = "allo.stream_construct"() {name = "A_fifo_1_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_5 = "allo.stream_construct"() {name = "A_fifo_1_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_6 = "allo.stream_construct"() {name = "A_fifo_1_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_7 = "allo.stream_construct"() {name = "A_fifo_1_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_8 = "allo.stream_construct"() {name = "A_fifo_1_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_9 = "allo.stream_construct"() {name = "A_fifo_1_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_10 = "allo.stream_construct"() {name = "A_fifo_1_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_11 = "allo.stream_construct"() {name = "A_fifo_1_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_12 = "allo.stream_construct"() {name = "A_fifo_1_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_13 = "allo.stream_construct"() {name = "A_fifo_1_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_14 = "allo.stream_construct"() {name = "A_fifo_1_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_1_15 = "allo.stream_construct"() {name = "A_fifo_1_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_1 = "allo.stream_construct"() {name = "A_fifo_2_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_2 = "allo.stream_construct"() {name = "A_fifo_2_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_3 = "allo.stream_construct"() {name = "A_fifo_2_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_4 = "allo.stream_construct"() {name = "A_fifo_2_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_5 = "allo.stream_construct"() {name = "A_fifo_2_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_6 = "allo.stream_construct"() {name = "A_fifo_2_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_7 = "allo.stream_construct"() {name = "A_fifo_2_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_8 = "allo.stream_construct"() {name = "A_fifo_2_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_9 = "allo.stream_construct"() {name = "A_fifo_2_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_10 = "allo.stream_construct"() {name = "A_fifo_2_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_11 = "allo.stream_construct"() {name = "A_fifo_2_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_12 = "allo.stream_construct"() {name = "A_fifo_2_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_13 = "allo.stream_construct"() {name = "A_fifo_2_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_14 = "allo.stream_construct"() {name = "A_fifo_2_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_2_15 = "allo.stream_construct"() {name = "A_fifo_2_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_1 = "allo.stream_construct"() {name = "A_fifo_3_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_2 = "allo.stream_construct"() {name = "A_fifo_3_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_3 = "allo.stream_construct"() {name = "A_fifo_3_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_4 = "allo.stream_construct"() {name = "A_fifo_3_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_5 = "allo.stream_construct"() {name = "A_fifo_3_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_6 = "allo.stream_construct"() {name = "A_fifo_3_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_7 = "allo.stream_construct"() {name = "A_fifo_3_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_8 = "allo.stream_construct"() {name = "A_fifo_3_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_9 = "allo.stream_construct"() {name = "A_fifo_3_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_10 = "allo.stream_construct"() {name = "A_fifo_3_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_11 = "allo.stream_construct"() {name = "A_fifo_3_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_12 = "allo.stream_construct"() {name = "A_fifo_3_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_13 = "allo.stream_construct"() {name = "A_fifo_3_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_14 = "allo.stream_construct"() {name = "A_fifo_3_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_3_15 = "allo.stream_construct"() {name = "A_fifo_3_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_1 = "allo.stream_construct"() {name = "A_fifo_4_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_2 = "allo.stream_construct"() {name = "A_fifo_4_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_3 = "allo.stream_construct"() {name = "A_fifo_4_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_4 = "allo.stream_construct"() {name = "A_fifo_4_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_5 = "allo.stream_construct"() {name = "A_fifo_4_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_6 = "allo.stream_construct"() {name = "A_fifo_4_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_7 = "allo.stream_construct"() {name = "A_fifo_4_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_8 = "allo.stream_construct"() {name = "A_fifo_4_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_9 = "allo.stream_construct"() {name = "A_fifo_4_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_10 = "allo.stream_construct"() {name = "A_fifo_4_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_11 = "allo.stream_construct"() {name = "A_fifo_4_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_12 = "allo.stream_construct"() {name = "A_fifo_4_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_13 = "allo.stream_construct"() {name = "A_fifo_4_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_14 = "allo.stream_construct"() {name = "A_fifo_4_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_4_15 = "allo.stream_construct"() {name = "A_fifo_4_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_1 = "allo.stream_construct"() {name = "A_fifo_5_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_2 = "allo.stream_construct"() {name = "A_fifo_5_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_3 = "allo.stream_construct"() {name = "A_fifo_5_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_4 = "allo.stream_construct"() {name = "A_fifo_5_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_5 = "allo.stream_construct"() {name = "A_fifo_5_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_6 = "allo.stream_construct"() {name = "A_fifo_5_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_7 = "allo.stream_construct"() {name = "A_fifo_5_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_8 = "allo.stream_construct"() {name = "A_fifo_5_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_9 = "allo.stream_construct"() {name = "A_fifo_5_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_10 = "allo.stream_construct"() {name = "A_fifo_5_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_11 = "allo.stream_construct"() {name = "A_fifo_5_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_12 = "allo.stream_construct"() {name = "A_fifo_5_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_13 = "allo.stream_construct"() {name = "A_fifo_5_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_14 = "allo.stream_construct"() {name = "A_fifo_5_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_5_15 = "allo.stream_construct"() {name = "A_fifo_5_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_1 = "allo.stream_construct"() {name = "A_fifo_6_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_2 = "allo.stream_construct"() {name = "A_fifo_6_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_3 = "allo.stream_construct"() {name = "A_fifo_6_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_4 = "allo.stream_construct"() {name = "A_fifo_6_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_5 = "allo.stream_construct"() {name = "A_fifo_6_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_6 = "allo.stream_construct"() {name = "A_fifo_6_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_7 = "allo.stream_construct"() {name = "A_fifo_6_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_8 = "allo.stream_construct"() {name = "A_fifo_6_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_9 = "allo.stream_construct"() {name = "A_fifo_6_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_10 = "allo.stream_construct"() {name = "A_fifo_6_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_11 = "allo.stream_construct"() {name = "A_fifo_6_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_12 = "allo.stream_construct"() {name = "A_fifo_6_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_13 = "allo.stream_construct"() {name = "A_fifo_6_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_14 = "allo.stream_construct"() {name = "A_fifo_6_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_6_15 = "allo.stream_construct"() {name = "A_fifo_6_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_1 = "allo.stream_construct"() {name = "A_fifo_7_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_2 = "allo.stream_construct"() {name = "A_fifo_7_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_3 = "allo.stream_construct"() {name = "A_fifo_7_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_4 = "allo.stream_construct"() {name = "A_fifo_7_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_5 = "allo.stream_construct"() {name = "A_fifo_7_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_6 = "allo.stream_construct"() {name = "A_fifo_7_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_7 = "allo.stream_construct"() {name = "A_fifo_7_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_8 = "allo.stream_construct"() {name = "A_fifo_7_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_9 = "allo.stream_construct"() {name = "A_fifo_7_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_10 = "allo.stream_construct"() {name = "A_fifo_7_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_11 = "allo.stream_construct"() {name = "A_fifo_7_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_12 = "allo.stream_construct"() {name = "A_fifo_7_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_13 = "allo.stream_construct"() {name = "A_fifo_7_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_14 = "allo.stream_construct"() {name = "A_fifo_7_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_7_15 = "allo.stream_construct"() {name = "A_fifo_7_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_1 = "allo.stream_construct"() {name = "A_fifo_8_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_2 = "allo.stream_construct"() {name = "A_fifo_8_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_3 = "allo.stream_construct"() {name = "A_fifo_8_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_4 = "allo.stream_construct"() {name = "A_fifo_8_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_5 = "allo.stream_construct"() {name = "A_fifo_8_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_6 = "allo.stream_construct"() {name = "A_fifo_8_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_7 = "allo.stream_construct"() {name = "A_fifo_8_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_8 = "allo.stream_construct"() {name = "A_fifo_8_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_9 = "allo.stream_construct"() {name = "A_fifo_8_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_10 = "allo.stream_construct"() {name = "A_fifo_8_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_11 = "allo.stream_construct"() {name = "A_fifo_8_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_12 = "allo.stream_construct"() {name = "A_fifo_8_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_13 = "allo.stream_construct"() {name = "A_fifo_8_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_14 = "allo.stream_construct"() {name = "A_fifo_8_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_8_15 = "allo.stream_construct"() {name = "A_fifo_8_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_1 = "allo.stream_construct"() {name = "A_fifo_9_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_2 = "allo.stream_construct"() {name = "A_fifo_9_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_3 = "allo.stream_construct"() {name = "A_fifo_9_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_4 = "allo.stream_construct"() {name = "A_fifo_9_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_5 = "allo.stream_construct"() {name = "A_fifo_9_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_6 = "allo.stream_construct"() {name = "A_fifo_9_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_7 = "allo.stream_construct"() {name = "A_fifo_9_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_8 = "allo.stream_construct"() {name = "A_fifo_9_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_9 = "allo.stream_construct"() {name = "A_fifo_9_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_10 = "allo.stream_construct"() {name = "A_fifo_9_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_11 = "allo.stream_construct"() {name = "A_fifo_9_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_12 = "allo.stream_construct"() {name = "A_fifo_9_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_13 = "allo.stream_construct"() {name = "A_fifo_9_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_14 = "allo.stream_construct"() {name = "A_fifo_9_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_9_15 = "allo.stream_construct"() {name = "A_fifo_9_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_1 = "allo.stream_construct"() {name = "A_fifo_10_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_2 = "allo.stream_construct"() {name = "A_fifo_10_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_3 = "allo.stream_construct"() {name = "A_fifo_10_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_4 = "allo.stream_construct"() {name = "A_fifo_10_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_5 = "allo.stream_construct"() {name = "A_fifo_10_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_6 = "allo.stream_construct"() {name = "A_fifo_10_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_7 = "allo.stream_construct"() {name = "A_fifo_10_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_8 = "allo.stream_construct"() {name = "A_fifo_10_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_9 = "allo.stream_construct"() {name = "A_fifo_10_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_10 = "allo.stream_construct"() {name = "A_fifo_10_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_11 = "allo.stream_construct"() {name = "A_fifo_10_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_12 = "allo.stream_construct"() {name = "A_fifo_10_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_13 = "allo.stream_construct"() {name = "A_fifo_10_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_14 = "allo.stream_construct"() {name = "A_fifo_10_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_10_15 = "allo.stream_construct"() {name = "A_fifo_10_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_1 = "allo.stream_construct"() {name = "A_fifo_11_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_2 = "allo.stream_construct"() {name = "A_fifo_11_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_3 = "allo.stream_construct"() {name = "A_fifo_11_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_4 = "allo.stream_construct"() {name = "A_fifo_11_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_5 = "allo.stream_construct"() {name = "A_fifo_11_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_6 = "allo.stream_construct"() {name = "A_fifo_11_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_7 = "allo.stream_construct"() {name = "A_fifo_11_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_8 = "allo.stream_construct"() {name = "A_fifo_11_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_9 = "allo.stream_construct"() {name = "A_fifo_11_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_10 = "allo.stream_construct"() {name = "A_fifo_11_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_11 = "allo.stream_construct"() {name = "A_fifo_11_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_12 = "allo.stream_construct"() {name = "A_fifo_11_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_13 = "allo.stream_construct"() {name = "A_fifo_11_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_14 = "allo.stream_construct"() {name = "A_fifo_11_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_11_15 = "allo.stream_construct"() {name = "A_fifo_11_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_1 = "allo.stream_construct"() {name = "A_fifo_12_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_2 = "allo.stream_construct"() {name = "A_fifo_12_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_3 = "allo.stream_construct"() {name = "A_fifo_12_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_4 = "allo.stream_construct"() {name = "A_fifo_12_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_5 = "allo.stream_construct"() {name = "A_fifo_12_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_6 = "allo.stream_construct"() {name = "A_fifo_12_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_7 = "allo.stream_construct"() {name = "A_fifo_12_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_8 = "allo.stream_construct"() {name = "A_fifo_12_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_9 = "allo.stream_construct"() {name = "A_fifo_12_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_10 = "allo.stream_construct"() {name = "A_fifo_12_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_11 = "allo.stream_construct"() {name = "A_fifo_12_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_12 = "allo.stream_construct"() {name = "A_fifo_12_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_13 = "allo.stream_construct"() {name = "A_fifo_12_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_14 = "allo.stream_construct"() {name = "A_fifo_12_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_12_15 = "allo.stream_construct"() {name = "A_fifo_12_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_1 = "allo.stream_construct"() {name = "A_fifo_13_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_2 = "allo.stream_construct"() {name = "A_fifo_13_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_3 = "allo.stream_construct"() {name = "A_fifo_13_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_4 = "allo.stream_construct"() {name = "A_fifo_13_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_5 = "allo.stream_construct"() {name = "A_fifo_13_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_6 = "allo.stream_construct"() {name = "A_fifo_13_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_7 = "allo.stream_construct"() {name = "A_fifo_13_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_8 = "allo.stream_construct"() {name = "A_fifo_13_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_9 = "allo.stream_construct"() {name = "A_fifo_13_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_10 = "allo.stream_construct"() {name = "A_fifo_13_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_11 = "allo.stream_construct"() {name = "A_fifo_13_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_12 = "allo.stream_construct"() {name = "A_fifo_13_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_13 = "allo.stream_construct"() {name = "A_fifo_13_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_14 = "allo.stream_construct"() {name = "A_fifo_13_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_13_15 = "allo.stream_construct"() {name = "A_fifo_13_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_1 = "allo.stream_construct"() {name = "A_fifo_14_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_2 = "allo.stream_construct"() {name = "A_fifo_14_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_3 = "allo.stream_construct"() {name = "A_fifo_14_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_4 = "allo.stream_construct"() {name = "A_fifo_14_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_5 = "allo.stream_construct"() {name = "A_fifo_14_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_6 = "allo.stream_construct"() {name = "A_fifo_14_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_7 = "allo.stream_construct"() {name = "A_fifo_14_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_8 = "allo.stream_construct"() {name = "A_fifo_14_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_9 = "allo.stream_construct"() {name = "A_fifo_14_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_10 = "allo.stream_construct"() {name = "A_fifo_14_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_11 = "allo.stream_construct"() {name = "A_fifo_14_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_12 = "allo.stream_construct"() {name = "A_fifo_14_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_13 = "allo.stream_construct"() {name = "A_fifo_14_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_14 = "allo.stream_construct"() {name = "A_fifo_14_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_14_15 = "allo.stream_construct"() {name = "A_fifo_14_15"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_1 = "allo.stream_construct"() {name = "A_fifo_15_1"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_2 = "allo.stream_construct"() {name = "A_fifo_15_2"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_3 = "allo.stream_construct"() {name = "A_fifo_15_3"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_4 = "allo.stream_construct"() {name = "A_fifo_15_4"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_5 = "allo.stream_construct"() {name = "A_fifo_15_5"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_6 = "allo.stream_construct"() {name = "A_fifo_15_6"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_7 = "allo.stream_construct"() {name = "A_fifo_15_7"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_8 = "allo.stream_construct"() {name = "A_fifo_15_8"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_9 = "allo.stream_construct"() {name = "A_fifo_15_9"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_10 = "allo.stream_construct"() {name = "A_fifo_15_10"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_11 = "allo.stream_construct"() {name = "A_fifo_15_11"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_12 = "allo.stream_construct"() {name = "A_fifo_15_12"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_13 = "allo.stream_construct"() {name = "A_fifo_15_13"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_14 = "allo.stream_construct"() {name = "A_fifo_15_14"} : () -> !allo.stream<i8, 17>
    %A_fifo_15_15 = "allo.stream_construct"() {name = "A_fifo_15_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_0 = "allo.stream_construct"() {name = "B_fifo_1_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_1 = "allo.stream_construct"() {name = "B_fifo_1_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_2 = "allo.stream_construct"() {name = "B_fifo_1_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_3 = "allo.stream_construct"() {name = "B_fifo_1_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_4 = "allo.stream_construct"() {name = "B_fifo_1_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_5 = "allo.stream_construct"() {name = "B_fifo_1_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_6 = "allo.stream_construct"() {name = "B_fifo_1_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_7 = "allo.stream_construct"() {name = "B_fifo_1_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_8 = "allo.stream_construct"() {name = "B_fifo_1_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_9 = "allo.stream_construct"() {name = "B_fifo_1_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_10 = "allo.stream_construct"() {name = "B_fifo_1_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_11 = "allo.stream_construct"() {name = "B_fifo_1_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_12 = "allo.stream_construct"() {name = "B_fifo_1_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_13 = "allo.stream_construct"() {name = "B_fifo_1_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_14 = "allo.stream_construct"() {name = "B_fifo_1_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_1_15 = "allo.stream_construct"() {name = "B_fifo_1_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_0 = "allo.stream_construct"() {name = "B_fifo_2_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_1 = "allo.stream_construct"() {name = "B_fifo_2_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_2 = "allo.stream_construct"() {name = "B_fifo_2_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_3 = "allo.stream_construct"() {name = "B_fifo_2_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_4 = "allo.stream_construct"() {name = "B_fifo_2_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_5 = "allo.stream_construct"() {name = "B_fifo_2_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_6 = "allo.stream_construct"() {name = "B_fifo_2_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_7 = "allo.stream_construct"() {name = "B_fifo_2_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_8 = "allo.stream_construct"() {name = "B_fifo_2_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_9 = "allo.stream_construct"() {name = "B_fifo_2_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_10 = "allo.stream_construct"() {name = "B_fifo_2_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_11 = "allo.stream_construct"() {name = "B_fifo_2_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_12 = "allo.stream_construct"() {name = "B_fifo_2_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_13 = "allo.stream_construct"() {name = "B_fifo_2_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_14 = "allo.stream_construct"() {name = "B_fifo_2_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_2_15 = "allo.stream_construct"() {name = "B_fifo_2_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_0 = "allo.stream_construct"() {name = "B_fifo_3_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_1 = "allo.stream_construct"() {name = "B_fifo_3_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_2 = "allo.stream_construct"() {name = "B_fifo_3_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_3 = "allo.stream_construct"() {name = "B_fifo_3_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_4 = "allo.stream_construct"() {name = "B_fifo_3_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_5 = "allo.stream_construct"() {name = "B_fifo_3_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_6 = "allo.stream_construct"() {name = "B_fifo_3_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_7 = "allo.stream_construct"() {name = "B_fifo_3_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_8 = "allo.stream_construct"() {name = "B_fifo_3_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_9 = "allo.stream_construct"() {name = "B_fifo_3_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_10 = "allo.stream_construct"() {name = "B_fifo_3_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_11 = "allo.stream_construct"() {name = "B_fifo_3_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_12 = "allo.stream_construct"() {name = "B_fifo_3_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_13 = "allo.stream_construct"() {name = "B_fifo_3_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_14 = "allo.stream_construct"() {name = "B_fifo_3_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_3_15 = "allo.stream_construct"() {name = "B_fifo_3_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_0 = "allo.stream_construct"() {name = "B_fifo_4_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_1 = "allo.stream_construct"() {name = "B_fifo_4_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_2 = "allo.stream_construct"() {name = "B_fifo_4_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_3 = "allo.stream_construct"() {name = "B_fifo_4_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_4 = "allo.stream_construct"() {name = "B_fifo_4_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_5 = "allo.stream_construct"() {name = "B_fifo_4_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_6 = "allo.stream_construct"() {name = "B_fifo_4_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_7 = "allo.stream_construct"() {name = "B_fifo_4_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_8 = "allo.stream_construct"() {name = "B_fifo_4_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_9 = "allo.stream_construct"() {name = "B_fifo_4_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_10 = "allo.stream_construct"() {name = "B_fifo_4_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_11 = "allo.stream_construct"() {name = "B_fifo_4_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_12 = "allo.stream_construct"() {name = "B_fifo_4_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_13 = "allo.stream_construct"() {name = "B_fifo_4_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_14 = "allo.stream_construct"() {name = "B_fifo_4_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_4_15 = "allo.stream_construct"() {name = "B_fifo_4_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_0 = "allo.stream_construct"() {name = "B_fifo_5_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_1 = "allo.stream_construct"() {name = "B_fifo_5_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_2 = "allo.stream_construct"() {name = "B_fifo_5_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_3 = "allo.stream_construct"() {name = "B_fifo_5_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_4 = "allo.stream_construct"() {name = "B_fifo_5_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_5 = "allo.stream_construct"() {name = "B_fifo_5_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_6 = "allo.stream_construct"() {name = "B_fifo_5_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_7 = "allo.stream_construct"() {name = "B_fifo_5_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_8 = "allo.stream_construct"() {name = "B_fifo_5_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_9 = "allo.stream_construct"() {name = "B_fifo_5_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_10 = "allo.stream_construct"() {name = "B_fifo_5_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_11 = "allo.stream_construct"() {name = "B_fifo_5_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_12 = "allo.stream_construct"() {name = "B_fifo_5_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_13 = "allo.stream_construct"() {name = "B_fifo_5_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_14 = "allo.stream_construct"() {name = "B_fifo_5_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_5_15 = "allo.stream_construct"() {name = "B_fifo_5_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_0 = "allo.stream_construct"() {name = "B_fifo_6_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_1 = "allo.stream_construct"() {name = "B_fifo_6_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_2 = "allo.stream_construct"() {name = "B_fifo_6_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_3 = "allo.stream_construct"() {name = "B_fifo_6_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_4 = "allo.stream_construct"() {name = "B_fifo_6_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_5 = "allo.stream_construct"() {name = "B_fifo_6_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_6 = "allo.stream_construct"() {name = "B_fifo_6_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_7 = "allo.stream_construct"() {name = "B_fifo_6_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_8 = "allo.stream_construct"() {name = "B_fifo_6_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_9 = "allo.stream_construct"() {name = "B_fifo_6_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_10 = "allo.stream_construct"() {name = "B_fifo_6_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_11 = "allo.stream_construct"() {name = "B_fifo_6_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_12 = "allo.stream_construct"() {name = "B_fifo_6_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_13 = "allo.stream_construct"() {name = "B_fifo_6_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_14 = "allo.stream_construct"() {name = "B_fifo_6_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_6_15 = "allo.stream_construct"() {name = "B_fifo_6_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_0 = "allo.stream_construct"() {name = "B_fifo_7_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_1 = "allo.stream_construct"() {name = "B_fifo_7_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_2 = "allo.stream_construct"() {name = "B_fifo_7_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_3 = "allo.stream_construct"() {name = "B_fifo_7_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_4 = "allo.stream_construct"() {name = "B_fifo_7_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_5 = "allo.stream_construct"() {name = "B_fifo_7_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_6 = "allo.stream_construct"() {name = "B_fifo_7_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_7 = "allo.stream_construct"() {name = "B_fifo_7_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_8 = "allo.stream_construct"() {name = "B_fifo_7_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_9 = "allo.stream_construct"() {name = "B_fifo_7_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_10 = "allo.stream_construct"() {name = "B_fifo_7_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_11 = "allo.stream_construct"() {name = "B_fifo_7_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_12 = "allo.stream_construct"() {name = "B_fifo_7_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_13 = "allo.stream_construct"() {name = "B_fifo_7_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_14 = "allo.stream_construct"() {name = "B_fifo_7_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_7_15 = "allo.stream_construct"() {name = "B_fifo_7_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_0 = "allo.stream_construct"() {name = "B_fifo_8_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_1 = "allo.stream_construct"() {name = "B_fifo_8_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_2 = "allo.stream_construct"() {name = "B_fifo_8_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_3 = "allo.stream_construct"() {name = "B_fifo_8_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_4 = "allo.stream_construct"() {name = "B_fifo_8_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_5 = "allo.stream_construct"() {name = "B_fifo_8_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_6 = "allo.stream_construct"() {name = "B_fifo_8_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_7 = "allo.stream_construct"() {name = "B_fifo_8_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_8 = "allo.stream_construct"() {name = "B_fifo_8_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_9 = "allo.stream_construct"() {name = "B_fifo_8_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_10 = "allo.stream_construct"() {name = "B_fifo_8_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_11 = "allo.stream_construct"() {name = "B_fifo_8_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_12 = "allo.stream_construct"() {name = "B_fifo_8_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_13 = "allo.stream_construct"() {name = "B_fifo_8_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_14 = "allo.stream_construct"() {name = "B_fifo_8_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_8_15 = "allo.stream_construct"() {name = "B_fifo_8_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_0 = "allo.stream_construct"() {name = "B_fifo_9_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_1 = "allo.stream_construct"() {name = "B_fifo_9_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_2 = "allo.stream_construct"() {name = "B_fifo_9_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_3 = "allo.stream_construct"() {name = "B_fifo_9_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_4 = "allo.stream_construct"() {name = "B_fifo_9_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_5 = "allo.stream_construct"() {name = "B_fifo_9_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_6 = "allo.stream_construct"() {name = "B_fifo_9_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_7 = "allo.stream_construct"() {name = "B_fifo_9_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_8 = "allo.stream_construct"() {name = "B_fifo_9_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_9 = "allo.stream_construct"() {name = "B_fifo_9_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_10 = "allo.stream_construct"() {name = "B_fifo_9_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_11 = "allo.stream_construct"() {name = "B_fifo_9_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_12 = "allo.stream_construct"() {name = "B_fifo_9_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_13 = "allo.stream_construct"() {name = "B_fifo_9_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_14 = "allo.stream_construct"() {name = "B_fifo_9_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_9_15 = "allo.stream_construct"() {name = "B_fifo_9_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_0 = "allo.stream_construct"() {name = "B_fifo_10_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_1 = "allo.stream_construct"() {name = "B_fifo_10_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_2 = "allo.stream_construct"() {name = "B_fifo_10_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_3 = "allo.stream_construct"() {name = "B_fifo_10_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_4 = "allo.stream_construct"() {name = "B_fifo_10_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_5 = "allo.stream_construct"() {name = "B_fifo_10_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_6 = "allo.stream_construct"() {name = "B_fifo_10_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_7 = "allo.stream_construct"() {name = "B_fifo_10_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_8 = "allo.stream_construct"() {name = "B_fifo_10_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_9 = "allo.stream_construct"() {name = "B_fifo_10_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_10 = "allo.stream_construct"() {name = "B_fifo_10_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_11 = "allo.stream_construct"() {name = "B_fifo_10_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_12 = "allo.stream_construct"() {name = "B_fifo_10_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_13 = "allo.stream_construct"() {name = "B_fifo_10_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_14 = "allo.stream_construct"() {name = "B_fifo_10_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_10_15 = "allo.stream_construct"() {name = "B_fifo_10_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_0 = "allo.stream_construct"() {name = "B_fifo_11_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_1 = "allo.stream_construct"() {name = "B_fifo_11_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_2 = "allo.stream_construct"() {name = "B_fifo_11_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_3 = "allo.stream_construct"() {name = "B_fifo_11_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_4 = "allo.stream_construct"() {name = "B_fifo_11_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_5 = "allo.stream_construct"() {name = "B_fifo_11_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_6 = "allo.stream_construct"() {name = "B_fifo_11_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_7 = "allo.stream_construct"() {name = "B_fifo_11_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_8 = "allo.stream_construct"() {name = "B_fifo_11_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_9 = "allo.stream_construct"() {name = "B_fifo_11_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_10 = "allo.stream_construct"() {name = "B_fifo_11_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_11 = "allo.stream_construct"() {name = "B_fifo_11_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_12 = "allo.stream_construct"() {name = "B_fifo_11_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_13 = "allo.stream_construct"() {name = "B_fifo_11_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_14 = "allo.stream_construct"() {name = "B_fifo_11_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_11_15 = "allo.stream_construct"() {name = "B_fifo_11_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_0 = "allo.stream_construct"() {name = "B_fifo_12_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_1 = "allo.stream_construct"() {name = "B_fifo_12_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_2 = "allo.stream_construct"() {name = "B_fifo_12_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_3 = "allo.stream_construct"() {name = "B_fifo_12_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_4 = "allo.stream_construct"() {name = "B_fifo_12_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_5 = "allo.stream_construct"() {name = "B_fifo_12_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_6 = "allo.stream_construct"() {name = "B_fifo_12_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_7 = "allo.stream_construct"() {name = "B_fifo_12_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_8 = "allo.stream_construct"() {name = "B_fifo_12_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_9 = "allo.stream_construct"() {name = "B_fifo_12_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_10 = "allo.stream_construct"() {name = "B_fifo_12_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_11 = "allo.stream_construct"() {name = "B_fifo_12_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_12 = "allo.stream_construct"() {name = "B_fifo_12_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_13 = "allo.stream_construct"() {name = "B_fifo_12_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_14 = "allo.stream_construct"() {name = "B_fifo_12_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_12_15 = "allo.stream_construct"() {name = "B_fifo_12_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_0 = "allo.stream_construct"() {name = "B_fifo_13_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_1 = "allo.stream_construct"() {name = "B_fifo_13_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_2 = "allo.stream_construct"() {name = "B_fifo_13_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_3 = "allo.stream_construct"() {name = "B_fifo_13_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_4 = "allo.stream_construct"() {name = "B_fifo_13_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_5 = "allo.stream_construct"() {name = "B_fifo_13_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_6 = "allo.stream_construct"() {name = "B_fifo_13_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_7 = "allo.stream_construct"() {name = "B_fifo_13_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_8 = "allo.stream_construct"() {name = "B_fifo_13_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_9 = "allo.stream_construct"() {name = "B_fifo_13_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_10 = "allo.stream_construct"() {name = "B_fifo_13_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_11 = "allo.stream_construct"() {name = "B_fifo_13_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_12 = "allo.stream_construct"() {name = "B_fifo_13_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_13 = "allo.stream_construct"() {name = "B_fifo_13_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_14 = "allo.stream_construct"() {name = "B_fifo_13_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_13_15 = "allo.stream_construct"() {name = "B_fifo_13_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_0 = "allo.stream_construct"() {name = "B_fifo_14_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_1 = "allo.stream_construct"() {name = "B_fifo_14_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_2 = "allo.stream_construct"() {name = "B_fifo_14_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_3 = "allo.stream_construct"() {name = "B_fifo_14_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_4 = "allo.stream_construct"() {name = "B_fifo_14_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_5 = "allo.stream_construct"() {name = "B_fifo_14_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_6 = "allo.stream_construct"() {name = "B_fifo_14_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_7 = "allo.stream_construct"() {name = "B_fifo_14_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_8 = "allo.stream_construct"() {name = "B_fifo_14_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_9 = "allo.stream_construct"() {name = "B_fifo_14_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_10 = "allo.stream_construct"() {name = "B_fifo_14_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_11 = "allo.stream_construct"() {name = "B_fifo_14_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_12 = "allo.stream_construct"() {name = "B_fifo_14_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_13 = "allo.stream_construct"() {name = "B_fifo_14_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_14 = "allo.stream_construct"() {name = "B_fifo_14_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_14_15 = "allo.stream_construct"() {name = "B_fifo_14_15"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_0 = "allo.stream_construct"() {name = "B_fifo_15_0"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_1 = "allo.stream_construct"() {name = "B_fifo_15_1"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_2 = "allo.stream_construct"() {name = "B_fifo_15_2"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_3 = "allo.stream_construct"() {name = "B_fifo_15_3"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_4 = "allo.stream_construct"() {name = "B_fifo_15_4"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_5 = "allo.stream_construct"() {name = "B_fifo_15_5"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_6 = "allo.stream_construct"() {name = "B_fifo_15_6"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_7 = "allo.stream_construct"() {name = "B_fifo_15_7"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_8 = "allo.stream_construct"() {name = "B_fifo_15_8"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_9 = "allo.stream_construct"() {name = "B_fifo_15_9"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_10 = "allo.stream_construct"() {name = "B_fifo_15_10"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_11 = "allo.stream_construct"() {name = "B_fifo_15_11"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_12 = "allo.stream_construct"() {name = "B_fifo_15_12"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_13 = "allo.stream_construct"() {name = "B_fifo_15_13"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_14 = "allo.stream_construct"() {name = "B_fifo_15_14"} : () -> !allo.stream<i8, 17>
    %B_fifo_15_15 = "allo.stream_construct"() {name = "B_fifo_15_15"} : () -> !allo.stream<i8, 17>
    func.call @gemm_PE_0_0(%arg0, %arg1, %alloc, %A_fifo_0_1, %B_fifo_1_0) : (memref<16x16xi8>, memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_1(%arg1, %alloc, %A_fifo_0_1, %A_fifo_0_2, %B_fifo_1_1) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_2(%arg1, %alloc, %A_fifo_0_2, %A_fifo_0_3, %B_fifo_1_2) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_3(%arg1, %alloc, %A_fifo_0_3, %A_fifo_0_4, %B_fifo_1_3) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_4(%arg1, %alloc, %A_fifo_0_4, %A_fifo_0_5, %B_fifo_1_4) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_5(%arg1, %alloc, %A_fifo_0_5, %A_fifo_0_6, %B_fifo_1_5) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_6(%arg1, %alloc, %A_fifo_0_6, %A_fifo_0_7, %B_fifo_1_6) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_7(%arg1, %alloc, %A_fifo_0_7, %A_fifo_0_8, %B_fifo_1_7) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_8(%arg1, %alloc, %A_fifo_0_8, %A_fifo_0_9, %B_fifo_1_8) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_9(%arg1, %alloc, %A_fifo_0_9, %A_fifo_0_10, %B_fifo_1_9) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_10(%arg1, %alloc, %A_fifo_0_10, %A_fifo_0_11, %B_fifo_1_10) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_11(%arg1, %alloc, %A_fifo_0_11, %A_fifo_0_12, %B_fifo_1_11) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_12(%arg1, %alloc, %A_fifo_0_12, %A_fifo_0_13, %B_fifo_1_12) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_13(%arg1, %alloc, %A_fifo_0_13, %A_fifo_0_14, %B_fifo_1_13) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_14(%arg1, %alloc, %A_fifo_0_14, %A_fifo_0_15, %B_fifo_1_14) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_15(%arg1, %alloc, %A_fifo_0_15, %B_fifo_1_15) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_0(%arg0, %alloc, %A_fifo_1_1, %B_fifo_1_0, %B_fifo_2_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_1(%alloc, %A_fifo_1_1, %A_fifo_1_2, %B_fifo_1_1, %B_fifo_2_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_2(%alloc, %A_fifo_1_2, %A_fifo_1_3, %B_fifo_1_2, %B_fifo_2_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_3(%alloc, %A_fifo_1_3, %A_fifo_1_4, %B_fifo_1_3, %B_fifo_2_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_4(%alloc, %A_fifo_1_4, %A_fifo_1_5, %B_fifo_1_4, %B_fifo_2_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_5(%alloc, %A_fifo_1_5, %A_fifo_1_6, %B_fifo_1_5, %B_fifo_2_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_6(%alloc, %A_fifo_1_6, %A_fifo_1_7, %B_fifo_1_6, %B_fifo_2_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_7(%alloc, %A_fifo_1_7, %A_fifo_1_8, %B_fifo_1_7, %B_fifo_2_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_8(%alloc, %A_fifo_1_8, %A_fifo_1_9, %B_fifo_1_8, %B_fifo_2_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_9(%alloc, %A_fifo_1_9, %A_fifo_1_10, %B_fifo_1_9, %B_fifo_2_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_10(%alloc, %A_fifo_1_10, %A_fifo_1_11, %B_fifo_1_10, %B_fifo_2_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_11(%alloc, %A_fifo_1_11, %A_fifo_1_12, %B_fifo_1_11, %B_fifo_2_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_12(%alloc, %A_fifo_1_12, %A_fifo_1_13, %B_fifo_1_12, %B_fifo_2_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_13(%alloc, %A_fifo_1_13, %A_fifo_1_14, %B_fifo_1_13, %B_fifo_2_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_14(%alloc, %A_fifo_1_14, %A_fifo_1_15, %B_fifo_1_14, %B_fifo_2_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_15(%alloc, %A_fifo_1_15, %B_fifo_1_15, %B_fifo_2_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_0(%arg0, %alloc, %A_fifo_2_1, %B_fifo_2_0, %B_fifo_3_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_1(%alloc, %A_fifo_2_1, %A_fifo_2_2, %B_fifo_2_1, %B_fifo_3_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_2(%alloc, %A_fifo_2_2, %A_fifo_2_3, %B_fifo_2_2, %B_fifo_3_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_3(%alloc, %A_fifo_2_3, %A_fifo_2_4, %B_fifo_2_3, %B_fifo_3_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_4(%alloc, %A_fifo_2_4, %A_fifo_2_5, %B_fifo_2_4, %B_fifo_3_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_5(%alloc, %A_fifo_2_5, %A_fifo_2_6, %B_fifo_2_5, %B_fifo_3_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_6(%alloc, %A_fifo_2_6, %A_fifo_2_7, %B_fifo_2_6, %B_fifo_3_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_7(%alloc, %A_fifo_2_7, %A_fifo_2_8, %B_fifo_2_7, %B_fifo_3_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_8(%alloc, %A_fifo_2_8, %A_fifo_2_9, %B_fifo_2_8, %B_fifo_3_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_9(%alloc, %A_fifo_2_9, %A_fifo_2_10, %B_fifo_2_9, %B_fifo_3_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_10(%alloc, %A_fifo_2_10, %A_fifo_2_11, %B_fifo_2_10, %B_fifo_3_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_11(%alloc, %A_fifo_2_11, %A_fifo_2_12, %B_fifo_2_11, %B_fifo_3_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_12(%alloc, %A_fifo_2_12, %A_fifo_2_13, %B_fifo_2_12, %B_fifo_3_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_13(%alloc, %A_fifo_2_13, %A_fifo_2_14, %B_fifo_2_13, %B_fifo_3_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_14(%alloc, %A_fifo_2_14, %A_fifo_2_15, %B_fifo_2_14, %B_fifo_3_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_15(%alloc, %A_fifo_2_15, %B_fifo_2_15, %B_fifo_3_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_0(%arg0, %alloc, %A_fifo_3_1, %B_fifo_3_0, %B_fifo_4_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_1(%alloc, %A_fifo_3_1, %A_fifo_3_2, %B_fifo_3_1, %B_fifo_4_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_2(%alloc, %A_fifo_3_2, %A_fifo_3_3, %B_fifo_3_2, %B_fifo_4_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_3(%alloc, %A_fifo_3_3, %A_fifo_3_4, %B_fifo_3_3, %B_fifo_4_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_4(%alloc, %A_fifo_3_4, %A_fifo_3_5, %B_fifo_3_4, %B_fifo_4_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_5(%alloc, %A_fifo_3_5, %A_fifo_3_6, %B_fifo_3_5, %B_fifo_4_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_6(%alloc, %A_fifo_3_6, %A_fifo_3_7, %B_fifo_3_6, %B_fifo_4_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_7(%alloc, %A_fifo_3_7, %A_fifo_3_8, %B_fifo_3_7, %B_fifo_4_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_8(%alloc, %A_fifo_3_8, %A_fifo_3_9, %B_fifo_3_8, %B_fifo_4_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_9(%alloc, %A_fifo_3_9, %A_fifo_3_10, %B_fifo_3_9, %B_fifo_4_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_10(%alloc, %A_fifo_3_10, %A_fifo_3_11, %B_fifo_3_10, %B_fifo_4_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_11(%alloc, %A_fifo_3_11, %A_fifo_3_12, %B_fifo_3_11, %B_fifo_4_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_12(%alloc, %A_fifo_3_12, %A_fifo_3_13, %B_fifo_3_12, %B_fifo_4_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_13(%alloc, %A_fifo_3_13, %A_fifo_3_14, %B_fifo_3_13, %B_fifo_4_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_14(%alloc, %A_fifo_3_14, %A_fifo_3_15, %B_fifo_3_14, %B_fifo_4_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_15(%alloc, %A_fifo_3_15, %B_fifo_3_15, %B_fifo_4_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_0(%arg0, %alloc, %A_fifo_4_1, %B_fifo_4_0, %B_fifo_5_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_1(%alloc, %A_fifo_4_1, %A_fifo_4_2, %B_fifo_4_1, %B_fifo_5_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_2(%alloc, %A_fifo_4_2, %A_fifo_4_3, %B_fifo_4_2, %B_fifo_5_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_3(%alloc, %A_fifo_4_3, %A_fifo_4_4, %B_fifo_4_3, %B_fifo_5_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_4(%alloc, %A_fifo_4_4, %A_fifo_4_5, %B_fifo_4_4, %B_fifo_5_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_5(%alloc, %A_fifo_4_5, %A_fifo_4_6, %B_fifo_4_5, %B_fifo_5_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_6(%alloc, %A_fifo_4_6, %A_fifo_4_7, %B_fifo_4_6, %B_fifo_5_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_7(%alloc, %A_fifo_4_7, %A_fifo_4_8, %B_fifo_4_7, %B_fifo_5_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_8(%alloc, %A_fifo_4_8, %A_fifo_4_9, %B_fifo_4_8, %B_fifo_5_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_9(%alloc, %A_fifo_4_9, %A_fifo_4_10, %B_fifo_4_9, %B_fifo_5_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_10(%alloc, %A_fifo_4_10, %A_fifo_4_11, %B_fifo_4_10, %B_fifo_5_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_11(%alloc, %A_fifo_4_11, %A_fifo_4_12, %B_fifo_4_11, %B_fifo_5_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_12(%alloc, %A_fifo_4_12, %A_fifo_4_13, %B_fifo_4_12, %B_fifo_5_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_13(%alloc, %A_fifo_4_13, %A_fifo_4_14, %B_fifo_4_13, %B_fifo_5_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_14(%alloc, %A_fifo_4_14, %A_fifo_4_15, %B_fifo_4_14, %B_fifo_5_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_15(%alloc, %A_fifo_4_15, %B_fifo_4_15, %B_fifo_5_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_0(%arg0, %alloc, %A_fifo_5_1, %B_fifo_5_0, %B_fifo_6_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_1(%alloc, %A_fifo_5_1, %A_fifo_5_2, %B_fifo_5_1, %B_fifo_6_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_2(%alloc, %A_fifo_5_2, %A_fifo_5_3, %B_fifo_5_2, %B_fifo_6_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_3(%alloc, %A_fifo_5_3, %A_fifo_5_4, %B_fifo_5_3, %B_fifo_6_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_4(%alloc, %A_fifo_5_4, %A_fifo_5_5, %B_fifo_5_4, %B_fifo_6_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_5(%alloc, %A_fifo_5_5, %A_fifo_5_6, %B_fifo_5_5, %B_fifo_6_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_6(%alloc, %A_fifo_5_6, %A_fifo_5_7, %B_fifo_5_6, %B_fifo_6_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_7(%alloc, %A_fifo_5_7, %A_fifo_5_8, %B_fifo_5_7, %B_fifo_6_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_8(%alloc, %A_fifo_5_8, %A_fifo_5_9, %B_fifo_5_8, %B_fifo_6_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_9(%alloc, %A_fifo_5_9, %A_fifo_5_10, %B_fifo_5_9, %B_fifo_6_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_10(%alloc, %A_fifo_5_10, %A_fifo_5_11, %B_fifo_5_10, %B_fifo_6_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_11(%alloc, %A_fifo_5_11, %A_fifo_5_12, %B_fifo_5_11, %B_fifo_6_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_12(%alloc, %A_fifo_5_12, %A_fifo_5_13, %B_fifo_5_12, %B_fifo_6_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_13(%alloc, %A_fifo_5_13, %A_fifo_5_14, %B_fifo_5_13, %B_fifo_6_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_14(%alloc, %A_fifo_5_14, %A_fifo_5_15, %B_fifo_5_14, %B_fifo_6_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_15(%alloc, %A_fifo_5_15, %B_fifo_5_15, %B_fifo_6_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_0(%arg0, %alloc, %A_fifo_6_1, %B_fifo_6_0, %B_fifo_7_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_1(%alloc, %A_fifo_6_1, %A_fifo_6_2, %B_fifo_6_1, %B_fifo_7_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_2(%alloc, %A_fifo_6_2, %A_fifo_6_3, %B_fifo_6_2, %B_fifo_7_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_3(%alloc, %A_fifo_6_3, %A_fifo_6_4, %B_fifo_6_3, %B_fifo_7_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_4(%alloc, %A_fifo_6_4, %A_fifo_6_5, %B_fifo_6_4, %B_fifo_7_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_5(%alloc, %A_fifo_6_5, %A_fifo_6_6, %B_fifo_6_5, %B_fifo_7_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_6(%alloc, %A_fifo_6_6, %A_fifo_6_7, %B_fifo_6_6, %B_fifo_7_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_7(%alloc, %A_fifo_6_7, %A_fifo_6_8, %B_fifo_6_7, %B_fifo_7_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_8(%alloc, %A_fifo_6_8, %A_fifo_6_9, %B_fifo_6_8, %B_fifo_7_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_9(%alloc, %A_fifo_6_9, %A_fifo_6_10, %B_fifo_6_9, %B_fifo_7_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_10(%alloc, %A_fifo_6_10, %A_fifo_6_11, %B_fifo_6_10, %B_fifo_7_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_11(%alloc, %A_fifo_6_11, %A_fifo_6_12, %B_fifo_6_11, %B_fifo_7_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_12(%alloc, %A_fifo_6_12, %A_fifo_6_13, %B_fifo_6_12, %B_fifo_7_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_13(%alloc, %A_fifo_6_13, %A_fifo_6_14, %B_fifo_6_13, %B_fifo_7_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_14(%alloc, %A_fifo_6_14, %A_fifo_6_15, %B_fifo_6_14, %B_fifo_7_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_15(%alloc, %A_fifo_6_15, %B_fifo_6_15, %B_fifo_7_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_0(%arg0, %alloc, %A_fifo_7_1, %B_fifo_7_0, %B_fifo_8_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_1(%alloc, %A_fifo_7_1, %A_fifo_7_2, %B_fifo_7_1, %B_fifo_8_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_2(%alloc, %A_fifo_7_2, %A_fifo_7_3, %B_fifo_7_2, %B_fifo_8_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_3(%alloc, %A_fifo_7_3, %A_fifo_7_4, %B_fifo_7_3, %B_fifo_8_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_4(%alloc, %A_fifo_7_4, %A_fifo_7_5, %B_fifo_7_4, %B_fifo_8_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_5(%alloc, %A_fifo_7_5, %A_fifo_7_6, %B_fifo_7_5, %B_fifo_8_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_6(%alloc, %A_fifo_7_6, %A_fifo_7_7, %B_fifo_7_6, %B_fifo_8_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_7(%alloc, %A_fifo_7_7, %A_fifo_7_8, %B_fifo_7_7, %B_fifo_8_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_8(%alloc, %A_fifo_7_8, %A_fifo_7_9, %B_fifo_7_8, %B_fifo_8_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_9(%alloc, %A_fifo_7_9, %A_fifo_7_10, %B_fifo_7_9, %B_fifo_8_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_10(%alloc, %A_fifo_7_10, %A_fifo_7_11, %B_fifo_7_10, %B_fifo_8_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_11(%alloc, %A_fifo_7_11, %A_fifo_7_12, %B_fifo_7_11, %B_fifo_8_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_12(%alloc, %A_fifo_7_12, %A_fifo_7_13, %B_fifo_7_12, %B_fifo_8_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_13(%alloc, %A_fifo_7_13, %A_fifo_7_14, %B_fifo_7_13, %B_fifo_8_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_14(%alloc, %A_fifo_7_14, %A_fifo_7_15, %B_fifo_7_14, %B_fifo_8_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_15(%alloc, %A_fifo_7_15, %B_fifo_7_15, %B_fifo_8_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_0(%arg0, %alloc, %A_fifo_8_1, %B_fifo_8_0, %B_fifo_9_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_1(%alloc, %A_fifo_8_1, %A_fifo_8_2, %B_fifo_8_1, %B_fifo_9_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_2(%alloc, %A_fifo_8_2, %A_fifo_8_3, %B_fifo_8_2, %B_fifo_9_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_3(%alloc, %A_fifo_8_3, %A_fifo_8_4, %B_fifo_8_3, %B_fifo_9_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_4(%alloc, %A_fifo_8_4, %A_fifo_8_5, %B_fifo_8_4, %B_fifo_9_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_5(%alloc, %A_fifo_8_5, %A_fifo_8_6, %B_fifo_8_5, %B_fifo_9_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_6(%alloc, %A_fifo_8_6, %A_fifo_8_7, %B_fifo_8_6, %B_fifo_9_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_7(%alloc, %A_fifo_8_7, %A_fifo_8_8, %B_fifo_8_7, %B_fifo_9_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_8(%alloc, %A_fifo_8_8, %A_fifo_8_9, %B_fifo_8_8, %B_fifo_9_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_9(%alloc, %A_fifo_8_9, %A_fifo_8_10, %B_fifo_8_9, %B_fifo_9_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_10(%alloc, %A_fifo_8_10, %A_fifo_8_11, %B_fifo_8_10, %B_fifo_9_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_11(%alloc, %A_fifo_8_11, %A_fifo_8_12, %B_fifo_8_11, %B_fifo_9_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_12(%alloc, %A_fifo_8_12, %A_fifo_8_13, %B_fifo_8_12, %B_fifo_9_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_13(%alloc, %A_fifo_8_13, %A_fifo_8_14, %B_fifo_8_13, %B_fifo_9_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_14(%alloc, %A_fifo_8_14, %A_fifo_8_15, %B_fifo_8_14, %B_fifo_9_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_15(%alloc, %A_fifo_8_15, %B_fifo_8_15, %B_fifo_9_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_0(%arg0, %alloc, %A_fifo_9_1, %B_fifo_9_0, %B_fifo_10_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_1(%alloc, %A_fifo_9_1, %A_fifo_9_2, %B_fifo_9_1, %B_fifo_10_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_2(%alloc, %A_fifo_9_2, %A_fifo_9_3, %B_fifo_9_2, %B_fifo_10_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_3(%alloc, %A_fifo_9_3, %A_fifo_9_4, %B_fifo_9_3, %B_fifo_10_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_4(%alloc, %A_fifo_9_4, %A_fifo_9_5, %B_fifo_9_4, %B_fifo_10_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_5(%alloc, %A_fifo_9_5, %A_fifo_9_6, %B_fifo_9_5, %B_fifo_10_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_6(%alloc, %A_fifo_9_6, %A_fifo_9_7, %B_fifo_9_6, %B_fifo_10_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_7(%alloc, %A_fifo_9_7, %A_fifo_9_8, %B_fifo_9_7, %B_fifo_10_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_8(%alloc, %A_fifo_9_8, %A_fifo_9_9, %B_fifo_9_8, %B_fifo_10_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_9(%alloc, %A_fifo_9_9, %A_fifo_9_10, %B_fifo_9_9, %B_fifo_10_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_10(%alloc, %A_fifo_9_10, %A_fifo_9_11, %B_fifo_9_10, %B_fifo_10_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_11(%alloc, %A_fifo_9_11, %A_fifo_9_12, %B_fifo_9_11, %B_fifo_10_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_12(%alloc, %A_fifo_9_12, %A_fifo_9_13, %B_fifo_9_12, %B_fifo_10_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_13(%alloc, %A_fifo_9_13, %A_fifo_9_14, %B_fifo_9_13, %B_fifo_10_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_14(%alloc, %A_fifo_9_14, %A_fifo_9_15, %B_fifo_9_14, %B_fifo_10_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_15(%alloc, %A_fifo_9_15, %B_fifo_9_15, %B_fifo_10_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_0(%arg0, %alloc, %A_fifo_10_1, %B_fifo_10_0, %B_fifo_11_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_1(%alloc, %A_fifo_10_1, %A_fifo_10_2, %B_fifo_10_1, %B_fifo_11_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_2(%alloc, %A_fifo_10_2, %A_fifo_10_3, %B_fifo_10_2, %B_fifo_11_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_3(%alloc, %A_fifo_10_3, %A_fifo_10_4, %B_fifo_10_3, %B_fifo_11_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_4(%alloc, %A_fifo_10_4, %A_fifo_10_5, %B_fifo_10_4, %B_fifo_11_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_5(%alloc, %A_fifo_10_5, %A_fifo_10_6, %B_fifo_10_5, %B_fifo_11_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_6(%alloc, %A_fifo_10_6, %A_fifo_10_7, %B_fifo_10_6, %B_fifo_11_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_7(%alloc, %A_fifo_10_7, %A_fifo_10_8, %B_fifo_10_7, %B_fifo_11_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_8(%alloc, %A_fifo_10_8, %A_fifo_10_9, %B_fifo_10_8, %B_fifo_11_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_9(%alloc, %A_fifo_10_9, %A_fifo_10_10, %B_fifo_10_9, %B_fifo_11_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_10(%alloc, %A_fifo_10_10, %A_fifo_10_11, %B_fifo_10_10, %B_fifo_11_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_11(%alloc, %A_fifo_10_11, %A_fifo_10_12, %B_fifo_10_11, %B_fifo_11_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_12(%alloc, %A_fifo_10_12, %A_fifo_10_13, %B_fifo_10_12, %B_fifo_11_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_13(%alloc, %A_fifo_10_13, %A_fifo_10_14, %B_fifo_10_13, %B_fifo_11_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_14(%alloc, %A_fifo_10_14, %A_fifo_10_15, %B_fifo_10_14, %B_fifo_11_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_15(%alloc, %A_fifo_10_15, %B_fifo_10_15, %B_fifo_11_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_0(%arg0, %alloc, %A_fifo_11_1, %B_fifo_11_0, %B_fifo_12_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_1(%alloc, %A_fifo_11_1, %A_fifo_11_2, %B_fifo_11_1, %B_fifo_12_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_2(%alloc, %A_fifo_11_2, %A_fifo_11_3, %B_fifo_11_2, %B_fifo_12_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_3(%alloc, %A_fifo_11_3, %A_fifo_11_4, %B_fifo_11_3, %B_fifo_12_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_4(%alloc, %A_fifo_11_4, %A_fifo_11_5, %B_fifo_11_4, %B_fifo_12_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_5(%alloc, %A_fifo_11_5, %A_fifo_11_6, %B_fifo_11_5, %B_fifo_12_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_6(%alloc, %A_fifo_11_6, %A_fifo_11_7, %B_fifo_11_6, %B_fifo_12_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_7(%alloc, %A_fifo_11_7, %A_fifo_11_8, %B_fifo_11_7, %B_fifo_12_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_8(%alloc, %A_fifo_11_8, %A_fifo_11_9, %B_fifo_11_8, %B_fifo_12_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_9(%alloc, %A_fifo_11_9, %A_fifo_11_10, %B_fifo_11_9, %B_fifo_12_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_10(%alloc, %A_fifo_11_10, %A_fifo_11_11, %B_fifo_11_10, %B_fifo_12_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_11(%alloc, %A_fifo_11_11, %A_fifo_11_12, %B_fifo_11_11, %B_fifo_12_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_12(%alloc, %A_fifo_11_12, %A_fifo_11_13, %B_fifo_11_12, %B_fifo_12_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_13(%alloc, %A_fifo_11_13, %A_fifo_11_14, %B_fifo_11_13, %B_fifo_12_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_14(%alloc, %A_fifo_11_14, %A_fifo_11_15, %B_fifo_11_14, %B_fifo_12_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_15(%alloc, %A_fifo_11_15, %B_fifo_11_15, %B_fifo_12_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_0(%arg0, %alloc, %A_fifo_12_1, %B_fifo_12_0, %B_fifo_13_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_1(%alloc, %A_fifo_12_1, %A_fifo_12_2, %B_fifo_12_1, %B_fifo_13_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_2(%alloc, %A_fifo_12_2, %A_fifo_12_3, %B_fifo_12_2, %B_fifo_13_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_3(%alloc, %A_fifo_12_3, %A_fifo_12_4, %B_fifo_12_3, %B_fifo_13_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_4(%alloc, %A_fifo_12_4, %A_fifo_12_5, %B_fifo_12_4, %B_fifo_13_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_5(%alloc, %A_fifo_12_5, %A_fifo_12_6, %B_fifo_12_5, %B_fifo_13_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_6(%alloc, %A_fifo_12_6, %A_fifo_12_7, %B_fifo_12_6, %B_fifo_13_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_7(%alloc, %A_fifo_12_7, %A_fifo_12_8, %B_fifo_12_7, %B_fifo_13_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_8(%alloc, %A_fifo_12_8, %A_fifo_12_9, %B_fifo_12_8, %B_fifo_13_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_9(%alloc, %A_fifo_12_9, %A_fifo_12_10, %B_fifo_12_9, %B_fifo_13_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_10(%alloc, %A_fifo_12_10, %A_fifo_12_11, %B_fifo_12_10, %B_fifo_13_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_11(%alloc, %A_fifo_12_11, %A_fifo_12_12, %B_fifo_12_11, %B_fifo_13_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_12(%alloc, %A_fifo_12_12, %A_fifo_12_13, %B_fifo_12_12, %B_fifo_13_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_13(%alloc, %A_fifo_12_13, %A_fifo_12_14, %B_fifo_12_13, %B_fifo_13_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_14(%alloc, %A_fifo_12_14, %A_fifo_12_15, %B_fifo_12_14, %B_fifo_13_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_15(%alloc, %A_fifo_12_15, %B_fifo_12_15, %B_fifo_13_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_0(%arg0, %alloc, %A_fifo_13_1, %B_fifo_13_0, %B_fifo_14_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_1(%alloc, %A_fifo_13_1, %A_fifo_13_2, %B_fifo_13_1, %B_fifo_14_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_2(%alloc, %A_fifo_13_2, %A_fifo_13_3, %B_fifo_13_2, %B_fifo_14_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_3(%alloc, %A_fifo_13_3, %A_fifo_13_4, %B_fifo_13_3, %B_fifo_14_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_4(%alloc, %A_fifo_13_4, %A_fifo_13_5, %B_fifo_13_4, %B_fifo_14_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_5(%alloc, %A_fifo_13_5, %A_fifo_13_6, %B_fifo_13_5, %B_fifo_14_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_6(%alloc, %A_fifo_13_6, %A_fifo_13_7, %B_fifo_13_6, %B_fifo_14_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_7(%alloc, %A_fifo_13_7, %A_fifo_13_8, %B_fifo_13_7, %B_fifo_14_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_8(%alloc, %A_fifo_13_8, %A_fifo_13_9, %B_fifo_13_8, %B_fifo_14_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_9(%alloc, %A_fifo_13_9, %A_fifo_13_10, %B_fifo_13_9, %B_fifo_14_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_10(%alloc, %A_fifo_13_10, %A_fifo_13_11, %B_fifo_13_10, %B_fifo_14_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_11(%alloc, %A_fifo_13_11, %A_fifo_13_12, %B_fifo_13_11, %B_fifo_14_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_12(%alloc, %A_fifo_13_12, %A_fifo_13_13, %B_fifo_13_12, %B_fifo_14_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_13(%alloc, %A_fifo_13_13, %A_fifo_13_14, %B_fifo_13_13, %B_fifo_14_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_14(%alloc, %A_fifo_13_14, %A_fifo_13_15, %B_fifo_13_14, %B_fifo_14_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_15(%alloc, %A_fifo_13_15, %B_fifo_13_15, %B_fifo_14_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_0(%arg0, %alloc, %A_fifo_14_1, %B_fifo_14_0, %B_fifo_15_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_1(%alloc, %A_fifo_14_1, %A_fifo_14_2, %B_fifo_14_1, %B_fifo_15_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_2(%alloc, %A_fifo_14_2, %A_fifo_14_3, %B_fifo_14_2, %B_fifo_15_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_3(%alloc, %A_fifo_14_3, %A_fifo_14_4, %B_fifo_14_3, %B_fifo_15_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_4(%alloc, %A_fifo_14_4, %A_fifo_14_5, %B_fifo_14_4, %B_fifo_15_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_5(%alloc, %A_fifo_14_5, %A_fifo_14_6, %B_fifo_14_5, %B_fifo_15_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_6(%alloc, %A_fifo_14_6, %A_fifo_14_7, %B_fifo_14_6, %B_fifo_15_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_7(%alloc, %A_fifo_14_7, %A_fifo_14_8, %B_fifo_14_7, %B_fifo_15_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_8(%alloc, %A_fifo_14_8, %A_fifo_14_9, %B_fifo_14_8, %B_fifo_15_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_9(%alloc, %A_fifo_14_9, %A_fifo_14_10, %B_fifo_14_9, %B_fifo_15_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_10(%alloc, %A_fifo_14_10, %A_fifo_14_11, %B_fifo_14_10, %B_fifo_15_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_11(%alloc, %A_fifo_14_11, %A_fifo_14_12, %B_fifo_14_11, %B_fifo_15_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_12(%alloc, %A_fifo_14_12, %A_fifo_14_13, %B_fifo_14_12, %B_fifo_15_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_13(%alloc, %A_fifo_14_13, %A_fifo_14_14, %B_fifo_14_13, %B_fifo_15_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_14(%alloc, %A_fifo_14_14, %A_fifo_14_15, %B_fifo_14_14, %B_fifo_15_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_15(%alloc, %A_fifo_14_15, %B_fifo_14_15, %B_fifo_15_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_0(%arg0, %alloc, %A_fifo_15_1, %B_fifo_15_0) : (memref<16x16xi8>, memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_1(%alloc, %A_fifo_15_1, %A_fifo_15_2, %B_fifo_15_1) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_2(%alloc, %A_fifo_15_2, %A_fifo_15_3, %B_fifo_15_2) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_3(%alloc, %A_fifo_15_3, %A_fifo_15_4, %B_fifo_15_3) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_4(%alloc, %A_fifo_15_4, %A_fifo_15_5, %B_fifo_15_4) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_5(%alloc, %A_fifo_15_5, %A_fifo_15_6, %B_fifo_15_5) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_6(%alloc, %A_fifo_15_6, %A_fifo_15_7, %B_fifo_15_6) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_7(%alloc, %A_fifo_15_7, %A_fifo_15_8, %B_fifo_15_7) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_8(%alloc, %A_fifo_15_8, %A_fifo_15_9, %B_fifo_15_8) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_9(%alloc, %A_fifo_15_9, %A_fifo_15_10, %B_fifo_15_9) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_10(%alloc, %A_fifo_15_10, %A_fifo_15_11, %B_fifo_15_10) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_11(%alloc, %A_fifo_15_11, %A_fifo_15_12, %B_fifo_15_11) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_12(%alloc, %A_fifo_15_12, %A_fifo_15_13, %B_fifo_15_12) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_13(%alloc, %A_fifo_15_13, %A_fifo_15_14, %B_fifo_15_13) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_14(%alloc, %A_fifo_15_14, %A_fifo_15_15, %B_fifo_15_14) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_15(%alloc, %A_fifo_15_15, %B_fifo_15_15) : (memref<16x16xi16>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    return %alloc : memref<16x16xi16>
  }
}
