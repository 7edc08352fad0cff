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
import { withOnChipCopies } from "../arch/plan";
import type { Module } from "../ir/nodes";
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
  return { mlir, hls: resolveOrigins(k.kernelCpp, k.cppLineOrigins, lines, blame, onChipCopyAliases(design.module)) };
}

/**
 * The export wraps a top whose arrays are partitioned (arch/plan.ts): `<top>` calls `<top>_core` (the
 * scheduled top) with on-chip copies `<A>_local` of its ports. Their attributes are the top's and A's,
 * which is what the schedule named: key the pragmas of the wrapped kernel back to those.
 */
function onChipCopyAliases(m: Module): ((key: string) => string) | undefined {
  const wrapped = withOnChipCopies(m);
  if (wrapped === m) return undefined;
  const known = new Set(m.funcs.map((f) => f.name));
  const core = wrapped.funcs.find((f) => !known.has(f.name))?.name;
  if (core === undefined) return undefined;
  const top = m.top;
  const locals = new Map<string, string>();
  const wrapper = wrapped.funcs.find((f) => f.name === top);
  for (const s of wrapper?.body ?? []) if (s.kind === "copy" && s.dst.storage === "local") locals.set(s.dst.name, s.src.name);
  return (key) => {
    const [kind, func, name, ...rest] = key.split(":");
    if (func === core) return [kind, top, name, ...rest].join(":");
    if (kind === "buffer" && func === top && name !== undefined && locals.has(name)) return [kind, top, locals.get(name)!, ...rest].join(":");
    return key;
  };
}
