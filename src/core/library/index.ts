/**
 * Allo's NN library as importable modules of design files: `from allo.library import nn`,
 * `import allo.library.nn as nn`, `from allo.library.systolic import systolic`. Every operator is a
 * template kernel written in Allo source (one operator a file under nn/ and systolic/), compiled
 * like user code when a design instantiates it, with the schedule function Allo pairs with it
 * (`nn.schedule_linear2d(s)`; `s.compose(nn.linear2d, instantiate=[...])` finds it by kernel).
 * Names and template parameter orders are Allo's (allo/library/nn.py, systolic.py).
 *
 * Catalog (shapes use the template parameters; "→" is the returned array):
 *
 * allo.library.nn
 * | kernel | template parameters | arguments → result | schedule |
 * |---|---|---|---|
 * | linear2d | TyX, TyW, TyO, M, N, K | X[M,K], W[N,K], b[N] → [M,N] (X·Wᵀ + b) | schedule_linear2d |
 * | linear3d | TyX, TyW, TyO, B, L, D, M | X[B,L,D], W[M,D], bias[M] → [B,L,M] | schedule_linear3d |
 * | relu2d / relu3d / relu4d | Ty, H, W / Ty, N, L, C / Ty, N, C, H, W | X → same shape | schedule_relu2d/3d/4d |
 * | softmax | Ty, L | X[L,L] → [L,L], rows | schedule_softmax |
 * | log_softmax | Ty, B, C | X[B,C] → [B,C], rows | schedule_log_softmax |
 * | layer_norm | Ty, L, D | X[L,D], gamma[D], beta[D] → [L,D], eps 1e-5 | schedule_layernorm |
 * | GeLU | Ty, L, D | X[L,D] → [L,D], tanh approximation | schedule_gelu |
 * | residual_add | Ty, L, D | X1[L,D], X2[L,D] → [L,D] | — |
 * | scaled_dot_product_attention | Ty, H, L, D, M0, M1 | Q, K, V [L,D] → [L,D], H heads, unscaled scores, M0×M1 systolic GEMMs | — |
 * | RoPE | Ty, H, L, D | X[L,D], cos[L,D/H/2], sin[L,D/H/2] → [L,D] | — |
 * | modulate_fused | Ty, L, D | X[L,D], scale[D], shift[D] → [L,D] | schedule_modulate_fused |
 * | conv2d | Ty, B, Cin, Cout, H, W, Kh, Kw, Oh, Ow, Sh, Sw, Pd0, Pd1 | inp[B,Cin,H,W], kernel[Cout,Cin,Kh,Kw], bias[Cout] → [B,Cout,Oh,Ow] | schedule_conv2d |
 * | maxpool2d / avgpool2d | Ty, B, C, H, W, K, Oh, Ow, S, Pd | inp[B,C,H,W] → [B,C,Oh,Ow] | schedule_maxpool2d / schedule_avgpool2d |
 * | batchnorm2d | Ty, B, C, H, W | X[B,C,H,W], gamma[C], beta[C], eps, mean[C], var[C] → [B,C,H,W] | schedule_batchnorm2d |
 * | batchnorm1d_2d / batchnorm1d_3d | Ty, B, C / Ty, B, C, L | X[B,C] / X[B,C,L], gamma, beta, eps, mean, var → same | schedule_batchnorm1d_2d/3d |
 * | repeat_batch3d | Ty, B, L, C, N | X[B,L,C] → [N·B,L,C] | schedule_repeat_batch3d |
 * | concat | Ty, B, N1, N2, C | X1[B,N1,C], X2[B,N2,C] → [B,N1+N2,C] | schedule_concat |
 * | systolic | (re-exported from allo.library.systolic) | | |
 *
 * Beyond Allo's library (for ONNX graphs and torch models; r = rank 1..4). Each has a schedule
 * (`schedule_<kernel>`, its innermost loops pipelined) except reduce_mean2d,
 * quantize_linear and dequantize_linear:
 * | kernel | template parameters | arguments → result |
 * |---|---|---|
 * | matmul | TyA, TyB, TyO, M, K, N | A[M,K], B[K,N] → TyO[M,N] |
 * | bmm3d / bmm4d | Ty, Z0, M, K, N, A0, B0 / Ty, Z0, Z1, M, K, N, A0, A1, B0, B1 | batched A @ B, batch dims of 1 broadcast |
 * | add/sub/mul/div/pow{r}d | Ty, Z0.., A0.., B0.. | A[A..], B[B..] → [Z..], numpy broadcasting (operands of rank r, dims 1 or Z) |
 * | tanh/sqrt/exp/log/sigmoid/neg/abs/erf/gelu{r}d, relu1d | Ty, N0.. | X → same shape (gelu: exact, erf form) |
 * | cast{r}d | TyI, TyO, N0.. | X → TyO, same shape |
 * | where{r}d | Ty, Z0.., C0.., A0.., B0.. | C (bool), A, B → [Z..] |
 * | reshape{a}d_{b}d | Ty, N0.., M0.. | X[N..] → [M..], C order |
 * | transpose{r}d_{perm} | Ty, N0.. | X → dims permuted (output dim d = input dim perm[d]), e.g. transpose4d_0213 |
 * | softmax2d | Ty, B, C | X[B,C] → [B,C], rows |
 * | softmax3d / softmax4d | Ty, N0.. | X → same shape, softmax along the last axis |
 * | layer_norm3d / layer_norm4d | Ty, N0.. | X, gamma[N_last], beta[N_last], eps → same shape, last axis, two-pass variance |
 * | reduce_mean2d | Ty, B, C | X[B,C] → [B,1] |
 * | layer_norm_eps | Ty, L, D | X[L,D], gamma, beta, eps → [L,D] |
 * | slice3d | Ty, B, N, C, S, L | X[B,N,C] → [B,L,C] = X[:, S:S+L, :] |
 * | embedding | TyI, Ty, V, D, N | ids[N], table[V,D] → [N,D] |
 * | quantize_linear | Ty, TyQ, N, QMIN, QMAX | X[N], scale, zp → TyQ[N], half-to-even, saturating |
 * | dequantize_linear | TyQ, Ty, N | X[N], scale, zp → Ty[N] |
 * | matmul_integer | TyA, TyB, M, K, N | A[M,K], B[K,N], za, zb → int32[M,N] |
 * | qlinear2d | TyX, TyW, TyO, M, N, K | X[M,K] int8, W[N,K] int4/int8, b[N] int32, scale, zp → TyO[M,N] requantized |
 *
 * allo.library.systolic
 * | kernel | template parameters | arguments | schedule |
 * |---|---|---|---|
 * | systolic | TyA, TyB, TyC, M, K, N, Mt, Nt | A[M,K], B[K,N], C[M,N] (written) | schedule_systolic |
 * | systolic_tile | TyA, TyB, TyC, K, Mt, Nt | A[Mt,K], B[K,Nt], C[Mt,Nt] (written) | — |
 * | PE_kernel | TyA, TyB, TyC, K, Mt, Nt | A_in, B_in, A_out, B_out [K], C[Mt,Nt], i, j | — |
 * | PE_kernel_packed_int4xint8 / _int8xint8 | K, Mt, Nt | packed operands, two products per multiply | — |
 * | packed_systolic | TyA, TyB, TyC, M, K, N, Mt, Nt, P | A Int(TyA.bits·P)[M/P,K], B Int(TyB.bits·P)[K,N/P], C Int(TyC.bits·P)[M/P,N] (written), P values per element | schedule_systolic |
 * | packed_int8xint8_systolic | M, K, N, Mt, Nt, P | A, B, C Int(8·P), two int8 products per multiply (PE_kernel_packed_int8xint8) | schedule_systolic |
 *
 * Differences from Allo, all in the kernels' text: `allo.grid`/`allo.exp`... stand for Allo's
 * `dsl.*`; conv2d/pool window positions are int32 (Allo types them Ty and indexes with a float).
 */
