/**
 * Where a buffer lives and how many ports it offers: banks from `partition` (complete / block /
 * cyclic per dimension, reference §2.2), each bank a BRAM/URAM/LUTRAM with 2 ports, a register file
 * (one element per bank, or a 0-d scalar: no port limit), or a FIFO (one read and one write per
 * cycle). Also BRAM18K counts from bits per bank (UG573 block RAM aspect ratios).
 */
import type * as ir from "../ir/nodes";
import type { Affine } from "./affine";
import { isConst } from "./affine";
import { bitWidth, elementCount, isDynamic } from "../types/types";

export type StorageClass = "register" | "bram" | "uram" | "lutram" | "fifo" | "interface";

/** Banks at or below this many bits go to LUTRAM (Vitis picks distributed RAM for small arrays). */
export const LUTRAM_MAX_BITS = 1024;
/** Ports of one RAM bank (true dual port). */
export const RAM_PORTS = 2;

export interface MemoryInfo {
  readonly storage: StorageClass;
  readonly banks: number;
  /** NaN for a dynamic-shaped port (float32[...]): its depth is the caller's. */
  readonly elementsPerBank: number;
  readonly width: number;
  /** Ports per bank; Infinity for registers. */
  readonly ports: number;
  /** Cycles of a read. */
  readonly readLatency: number;
  readonly writeLatency: number;
  readonly bram18k: number;
  readonly uram: number;
  readonly lut: number;
  readonly ff: number;
  /** "BRAM", "registers", ... for explanations. */
  readonly label: string;
}

function dimBanks(b: ir.Buffer, d: number): number {
  const p = b.partition?.[d];
  const n = b.type.shape[d]!;
  if (!p) return 1;
  if (p.mode === "complete") return n;
  return Math.max(1, Math.min(n, p.factor));
}

export function bankCount(b: ir.Buffer): number {
  return b.type.shape.reduce((acc, _, d) => acc * dimBanks(b, d), 1);
}

/** BRAM18K primitives for a depth×width memory: the best of the 18Kb aspect ratios (16K×1 … 512×36). */
export function bram18kFor(depth: number, width: number): number {
  const shapes: [number, number][] = [[16384, 1], [8192, 2], [4096, 4], [2048, 9], [1024, 18], [512, 36]];
  let best = Infinity;
  for (const [d, w] of shapes) best = Math.min(best, Math.ceil(depth / d) * Math.ceil(width / w));
  return best;
}

const isStream = (b: ir.Buffer) => (b.storage as string) === "stream" || b.stream !== undefined;

/**
 * How buffer `b` is implemented. `external`: an argument of the top function (an ap_memory/m_axi
 * port: no on-chip memory, 2 ports); arguments of other functions are their caller's buffers.
 */
export function memoryInfo(b: ir.Buffer, external: boolean): MemoryInfo {
  const width = bitWidth(b.type.elem);
  const none = { bram18k: 0, uram: 0, lut: 0, ff: 0 };
  // A dynamic-shaped argument (float32[...]) is a port of a size set by the caller: one bank, its depth unknown.
  if (isDynamic(b.type)) return { storage: "interface", banks: 1, elementsPerBank: NaN, width, ports: RAM_PORTS, readLatency: 2, writeLatency: 1, ...none, label: "memory port" };
  const elements = elementCount(b.type);
  const banks = bankCount(b);
  const per = Math.ceil(elements / banks);
  if (external) {
    return b.type.shape.length === 0 ? { storage: "register", banks: 1, elementsPerBank: 1, width, ports: Infinity, readLatency: 0, writeLatency: 0, ...none, label: "registers" }
      : { storage: "interface", banks, elementsPerBank: per, width, ports: RAM_PORTS, readLatency: 2, writeLatency: 1, ...none, label: "memory port" };
  }
  if (isStream(b)) {
    const depth = b.stream?.depth ?? 2;
    const bits = depth * width;
    const instances = (b.storage as string) === "stream" ? Math.max(1, elements) : 1;
    const bram = bits > LUTRAM_MAX_BITS ? bram18kFor(depth, width) * instances : 0;
    return { storage: "fifo", banks: instances, elementsPerBank: depth, width, ports: 1, readLatency: 1, writeLatency: 1, ...none, bram18k: bram, lut: bram ? 20 * instances : (width * Math.ceil(depth / 32) + 10) * instances, ff: 2 * width * instances, label: "FIFO" };
  }
  if (b.type.shape.length === 0 || per <= 1) {
    return { storage: "register", banks, elementsPerBank: 1, width, ports: Infinity, readLatency: 0, writeLatency: 0, ...none, ff: width * elements, label: "registers" };
  }
  const bits = per * width;
  const resource = b.memory?.resource.toUpperCase();
  if (resource === "URAM") {
    const uram = Math.ceil(per / 4096) * Math.ceil(width / 72) * banks;
    return { storage: "uram", banks, elementsPerBank: per, width, ports: RAM_PORTS, readLatency: 2, writeLatency: 1, ...none, uram, label: "URAM" };
  }
  if (resource === "LUTRAM" || (resource !== "BRAM" && bits <= LUTRAM_MAX_BITS)) {
    return { storage: "lutram", banks, elementsPerBank: per, width, ports: RAM_PORTS, readLatency: 1, writeLatency: 1, ...none, lut: Math.ceil(per / 64) * width * banks, label: "LUTRAM" };
  }
  return { storage: "bram", banks, elementsPerBank: per, width, ports: RAM_PORTS, readLatency: 2, writeLatency: 1, ...none, bram18k: bram18kFor(per, width) * banks, label: "BRAM" };
}

/**
 * The bank an access touches, as a key ("0" when not partitioned), or undefined when it cannot be
 * known at compile time (HLS then multiplexes every bank: the access counts against all of them).
 */
export function bankOf(b: ir.Buffer, idx: readonly (Affine | undefined)[]): string | undefined {
  if (!b.partition?.some((p) => p)) return "0";
  const parts: number[] = [];
  for (let d = 0; d < b.type.shape.length; d++) {
    const p = b.partition[d];
    if (!p) continue;
    const a = idx[d];
    if (!a) return undefined;
    const n = b.type.shape[d]!;
    if (p.mode === "cyclic") {
      const f = dimBanks(b, d);
      for (const v of a.t.values()) if (v % f !== 0) return undefined;
      parts.push((((a.c % f) + f) % f));
    } else {
      if (!isConst(a)) return undefined;
      if (p.mode === "complete") parts.push(a.c);
      else parts.push(Math.floor(a.c / Math.ceil(n / dimBanks(b, d))));
    }
  }
  return parts.join(",");
}
