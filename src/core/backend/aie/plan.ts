/**
 * The AIE plan of a design: region → kernel functions → kernel C++ (identical kernels share one symbol)
 * → mapping onto the device → budgets. Everything the project, the checks and the tile view need, or
 * diagnostics (and no plan) when the design cannot be mapped or does not fit.
 */
import type { DiagnosticSink } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import { aieDevice, AIE_DEVICES, DEFAULT_AIE_DEVICE } from "./device";
import type { DeviceModel } from "./device";
import { checkBudgets, tileUsage } from "./budget";
import type { TileUsage } from "./budget";
import { CppUnsupported, kernelFunction } from "./kernel-cpp";
import type { KernelCpp } from "./kernel-cpp";
import { kernelViews, ViewError } from "./kernel-view";
import type { KernelView } from "./kernel-view";
import { mapRegion } from "./mapping";
import type { AieMapping, MappingPrimitive } from "./mapping";
import { NameTable } from "./names";
import { extractRegion } from "./region";

/** At most this many runtime-sequence arguments: XRT passes buffers in group ids 3-7. */
export const MAX_HOST_BUFFERS = 5;

export interface AiePlan {
  readonly device: DeviceModel;
  readonly mapping: AieMapping;
  readonly views: readonly KernelView[];
  /** Kernel symbol → its C++ (one entry per distinct kernel body). */
  readonly kernels: ReadonlyMap<string, KernelCpp>;
  readonly usage: readonly TileUsage[];
}

export interface PlanInput {
  readonly module: ir.Module;
  readonly sink: DiagnosticSink;
  readonly device?: string;
  readonly primitives?: readonly MappingPrimitive[];
}

/** Usage (per tile) is returned even when budgets fail, so the tile view can show the overflow. */
export function planAie(input: PlanInput): { plan?: AiePlan; usage?: readonly TileUsage[]; mapping?: AieMapping } {
  const { module: m, sink } = input;
  const top = m.funcs.find((f) => f.name === m.top)!;
  const device = aieDevice(input.device);
  if (!device) {
    sink.error("E-aie-device", `unknown AI Engine device '${input.device}'; devices: ${Object.keys(AIE_DEVICES).join(", ")} (default ${DEFAULT_AIE_DEVICE})`, top.range);
    return {};
  }
  const region = extractRegion(m, sink);
  if (!region) return {};
  let views: KernelView[];
  try {
    views = kernelViews(region);
  } catch (e) {
    if (e instanceof ViewError) {
      sink.error("E-aie-unsupported", `the AIE export cannot map ${e.what} in a kernel yet; rewrite it with loops over arrays and stream put/get`, e.range ?? top.range);
      return {};
    }
    throw e;
  }
  const kernels = new Map<string, KernelCpp>();
  const symbols = new Map<string, string>();
  const table = new NameTable();
  for (const v of views) {
    let k: KernelCpp;
    try {
      k = kernelFunction(v, device.arch);
    } catch (e) {
      if (e instanceof CppUnsupported) {
        sink.error("E-aie-unsupported", `the AIE kernel C++ cannot express ${e.what} (in '${v.instance.name}')`, e.range ?? v.instance.range);
        return {};
      }
      throw e;
    }
    const same = [...kernels].find(([, x]) => x.body === k.body);
    if (same) symbols.set(v.instance.name, same[0]);
    else {
      const sym = table.take(v.instance.kernel);
      kernels.set(sym, k);
      symbols.set(v.instance.name, sym);
    }
  }
  const mapping = mapRegion(region, views, device, input.primitives ?? [], symbols, sink);
  if (!mapping) return {};
  const usage = tileUsage(mapping);
  let ok = checkBudgets(mapping, usage, sink);
  if (device.hasRuntime && region.args.length > MAX_HOST_BUFFERS) {
    sink.error("E-aie-budget", `the region has ${region.args.length} array arguments but the NPU's XRT kernel takes at most ${MAX_HOST_BUFFERS} buffers; pack arguments of one type into one array`, region.args[MAX_HOST_BUFFERS]!.param.range);
    ok = false;
  }
  if (!ok) return { usage, mapping };
  return { plan: { device, mapping, views, kernels, usage }, usage, mapping };
}
