module {
  func.func @norm_0(%arg0: memref<16x64xf32>, %arg1: memref<2x64xf32>, %arg2: memref<16x64xf32>) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %c64_i32 = arith.constant 64 : i32
    %cst_0 = arith.constant 1.0 : f32
    %cst_1 = arith.constant 0.000009999999747378752 : f32
    affine.for %arg3 = 0 to 4 {
      %alloc = memref.alloc() {name = "total"} : memref<f32>
      affine.store %cst, %alloc[] : memref<f32>
      affine.for %arg4 = 0 to 64 {
        %0 = affine.load %alloc[] : memref<f32>
        %1 = affine.load %arg0[%arg3, %arg4] : memref<16x64xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_0"}
      %alloc_0 = memref.alloc() {name = "mean"} : memref<f32>
      %3 = affine.load %alloc[] : memref<f32>
      %4 = arith.sitofp %c64_i32 : i32 to f32
      %5 = arith.divf %3, %4 : f32
      affine.store %5, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "sq"} : memref<f32>
      affine.store %cst, %alloc_1[] : memref<f32>
      affine.for %arg5 = 0 to 64 {
        %alloc_2 = memref.alloc() {name = "diff"} : memref<f32>
        %6 = affine.load %arg0[%arg3, %arg5] : memref<16x64xf32>
        %7 = affine.load %alloc_0[] : memref<f32>
        %8 = arith.subf %6, %7 : f32
        affine.store %8, %alloc_2[] : memref<f32>
        %9 = affine.load %alloc_1[] : memref<f32>
        %10 = affine.load %alloc_2[] : memref<f32>
        %11 = affine.load %alloc_2[] : memref<f32>
        %12 = arith.mulf %10, %11 : f32
        %13 = arith.addf %9, %12 : f32
        affine.store %13, %alloc_1[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_1"}
      %alloc_3 = memref.alloc() {name = "inv"} : memref<f32>
      %14 = affine.load %alloc_1[] : memref<f32>
      %15 = arith.sitofp %c64_i32 : i32 to f32
      %16 = arith.divf %14, %15 : f32
      %17 = arith.addf %16, %cst_1 : f32
      %18 = math.sqrt %17 : f32
      %19 = arith.divf %cst_0, %18 : f32
      affine.store %19, %alloc_3[] : memref<f32>
      affine.for %arg6 = 0 to 64 {
        %20 = affine.load %arg0[%arg3, %arg6] : memref<16x64xf32>
        %21 = affine.load %alloc_0[] : memref<f32>
        %22 = arith.subf %20, %21 : f32
        %23 = affine.load %alloc_3[] : memref<f32>
        %24 = arith.mulf %22, %23 : f32
        %25 = affine.load %arg1[0, %arg6] : memref<2x64xf32>
        %26 = arith.mulf %24, %25 : f32
        %27 = affine.load %arg1[1, %arg6] : memref<2x64xf32>
        %28 = arith.addf %26, %27 : f32
        affine.store %28, %arg2[%arg3, %arg6] : memref<16x64xf32>
      } {loop_name = "d", op_name = "S_d_2"}
    } {loop_name = "r", op_name = "S_r_0"}
    return
  }
  func.func @norm_1(%arg0: memref<16x64xf32>, %arg1: memref<2x64xf32>, %arg2: memref<16x64xf32>) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %c64_i32 = arith.constant 64 : i32
    %cst_0 = arith.constant 1.0 : f32
    %cst_1 = arith.constant 0.000009999999747378752 : f32
    affine.for %arg3 = 0 to 4 {
      %alloc = memref.alloc() {name = "total"} : memref<f32>
      affine.store %cst, %alloc[] : memref<f32>
      affine.for %arg4 = 0 to 64 {
        %0 = affine.load %alloc[] : memref<f32>
        %1 = affine.load %arg0[%arg3 + 4, %arg4] : memref<16x64xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_0"}
      %alloc_0 = memref.alloc() {name = "mean"} : memref<f32>
      %3 = affine.load %alloc[] : memref<f32>
      %4 = arith.sitofp %c64_i32 : i32 to f32
      %5 = arith.divf %3, %4 : f32
      affine.store %5, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "sq"} : memref<f32>
      affine.store %cst, %alloc_1[] : memref<f32>
      affine.for %arg5 = 0 to 64 {
        %alloc_2 = memref.alloc() {name = "diff"} : memref<f32>
        %6 = affine.load %arg0[%arg3 + 4, %arg5] : memref<16x64xf32>
        %7 = affine.load %alloc_0[] : memref<f32>
        %8 = arith.subf %6, %7 : f32
        affine.store %8, %alloc_2[] : memref<f32>
        %9 = affine.load %alloc_1[] : memref<f32>
        %10 = affine.load %alloc_2[] : memref<f32>
        %11 = affine.load %alloc_2[] : memref<f32>
        %12 = arith.mulf %10, %11 : f32
        %13 = arith.addf %9, %12 : f32
        affine.store %13, %alloc_1[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_1"}
      %alloc_3 = memref.alloc() {name = "inv"} : memref<f32>
      %14 = affine.load %alloc_1[] : memref<f32>
      %15 = arith.sitofp %c64_i32 : i32 to f32
      %16 = arith.divf %14, %15 : f32
      %17 = arith.addf %16, %cst_1 : f32
      %18 = math.sqrt %17 : f32
      %19 = arith.divf %cst_0, %18 : f32
      affine.store %19, %alloc_3[] : memref<f32>
      affine.for %arg6 = 0 to 64 {
        %20 = affine.load %arg0[%arg3 + 4, %arg6] : memref<16x64xf32>
        %21 = affine.load %alloc_0[] : memref<f32>
        %22 = arith.subf %20, %21 : f32
        %23 = affine.load %alloc_3[] : memref<f32>
        %24 = arith.mulf %22, %23 : f32
        %25 = affine.load %arg1[0, %arg6] : memref<2x64xf32>
        %26 = arith.mulf %24, %25 : f32
        %27 = affine.load %arg1[1, %arg6] : memref<2x64xf32>
        %28 = arith.addf %26, %27 : f32
        affine.store %28, %arg2[%arg3 + 4, %arg6] : memref<16x64xf32>
      } {loop_name = "d", op_name = "S_d_2"}
    } {loop_name = "r", op_name = "S_r_0"}
    return
  }
  func.func @norm_2(%arg0: memref<16x64xf32>, %arg1: memref<2x64xf32>, %arg2: memref<16x64xf32>) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %c64_i32 = arith.constant 64 : i32
    %cst_0 = arith.constant 1.0 : f32
    %cst_1 = arith.constant 0.000009999999747378752 : f32
    affine.for %arg3 = 0 to 4 {
      %alloc = memref.alloc() {name = "total"} : memref<f32>
      affine.store %cst, %alloc[] : memref<f32>
      affine.for %arg4 = 0 to 64 {
        %0 = affine.load %alloc[] : memref<f32>
        %1 = affine.load %arg0[%arg3 + 8, %arg4] : memref<16x64xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_0"}
      %alloc_0 = memref.alloc() {name = "mean"} : memref<f32>
      %3 = affine.load %alloc[] : memref<f32>
      %4 = arith.sitofp %c64_i32 : i32 to f32
      %5 = arith.divf %3, %4 : f32
      affine.store %5, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "sq"} : memref<f32>
      affine.store %cst, %alloc_1[] : memref<f32>
      affine.for %arg5 = 0 to 64 {
        %alloc_2 = memref.alloc() {name = "diff"} : memref<f32>
        %6 = affine.load %arg0[%arg3 + 8, %arg5] : memref<16x64xf32>
        %7 = affine.load %alloc_0[] : memref<f32>
        %8 = arith.subf %6, %7 : f32
        affine.store %8, %alloc_2[] : memref<f32>
        %9 = affine.load %alloc_1[] : memref<f32>
        %10 = affine.load %alloc_2[] : memref<f32>
        %11 = affine.load %alloc_2[] : memref<f32>
        %12 = arith.mulf %10, %11 : f32
        %13 = arith.addf %9, %12 : f32
        affine.store %13, %alloc_1[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_1"}
      %alloc_3 = memref.alloc() {name = "inv"} : memref<f32>
      %14 = affine.load %alloc_1[] : memref<f32>
      %15 = arith.sitofp %c64_i32 : i32 to f32
      %16 = arith.divf %14, %15 : f32
      %17 = arith.addf %16, %cst_1 : f32
      %18 = math.sqrt %17 : f32
      %19 = arith.divf %cst_0, %18 : f32
      affine.store %19, %alloc_3[] : memref<f32>
      affine.for %arg6 = 0 to 64 {
        %20 = affine.load %arg0[%arg3 + 8, %arg6] : memref<16x64xf32>
        %21 = affine.load %alloc_0[] : memref<f32>
        %22 = arith.subf %20, %21 : f32
        %23 = affine.load %alloc_3[] : memref<f32>
        %24 = arith.mulf %22, %23 : f32
        %25 = affine.load %arg1[0, %arg6] : memref<2x64xf32>
        %26 = arith.mulf %24, %25 : f32
        %27 = affine.load %arg1[1, %arg6] : memref<2x64xf32>
        %28 = arith.addf %26, %27 : f32
        affine.store %28, %arg2[%arg3 + 8, %arg6] : memref<16x64xf32>
      } {loop_name = "d", op_name = "S_d_2"}
    } {loop_name = "r", op_name = "S_r_0"}
    return
  }
  func.func @norm_3(%arg0: memref<16x64xf32>, %arg1: memref<2x64xf32>, %arg2: memref<16x64xf32>) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %c64_i32 = arith.constant 64 : i32
    %cst_0 = arith.constant 1.0 : f32
    %cst_1 = arith.constant 0.000009999999747378752 : f32
    affine.for %arg3 = 0 to 4 {
      %alloc = memref.alloc() {name = "total"} : memref<f32>
      affine.store %cst, %alloc[] : memref<f32>
      affine.for %arg4 = 0 to 64 {
        %0 = affine.load %alloc[] : memref<f32>
        %1 = affine.load %arg0[%arg3 + 12, %arg4] : memref<16x64xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_0"}
      %alloc_0 = memref.alloc() {name = "mean"} : memref<f32>
      %3 = affine.load %alloc[] : memref<f32>
      %4 = arith.sitofp %c64_i32 : i32 to f32
      %5 = arith.divf %3, %4 : f32
      affine.store %5, %alloc_0[] : memref<f32>
      %alloc_1 = memref.alloc() {name = "sq"} : memref<f32>
      affine.store %cst, %alloc_1[] : memref<f32>
      affine.for %arg5 = 0 to 64 {
        %alloc_2 = memref.alloc() {name = "diff"} : memref<f32>
        %6 = affine.load %arg0[%arg3 + 12, %arg5] : memref<16x64xf32>
        %7 = affine.load %alloc_0[] : memref<f32>
        %8 = arith.subf %6, %7 : f32
        affine.store %8, %alloc_2[] : memref<f32>
        %9 = affine.load %alloc_1[] : memref<f32>
        %10 = affine.load %alloc_2[] : memref<f32>
        %11 = affine.load %alloc_2[] : memref<f32>
        %12 = arith.mulf %10, %11 : f32
        %13 = arith.addf %9, %12 : f32
        affine.store %13, %alloc_1[] : memref<f32>
      } {loop_name = "d", op_name = "S_d_1"}
      %alloc_3 = memref.alloc() {name = "inv"} : memref<f32>
      %14 = affine.load %alloc_1[] : memref<f32>
      %15 = arith.sitofp %c64_i32 : i32 to f32
      %16 = arith.divf %14, %15 : f32
      %17 = arith.addf %16, %cst_1 : f32
      %18 = math.sqrt %17 : f32
      %19 = arith.divf %cst_0, %18 : f32
      affine.store %19, %alloc_3[] : memref<f32>
      affine.for %arg6 = 0 to 64 {
        %20 = affine.load %arg0[%arg3 + 12, %arg6] : memref<16x64xf32>
        %21 = affine.load %alloc_0[] : memref<f32>
        %22 = arith.subf %20, %21 : f32
        %23 = affine.load %alloc_3[] : memref<f32>
        %24 = arith.mulf %22, %23 : f32
        %25 = affine.load %arg1[0, %arg6] : memref<2x64xf32>
        %26 = arith.mulf %24, %25 : f32
        %27 = affine.load %arg1[1, %arg6] : memref<2x64xf32>
        %28 = arith.addf %26, %27 : f32
        affine.store %28, %arg2[%arg3 + 12, %arg6] : memref<16x64xf32>
      } {loop_name = "d", op_name = "S_d_2"}
    } {loop_name = "r", op_name = "S_r_0"}
    return
  }
  func.func @top(%arg0: memref<16x64xf32>, %arg1: memref<2x64xf32>, %arg2: memref<16x64xf32>) attributes {itypes = "___", otypes = "", dataflow} {
    func.call @norm_0(%arg0, %arg1, %arg2) : (memref<16x64xf32>, memref<2x64xf32>, memref<16x64xf32>) -> ()
    func.call @norm_1(%arg0, %arg1, %arg2) : (memref<16x64xf32>, memref<2x64xf32>, memref<16x64xf32>) -> ()
    func.call @norm_2(%arg0, %arg1, %arg2) : (memref<16x64xf32>, memref<2x64xf32>, memref<16x64xf32>) -> ()
    func.call @norm_3(%arg0, %arg1, %arg2) : (memref<16x64xf32>, memref<2x64xf32>, memref<16x64xf32>) -> ()
    return
  }
}
