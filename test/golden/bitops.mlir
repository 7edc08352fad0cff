module {
  func.func @reverse_bits(%arg0: i32) -> i32 attributes {itypes = "u", otypes = "u"} {
    %c0_i32 = arith.constant 0 : i32
    %c31 = arith.constant 31 : index
    %c1_i32 = arith.constant 1 : i32
    %c-1_i32 = arith.constant -1 : i32
    %alloc = memref.alloc() {name = "r"} : memref<i32>
    affine.store %c0_i32, %alloc[] : memref<i32>
    affine.for %arg1 = 0 to 32 {
      %0 = affine.load %alloc[] : memref<i32>
      %1 = arith.subi %c31, %arg1 : index
      %2 = arith.index_cast %1 : index to i32
      %3 = arith.shli %c1_i32, %2 : i32
      %4 = arith.xori %3, %c-1_i32 : i32
      %5 = arith.andi %0, %4 : i32
      %6 = arith.index_cast %arg1 : index to i32
      %7 = arith.shrui %arg0, %6 : i32
      %8 = arith.trunci %7 : i32 to i1
      %9 = arith.extui %8 : i1 to i32
      %10 = arith.shli %9, %2 : i32
      %11 = arith.ori %5, %10 : i32
      affine.store %11, %alloc[] : memref<i32>
    } {loop_name = "b", op_name = "S_b_0"}
    %12 = affine.load %alloc[] : memref<i32>
    return %12 : i32
  }
  func.func @popcount(%arg0: i32) -> i32 attributes {itypes = "u", otypes = "s"} {
    %c0_i32 = arith.constant 0 : i32
    %c0_i33 = arith.constant 0 : i33
    %c1_i32 = arith.constant 1 : i32
    %alloc = memref.alloc() {name = "v"} : memref<i32>
    affine.store %arg0, %alloc[] : memref<i32>
    %alloc_0 = memref.alloc() {name = "n"} : memref<i32>
    affine.store %c0_i32, %alloc_0[] : memref<i32>
    scf.while : () -> () {
      %0 = affine.load %alloc[] : memref<i32>
      %1 = arith.extui %0 : i32 to i33
      %2 = arith.cmpi ne, %1, %c0_i33 : i33
      scf.condition(%2)
    } do {
      %3 = affine.load %alloc_0[] : memref<i32>
      %4 = arith.extsi %3 : i32 to i33
      %5 = affine.load %alloc[] : memref<i32>
      %6 = arith.trunci %5 : i32 to i1
      %7 = arith.extui %6 : i1 to i33
      %8 = arith.addi %4, %7 : i33
      %9 = arith.trunci %8 : i33 to i32
      affine.store %9, %alloc_0[] : memref<i32>
      %10 = affine.load %alloc[] : memref<i32>
      %11 = arith.shrui %10, %c1_i32 : i32
      affine.store %11, %alloc[] : memref<i32>
      scf.yield
    }
    %12 = affine.load %alloc_0[] : memref<i32>
    return %12 : i32
  }
  func.func @pack_fields(%arg0: i8, %arg1: i8, %arg2: i16) -> i32 attributes {itypes = "uuu", otypes = "u"} {
    %c0_i32 = arith.constant 0 : i32
    %c255_i32 = arith.constant 255 : i32
    %c-256_i32 = arith.constant -256 : i32
    %c8_i32 = arith.constant 8 : i32
    %c65280_i32 = arith.constant 65280 : i32
    %c-65281_i32 = arith.constant -65281 : i32
    %c16_i32 = arith.constant 16 : i32
    %c-65536_i32 = arith.constant -65536 : i32
    %c65535_i32 = arith.constant 65535 : i32
    %alloc = memref.alloc() {name = "w"} : memref<i32>
    affine.store %c0_i32, %alloc[] : memref<i32>
    %0 = affine.load %alloc[] : memref<i32>
    %1 = arith.andi %0, %c-256_i32 : i32
    %2 = arith.extui %arg0 : i8 to i32
    %3 = arith.andi %2, %c255_i32 : i32
    %4 = arith.ori %1, %3 : i32
    affine.store %4, %alloc[] : memref<i32>
    %5 = affine.load %alloc[] : memref<i32>
    %6 = arith.andi %5, %c-65281_i32 : i32
    %7 = arith.extui %arg1 : i8 to i32
    %8 = arith.shli %7, %c8_i32 : i32
    %9 = arith.andi %8, %c65280_i32 : i32
    %10 = arith.ori %6, %9 : i32
    affine.store %10, %alloc[] : memref<i32>
    %11 = affine.load %alloc[] : memref<i32>
    %12 = arith.andi %11, %c65535_i32 : i32
    %13 = arith.extui %arg2 : i16 to i32
    %14 = arith.shli %13, %c16_i32 : i32
    %15 = arith.andi %14, %c-65536_i32 : i32
    %16 = arith.ori %12, %15 : i32
    affine.store %16, %alloc[] : memref<i32>
    %17 = affine.load %alloc[] : memref<i32>
    return %17 : i32
  }
  func.func @bitops(%arg0: memref<16xi32>, %arg1: memref<16xi8>) -> (memref<16xi32>, memref<16xi32>, memref<16xi32>, memref<16xi8>) attributes {itypes = "uu", otypes = "usuu"} {
    %c0_i32 = arith.constant 0 : i32
    %c0_i8 = arith.constant 0 : i8
    %alloc_3 = memref.alloc() {name = "reverse_bits_r0"} : memref<i32>
    %alloc_4 = memref.alloc() {name = "popcount_r0"} : memref<i32>
    %c255_i32 = arith.constant 255 : i32
    %c8_i32 = arith.constant 8 : i32
    %c16_i32 = arith.constant 16 : i32
    %c65535_i32 = arith.constant 65535 : i32
    %alloc_8 = memref.alloc() {name = "pack_fields_r0"} : memref<i32>
    %c15_i8 = arith.constant 15 : i8
    %c4_i8 = arith.constant 4 : i8
    %c51_i8 = arith.constant 51 : i8
    %c2_i8 = arith.constant 2 : i8
    %c85_i8 = arith.constant 85 : i8
    %c1_i8 = arith.constant 1 : i8
    %alloc = memref.alloc() {name = "rev"} : memref<16xi32>
    affine.for %arg2 = 0 to 16 {
      affine.store %c0_i32, %alloc[%arg2] : memref<16xi32>
    }
    %alloc_0 = memref.alloc() {name = "cnt"} : memref<16xi32>
    affine.for %arg3 = 0 to 16 {
      affine.store %c0_i32, %alloc_0[%arg3] : memref<16xi32>
    }
    %alloc_1 = memref.alloc() {name = "swapped"} : memref<16xi32>
    affine.for %arg4 = 0 to 16 {
      affine.store %c0_i32, %alloc_1[%arg4] : memref<16xi32>
    }
    %alloc_2 = memref.alloc() {name = "rev8"} : memref<16xi8>
    affine.for %arg5 = 0 to 16 {
      affine.store %c0_i8, %alloc_2[%arg5] : memref<16xi8>
    }
    affine.for %arg6 = 0 to 16 {
      %0 = affine.load %arg0[%arg6] : memref<16xi32>
      %1 = func.call @reverse_bits(%0) : (i32) -> i32
      affine.store %1, %alloc_3[] : memref<i32>
      %2 = affine.load %alloc_3[] : memref<i32>
      affine.store %2, %alloc[%arg6] : memref<16xi32>
      %3 = affine.load %arg0[%arg6] : memref<16xi32>
      %4 = func.call @popcount(%3) : (i32) -> i32
      affine.store %4, %alloc_4[] : memref<i32>
      %5 = affine.load %alloc_4[] : memref<i32>
      affine.store %5, %alloc_0[%arg6] : memref<16xi32>
      %alloc_5 = memref.alloc() {name = "b0"} : memref<i8>
      %6 = affine.load %arg0[%arg6] : memref<16xi32>
      %7 = arith.andi %6, %c255_i32 : i32
      %8 = arith.trunci %7 : i32 to i8
      affine.store %8, %alloc_5[] : memref<i8>
      %alloc_6 = memref.alloc() {name = "b1"} : memref<i8>
      %9 = affine.load %arg0[%arg6] : memref<16xi32>
      %10 = arith.shrui %9, %c8_i32 : i32
      %11 = arith.andi %10, %c255_i32 : i32
      %12 = arith.trunci %11 : i32 to i8
      affine.store %12, %alloc_6[] : memref<i8>
      %alloc_7 = memref.alloc() {name = "hi"} : memref<i16>
      %13 = affine.load %arg0[%arg6] : memref<16xi32>
      %14 = arith.shrui %13, %c16_i32 : i32
      %15 = arith.andi %14, %c65535_i32 : i32
      %16 = arith.trunci %15 : i32 to i16
      affine.store %16, %alloc_7[] : memref<i16>
      %17 = affine.load %alloc_6[] : memref<i8>
      %18 = affine.load %alloc_5[] : memref<i8>
      %19 = affine.load %alloc_7[] : memref<i16>
      %20 = func.call @pack_fields(%17, %18, %19) : (i8, i8, i16) -> i32
      affine.store %20, %alloc_8[] : memref<i32>
      %21 = affine.load %alloc_8[] : memref<i32>
      affine.store %21, %alloc_1[%arg6] : memref<16xi32>
      %22 = affine.load %arg1[%arg6] : memref<16xi8>
      %23 = arith.shrui %22, %c4_i8 : i8
      %24 = arith.andi %23, %c15_i8 : i8
      %25 = arith.andi %22, %c15_i8 : i8
      %26 = arith.shli %25, %c4_i8 : i8
      %27 = arith.ori %24, %26 : i8
      %28 = arith.shrui %27, %c2_i8 : i8
      %29 = arith.andi %28, %c51_i8 : i8
      %30 = arith.andi %27, %c51_i8 : i8
      %31 = arith.shli %30, %c2_i8 : i8
      %32 = arith.ori %29, %31 : i8
      %33 = arith.shrui %32, %c1_i8 : i8
      %34 = arith.andi %33, %c85_i8 : i8
      %35 = arith.andi %32, %c85_i8 : i8
      %36 = arith.shli %35, %c1_i8 : i8
      %37 = arith.ori %34, %36 : i8
      affine.store %37, %alloc_2[%arg6] : memref<16xi8>
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc, %alloc_0, %alloc_1, %alloc_2 : memref<16xi32>, memref<16xi32>, memref<16xi32>, memref<16xi8>
  }
}
