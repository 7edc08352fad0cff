module {
  func.func @gemm_PE_0_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i16, 1>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg2, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_1(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_2(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_3(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_4(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_5(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_6(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_7(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_8(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_9(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_10(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_11(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_12(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_13(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_14(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_0_15(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_0_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_1_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_1_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_2_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_2_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_3_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_3_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_4_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_4_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_5_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_5_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_6_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_6_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_7_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_7_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_8_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_8_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_9_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_9_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_10_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_10_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_11_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_11_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_12_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_12_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_13_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_13_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %alloc[] : memref<i16>
      %5 = arith.extsi %4 : i16 to i17
      %6 = affine.load %alloc_0[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = affine.load %alloc_1[] : memref<i8>
      %9 = arith.extsi %8 : i8 to i16
      %10 = arith.muli %7, %9 : i16
      %11 = arith.extsi %10 : i16 to i17
      %12 = arith.addi %5, %11 : i17
      %13 = arith.trunci %12 : i17 to i16
      affine.store %13, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %14 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %14) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_14_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_14_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_0(%arg0: !allo.stream<i8, 17>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_0"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg1, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_1"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_2"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_3"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_4(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_4"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_5(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_5"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_6(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_6"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_7(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_7"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_8(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_8"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_9(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_9"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_10(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_10"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_11(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_11"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_12(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_12"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_13(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_13"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_14(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_14"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 17>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc[] : memref<i16>
      %4 = arith.extsi %3 : i16 to i17
      %5 = affine.load %alloc_0[] : memref<i8>
      %6 = arith.extsi %5 : i8 to i16
      %7 = affine.load %alloc_1[] : memref<i8>
      %8 = arith.extsi %7 : i8 to i16
      %9 = arith.muli %6, %8 : i16
      %10 = arith.extsi %9 : i16 to i17
      %11 = arith.addi %4, %10 : i17
      %12 = arith.trunci %11 : i17 to i16
      affine.store %12, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %13 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %13) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_PE_15_15(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>) attributes {itypes = "sss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_15_15"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg3 = 0 to 16 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 17>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 17>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc[] : memref<i16>
      %3 = arith.extsi %2 : i16 to i17
      %4 = affine.load %alloc_0[] : memref<i8>
      %5 = arith.extsi %4 : i8 to i16
      %6 = affine.load %alloc_1[] : memref<i8>
      %7 = arith.extsi %6 : i8 to i16
      %8 = arith.muli %5, %7 : i16
      %9 = arith.extsi %8 : i16 to i17
      %10 = arith.addi %3, %9 : i17
      %11 = arith.trunci %10 : i17 to i16
      affine.store %11, %alloc[] : memref<i16>
    } {loop_name = "k", op_name = "S_k_0", reduction}
    %12 = affine.load %alloc[] : memref<i16>
    "allo.stream_put"(%arg0, %12) : (!allo.stream<i16, 1>, i16) -> ()
    return
  }
  func.func @gemm_load_A(%arg0: memref<16x16xi8>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>, %arg5: !allo.stream<i8, 17>, %arg6: !allo.stream<i8, 17>, %arg7: !allo.stream<i8, 17>, %arg8: !allo.stream<i8, 17>, %arg9: !allo.stream<i8, 17>, %arg10: !allo.stream<i8, 17>, %arg11: !allo.stream<i8, 17>, %arg12: !allo.stream<i8, 17>, %arg13: !allo.stream<i8, 17>, %arg14: !allo.stream<i8, 17>, %arg15: !allo.stream<i8, 17>, %arg16: !allo.stream<i8, 17>) attributes {itypes = "sssssssssssssssss", otypes = ""} {
    affine.for %arg17 = 0 to 16 {
      %0 = affine.load %arg0[0, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg1, %0) : (!allo.stream<i8, 17>, i8) -> ()
      %1 = affine.load %arg0[1, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %2 = affine.load %arg0[2, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[3, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[4, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg5, %4) : (!allo.stream<i8, 17>, i8) -> ()
      %5 = affine.load %arg0[5, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg6, %5) : (!allo.stream<i8, 17>, i8) -> ()
      %6 = affine.load %arg0[6, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg7, %6) : (!allo.stream<i8, 17>, i8) -> ()
      %7 = affine.load %arg0[7, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg8, %7) : (!allo.stream<i8, 17>, i8) -> ()
      %8 = affine.load %arg0[8, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg9, %8) : (!allo.stream<i8, 17>, i8) -> ()
      %9 = affine.load %arg0[9, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg10, %9) : (!allo.stream<i8, 17>, i8) -> ()
      %10 = affine.load %arg0[10, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg11, %10) : (!allo.stream<i8, 17>, i8) -> ()
      %11 = affine.load %arg0[11, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg12, %11) : (!allo.stream<i8, 17>, i8) -> ()
      %12 = affine.load %arg0[12, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg13, %12) : (!allo.stream<i8, 17>, i8) -> ()
      %13 = affine.load %arg0[13, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg14, %13) : (!allo.stream<i8, 17>, i8) -> ()
      %14 = affine.load %arg0[14, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg15, %14) : (!allo.stream<i8, 17>, i8) -> ()
      %15 = affine.load %arg0[15, %arg17] : memref<16x16xi8>
      "allo.stream_put"(%arg16, %15) : (!allo.stream<i8, 17>, i8) -> ()
    } {loop_name = "k", pipeline_ii = 1 : ui32}
    return
  }
  func.func @gemm_load_B(%arg0: memref<16x16xi8>, %arg1: !allo.stream<i8, 17>, %arg2: !allo.stream<i8, 17>, %arg3: !allo.stream<i8, 17>, %arg4: !allo.stream<i8, 17>, %arg5: !allo.stream<i8, 17>, %arg6: !allo.stream<i8, 17>, %arg7: !allo.stream<i8, 17>, %arg8: !allo.stream<i8, 17>, %arg9: !allo.stream<i8, 17>, %arg10: !allo.stream<i8, 17>, %arg11: !allo.stream<i8, 17>, %arg12: !allo.stream<i8, 17>, %arg13: !allo.stream<i8, 17>, %arg14: !allo.stream<i8, 17>, %arg15: !allo.stream<i8, 17>, %arg16: !allo.stream<i8, 17>) attributes {itypes = "sssssssssssssssss", otypes = ""} {
    affine.for %arg17 = 0 to 16 {
      %0 = affine.load %arg0[%arg17, 0] : memref<16x16xi8>
      "allo.stream_put"(%arg1, %0) : (!allo.stream<i8, 17>, i8) -> ()
      %1 = affine.load %arg0[%arg17, 1] : memref<16x16xi8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 17>, i8) -> ()
      %2 = affine.load %arg0[%arg17, 2] : memref<16x16xi8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 17>, i8) -> ()
      %3 = affine.load %arg0[%arg17, 3] : memref<16x16xi8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 17>, i8) -> ()
      %4 = affine.load %arg0[%arg17, 4] : memref<16x16xi8>
      "allo.stream_put"(%arg5, %4) : (!allo.stream<i8, 17>, i8) -> ()
      %5 = affine.load %arg0[%arg17, 5] : memref<16x16xi8>
      "allo.stream_put"(%arg6, %5) : (!allo.stream<i8, 17>, i8) -> ()
      %6 = affine.load %arg0[%arg17, 6] : memref<16x16xi8>
      "allo.stream_put"(%arg7, %6) : (!allo.stream<i8, 17>, i8) -> ()
      %7 = affine.load %arg0[%arg17, 7] : memref<16x16xi8>
      "allo.stream_put"(%arg8, %7) : (!allo.stream<i8, 17>, i8) -> ()
      %8 = affine.load %arg0[%arg17, 8] : memref<16x16xi8>
      "allo.stream_put"(%arg9, %8) : (!allo.stream<i8, 17>, i8) -> ()
      %9 = affine.load %arg0[%arg17, 9] : memref<16x16xi8>
      "allo.stream_put"(%arg10, %9) : (!allo.stream<i8, 17>, i8) -> ()
      %10 = affine.load %arg0[%arg17, 10] : memref<16x16xi8>
      "allo.stream_put"(%arg11, %10) : (!allo.stream<i8, 17>, i8) -> ()
      %11 = affine.load %arg0[%arg17, 11] : memref<16x16xi8>
      "allo.stream_put"(%arg12, %11) : (!allo.stream<i8, 17>, i8) -> ()
      %12 = affine.load %arg0[%arg17, 12] : memref<16x16xi8>
      "allo.stream_put"(%arg13, %12) : (!allo.stream<i8, 17>, i8) -> ()
      %13 = affine.load %arg0[%arg17, 13] : memref<16x16xi8>
      "allo.stream_put"(%arg14, %13) : (!allo.stream<i8, 17>, i8) -> ()
      %14 = affine.load %arg0[%arg17, 14] : memref<16x16xi8>
      "allo.stream_put"(%arg15, %14) : (!allo.stream<i8, 17>, i8) -> ()
      %15 = affine.load %arg0[%arg17, 15] : memref<16x16xi8>
      "allo.stream_put"(%arg16, %15) : (!allo.stream<i8, 17>, i8) -> ()
    } {loop_name = "k", pipeline_ii = 1 : ui32}
    return
  }
  func.func @gemm_drain_C(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i16, 1>, %arg3: !allo.stream<i16, 1>, %arg4: !allo.stream<i16, 1>, %arg5: !allo.stream<i16, 1>, %arg6: !allo.stream<i16, 1>, %arg7: !allo.stream<i16, 1>, %arg8: !allo.stream<i16, 1>, %arg9: !allo.stream<i16, 1>, %arg10: !allo.stream<i16, 1>, %arg11: !allo.stream<i16, 1>, %arg12: !allo.stream<i16, 1>, %arg13: !allo.stream<i16, 1>, %arg14: !allo.stream<i16, 1>, %arg15: !allo.stream<i16, 1>, %arg16: !allo.stream<i16, 1>, %arg17: !allo.stream<i16, 1>, %arg18: !allo.stream<i16, 1>, %arg19: !allo.stream<i16, 1>, %arg20: !allo.stream<i16, 1>, %arg21: !allo.stream<i16, 1>, %arg22: !allo.stream<i16, 1>, %arg23: !allo.stream<i16, 1>, %arg24: !allo.stream<i16, 1>, %arg25: !allo.stream<i16, 1>, %arg26: !allo.stream<i16, 1>, %arg27: !allo.stream<i16, 1>, %arg28: !allo.stream<i16, 1>, %arg29: !allo.stream<i16, 1>, %arg30: !allo.stream<i16, 1>, %arg31: !allo.stream<i16, 1>, %arg32: !allo.stream<i16, 1>, %arg33: !allo.stream<i16, 1>, %arg34: !allo.stream<i16, 1>, %arg35: !allo.stream<i16, 1>, %arg36: !allo.stream<i16, 1>, %arg37: !allo.stream<i16, 1>, %arg38: !allo.stream<i16, 1>, %arg39: !allo.stream<i16, 1>, %arg40: !allo.stream<i16, 1>, %arg41: !allo.stream<i16, 1>, %arg42: !allo.stream<i16, 1>, %arg43: !allo.stream<i16, 1>, %arg44: !allo.stream<i16, 1>, %arg45: !allo.stream<i16, 1>, %arg46: !allo.stream<i16, 1>, %arg47: !allo.stream<i16, 1>, %arg48: !allo.stream<i16, 1>, %arg49: !allo.stream<i16, 1>, %arg50: !allo.stream<i16, 1>, %arg51: !allo.stream<i16, 1>, %arg52: !allo.stream<i16, 1>, %arg53: !allo.stream<i16, 1>, %arg54: !allo.stream<i16, 1>, %arg55: !allo.stream<i16, 1>, %arg56: !allo.stream<i16, 1>, %arg57: !allo.stream<i16, 1>, %arg58: !allo.stream<i16, 1>, %arg59: !allo.stream<i16, 1>, %arg60: !allo.stream<i16, 1>, %arg61: !allo.stream<i16, 1>, %arg62: !allo.stream<i16, 1>, %arg63: !allo.stream<i16, 1>, %arg64: !allo.stream<i16, 1>, %arg65: !allo.stream<i16, 1>, %arg66: !allo.stream<i16, 1>, %arg67: !allo.stream<i16, 1>, %arg68: !allo.stream<i16, 1>, %arg69: !allo.stream<i16, 1>, %arg70: !allo.stream<i16, 1>, %arg71: !allo.stream<i16, 1>, %arg72: !allo.stream<i16, 1>, %arg73: !allo.stream<i16, 1>, %arg74: !allo.stream<i16, 1>, %arg75: !allo.stream<i16, 1>, %arg76: !allo.stream<i16, 1>, %arg77: !allo.stream<i16, 1>, %arg78: !allo.stream<i16, 1>, %arg79: !allo.stream<i16, 1>, %arg80: !allo.stream<i16, 1>, %arg81: !allo.stream<i16, 1>, %arg82: !allo.stream<i16, 1>, %arg83: !allo.stream<i16, 1>, %arg84: !allo.stream<i16, 1>, %arg85: !allo.stream<i16, 1>, %arg86: !allo.stream<i16, 1>, %arg87: !allo.stream<i16, 1>, %arg88: !allo.stream<i16, 1>, %arg89: !allo.stream<i16, 1>, %arg90: !allo.stream<i16, 1>, %arg91: !allo.stream<i16, 1>, %arg92: !allo.stream<i16, 1>, %arg93: !allo.stream<i16, 1>, %arg94: !allo.stream<i16, 1>, %arg95: !allo.stream<i16, 1>, %arg96: !allo.stream<i16, 1>, %arg97: !allo.stream<i16, 1>, %arg98: !allo.stream<i16, 1>, %arg99: !allo.stream<i16, 1>, %arg100: !allo.stream<i16, 1>, %arg101: !allo.stream<i16, 1>, %arg102: !allo.stream<i16, 1>, %arg103: !allo.stream<i16, 1>, %arg104: !allo.stream<i16, 1>, %arg105: !allo.stream<i16, 1>, %arg106: !allo.stream<i16, 1>, %arg107: !allo.stream<i16, 1>, %arg108: !allo.stream<i16, 1>, %arg109: !allo.stream<i16, 1>, %arg110: !allo.stream<i16, 1>, %arg111: !allo.stream<i16, 1>, %arg112: !allo.stream<i16, 1>, %arg113: !allo.stream<i16, 1>, %arg114: !allo.stream<i16, 1>, %arg115: !allo.stream<i16, 1>, %arg116: !allo.stream<i16, 1>, %arg117: !allo.stream<i16, 1>, %arg118: !allo.stream<i16, 1>, %arg119: !allo.stream<i16, 1>, %arg120: !allo.stream<i16, 1>, %arg121: !allo.stream<i16, 1>, %arg122: !allo.stream<i16, 1>, %arg123: !allo.stream<i16, 1>, %arg124: !allo.stream<i16, 1>, %arg125: !allo.stream<i16, 1>, %arg126: !allo.stream<i16, 1>, %arg127: !allo.stream<i16, 1>, %arg128: !allo.stream<i16, 1>, %arg129: !allo.stream<i16, 1>, %arg130: !allo.stream<i16, 1>, %arg131: !allo.stream<i16, 1>, %arg132: !allo.stream<i16, 1>, %arg133: !allo.stream<i16, 1>, %arg134: !allo.stream<i16, 1>, %arg135: !allo.stream<i16, 1>, %arg136: !allo.stream<i16, 1>, %arg137: !allo.stream<i16, 1>, %arg138: !allo.stream<i16, 1>, %arg139: !allo.stream<i16, 1>, %arg140: !allo.stream<i16, 1>, %arg141: !allo.stream<i16, 1>, %arg142: !allo.stream<i16, 1>, %arg143: !allo.stream<i16, 1>, %arg144: !allo.stream<i16, 1>, %arg145: !allo.stream<i16, 1>, %arg146: !allo.stream<i16, 1>, %arg147: !allo.stream<i16, 1>, %arg148: !allo.stream<i16, 1>, %arg149: !allo.stream<i16, 1>, %arg150: !allo.stream<i16, 1>, %arg151: !allo.stream<i16, 1>, %arg152: !allo.stream<i16, 1>, %arg153: !allo.stream<i16, 1>, %arg154: !allo.stream<i16, 1>, %arg155: !allo.stream<i16, 1>, %arg156: !allo.stream<i16, 1>, %arg157: !allo.stream<i16, 1>, %arg158: !allo.stream<i16, 1>, %arg159: !allo.stream<i16, 1>, %arg160: !allo.stream<i16, 1>, %arg161: !allo.stream<i16, 1>, %arg162: !allo.stream<i16, 1>, %arg163: !allo.stream<i16, 1>, %arg164: !allo.stream<i16, 1>, %arg165: !allo.stream<i16, 1>, %arg166: !allo.stream<i16, 1>, %arg167: !allo.stream<i16, 1>, %arg168: !allo.stream<i16, 1>, %arg169: !allo.stream<i16, 1>, %arg170: !allo.stream<i16, 1>, %arg171: !allo.stream<i16, 1>, %arg172: !allo.stream<i16, 1>, %arg173: !allo.stream<i16, 1>, %arg174: !allo.stream<i16, 1>, %arg175: !allo.stream<i16, 1>, %arg176: !allo.stream<i16, 1>, %arg177: !allo.stream<i16, 1>, %arg178: !allo.stream<i16, 1>, %arg179: !allo.stream<i16, 1>, %arg180: !allo.stream<i16, 1>, %arg181: !allo.stream<i16, 1>, %arg182: !allo.stream<i16, 1>, %arg183: !allo.stream<i16, 1>, %arg184: !allo.stream<i16, 1>, %arg185: !allo.stream<i16, 1>, %arg186: !allo.stream<i16, 1>, %arg187: !allo.stream<i16, 1>, %arg188: !allo.stream<i16, 1>, %arg189: !allo.stream<i16, 1>, %arg190: !allo.stream<i16, 1>, %arg191: !allo.stream<i16, 1>, %arg192: !allo.stream<i16, 1>, %arg193: !allo.stream<i16, 1>, %arg194: !allo.stream<i16, 1>, %arg195: !allo.stream<i16, 1>, %arg196: !allo.stream<i16, 1>, %arg197: !allo.stream<i16, 1>, %arg198: !allo.stream<i16, 1>, %arg199: !allo.stream<i16, 1>, %arg200: !allo.stream<i16, 1>, %arg201: !allo.stream<i16, 1>, %arg202: !allo.stream<i16, 1>, %arg203: !allo.stream<i16, 1>, %arg204: !allo.stream<i16, 1>, %arg205: !allo.stream<i16, 1>, %arg206: !allo.stream<i16, 1>, %arg207: !allo.stream<i16, 1>, %arg208: !allo.stream<i16, 1>, %arg209: !allo.stream<i16, 1>, %arg210: !allo.stream<i16, 1>, %arg211: !allo.stream<i16, 1>, %arg212: !allo.stream<i16, 1>, %arg213: !allo.stream<i16, 1>, %arg214: !allo.stream<i16, 1>, %arg215: !allo.stream<i16, 1>, %arg216: !allo.stream<i16, 1>, %arg217: !allo.stream<i16, 1>, %arg218: !allo.stream<i16, 1>, %arg219: !allo.stream<i16, 1>, %arg220: !allo.stream<i16, 1>, %arg221: !allo.stream<i16, 1>, %arg222: !allo.stream<i16, 1>, %arg223: !allo.stream<i16, 1>, %arg224: !allo.stream<i16, 1>, %arg225: !allo.stream<i16, 1>, %arg226: !allo.stream<i16, 1>, %arg227: !allo.stream<i16, 1>, %arg228: !allo.stream<i16, 1>, %arg229: !allo.stream<i16, 1>, %arg230: !allo.stream<i16, 1>, %arg231: !allo.stream<i16, 1>, %arg232: !allo.stream<i16, 1>, %arg233: !allo.stream<i16, 1>, %arg234: !allo.stream<i16, 1>, %arg235: !allo.stream<i16, 1>, %arg236: !allo.stream<i16, 1>, %arg237: !allo.stream<i16, 1>, %arg238: !allo.stream<i16, 1>, %arg239: !allo.stream<i16, 1>, %arg240: !allo.stream<i16, 1>, %arg241: !allo.stream<i16, 1>, %arg242: !allo.stream<i16, 1>, %arg243: !allo.stream<i16, 1>, %arg244: !allo.stream<i16, 1>, %arg245: !allo.stream<i16, 1>, %arg246: !allo.stream<i16, 1>, %arg247: !allo.stream<i16, 1>, %arg248: !allo.stream<i16, 1>, %arg249: !allo.stream<i16, 1>, %arg250: !allo.stream<i16, 1>, %arg251: !allo.stream<i16, 1>, %arg252: !allo.stream<i16, 1>, %arg253: !allo.stream<i16, 1>, %arg254: !allo.stream<i16, 1>, %arg255: !allo.stream<i16, 1>, %arg256: memref<16x16xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss", otypes = ""} {
    %0 = "allo.stream_get"(%arg0) : (!allo.stream<i16, 1>) -> i16
    affine.store %0, %arg256[0, 0] : memref<16x16xi16>
    %1 = "allo.stream_get"(%arg1) : (!allo.stream<i16, 1>) -> i16
    affine.store %1, %arg256[0, 1] : memref<16x16xi16>
    %2 = "allo.stream_get"(%arg2) : (!allo.stream<i16, 1>) -> i16
    affine.store %2, %arg256[0, 2] : memref<16x16xi16>
    %3 = "allo.stream_get"(%arg3) : (!allo.stream<i16, 1>) -> i16
    affine.store %3, %arg256[0, 3] : memref<16x16xi16>
    %4 = "allo.stream_get"(%arg4) : (!allo.stream<i16, 1>) -> i16
    affine.store %4, %arg256[0, 4] : memref<16x16xi16>
    %5 = "allo.stream_get"(%arg5) : (!allo.stream<i16, 1>) -> i16
    affine.store %5, %arg256[0, 5] : memref<16x16xi16>
    %6 = "allo.stream_get"(%arg6) : (!allo.stream<i16, 1>) -> i16
    affine.store %6, %arg256[0, 6] : memref<16x16xi16>
    %7 = "allo.stream_get"(%arg7) : (!allo.stream<i16, 1>) -> i16
    affine.store %7, %arg256[0, 7] : memref<16x16xi16>
    %8 = "allo.stream_get"(%arg8) : (!allo.stream<i16, 1>) -> i16
    affine.store %8, %arg256[0, 8] : memref<16x16xi16>
    %9 = "allo.stream_get"(%arg9) : (!allo.stream<i16, 1>) -> i16
    affine.store %9, %arg256[0, 9] : memref<16x16xi16>
    %10 = "allo.stream_get"(%arg10) : (!allo.stream<i16, 1>) -> i16
    affine.store %10, %arg256[0, 10] : memref<16x16xi16>
    %11 = "allo.stream_get"(%arg11) : (!allo.stream<i16, 1>) -> i16
    affine.store %11, %arg256[0, 11] : memref<16x16xi16>
    %12 = "allo.stream_get"(%arg12) : (!allo.stream<i16, 1>) -> i16
    affine.store %12, %arg256[0, 12] : memref<16x16xi16>
    %13 = "allo.stream_get"(%arg13) : (!allo.stream<i16, 1>) -> i16
    affine.store %13, %arg256[0, 13] : memref<16x16xi16>
    %14 = "allo.stream_get"(%arg14) : (!allo.stream<i16, 1>) -> i16
    affine.store %14, %arg256[0, 14] : memref<16x16xi16>
    %15 = "allo.stream_get"(%arg15) : (!allo.stream<i16, 1>) -> i16
    affine.store %15, %arg256[0, 15] : memref<16x16xi16>
    %16 = "allo.stream_get"(%arg16) : (!allo.stream<i16, 1>) -> i16
    affine.store %16, %arg256[1, 0] : memref<16x16xi16>
    %17 = "allo.stream_get"(%arg17) : (!allo.stream<i16, 1>) -> i16
    affine.store %17, %arg256[1, 1] : memref<16x16xi16>
    %18 = "allo.stream_get"(%arg18) : (!allo.stream<i16, 1>) -> i16
    affine.store %18, %arg256[1, 2] : memref<16x16xi16>
    %19 = "allo.stream_get"(%arg19) : (!allo.stream<i16, 1>) -> i16
    affine.store %19, %arg256[1, 3] : memref<16x16xi16>
    %20 = "allo.stream_get"(%arg20) : (!allo.stream<i16, 1>) -> i16
    affine.store %20, %arg256[1, 4] : memref<16x16xi16>
    %21 = "allo.stream_get"(%arg21) : (!allo.stream<i16, 1>) -> i16
    affine.store %21, %arg256[1, 5] : memref<16x16xi16>
    %22 = "allo.stream_get"(%arg22) : (!allo.stream<i16, 1>) -> i16
    affine.store %22, %arg256[1, 6] : memref<16x16xi16>
    %23 = "allo.stream_get"(%arg23) : (!allo.stream<i16, 1>) -> i16
    affine.store %23, %arg256[1, 7] : memref<16x16xi16>
    %24 = "allo.stream_get"(%arg24) : (!allo.stream<i16, 1>) -> i16
    affine.store %24, %arg256[1, 8] : memref<16x16xi16>
    %25 = "allo.stream_get"(%arg25) : (!allo.stream<i16, 1>) -> i16
    affine.store %25, %arg256[1, 9] : memref<16x16xi16>
    %26 = "allo.stream_get"(%arg26) : (!allo.stream<i16, 1>) -> i16
    affine.store %26, %arg256[1, 10] : memref<16x16xi16>
    %27 = "allo.stream_get"(%arg27) : (!allo.stream<i16, 1>) -> i16
    affine.store %27, %arg256[1, 11] : memref<16x16xi16>
    %28 = "allo.stream_get"(%arg28) : (!allo.stream<i16, 1>) -> i16
    affine.store %28, %arg256[1, 12] : memref<16x16xi16>
    %29 = "allo.stream_get"(%arg29) : (!allo.stream<i16, 1>) -> i16
    affine.store %29, %arg256[1, 13] : memref<16x16xi16>
    %30 = "allo.stream_get"(%arg30) : (!allo.stream<i16, 1>) -> i16
    affine.store %30, %arg256[1, 14] : memref<16x16xi16>
    %31 = "allo.stream_get"(%arg31) : (!allo.stream<i16, 1>) -> i16
    affine.store %31, %arg256[1, 15] : memref<16x16xi16>
    %32 = "allo.stream_get"(%arg32) : (!allo.stream<i16, 1>) -> i16
    affine.store %32, %arg256[2, 0] : memref<16x16xi16>
    %33 = "allo.stream_get"(%arg33) : (!allo.stream<i16, 1>) -> i16
    affine.store %33, %arg256[2, 1] : memref<16x16xi16>
    %34 = "allo.stream_get"(%arg34) : (!allo.stream<i16, 1>) -> i16
    affine.store %34, %arg256[2, 2] : memref<16x16xi16>
    %35 = "allo.stream_get"(%arg35) : (!allo.stream<i16, 1>) -> i16
    affine.store %35, %arg256[2, 3] : memref<16x16xi16>
    %36 = "allo.stream_get"(%arg36) : (!allo.stream<i16, 1>) -> i16
    affine.store %36, %arg256[2, 4] : memref<16x16xi16>
    %37 = "allo.stream_get"(%arg37) : (!allo.stream<i16, 1>) -> i16
    affine.store %37, %arg256[2, 5] : memref<16x16xi16>
    %38 = "allo.stream_get"(%arg38) : (!allo.stream<i16, 1>) -> i16
    affine.store %38, %arg256[2, 6] : memref<16x16xi16>
    %39 = "allo.stream_get"(%arg39) : (!allo.stream<i16, 1>) -> i16
    affine.store %39, %arg256[2, 7] : memref<16x16xi16>
    %40 = "allo.stream_get"(%arg40) : (!allo.stream<i16, 1>) -> i16
    affine.store %40, %arg256[2, 8] : memref<16x16xi16>
    %41 = "allo.stream_get"(%arg41) : (!allo.stream<i16, 1>) -> i16
    affine.store %41, %arg256[2, 9] : memref<16x16xi16>
    %42 = "allo.stream_get"(%arg42) : (!allo.stream<i16, 1>) -> i16
    affine.store %42, %arg256[2, 10] : memref<16x16xi16>
    %43 = "allo.stream_get"(%arg43) : (!allo.stream<i16, 1>) -> i16
    affine.store %43, %arg256[2, 11] : memref<16x16xi16>
    %44 = "allo.stream_get"(%arg44) : (!allo.stream<i16, 1>) -> i16
    affine.store %44, %arg256[2, 12] : memref<16x16xi16>
    %45 = "allo.stream_get"(%arg45) : (!allo.stream<i16, 1>) -> i16
    affine.store %45, %arg256[2, 13] : memref<16x16xi16>
    %46 = "allo.stream_get"(%arg46) : (!allo.stream<i16, 1>) -> i16
    affine.store %46, %arg256[2, 14] : memref<16x16xi16>
    %47 = "allo.stream_get"(%arg47) : (!allo.stream<i16, 1>) -> i16
    affine.store %47, %arg256[2, 15] : memref<16x16xi16>
    %48 = "allo.stream_get"(%arg48) : (!allo.stream<i16, 1>) -> i16
    affine.store %48, %arg256[3, 0] : memref<16x16xi16>
    %49 = "allo.stream_get"(%arg49) : (!allo.stream<i16, 1>) -> i16
    affine.store %49, %arg256[3, 1] : memref<16x16xi16>
    %50 = "allo.stream_get"(%arg50) : (!allo.stream<i16, 1>) -> i16
    affine.store %50, %arg256[3, 2] : memref<16x16xi16>
    %51 = "allo.stream_get"(%arg51) : (!allo.stream<i16, 1>) -> i16
    affine.store %51, %arg256[3, 3] : memref<16x16xi16>
    %52 = "allo.stream_get"(%arg52) : (!allo.stream<i16, 1>) -> i16
    affine.store %52, %arg256[3, 4] : memref<16x16xi16>
    %53 = "allo.stream_get"(%arg53) : (!allo.stream<i16, 1>) -> i16
    affine.store %53, %arg256[3, 5] : memref<16x16xi16>
    %54 = "allo.stream_get"(%arg54) : (!allo.stream<i16, 1>) -> i16
    affine.store %54, %arg256[3, 6] : memref<16x16xi16>
    %55 = "allo.stream_get"(%arg55) : (!allo.stream<i16, 1>) -> i16
    affine.store %55, %arg256[3, 7] : memref<16x16xi16>
    %56 = "allo.stream_get"(%arg56) : (!allo.stream<i16, 1>) -> i16
    affine.store %56, %arg256[3, 8] : memref<16x16xi16>
    %57 = "allo.stream_get"(%arg57) : (!allo.stream<i16, 1>) -> i16
    affine.store %57, %arg256[3, 9] : memref<16x16xi16>
    %58 = "allo.stream_get"(%arg58) : (!allo.stream<i16, 1>) -> i16
    affine.store %58, %arg256[3, 10] : memref<16x16xi16>
    %59 = "allo.stream_get"(%arg59) : (!allo.stream<i16, 1>) -> i16
    affine.store %59, %arg256[3, 11] : memref<16x16xi16>
    %60 = "allo.stream_get"(%arg60) : (!allo.stream<i16, 1>) -> i16
    affine.store %60, %arg256[3, 12] : memref<16x16xi16>
    %61 = "allo.stream_get"(%arg61) : (!allo.stream<i16, 1>) -> i16
    affine.store %61, %arg256[3, 13] : memref<16x16xi16>
    %62 = "allo.stream_get"(%arg62) : (!allo.stream<i16, 1>) -> i16
    affine.store %62, %arg256[3, 14] : memref<16x16xi16>
    %63 = "allo.stream_get"(%arg63) : (!allo.stream<i16, 1>) -> i16
    affine.store %63, %arg256[3, 15] : memref<16x16xi16>
    %64 = "allo.stream_get"(%arg64) : (!allo.stream<i16, 1>) -> i16
    affine.store %64, %arg256[4, 0] : memref<16x16xi16>
    %65 = "allo.stream_get"(%arg65) : (!allo.stream<i16, 1>) -> i16
    affine.store %65, %arg256[4, 1] : memref<16x16xi16>
    %66 = "allo.stream_get"(%arg66) : (!allo.stream<i16, 1>) -> i16
    affine.store %66, %arg256[4, 2] : memref<16x16xi16>
    %67 = "allo.stream_get"(%arg67) : (!allo.stream<i16, 1>) -> i16
    affine.store %67, %arg256[4, 3] : memref<16x16xi16>
    %68 = "allo.stream_get"(%arg68) : (!allo.stream<i16, 1>) -> i16
    affine.store %68, %arg256[4, 4] : memref<16x16xi16>
    %69 = "allo.stream_get"(%arg69) : (!allo.stream<i16, 1>) -> i16
    affine.store %69, %arg256[4, 5] : memref<16x16xi16>
    %70 = "allo.stream_get"(%arg70) : (!allo.stream<i16, 1>) -> i16
    affine.store %70, %arg256[4, 6] : memref<16x16xi16>
    %71 = "allo.stream_get"(%arg71) : (!allo.stream<i16, 1>) -> i16
    affine.store %71, %arg256[4, 7] : memref<16x16xi16>
    %72 = "allo.stream_get"(%arg72) : (!allo.stream<i16, 1>) -> i16
    affine.store %72, %arg256[4, 8] : memref<16x16xi16>
    %73 = "allo.stream_get"(%arg73) : (!allo.stream<i16, 1>) -> i16
    affine.store %73, %arg256[4, 9] : memref<16x16xi16>
    %74 = "allo.stream_get"(%arg74) : (!allo.stream<i16, 1>) -> i16
    affine.store %74, %arg256[4, 10] : memref<16x16xi16>
    %75 = "allo.stream_get"(%arg75) : (!allo.stream<i16, 1>) -> i16
    affine.store %75, %arg256[4, 11] : memref<16x16xi16>
    %76 = "allo.stream_get"(%arg76) : (!allo.stream<i16, 1>) -> i16
    affine.store %76, %arg256[4, 12] : memref<16x16xi16>
    %77 = "allo.stream_get"(%arg77) : (!allo.stream<i16, 1>) -> i16
    affine.store %77, %arg256[4, 13] : memref<16x16xi16>
    %78 = "allo.stream_get"(%arg78) : (!allo.stream<i16, 1>) -> i16
    affine.store %78, %arg256[4, 14] : memref<16x16xi16>
    %79 = "allo.stream_get"(%arg79) : (!allo.stream<i16, 1>) -> i16
    affine.store %79, %arg256[4, 15] : memref<16x16xi16>
    %80 = "allo.stream_get"(%arg80) : (!allo.stream<i16, 1>) -> i16
    affine.store %80, %arg256[5, 0] : memref<16x16xi16>
    %81 = "allo.stream_get"(%arg81) : (!allo.stream<i16, 1>) -> i16
    affine.store %81, %arg256[5, 1] : memref<16x16xi16>
    %82 = "allo.stream_get"(%arg82) : (!allo.stream<i16, 1>) -> i16
    affine.store %82, %arg256[5, 2] : memref<16x16xi16>
    %83 = "allo.stream_get"(%arg83) : (!allo.stream<i16, 1>) -> i16
    affine.store %83, %arg256[5, 3] : memref<16x16xi16>
    %84 = "allo.stream_get"(%arg84) : (!allo.stream<i16, 1>) -> i16
    affine.store %84, %arg256[5, 4] : memref<16x16xi16>
    %85 = "allo.stream_get"(%arg85) : (!allo.stream<i16, 1>) -> i16
    affine.store %85, %arg256[5, 5] : memref<16x16xi16>
    %86 = "allo.stream_get"(%arg86) : (!allo.stream<i16, 1>) -> i16
    affine.store %86, %arg256[5, 6] : memref<16x16xi16>
    %87 = "allo.stream_get"(%arg87) : (!allo.stream<i16, 1>) -> i16
    affine.store %87, %arg256[5, 7] : memref<16x16xi16>
    %88 = "allo.stream_get"(%arg88) : (!allo.stream<i16, 1>) -> i16
    affine.store %88, %arg256[5, 8] : memref<16x16xi16>
    %89 = "allo.stream_get"(%arg89) : (!allo.stream<i16, 1>) -> i16
    affine.store %89, %arg256[5, 9] : memref<16x16xi16>
    %90 = "allo.stream_get"(%arg90) : (!allo.stream<i16, 1>) -> i16
    affine.store %90, %arg256[5, 10] : memref<16x16xi16>
    %91 = "allo.stream_get"(%arg91) : (!allo.stream<i16, 1>) -> i16
    affine.store %91, %arg256[5, 11] : memref<16x16xi16>
    %92 = "allo.stream_get"(%arg92) : (!allo.stream<i16, 1>) -> i16
    affine.store %92, %arg256[5, 12] : memref<16x16xi16>
    %93 = "allo.stream_get"(%arg93) : (!allo.stream<i16, 1>) -> i16
    affine.store %93, %arg256[5, 13] : memref<16x16xi16>
    %94 = "allo.stream_get"(%arg94) : (!allo.stream<i16, 1>) -> i16
    affine.store %94, %arg256[5, 14] : memref<16x16xi16>
    %95 = "allo.stream_get"(%arg95) : (!allo.stream<i16, 1>) -> i16
    affine.store %95, %arg256[5, 15] : memref<16x16xi16>
    %96 = "allo.stream_get"(%arg96) : (!allo.stream<i16, 1>) -> i16
    affine.store %96, %arg256[6, 0] : memref<16x16xi16>
    %97 = "allo.stream_get"(%arg97) : (!allo.stream<i16, 1>) -> i16
    affine.store %97, %arg256[6, 1] : memref<16x16xi16>
    %98 = "allo.stream_get"(%arg98) : (!allo.stream<i16, 1>) -> i16
    affine.store %98, %arg256[6, 2] : memref<16x16xi16>
    %99 = "allo.stream_get"(%arg99) : (!allo.stream<i16, 1>) -> i16
    affine.store %99, %arg256[6, 3] : memref<16x16xi16>
    %100 = "allo.stream_get"(%arg100) : (!allo.stream<i16, 1>) -> i16
    affine.store %100, %arg256[6, 4] : memref<16x16xi16>
    %101 = "allo.stream_get"(%arg101) : (!allo.stream<i16, 1>) -> i16
    affine.store %101, %arg256[6, 5] : memref<16x16xi16>
    %102 = "allo.stream_get"(%arg102) : (!allo.stream<i16, 1>) -> i16
    affine.store %102, %arg256[6, 6] : memref<16x16xi16>
    %103 = "allo.stream_get"(%arg103) : (!allo.stream<i16, 1>) -> i16
    affine.store %103, %arg256[6, 7] : memref<16x16xi16>
    %104 = "allo.stream_get"(%arg104) : (!allo.stream<i16, 1>) -> i16
    affine.store %104, %arg256[6, 8] : memref<16x16xi16>
    %105 = "allo.stream_get"(%arg105) : (!allo.stream<i16, 1>) -> i16
    affine.store %105, %arg256[6, 9] : memref<16x16xi16>
    %106 = "allo.stream_get"(%arg106) : (!allo.stream<i16, 1>) -> i16
    affine.store %106, %arg256[6, 10] : memref<16x16xi16>
    %107 = "allo.stream_get"(%arg107) : (!allo.stream<i16, 1>) -> i16
    affine.store %107, %arg256[6, 11] : memref<16x16xi16>
    %108 = "allo.stream_get"(%arg108) : (!allo.stream<i16, 1>) -> i16
    affine.store %108, %arg256[6, 12] : memref<16x16xi16>
    %109 = "allo.stream_get"(%arg109) : (!allo.stream<i16, 1>) -> i16
    affine.store %109, %arg256[6, 13] : memref<16x16xi16>
    %110 = "allo.stream_get"(%arg110) : (!allo.stream<i16, 1>) -> i16
    affine.store %110, %arg256[6, 14] : memref<16x16xi16>
    %111 = "allo.stream_get"(%arg111) : (!allo.stream<i16, 1>) -> i16
    affine.store %111, %arg256[6, 15] : memref<16x16xi16>
    %112 = "allo.stream_get"(%arg112) : (!allo.stream<i16, 1>) -> i16
    affine.store %112, %arg256[7, 0] : memref<16x16xi16>
    %113 = "allo.stream_get"(%arg113) : (!allo.stream<i16, 1>) -> i16
    affine.store %113, %arg256[7, 1] : memref<16x16xi16>
    %114 = "allo.stream_get"(%arg114) : (!allo.stream<i16, 1>) -> i16
    affine.store %114, %arg256[7, 2] : memref<16x16xi16>
    %115 = "allo.stream_get"(%arg115) : (!allo.stream<i16, 1>) -> i16
    affine.store %115, %arg256[7, 3] : memref<16x16xi16>
    %116 = "allo.stream_get"(%arg116) : (!allo.stream<i16, 1>) -> i16
    affine.store %116, %arg256[7, 4] : memref<16x16xi16>
    %117 = "allo.stream_get"(%arg117) : (!allo.stream<i16, 1>) -> i16
    affine.store %117, %arg256[7, 5] : memref<16x16xi16>
    %118 = "allo.stream_get"(%arg118) : (!allo.stream<i16, 1>) -> i16
    affine.store %118, %arg256[7, 6] : memref<16x16xi16>
    %119 = "allo.stream_get"(%arg119) : (!allo.stream<i16, 1>) -> i16
    affine.store %119, %arg256[7, 7] : memref<16x16xi16>
    %120 = "allo.stream_get"(%arg120) : (!allo.stream<i16, 1>) -> i16
    affine.store %120, %arg256[7, 8] : memref<16x16xi16>
    %121 = "allo.stream_get"(%arg121) : (!allo.stream<i16, 1>) -> i16
    affine.store %121, %arg256[7, 9] : memref<16x16xi16>
    %122 = "allo.stream_get"(%arg122) : (!allo.stream<i16, 1>) -> i16
    affine.store %122, %arg256[7, 10] : memref<16x16xi16>
    %123 = "allo.stream_get"(%arg123) : (!allo.stream<i16, 1>) -> i16
    affine.store %123, %arg256[7, 11] : memref<16x16xi16>
    %124 = "allo.stream_get"(%arg124) : (!allo.stream<i16, 1>) -> i16
    affine.store %124, %arg256[7, 12] : memref<16x16xi16>
    %125 = "allo.stream_get"(%arg125) : (!allo.stream<i16, 1>) -> i16
    affine.store %125, %arg256[7, 13] : memref<16x16xi16>
    %126 = "allo.stream_get"(%arg126) : (!allo.stream<i16, 1>) -> i16
    affine.store %126, %arg256[7, 14] : memref<16x16xi16>
    %127 = "allo.stream_get"(%arg127) : (!allo.stream<i16, 1>) -> i16
    affine.store %127, %arg256[7, 15] : memref<16x16xi16>
    %128 = "allo.stream_get"(%arg128) : (!allo.stream<i16, 1>) -> i16
    affine.store %128, %arg256[8, 0] : memref<16x16xi16>
    %129 = "allo.stream_get"(%arg129) : (!allo.stream<i16, 1>) -> i16
    affine.store %129, %arg256[8, 1] : memref<16x16xi16>
    %130 = "allo.stream_get"(%arg130) : (!allo.stream<i16, 1>) -> i16
    affine.store %130, %arg256[8, 2] : memref<16x16xi16>
    %131 = "allo.stream_get"(%arg131) : (!allo.stream<i16, 1>) -> i16
    affine.store %131, %arg256[8, 3] : memref<16x16xi16>
    %132 = "allo.stream_get"(%arg132) : (!allo.stream<i16, 1>) -> i16
    affine.store %132, %arg256[8, 4] : memref<16x16xi16>
    %133 = "allo.stream_get"(%arg133) : (!allo.stream<i16, 1>) -> i16
    affine.store %133, %arg256[8, 5] : memref<16x16xi16>
    %134 = "allo.stream_get"(%arg134) : (!allo.stream<i16, 1>) -> i16
    affine.store %134, %arg256[8, 6] : memref<16x16xi16>
    %135 = "allo.stream_get"(%arg135) : (!allo.stream<i16, 1>) -> i16
    affine.store %135, %arg256[8, 7] : memref<16x16xi16>
    %136 = "allo.stream_get"(%arg136) : (!allo.stream<i16, 1>) -> i16
    affine.store %136, %arg256[8, 8] : memref<16x16xi16>
    %137 = "allo.stream_get"(%arg137) : (!allo.stream<i16, 1>) -> i16
    affine.store %137, %arg256[8, 9] : memref<16x16xi16>
    %138 = "allo.stream_get"(%arg138) : (!allo.stream<i16, 1>) -> i16
    affine.store %138, %arg256[8, 10] : memref<16x16xi16>
    %139 = "allo.stream_get"(%arg139) : (!allo.stream<i16, 1>) -> i16
    affine.store %139, %arg256[8, 11] : memref<16x16xi16>
    %140 = "allo.stream_get"(%arg140) : (!allo.stream<i16, 1>) -> i16
    affine.store %140, %arg256[8, 12] : memref<16x16xi16>
    %141 = "allo.stream_get"(%arg141) : (!allo.stream<i16, 1>) -> i16
    affine.store %141, %arg256[8, 13] : memref<16x16xi16>
    %142 = "allo.stream_get"(%arg142) : (!allo.stream<i16, 1>) -> i16
    affine.store %142, %arg256[8, 14] : memref<16x16xi16>
    %143 = "allo.stream_get"(%arg143) : (!allo.stream<i16, 1>) -> i16
    affine.store %143, %arg256[8, 15] : memref<16x16xi16>
    %144 = "allo.stream_get"(%arg144) : (!allo.stream<i16, 1>) -> i16
    affine.store %144, %arg256[9, 0] : memref<16x16xi16>
    %145 = "allo.stream_get"(%arg145) : (!allo.stream<i16, 1>) -> i16
    affine.store %145, %arg256[9, 1] : memref<16x16xi16>
    %146 = "allo.stream_get"(%arg146) : (!allo.stream<i16, 1>) -> i16
    affine.store %146, %arg256[9, 2] : memref<16x16xi16>
    %147 = "allo.stream_get"(%arg147) : (!allo.stream<i16, 1>) -> i16
    affine.store %147, %arg256[9, 3] : memref<16x16xi16>
    %148 = "allo.stream_get"(%arg148) : (!allo.stream<i16, 1>) -> i16
    affine.store %148, %arg256[9, 4] : memref<16x16xi16>
    %149 = "allo.stream_get"(%arg149) : (!allo.stream<i16, 1>) -> i16
    affine.store %149, %arg256[9, 5] : memref<16x16xi16>
    %150 = "allo.stream_get"(%arg150) : (!allo.stream<i16, 1>) -> i16
    affine.store %150, %arg256[9, 6] : memref<16x16xi16>
    %151 = "allo.stream_get"(%arg151) : (!allo.stream<i16, 1>) -> i16
    affine.store %151, %arg256[9, 7] : memref<16x16xi16>
    %152 = "allo.stream_get"(%arg152) : (!allo.stream<i16, 1>) -> i16
    affine.store %152, %arg256[9, 8] : memref<16x16xi16>
    %153 = "allo.stream_get"(%arg153) : (!allo.stream<i16, 1>) -> i16
    affine.store %153, %arg256[9, 9] : memref<16x16xi16>
    %154 = "allo.stream_get"(%arg154) : (!allo.stream<i16, 1>) -> i16
    affine.store %154, %arg256[9, 10] : memref<16x16xi16>
    %155 = "allo.stream_get"(%arg155) : (!allo.stream<i16, 1>) -> i16
    affine.store %155, %arg256[9, 11] : memref<16x16xi16>
    %156 = "allo.stream_get"(%arg156) : (!allo.stream<i16, 1>) -> i16
    affine.store %156, %arg256[9, 12] : memref<16x16xi16>
    %157 = "allo.stream_get"(%arg157) : (!allo.stream<i16, 1>) -> i16
    affine.store %157, %arg256[9, 13] : memref<16x16xi16>
    %158 = "allo.stream_get"(%arg158) : (!allo.stream<i16, 1>) -> i16
    affine.store %158, %arg256[9, 14] : memref<16x16xi16>
    %159 = "allo.stream_get"(%arg159) : (!allo.stream<i16, 1>) -> i16
    affine.store %159, %arg256[9, 15] : memref<16x16xi16>
    %160 = "allo.stream_get"(%arg160) : (!allo.stream<i16, 1>) -> i16
    affine.store %160, %arg256[10, 0] : memref<16x16xi16>
    %161 = "allo.stream_get"(%arg161) : (!allo.stream<i16, 1>) -> i16
    affine.store %161, %arg256[10, 1] : memref<16x16xi16>
    %162 = "allo.stream_get"(%arg162) : (!allo.stream<i16, 1>) -> i16
    affine.store %162, %arg256[10, 2] : memref<16x16xi16>
    %163 = "allo.stream_get"(%arg163) : (!allo.stream<i16, 1>) -> i16
    affine.store %163, %arg256[10, 3] : memref<16x16xi16>
    %164 = "allo.stream_get"(%arg164) : (!allo.stream<i16, 1>) -> i16
    affine.store %164, %arg256[10, 4] : memref<16x16xi16>
    %165 = "allo.stream_get"(%arg165) : (!allo.stream<i16, 1>) -> i16
    affine.store %165, %arg256[10, 5] : memref<16x16xi16>
    %166 = "allo.stream_get"(%arg166) : (!allo.stream<i16, 1>) -> i16
    affine.store %166, %arg256[10, 6] : memref<16x16xi16>
    %167 = "allo.stream_get"(%arg167) : (!allo.stream<i16, 1>) -> i16
    affine.store %167, %arg256[10, 7] : memref<16x16xi16>
    %168 = "allo.stream_get"(%arg168) : (!allo.stream<i16, 1>) -> i16
    affine.store %168, %arg256[10, 8] : memref<16x16xi16>
    %169 = "allo.stream_get"(%arg169) : (!allo.stream<i16, 1>) -> i16
    affine.store %169, %arg256[10, 9] : memref<16x16xi16>
    %170 = "allo.stream_get"(%arg170) : (!allo.stream<i16, 1>) -> i16
    affine.store %170, %arg256[10, 10] : memref<16x16xi16>
    %171 = "allo.stream_get"(%arg171) : (!allo.stream<i16, 1>) -> i16
    affine.store %171, %arg256[10, 11] : memref<16x16xi16>
    %172 = "allo.stream_get"(%arg172) : (!allo.stream<i16, 1>) -> i16
    affine.store %172, %arg256[10, 12] : memref<16x16xi16>
    %173 = "allo.stream_get"(%arg173) : (!allo.stream<i16, 1>) -> i16
    affine.store %173, %arg256[10, 13] : memref<16x16xi16>
    %174 = "allo.stream_get"(%arg174) : (!allo.stream<i16, 1>) -> i16
    affine.store %174, %arg256[10, 14] : memref<16x16xi16>
    %175 = "allo.stream_get"(%arg175) : (!allo.stream<i16, 1>) -> i16
    affine.store %175, %arg256[10, 15] : memref<16x16xi16>
    %176 = "allo.stream_get"(%arg176) : (!allo.stream<i16, 1>) -> i16
    affine.store %176, %arg256[11, 0] : memref<16x16xi16>
    %177 = "allo.stream_get"(%arg177) : (!allo.stream<i16, 1>) -> i16
    affine.store %177, %arg256[11, 1] : memref<16x16xi16>
    %178 = "allo.stream_get"(%arg178) : (!allo.stream<i16, 1>) -> i16
    affine.store %178, %arg256[11, 2] : memref<16x16xi16>
    %179 = "allo.stream_get"(%arg179) : (!allo.stream<i16, 1>) -> i16
    affine.store %179, %arg256[11, 3] : memref<16x16xi16>
    %180 = "allo.stream_get"(%arg180) : (!allo.stream<i16, 1>) -> i16
    affine.store %180, %arg256[11, 4] : memref<16x16xi16>
    %181 = "allo.stream_get"(%arg181) : (!allo.stream<i16, 1>) -> i16
    affine.store %181, %arg256[11, 5] : memref<16x16xi16>
    %182 = "allo.stream_get"(%arg182) : (!allo.stream<i16, 1>) -> i16
    affine.store %182, %arg256[11, 6] : memref<16x16xi16>
    %183 = "allo.stream_get"(%arg183) : (!allo.stream<i16, 1>) -> i16
    affine.store %183, %arg256[11, 7] : memref<16x16xi16>
    %184 = "allo.stream_get"(%arg184) : (!allo.stream<i16, 1>) -> i16
    affine.store %184, %arg256[11, 8] : memref<16x16xi16>
    %185 = "allo.stream_get"(%arg185) : (!allo.stream<i16, 1>) -> i16
    affine.store %185, %arg256[11, 9] : memref<16x16xi16>
    %186 = "allo.stream_get"(%arg186) : (!allo.stream<i16, 1>) -> i16
    affine.store %186, %arg256[11, 10] : memref<16x16xi16>
    %187 = "allo.stream_get"(%arg187) : (!allo.stream<i16, 1>) -> i16
    affine.store %187, %arg256[11, 11] : memref<16x16xi16>
    %188 = "allo.stream_get"(%arg188) : (!allo.stream<i16, 1>) -> i16
    affine.store %188, %arg256[11, 12] : memref<16x16xi16>
    %189 = "allo.stream_get"(%arg189) : (!allo.stream<i16, 1>) -> i16
    affine.store %189, %arg256[11, 13] : memref<16x16xi16>
    %190 = "allo.stream_get"(%arg190) : (!allo.stream<i16, 1>) -> i16
    affine.store %190, %arg256[11, 14] : memref<16x16xi16>
    %191 = "allo.stream_get"(%arg191) : (!allo.stream<i16, 1>) -> i16
    affine.store %191, %arg256[11, 15] : memref<16x16xi16>
    %192 = "allo.stream_get"(%arg192) : (!allo.stream<i16, 1>) -> i16
    affine.store %192, %arg256[12, 0] : memref<16x16xi16>
    %193 = "allo.stream_get"(%arg193) : (!allo.stream<i16, 1>) -> i16
    affine.store %193, %arg256[12, 1] : memref<16x16xi16>
    %194 = "allo.stream_get"(%arg194) : (!allo.stream<i16, 1>) -> i16
    affine.store %194, %arg256[12, 2] : memref<16x16xi16>
    %195 = "allo.stream_get"(%arg195) : (!allo.stream<i16, 1>) -> i16
    affine.store %195, %arg256[12, 3] : memref<16x16xi16>
    %196 = "allo.stream_get"(%arg196) : (!allo.stream<i16, 1>) -> i16
    affine.store %196, %arg256[12, 4] : memref<16x16xi16>
    %197 = "allo.stream_get"(%arg197) : (!allo.stream<i16, 1>) -> i16
    affine.store %197, %arg256[12, 5] : memref<16x16xi16>
    %198 = "allo.stream_get"(%arg198) : (!allo.stream<i16, 1>) -> i16
    affine.store %198, %arg256[12, 6] : memref<16x16xi16>
    %199 = "allo.stream_get"(%arg199) : (!allo.stream<i16, 1>) -> i16
    affine.store %199, %arg256[12, 7] : memref<16x16xi16>
    %200 = "allo.stream_get"(%arg200) : (!allo.stream<i16, 1>) -> i16
    affine.store %200, %arg256[12, 8] : memref<16x16xi16>
    %201 = "allo.stream_get"(%arg201) : (!allo.stream<i16, 1>) -> i16
    affine.store %201, %arg256[12, 9] : memref<16x16xi16>
    %202 = "allo.stream_get"(%arg202) : (!allo.stream<i16, 1>) -> i16
    affine.store %202, %arg256[12, 10] : memref<16x16xi16>
    %203 = "allo.stream_get"(%arg203) : (!allo.stream<i16, 1>) -> i16
    affine.store %203, %arg256[12, 11] : memref<16x16xi16>
    %204 = "allo.stream_get"(%arg204) : (!allo.stream<i16, 1>) -> i16
    affine.store %204, %arg256[12, 12] : memref<16x16xi16>
    %205 = "allo.stream_get"(%arg205) : (!allo.stream<i16, 1>) -> i16
    affine.store %205, %arg256[12, 13] : memref<16x16xi16>
    %206 = "allo.stream_get"(%arg206) : (!allo.stream<i16, 1>) -> i16
    affine.store %206, %arg256[12, 14] : memref<16x16xi16>
    %207 = "allo.stream_get"(%arg207) : (!allo.stream<i16, 1>) -> i16
    affine.store %207, %arg256[12, 15] : memref<16x16xi16>
    %208 = "allo.stream_get"(%arg208) : (!allo.stream<i16, 1>) -> i16
    affine.store %208, %arg256[13, 0] : memref<16x16xi16>
    %209 = "allo.stream_get"(%arg209) : (!allo.stream<i16, 1>) -> i16
    affine.store %209, %arg256[13, 1] : memref<16x16xi16>
    %210 = "allo.stream_get"(%arg210) : (!allo.stream<i16, 1>) -> i16
    affine.store %210, %arg256[13, 2] : memref<16x16xi16>
    %211 = "allo.stream_get"(%arg211) : (!allo.stream<i16, 1>) -> i16
    affine.store %211, %arg256[13, 3] : memref<16x16xi16>
    %212 = "allo.stream_get"(%arg212) : (!allo.stream<i16, 1>) -> i16
    affine.store %212, %arg256[13, 4] : memref<16x16xi16>
    %213 = "allo.stream_get"(%arg213) : (!allo.stream<i16, 1>) -> i16
    affine.store %213, %arg256[13, 5] : memref<16x16xi16>
    %214 = "allo.stream_get"(%arg214) : (!allo.stream<i16, 1>) -> i16
    affine.store %214, %arg256[13, 6] : memref<16x16xi16>
    %215 = "allo.stream_get"(%arg215) : (!allo.stream<i16, 1>) -> i16
    affine.store %215, %arg256[13, 7] : memref<16x16xi16>
    %216 = "allo.stream_get"(%arg216) : (!allo.stream<i16, 1>) -> i16
    affine.store %216, %arg256[13, 8] : memref<16x16xi16>
    %217 = "allo.stream_get"(%arg217) : (!allo.stream<i16, 1>) -> i16
    affine.store %217, %arg256[13, 9] : memref<16x16xi16>
    %218 = "allo.stream_get"(%arg218) : (!allo.stream<i16, 1>) -> i16
    affine.store %218, %arg256[13, 10] : memref<16x16xi16>
    %219 = "allo.stream_get"(%arg219) : (!allo.stream<i16, 1>) -> i16
    affine.store %219, %arg256[13, 11] : memref<16x16xi16>
    %220 = "allo.stream_get"(%arg220) : (!allo.stream<i16, 1>) -> i16
    affine.store %220, %arg256[13, 12] : memref<16x16xi16>
    %221 = "allo.stream_get"(%arg221) : (!allo.stream<i16, 1>) -> i16
    affine.store %221, %arg256[13, 13] : memref<16x16xi16>
    %222 = "allo.stream_get"(%arg222) : (!allo.stream<i16, 1>) -> i16
    affine.store %222, %arg256[13, 14] : memref<16x16xi16>
    %223 = "allo.stream_get"(%arg223) : (!allo.stream<i16, 1>) -> i16
    affine.store %223, %arg256[13, 15] : memref<16x16xi16>
    %224 = "allo.stream_get"(%arg224) : (!allo.stream<i16, 1>) -> i16
    affine.store %224, %arg256[14, 0] : memref<16x16xi16>
    %225 = "allo.stream_get"(%arg225) : (!allo.stream<i16, 1>) -> i16
    affine.store %225, %arg256[14, 1] : memref<16x16xi16>
    %226 = "allo.stream_get"(%arg226) : (!allo.stream<i16, 1>) -> i16
    affine.store %226, %arg256[14, 2] : memref<16x16xi16>
    %227 = "allo.stream_get"(%arg227) : (!allo.stream<i16, 1>) -> i16
    affine.store %227, %arg256[14, 3] : memref<16x16xi16>
    %228 = "allo.stream_get"(%arg228) : (!allo.stream<i16, 1>) -> i16
    affine.store %228, %arg256[14, 4] : memref<16x16xi16>
    %229 = "allo.stream_get"(%arg229) : (!allo.stream<i16, 1>) -> i16
    affine.store %229, %arg256[14, 5] : memref<16x16xi16>
    %230 = "allo.stream_get"(%arg230) : (!allo.stream<i16, 1>) -> i16
    affine.store %230, %arg256[14, 6] : memref<16x16xi16>
    %231 = "allo.stream_get"(%arg231) : (!allo.stream<i16, 1>) -> i16
    affine.store %231, %arg256[14, 7] : memref<16x16xi16>
    %232 = "allo.stream_get"(%arg232) : (!allo.stream<i16, 1>) -> i16
    affine.store %232, %arg256[14, 8] : memref<16x16xi16>
    %233 = "allo.stream_get"(%arg233) : (!allo.stream<i16, 1>) -> i16
    affine.store %233, %arg256[14, 9] : memref<16x16xi16>
    %234 = "allo.stream_get"(%arg234) : (!allo.stream<i16, 1>) -> i16
    affine.store %234, %arg256[14, 10] : memref<16x16xi16>
    %235 = "allo.stream_get"(%arg235) : (!allo.stream<i16, 1>) -> i16
    affine.store %235, %arg256[14, 11] : memref<16x16xi16>
    %236 = "allo.stream_get"(%arg236) : (!allo.stream<i16, 1>) -> i16
    affine.store %236, %arg256[14, 12] : memref<16x16xi16>
    %237 = "allo.stream_get"(%arg237) : (!allo.stream<i16, 1>) -> i16
    affine.store %237, %arg256[14, 13] : memref<16x16xi16>
    %238 = "allo.stream_get"(%arg238) : (!allo.stream<i16, 1>) -> i16
    affine.store %238, %arg256[14, 14] : memref<16x16xi16>
    %239 = "allo.stream_get"(%arg239) : (!allo.stream<i16, 1>) -> i16
    affine.store %239, %arg256[14, 15] : memref<16x16xi16>
    %240 = "allo.stream_get"(%arg240) : (!allo.stream<i16, 1>) -> i16
    affine.store %240, %arg256[15, 0] : memref<16x16xi16>
    %241 = "allo.stream_get"(%arg241) : (!allo.stream<i16, 1>) -> i16
    affine.store %241, %arg256[15, 1] : memref<16x16xi16>
    %242 = "allo.stream_get"(%arg242) : (!allo.stream<i16, 1>) -> i16
    affine.store %242, %arg256[15, 2] : memref<16x16xi16>
    %243 = "allo.stream_get"(%arg243) : (!allo.stream<i16, 1>) -> i16
    affine.store %243, %arg256[15, 3] : memref<16x16xi16>
    %244 = "allo.stream_get"(%arg244) : (!allo.stream<i16, 1>) -> i16
    affine.store %244, %arg256[15, 4] : memref<16x16xi16>
    %245 = "allo.stream_get"(%arg245) : (!allo.stream<i16, 1>) -> i16
    affine.store %245, %arg256[15, 5] : memref<16x16xi16>
    %246 = "allo.stream_get"(%arg246) : (!allo.stream<i16, 1>) -> i16
    affine.store %246, %arg256[15, 6] : memref<16x16xi16>
    %247 = "allo.stream_get"(%arg247) : (!allo.stream<i16, 1>) -> i16
    affine.store %247, %arg256[15, 7] : memref<16x16xi16>
    %248 = "allo.stream_get"(%arg248) : (!allo.stream<i16, 1>) -> i16
    affine.store %248, %arg256[15, 8] : memref<16x16xi16>
    %249 = "allo.stream_get"(%arg249) : (!allo.stream<i16, 1>) -> i16
    affine.store %249, %arg256[15, 9] : memref<16x16xi16>
    %250 = "allo.stream_get"(%arg250) : (!allo.stream<i16, 1>) -> i16
    affine.store %250, %arg256[15, 10] : memref<16x16xi16>
    %251 = "allo.stream_get"(%arg251) : (!allo.stream<i16, 1>) -> i16
    affine.store %251, %arg256[15, 11] : memref<16x16xi16>
    %252 = "allo.stream_get"(%arg252) : (!allo.stream<i16, 1>) -> i16
    affine.store %252, %arg256[15, 12] : memref<16x16xi16>
    %253 = "allo.stream_get"(%arg253) : (!allo.stream<i16, 1>) -> i16
    affine.store %253, %arg256[15, 13] : memref<16x16xi16>
    %254 = "allo.stream_get"(%arg254) : (!allo.stream<i16, 1>) -> i16
    affine.store %254, %arg256[15, 14] : memref<16x16xi16>
    %255 = "allo.stream_get"(%arg255) : (!allo.stream<i16, 1>) -> i16
    affine.store %255, %arg256[15, 15] : memref<16x16xi16>
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
    %A_load_0_0 = "allo.stream_construct"() {name = "A_load_0_0"} : () -> !allo.stream<i8, 17>
    %A_load_1_0 = "allo.stream_construct"() {name = "A_load_1_0"} : () -> !allo.stream<i8, 17>
    %A_load_2_0 = "allo.stream_construct"() {name = "A_load_2_0"} : () -> !allo.stream<i8, 17>
    %A_load_3_0 = "allo.stream_construct"() {name = "A_load_3_0"} : () -> !allo.stream<i8, 17>
    %A_load_4_0 = "allo.stream_construct"() {name = "A_load_4_0"} : () -> !allo.stream<i8, 17>
    %A_load_5_0 = "allo.stream_construct"() {name = "A_load_5_0"} : () -> !allo.stream<i8, 17>
    %A_load_6_0 = "allo.stream_construct"() {name = "A_load_6_0"} : () -> !allo.stream<i8, 17>
    %A_load_7_0 = "allo.stream_construct"() {name = "A_load_7_0"} : () -> !allo.stream<i8, 17>
    %A_load_8_0 = "allo.stream_construct"() {name = "A_load_8_0"} : () -> !allo.stream<i8, 17>
    %A_load_9_0 = "allo.stream_construct"() {name = "A_load_9_0"} : () -> !allo.stream<i8, 17>
    %A_load_10_0 = "allo.stream_construct"() {name = "A_load_10_0"} : () -> !allo.stream<i8, 17>
    %A_load_11_0 = "allo.stream_construct"() {name = "A_load_11_0"} : () -> !allo.stream<i8, 17>
    %A_load_12_0 = "allo.stream_construct"() {name = "A_load_12_0"} : () -> !allo.stream<i8, 17>
    %A_load_13_0 = "allo.stream_construct"() {name = "A_load_13_0"} : () -> !allo.stream<i8, 17>
    %A_load_14_0 = "allo.stream_construct"() {name = "A_load_14_0"} : () -> !allo.stream<i8, 17>
    %A_load_15_0 = "allo.stream_construct"() {name = "A_load_15_0"} : () -> !allo.stream<i8, 17>
    func.call @gemm_load_A(%arg0, %A_load_0_0, %A_load_1_0, %A_load_2_0, %A_load_3_0, %A_load_4_0, %A_load_5_0, %A_load_6_0, %A_load_7_0, %A_load_8_0, %A_load_9_0, %A_load_10_0, %A_load_11_0, %A_load_12_0, %A_load_13_0, %A_load_14_0, %A_load_15_0) : (memref<16x16xi8>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    %B_load_0_0 = "allo.stream_construct"() {name = "B_load_0_0"} : () -> !allo.stream<i8, 17>
    %B_load_0_1 = "allo.stream_construct"() {name = "B_load_0_1"} : () -> !allo.stream<i8, 17>
    %B_load_0_2 = "allo.stream_construct"() {name = "B_load_0_2"} : () -> !allo.stream<i8, 17>
    %B_load_0_3 = "allo.stream_construct"() {name = "B_load_0_3"} : () -> !allo.stream<i8, 17>
    %B_load_0_4 = "allo.stream_construct"() {name = "B_load_0_4"} : () -> !allo.stream<i8, 17>
    %B_load_0_5 = "allo.stream_construct"() {name = "B_load_0_5"} : () -> !allo.stream<i8, 17>
    %B_load_0_6 = "allo.stream_construct"() {name = "B_load_0_6"} : () -> !allo.stream<i8, 17>
    %B_load_0_7 = "allo.stream_construct"() {name = "B_load_0_7"} : () -> !allo.stream<i8, 17>
    %B_load_0_8 = "allo.stream_construct"() {name = "B_load_0_8"} : () -> !allo.stream<i8, 17>
    %B_load_0_9 = "allo.stream_construct"() {name = "B_load_0_9"} : () -> !allo.stream<i8, 17>
    %B_load_0_10 = "allo.stream_construct"() {name = "B_load_0_10"} : () -> !allo.stream<i8, 17>
    %B_load_0_11 = "allo.stream_construct"() {name = "B_load_0_11"} : () -> !allo.stream<i8, 17>
    %B_load_0_12 = "allo.stream_construct"() {name = "B_load_0_12"} : () -> !allo.stream<i8, 17>
    %B_load_0_13 = "allo.stream_construct"() {name = "B_load_0_13"} : () -> !allo.stream<i8, 17>
    %B_load_0_14 = "allo.stream_construct"() {name = "B_load_0_14"} : () -> !allo.stream<i8, 17>
    %B_load_0_15 = "allo.stream_construct"() {name = "B_load_0_15"} : () -> !allo.stream<i8, 17>
    func.call @gemm_load_B(%arg1, %B_load_0_0, %B_load_0_1, %B_load_0_2, %B_load_0_3, %B_load_0_4, %B_load_0_5, %B_load_0_6, %B_load_0_7, %B_load_0_8, %B_load_0_9, %B_load_0_10, %B_load_0_11, %B_load_0_12, %B_load_0_13, %B_load_0_14, %B_load_0_15) : (memref<16x16xi8>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    %C_drain_0_0 = "allo.stream_construct"() {name = "C_drain_0_0"} : () -> !allo.stream<i16, 1>
    %C_drain_0_1 = "allo.stream_construct"() {name = "C_drain_0_1"} : () -> !allo.stream<i16, 1>
    %C_drain_0_2 = "allo.stream_construct"() {name = "C_drain_0_2"} : () -> !allo.stream<i16, 1>
    %C_drain_0_3 = "allo.stream_construct"() {name = "C_drain_0_3"} : () -> !allo.stream<i16, 1>
    %C_drain_0_4 = "allo.stream_construct"() {name = "C_drain_0_4"} : () -> !allo.stream<i16, 1>
    %C_drain_0_5 = "allo.stream_construct"() {name = "C_drain_0_5"} : () -> !allo.stream<i16, 1>
    %C_drain_0_6 = "allo.stream_construct"() {name = "C_drain_0_6"} : () -> !allo.stream<i16, 1>
    %C_drain_0_7 = "allo.stream_construct"() {name = "C_drain_0_7"} : () -> !allo.stream<i16, 1>
    %C_drain_0_8 = "allo.stream_construct"() {name = "C_drain_0_8"} : () -> !allo.stream<i16, 1>
    %C_drain_0_9 = "allo.stream_construct"() {name = "C_drain_0_9"} : () -> !allo.stream<i16, 1>
    %C_drain_0_10 = "allo.stream_construct"() {name = "C_drain_0_10"} : () -> !allo.stream<i16, 1>
    %C_drain_0_11 = "allo.stream_construct"() {name = "C_drain_0_11"} : () -> !allo.stream<i16, 1>
    %C_drain_0_12 = "allo.stream_construct"() {name = "C_drain_0_12"} : () -> !allo.stream<i16, 1>
    %C_drain_0_13 = "allo.stream_construct"() {name = "C_drain_0_13"} : () -> !allo.stream<i16, 1>
    %C_drain_0_14 = "allo.stream_construct"() {name = "C_drain_0_14"} : () -> !allo.stream<i16, 1>
    %C_drain_0_15 = "allo.stream_construct"() {name = "C_drain_0_15"} : () -> !allo.stream<i16, 1>
    %C_drain_1_0 = "allo.stream_construct"() {name = "C_drain_1_0"} : () -> !allo.stream<i16, 1>
    %C_drain_1_1 = "allo.stream_construct"() {name = "C_drain_1_1"} : () -> !allo.stream<i16, 1>
    %C_drain_1_2 = "allo.stream_construct"() {name = "C_drain_1_2"} : () -> !allo.stream<i16, 1>
    %C_drain_1_3 = "allo.stream_construct"() {name = "C_drain_1_3"} : () -> !allo.stream<i16, 1>
    %C_drain_1_4 = "allo.stream_construct"() {name = "C_drain_1_4"} : () -> !allo.stream<i16, 1>
    %C_drain_1_5 = "allo.stream_construct"() {name = "C_drain_1_5"} : () -> !allo.stream<i16, 1>
    %C_drain_1_6 = "allo.stream_construct"() {name = "C_drain_1_6"} : () -> !allo.stream<i16, 1>
    %C_drain_1_7 = "allo.stream_construct"() {name = "C_drain_1_7"} : () -> !allo.stream<i16, 1>
    %C_drain_1_8 = "allo.stream_construct"() {name = "C_drain_1_8"} : () -> !allo.stream<i16, 1>
    %C_drain_1_9 = "allo.stream_construct"() {name = "C_drain_1_9"} : () -> !allo.stream<i16, 1>
    %C_drain_1_10 = "allo.stream_construct"() {name = "C_drain_1_10"} : () -> !allo.stream<i16, 1>
    %C_drain_1_11 = "allo.stream_construct"() {name = "C_drain_1_11"} : () -> !allo.stream<i16, 1>
    %C_drain_1_12 = "allo.stream_construct"() {name = "C_drain_1_12"} : () -> !allo.stream<i16, 1>
    %C_drain_1_13 = "allo.stream_construct"() {name = "C_drain_1_13"} : () -> !allo.stream<i16, 1>
    %C_drain_1_14 = "allo.stream_construct"() {name = "C_drain_1_14"} : () -> !allo.stream<i16, 1>
    %C_drain_1_15 = "allo.stream_construct"() {name = "C_drain_1_15"} : () -> !allo.stream<i16, 1>
    %C_drain_2_0 = "allo.stream_construct"() {name = "C_drain_2_0"} : () -> !allo.stream<i16, 1>
    %C_drain_2_1 = "allo.stream_construct"() {name = "C_drain_2_1"} : () -> !allo.stream<i16, 1>
    %C_drain_2_2 = "allo.stream_construct"() {name = "C_drain_2_2"} : () -> !allo.stream<i16, 1>
    %C_drain_2_3 = "allo.stream_construct"() {name = "C_drain_2_3"} : () -> !allo.stream<i16, 1>
    %C_drain_2_4 = "allo.stream_construct"() {name = "C_drain_2_4"} : () -> !allo.stream<i16, 1>
    %C_drain_2_5 = "allo.stream_construct"() {name = "C_drain_2_5"} : () -> !allo.stream<i16, 1>
    %C_drain_2_6 = "allo.stream_construct"() {name = "C_drain_2_6"} : () -> !allo.stream<i16, 1>
    %C_drain_2_7 = "allo.stream_construct"() {name = "C_drain_2_7"} : () -> !allo.stream<i16, 1>
    %C_drain_2_8 = "allo.stream_construct"() {name = "C_drain_2_8"} : () -> !allo.stream<i16, 1>
    %C_drain_2_9 = "allo.stream_construct"() {name = "C_drain_2_9"} : () -> !allo.stream<i16, 1>
    %C_drain_2_10 = "allo.stream_construct"() {name = "C_drain_2_10"} : () -> !allo.stream<i16, 1>
    %C_drain_2_11 = "allo.stream_construct"() {name = "C_drain_2_11"} : () -> !allo.stream<i16, 1>
    %C_drain_2_12 = "allo.stream_construct"() {name = "C_drain_2_12"} : () -> !allo.stream<i16, 1>
    %C_drain_2_13 = "allo.stream_construct"() {name = "C_drain_2_13"} : () -> !allo.stream<i16, 1>
    %C_drain_2_14 = "allo.stream_construct"() {name = "C_drain_2_14"} : () -> !allo.stream<i16, 1>
    %C_drain_2_15 = "allo.stream_construct"() {name = "C_drain_2_15"} : () -> !allo.stream<i16, 1>
    %C_drain_3_0 = "allo.stream_construct"() {name = "C_drain_3_0"} : () -> !allo.stream<i16, 1>
    %C_drain_3_1 = "allo.stream_construct"() {name = "C_drain_3_1"} : () -> !allo.stream<i16, 1>
    %C_drain_3_2 = "allo.stream_construct"() {name = "C_drain_3_2"} : () -> !allo.stream<i16, 1>
    %C_drain_3_3 = "allo.stream_construct"() {name = "C_drain_3_3"} : () -> !allo.stream<i16, 1>
    %C_drain_3_4 = "allo.stream_construct"() {name = "C_drain_3_4"} : () -> !allo.stream<i16, 1>
    %C_drain_3_5 = "allo.stream_construct"() {name = "C_drain_3_5"} : () -> !allo.stream<i16, 1>
    %C_drain_3_6 = "allo.stream_construct"() {name = "C_drain_3_6"} : () -> !allo.stream<i16, 1>
    %C_drain_3_7 = "allo.stream_construct"() {name = "C_drain_3_7"} : () -> !allo.stream<i16, 1>
    %C_drain_3_8 = "allo.stream_construct"() {name = "C_drain_3_8"} : () -> !allo.stream<i16, 1>
    %C_drain_3_9 = "allo.stream_construct"() {name = "C_drain_3_9"} : () -> !allo.stream<i16, 1>
    %C_drain_3_10 = "allo.stream_construct"() {name = "C_drain_3_10"} : () -> !allo.stream<i16, 1>
    %C_drain_3_11 = "allo.stream_construct"() {name = "C_drain_3_11"} : () -> !allo.stream<i16, 1>
    %C_drain_3_12 = "allo.stream_construct"() {name = "C_drain_3_12"} : () -> !allo.stream<i16, 1>
    %C_drain_3_13 = "allo.stream_construct"() {name = "C_drain_3_13"} : () -> !allo.stream<i16, 1>
    %C_drain_3_14 = "allo.stream_construct"() {name = "C_drain_3_14"} : () -> !allo.stream<i16, 1>
    %C_drain_3_15 = "allo.stream_construct"() {name = "C_drain_3_15"} : () -> !allo.stream<i16, 1>
    %C_drain_4_0 = "allo.stream_construct"() {name = "C_drain_4_0"} : () -> !allo.stream<i16, 1>
    %C_drain_4_1 = "allo.stream_construct"() {name = "C_drain_4_1"} : () -> !allo.stream<i16, 1>
    %C_drain_4_2 = "allo.stream_construct"() {name = "C_drain_4_2"} : () -> !allo.stream<i16, 1>
    %C_drain_4_3 = "allo.stream_construct"() {name = "C_drain_4_3"} : () -> !allo.stream<i16, 1>
    %C_drain_4_4 = "allo.stream_construct"() {name = "C_drain_4_4"} : () -> !allo.stream<i16, 1>
    %C_drain_4_5 = "allo.stream_construct"() {name = "C_drain_4_5"} : () -> !allo.stream<i16, 1>
    %C_drain_4_6 = "allo.stream_construct"() {name = "C_drain_4_6"} : () -> !allo.stream<i16, 1>
    %C_drain_4_7 = "allo.stream_construct"() {name = "C_drain_4_7"} : () -> !allo.stream<i16, 1>
    %C_drain_4_8 = "allo.stream_construct"() {name = "C_drain_4_8"} : () -> !allo.stream<i16, 1>
    %C_drain_4_9 = "allo.stream_construct"() {name = "C_drain_4_9"} : () -> !allo.stream<i16, 1>
    %C_drain_4_10 = "allo.stream_construct"() {name = "C_drain_4_10"} : () -> !allo.stream<i16, 1>
    %C_drain_4_11 = "allo.stream_construct"() {name = "C_drain_4_11"} : () -> !allo.stream<i16, 1>
    %C_drain_4_12 = "allo.stream_construct"() {name = "C_drain_4_12"} : () -> !allo.stream<i16, 1>
    %C_drain_4_13 = "allo.stream_construct"() {name = "C_drain_4_13"} : () -> !allo.stream<i16, 1>
    %C_drain_4_14 = "allo.stream_construct"() {name = "C_drain_4_14"} : () -> !allo.stream<i16, 1>
    %C_drain_4_15 = "allo.stream_construct"() {name = "C_drain_4_15"} : () -> !allo.stream<i16, 1>
    %C_drain_5_0 = "allo.stream_construct"() {name = "C_drain_5_0"} : () -> !allo.stream<i16, 1>
    %C_drain_5_1 = "allo.stream_construct"() {name = "C_drain_5_1"} : () -> !allo.stream<i16, 1>
    %C_drain_5_2 = "allo.stream_construct"() {name = "C_drain_5_2"} : () -> !allo.stream<i16, 1>
    %C_drain_5_3 = "allo.stream_construct"() {name = "C_drain_5_3"} : () -> !allo.stream<i16, 1>
    %C_drain_5_4 = "allo.stream_construct"() {name = "C_drain_5_4"} : () -> !allo.stream<i16, 1>
    %C_drain_5_5 = "allo.stream_construct"() {name = "C_drain_5_5"} : () -> !allo.stream<i16, 1>
    %C_drain_5_6 = "allo.stream_construct"() {name = "C_drain_5_6"} : () -> !allo.stream<i16, 1>
    %C_drain_5_7 = "allo.stream_construct"() {name = "C_drain_5_7"} : () -> !allo.stream<i16, 1>
    %C_drain_5_8 = "allo.stream_construct"() {name = "C_drain_5_8"} : () -> !allo.stream<i16, 1>
    %C_drain_5_9 = "allo.stream_construct"() {name = "C_drain_5_9"} : () -> !allo.stream<i16, 1>
    %C_drain_5_10 = "allo.stream_construct"() {name = "C_drain_5_10"} : () -> !allo.stream<i16, 1>
    %C_drain_5_11 = "allo.stream_construct"() {name = "C_drain_5_11"} : () -> !allo.stream<i16, 1>
    %C_drain_5_12 = "allo.stream_construct"() {name = "C_drain_5_12"} : () -> !allo.stream<i16, 1>
    %C_drain_5_13 = "allo.stream_construct"() {name = "C_drain_5_13"} : () -> !allo.stream<i16, 1>
    %C_drain_5_14 = "allo.stream_construct"() {name = "C_drain_5_14"} : () -> !allo.stream<i16, 1>
    %C_drain_5_15 = "allo.stream_construct"() {name = "C_drain_5_15"} : () -> !allo.stream<i16, 1>
    %C_drain_6_0 = "allo.stream_construct"() {name = "C_drain_6_0"} : () -> !allo.stream<i16, 1>
    %C_drain_6_1 = "allo.stream_construct"() {name = "C_drain_6_1"} : () -> !allo.stream<i16, 1>
    %C_drain_6_2 = "allo.stream_construct"() {name = "C_drain_6_2"} : () -> !allo.stream<i16, 1>
    %C_drain_6_3 = "allo.stream_construct"() {name = "C_drain_6_3"} : () -> !allo.stream<i16, 1>
    %C_drain_6_4 = "allo.stream_construct"() {name = "C_drain_6_4"} : () -> !allo.stream<i16, 1>
    %C_drain_6_5 = "allo.stream_construct"() {name = "C_drain_6_5"} : () -> !allo.stream<i16, 1>
    %C_drain_6_6 = "allo.stream_construct"() {name = "C_drain_6_6"} : () -> !allo.stream<i16, 1>
    %C_drain_6_7 = "allo.stream_construct"() {name = "C_drain_6_7"} : () -> !allo.stream<i16, 1>
    %C_drain_6_8 = "allo.stream_construct"() {name = "C_drain_6_8"} : () -> !allo.stream<i16, 1>
    %C_drain_6_9 = "allo.stream_construct"() {name = "C_drain_6_9"} : () -> !allo.stream<i16, 1>
    %C_drain_6_10 = "allo.stream_construct"() {name = "C_drain_6_10"} : () -> !allo.stream<i16, 1>
    %C_drain_6_11 = "allo.stream_construct"() {name = "C_drain_6_11"} : () -> !allo.stream<i16, 1>
    %C_drain_6_12 = "allo.stream_construct"() {name = "C_drain_6_12"} : () -> !allo.stream<i16, 1>
    %C_drain_6_13 = "allo.stream_construct"() {name = "C_drain_6_13"} : () -> !allo.stream<i16, 1>
    %C_drain_6_14 = "allo.stream_construct"() {name = "C_drain_6_14"} : () -> !allo.stream<i16, 1>
    %C_drain_6_15 = "allo.stream_construct"() {name = "C_drain_6_15"} : () -> !allo.stream<i16, 1>
    %C_drain_7_0 = "allo.stream_construct"() {name = "C_drain_7_0"} : () -> !allo.stream<i16, 1>
    %C_drain_7_1 = "allo.stream_construct"() {name = "C_drain_7_1"} : () -> !allo.stream<i16, 1>
    %C_drain_7_2 = "allo.stream_construct"() {name = "C_drain_7_2"} : () -> !allo.stream<i16, 1>
    %C_drain_7_3 = "allo.stream_construct"() {name = "C_drain_7_3"} : () -> !allo.stream<i16, 1>
    %C_drain_7_4 = "allo.stream_construct"() {name = "C_drain_7_4"} : () -> !allo.stream<i16, 1>
    %C_drain_7_5 = "allo.stream_construct"() {name = "C_drain_7_5"} : () -> !allo.stream<i16, 1>
    %C_drain_7_6 = "allo.stream_construct"() {name = "C_drain_7_6"} : () -> !allo.stream<i16, 1>
    %C_drain_7_7 = "allo.stream_construct"() {name = "C_drain_7_7"} : () -> !allo.stream<i16, 1>
    %C_drain_7_8 = "allo.stream_construct"() {name = "C_drain_7_8"} : () -> !allo.stream<i16, 1>
    %C_drain_7_9 = "allo.stream_construct"() {name = "C_drain_7_9"} : () -> !allo.stream<i16, 1>
    %C_drain_7_10 = "allo.stream_construct"() {name = "C_drain_7_10"} : () -> !allo.stream<i16, 1>
    %C_drain_7_11 = "allo.stream_construct"() {name = "C_drain_7_11"} : () -> !allo.stream<i16, 1>
    %C_drain_7_12 = "allo.stream_construct"() {name = "C_drain_7_12"} : () -> !allo.stream<i16, 1>
    %C_drain_7_13 = "allo.stream_construct"() {name = "C_drain_7_13"} : () -> !allo.stream<i16, 1>
    %C_drain_7_14 = "allo.stream_construct"() {name = "C_drain_7_14"} : () -> !allo.stream<i16, 1>
    %C_drain_7_15 = "allo.stream_construct"() {name = "C_drain_7_15"} : () -> !allo.stream<i16, 1>
    %C_drain_8_0 = "allo.stream_construct"() {name = "C_drain_8_0"} : () -> !allo.stream<i16, 1>
    %C_drain_8_1 = "allo.stream_construct"() {name = "C_drain_8_1"} : () -> !allo.stream<i16, 1>
    %C_drain_8_2 = "allo.stream_construct"() {name = "C_drain_8_2"} : () -> !allo.stream<i16, 1>
    %C_drain_8_3 = "allo.stream_construct"() {name = "C_drain_8_3"} : () -> !allo.stream<i16, 1>
    %C_drain_8_4 = "allo.stream_construct"() {name = "C_drain_8_4"} : () -> !allo.stream<i16, 1>
    %C_drain_8_5 = "allo.stream_construct"() {name = "C_drain_8_5"} : () -> !allo.stream<i16, 1>
    %C_drain_8_6 = "allo.stream_construct"() {name = "C_drain_8_6"} : () -> !allo.stream<i16, 1>
    %C_drain_8_7 = "allo.stream_construct"() {name = "C_drain_8_7"} : () -> !allo.stream<i16, 1>
    %C_drain_8_8 = "allo.stream_construct"() {name = "C_drain_8_8"} : () -> !allo.stream<i16, 1>
    %C_drain_8_9 = "allo.stream_construct"() {name = "C_drain_8_9"} : () -> !allo.stream<i16, 1>
    %C_drain_8_10 = "allo.stream_construct"() {name = "C_drain_8_10"} : () -> !allo.stream<i16, 1>
    %C_drain_8_11 = "allo.stream_construct"() {name = "C_drain_8_11"} : () -> !allo.stream<i16, 1>
    %C_drain_8_12 = "allo.stream_construct"() {name = "C_drain_8_12"} : () -> !allo.stream<i16, 1>
    %C_drain_8_13 = "allo.stream_construct"() {name = "C_drain_8_13"} : () -> !allo.stream<i16, 1>
    %C_drain_8_14 = "allo.stream_construct"() {name = "C_drain_8_14"} : () -> !allo.stream<i16, 1>
    %C_drain_8_15 = "allo.stream_construct"() {name = "C_drain_8_15"} : () -> !allo.stream<i16, 1>
    %C_drain_9_0 = "allo.stream_construct"() {name = "C_drain_9_0"} : () -> !allo.stream<i16, 1>
    %C_drain_9_1 = "allo.stream_construct"() {name = "C_drain_9_1"} : () -> !allo.stream<i16, 1>
    %C_drain_9_2 = "allo.stream_construct"() {name = "C_drain_9_2"} : () -> !allo.stream<i16, 1>
    %C_drain_9_3 = "allo.stream_construct"() {name = "C_drain_9_3"} : () -> !allo.stream<i16, 1>
    %C_drain_9_4 = "allo.stream_construct"() {name = "C_drain_9_4"} : () -> !allo.stream<i16, 1>
    %C_drain_9_5 = "allo.stream_construct"() {name = "C_drain_9_5"} : () -> !allo.stream<i16, 1>
    %C_drain_9_6 = "allo.stream_construct"() {name = "C_drain_9_6"} : () -> !allo.stream<i16, 1>
    %C_drain_9_7 = "allo.stream_construct"() {name = "C_drain_9_7"} : () -> !allo.stream<i16, 1>
    %C_drain_9_8 = "allo.stream_construct"() {name = "C_drain_9_8"} : () -> !allo.stream<i16, 1>
    %C_drain_9_9 = "allo.stream_construct"() {name = "C_drain_9_9"} : () -> !allo.stream<i16, 1>
    %C_drain_9_10 = "allo.stream_construct"() {name = "C_drain_9_10"} : () -> !allo.stream<i16, 1>
    %C_drain_9_11 = "allo.stream_construct"() {name = "C_drain_9_11"} : () -> !allo.stream<i16, 1>
    %C_drain_9_12 = "allo.stream_construct"() {name = "C_drain_9_12"} : () -> !allo.stream<i16, 1>
    %C_drain_9_13 = "allo.stream_construct"() {name = "C_drain_9_13"} : () -> !allo.stream<i16, 1>
    %C_drain_9_14 = "allo.stream_construct"() {name = "C_drain_9_14"} : () -> !allo.stream<i16, 1>
    %C_drain_9_15 = "allo.stream_construct"() {name = "C_drain_9_15"} : () -> !allo.stream<i16, 1>
    %C_drain_10_0 = "allo.stream_construct"() {name = "C_drain_10_0"} : () -> !allo.stream<i16, 1>
    %C_drain_10_1 = "allo.stream_construct"() {name = "C_drain_10_1"} : () -> !allo.stream<i16, 1>
    %C_drain_10_2 = "allo.stream_construct"() {name = "C_drain_10_2"} : () -> !allo.stream<i16, 1>
    %C_drain_10_3 = "allo.stream_construct"() {name = "C_drain_10_3"} : () -> !allo.stream<i16, 1>
    %C_drain_10_4 = "allo.stream_construct"() {name = "C_drain_10_4"} : () -> !allo.stream<i16, 1>
    %C_drain_10_5 = "allo.stream_construct"() {name = "C_drain_10_5"} : () -> !allo.stream<i16, 1>
    %C_drain_10_6 = "allo.stream_construct"() {name = "C_drain_10_6"} : () -> !allo.stream<i16, 1>
    %C_drain_10_7 = "allo.stream_construct"() {name = "C_drain_10_7"} : () -> !allo.stream<i16, 1>
    %C_drain_10_8 = "allo.stream_construct"() {name = "C_drain_10_8"} : () -> !allo.stream<i16, 1>
    %C_drain_10_9 = "allo.stream_construct"() {name = "C_drain_10_9"} : () -> !allo.stream<i16, 1>
    %C_drain_10_10 = "allo.stream_construct"() {name = "C_drain_10_10"} : () -> !allo.stream<i16, 1>
    %C_drain_10_11 = "allo.stream_construct"() {name = "C_drain_10_11"} : () -> !allo.stream<i16, 1>
    %C_drain_10_12 = "allo.stream_construct"() {name = "C_drain_10_12"} : () -> !allo.stream<i16, 1>
    %C_drain_10_13 = "allo.stream_construct"() {name = "C_drain_10_13"} : () -> !allo.stream<i16, 1>
    %C_drain_10_14 = "allo.stream_construct"() {name = "C_drain_10_14"} : () -> !allo.stream<i16, 1>
    %C_drain_10_15 = "allo.stream_construct"() {name = "C_drain_10_15"} : () -> !allo.stream<i16, 1>
    %C_drain_11_0 = "allo.stream_construct"() {name = "C_drain_11_0"} : () -> !allo.stream<i16, 1>
    %C_drain_11_1 = "allo.stream_construct"() {name = "C_drain_11_1"} : () -> !allo.stream<i16, 1>
    %C_drain_11_2 = "allo.stream_construct"() {name = "C_drain_11_2"} : () -> !allo.stream<i16, 1>
    %C_drain_11_3 = "allo.stream_construct"() {name = "C_drain_11_3"} : () -> !allo.stream<i16, 1>
    %C_drain_11_4 = "allo.stream_construct"() {name = "C_drain_11_4"} : () -> !allo.stream<i16, 1>
    %C_drain_11_5 = "allo.stream_construct"() {name = "C_drain_11_5"} : () -> !allo.stream<i16, 1>
    %C_drain_11_6 = "allo.stream_construct"() {name = "C_drain_11_6"} : () -> !allo.stream<i16, 1>
    %C_drain_11_7 = "allo.stream_construct"() {name = "C_drain_11_7"} : () -> !allo.stream<i16, 1>
    %C_drain_11_8 = "allo.stream_construct"() {name = "C_drain_11_8"} : () -> !allo.stream<i16, 1>
    %C_drain_11_9 = "allo.stream_construct"() {name = "C_drain_11_9"} : () -> !allo.stream<i16, 1>
    %C_drain_11_10 = "allo.stream_construct"() {name = "C_drain_11_10"} : () -> !allo.stream<i16, 1>
    %C_drain_11_11 = "allo.stream_construct"() {name = "C_drain_11_11"} : () -> !allo.stream<i16, 1>
    %C_drain_11_12 = "allo.stream_construct"() {name = "C_drain_11_12"} : () -> !allo.stream<i16, 1>
    %C_drain_11_13 = "allo.stream_construct"() {name = "C_drain_11_13"} : () -> !allo.stream<i16, 1>
    %C_drain_11_14 = "allo.stream_construct"() {name = "C_drain_11_14"} : () -> !allo.stream<i16, 1>
    %C_drain_11_15 = "allo.stream_construct"() {name = "C_drain_11_15"} : () -> !allo.stream<i16, 1>
    %C_drain_12_0 = "allo.stream_construct"() {name = "C_drain_12_0"} : () -> !allo.stream<i16, 1>
    %C_drain_12_1 = "allo.stream_construct"() {name = "C_drain_12_1"} : () -> !allo.stream<i16, 1>
    %C_drain_12_2 = "allo.stream_construct"() {name = "C_drain_12_2"} : () -> !allo.stream<i16, 1>
    %C_drain_12_3 = "allo.stream_construct"() {name = "C_drain_12_3"} : () -> !allo.stream<i16, 1>
    %C_drain_12_4 = "allo.stream_construct"() {name = "C_drain_12_4"} : () -> !allo.stream<i16, 1>
    %C_drain_12_5 = "allo.stream_construct"() {name = "C_drain_12_5"} : () -> !allo.stream<i16, 1>
    %C_drain_12_6 = "allo.stream_construct"() {name = "C_drain_12_6"} : () -> !allo.stream<i16, 1>
    %C_drain_12_7 = "allo.stream_construct"() {name = "C_drain_12_7"} : () -> !allo.stream<i16, 1>
    %C_drain_12_8 = "allo.stream_construct"() {name = "C_drain_12_8"} : () -> !allo.stream<i16, 1>
    %C_drain_12_9 = "allo.stream_construct"() {name = "C_drain_12_9"} : () -> !allo.stream<i16, 1>
    %C_drain_12_10 = "allo.stream_construct"() {name = "C_drain_12_10"} : () -> !allo.stream<i16, 1>
    %C_drain_12_11 = "allo.stream_construct"() {name = "C_drain_12_11"} : () -> !allo.stream<i16, 1>
    %C_drain_12_12 = "allo.stream_construct"() {name = "C_drain_12_12"} : () -> !allo.stream<i16, 1>
    %C_drain_12_13 = "allo.stream_construct"() {name = "C_drain_12_13"} : () -> !allo.stream<i16, 1>
    %C_drain_12_14 = "allo.stream_construct"() {name = "C_drain_12_14"} : () -> !allo.stream<i16, 1>
    %C_drain_12_15 = "allo.stream_construct"() {name = "C_drain_12_15"} : () -> !allo.stream<i16, 1>
    %C_drain_13_0 = "allo.stream_construct"() {name = "C_drain_13_0"} : () -> !allo.stream<i16, 1>
    %C_drain_13_1 = "allo.stream_construct"() {name = "C_drain_13_1"} : () -> !allo.stream<i16, 1>
    %C_drain_13_2 = "allo.stream_construct"() {name = "C_drain_13_2"} : () -> !allo.stream<i16, 1>
    %C_drain_13_3 = "allo.stream_construct"() {name = "C_drain_13_3"} : () -> !allo.stream<i16, 1>
    %C_drain_13_4 = "allo.stream_construct"() {name = "C_drain_13_4"} : () -> !allo.stream<i16, 1>
    %C_drain_13_5 = "allo.stream_construct"() {name = "C_drain_13_5"} : () -> !allo.stream<i16, 1>
    %C_drain_13_6 = "allo.stream_construct"() {name = "C_drain_13_6"} : () -> !allo.stream<i16, 1>
    %C_drain_13_7 = "allo.stream_construct"() {name = "C_drain_13_7"} : () -> !allo.stream<i16, 1>
    %C_drain_13_8 = "allo.stream_construct"() {name = "C_drain_13_8"} : () -> !allo.stream<i16, 1>
    %C_drain_13_9 = "allo.stream_construct"() {name = "C_drain_13_9"} : () -> !allo.stream<i16, 1>
    %C_drain_13_10 = "allo.stream_construct"() {name = "C_drain_13_10"} : () -> !allo.stream<i16, 1>
    %C_drain_13_11 = "allo.stream_construct"() {name = "C_drain_13_11"} : () -> !allo.stream<i16, 1>
    %C_drain_13_12 = "allo.stream_construct"() {name = "C_drain_13_12"} : () -> !allo.stream<i16, 1>
    %C_drain_13_13 = "allo.stream_construct"() {name = "C_drain_13_13"} : () -> !allo.stream<i16, 1>
    %C_drain_13_14 = "allo.stream_construct"() {name = "C_drain_13_14"} : () -> !allo.stream<i16, 1>
    %C_drain_13_15 = "allo.stream_construct"() {name = "C_drain_13_15"} : () -> !allo.stream<i16, 1>
    %C_drain_14_0 = "allo.stream_construct"() {name = "C_drain_14_0"} : () -> !allo.stream<i16, 1>
    %C_drain_14_1 = "allo.stream_construct"() {name = "C_drain_14_1"} : () -> !allo.stream<i16, 1>
    %C_drain_14_2 = "allo.stream_construct"() {name = "C_drain_14_2"} : () -> !allo.stream<i16, 1>
    %C_drain_14_3 = "allo.stream_construct"() {name = "C_drain_14_3"} : () -> !allo.stream<i16, 1>
    %C_drain_14_4 = "allo.stream_construct"() {name = "C_drain_14_4"} : () -> !allo.stream<i16, 1>
    %C_drain_14_5 = "allo.stream_construct"() {name = "C_drain_14_5"} : () -> !allo.stream<i16, 1>
    %C_drain_14_6 = "allo.stream_construct"() {name = "C_drain_14_6"} : () -> !allo.stream<i16, 1>
    %C_drain_14_7 = "allo.stream_construct"() {name = "C_drain_14_7"} : () -> !allo.stream<i16, 1>
    %C_drain_14_8 = "allo.stream_construct"() {name = "C_drain_14_8"} : () -> !allo.stream<i16, 1>
    %C_drain_14_9 = "allo.stream_construct"() {name = "C_drain_14_9"} : () -> !allo.stream<i16, 1>
    %C_drain_14_10 = "allo.stream_construct"() {name = "C_drain_14_10"} : () -> !allo.stream<i16, 1>
    %C_drain_14_11 = "allo.stream_construct"() {name = "C_drain_14_11"} : () -> !allo.stream<i16, 1>
    %C_drain_14_12 = "allo.stream_construct"() {name = "C_drain_14_12"} : () -> !allo.stream<i16, 1>
    %C_drain_14_13 = "allo.stream_construct"() {name = "C_drain_14_13"} : () -> !allo.stream<i16, 1>
    %C_drain_14_14 = "allo.stream_construct"() {name = "C_drain_14_14"} : () -> !allo.stream<i16, 1>
    %C_drain_14_15 = "allo.stream_construct"() {name = "C_drain_14_15"} : () -> !allo.stream<i16, 1>
    %C_drain_15_0 = "allo.stream_construct"() {name = "C_drain_15_0"} : () -> !allo.stream<i16, 1>
    %C_drain_15_1 = "allo.stream_construct"() {name = "C_drain_15_1"} : () -> !allo.stream<i16, 1>
    %C_drain_15_2 = "allo.stream_construct"() {name = "C_drain_15_2"} : () -> !allo.stream<i16, 1>
    %C_drain_15_3 = "allo.stream_construct"() {name = "C_drain_15_3"} : () -> !allo.stream<i16, 1>
    %C_drain_15_4 = "allo.stream_construct"() {name = "C_drain_15_4"} : () -> !allo.stream<i16, 1>
    %C_drain_15_5 = "allo.stream_construct"() {name = "C_drain_15_5"} : () -> !allo.stream<i16, 1>
    %C_drain_15_6 = "allo.stream_construct"() {name = "C_drain_15_6"} : () -> !allo.stream<i16, 1>
    %C_drain_15_7 = "allo.stream_construct"() {name = "C_drain_15_7"} : () -> !allo.stream<i16, 1>
    %C_drain_15_8 = "allo.stream_construct"() {name = "C_drain_15_8"} : () -> !allo.stream<i16, 1>
    %C_drain_15_9 = "allo.stream_construct"() {name = "C_drain_15_9"} : () -> !allo.stream<i16, 1>
    %C_drain_15_10 = "allo.stream_construct"() {name = "C_drain_15_10"} : () -> !allo.stream<i16, 1>
    %C_drain_15_11 = "allo.stream_construct"() {name = "C_drain_15_11"} : () -> !allo.stream<i16, 1>
    %C_drain_15_12 = "allo.stream_construct"() {name = "C_drain_15_12"} : () -> !allo.stream<i16, 1>
    %C_drain_15_13 = "allo.stream_construct"() {name = "C_drain_15_13"} : () -> !allo.stream<i16, 1>
    %C_drain_15_14 = "allo.stream_construct"() {name = "C_drain_15_14"} : () -> !allo.stream<i16, 1>
    %C_drain_15_15 = "allo.stream_construct"() {name = "C_drain_15_15"} : () -> !allo.stream<i16, 1>
    func.call @gemm_PE_0_0(%A_load_0_0, %B_load_0_0, %C_drain_0_0, %A_fifo_0_1, %B_fifo_1_0) : (!allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_1(%B_load_0_1, %C_drain_0_1, %A_fifo_0_1, %A_fifo_0_2, %B_fifo_1_1) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_2(%B_load_0_2, %C_drain_0_2, %A_fifo_0_2, %A_fifo_0_3, %B_fifo_1_2) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_3(%B_load_0_3, %C_drain_0_3, %A_fifo_0_3, %A_fifo_0_4, %B_fifo_1_3) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_4(%B_load_0_4, %C_drain_0_4, %A_fifo_0_4, %A_fifo_0_5, %B_fifo_1_4) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_5(%B_load_0_5, %C_drain_0_5, %A_fifo_0_5, %A_fifo_0_6, %B_fifo_1_5) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_6(%B_load_0_6, %C_drain_0_6, %A_fifo_0_6, %A_fifo_0_7, %B_fifo_1_6) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_7(%B_load_0_7, %C_drain_0_7, %A_fifo_0_7, %A_fifo_0_8, %B_fifo_1_7) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_8(%B_load_0_8, %C_drain_0_8, %A_fifo_0_8, %A_fifo_0_9, %B_fifo_1_8) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_9(%B_load_0_9, %C_drain_0_9, %A_fifo_0_9, %A_fifo_0_10, %B_fifo_1_9) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_10(%B_load_0_10, %C_drain_0_10, %A_fifo_0_10, %A_fifo_0_11, %B_fifo_1_10) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_11(%B_load_0_11, %C_drain_0_11, %A_fifo_0_11, %A_fifo_0_12, %B_fifo_1_11) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_12(%B_load_0_12, %C_drain_0_12, %A_fifo_0_12, %A_fifo_0_13, %B_fifo_1_12) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_13(%B_load_0_13, %C_drain_0_13, %A_fifo_0_13, %A_fifo_0_14, %B_fifo_1_13) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_14(%B_load_0_14, %C_drain_0_14, %A_fifo_0_14, %A_fifo_0_15, %B_fifo_1_14) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_0_15(%B_load_0_15, %C_drain_0_15, %A_fifo_0_15, %B_fifo_1_15) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_0(%A_load_1_0, %C_drain_1_0, %A_fifo_1_1, %B_fifo_1_0, %B_fifo_2_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_1(%C_drain_1_1, %A_fifo_1_1, %A_fifo_1_2, %B_fifo_1_1, %B_fifo_2_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_2(%C_drain_1_2, %A_fifo_1_2, %A_fifo_1_3, %B_fifo_1_2, %B_fifo_2_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_3(%C_drain_1_3, %A_fifo_1_3, %A_fifo_1_4, %B_fifo_1_3, %B_fifo_2_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_4(%C_drain_1_4, %A_fifo_1_4, %A_fifo_1_5, %B_fifo_1_4, %B_fifo_2_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_5(%C_drain_1_5, %A_fifo_1_5, %A_fifo_1_6, %B_fifo_1_5, %B_fifo_2_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_6(%C_drain_1_6, %A_fifo_1_6, %A_fifo_1_7, %B_fifo_1_6, %B_fifo_2_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_7(%C_drain_1_7, %A_fifo_1_7, %A_fifo_1_8, %B_fifo_1_7, %B_fifo_2_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_8(%C_drain_1_8, %A_fifo_1_8, %A_fifo_1_9, %B_fifo_1_8, %B_fifo_2_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_9(%C_drain_1_9, %A_fifo_1_9, %A_fifo_1_10, %B_fifo_1_9, %B_fifo_2_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_10(%C_drain_1_10, %A_fifo_1_10, %A_fifo_1_11, %B_fifo_1_10, %B_fifo_2_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_11(%C_drain_1_11, %A_fifo_1_11, %A_fifo_1_12, %B_fifo_1_11, %B_fifo_2_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_12(%C_drain_1_12, %A_fifo_1_12, %A_fifo_1_13, %B_fifo_1_12, %B_fifo_2_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_13(%C_drain_1_13, %A_fifo_1_13, %A_fifo_1_14, %B_fifo_1_13, %B_fifo_2_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_14(%C_drain_1_14, %A_fifo_1_14, %A_fifo_1_15, %B_fifo_1_14, %B_fifo_2_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_1_15(%C_drain_1_15, %A_fifo_1_15, %B_fifo_1_15, %B_fifo_2_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_0(%A_load_2_0, %C_drain_2_0, %A_fifo_2_1, %B_fifo_2_0, %B_fifo_3_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_1(%C_drain_2_1, %A_fifo_2_1, %A_fifo_2_2, %B_fifo_2_1, %B_fifo_3_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_2(%C_drain_2_2, %A_fifo_2_2, %A_fifo_2_3, %B_fifo_2_2, %B_fifo_3_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_3(%C_drain_2_3, %A_fifo_2_3, %A_fifo_2_4, %B_fifo_2_3, %B_fifo_3_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_4(%C_drain_2_4, %A_fifo_2_4, %A_fifo_2_5, %B_fifo_2_4, %B_fifo_3_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_5(%C_drain_2_5, %A_fifo_2_5, %A_fifo_2_6, %B_fifo_2_5, %B_fifo_3_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_6(%C_drain_2_6, %A_fifo_2_6, %A_fifo_2_7, %B_fifo_2_6, %B_fifo_3_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_7(%C_drain_2_7, %A_fifo_2_7, %A_fifo_2_8, %B_fifo_2_7, %B_fifo_3_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_8(%C_drain_2_8, %A_fifo_2_8, %A_fifo_2_9, %B_fifo_2_8, %B_fifo_3_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_9(%C_drain_2_9, %A_fifo_2_9, %A_fifo_2_10, %B_fifo_2_9, %B_fifo_3_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_10(%C_drain_2_10, %A_fifo_2_10, %A_fifo_2_11, %B_fifo_2_10, %B_fifo_3_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_11(%C_drain_2_11, %A_fifo_2_11, %A_fifo_2_12, %B_fifo_2_11, %B_fifo_3_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_12(%C_drain_2_12, %A_fifo_2_12, %A_fifo_2_13, %B_fifo_2_12, %B_fifo_3_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_13(%C_drain_2_13, %A_fifo_2_13, %A_fifo_2_14, %B_fifo_2_13, %B_fifo_3_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_14(%C_drain_2_14, %A_fifo_2_14, %A_fifo_2_15, %B_fifo_2_14, %B_fifo_3_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_2_15(%C_drain_2_15, %A_fifo_2_15, %B_fifo_2_15, %B_fifo_3_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_0(%A_load_3_0, %C_drain_3_0, %A_fifo_3_1, %B_fifo_3_0, %B_fifo_4_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_1(%C_drain_3_1, %A_fifo_3_1, %A_fifo_3_2, %B_fifo_3_1, %B_fifo_4_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_2(%C_drain_3_2, %A_fifo_3_2, %A_fifo_3_3, %B_fifo_3_2, %B_fifo_4_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_3(%C_drain_3_3, %A_fifo_3_3, %A_fifo_3_4, %B_fifo_3_3, %B_fifo_4_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_4(%C_drain_3_4, %A_fifo_3_4, %A_fifo_3_5, %B_fifo_3_4, %B_fifo_4_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_5(%C_drain_3_5, %A_fifo_3_5, %A_fifo_3_6, %B_fifo_3_5, %B_fifo_4_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_6(%C_drain_3_6, %A_fifo_3_6, %A_fifo_3_7, %B_fifo_3_6, %B_fifo_4_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_7(%C_drain_3_7, %A_fifo_3_7, %A_fifo_3_8, %B_fifo_3_7, %B_fifo_4_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_8(%C_drain_3_8, %A_fifo_3_8, %A_fifo_3_9, %B_fifo_3_8, %B_fifo_4_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_9(%C_drain_3_9, %A_fifo_3_9, %A_fifo_3_10, %B_fifo_3_9, %B_fifo_4_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_10(%C_drain_3_10, %A_fifo_3_10, %A_fifo_3_11, %B_fifo_3_10, %B_fifo_4_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_11(%C_drain_3_11, %A_fifo_3_11, %A_fifo_3_12, %B_fifo_3_11, %B_fifo_4_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_12(%C_drain_3_12, %A_fifo_3_12, %A_fifo_3_13, %B_fifo_3_12, %B_fifo_4_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_13(%C_drain_3_13, %A_fifo_3_13, %A_fifo_3_14, %B_fifo_3_13, %B_fifo_4_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_14(%C_drain_3_14, %A_fifo_3_14, %A_fifo_3_15, %B_fifo_3_14, %B_fifo_4_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_3_15(%C_drain_3_15, %A_fifo_3_15, %B_fifo_3_15, %B_fifo_4_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_0(%A_load_4_0, %C_drain_4_0, %A_fifo_4_1, %B_fifo_4_0, %B_fifo_5_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_1(%C_drain_4_1, %A_fifo_4_1, %A_fifo_4_2, %B_fifo_4_1, %B_fifo_5_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_2(%C_drain_4_2, %A_fifo_4_2, %A_fifo_4_3, %B_fifo_4_2, %B_fifo_5_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_3(%C_drain_4_3, %A_fifo_4_3, %A_fifo_4_4, %B_fifo_4_3, %B_fifo_5_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_4(%C_drain_4_4, %A_fifo_4_4, %A_fifo_4_5, %B_fifo_4_4, %B_fifo_5_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_5(%C_drain_4_5, %A_fifo_4_5, %A_fifo_4_6, %B_fifo_4_5, %B_fifo_5_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_6(%C_drain_4_6, %A_fifo_4_6, %A_fifo_4_7, %B_fifo_4_6, %B_fifo_5_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_7(%C_drain_4_7, %A_fifo_4_7, %A_fifo_4_8, %B_fifo_4_7, %B_fifo_5_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_8(%C_drain_4_8, %A_fifo_4_8, %A_fifo_4_9, %B_fifo_4_8, %B_fifo_5_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_9(%C_drain_4_9, %A_fifo_4_9, %A_fifo_4_10, %B_fifo_4_9, %B_fifo_5_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_10(%C_drain_4_10, %A_fifo_4_10, %A_fifo_4_11, %B_fifo_4_10, %B_fifo_5_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_11(%C_drain_4_11, %A_fifo_4_11, %A_fifo_4_12, %B_fifo_4_11, %B_fifo_5_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_12(%C_drain_4_12, %A_fifo_4_12, %A_fifo_4_13, %B_fifo_4_12, %B_fifo_5_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_13(%C_drain_4_13, %A_fifo_4_13, %A_fifo_4_14, %B_fifo_4_13, %B_fifo_5_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_14(%C_drain_4_14, %A_fifo_4_14, %A_fifo_4_15, %B_fifo_4_14, %B_fifo_5_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_4_15(%C_drain_4_15, %A_fifo_4_15, %B_fifo_4_15, %B_fifo_5_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_0(%A_load_5_0, %C_drain_5_0, %A_fifo_5_1, %B_fifo_5_0, %B_fifo_6_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_1(%C_drain_5_1, %A_fifo_5_1, %A_fifo_5_2, %B_fifo_5_1, %B_fifo_6_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_2(%C_drain_5_2, %A_fifo_5_2, %A_fifo_5_3, %B_fifo_5_2, %B_fifo_6_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_3(%C_drain_5_3, %A_fifo_5_3, %A_fifo_5_4, %B_fifo_5_3, %B_fifo_6_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_4(%C_drain_5_4, %A_fifo_5_4, %A_fifo_5_5, %B_fifo_5_4, %B_fifo_6_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_5(%C_drain_5_5, %A_fifo_5_5, %A_fifo_5_6, %B_fifo_5_5, %B_fifo_6_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_6(%C_drain_5_6, %A_fifo_5_6, %A_fifo_5_7, %B_fifo_5_6, %B_fifo_6_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_7(%C_drain_5_7, %A_fifo_5_7, %A_fifo_5_8, %B_fifo_5_7, %B_fifo_6_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_8(%C_drain_5_8, %A_fifo_5_8, %A_fifo_5_9, %B_fifo_5_8, %B_fifo_6_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_9(%C_drain_5_9, %A_fifo_5_9, %A_fifo_5_10, %B_fifo_5_9, %B_fifo_6_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_10(%C_drain_5_10, %A_fifo_5_10, %A_fifo_5_11, %B_fifo_5_10, %B_fifo_6_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_11(%C_drain_5_11, %A_fifo_5_11, %A_fifo_5_12, %B_fifo_5_11, %B_fifo_6_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_12(%C_drain_5_12, %A_fifo_5_12, %A_fifo_5_13, %B_fifo_5_12, %B_fifo_6_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_13(%C_drain_5_13, %A_fifo_5_13, %A_fifo_5_14, %B_fifo_5_13, %B_fifo_6_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_14(%C_drain_5_14, %A_fifo_5_14, %A_fifo_5_15, %B_fifo_5_14, %B_fifo_6_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_5_15(%C_drain_5_15, %A_fifo_5_15, %B_fifo_5_15, %B_fifo_6_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_0(%A_load_6_0, %C_drain_6_0, %A_fifo_6_1, %B_fifo_6_0, %B_fifo_7_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_1(%C_drain_6_1, %A_fifo_6_1, %A_fifo_6_2, %B_fifo_6_1, %B_fifo_7_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_2(%C_drain_6_2, %A_fifo_6_2, %A_fifo_6_3, %B_fifo_6_2, %B_fifo_7_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_3(%C_drain_6_3, %A_fifo_6_3, %A_fifo_6_4, %B_fifo_6_3, %B_fifo_7_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_4(%C_drain_6_4, %A_fifo_6_4, %A_fifo_6_5, %B_fifo_6_4, %B_fifo_7_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_5(%C_drain_6_5, %A_fifo_6_5, %A_fifo_6_6, %B_fifo_6_5, %B_fifo_7_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_6(%C_drain_6_6, %A_fifo_6_6, %A_fifo_6_7, %B_fifo_6_6, %B_fifo_7_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_7(%C_drain_6_7, %A_fifo_6_7, %A_fifo_6_8, %B_fifo_6_7, %B_fifo_7_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_8(%C_drain_6_8, %A_fifo_6_8, %A_fifo_6_9, %B_fifo_6_8, %B_fifo_7_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_9(%C_drain_6_9, %A_fifo_6_9, %A_fifo_6_10, %B_fifo_6_9, %B_fifo_7_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_10(%C_drain_6_10, %A_fifo_6_10, %A_fifo_6_11, %B_fifo_6_10, %B_fifo_7_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_11(%C_drain_6_11, %A_fifo_6_11, %A_fifo_6_12, %B_fifo_6_11, %B_fifo_7_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_12(%C_drain_6_12, %A_fifo_6_12, %A_fifo_6_13, %B_fifo_6_12, %B_fifo_7_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_13(%C_drain_6_13, %A_fifo_6_13, %A_fifo_6_14, %B_fifo_6_13, %B_fifo_7_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_14(%C_drain_6_14, %A_fifo_6_14, %A_fifo_6_15, %B_fifo_6_14, %B_fifo_7_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_6_15(%C_drain_6_15, %A_fifo_6_15, %B_fifo_6_15, %B_fifo_7_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_0(%A_load_7_0, %C_drain_7_0, %A_fifo_7_1, %B_fifo_7_0, %B_fifo_8_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_1(%C_drain_7_1, %A_fifo_7_1, %A_fifo_7_2, %B_fifo_7_1, %B_fifo_8_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_2(%C_drain_7_2, %A_fifo_7_2, %A_fifo_7_3, %B_fifo_7_2, %B_fifo_8_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_3(%C_drain_7_3, %A_fifo_7_3, %A_fifo_7_4, %B_fifo_7_3, %B_fifo_8_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_4(%C_drain_7_4, %A_fifo_7_4, %A_fifo_7_5, %B_fifo_7_4, %B_fifo_8_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_5(%C_drain_7_5, %A_fifo_7_5, %A_fifo_7_6, %B_fifo_7_5, %B_fifo_8_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_6(%C_drain_7_6, %A_fifo_7_6, %A_fifo_7_7, %B_fifo_7_6, %B_fifo_8_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_7(%C_drain_7_7, %A_fifo_7_7, %A_fifo_7_8, %B_fifo_7_7, %B_fifo_8_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_8(%C_drain_7_8, %A_fifo_7_8, %A_fifo_7_9, %B_fifo_7_8, %B_fifo_8_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_9(%C_drain_7_9, %A_fifo_7_9, %A_fifo_7_10, %B_fifo_7_9, %B_fifo_8_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_10(%C_drain_7_10, %A_fifo_7_10, %A_fifo_7_11, %B_fifo_7_10, %B_fifo_8_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_11(%C_drain_7_11, %A_fifo_7_11, %A_fifo_7_12, %B_fifo_7_11, %B_fifo_8_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_12(%C_drain_7_12, %A_fifo_7_12, %A_fifo_7_13, %B_fifo_7_12, %B_fifo_8_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_13(%C_drain_7_13, %A_fifo_7_13, %A_fifo_7_14, %B_fifo_7_13, %B_fifo_8_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_14(%C_drain_7_14, %A_fifo_7_14, %A_fifo_7_15, %B_fifo_7_14, %B_fifo_8_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_7_15(%C_drain_7_15, %A_fifo_7_15, %B_fifo_7_15, %B_fifo_8_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_0(%A_load_8_0, %C_drain_8_0, %A_fifo_8_1, %B_fifo_8_0, %B_fifo_9_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_1(%C_drain_8_1, %A_fifo_8_1, %A_fifo_8_2, %B_fifo_8_1, %B_fifo_9_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_2(%C_drain_8_2, %A_fifo_8_2, %A_fifo_8_3, %B_fifo_8_2, %B_fifo_9_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_3(%C_drain_8_3, %A_fifo_8_3, %A_fifo_8_4, %B_fifo_8_3, %B_fifo_9_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_4(%C_drain_8_4, %A_fifo_8_4, %A_fifo_8_5, %B_fifo_8_4, %B_fifo_9_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_5(%C_drain_8_5, %A_fifo_8_5, %A_fifo_8_6, %B_fifo_8_5, %B_fifo_9_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_6(%C_drain_8_6, %A_fifo_8_6, %A_fifo_8_7, %B_fifo_8_6, %B_fifo_9_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_7(%C_drain_8_7, %A_fifo_8_7, %A_fifo_8_8, %B_fifo_8_7, %B_fifo_9_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_8(%C_drain_8_8, %A_fifo_8_8, %A_fifo_8_9, %B_fifo_8_8, %B_fifo_9_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_9(%C_drain_8_9, %A_fifo_8_9, %A_fifo_8_10, %B_fifo_8_9, %B_fifo_9_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_10(%C_drain_8_10, %A_fifo_8_10, %A_fifo_8_11, %B_fifo_8_10, %B_fifo_9_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_11(%C_drain_8_11, %A_fifo_8_11, %A_fifo_8_12, %B_fifo_8_11, %B_fifo_9_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_12(%C_drain_8_12, %A_fifo_8_12, %A_fifo_8_13, %B_fifo_8_12, %B_fifo_9_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_13(%C_drain_8_13, %A_fifo_8_13, %A_fifo_8_14, %B_fifo_8_13, %B_fifo_9_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_14(%C_drain_8_14, %A_fifo_8_14, %A_fifo_8_15, %B_fifo_8_14, %B_fifo_9_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_8_15(%C_drain_8_15, %A_fifo_8_15, %B_fifo_8_15, %B_fifo_9_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_0(%A_load_9_0, %C_drain_9_0, %A_fifo_9_1, %B_fifo_9_0, %B_fifo_10_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_1(%C_drain_9_1, %A_fifo_9_1, %A_fifo_9_2, %B_fifo_9_1, %B_fifo_10_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_2(%C_drain_9_2, %A_fifo_9_2, %A_fifo_9_3, %B_fifo_9_2, %B_fifo_10_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_3(%C_drain_9_3, %A_fifo_9_3, %A_fifo_9_4, %B_fifo_9_3, %B_fifo_10_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_4(%C_drain_9_4, %A_fifo_9_4, %A_fifo_9_5, %B_fifo_9_4, %B_fifo_10_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_5(%C_drain_9_5, %A_fifo_9_5, %A_fifo_9_6, %B_fifo_9_5, %B_fifo_10_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_6(%C_drain_9_6, %A_fifo_9_6, %A_fifo_9_7, %B_fifo_9_6, %B_fifo_10_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_7(%C_drain_9_7, %A_fifo_9_7, %A_fifo_9_8, %B_fifo_9_7, %B_fifo_10_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_8(%C_drain_9_8, %A_fifo_9_8, %A_fifo_9_9, %B_fifo_9_8, %B_fifo_10_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_9(%C_drain_9_9, %A_fifo_9_9, %A_fifo_9_10, %B_fifo_9_9, %B_fifo_10_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_10(%C_drain_9_10, %A_fifo_9_10, %A_fifo_9_11, %B_fifo_9_10, %B_fifo_10_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_11(%C_drain_9_11, %A_fifo_9_11, %A_fifo_9_12, %B_fifo_9_11, %B_fifo_10_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_12(%C_drain_9_12, %A_fifo_9_12, %A_fifo_9_13, %B_fifo_9_12, %B_fifo_10_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_13(%C_drain_9_13, %A_fifo_9_13, %A_fifo_9_14, %B_fifo_9_13, %B_fifo_10_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_14(%C_drain_9_14, %A_fifo_9_14, %A_fifo_9_15, %B_fifo_9_14, %B_fifo_10_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_9_15(%C_drain_9_15, %A_fifo_9_15, %B_fifo_9_15, %B_fifo_10_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_0(%A_load_10_0, %C_drain_10_0, %A_fifo_10_1, %B_fifo_10_0, %B_fifo_11_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_1(%C_drain_10_1, %A_fifo_10_1, %A_fifo_10_2, %B_fifo_10_1, %B_fifo_11_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_2(%C_drain_10_2, %A_fifo_10_2, %A_fifo_10_3, %B_fifo_10_2, %B_fifo_11_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_3(%C_drain_10_3, %A_fifo_10_3, %A_fifo_10_4, %B_fifo_10_3, %B_fifo_11_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_4(%C_drain_10_4, %A_fifo_10_4, %A_fifo_10_5, %B_fifo_10_4, %B_fifo_11_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_5(%C_drain_10_5, %A_fifo_10_5, %A_fifo_10_6, %B_fifo_10_5, %B_fifo_11_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_6(%C_drain_10_6, %A_fifo_10_6, %A_fifo_10_7, %B_fifo_10_6, %B_fifo_11_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_7(%C_drain_10_7, %A_fifo_10_7, %A_fifo_10_8, %B_fifo_10_7, %B_fifo_11_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_8(%C_drain_10_8, %A_fifo_10_8, %A_fifo_10_9, %B_fifo_10_8, %B_fifo_11_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_9(%C_drain_10_9, %A_fifo_10_9, %A_fifo_10_10, %B_fifo_10_9, %B_fifo_11_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_10(%C_drain_10_10, %A_fifo_10_10, %A_fifo_10_11, %B_fifo_10_10, %B_fifo_11_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_11(%C_drain_10_11, %A_fifo_10_11, %A_fifo_10_12, %B_fifo_10_11, %B_fifo_11_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_12(%C_drain_10_12, %A_fifo_10_12, %A_fifo_10_13, %B_fifo_10_12, %B_fifo_11_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_13(%C_drain_10_13, %A_fifo_10_13, %A_fifo_10_14, %B_fifo_10_13, %B_fifo_11_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_14(%C_drain_10_14, %A_fifo_10_14, %A_fifo_10_15, %B_fifo_10_14, %B_fifo_11_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_10_15(%C_drain_10_15, %A_fifo_10_15, %B_fifo_10_15, %B_fifo_11_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_0(%A_load_11_0, %C_drain_11_0, %A_fifo_11_1, %B_fifo_11_0, %B_fifo_12_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_1(%C_drain_11_1, %A_fifo_11_1, %A_fifo_11_2, %B_fifo_11_1, %B_fifo_12_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_2(%C_drain_11_2, %A_fifo_11_2, %A_fifo_11_3, %B_fifo_11_2, %B_fifo_12_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_3(%C_drain_11_3, %A_fifo_11_3, %A_fifo_11_4, %B_fifo_11_3, %B_fifo_12_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_4(%C_drain_11_4, %A_fifo_11_4, %A_fifo_11_5, %B_fifo_11_4, %B_fifo_12_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_5(%C_drain_11_5, %A_fifo_11_5, %A_fifo_11_6, %B_fifo_11_5, %B_fifo_12_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_6(%C_drain_11_6, %A_fifo_11_6, %A_fifo_11_7, %B_fifo_11_6, %B_fifo_12_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_7(%C_drain_11_7, %A_fifo_11_7, %A_fifo_11_8, %B_fifo_11_7, %B_fifo_12_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_8(%C_drain_11_8, %A_fifo_11_8, %A_fifo_11_9, %B_fifo_11_8, %B_fifo_12_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_9(%C_drain_11_9, %A_fifo_11_9, %A_fifo_11_10, %B_fifo_11_9, %B_fifo_12_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_10(%C_drain_11_10, %A_fifo_11_10, %A_fifo_11_11, %B_fifo_11_10, %B_fifo_12_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_11(%C_drain_11_11, %A_fifo_11_11, %A_fifo_11_12, %B_fifo_11_11, %B_fifo_12_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_12(%C_drain_11_12, %A_fifo_11_12, %A_fifo_11_13, %B_fifo_11_12, %B_fifo_12_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_13(%C_drain_11_13, %A_fifo_11_13, %A_fifo_11_14, %B_fifo_11_13, %B_fifo_12_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_14(%C_drain_11_14, %A_fifo_11_14, %A_fifo_11_15, %B_fifo_11_14, %B_fifo_12_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_11_15(%C_drain_11_15, %A_fifo_11_15, %B_fifo_11_15, %B_fifo_12_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_0(%A_load_12_0, %C_drain_12_0, %A_fifo_12_1, %B_fifo_12_0, %B_fifo_13_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_1(%C_drain_12_1, %A_fifo_12_1, %A_fifo_12_2, %B_fifo_12_1, %B_fifo_13_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_2(%C_drain_12_2, %A_fifo_12_2, %A_fifo_12_3, %B_fifo_12_2, %B_fifo_13_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_3(%C_drain_12_3, %A_fifo_12_3, %A_fifo_12_4, %B_fifo_12_3, %B_fifo_13_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_4(%C_drain_12_4, %A_fifo_12_4, %A_fifo_12_5, %B_fifo_12_4, %B_fifo_13_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_5(%C_drain_12_5, %A_fifo_12_5, %A_fifo_12_6, %B_fifo_12_5, %B_fifo_13_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_6(%C_drain_12_6, %A_fifo_12_6, %A_fifo_12_7, %B_fifo_12_6, %B_fifo_13_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_7(%C_drain_12_7, %A_fifo_12_7, %A_fifo_12_8, %B_fifo_12_7, %B_fifo_13_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_8(%C_drain_12_8, %A_fifo_12_8, %A_fifo_12_9, %B_fifo_12_8, %B_fifo_13_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_9(%C_drain_12_9, %A_fifo_12_9, %A_fifo_12_10, %B_fifo_12_9, %B_fifo_13_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_10(%C_drain_12_10, %A_fifo_12_10, %A_fifo_12_11, %B_fifo_12_10, %B_fifo_13_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_11(%C_drain_12_11, %A_fifo_12_11, %A_fifo_12_12, %B_fifo_12_11, %B_fifo_13_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_12(%C_drain_12_12, %A_fifo_12_12, %A_fifo_12_13, %B_fifo_12_12, %B_fifo_13_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_13(%C_drain_12_13, %A_fifo_12_13, %A_fifo_12_14, %B_fifo_12_13, %B_fifo_13_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_14(%C_drain_12_14, %A_fifo_12_14, %A_fifo_12_15, %B_fifo_12_14, %B_fifo_13_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_12_15(%C_drain_12_15, %A_fifo_12_15, %B_fifo_12_15, %B_fifo_13_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_0(%A_load_13_0, %C_drain_13_0, %A_fifo_13_1, %B_fifo_13_0, %B_fifo_14_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_1(%C_drain_13_1, %A_fifo_13_1, %A_fifo_13_2, %B_fifo_13_1, %B_fifo_14_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_2(%C_drain_13_2, %A_fifo_13_2, %A_fifo_13_3, %B_fifo_13_2, %B_fifo_14_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_3(%C_drain_13_3, %A_fifo_13_3, %A_fifo_13_4, %B_fifo_13_3, %B_fifo_14_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_4(%C_drain_13_4, %A_fifo_13_4, %A_fifo_13_5, %B_fifo_13_4, %B_fifo_14_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_5(%C_drain_13_5, %A_fifo_13_5, %A_fifo_13_6, %B_fifo_13_5, %B_fifo_14_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_6(%C_drain_13_6, %A_fifo_13_6, %A_fifo_13_7, %B_fifo_13_6, %B_fifo_14_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_7(%C_drain_13_7, %A_fifo_13_7, %A_fifo_13_8, %B_fifo_13_7, %B_fifo_14_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_8(%C_drain_13_8, %A_fifo_13_8, %A_fifo_13_9, %B_fifo_13_8, %B_fifo_14_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_9(%C_drain_13_9, %A_fifo_13_9, %A_fifo_13_10, %B_fifo_13_9, %B_fifo_14_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_10(%C_drain_13_10, %A_fifo_13_10, %A_fifo_13_11, %B_fifo_13_10, %B_fifo_14_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_11(%C_drain_13_11, %A_fifo_13_11, %A_fifo_13_12, %B_fifo_13_11, %B_fifo_14_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_12(%C_drain_13_12, %A_fifo_13_12, %A_fifo_13_13, %B_fifo_13_12, %B_fifo_14_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_13(%C_drain_13_13, %A_fifo_13_13, %A_fifo_13_14, %B_fifo_13_13, %B_fifo_14_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_14(%C_drain_13_14, %A_fifo_13_14, %A_fifo_13_15, %B_fifo_13_14, %B_fifo_14_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_13_15(%C_drain_13_15, %A_fifo_13_15, %B_fifo_13_15, %B_fifo_14_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_0(%A_load_14_0, %C_drain_14_0, %A_fifo_14_1, %B_fifo_14_0, %B_fifo_15_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_1(%C_drain_14_1, %A_fifo_14_1, %A_fifo_14_2, %B_fifo_14_1, %B_fifo_15_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_2(%C_drain_14_2, %A_fifo_14_2, %A_fifo_14_3, %B_fifo_14_2, %B_fifo_15_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_3(%C_drain_14_3, %A_fifo_14_3, %A_fifo_14_4, %B_fifo_14_3, %B_fifo_15_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_4(%C_drain_14_4, %A_fifo_14_4, %A_fifo_14_5, %B_fifo_14_4, %B_fifo_15_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_5(%C_drain_14_5, %A_fifo_14_5, %A_fifo_14_6, %B_fifo_14_5, %B_fifo_15_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_6(%C_drain_14_6, %A_fifo_14_6, %A_fifo_14_7, %B_fifo_14_6, %B_fifo_15_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_7(%C_drain_14_7, %A_fifo_14_7, %A_fifo_14_8, %B_fifo_14_7, %B_fifo_15_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_8(%C_drain_14_8, %A_fifo_14_8, %A_fifo_14_9, %B_fifo_14_8, %B_fifo_15_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_9(%C_drain_14_9, %A_fifo_14_9, %A_fifo_14_10, %B_fifo_14_9, %B_fifo_15_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_10(%C_drain_14_10, %A_fifo_14_10, %A_fifo_14_11, %B_fifo_14_10, %B_fifo_15_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_11(%C_drain_14_11, %A_fifo_14_11, %A_fifo_14_12, %B_fifo_14_11, %B_fifo_15_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_12(%C_drain_14_12, %A_fifo_14_12, %A_fifo_14_13, %B_fifo_14_12, %B_fifo_15_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_13(%C_drain_14_13, %A_fifo_14_13, %A_fifo_14_14, %B_fifo_14_13, %B_fifo_15_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_14(%C_drain_14_14, %A_fifo_14_14, %A_fifo_14_15, %B_fifo_14_14, %B_fifo_15_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_14_15(%C_drain_14_15, %A_fifo_14_15, %B_fifo_14_15, %B_fifo_15_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_0(%A_load_15_0, %C_drain_15_0, %A_fifo_15_1, %B_fifo_15_0) : (!allo.stream<i8, 17>, !allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_1(%C_drain_15_1, %A_fifo_15_1, %A_fifo_15_2, %B_fifo_15_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_2(%C_drain_15_2, %A_fifo_15_2, %A_fifo_15_3, %B_fifo_15_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_3(%C_drain_15_3, %A_fifo_15_3, %A_fifo_15_4, %B_fifo_15_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_4(%C_drain_15_4, %A_fifo_15_4, %A_fifo_15_5, %B_fifo_15_4) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_5(%C_drain_15_5, %A_fifo_15_5, %A_fifo_15_6, %B_fifo_15_5) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_6(%C_drain_15_6, %A_fifo_15_6, %A_fifo_15_7, %B_fifo_15_6) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_7(%C_drain_15_7, %A_fifo_15_7, %A_fifo_15_8, %B_fifo_15_7) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_8(%C_drain_15_8, %A_fifo_15_8, %A_fifo_15_9, %B_fifo_15_8) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_9(%C_drain_15_9, %A_fifo_15_9, %A_fifo_15_10, %B_fifo_15_9) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_10(%C_drain_15_10, %A_fifo_15_10, %A_fifo_15_11, %B_fifo_15_10) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_11(%C_drain_15_11, %A_fifo_15_11, %A_fifo_15_12, %B_fifo_15_11) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_12(%C_drain_15_12, %A_fifo_15_12, %A_fifo_15_13, %B_fifo_15_12) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_13(%C_drain_15_13, %A_fifo_15_13, %A_fifo_15_14, %B_fifo_15_13) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_14(%C_drain_15_14, %A_fifo_15_14, %A_fifo_15_15, %B_fifo_15_14) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_PE_15_15(%C_drain_15_15, %A_fifo_15_15, %B_fifo_15_15) : (!allo.stream<i16, 1>, !allo.stream<i8, 17>, !allo.stream<i8, 17>) -> ()
    func.call @gemm_drain_C(%C_drain_0_0, %C_drain_0_1, %C_drain_0_2, %C_drain_0_3, %C_drain_0_4, %C_drain_0_5, %C_drain_0_6, %C_drain_0_7, %C_drain_0_8, %C_drain_0_9, %C_drain_0_10, %C_drain_0_11, %C_drain_0_12, %C_drain_0_13, %C_drain_0_14, %C_drain_0_15, %C_drain_1_0, %C_drain_1_1, %C_drain_1_2, %C_drain_1_3, %C_drain_1_4, %C_drain_1_5, %C_drain_1_6, %C_drain_1_7, %C_drain_1_8, %C_drain_1_9, %C_drain_1_10, %C_drain_1_11, %C_drain_1_12, %C_drain_1_13, %C_drain_1_14, %C_drain_1_15, %C_drain_2_0, %C_drain_2_1, %C_drain_2_2, %C_drain_2_3, %C_drain_2_4, %C_drain_2_5, %C_drain_2_6, %C_drain_2_7, %C_drain_2_8, %C_drain_2_9, %C_drain_2_10, %C_drain_2_11, %C_drain_2_12, %C_drain_2_13, %C_drain_2_14, %C_drain_2_15, %C_drain_3_0, %C_drain_3_1, %C_drain_3_2, %C_drain_3_3, %C_drain_3_4, %C_drain_3_5, %C_drain_3_6, %C_drain_3_7, %C_drain_3_8, %C_drain_3_9, %C_drain_3_10, %C_drain_3_11, %C_drain_3_12, %C_drain_3_13, %C_drain_3_14, %C_drain_3_15, %C_drain_4_0, %C_drain_4_1, %C_drain_4_2, %C_drain_4_3, %C_drain_4_4, %C_drain_4_5, %C_drain_4_6, %C_drain_4_7, %C_drain_4_8, %C_drain_4_9, %C_drain_4_10, %C_drain_4_11, %C_drain_4_12, %C_drain_4_13, %C_drain_4_14, %C_drain_4_15, %C_drain_5_0, %C_drain_5_1, %C_drain_5_2, %C_drain_5_3, %C_drain_5_4, %C_drain_5_5, %C_drain_5_6, %C_drain_5_7, %C_drain_5_8, %C_drain_5_9, %C_drain_5_10, %C_drain_5_11, %C_drain_5_12, %C_drain_5_13, %C_drain_5_14, %C_drain_5_15, %C_drain_6_0, %C_drain_6_1, %C_drain_6_2, %C_drain_6_3, %C_drain_6_4, %C_drain_6_5, %C_drain_6_6, %C_drain_6_7, %C_drain_6_8, %C_drain_6_9, %C_drain_6_10, %C_drain_6_11, %C_drain_6_12, %C_drain_6_13, %C_drain_6_14, %C_drain_6_15, %C_drain_7_0, %C_drain_7_1, %C_drain_7_2, %C_drain_7_3, %C_drain_7_4, %C_drain_7_5, %C_drain_7_6, %C_drain_7_7, %C_drain_7_8, %C_drain_7_9, %C_drain_7_10, %C_drain_7_11, %C_drain_7_12, %C_drain_7_13, %C_drain_7_14, %C_drain_7_15, %C_drain_8_0, %C_drain_8_1, %C_drain_8_2, %C_drain_8_3, %C_drain_8_4, %C_drain_8_5, %C_drain_8_6, %C_drain_8_7, %C_drain_8_8, %C_drain_8_9, %C_drain_8_10, %C_drain_8_11, %C_drain_8_12, %C_drain_8_13, %C_drain_8_14, %C_drain_8_15, %C_drain_9_0, %C_drain_9_1, %C_drain_9_2, %C_drain_9_3, %C_drain_9_4, %C_drain_9_5, %C_drain_9_6, %C_drain_9_7, %C_drain_9_8, %C_drain_9_9, %C_drain_9_10, %C_drain_9_11, %C_drain_9_12, %C_drain_9_13, %C_drain_9_14, %C_drain_9_15, %C_drain_10_0, %C_drain_10_1, %C_drain_10_2, %C_drain_10_3, %C_drain_10_4, %C_drain_10_5, %C_drain_10_6, %C_drain_10_7, %C_drain_10_8, %C_drain_10_9, %C_drain_10_10, %C_drain_10_11, %C_drain_10_12, %C_drain_10_13, %C_drain_10_14, %C_drain_10_15, %C_drain_11_0, %C_drain_11_1, %C_drain_11_2, %C_drain_11_3, %C_drain_11_4, %C_drain_11_5, %C_drain_11_6, %C_drain_11_7, %C_drain_11_8, %C_drain_11_9, %C_drain_11_10, %C_drain_11_11, %C_drain_11_12, %C_drain_11_13, %C_drain_11_14, %C_drain_11_15, %C_drain_12_0, %C_drain_12_1, %C_drain_12_2, %C_drain_12_3, %C_drain_12_4, %C_drain_12_5, %C_drain_12_6, %C_drain_12_7, %C_drain_12_8, %C_drain_12_9, %C_drain_12_10, %C_drain_12_11, %C_drain_12_12, %C_drain_12_13, %C_drain_12_14, %C_drain_12_15, %C_drain_13_0, %C_drain_13_1, %C_drain_13_2, %C_drain_13_3, %C_drain_13_4, %C_drain_13_5, %C_drain_13_6, %C_drain_13_7, %C_drain_13_8, %C_drain_13_9, %C_drain_13_10, %C_drain_13_11, %C_drain_13_12, %C_drain_13_13, %C_drain_13_14, %C_drain_13_15, %C_drain_14_0, %C_drain_14_1, %C_drain_14_2, %C_drain_14_3, %C_drain_14_4, %C_drain_14_5, %C_drain_14_6, %C_drain_14_7, %C_drain_14_8, %C_drain_14_9, %C_drain_14_10, %C_drain_14_11, %C_drain_14_12, %C_drain_14_13, %C_drain_14_14, %C_drain_14_15, %C_drain_15_0, %C_drain_15_1, %C_drain_15_2, %C_drain_15_3, %C_drain_15_4, %C_drain_15_5, %C_drain_15_6, %C_drain_15_7, %C_drain_15_8, %C_drain_15_9, %C_drain_15_10, %C_drain_15_11, %C_drain_15_12, %C_drain_15_13, %C_drain_15_14, %C_drain_15_15, %alloc) : (!allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, memref<16x16xi16>) -> ()
    return %alloc : memref<16x16xi16>
  }
}
