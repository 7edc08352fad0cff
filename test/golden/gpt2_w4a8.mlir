module {
  func.func @linear_w4a8_qkv(%arg0: memref<16x64xi8>, %arg1: memref<64x192xi4> {allo.partition = "cyclic:2:32"}, %arg2: memref<192xi32> {allo.partition = "cyclic:1:32"}) -> memref<16x192xi8> attributes {itypes = "sss", otypes = "s"} {
    %c0_i8 = arith.constant 0 : i8
    %c0_i32 = arith.constant 0 : i32
    %c3_i32 = arith.constant 3 : i32
    %c127_i32 = arith.constant 127 : i32
    %c-128_i32 = arith.constant -128 : i32
    %alloc = memref.alloc() {name = "Y", partition = "cyclic:2:32"} : memref<16x192xi8>
    affine.for %arg3 = 0 to 16 {
      affine.for %arg4 = 0 to 192 {
        affine.store %c0_i8, %alloc[%arg3, %arg4] : memref<16x192xi8>
      }
    }
    %alloc_0 = memref.alloc() {name = "acc", partition = "cyclic:1:32"} : memref<192xi32>
    affine.for %arg5 = 0 to 192 {
      affine.store %c0_i32, %alloc_0[%arg5] : memref<192xi32>
    }
    affine.for %arg6 = 0 to 16 {
      affine.for %arg7 = 0 to 6 {
        affine.for %arg8 = 0 to 32 {
          %0 = affine.load %arg2[%arg7 * 32 + %arg8] : memref<192xi32>
          affine.store %0, %alloc_0[%arg7 * 32 + %arg8] : memref<192xi32>
        } {loop_name = "j0.inner", unroll = 0 : ui32}
      } {loop_name = "j0.outer", op_name = "S_j0_0", pipeline_ii = 1 : ui32}
      affine.for %arg9 = 0 to 64 {
        %alloc_1 = memref.alloc() {name = "x"} : memref<i8>
        %1 = affine.load %arg0[%arg6, %arg9] : memref<16x64xi8>
        affine.store %1, %alloc_1[] : memref<i8>
        affine.for %arg10 = 0 to 6 {
          affine.for %arg11 = 0 to 32 {
            %2 = affine.load %alloc_0[%arg10 * 32 + %arg11] : memref<192xi32>
            %3 = arith.extsi %2 : i32 to i33
            %4 = affine.load %alloc_1[] : memref<i8>
            %5 = arith.extsi %4 : i8 to i12
            %6 = affine.load %arg1[%arg9, %arg10 * 32 + %arg11] : memref<64x192xi4>
            %7 = arith.extsi %6 : i4 to i12
            %8 = arith.muli %5, %7 : i12
            %9 = arith.extsi %8 : i12 to i33
            %10 = arith.addi %3, %9 : i33
            %11 = arith.trunci %10 : i33 to i32
            affine.store %11, %alloc_0[%arg10 * 32 + %arg11] : memref<192xi32>
          } {loop_name = "j.inner", unroll = 0 : ui32}
        } {loop_name = "j.outer", op_name = "S_j_1", pipeline_ii = 1 : ui32}
      } {loop_name = "k", op_name = "S_k_1"}
      affine.for %arg12 = 0 to 192 {
        %alloc_2 = memref.alloc() {name = "v"} : memref<i32>
        %12 = affine.load %alloc_0[%arg12] : memref<192xi32>
        %13 = arith.shrsi %12, %c3_i32 : i32
        affine.store %13, %alloc_2[] : memref<i32>
        %14 = affine.load %alloc_2[] : memref<i32>
        %15 = arith.cmpi sgt, %14, %c127_i32 : i32
        scf.if %15 {
          affine.store %c127_i32, %alloc_2[] : memref<i32>
        }
        %16 = affine.load %alloc_2[] : memref<i32>
        %17 = arith.cmpi slt, %16, %c-128_i32 : i32
        scf.if %17 {
          affine.store %c-128_i32, %alloc_2[] : memref<i32>
        }
        %18 = affine.load %alloc_2[] : memref<i32>
        %19 = arith.trunci %18 : i32 to i8
        affine.store %19, %alloc[%arg6, %arg12] : memref<16x192xi8>
      } {loop_name = "j1", op_name = "S_j1_3", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc : memref<16x192xi8>
  }
  func.func @attention(%arg0: memref<16x192xi8> {allo.partition = "cyclic:2:32"}) -> memref<16x64xi8> attributes {itypes = "s", otypes = "s"} {
    %c0_i8 = arith.constant 0 : i8
    %cst = arith.constant 0.0 : f32
    %c0_i32 = arith.constant 0 : i32
    %cst_0 = arith.constant 0.00390625 : f32
    %cst_1 = arith.constant 5.656854152679443 : f32
    %cst_2 = arith.constant -1.0000000150474662e+30 : f32
    %cst_3 = arith.constant -1.0e+30 : f32
    %cst_4 = arith.constant 127.0 : f32
    %cst_5 = arith.constant 0.5 : f32
    %c7_i32 = arith.constant 7 : i32
    %c127_i32 = arith.constant 127 : i32
    %c-128_i32 = arith.constant -128 : i32
    %alloc = memref.alloc() {name = "O"} : memref<16x64xi8>
    affine.for %arg1 = 0 to 16 {
      affine.for %arg2 = 0 to 64 {
        affine.store %c0_i8, %alloc[%arg1, %arg2] : memref<16x64xi8>
      }
    }
    %alloc_0 = memref.alloc() {name = "p"} : memref<16xf32>
    affine.for %arg3 = 0 to 16 {
      affine.store %cst, %alloc_0[%arg3] : memref<16xf32>
    }
    %alloc_1 = memref.alloc() {name = "pq"} : memref<16xi8>
    affine.for %arg4 = 0 to 16 {
      affine.store %c0_i8, %alloc_1[%arg4] : memref<16xi8>
    }
    %alloc_2 = memref.alloc() {name = "oacc", partition = "complete:1"} : memref<32xi32>
    affine.for %arg5 = 0 to 32 {
      affine.store %c0_i32, %alloc_2[%arg5] : memref<32xi32>
    }
    affine.for %arg6 = 0 to 2 {
      affine.for %arg7 = 0 to 16 {
        affine.for %arg8 = 0 to 16 {
          %alloc_3 = memref.alloc() {name = "acc"} : memref<i32>
          affine.store %c0_i32, %alloc_3[] : memref<i32>
          affine.for %arg9 = 0 to 32 {
            %0 = affine.load %alloc_3[] : memref<i32>
            %1 = arith.extsi %0 : i32 to i33
            %2 = affine.load %arg0[%arg7, %arg6 * 32 + %arg9] : memref<16x192xi8>
            %3 = arith.extsi %2 : i8 to i16
            %4 = affine.load %arg0[%arg8, %arg6 * 32 + %arg9 + 64] : memref<16x192xi8>
            %5 = arith.extsi %4 : i8 to i16
            %6 = arith.muli %3, %5 : i16
            %7 = arith.extsi %6 : i16 to i33
            %8 = arith.addi %1, %7 : i33
            %9 = arith.trunci %8 : i33 to i32
            affine.store %9, %alloc_3[] : memref<i32>
          } {loop_name = "d", op_name = "S_d_0", unroll = 0 : ui32}
          %alloc_4 = memref.alloc() {name = "s"} : memref<f32>
          %10 = affine.load %alloc_3[] : memref<i32>
          %11 = arith.sitofp %10 : i32 to f32
          %12 = arith.mulf %11, %cst_0 : f32
          %13 = arith.divf %12, %cst_1 : f32
          affine.store %13, %alloc_4[] : memref<f32>
          %14 = arith.cmpi sgt, %arg8, %arg7 : index
          scf.if %14 {
            affine.store %cst_2, %alloc_4[] : memref<f32>
          }
          %15 = affine.load %alloc_4[] : memref<f32>
          affine.store %15, %alloc_0[%arg8] : memref<16xf32>
        } {loop_name = "j", op_name = "S_j_0", pipeline_ii = 1 : ui32}
        %alloc_5 = memref.alloc() {name = "m"} : memref<f32>
        affine.store %cst_3, %alloc_5[] : memref<f32>
        affine.for %arg10 = 0 to 16 {
          %16 = affine.load %alloc_0[%arg10] : memref<16xf32>
          %17 = affine.load %alloc_5[] : memref<f32>
          %18 = arith.cmpf ogt, %16, %17 : f32
          scf.if %18 {
            %19 = affine.load %alloc_0[%arg10] : memref<16xf32>
            affine.store %19, %alloc_5[] : memref<f32>
          }
        } {loop_name = "j1", op_name = "S_j1_2", pipeline_ii = 1 : ui32}
        %alloc_6 = memref.alloc() {name = "total"} : memref<f32>
        affine.store %cst, %alloc_6[] : memref<f32>
        affine.for %arg11 = 0 to 16 {
          %alloc_7 = memref.alloc() {name = "e"} : memref<f32>
          %20 = affine.load %alloc_0[%arg11] : memref<16xf32>
          %21 = affine.load %alloc_5[] : memref<f32>
          %22 = arith.subf %20, %21 : f32
          %23 = math.exp %22 : f32
          affine.store %23, %alloc_7[] : memref<f32>
          %24 = affine.load %alloc_7[] : memref<f32>
          affine.store %24, %alloc_0[%arg11] : memref<16xf32>
          %25 = affine.load %alloc_6[] : memref<f32>
          %26 = affine.load %alloc_7[] : memref<f32>
          %27 = arith.addf %25, %26 : f32
          affine.store %27, %alloc_6[] : memref<f32>
        } {loop_name = "j2", op_name = "S_j2_3", pipeline_ii = 1 : ui32}
        affine.for %arg12 = 0 to 16 {
          %alloc_8 = memref.alloc() {name = "r"} : memref<i32>
          %28 = affine.load %alloc_0[%arg12] : memref<16xf32>
          %29 = affine.load %alloc_6[] : memref<f32>
          %30 = arith.divf %28, %29 : f32
          %31 = arith.mulf %30, %cst_4 : f32
          %32 = arith.addf %31, %cst_5 : f32
          %33 = arith.fptosi %32 : f32 to i32
          affine.store %33, %alloc_8[] : memref<i32>
          %34 = affine.load %alloc_8[] : memref<i32>
          %35 = arith.trunci %34 : i32 to i8
          affine.store %35, %alloc_1[%arg12] : memref<16xi8>
        } {loop_name = "j3", op_name = "S_j3_4", pipeline_ii = 1 : ui32}
        affine.for %arg13 = 0 to 32 {
          affine.store %c0_i32, %alloc_2[%arg13] : memref<32xi32>
        } {loop_name = "d1", op_name = "S_d1_5", unroll = 0 : ui32}
        affine.for %arg14 = 0 to 16 {
          %alloc_9 = memref.alloc() {name = "w"} : memref<i32>
          %36 = affine.load %alloc_1[%arg14] : memref<16xi8>
          %37 = arith.extsi %36 : i8 to i32
          affine.store %37, %alloc_9[] : memref<i32>
          affine.for %arg15 = 0 to 32 {
            %38 = affine.load %alloc_2[%arg15] : memref<32xi32>
            %39 = arith.extsi %38 : i32 to i41
            %40 = affine.load %alloc_9[] : memref<i32>
            %41 = arith.extsi %40 : i32 to i40
            %42 = affine.load %arg0[%arg14, %arg6 * 32 + %arg15 + 128] : memref<16x192xi8>
            %43 = arith.extsi %42 : i8 to i40
            %44 = arith.muli %41, %43 : i40
            %45 = arith.extsi %44 : i40 to i41
            %46 = arith.addi %39, %45 : i41
            %47 = arith.trunci %46 : i41 to i32
            affine.store %47, %alloc_2[%arg15] : memref<32xi32>
          } {loop_name = "d2", op_name = "S_d2_6", unroll = 0 : ui32}
        } {loop_name = "j4", op_name = "S_j4_6", pipeline_ii = 1 : ui32}
        affine.for %arg16 = 0 to 32 {
          %alloc_10 = memref.alloc() {name = "o"} : memref<i32>
          %48 = affine.load %alloc_2[%arg16] : memref<32xi32>
          %49 = arith.shrsi %48, %c7_i32 : i32
          affine.store %49, %alloc_10[] : memref<i32>
          %50 = affine.load %alloc_10[] : memref<i32>
          %51 = arith.cmpi sgt, %50, %c127_i32 : i32
          scf.if %51 {
            affine.store %c127_i32, %alloc_10[] : memref<i32>
          }
          %52 = affine.load %alloc_10[] : memref<i32>
          %53 = arith.cmpi slt, %52, %c-128_i32 : i32
          scf.if %53 {
            affine.store %c-128_i32, %alloc_10[] : memref<i32>
          }
          %54 = affine.load %alloc_10[] : memref<i32>
          %55 = arith.trunci %54 : i32 to i8
          affine.store %55, %alloc[%arg7, %arg6 * 32 + %arg16] : memref<16x64xi8>
        } {loop_name = "d3", op_name = "S_d3_8", unroll = 0 : ui32}
      } {loop_name = "i", op_name = "S_i_0"}
    } {loop_name = "h", op_name = "S_h_0"}
    return %alloc : memref<16x64xi8>
  }
  func.func @linear_w4a8_proj(%arg0: memref<16x64xi8>, %arg1: memref<64x64xi4> {allo.partition = "cyclic:2:32"}, %arg2: memref<64xi32> {allo.partition = "cyclic:1:32"}) -> memref<16x64xi8> attributes {itypes = "sss", otypes = "s"} {
    %c0_i8 = arith.constant 0 : i8
    %c0_i32 = arith.constant 0 : i32
    %c3_i32 = arith.constant 3 : i32
    %c127_i32 = arith.constant 127 : i32
    %c-128_i32 = arith.constant -128 : i32
    %alloc = memref.alloc() {name = "Y"} : memref<16x64xi8>
    affine.for %arg3 = 0 to 16 {
      affine.for %arg4 = 0 to 64 {
        affine.store %c0_i8, %alloc[%arg3, %arg4] : memref<16x64xi8>
      }
    }
    %alloc_0 = memref.alloc() {name = "acc", partition = "cyclic:1:32"} : memref<64xi32>
    affine.for %arg5 = 0 to 64 {
      affine.store %c0_i32, %alloc_0[%arg5] : memref<64xi32>
    }
    affine.for %arg6 = 0 to 16 {
      affine.for %arg7 = 0 to 2 {
        affine.for %arg8 = 0 to 32 {
          %0 = affine.load %arg2[%arg7 * 32 + %arg8] : memref<64xi32>
          affine.store %0, %alloc_0[%arg7 * 32 + %arg8] : memref<64xi32>
        } {loop_name = "j0.inner", unroll = 0 : ui32}
      } {loop_name = "j0.outer", op_name = "S_j0_0", pipeline_ii = 1 : ui32}
      affine.for %arg9 = 0 to 64 {
        %alloc_1 = memref.alloc() {name = "x"} : memref<i8>
        %1 = affine.load %arg0[%arg6, %arg9] : memref<16x64xi8>
        affine.store %1, %alloc_1[] : memref<i8>
        affine.for %arg10 = 0 to 2 {
          affine.for %arg11 = 0 to 32 {
            %2 = affine.load %alloc_0[%arg10 * 32 + %arg11] : memref<64xi32>
            %3 = arith.extsi %2 : i32 to i33
            %4 = affine.load %alloc_1[] : memref<i8>
            %5 = arith.extsi %4 : i8 to i12
            %6 = affine.load %arg1[%arg9, %arg10 * 32 + %arg11] : memref<64x64xi4>
            %7 = arith.extsi %6 : i4 to i12
            %8 = arith.muli %5, %7 : i12
            %9 = arith.extsi %8 : i12 to i33
            %10 = arith.addi %3, %9 : i33
            %11 = arith.trunci %10 : i33 to i32
            affine.store %11, %alloc_0[%arg10 * 32 + %arg11] : memref<64xi32>
          } {loop_name = "j.inner", unroll = 0 : ui32}
        } {loop_name = "j.outer", op_name = "S_j_1", pipeline_ii = 1 : ui32}
      } {loop_name = "k", op_name = "S_k_1"}
      affine.for %arg12 = 0 to 64 {
        %alloc_2 = memref.alloc() {name = "v"} : memref<i32>
        %12 = affine.load %alloc_0[%arg12] : memref<64xi32>
        %13 = arith.shrsi %12, %c3_i32 : i32
        affine.store %13, %alloc_2[] : memref<i32>
        %14 = affine.load %alloc_2[] : memref<i32>
        %15 = arith.cmpi sgt, %14, %c127_i32 : i32
        scf.if %15 {
          affine.store %c127_i32, %alloc_2[] : memref<i32>
        }
        %16 = affine.load %alloc_2[] : memref<i32>
        %17 = arith.cmpi slt, %16, %c-128_i32 : i32
        scf.if %17 {
          affine.store %c-128_i32, %alloc_2[] : memref<i32>
        }
        %18 = affine.load %alloc_2[] : memref<i32>
        %19 = arith.trunci %18 : i32 to i8
        affine.store %19, %alloc[%arg6, %arg12] : memref<16x64xi8>
      } {loop_name = "j1", op_name = "S_j1_3", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc : memref<16x64xi8>
  }
  func.func @add_layernorm(%arg0: memref<16x64xi8>, %arg1: memref<16x64xi8>, %arg2: memref<64xf32>, %arg3: memref<64xf32>) -> memref<16x64xi8> attributes {itypes = "ss__", otypes = "s"} {
    %c0_i8 = arith.constant 0 : i8
    %cst = arith.constant 0.0 : f32
    %cst_0 = arith.constant 0.0625 : f32
    %c64_i32 = arith.constant 64 : i32
    %cst_1 = arith.constant 1.0 : f32
    %cst_2 = arith.constant 0.000009999999747378752 : f32
    %cst_3 = arith.constant 16.0 : f32
    %cst_4 = arith.constant 0.5 : f32
    %c127_i32 = arith.constant 127 : i32
    %c-128_i32 = arith.constant -128 : i32
    %alloc = memref.alloc() {name = "Y"} : memref<16x64xi8>
    affine.for %arg4 = 0 to 16 {
      affine.for %arg5 = 0 to 64 {
        affine.store %c0_i8, %alloc[%arg4, %arg5] : memref<16x64xi8>
      }
    }
    %alloc_0 = memref.alloc() {name = "x"} : memref<64xf32>
    affine.for %arg6 = 0 to 64 {
      affine.store %cst, %alloc_0[%arg6] : memref<64xf32>
    }
    affine.for %arg7 = 0 to 16 {
      %alloc_1 = memref.alloc() {name = "mean"} : memref<f32>
      affine.store %cst, %alloc_1[] : memref<f32>
      affine.for %arg8 = 0 to 64 {
        %0 = affine.load %arg0[%arg7, %arg8] : memref<16x64xi8>
        %1 = arith.extsi %0 : i8 to i9
        %2 = affine.load %arg1[%arg7, %arg8] : memref<16x64xi8>
        %3 = arith.extsi %2 : i8 to i9
        %4 = arith.addi %1, %3 : i9
        %5 = arith.sitofp %4 : i9 to f32
        %6 = arith.mulf %5, %cst_0 : f32
        affine.store %6, %alloc_0[%arg8] : memref<64xf32>
        %7 = affine.load %alloc_1[] : memref<f32>
        %8 = affine.load %alloc_0[%arg8] : memref<64xf32>
        %9 = arith.addf %7, %8 : f32
        affine.store %9, %alloc_1[] : memref<f32>
      } {loop_name = "j", op_name = "S_j_0", pipeline_ii = 1 : ui32}
      %10 = affine.load %alloc_1[] : memref<f32>
      %11 = arith.sitofp %c64_i32 : i32 to f32
      %12 = arith.divf %10, %11 : f32
      affine.store %12, %alloc_1[] : memref<f32>
      %alloc_2 = memref.alloc() {name = "var"} : memref<f32>
      affine.store %cst, %alloc_2[] : memref<f32>
      affine.for %arg9 = 0 to 64 {
        %13 = affine.load %alloc_2[] : memref<f32>
        %14 = affine.load %alloc_0[%arg9] : memref<64xf32>
        %15 = affine.load %alloc_1[] : memref<f32>
        %16 = arith.subf %14, %15 : f32
        %17 = affine.load %alloc_0[%arg9] : memref<64xf32>
        %18 = affine.load %alloc_1[] : memref<f32>
        %19 = arith.subf %17, %18 : f32
        %20 = arith.mulf %16, %19 : f32
        %21 = arith.addf %13, %20 : f32
        affine.store %21, %alloc_2[] : memref<f32>
      } {loop_name = "j1", op_name = "S_j1_1", pipeline_ii = 1 : ui32}
      %alloc_3 = memref.alloc() {name = "inv"} : memref<f32>
      %22 = affine.load %alloc_2[] : memref<f32>
      %23 = arith.sitofp %c64_i32 : i32 to f32
      %24 = arith.divf %22, %23 : f32
      %25 = arith.addf %24, %cst_2 : f32
      %26 = math.sqrt %25 : f32
      %27 = arith.divf %cst_1, %26 : f32
      affine.store %27, %alloc_3[] : memref<f32>
      affine.for %arg10 = 0 to 64 {
        %alloc_4 = memref.alloc() {name = "y"} : memref<f32>
        %28 = affine.load %alloc_0[%arg10] : memref<64xf32>
        %29 = affine.load %alloc_1[] : memref<f32>
        %30 = arith.subf %28, %29 : f32
        %31 = affine.load %alloc_3[] : memref<f32>
        %32 = arith.mulf %30, %31 : f32
        %33 = affine.load %arg2[%arg10] : memref<64xf32>
        %34 = arith.mulf %32, %33 : f32
        %35 = affine.load %arg3[%arg10] : memref<64xf32>
        %36 = arith.addf %34, %35 : f32
        %37 = arith.mulf %36, %cst_3 : f32
        affine.store %37, %alloc_4[] : memref<f32>
        %alloc_5 = memref.alloc() {name = "q"} : memref<i32>
        %38 = affine.load %alloc_4[] : memref<f32>
        %39 = arith.addf %38, %cst_4 : f32
        %40 = arith.fptosi %39 : f32 to i32
        affine.store %40, %alloc_5[] : memref<i32>
        %41 = affine.load %alloc_4[] : memref<f32>
        %42 = arith.cmpf olt, %41, %cst : f32
        scf.if %42 {
          %43 = affine.load %alloc_4[] : memref<f32>
          %44 = arith.subf %43, %cst_4 : f32
          %45 = arith.fptosi %44 : f32 to i32
          affine.store %45, %alloc_5[] : memref<i32>
        }
        %46 = affine.load %alloc_5[] : memref<i32>
        %47 = arith.cmpi sgt, %46, %c127_i32 : i32
        scf.if %47 {
          affine.store %c127_i32, %alloc_5[] : memref<i32>
        }
        %48 = affine.load %alloc_5[] : memref<i32>
        %49 = arith.cmpi slt, %48, %c-128_i32 : i32
        scf.if %49 {
          affine.store %c-128_i32, %alloc_5[] : memref<i32>
        }
        %50 = affine.load %alloc_5[] : memref<i32>
        %51 = arith.trunci %50 : i32 to i8
        affine.store %51, %alloc[%arg7, %arg10] : memref<16x64xi8>
      } {loop_name = "j2", op_name = "S_j2_2", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc : memref<16x64xi8>
  }
  func.func @linear_w4a8_fc1(%arg0: memref<16x64xi8>, %arg1: memref<64x256xi4> {allo.partition = "cyclic:2:32"}, %arg2: memref<256xi32> {allo.partition = "cyclic:1:32"}) -> memref<16x256xi8> attributes {itypes = "sss", otypes = "s"} {
    %c0_i8 = arith.constant 0 : i8
    %c0_i32 = arith.constant 0 : i32
    %c3_i32 = arith.constant 3 : i32
    %c127_i32 = arith.constant 127 : i32
    %c-128_i32 = arith.constant -128 : i32
    %alloc = memref.alloc() {name = "Y"} : memref<16x256xi8>
    affine.for %arg3 = 0 to 16 {
      affine.for %arg4 = 0 to 256 {
        affine.store %c0_i8, %alloc[%arg3, %arg4] : memref<16x256xi8>
      }
    }
    %alloc_0 = memref.alloc() {name = "acc", partition = "cyclic:1:32"} : memref<256xi32>
    affine.for %arg5 = 0 to 256 {
      affine.store %c0_i32, %alloc_0[%arg5] : memref<256xi32>
    }
    affine.for %arg6 = 0 to 16 {
      affine.for %arg7 = 0 to 8 {
        affine.for %arg8 = 0 to 32 {
          %0 = affine.load %arg2[%arg7 * 32 + %arg8] : memref<256xi32>
          affine.store %0, %alloc_0[%arg7 * 32 + %arg8] : memref<256xi32>
        } {loop_name = "j0.inner", unroll = 0 : ui32}
      } {loop_name = "j0.outer", op_name = "S_j0_0", pipeline_ii = 1 : ui32}
      affine.for %arg9 = 0 to 64 {
        %alloc_1 = memref.alloc() {name = "x"} : memref<i8>
        %1 = affine.load %arg0[%arg6, %arg9] : memref<16x64xi8>
        affine.store %1, %alloc_1[] : memref<i8>
        affine.for %arg10 = 0 to 8 {
          affine.for %arg11 = 0 to 32 {
            %2 = affine.load %alloc_0[%arg10 * 32 + %arg11] : memref<256xi32>
            %3 = arith.extsi %2 : i32 to i33
            %4 = affine.load %alloc_1[] : memref<i8>
            %5 = arith.extsi %4 : i8 to i12
            %6 = affine.load %arg1[%arg9, %arg10 * 32 + %arg11] : memref<64x256xi4>
            %7 = arith.extsi %6 : i4 to i12
            %8 = arith.muli %5, %7 : i12
            %9 = arith.extsi %8 : i12 to i33
            %10 = arith.addi %3, %9 : i33
            %11 = arith.trunci %10 : i33 to i32
            affine.store %11, %alloc_0[%arg10 * 32 + %arg11] : memref<256xi32>
          } {loop_name = "j.inner", unroll = 0 : ui32}
        } {loop_name = "j.outer", op_name = "S_j_1", pipeline_ii = 1 : ui32}
      } {loop_name = "k", op_name = "S_k_1"}
      affine.for %arg12 = 0 to 256 {
        %alloc_2 = memref.alloc() {name = "v"} : memref<i32>
        %12 = affine.load %alloc_0[%arg12] : memref<256xi32>
        %13 = arith.shrsi %12, %c3_i32 : i32
        affine.store %13, %alloc_2[] : memref<i32>
        %14 = affine.load %alloc_2[] : memref<i32>
        %15 = arith.cmpi sgt, %14, %c127_i32 : i32
        scf.if %15 {
          affine.store %c127_i32, %alloc_2[] : memref<i32>
        }
        %16 = affine.load %alloc_2[] : memref<i32>
        %17 = arith.cmpi slt, %16, %c-128_i32 : i32
        scf.if %17 {
          affine.store %c-128_i32, %alloc_2[] : memref<i32>
        }
        %18 = affine.load %alloc_2[] : memref<i32>
        %19 = arith.trunci %18 : i32 to i8
        affine.store %19, %alloc[%arg6, %arg12] : memref<16x256xi8>
      } {loop_name = "j1", op_name = "S_j1_3", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc : memref<16x256xi8>
  }
  func.func @gelu_q(%arg0: memref<16x256xi8>) -> memref<16x256xi8> attributes {itypes = "s", otypes = "s"} {
    %c0_i8 = arith.constant 0 : i8
    %cst = arith.constant 0.0625 : f32
    %cst_0 = arith.constant 0.5 : f32
    %cst_1 = arith.constant 1.0 : f32
    %cst_2 = arith.constant 0.7978845834732056 : f32
    %cst_3 = arith.constant 0.044714998453855515 : f32
    %cst_4 = arith.constant 16.0 : f32
    %cst_5 = arith.constant 0.0 : f32
    %alloc = memref.alloc() {name = "Y"} : memref<16x256xi8>
    affine.for %arg1 = 0 to 16 {
      affine.for %arg2 = 0 to 256 {
        affine.store %c0_i8, %alloc[%arg1, %arg2] : memref<16x256xi8>
      }
    }
    affine.for %arg3 = 0 to 16 {
      affine.for %arg4 = 0 to 256 {
        %alloc_0 = memref.alloc() {name = "v"} : memref<f32>
        %0 = affine.load %arg0[%arg3, %arg4] : memref<16x256xi8>
        %1 = arith.sitofp %0 : i8 to f32
        %2 = arith.mulf %1, %cst : f32
        affine.store %2, %alloc_0[] : memref<f32>
        %alloc_1 = memref.alloc() {name = "y"} : memref<f32>
        %3 = affine.load %alloc_0[] : memref<f32>
        %4 = arith.mulf %cst_0, %3 : f32
        %5 = affine.load %alloc_0[] : memref<f32>
        %6 = affine.load %alloc_0[] : memref<f32>
        %7 = arith.mulf %cst_3, %6 : f32
        %8 = affine.load %alloc_0[] : memref<f32>
        %9 = arith.mulf %7, %8 : f32
        %10 = affine.load %alloc_0[] : memref<f32>
        %11 = arith.mulf %9, %10 : f32
        %12 = arith.addf %5, %11 : f32
        %13 = arith.mulf %cst_2, %12 : f32
        %14 = math.tanh %13 : f32
        %15 = arith.addf %cst_1, %14 : f32
        %16 = arith.mulf %4, %15 : f32
        %17 = arith.mulf %16, %cst_4 : f32
        affine.store %17, %alloc_1[] : memref<f32>
        %alloc_2 = memref.alloc() {name = "q"} : memref<i32>
        %18 = affine.load %alloc_1[] : memref<f32>
        %19 = arith.addf %18, %cst_0 : f32
        %20 = arith.fptosi %19 : f32 to i32
        affine.store %20, %alloc_2[] : memref<i32>
        %21 = affine.load %alloc_1[] : memref<f32>
        %22 = arith.cmpf olt, %21, %cst_5 : f32
        scf.if %22 {
          %23 = affine.load %alloc_1[] : memref<f32>
          %24 = arith.subf %23, %cst_0 : f32
          %25 = arith.fptosi %24 : f32 to i32
          affine.store %25, %alloc_2[] : memref<i32>
        }
        %26 = affine.load %alloc_2[] : memref<i32>
        %27 = arith.trunci %26 : i32 to i8
        affine.store %27, %alloc[%arg3, %arg4] : memref<16x256xi8>
      } {loop_name = "j", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_j_0"}
    return %alloc : memref<16x256xi8>
  }
  func.func @linear_w4a8_fc2(%arg0: memref<16x256xi8>, %arg1: memref<256x64xi4> {allo.partition = "cyclic:2:32"}, %arg2: memref<64xi32> {allo.partition = "cyclic:1:32"}) -> memref<16x64xi8> attributes {itypes = "sss", otypes = "s"} {
    %c0_i8 = arith.constant 0 : i8
    %c0_i32 = arith.constant 0 : i32
    %c3_i32 = arith.constant 3 : i32
    %c127_i32 = arith.constant 127 : i32
    %c-128_i32 = arith.constant -128 : i32
    %alloc = memref.alloc() {name = "Y"} : memref<16x64xi8>
    affine.for %arg3 = 0 to 16 {
      affine.for %arg4 = 0 to 64 {
        affine.store %c0_i8, %alloc[%arg3, %arg4] : memref<16x64xi8>
      }
    }
    %alloc_0 = memref.alloc() {name = "acc", partition = "cyclic:1:32"} : memref<64xi32>
    affine.for %arg5 = 0 to 64 {
      affine.store %c0_i32, %alloc_0[%arg5] : memref<64xi32>
    }
    affine.for %arg6 = 0 to 16 {
      affine.for %arg7 = 0 to 2 {
        affine.for %arg8 = 0 to 32 {
          %0 = affine.load %arg2[%arg7 * 32 + %arg8] : memref<64xi32>
          affine.store %0, %alloc_0[%arg7 * 32 + %arg8] : memref<64xi32>
        } {loop_name = "j0.inner", unroll = 0 : ui32}
      } {loop_name = "j0.outer", op_name = "S_j0_0", pipeline_ii = 1 : ui32}
      affine.for %arg9 = 0 to 256 {
        %alloc_1 = memref.alloc() {name = "x"} : memref<i8>
        %1 = affine.load %arg0[%arg6, %arg9] : memref<16x256xi8>
        affine.store %1, %alloc_1[] : memref<i8>
        affine.for %arg10 = 0 to 2 {
          affine.for %arg11 = 0 to 32 {
            %2 = affine.load %alloc_0[%arg10 * 32 + %arg11] : memref<64xi32>
            %3 = arith.extsi %2 : i32 to i33
            %4 = affine.load %alloc_1[] : memref<i8>
            %5 = arith.extsi %4 : i8 to i12
            %6 = affine.load %arg1[%arg9, %arg10 * 32 + %arg11] : memref<256x64xi4>
            %7 = arith.extsi %6 : i4 to i12
            %8 = arith.muli %5, %7 : i12
            %9 = arith.extsi %8 : i12 to i33
            %10 = arith.addi %3, %9 : i33
            %11 = arith.trunci %10 : i33 to i32
            affine.store %11, %alloc_0[%arg10 * 32 + %arg11] : memref<64xi32>
          } {loop_name = "j.inner", unroll = 0 : ui32}
        } {loop_name = "j.outer", op_name = "S_j_1", pipeline_ii = 1 : ui32}
      } {loop_name = "k", op_name = "S_k_1"}
      affine.for %arg12 = 0 to 64 {
        %alloc_2 = memref.alloc() {name = "v"} : memref<i32>
        %12 = affine.load %alloc_0[%arg12] : memref<64xi32>
        %13 = arith.shrsi %12, %c3_i32 : i32
        affine.store %13, %alloc_2[] : memref<i32>
        %14 = affine.load %alloc_2[] : memref<i32>
        %15 = arith.cmpi sgt, %14, %c127_i32 : i32
        scf.if %15 {
          affine.store %c127_i32, %alloc_2[] : memref<i32>
        }
        %16 = affine.load %alloc_2[] : memref<i32>
        %17 = arith.cmpi slt, %16, %c-128_i32 : i32
        scf.if %17 {
          affine.store %c-128_i32, %alloc_2[] : memref<i32>
        }
        %18 = affine.load %alloc_2[] : memref<i32>
        %19 = arith.trunci %18 : i32 to i8
        affine.store %19, %alloc[%arg6, %arg12] : memref<16x64xi8>
      } {loop_name = "j1", op_name = "S_j1_3", pipeline_ii = 1 : ui32}
    } {loop_name = "i", op_name = "S_i_0"}
    return %alloc : memref<16x64xi8>
  }
  func.func @gpt2_block(%arg0: memref<16x64xi8>, %arg1: memref<64x192xi4> {allo.partition = "cyclic:2:32"}, %arg2: memref<192xi32> {allo.partition = "cyclic:1:32"}, %arg3: memref<64x64xi4> {allo.partition = "cyclic:2:32"}, %arg4: memref<64xi32> {allo.partition = "cyclic:1:32"}, %arg5: memref<64xf32>, %arg6: memref<64xf32>, %arg7: memref<64x256xi4> {allo.partition = "cyclic:2:32"}, %arg8: memref<256xi32> {allo.partition = "cyclic:1:32"}, %arg9: memref<256x64xi4> {allo.partition = "cyclic:2:32"}, %arg10: memref<64xi32> {allo.partition = "cyclic:1:32"}, %arg11: memref<64xf32>, %arg12: memref<64xf32>) -> memref<16x64xi8> attributes {itypes = "sssss__ssss__", otypes = "s"} {
    %alloc = memref.alloc() {name = "qkv", partition = "cyclic:2:32"} : memref<16x192xi8>
    %alloc_0 = memref.alloc() {name = "att"} : memref<16x64xi8>
    %alloc_1 = memref.alloc() {name = "proj"} : memref<16x64xi8>
    %alloc_2 = memref.alloc() {name = "h1"} : memref<16x64xi8>
    %alloc_3 = memref.alloc() {name = "f1"} : memref<16x256xi8>
    %alloc_4 = memref.alloc() {name = "f2"} : memref<16x256xi8>
    %alloc_5 = memref.alloc() {name = "f3"} : memref<16x64xi8>
    %alloc_6 = memref.alloc() {name = "add_layernorm_r0"} : memref<16x64xi8>
    %0 = func.call @linear_w4a8_qkv(%arg0, %arg1, %arg2) : (memref<16x64xi8>, memref<64x192xi4>, memref<192xi32>) -> memref<16x192xi8>
    memref.copy %0, %alloc : memref<16x192xi8> to memref<16x192xi8>
    %1 = func.call @attention(%alloc) : (memref<16x192xi8>) -> memref<16x64xi8>
    memref.copy %1, %alloc_0 : memref<16x64xi8> to memref<16x64xi8>
    %2 = func.call @linear_w4a8_proj(%alloc_0, %arg3, %arg4) : (memref<16x64xi8>, memref<64x64xi4>, memref<64xi32>) -> memref<16x64xi8>
    memref.copy %2, %alloc_1 : memref<16x64xi8> to memref<16x64xi8>
    %3 = func.call @add_layernorm(%arg0, %alloc_1, %arg5, %arg6) : (memref<16x64xi8>, memref<16x64xi8>, memref<64xf32>, memref<64xf32>) -> memref<16x64xi8>
    memref.copy %3, %alloc_2 : memref<16x64xi8> to memref<16x64xi8>
    %4 = func.call @linear_w4a8_fc1(%alloc_2, %arg7, %arg8) : (memref<16x64xi8>, memref<64x256xi4>, memref<256xi32>) -> memref<16x256xi8>
    memref.copy %4, %alloc_3 : memref<16x256xi8> to memref<16x256xi8>
    %5 = func.call @gelu_q(%alloc_3) : (memref<16x256xi8>) -> memref<16x256xi8>
    memref.copy %5, %alloc_4 : memref<16x256xi8> to memref<16x256xi8>
    %6 = func.call @linear_w4a8_fc2(%alloc_4, %arg9, %arg10) : (memref<16x256xi8>, memref<256x64xi4>, memref<64xi32>) -> memref<16x64xi8>
    memref.copy %6, %alloc_5 : memref<16x64xi8> to memref<16x64xi8>
    %7 = func.call @add_layernorm(%alloc_2, %alloc_5, %arg11, %arg12) : (memref<16x64xi8>, memref<16x64xi8>, memref<64xf32>, memref<64xf32>) -> memref<16x64xi8>
    memref.copy %7, %alloc_6 : memref<16x64xi8> to memref<16x64xi8>
    return %alloc_6 : memref<16x64xi8>
  }
}
