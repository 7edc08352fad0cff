module {
  func.func @gemm_0_0(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>) attributes {itypes = "___", otypes = ""} {
    return
  }
  func.func @gemm_0_1(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg1[%arg4, 0] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_0_2(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg1[%arg4, 1] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_0_3(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg1[%arg4, 2] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_0_4(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg1[%arg4, 3] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_0_5(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>) attributes {itypes = "___", otypes = ""} {
    return
  }
  func.func @gemm_1_0(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg0[0, %arg4] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_1_1(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[0, 0] : memref<4x4xf32>
    return
  }
  func.func @gemm_1_2(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[0, 1] : memref<4x4xf32>
    return
  }
  func.func @gemm_1_3(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[0, 2] : memref<4x4xf32>
    return
  }
  func.func @gemm_1_4(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[0, 3] : memref<4x4xf32>
    return
  }
  func.func @gemm_1_5(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_2_0(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg0[1, %arg4] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_2_1(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[1, 0] : memref<4x4xf32>
    return
  }
  func.func @gemm_2_2(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[1, 1] : memref<4x4xf32>
    return
  }
  func.func @gemm_2_3(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[1, 2] : memref<4x4xf32>
    return
  }
  func.func @gemm_2_4(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[1, 3] : memref<4x4xf32>
    return
  }
  func.func @gemm_2_5(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_3_0(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg0[2, %arg4] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_3_1(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[2, 0] : memref<4x4xf32>
    return
  }
  func.func @gemm_3_2(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[2, 1] : memref<4x4xf32>
    return
  }
  func.func @gemm_3_3(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[2, 2] : memref<4x4xf32>
    return
  }
  func.func @gemm_3_4(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[2, 3] : memref<4x4xf32>
    return
  }
  func.func @gemm_3_5(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_4_0(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %0 = affine.load %arg0[3, %arg4] : memref<4x4xf32>
      "allo.stream_put"(%arg3, %0) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_4_1(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[3, 0] : memref<4x4xf32>
    return
  }
  func.func @gemm_4_2(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[3, 1] : memref<4x4xf32>
    return
  }
  func.func @gemm_4_3(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[3, 2] : memref<4x4xf32>
    return
  }
  func.func @gemm_4_4(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>, %arg4: !allo.stream<f32, 4>, %arg5: !allo.stream<f32, 4>, %arg6: !allo.stream<f32, 4>) attributes {itypes = "_______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "c"} : memref<f32>
    affine.store %cst, %alloc[] : memref<f32>
    affine.for %arg7 = 0 to 4 {
      %alloc_0 = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "b"} : memref<f32>
      %1 = "allo.stream_get"(%arg4) : (!allo.stream<f32, 4>) -> f32
      affine.store %1, %alloc_1[] : memref<f32>
      %2 = affine.load %alloc[] : memref<f32>
      %3 = affine.load %alloc_0[] : memref<f32>
      %4 = affine.load %alloc_1[] : memref<f32>
      %5 = arith.mulf %3, %4 : f32
      %6 = arith.addf %2, %5 : f32
      affine.store %6, %alloc[] : memref<f32>
      %7 = affine.load %alloc_0[] : memref<f32>
      "allo.stream_put"(%arg5, %7) : (!allo.stream<f32, 4>, f32) -> ()
      %8 = affine.load %alloc_1[] : memref<f32>
      "allo.stream_put"(%arg6, %8) : (!allo.stream<f32, 4>, f32) -> ()
    } {loop_name = "k", op_name = "S_k_0"}
    %9 = affine.load %alloc[] : memref<f32>
    affine.store %9, %arg2[3, 3] : memref<4x4xf32>
    return
  }
  func.func @gemm_4_5(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "a"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_5_0(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>) attributes {itypes = "___", otypes = ""} {
    return
  }
  func.func @gemm_5_1(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "b"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_5_2(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "b"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_5_3(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "b"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_5_4(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>, %arg3: !allo.stream<f32, 4>) attributes {itypes = "____", otypes = ""} {
    affine.for %arg4 = 0 to 4 {
      %alloc = memref.alloc() {name = "b"} : memref<f32>
      %0 = "allo.stream_get"(%arg3) : (!allo.stream<f32, 4>) -> f32
      affine.store %0, %alloc[] : memref<f32>
    } {loop_name = "k", op_name = "S_k_0"}
    return
  }
  func.func @gemm_5_5(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>) attributes {itypes = "___", otypes = ""} {
    return
  }
  func.func @top(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>) attributes {itypes = "___", otypes = "", dataflow} {
    %fifo_B_1_1 = "allo.stream_construct"() {name = "fifo_B_1_1"} : () -> !allo.stream<f32, 4>
    %fifo_B_1_2 = "allo.stream_construct"() {name = "fifo_B_1_2"} : () -> !allo.stream<f32, 4>
    %fifo_B_1_3 = "allo.stream_construct"() {name = "fifo_B_1_3"} : () -> !allo.stream<f32, 4>
    %fifo_B_1_4 = "allo.stream_construct"() {name = "fifo_B_1_4"} : () -> !allo.stream<f32, 4>
    %fifo_A_1_1 = "allo.stream_construct"() {name = "fifo_A_1_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_1_2 = "allo.stream_construct"() {name = "fifo_A_1_2"} : () -> !allo.stream<f32, 4>
    %fifo_B_2_1 = "allo.stream_construct"() {name = "fifo_B_2_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_1_3 = "allo.stream_construct"() {name = "fifo_A_1_3"} : () -> !allo.stream<f32, 4>
    %fifo_B_2_2 = "allo.stream_construct"() {name = "fifo_B_2_2"} : () -> !allo.stream<f32, 4>
    %fifo_A_1_4 = "allo.stream_construct"() {name = "fifo_A_1_4"} : () -> !allo.stream<f32, 4>
    %fifo_B_2_3 = "allo.stream_construct"() {name = "fifo_B_2_3"} : () -> !allo.stream<f32, 4>
    %fifo_A_1_5 = "allo.stream_construct"() {name = "fifo_A_1_5"} : () -> !allo.stream<f32, 4>
    %fifo_B_2_4 = "allo.stream_construct"() {name = "fifo_B_2_4"} : () -> !allo.stream<f32, 4>
    %fifo_A_2_1 = "allo.stream_construct"() {name = "fifo_A_2_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_2_2 = "allo.stream_construct"() {name = "fifo_A_2_2"} : () -> !allo.stream<f32, 4>
    %fifo_B_3_1 = "allo.stream_construct"() {name = "fifo_B_3_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_2_3 = "allo.stream_construct"() {name = "fifo_A_2_3"} : () -> !allo.stream<f32, 4>
    %fifo_B_3_2 = "allo.stream_construct"() {name = "fifo_B_3_2"} : () -> !allo.stream<f32, 4>
    %fifo_A_2_4 = "allo.stream_construct"() {name = "fifo_A_2_4"} : () -> !allo.stream<f32, 4>
    %fifo_B_3_3 = "allo.stream_construct"() {name = "fifo_B_3_3"} : () -> !allo.stream<f32, 4>
    %fifo_A_2_5 = "allo.stream_construct"() {name = "fifo_A_2_5"} : () -> !allo.stream<f32, 4>
    %fifo_B_3_4 = "allo.stream_construct"() {name = "fifo_B_3_4"} : () -> !allo.stream<f32, 4>
    %fifo_A_3_1 = "allo.stream_construct"() {name = "fifo_A_3_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_3_2 = "allo.stream_construct"() {name = "fifo_A_3_2"} : () -> !allo.stream<f32, 4>
    %fifo_B_4_1 = "allo.stream_construct"() {name = "fifo_B_4_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_3_3 = "allo.stream_construct"() {name = "fifo_A_3_3"} : () -> !allo.stream<f32, 4>
    %fifo_B_4_2 = "allo.stream_construct"() {name = "fifo_B_4_2"} : () -> !allo.stream<f32, 4>
    %fifo_A_3_4 = "allo.stream_construct"() {name = "fifo_A_3_4"} : () -> !allo.stream<f32, 4>
    %fifo_B_4_3 = "allo.stream_construct"() {name = "fifo_B_4_3"} : () -> !allo.stream<f32, 4>
    %fifo_A_3_5 = "allo.stream_construct"() {name = "fifo_A_3_5"} : () -> !allo.stream<f32, 4>
    %fifo_B_4_4 = "allo.stream_construct"() {name = "fifo_B_4_4"} : () -> !allo.stream<f32, 4>
    %fifo_A_4_1 = "allo.stream_construct"() {name = "fifo_A_4_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_4_2 = "allo.stream_construct"() {name = "fifo_A_4_2"} : () -> !allo.stream<f32, 4>
    %fifo_B_5_1 = "allo.stream_construct"() {name = "fifo_B_5_1"} : () -> !allo.stream<f32, 4>
    %fifo_A_4_3 = "allo.stream_construct"() {name = "fifo_A_4_3"} : () -> !allo.stream<f32, 4>
    %fifo_B_5_2 = "allo.stream_construct"() {name = "fifo_B_5_2"} : () -> !allo.stream<f32, 4>
    %fifo_A_4_4 = "allo.stream_construct"() {name = "fifo_A_4_4"} : () -> !allo.stream<f32, 4>
    %fifo_B_5_3 = "allo.stream_construct"() {name = "fifo_B_5_3"} : () -> !allo.stream<f32, 4>
    %fifo_A_4_5 = "allo.stream_construct"() {name = "fifo_A_4_5"} : () -> !allo.stream<f32, 4>
    %fifo_B_5_4 = "allo.stream_construct"() {name = "fifo_B_5_4"} : () -> !allo.stream<f32, 4>
    func.call @gemm_0_0(%arg0, %arg1, %arg2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>) -> ()
    func.call @gemm_0_1(%arg0, %arg1, %arg2, %fifo_B_1_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_0_2(%arg0, %arg1, %arg2, %fifo_B_1_2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_0_3(%arg0, %arg1, %arg2, %fifo_B_1_3) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_0_4(%arg0, %arg1, %arg2, %fifo_B_1_4) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_0_5(%arg0, %arg1, %arg2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>) -> ()
    func.call @gemm_1_0(%arg0, %arg1, %arg2, %fifo_A_1_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_1_1(%arg0, %arg1, %arg2, %fifo_A_1_1, %fifo_B_1_1, %fifo_A_1_2, %fifo_B_2_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_1_2(%arg0, %arg1, %arg2, %fifo_A_1_2, %fifo_B_1_2, %fifo_A_1_3, %fifo_B_2_2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_1_3(%arg0, %arg1, %arg2, %fifo_A_1_3, %fifo_B_1_3, %fifo_A_1_4, %fifo_B_2_3) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_1_4(%arg0, %arg1, %arg2, %fifo_A_1_4, %fifo_B_1_4, %fifo_A_1_5, %fifo_B_2_4) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_1_5(%arg0, %arg1, %arg2, %fifo_A_1_5) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_2_0(%arg0, %arg1, %arg2, %fifo_A_2_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_2_1(%arg0, %arg1, %arg2, %fifo_A_2_1, %fifo_B_2_1, %fifo_A_2_2, %fifo_B_3_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_2_2(%arg0, %arg1, %arg2, %fifo_A_2_2, %fifo_B_2_2, %fifo_A_2_3, %fifo_B_3_2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_2_3(%arg0, %arg1, %arg2, %fifo_A_2_3, %fifo_B_2_3, %fifo_A_2_4, %fifo_B_3_3) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_2_4(%arg0, %arg1, %arg2, %fifo_A_2_4, %fifo_B_2_4, %fifo_A_2_5, %fifo_B_3_4) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_2_5(%arg0, %arg1, %arg2, %fifo_A_2_5) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_3_0(%arg0, %arg1, %arg2, %fifo_A_3_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_3_1(%arg0, %arg1, %arg2, %fifo_A_3_1, %fifo_B_3_1, %fifo_A_3_2, %fifo_B_4_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_3_2(%arg0, %arg1, %arg2, %fifo_A_3_2, %fifo_B_3_2, %fifo_A_3_3, %fifo_B_4_2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_3_3(%arg0, %arg1, %arg2, %fifo_A_3_3, %fifo_B_3_3, %fifo_A_3_4, %fifo_B_4_3) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_3_4(%arg0, %arg1, %arg2, %fifo_A_3_4, %fifo_B_3_4, %fifo_A_3_5, %fifo_B_4_4) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_3_5(%arg0, %arg1, %arg2, %fifo_A_3_5) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_4_0(%arg0, %arg1, %arg2, %fifo_A_4_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_4_1(%arg0, %arg1, %arg2, %fifo_A_4_1, %fifo_B_4_1, %fifo_A_4_2, %fifo_B_5_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_4_2(%arg0, %arg1, %arg2, %fifo_A_4_2, %fifo_B_4_2, %fifo_A_4_3, %fifo_B_5_2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_4_3(%arg0, %arg1, %arg2, %fifo_A_4_3, %fifo_B_4_3, %fifo_A_4_4, %fifo_B_5_3) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_4_4(%arg0, %arg1, %arg2, %fifo_A_4_4, %fifo_B_4_4, %fifo_A_4_5, %fifo_B_5_4) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_4_5(%arg0, %arg1, %arg2, %fifo_A_4_5) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_5_0(%arg0, %arg1, %arg2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>) -> ()
    func.call @gemm_5_1(%arg0, %arg1, %arg2, %fifo_B_5_1) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_5_2(%arg0, %arg1, %arg2, %fifo_B_5_2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_5_3(%arg0, %arg1, %arg2, %fifo_B_5_3) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_5_4(%arg0, %arg1, %arg2, %fifo_B_5_4) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>, !allo.stream<f32, 4>) -> ()
    func.call @gemm_5_5(%arg0, %arg1, %arg2) : (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>) -> ()
    return
  }
}
