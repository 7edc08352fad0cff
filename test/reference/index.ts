/** Every gallery design's independent reference (test/gallery.test.ts checks none is missing). */
import type { Reference } from "./types";
import { reference as atax } from "./atax";
import { reference as bicg } from "./bicg";
import { reference as bitops } from "./bitops";
import { reference as conv2dReuse } from "./conv2d_reuse";
import { reference as dfPipeline } from "./df_pipeline";
import { reference as dfSystolic } from "./df_systolic";
import { reference as firFixed } from "./fir_fixed";
import { reference as floydWarshall } from "./floyd_warshall";
import { reference as gemm } from "./gemm";
import { reference as gesummv } from "./gesummv";
import { reference as jacobi1d } from "./jacobi_1d";
import { reference as jacobi2d } from "./jacobi_2d";
import { reference as matmulInt8 } from "./matmul_int8";
import { reference as multiFunction } from "./multi_function";
import { reference as mvt } from "./mvt";
import { reference as nussinov } from "./nussinov";
import { reference as seidel2d } from "./seidel_2d";
import { reference as symm } from "./symm";
import { reference as systolic4x4 } from "./systolic_4x4";
import { reference as systolic16x16 } from "./systolic_16x16";
import { reference as syr2k } from "./syr2k";
import { reference as composeTop } from "./compose_top";
import { reference as syrk } from "./syrk";
import { reference as threeMm } from "./three_mm";
import { reference as trmm } from "./trmm";
import { reference as twoMm } from "./two_mm";
import { reference as aieVectorAdd } from "./aie_vector_add";
import { reference as aieProducerConsumer } from "./aie_producer_consumer";
import { reference4 as aieGemm4, reference16 as aieGemm16 } from "./aie_gemm";
import { reference as aieLayernorm } from "./aie_layernorm";
import { reference as gpt2W4a8 } from "./gpt2_w4a8";

export type { Reference } from "./types";

export const references: readonly Reference[] = [
  matmulInt8, gemm, atax, bicg, mvt, gesummv, twoMm, threeMm, jacobi1d, jacobi2d, seidel2d, trmm, symm, syrk,
  floydWarshall, nussinov, firFixed, bitops, multiFunction, systolic4x4, systolic16x16, conv2dReuse, syr2k, composeTop,
  dfPipeline, dfSystolic, aieVectorAdd, aieProducerConsumer, aieGemm4, aieGemm16, aieLayernorm, gpt2W4a8,
];