import type { LibraryOp } from "./op";
import { linear2d } from "./nn/linear2d";
import { linear3d } from "./nn/linear3d";
import { relu2d, relu3d, relu4d } from "./nn/relu";
import { softmax } from "./nn/softmax";
import { log_softmax } from "./nn/log_softmax";
import { layer_norm } from "./nn/layer_norm";
import { GeLU } from "./nn/gelu";
import { residual_add } from "./nn/residual_add";
import { scaled_dot_product_attention } from "./nn/attention";
import { RoPE } from "./nn/rope";
import { modulate_fused } from "./nn/modulate_fused";
import { conv2d } from "./nn/conv2d";
import { avgpool2d, maxpool2d } from "./nn/pool";
import { batchnorm1d_2d, batchnorm1d_3d, batchnorm2d } from "./nn/batchnorm";
import { repeat_batch3d } from "./nn/repeat_batch3d";
import { concat } from "./nn/concat";
import { bmm3d, bmm4d, matmul } from "./nn/matmul";
import { embedding, layer_norm_eps, reduce_mean2d, slice3d, softmax2d } from "./nn/rows";
import { dequantize_linear, matmul_integer, qlinear2d, quantize_linear } from "./nn/quant";
import { GENERATED_OPS } from "./nn/generated";
import { PE_kernel } from "./systolic/pe";
import { PE_kernel_packed_int4xint8, PE_kernel_packed_int8xint8 } from "./systolic/pe_packed";
import { systolic_tile } from "./systolic/tile";
import { systolic } from "./systolic/systolic";
import { packed_int8xint8_systolic, packed_systolic } from "./systolic/packed";

