module {
  func.func @update_C(%arg0: memref<20x20xf32> {allo.partition = "complete:2"}, %arg1: memref<20x20xf32> {allo.partition = "complete:2"}) attributes {itypes = "__", otypes = ""} {
    %cst = arith.constant 1.2000000476837158 : f32
    affine.for %arg2 = 0 to 20 {
      affine.for %arg3 = 0 to 20 {
        %0 = arith.cmpi sle, %arg3, %arg2 : index
        scf.if %0 {
          %1 = affine.load %arg0[%arg2, %arg3] : memref<20x20xf32>
          %2 = arith.mulf %cst, %1 : f32
          affine.store %2, %arg1[%arg2, %arg3] : memref<20x20xf32>
        } else {
          %3 = affine.load %arg0[%arg2, %arg3] : memref<20x20xf32>
          affine.store %3, %arg1[%arg2, %arg3] : memref<20x20xf32>
        }
      } {loop_name = "j0"}
    } {loop_name = "i0", op_name = "update", pipeline_ii = 1 : ui32}
    return
  }
  func.func @compute_sum(%arg0: memref<20x16xf32>, %arg1: memref<20x16xf32> {allo.partition = "complete:1"}, %arg2: memref<20x20xf32> {allo.partition = "complete:2"}, %arg3: memref<20x20xf32> {allo.partition = "complete:2"}) attributes {itypes = "____", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %cst_0 = arith.constant 1.5 : f32
    %alloc = memref.alloc() {name = "buffer", partition = "complete:2"} : memref<20x20xf32>
    affine.for %arg4 = 0 to 20 {
      affine.for %arg5 = 0 to 20 {
        affine.store %cst, %alloc[%arg4, %arg5] : memref<20x20xf32>
      }
    }
    affine.for %arg6 = 0 to 20 {
      affine.for %arg7 = 0 to 20 {
        %0 = affine.load %arg2[%arg6, %arg7] : memref<20x20xf32>
        affine.store %0, %alloc[%arg6, %arg7] : memref<20x20xf32>
      } {loop_name = "j0"}
    } {loop_name = "i0", op_name = "load", pipeline_ii = 1 : ui32}
    affine.for %arg8 = 0 to 20 {
      affine.for %arg9 = 0 to 16 {
        affine.for %arg10 = 0 to 20 {
          %1 = arith.cmpi sle, %arg10, %arg8 : index
          scf.if %1 {
            %2 = affine.load %alloc[%arg8, %arg10] : memref<20x20xf32>
            %3 = affine.load %arg0[%arg8, %arg9] : memref<20x16xf32>
            %4 = arith.mulf %cst_0, %3 : f32
            %5 = affine.load %arg1[%arg10, %arg9] : memref<20x16xf32>
            %6 = arith.mulf %4, %5 : f32
            %7 = arith.addf %2, %6 : f32
            affine.store %7, %alloc[%arg8, %arg10] : memref<20x20xf32>
          }
        } {loop_name = "j1"}
      } {loop_name = "k1", pipeline_ii = 1 : ui32}
    } {loop_name = "i1", op_name = "sum"}
    affine.for %arg11 = 0 to 20 {
      affine.for %arg12 = 0 to 20 {
        %8 = affine.load %alloc[%arg11, %arg12] : memref<20x20xf32>
        affine.store %8, %arg3[%arg11, %arg12] : memref<20x20xf32>
      } {loop_name = "j2"}
    } {loop_name = "i2", op_name = "store", pipeline_ii = 1 : ui32}
    return
  }
  func.func @kernel_syr2k(%arg0: memref<20x16xf32>, %arg1: memref<20x16xf32> {allo.partition = "complete:1"}, %arg2: memref<20x20xf32> {allo.partition = "complete:2"}, %arg3: memref<20x20xf32> {allo.partition = "complete:2"}) attributes {itypes = "____", otypes = ""} {
    %cst = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "C", partition = "complete:2"} : memref<20x20xf32>
    affine.for %arg4 = 0 to 20 {
      affine.for %arg5 = 0 to 20 {
        affine.store %cst, %alloc[%arg4, %arg5] : memref<20x20xf32>
      }
    }
    func.call @update_C(%arg2, %alloc) : (memref<20x20xf32>, memref<20x20xf32>) -> ()
    func.call @compute_sum(%arg0, %arg1, %alloc, %arg3) : (memref<20x16xf32>, memref<20x16xf32>, memref<20x20xf32>, memref<20x20xf32>) -> ()
    return
  }
}
