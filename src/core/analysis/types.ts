/**
 * Plain-data results of the estimator (structured-clone safe: they cross the worker boundary).
 * Every number comes with a short "why" pointing at the source range responsible, so the UI can
 * point at code.
 */
import type { SourceRange } from "../diagnostics";

/** One reason behind an estimate, e.g. "II 2: 4 loads of A per iteration, 2 BRAM ports". */
export interface EstimateWhy {
  readonly text: string;
  readonly range?: SourceRange;
}

/** Resource counts in the units Vitis HLS reports (BRAM_18K, DSP, FF, LUT, URAM). */
export interface ResourceCounts {
  readonly dsp: number;
  readonly bram18k: number;
  readonly lut: number;
  readonly ff: number;
  readonly uram: number;
}

export type ResourceKey = keyof ResourceCounts;

export interface LoopEstimate {
  /** The loop's `loop_name` (HLS label `l_<name>`). */
  readonly name: string;
  readonly opName?: string;
  readonly func: string;
  readonly range: SourceRange;
  /** Average trip count (exact when the bounds are constant). */
  readonly tripCount: number;
  readonly tripMin: number;
  readonly tripMax: number;
  /** The trip count is not known statically (a `while` loop, non-affine bounds): `tripCount` is what was assumed. */
  readonly tripUnknown?: boolean;
  /** The latency assumes a trip count somewhere inside (see `tripUnknown`): it is not a bound HLS would report. */
  readonly latencyUnknown?: boolean;
  readonly pipelined: boolean;
  /** The II the schedule asked for (`s.pipeline(..., initiation_interval=)`). */
  readonly requestedII?: number;
  /** The II achieved: the requested II raised by memory ports, dependences and FIFOs. */
  readonly ii?: number;
  /** `unroll` attribute: 0 = full. */
  readonly unroll?: number;
  readonly dataflow: boolean;
  /** Depth of one iteration when pipelined, else the latency of one iteration of the body. */
  readonly iterationLatency: number;
  /** Cycles for the whole loop (all iterations). */
  readonly latency: number;
  /** Set on loops folded into an enclosing pipelined or unrolled loop (they have no latency of their own). */
  readonly absorbed?: "pipelined" | "unrolled";
  readonly resources: ResourceCounts;
  readonly why: readonly EstimateWhy[];
  readonly loops: readonly LoopEstimate[];
}

export interface FunctionEstimate {
  readonly name: string;
  readonly range: SourceRange;
  /** Cycles of one call. */
  readonly latency: number;
  /** The latency assumes the trip count of a loop whose trip count is unknown (it or a callee has one). */
  readonly latencyUnknown?: boolean;
  /** Cycles between the starts of two calls (the max stage for dataflow functions). */
  readonly interval: number;
  readonly dataflow: boolean;
  /** Resources of one instance, including the functions it calls. */
  readonly resources: ResourceCounts;
  /** Resources of its own operators, memories and control only. */
  readonly ownResources: ResourceCounts;
  readonly loops: readonly LoopEstimate[];
  readonly calls: readonly string[];
  /** How many call sites of each callee the function has (absent in estimates made before it was added). */
  readonly callSites?: Readonly<Record<string, number>>;
  /** The kernel definition it instantiates, when its name is an instance's (`linear_w4a8_qkv` of `linear_w4a8`). */
  readonly template?: string;
  readonly why: readonly EstimateWhy[];
}

export interface DeviceInfo {
  readonly name: string;
  readonly part: string;
  readonly resources: ResourceCounts;
  /** Where the numbers come from. */
  readonly source: string;
}

/**
 * Throughput against the DSPs. A MAC is one multiplication executed (the add it feeds is counted
 * with it). `macsPerCycle` = MACs of one call / the call's latency. The peak is what the DSPs could
 * do if each MAC unit started one multiplication every cycle: `peakUsed` uses the DSPs this design
 * instantiates, `peakDevice` every DSP of the device, both divided by the DSPs one MAC unit of the
 * design's widest multiply needs.
 */
export interface Throughput {
  readonly macs: number;
  readonly macsPerCycle: number;
  readonly dspPerMac: number;
  readonly peakUsed: number;
  readonly peakDevice: number;
  /** 100 · macsPerCycle / peakUsed (0 when the design has no DSP multiplies). */
  readonly percentOfUsedPeak: number;
  /** 100 · macsPerCycle / peakDevice. */
  readonly percentOfDevicePeak: number;
  readonly definition: string;
}

export interface Estimate {
  readonly top: string;
  readonly device: DeviceInfo;
  readonly clockMHz: number;
  /** Cycles of one call of the top function. */
  readonly latency: number;
  /** The latency assumes the trip count of a loop whose trip count is unknown (`while`, non-affine bounds). */
  readonly latencyUnknown?: boolean;
  /** Cycles (included in `latency`) to load partitioned top-level arrays into their on-chip copies and store written ones back. */
  readonly onChipCopyCycles?: number;
  readonly interval: number;
  /** latency / clock, microseconds. */
  readonly timeUs: number;
  readonly resources: ResourceCounts;
  /** Percent of the device per resource. */
  readonly utilization: ResourceCounts;
  readonly throughput: Throughput;
  /** Functions in the module (top first). */
  readonly functions: readonly FunctionEstimate[];
  /** What the model assumes (shown under the tables). */
  readonly notes: readonly string[];
}

/** The headline numbers of a module, for the schedule's steps list. */
export interface EstimateSummary {
  readonly latency: number;
  /** The achieved II of the innermost pipelined loop with the most latency, when there is one. */
  readonly ii?: number;
  readonly dsp: number;
  readonly bram18k: number;
  /** The latency assumes the trip count of a loop whose trip count is unknown (as `Estimate.latencyUnknown`). */
  readonly latencyUnknown?: boolean;
}