/** A module of the library: the imports its kernels rely on, then its operators in order. */
export interface LibraryModule {
  readonly path: string;
  readonly header: string;
  readonly ops: readonly LibraryOp[];
}

const TYPES_IMPORT = "from allo.ir.types import bool, int4, int8, int16, int32, index, float32, Int, UInt\n";

export const LIBRARY_MODULES: ReadonlyMap<string, LibraryModule> = new Map([
  ["allo.library.systolic", {
    path: "allo.library.systolic",
    header: `import allo\n${TYPES_IMPORT}`,
    ops: [PE_kernel, PE_kernel_packed_int4xint8, PE_kernel_packed_int8xint8, systolic_tile, systolic, packed_systolic, packed_int8xint8_systolic],
  }],
  ["allo.library.nn", {
    path: "allo.library.nn",
    header: `import allo\n${TYPES_IMPORT}from allo.library.systolic import systolic\n`,
    ops: [
      linear2d, linear3d, relu2d, relu3d, relu4d, softmax, log_softmax, layer_norm, GeLU, residual_add,
      scaled_dot_product_attention, RoPE, modulate_fused, conv2d, maxpool2d, avgpool2d, batchnorm2d,
      batchnorm1d_2d, batchnorm1d_3d, repeat_batch3d, concat,
      // beyond Allo's library: what ONNX graphs and torch models need
      matmul, bmm3d, bmm4d, softmax2d, reduce_mean2d, layer_norm_eps, slice3d, embedding,
      quantize_linear, dequantize_linear, matmul_integer, qlinear2d, ...GENERATED_OPS,
    ],
  }],
]);

/** Whether `path` names a library module (`allo.library.nn`). */
export function isLibraryModule(path: string): boolean {
  return LIBRARY_MODULES.has(path);
}

/** The whole Allo source of a library module. */
export function librarySource(path: string): string | undefined {
  const m = LIBRARY_MODULES.get(path);
  return m && m.header + m.ops.map((o) => o.source).join("\n");
}

/** Allo's KERNEL2SCHEDULE: the schedule function of a library kernel, by kernel name. */
export function scheduleOf(kernel: string): { readonly module: string; readonly schedule: string } | undefined {
  for (const m of LIBRARY_MODULES.values()) {
    const op = m.ops.find((o) => o.kernel === kernel);
    if (op?.schedule) return { module: m.path, schedule: op.schedule };
  }
  return undefined;
}
