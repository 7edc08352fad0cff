module {
  func.func @producer_0(%arg0: memref<16x16xi32>, %arg1: !allo.stream<i32, 2>) attributes {itypes = "ss", otypes = ""} {
    %c1_i33 = arith.constant 1 : i33
    affine.for %arg2 = 0 to 16 {
      affine.for %arg3 = 0 to 16 {
        %0 = affine.load %arg0[%arg2, %arg3] : memref<16x16xi32>
        %1 = arith.extsi %0 : i32 to i33
        %2 = arith.addi %1, %c1_i33 : i33
        %3 = arith.trunci %2 : i33 to i32
        "allo.stream_put"(%arg1, %3) : (!allo.stream<i32, 2>, i32) -> ()
      } {loop_name = "j"}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return
  }
  func.func @consumer_0(%arg0: memref<16x16xi32>, %arg1: !allo.stream<i32, 2>) attributes {itypes = "ss", otypes = ""} {
    %c2_i64 = arith.constant 2 : i64
    affine.for %arg2 = 0 to 16 {
      affine.for %arg3 = 0 to 16 {
        %0 = "allo.stream_get"(%arg1) : (!allo.stream<i32, 2>) -> i32
        %1 = arith.extsi %0 : i32 to i64
        %2 = arith.muli %1, %c2_i64 : i64
        %3 = arith.trunci %2 : i64 to i32
        affine.store %3, %arg0[%arg2, %arg3] : memref<16x16xi32>
      } {loop_name = "j"}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return
  }
  func.func @top(%arg0: memref<16x16xi32>, %arg1: memref<16x16xi32>) attributes {itypes = "ss", otypes = "", dataflow} {
    %pipe = "allo.stream_construct"() {name = "pipe"} : () -> !allo.stream<i32, 2>
    func.call @producer_0(%arg0, %pipe) : (memref<16x16xi32>, !allo.stream<i32, 2>) -> ()
    func.call @consumer_0(%arg1, %pipe) : (memref<16x16xi32>, !allo.stream<i32, 2>) -> ()
    return
  }
}
