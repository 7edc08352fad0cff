module {
  func.func @gemm_PE_0_0(%arg0: !allo.stream<i8, 5>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i16, 1>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_0_1(%arg0: !allo.stream<i8, 5>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_0_2(%arg0: !allo.stream<i8, 5>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg3, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_0_3(%arg0: !allo.stream<i8, 5>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 5>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_1_0(%arg0: !allo.stream<i8, 5>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_1_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_1_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_1_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 5>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_2_0(%arg0: !allo.stream<i8, 5>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_2_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_2_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg5 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
      affine.store %2, %alloc_1[] : memref<i8>
      %3 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_2_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 5>) -> i8
      affine.store %1, %alloc_1[] : memref<i8>
      %2 = affine.load %alloc_1[] : memref<i8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 5>, i8) -> ()
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
  func.func @gemm_PE_3_0(%arg0: !allo.stream<i8, 5>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg0) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
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
  func.func @gemm_PE_3_1(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
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
  func.func @gemm_PE_3_2(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>) attributes {itypes = "ssss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg4 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %1 = affine.load %alloc_0[] : memref<i8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %2 = "allo.stream_get"(%arg3) : (!allo.stream<i8, 5>) -> i8
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
  func.func @gemm_PE_3_3(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>) attributes {itypes = "sss", otypes = ""} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C_buf"} : memref<i16>
    affine.store %c0_i16, %alloc[] : memref<i16>
    affine.for %arg3 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "A_v"} : memref<i8>
      %0 = "allo.stream_get"(%arg1) : (!allo.stream<i8, 5>) -> i8
      affine.store %0, %alloc_0[] : memref<i8>
      %alloc_1 = memref.alloc() {name = "B_v"} : memref<i8>
      %1 = "allo.stream_get"(%arg2) : (!allo.stream<i8, 5>) -> i8
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
  func.func @gemm_load_A(%arg0: memref<4x4xi8> {allo.partition = "complete:1"}, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 4 {
      %0 = affine.load %arg0[0, %arg5] : memref<4x4xi8>
      "allo.stream_put"(%arg1, %0) : (!allo.stream<i8, 5>, i8) -> ()
      %1 = affine.load %arg0[1, %arg5] : memref<4x4xi8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %2 = affine.load %arg0[2, %arg5] : memref<4x4xi8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 5>, i8) -> ()
      %3 = affine.load %arg0[3, %arg5] : memref<4x4xi8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
    } {loop_name = "k", pipeline_ii = 1 : ui32}
    return
  }
  func.func @gemm_load_B(%arg0: memref<4x4xi8> {allo.partition = "complete:2"}, %arg1: !allo.stream<i8, 5>, %arg2: !allo.stream<i8, 5>, %arg3: !allo.stream<i8, 5>, %arg4: !allo.stream<i8, 5>) attributes {itypes = "sssss", otypes = ""} {
    affine.for %arg5 = 0 to 4 {
      %0 = affine.load %arg0[%arg5, 0] : memref<4x4xi8>
      "allo.stream_put"(%arg1, %0) : (!allo.stream<i8, 5>, i8) -> ()
      %1 = affine.load %arg0[%arg5, 1] : memref<4x4xi8>
      "allo.stream_put"(%arg2, %1) : (!allo.stream<i8, 5>, i8) -> ()
      %2 = affine.load %arg0[%arg5, 2] : memref<4x4xi8>
      "allo.stream_put"(%arg3, %2) : (!allo.stream<i8, 5>, i8) -> ()
      %3 = affine.load %arg0[%arg5, 3] : memref<4x4xi8>
      "allo.stream_put"(%arg4, %3) : (!allo.stream<i8, 5>, i8) -> ()
    } {loop_name = "k", pipeline_ii = 1 : ui32}
    return
  }
  func.func @gemm_drain_C(%arg0: !allo.stream<i16, 1>, %arg1: !allo.stream<i16, 1>, %arg2: !allo.stream<i16, 1>, %arg3: !allo.stream<i16, 1>, %arg4: !allo.stream<i16, 1>, %arg5: !allo.stream<i16, 1>, %arg6: !allo.stream<i16, 1>, %arg7: !allo.stream<i16, 1>, %arg8: !allo.stream<i16, 1>, %arg9: !allo.stream<i16, 1>, %arg10: !allo.stream<i16, 1>, %arg11: !allo.stream<i16, 1>, %arg12: !allo.stream<i16, 1>, %arg13: !allo.stream<i16, 1>, %arg14: !allo.stream<i16, 1>, %arg15: !allo.stream<i16, 1>, %arg16: memref<4x4xi16> {allo.partition = "complete:1,complete:2"}) attributes {itypes = "sssssssssssssssss", otypes = ""} {
    %0 = "allo.stream_get"(%arg0) : (!allo.stream<i16, 1>) -> i16
    affine.store %0, %arg16[0, 0] : memref<4x4xi16>
    %1 = "allo.stream_get"(%arg1) : (!allo.stream<i16, 1>) -> i16
    affine.store %1, %arg16[0, 1] : memref<4x4xi16>
    %2 = "allo.stream_get"(%arg2) : (!allo.stream<i16, 1>) -> i16
    affine.store %2, %arg16[0, 2] : memref<4x4xi16>
    %3 = "allo.stream_get"(%arg3) : (!allo.stream<i16, 1>) -> i16
    affine.store %3, %arg16[0, 3] : memref<4x4xi16>
    %4 = "allo.stream_get"(%arg4) : (!allo.stream<i16, 1>) -> i16
    affine.store %4, %arg16[1, 0] : memref<4x4xi16>
    %5 = "allo.stream_get"(%arg5) : (!allo.stream<i16, 1>) -> i16
    affine.store %5, %arg16[1, 1] : memref<4x4xi16>
    %6 = "allo.stream_get"(%arg6) : (!allo.stream<i16, 1>) -> i16
    affine.store %6, %arg16[1, 2] : memref<4x4xi16>
    %7 = "allo.stream_get"(%arg7) : (!allo.stream<i16, 1>) -> i16
    affine.store %7, %arg16[1, 3] : memref<4x4xi16>
    %8 = "allo.stream_get"(%arg8) : (!allo.stream<i16, 1>) -> i16
    affine.store %8, %arg16[2, 0] : memref<4x4xi16>
    %9 = "allo.stream_get"(%arg9) : (!allo.stream<i16, 1>) -> i16
    affine.store %9, %arg16[2, 1] : memref<4x4xi16>
    %10 = "allo.stream_get"(%arg10) : (!allo.stream<i16, 1>) -> i16
    affine.store %10, %arg16[2, 2] : memref<4x4xi16>
    %11 = "allo.stream_get"(%arg11) : (!allo.stream<i16, 1>) -> i16
    affine.store %11, %arg16[2, 3] : memref<4x4xi16>
    %12 = "allo.stream_get"(%arg12) : (!allo.stream<i16, 1>) -> i16
    affine.store %12, %arg16[3, 0] : memref<4x4xi16>
    %13 = "allo.stream_get"(%arg13) : (!allo.stream<i16, 1>) -> i16
    affine.store %13, %arg16[3, 1] : memref<4x4xi16>
    %14 = "allo.stream_get"(%arg14) : (!allo.stream<i16, 1>) -> i16
    affine.store %14, %arg16[3, 2] : memref<4x4xi16>
    %15 = "allo.stream_get"(%arg15) : (!allo.stream<i16, 1>) -> i16
    affine.store %15, %arg16[3, 3] : memref<4x4xi16>
    return
  }
  func.func @gemm(%arg0: memref<4x4xi8> {allo.partition = "complete:1"}, %arg1: memref<4x4xi8> {allo.partition = "complete:2"}) -> memref<4x4xi16> attributes {itypes = "ss", otypes = "s", dataflow} {
    %c0_i16 = arith.constant 0 : i16
    %alloc = memref.alloc() {name = "C", partition = "complete:1,complete:2"} : memref<4x4xi16>
    affine.for %arg2 = 0 to 4 {
      affine.for %arg3 = 0 to 4 {
        affine.store %c0_i16, %alloc[%arg2, %arg3] : memref<4x4xi16>
      }
    }
    %A_fifo_0_1 = "allo.stream_construct"() {name = "A_fifo_0_1"} : () -> !allo.stream<i8, 5>
    %A_fifo_0_2 = "allo.stream_construct"() {name = "A_fifo_0_2"} : () -> !allo.stream<i8, 5>
    %A_fifo_0_3 = "allo.stream_construct"() {name = "A_fifo_0_3"} : () -> !allo.stream<i8, 5>
    %A_fifo_1_1 = "allo.stream_construct"() {name = "A_fifo_1_1"} : () -> !allo.stream<i8, 5>
    %A_fifo_1_2 = "allo.stream_construct"() {name = "A_fifo_1_2"} : () -> !allo.stream<i8, 5>
    %A_fifo_1_3 = "allo.stream_construct"() {name = "A_fifo_1_3"} : () -> !allo.stream<i8, 5>
    %A_fifo_2_1 = "allo.stream_construct"() {name = "A_fifo_2_1"} : () -> !allo.stream<i8, 5>
    %A_fifo_2_2 = "allo.stream_construct"() {name = "A_fifo_2_2"} : () -> !allo.stream<i8, 5>
    %A_fifo_2_3 = "allo.stream_construct"() {name = "A_fifo_2_3"} : () -> !allo.stream<i8, 5>
    %A_fifo_3_1 = "allo.stream_construct"() {name = "A_fifo_3_1"} : () -> !allo.stream<i8, 5>
    %A_fifo_3_2 = "allo.stream_construct"() {name = "A_fifo_3_2"} : () -> !allo.stream<i8, 5>
    %A_fifo_3_3 = "allo.stream_construct"() {name = "A_fifo_3_3"} : () -> !allo.stream<i8, 5>
    %B_fifo_1_0 = "allo.stream_construct"() {name = "B_fifo_1_0"} : () -> !allo.stream<i8, 5>
    %B_fifo_1_1 = "allo.stream_construct"() {name = "B_fifo_1_1"} : () -> !allo.stream<i8, 5>
    %B_fifo_1_2 = "allo.stream_construct"() {name = "B_fifo_1_2"} : () -> !allo.stream<i8, 5>
    %B_fifo_1_3 = "allo.stream_construct"() {name = "B_fifo_1_3"} : () -> !allo.stream<i8, 5>
    %B_fifo_2_0 = "allo.stream_construct"() {name = "B_fifo_2_0"} : () -> !allo.stream<i8, 5>
    %B_fifo_2_1 = "allo.stream_construct"() {name = "B_fifo_2_1"} : () -> !allo.stream<i8, 5>
    %B_fifo_2_2 = "allo.stream_construct"() {name = "B_fifo_2_2"} : () -> !allo.stream<i8, 5>
    %B_fifo_2_3 = "allo.stream_construct"() {name = "B_fifo_2_3"} : () -> !allo.stream<i8, 5>
    %B_fifo_3_0 = "allo.stream_construct"() {name = "B_fifo_3_0"} : () -> !allo.stream<i8, 5>
    %B_fifo_3_1 = "allo.stream_construct"() {name = "B_fifo_3_1"} : () -> !allo.stream<i8, 5>
    %B_fifo_3_2 = "allo.stream_construct"() {name = "B_fifo_3_2"} : () -> !allo.stream<i8, 5>
    %B_fifo_3_3 = "allo.stream_construct"() {name = "B_fifo_3_3"} : () -> !allo.stream<i8, 5>
    %A_load_0_0 = "allo.stream_construct"() {name = "A_load_0_0"} : () -> !allo.stream<i8, 5>
    %A_load_1_0 = "allo.stream_construct"() {name = "A_load_1_0"} : () -> !allo.stream<i8, 5>
    %A_load_2_0 = "allo.stream_construct"() {name = "A_load_2_0"} : () -> !allo.stream<i8, 5>
    %A_load_3_0 = "allo.stream_construct"() {name = "A_load_3_0"} : () -> !allo.stream<i8, 5>
    func.call @gemm_load_A(%arg0, %A_load_0_0, %A_load_1_0, %A_load_2_0, %A_load_3_0) : (memref<4x4xi8>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    %B_load_0_0 = "allo.stream_construct"() {name = "B_load_0_0"} : () -> !allo.stream<i8, 5>
    %B_load_0_1 = "allo.stream_construct"() {name = "B_load_0_1"} : () -> !allo.stream<i8, 5>
    %B_load_0_2 = "allo.stream_construct"() {name = "B_load_0_2"} : () -> !allo.stream<i8, 5>
    %B_load_0_3 = "allo.stream_construct"() {name = "B_load_0_3"} : () -> !allo.stream<i8, 5>
    func.call @gemm_load_B(%arg1, %B_load_0_0, %B_load_0_1, %B_load_0_2, %B_load_0_3) : (memref<4x4xi8>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    %C_drain_0_0 = "allo.stream_construct"() {name = "C_drain_0_0"} : () -> !allo.stream<i16, 1>
    %C_drain_0_1 = "allo.stream_construct"() {name = "C_drain_0_1"} : () -> !allo.stream<i16, 1>
    %C_drain_0_2 = "allo.stream_construct"() {name = "C_drain_0_2"} : () -> !allo.stream<i16, 1>
    %C_drain_0_3 = "allo.stream_construct"() {name = "C_drain_0_3"} : () -> !allo.stream<i16, 1>
    %C_drain_1_0 = "allo.stream_construct"() {name = "C_drain_1_0"} : () -> !allo.stream<i16, 1>
    %C_drain_1_1 = "allo.stream_construct"() {name = "C_drain_1_1"} : () -> !allo.stream<i16, 1>
    %C_drain_1_2 = "allo.stream_construct"() {name = "C_drain_1_2"} : () -> !allo.stream<i16, 1>
    %C_drain_1_3 = "allo.stream_construct"() {name = "C_drain_1_3"} : () -> !allo.stream<i16, 1>
    %C_drain_2_0 = "allo.stream_construct"() {name = "C_drain_2_0"} : () -> !allo.stream<i16, 1>
    %C_drain_2_1 = "allo.stream_construct"() {name = "C_drain_2_1"} : () -> !allo.stream<i16, 1>
    %C_drain_2_2 = "allo.stream_construct"() {name = "C_drain_2_2"} : () -> !allo.stream<i16, 1>
    %C_drain_2_3 = "allo.stream_construct"() {name = "C_drain_2_3"} : () -> !allo.stream<i16, 1>
    %C_drain_3_0 = "allo.stream_construct"() {name = "C_drain_3_0"} : () -> !allo.stream<i16, 1>
    %C_drain_3_1 = "allo.stream_construct"() {name = "C_drain_3_1"} : () -> !allo.stream<i16, 1>
    %C_drain_3_2 = "allo.stream_construct"() {name = "C_drain_3_2"} : () -> !allo.stream<i16, 1>
    %C_drain_3_3 = "allo.stream_construct"() {name = "C_drain_3_3"} : () -> !allo.stream<i16, 1>
    func.call @gemm_PE_0_0(%A_load_0_0, %B_load_0_0, %C_drain_0_0, %A_fifo_0_1, %B_fifo_1_0) : (!allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_0_1(%B_load_0_1, %C_drain_0_1, %A_fifo_0_1, %A_fifo_0_2, %B_fifo_1_1) : (!allo.stream<i8, 5>, !allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_0_2(%B_load_0_2, %C_drain_0_2, %A_fifo_0_2, %A_fifo_0_3, %B_fifo_1_2) : (!allo.stream<i8, 5>, !allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_0_3(%B_load_0_3, %C_drain_0_3, %A_fifo_0_3, %B_fifo_1_3) : (!allo.stream<i8, 5>, !allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_1_0(%A_load_1_0, %C_drain_1_0, %A_fifo_1_1, %B_fifo_1_0, %B_fifo_2_0) : (!allo.stream<i8, 5>, !allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_1_1(%C_drain_1_1, %A_fifo_1_1, %A_fifo_1_2, %B_fifo_1_1, %B_fifo_2_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_1_2(%C_drain_1_2, %A_fifo_1_2, %A_fifo_1_3, %B_fifo_1_2, %B_fifo_2_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_1_3(%C_drain_1_3, %A_fifo_1_3, %B_fifo_1_3, %B_fifo_2_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_2_0(%A_load_2_0, %C_drain_2_0, %A_fifo_2_1, %B_fifo_2_0, %B_fifo_3_0) : (!allo.stream<i8, 5>, !allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_2_1(%C_drain_2_1, %A_fifo_2_1, %A_fifo_2_2, %B_fifo_2_1, %B_fifo_3_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_2_2(%C_drain_2_2, %A_fifo_2_2, %A_fifo_2_3, %B_fifo_2_2, %B_fifo_3_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_2_3(%C_drain_2_3, %A_fifo_2_3, %B_fifo_2_3, %B_fifo_3_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_3_0(%A_load_3_0, %C_drain_3_0, %A_fifo_3_1, %B_fifo_3_0) : (!allo.stream<i8, 5>, !allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_3_1(%C_drain_3_1, %A_fifo_3_1, %A_fifo_3_2, %B_fifo_3_1) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_3_2(%C_drain_3_2, %A_fifo_3_2, %A_fifo_3_3, %B_fifo_3_2) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_PE_3_3(%C_drain_3_3, %A_fifo_3_3, %B_fifo_3_3) : (!allo.stream<i16, 1>, !allo.stream<i8, 5>, !allo.stream<i8, 5>) -> ()
    func.call @gemm_drain_C(%C_drain_0_0, %C_drain_0_1, %C_drain_0_2, %C_drain_0_3, %C_drain_1_0, %C_drain_1_1, %C_drain_1_2, %C_drain_1_3, %C_drain_2_0, %C_drain_2_1, %C_drain_2_2, %C_drain_2_3, %C_drain_3_0, %C_drain_3_1, %C_drain_3_2, %C_drain_3_3, %alloc) : (!allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, !allo.stream<i16, 1>, memref<4x4xi16>) -> ()
    return %alloc : memref<4x4xi16>
  }
}
