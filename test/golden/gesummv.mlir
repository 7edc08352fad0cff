module {
  func.func @compute_tmp(%arg0: memref<24xf32>, %arg1: memref<24xf32>, %arg2: memref<24x24xf32>, %arg3: memref<24x24xf32>, %arg4: memref<24xf32>, %arg5: memref<24xf32>) attributes {itypes = "______", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "tt"} : memref<24xf32>
    affine.for %arg6 = 0 to 24 {
      affine.store %cst, %alloc[%arg6] : memref<24xf32>
    }
    %alloc_0 = memref.alloc() {name = "yy"} : memref<24xf32>
    affine.for %arg7 = 0 to 24 {
      affine.store %cst, %alloc_0[%arg7] : memref<24xf32>
    }
    affine.for %arg8 = 0 to 24 {
      %0 = affine.load %arg0[%arg8] : memref<24xf32>
      affine.store %0, %alloc_0[%arg8] : memref<24xf32>
    } {loop_name = "i0", op_name = "load"}
    affine.for %arg9 = 0 to 24 {
      affine.for %arg10 = 0 to 24 {
        %1 = affine.load %alloc[%arg10] : memref<24xf32>
        %2 = affine.load %arg2[%arg10, %arg9] : memref<24x24xf32>
        %3 = affine.load %arg4[%arg9] : memref<24xf32>
        %4 = arith.mulf %2, %3 : f32
        %5 = arith.addf %1, %4 : f32
        affine.store %5, %alloc[%arg10] : memref<24xf32>
        %6 = affine.load %alloc_0[%arg10] : memref<24xf32>
        %7 = affine.load %arg3[%arg10, %arg9] : memref<24x24xf32>
        %8 = affine.load %arg4[%arg9] : memref<24xf32>
        %9 = arith.mulf %7, %8 : f32
        %10 = arith.addf %6, %9 : f32
        affine.store %10, %alloc_0[%arg10] : memref<24xf32>
      } {loop_name = "i"}
    } {loop_name = "j", op_name = "tmp"}
    affine.for %arg11 = 0 to 24 {
      %11 = affine.load %alloc[%arg11] : memref<24xf32>
      affine.store %11, %arg5[%arg11] : memref<24xf32>
      %12 = affine.load %alloc_0[%arg11] : memref<24xf32>
      affine.store %12, %arg1[%arg11] : memref<24xf32>
    } {loop_name = "i1", op_name = "store"}
    return
  }
  func.func @compute_y(%arg0: memref<24xf32>, %arg1: memref<24xf32>, %arg2: memref<24xf32>) attributes {itypes = "___", otypes = ""} {
    %cst = arith.constant 0.10000000149011612 : f32
    affine.for %arg3 = 0 to 24 {
      %0 = affine.load %arg2[%arg3] : memref<24xf32>
      %1 = arith.mulf %cst, %0 : f32
      %2 = affine.load %arg0[%arg3] : memref<24xf32>
      %3 = arith.mulf %cst, %2 : f32
      %4 = arith.addf %1, %3 : f32
      affine.store %4, %arg1[%arg3] : memref<24xf32>
    } {loop_name = "i0", op_name = "load", pipeline_ii = 1 : ui32}
    return
  }
  func.func @kernel_gesummv(%arg0: memref<24x24xf32>, %arg1: memref<24x24xf32>, %arg2: memref<24xf32>, %arg3: memref<24xf32>) attributes {itypes = "____", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "y_init"} : memref<24xf32>
    affine.for %arg4 = 0 to 24 {
      affine.store %cst, %alloc[%arg4] : memref<24xf32>
    }
    %alloc_0 = memref.alloc() {name = "y_fifo"} : memref<24xf32>
    affine.for %arg5 = 0 to 24 {
      affine.store %cst, %alloc_0[%arg5] : memref<24xf32>
    }
    %alloc_1 = memref.alloc() {name = "tmp"} : memref<24xf32>
    affine.for %arg6 = 0 to 24 {
      affine.store %cst, %alloc_1[%arg6] : memref<24xf32>
    }
    func.call @compute_tmp(%alloc, %alloc_0, %arg0, %arg1, %arg2, %alloc_1) : (memref<24xf32>, memref<24xf32>, memref<24x24xf32>, memref<24x24xf32>, memref<24xf32>, memref<24xf32>) -> ()
    func.call @compute_y(%alloc_0, %arg3, %alloc_1) : (memref<24xf32>, memref<24xf32>, memref<24xf32>) -> ()
    return
  }
}
