/**
 * Export backends keyed by target name (DESIGN §8, STYLE §24). Each backend turns a compiled design into
 * named files, or reports diagnostics and returns nothing: files are only produced when the whole export
 * succeeded, so a construct the backend cannot express never leaves a half-written project behind.
 */
import type { DiagnosticSink } from "../diagnostics";
import type { Tensor } from "../api-types";
import type * as ir from "../ir/nodes";
import { printModule } from "../ir/mlir";
import { buildVhls, buildVitisHls, DEVICES } from "./hls/project";
import { buildAieProject } from "./aie/project";
import { AIE_DEVICES, DEFAULT_AIE_DEVICE } from "./aie/device";
import type { MappingPrimitiveRecord } from "../frontend/schedule-record";

export interface BackendInput {
  readonly module: ir.Module;
  readonly source: string;
  readonly sink: DiagnosticSink;
  readonly device?: string;
  readonly designName?: string;
  readonly seed?: number;
  readonly stepBudget?: number;
  /** AIE: "current" mlir-aie syntax (default) or the "v1" forms Allo pins. */
  readonly syntax?: "current" | "v1";
  /** AIE: placement pins from df.build(..., mapping_primitives=[...]). */
  readonly mappingPrimitives?: readonly MappingPrimitiveRecord[];
  /** Inputs for the testbench's golden data (the design script's `mod(...)` arguments, or the user's). */
  readonly inputs?: Readonly<Record<string, Tensor>>;
  /** Where `inputs` came from, for the data files' headers ("the design's script"). */
  readonly inputsFrom?: string;
}

export interface Backend {
  readonly target: string;
  readonly description: string;
  /** Named files (relative paths), or undefined after reporting errors to the sink. */
  build(input: BackendInput): Record<string, Uint8Array | string> | undefined;
}

export const BACKENDS: Readonly<Record<string, Backend>> = {
  vhls: {
    target: "vhls",
    description: "HLS C++ kernel (kernel.cpp, kernel.h) with ap_int/ap_fixed types and pragmas",
    build: (i) => buildVhls(i),
  },
  vitis_hls: {
    target: "vitis_hls",
    description: `Vitis HLS project: kernel, self-checking testbench with golden data, Tcl/cfg flows, XRT host, Makefile (devices: ${Object.keys(DEVICES).join(", ")})`,
    build: (i) => buildVitisHls(i),
  },
  mlir: {
    target: "mlir",
    description: "the design's MLIR module",
    build: (i) => ({ "kernel.mlir": printModule(i.module) }),
  },
  aie: {
    target: "aie",
    description: `MLIR-AIE project for the Ryzen AI NPU: design/aie.mlir, kernels/*.cc, XRT host test with golden data, CMake, Makefile (devices: ${Object.keys(AIE_DEVICES).join(", ")}; default ${DEFAULT_AIE_DEVICE})`,
    build: (i) => buildAieProject({ module: i.module, sink: i.sink, device: i.device, designName: i.designName, syntax: i.syntax, primitives: i.mappingPrimitives, seed: i.seed, stepBudget: i.stepBudget }),
  },
};

export function backendFor(target: string): Backend | undefined {
  return Object.prototype.hasOwnProperty.call(BACKENDS, target) ? BACKENDS[target] : undefined;
}
