module {
  func.func @scale(%arg0: memref<16xi32>, %arg1: i32) -> memref<16xi32> attributes {itypes = "ss", otypes = "s"} {
    %c0_i32 = arith.constant 0 : i32
    %alloc = memref.alloc() {name = "out"} : memref<16xi32>
    affine.for %arg2 = 0 to 16 {
      affine.store %c0_i32, %alloc[%arg2] : memref<16xi32>
    }
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %arg0[%arg3] : memref<16xi32>
      %1 = arith.extsi %0 : i32 to i64
      %2 = arith.extsi %arg1 : i32 to i64
      %3 = arith.muli %1, %2 : i64
      %4 = arith.trunci %3 : i64 to i32
      affine.store %4, %alloc[%arg3] : memref<16xi32>
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc : memref<16xi32>
  }
  func.func @accumulate(%arg0: memref<16xi32>, %arg1: memref<16xi32>) attributes {itypes = "ss", otypes = ""} {
    affine.for %arg2 = 0 to 16 {
      %0 = affine.load %arg0[%arg2] : memref<16xi32>
      %1 = arith.extsi %0 : i32 to i33
      %2 = affine.load %arg1[%arg2] : memref<16xi32>
      %3 = arith.extsi %2 : i32 to i33
      %4 = arith.addi %1, %3 : i33
      %5 = arith.trunci %4 : i33 to i32
      affine.store %5, %arg0[%arg2] : memref<16xi32>
    } {loop_name = "i", op_name = "S_i_0"}
    return
  }
  func.func @prefix_and_diff(%arg0: memref<16xi32>) -> (memref<16xi32>, memref<16xi32>) attributes {itypes = "s", otypes = "ss"} {
    %c0_i32 = arith.constant 0 : i32
    %c0 = arith.constant 0 : index
    %alloc = memref.alloc() {name = "pre"} : memref<16xi32>
    affine.for %arg1 = 0 to 16 {
      affine.store %c0_i32, %alloc[%arg1] : memref<16xi32>
    }
    %alloc_0 = memref.alloc() {name = "dif"} : memref<16xi32>
    affine.for %arg2 = 0 to 16 {
      affine.store %c0_i32, %alloc_0[%arg2] : memref<16xi32>
    }
    %alloc_1 = memref.alloc() {name = "run"} : memref<i32>
    affine.store %c0_i32, %alloc_1[] : memref<i32>
    affine.for %arg3 = 0 to 16 {
      %0 = affine.load %alloc_1[] : memref<i32>
      %1 = arith.extsi %0 : i32 to i33
      %2 = affine.load %arg0[%arg3] : memref<16xi32>
      %3 = arith.extsi %2 : i32 to i33
      %4 = arith.addi %1, %3 : i33
      %5 = arith.trunci %4 : i33 to i32
      affine.store %5, %alloc_1[] : memref<i32>
      %6 = affine.load %alloc_1[] : memref<i32>
      affine.store %6, %alloc[%arg3] : memref<16xi32>
      %7 = arith.cmpi eq, %arg3, %c0 : index
      scf.if %7 {
        %8 = affine.load %arg0[%arg3] : memref<16xi32>
        affine.store %8, %alloc_0[%arg3] : memref<16xi32>
      } else {
        %9 = affine.load %arg0[%arg3] : memref<16xi32>
        %10 = arith.extsi %9 : i32 to i33
        %11 = affine.load %arg0[%arg3 - 1] : memref<16xi32>
        %12 = arith.extsi %11 : i32 to i33
        %13 = arith.subi %10, %12 : i33
        %14 = arith.trunci %13 : i33 to i32
        affine.store %14, %alloc_0[%arg3] : memref<16xi32>
      }
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc, %alloc_0 : memref<16xi32>, memref<16xi32>
  }
  func.func @dot(%arg0: memref<16xi32>, %arg1: memref<16xi32>) -> i32 attributes {itypes = "ss", otypes = "s"} {
    %c0_i32 = arith.constant 0 : i32
    %alloc = memref.alloc() {name = "acc"} : memref<i32>
    affine.store %c0_i32, %alloc[] : memref<i32>
    affine.for %arg2 = 0 to 16 {
      %0 = affine.load %alloc[] : memref<i32>
      %1 = arith.extsi %0 : i32 to i65
      %2 = affine.load %arg0[%arg2] : memref<16xi32>
      %3 = arith.extsi %2 : i32 to i64
      %4 = affine.load %arg1[%arg2] : memref<16xi32>
      %5 = arith.extsi %4 : i32 to i64
      %6 = arith.muli %3, %5 : i64
      %7 = arith.extsi %6 : i64 to i65
      %8 = arith.addi %1, %7 : i65
      %9 = arith.trunci %8 : i65 to i32
      affine.store %9, %alloc[] : memref<i32>
    } {loop_name = "i", op_name = "S_i_0"}
    %10 = affine.load %alloc[] : memref<i32>
    return %10 : i32
  }
  func.func @top(%arg0: memref<16xi32>, %arg1: memref<16xi32>, %arg2: i32, %arg3: memref<16xi32>) -> (memref<16xi32>, memref<16xi32>) attributes {itypes = "ssss", otypes = "ss"} {
    %c0_i32 = arith.constant 0 : i32
    %alloc_0 = memref.alloc() {name = "scaled"} : memref<16xi32>
    %alloc_1 = memref.alloc() {name = "pre"} : memref<16xi32>
    %alloc_2 = memref.alloc() {name = "dif"} : memref<16xi32>
    %alloc_4 = memref.alloc() {name = "dot_r0"} : memref<i32>
    %c4_i34 = arith.constant 4 : i34
    %c3_i32 = arith.constant 3 : i32
    %alloc = memref.alloc() {name = "tmp"} : memref<16xi32>
    affine.for %arg4 = 0 to 16 {
      affine.store %c0_i32, %alloc[%arg4] : memref<16xi32>
    }
    %0 = func.call @scale(%arg0, %arg2) : (memref<16xi32>, i32) -> memref<16xi32>
    memref.copy %0, %alloc_0 : memref<16xi32> to memref<16xi32>
    func.call @accumulate(%alloc, %alloc_0) : (memref<16xi32>, memref<16xi32>) -> ()
    func.call @accumulate(%alloc, %arg1) : (memref<16xi32>, memref<16xi32>) -> ()
    %1:2 = func.call @prefix_and_diff(%alloc) : (memref<16xi32>) -> (memref<16xi32>, memref<16xi32>)
    memref.copy %1#0, %alloc_1 : memref<16xi32> to memref<16xi32>
    memref.copy %1#1, %alloc_2 : memref<16xi32> to memref<16xi32>
    %alloc_3 = memref.alloc() {name = "d"} : memref<i32>
    %2 = func.call @dot(%arg0, %arg1) : (memref<16xi32>, memref<16xi32>) -> i32
    affine.store %2, %alloc_4[] : memref<i32>
    %3 = affine.load %alloc_4[] : memref<i32>
    affine.store %3, %alloc_3[] : memref<i32>
    affine.for %arg5 = 0 to 16 {
      %4 = affine.load %alloc_3[] : memref<i32>
      %5 = arith.extsi %4 : i32 to i34
      %6 = arith.index_cast %arg5 : index to i32
      %7 = arith.extsi %6 : i32 to i34
      %8 = arith.addi %5, %7 : i34
      %9 = arith.floordivsi %8, %c4_i34 : i34
      %10 = arith.extsi %9 : i34 to i35
      %11 = affine.load %arg0[%arg5] : memref<16xi32>
      %12 = arith.remsi %11, %c3_i32 : i32
      %13 = arith.extsi %12 : i32 to i35
      %14 = arith.addi %10, %13 : i35
      %15 = arith.trunci %14 : i35 to i32
      affine.store %15, %arg3[%arg5] : memref<16xi32>
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc_1, %alloc_2 : memref<16xi32>, memref<16xi32>
  }
}
