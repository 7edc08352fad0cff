module {
  func.func @kernel_nussinov(%arg0: memref<24xi32>, %arg1: memref<24x24xi32>) attributes {itypes = "ss", otypes = ""} {
    %c23 = arith.constant 23 : index
    %c1 = arith.constant 1 : index
    %c24 = arith.constant 24 : index
    %c0 = arith.constant 0 : index
    %c0_i32 = arith.constant 0 : i32
    %c3_i32 = arith.constant 3 : i32
    %c1_i32 = arith.constant 1 : i32
    affine.for %arg2 = 0 to 24 {
      %alloc = memref.alloc() {name = "i"} : memref<index>
      %0 = arith.subi %c23, %arg2 : index
      affine.store %0, %alloc[] : memref<index>
      %1 = affine.load %alloc[] : memref<index>
      %2 = arith.addi %1, %c1 : index
      scf.for %arg3 = %2 to %c24 step %c1 {
        %3 = arith.subi %arg3, %c1 : index
        %4 = arith.cmpi sge, %3, %c0 : index
        scf.if %4 {
          %5 = affine.load %alloc[] : memref<index>
          %6 = memref.load %arg1[%5, %arg3] : memref<24x24xi32>
          %7 = affine.load %alloc[] : memref<index>
          %8 = arith.subi %arg3, %c1 : index
          %9 = memref.load %arg1[%7, %8] : memref<24x24xi32>
          %10 = arith.cmpi slt, %6, %9 : i32
          scf.if %10 {
            %11 = affine.load %alloc[] : memref<index>
            %12 = arith.subi %arg3, %c1 : index
            %13 = memref.load %arg1[%11, %12] : memref<24x24xi32>
            %14 = affine.load %alloc[] : memref<index>
            memref.store %13, %arg1[%14, %arg3] : memref<24x24xi32>
          }
        }
        %15 = affine.load %alloc[] : memref<index>
        %16 = arith.addi %15, %c1 : index
        %17 = arith.cmpi slt, %16, %c24 : index
        scf.if %17 {
          %18 = affine.load %alloc[] : memref<index>
          %19 = memref.load %arg1[%18, %arg3] : memref<24x24xi32>
          %20 = affine.load %alloc[] : memref<index>
          %21 = arith.addi %20, %c1 : index
          %22 = memref.load %arg1[%21, %arg3] : memref<24x24xi32>
          %23 = arith.cmpi slt, %19, %22 : i32
          scf.if %23 {
            %24 = affine.load %alloc[] : memref<index>
            %25 = arith.addi %24, %c1 : index
            %26 = memref.load %arg1[%25, %arg3] : memref<24x24xi32>
            %27 = affine.load %alloc[] : memref<index>
            memref.store %26, %arg1[%27, %arg3] : memref<24x24xi32>
          }
        }
        %28 = arith.subi %arg3, %c1 : index
        %29 = arith.cmpi sge, %28, %c0 : index
        %30 = affine.load %alloc[] : memref<index>
        %31 = arith.addi %30, %c1 : index
        %32 = arith.cmpi slt, %31, %c24 : index
        %33 = arith.andi %29, %32 : i1
        scf.if %33 {
          %34 = affine.load %alloc[] : memref<index>
          %35 = arith.subi %arg3, %c1 : index
          %36 = arith.cmpi slt, %34, %35 : index
          scf.if %36 {
            %alloc_0 = memref.alloc() {name = "w"} : memref<i32>
            %37 = affine.load %alloc[] : memref<index>
            %38 = memref.load %arg0[%37] : memref<24xi32>
            %39 = arith.extsi %38 : i32 to i33
            %40 = memref.load %arg0[%arg3] : memref<24xi32>
            %41 = arith.extsi %40 : i32 to i33
            %42 = arith.addi %39, %41 : i33
            %43 = arith.trunci %42 : i33 to i32
            affine.store %43, %alloc_0[] : memref<i32>
            %alloc_1 = memref.alloc() {name = "match"} : memref<i32>
            affine.store %c0_i32, %alloc_1[] : memref<i32>
            %44 = affine.load %alloc_0[] : memref<i32>
            %45 = arith.cmpi eq, %44, %c3_i32 : i32
            scf.if %45 {
              affine.store %c1_i32, %alloc_1[] : memref<i32>
            }
            %alloc_2 = memref.alloc() {name = "s2"} : memref<i32>
            affine.store %c0_i32, %alloc_2[] : memref<i32>
            %46 = affine.load %alloc[] : memref<index>
            %47 = arith.addi %46, %c1 : index
            %48 = arith.subi %arg3, %c1 : index
            %49 = memref.load %arg1[%47, %48] : memref<24x24xi32>
            %50 = arith.extsi %49 : i32 to i33
            %51 = affine.load %alloc_1[] : memref<i32>
            %52 = arith.extsi %51 : i32 to i33
            %53 = arith.addi %50, %52 : i33
            %54 = arith.trunci %53 : i33 to i32
            affine.store %54, %alloc_2[] : memref<i32>
            %55 = affine.load %alloc[] : memref<index>
            %56 = memref.load %arg1[%55, %arg3] : memref<24x24xi32>
            %57 = affine.load %alloc_2[] : memref<i32>
            %58 = arith.cmpi slt, %56, %57 : i32
            scf.if %58 {
              %59 = affine.load %alloc_2[] : memref<i32>
              %60 = affine.load %alloc[] : memref<index>
              memref.store %59, %arg1[%60, %arg3] : memref<24x24xi32>
            }
          } else {
            %61 = affine.load %alloc[] : memref<index>
            %62 = memref.load %arg1[%61, %arg3] : memref<24x24xi32>
            %63 = affine.load %alloc[] : memref<index>
            %64 = arith.addi %63, %c1 : index
            %65 = arith.subi %arg3, %c1 : index
            %66 = memref.load %arg1[%64, %65] : memref<24x24xi32>
            %67 = arith.cmpi slt, %62, %66 : i32
            scf.if %67 {
              %68 = affine.load %alloc[] : memref<index>
              %69 = arith.addi %68, %c1 : index
              %70 = arith.subi %arg3, %c1 : index
              %71 = memref.load %arg1[%69, %70] : memref<24x24xi32>
              %72 = affine.load %alloc[] : memref<index>
              memref.store %71, %arg1[%72, %arg3] : memref<24x24xi32>
            }
          }
        }
        %73 = affine.load %alloc[] : memref<index>
        %74 = arith.addi %73, %c1 : index
        scf.for %arg4 = %74 to %arg3 step %c1 {
          %alloc_3 = memref.alloc() {name = "s3"} : memref<i32>
          %75 = affine.load %alloc[] : memref<index>
          %76 = memref.load %arg1[%75, %arg4] : memref<24x24xi32>
          %77 = arith.extsi %76 : i32 to i33
          %78 = arith.addi %arg4, %c1 : index
          %79 = memref.load %arg1[%78, %arg3] : memref<24x24xi32>
          %80 = arith.extsi %79 : i32 to i33
          %81 = arith.addi %77, %80 : i33
          %82 = arith.trunci %81 : i33 to i32
          affine.store %82, %alloc_3[] : memref<i32>
          %83 = affine.load %alloc[] : memref<index>
          %84 = memref.load %arg1[%83, %arg3] : memref<24x24xi32>
          %85 = affine.load %alloc_3[] : memref<i32>
          %86 = arith.cmpi slt, %84, %85 : i32
          scf.if %86 {
            %87 = affine.load %alloc_3[] : memref<i32>
            %88 = affine.load %alloc[] : memref<index>
            memref.store %87, %arg1[%88, %arg3] : memref<24x24xi32>
          }
        } {loop_name = "k", op_name = "S_k_0"}
      } {loop_name = "j", op_name = "S_j_0"}
    } {loop_name = "i_inv", op_name = "S_i_inv_0"}
    return
  }
}
