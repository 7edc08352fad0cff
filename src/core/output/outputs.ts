/**
 * The live outputs of a design beside its source (Compiler Explorer's panes): the printed MLIR and the
 * exact kernel.cpp of the vitis_hls export, each with its source ↔ output line map.
 */
import type { Diagnostic, LineMap } from "../diagnostics";
import { DiagnosticSink } from "../diagnostics";
import type { Design } from "../compile";
import { printModuleWithOrigins } from "../ir/mlir";
import { emitVitisKernel } from "../backend/hls/project";
import { blameAttributes } from "./attrBlame";
import { resolveOrigins } from "./lineMap";
import type { OutputText } from "./lineMap";

export interface OutputOptions {
  /** The name the export is given (it appears in kernel.cpp's header comment); the studio exports as "kernel". */
  readonly designName?: string;
}

export interface DesignOutputs {
  readonly mlir: OutputText;
  /** kernel.cpp as the vitis_hls export writes it; absent when the export cannot express the design. */
  readonly hls?: OutputText;
  /** Why there is no HLS C++ (the export's diagnostics), when there is none. */
  readonly hlsDiagnostics?: readonly Diagnostic[];
}

export function designOutputs(design: Design, lines: LineMap, options: OutputOptions = {}): DesignOutputs {
  const blame = blameAttributes(design.unscheduled, design.steps);
  const m = printModuleWithOrigins(design.module);
  const mlir = resolveOrigins(m.text, m.origins, lines, blame);
  // A sink of its own: the export's notes (renames, unsupported types) are not the design's diagnostics.
  const sink = new DiagnosticSink(lines);
  const k = emitVitisKernel({ module: design.module, sink, designName: options.designName });
  if (!k || sink.hasErrors) return { mlir, hlsDiagnostics: sink.items };
  return { mlir, hls: resolveOrigins(k.kernelCpp, k.cppLineOrigins, lines, blame) };
}
