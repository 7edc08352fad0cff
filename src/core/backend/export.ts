/**
 * `exportProject`: compile a design and run an export backend (backend/index.ts) on it. Like every API
 * function it never throws on user input; problems come back as diagnostics and then no files are made.
 */
import type { Tensor } from "../api-types";
import { scriptInputs } from "../script/capture";
import { compileDesign } from "../compile";
import type { Diagnostic } from "../diagnostics";
import { backendFor, BACKENDS } from "./index";
import { deterministicZip } from "./zip";
import type { Limits } from "../limits";
import { largestGrid } from "../schedule/grid";
import { sharedPeGrids } from "../schedule/grid-fold";

export interface ExportOptions {
  /** A key of BACKENDS: vhls, vitis_hls, mlir, aie. */
  readonly target: string;
  /** Export the design of this schedule variable (as `compile`'s option). */
  readonly schedule?: string;
  /** Board for vitis_hls (u280 by default). */
  readonly device?: string;
  /** A name for headers and the archive's root folder (e.g. the source file's name). */
  readonly designName?: string;
  /** Seed of the generated inputs in the project's data files (1 by default, as `simulate`). */
  readonly seed?: number;
  /** Step budget of the simulator run that computes the testbench's golden data (vitis_hls). */
  readonly stepBudget?: number;
  /** Resource limits, as for compile. */
  readonly limits?: Partial<Limits>;
  /** Files the design np.loads, as for compile. */
  readonly files?: Readonly<Record<string, Uint8Array>>;
  /** AIE only: "v1" emits the mlir-aie v1.0 forms Allo pins instead of today's syntax. */
  readonly syntax?: "current" | "v1";
  /** Inputs for the testbench's golden data; without them the design script's first call of its built module gives them. */
  readonly inputs?: Readonly<Record<string, Tensor>>;
  /**
   * HLS targets: write a PE grid as one PE function called once per PE with its coordinates, its
   * FIFOs as arrays of channels (instead of one function per PE); the hardware is the same
   * (schedule/grid-fold.ts). Default: for grids of more than SHARED_PE_EXPORT PEs.
   */
  readonly sharedPEs?: boolean;
}

/** Grids of more PEs than this export as one shared PE function (one function per PE up to here). */
export const SHARED_PE_EXPORT = 1024;

export interface ExportResult {
  readonly diagnostics: readonly Diagnostic[];
  /** Relative path → content, present when the export succeeded. */
  readonly files?: Readonly<Record<string, Uint8Array | string>>;
  /** The files as a deterministic zip under a `<top>_<target>/` folder. */
  readonly zip?: Uint8Array;
}

export function exportProject(source: string, options: ExportOptions): ExportResult {
  const c = compileDesign(source, { schedule: options.schedule, limits: options.limits, ...(options.files ? { files: options.files } : {}) });
  const backend = backendFor(options.target);
  if (!backend) {
    c.sink.error("E-export-target", `unknown export target '${options.target}'; targets: ${Object.keys(BACKENDS).join(", ")}`, { from: 0, to: 0 });
    return { diagnostics: c.sink.items };
  }
  if (!c.design) return { diagnostics: c.sink.items };
  const hls = options.target === "vhls" || options.target === "vitis_hls";
  const shared = hls && (options.sharedPEs ?? largestGrid(c.design.compact) > SHARED_PE_EXPORT) ? sharedPeGrids(c.design.compact) : undefined;
  const m = shared ?? c.design.module;
  const fromScript = options.inputs || options.target !== "vitis_hls" ? undefined : scriptInputs(source, m, options.limits);
  const inputs = options.inputs ?? fromScript;
  const inputsFrom = options.inputs ? "the given files" : fromScript ? "the design's script" : undefined;
  const files = backend.build({ module: m, source, sink: c.sink, device: options.device, designName: options.designName, seed: options.seed, stepBudget: options.stepBudget, syntax: options.syntax, mappingPrimitives: c.design.schedule?.built?.mappingPrimitives, ...(inputs ? { inputs } : {}), ...(inputsFrom ? { inputsFrom } : {}) });
  if (!files || c.sink.hasErrors) return { diagnostics: c.sink.items };
  const zip = deterministicZip(files, `${m.top}_${options.target}`);
  return { diagnostics: c.sink.items, files, zip };
}
