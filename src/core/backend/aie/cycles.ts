/**
 * Cycle estimates of a mapped design, per core and per object FIFO (a first-order model, not a
 * simulation of the AI Engine pipeline):
 *
 * - Scalar kernel code issues one operation per cycle (each load, store, arithmetic operation and loop
 *   step counts one; the scalar unit has no parallel issue for them).
 * - An element-wise aie_api kernel does one 512-bit vector operation per cycle (its two loads and the
 *   store go to the VLIW load/store slots alongside).
 * - An aie::mmul kernel issues one mmul block per cycle (the native shapes are the peak MACs per cycle of
 *   AIE-ML: 256 for int8, 64 for int16), plus the scalar gathering of each A and B block and the scatter of
 *   each C block that the row-major objects need (2 operations per element); `ideal` is the block count
 *   alone, what the kernel would take if the DMA delivered pre-tiled blocks.
 * - DMA moves 32 bits per cycle per channel (the stream width of AIE-ML tiles), so a FIFO object of B bytes
 *   takes ⌈B / 4⌉ cycles; FIFOs between neighbouring cores share memory and take none.
 * - A core's interval per run is its kernels' cycles when its FIFOs are double-buffered (depth ≥ 2: the DMA
 *   of the next object overlaps the compute) but not less than its slowest FIFO; with a depth-1 FIFO the
 *   transfers and the compute add up. The design's interval is the largest core interval or FIFO time: the
 *   bottleneck.
 */
import { elementCount } from "../../types/types";
import { sharesMemory } from "./budget";
import { elemBytes } from "./kernel-cpp";
import type { AieMapping, Fifo, TileRef } from "./mapping";
import type { AiePlan } from "./plan";
import { operationCount } from "./ops";

/** Bytes a DMA channel moves per cycle (32-bit streams). */
export const DMA_BYTES_PER_CYCLE = 4;
/** Bits of one vector register (aie_api element-wise code uses full 512-bit vectors). */
const VECTOR_BITS = 512;

export interface KernelCycles {
  readonly instance: string;
  readonly symbol: string;
  /** The kernel as scalar code. */
  readonly scalar: number;
  /** The code the project contains, when it is aie_api vector code. */
  readonly vector?: number;
  /** mmul kernels: the block count alone (pre-tiled operands). */
  readonly ideal?: number;
  readonly kind: "scalar" | "elementwise" | "mmul";
  /** e.g. "aie::mmul<4, 4, 4>", or why a matmul stayed scalar. */
  readonly note?: string;
}

export interface FifoCycles {
  readonly name: string;
  readonly what: string;
  readonly role: string;
  readonly bytes: number;
  /** DMA cycles per object (0 when the two cores share memory). */
  readonly cycles: number;
  readonly depth: number;
}

export interface CoreCycles {
  readonly tile: TileRef;
  readonly kernels: readonly KernelCycles[];
  /** Cycles of one run of the core's kernels (the code in the project). */
  readonly compute: number;
  /** The slowest FIFO this core produces or consumes. */
  readonly dma: number;
  readonly dmaFifo?: string;
  /** Cycles per run in the steady state (see the file comment). */
  readonly interval: number;
}

export interface AieCycles {
  readonly device: string;
  readonly cores: readonly CoreCycles[];
  readonly fifos: readonly FifoCycles[];
  readonly bottleneck: { readonly kind: "core" | "fifo"; readonly name: string; readonly cycles: number };
}

const key = (t: TileRef) => `${t.col},${t.row}`;

function fifoCycles(m: AieMapping, f: Fifo): FifoCycles {
  const bytes = elementCount({ kind: "array", elem: f.elem, shape: f.shape }) * elemBytes(f.elem);
  return { name: f.name, what: f.what, role: f.role, bytes, cycles: sharesMemory(m.device, f) ? 0 : Math.ceil(bytes / DMA_BYTES_PER_CYCLE), depth: f.depth };
}

export function aieCycles(plan: AiePlan): AieCycles {
  const m = plan.mapping;
  const fifos = m.fifos.map((f) => fifoCycles(m, f));
  const byName = new Map(fifos.map((f) => [f.name, f]));
  const cores: CoreCycles[] = m.cores.map((c) => {
    const kernels: KernelCycles[] = c.steps.map((s) => {
      const scalar = operationCount(s.view.func.body);
      const k = plan.kernels.get(s.symbol);
      const base = { instance: s.view.instance.name, symbol: s.symbol, scalar };
      if (k?.matmul?.kind === "mmul") {
        const { p, shape: [r, ks, t] } = k.matmul;
        const blocks = (p.m / r) * (p.n / t) * (p.k / ks);
        const outBlocks = (p.m / r) * (p.n / t);
        const vector = blocks * (1 + 2 * (r * ks + ks * t)) + outBlocks * (1 + 2 * r * t);
        return { ...base, vector, ideal: blocks, kind: "mmul", note: `aie::mmul<${r}, ${ks}, ${t}>` };
      }
      if (k?.vectorized) {
        const out = s.view.ports.find((x) => x.kind === "arg-out");
        const elems = out ? elementCount(out.buf.type) : 0;
        const bits = out && out.buf.type.elem.kind === "int" ? out.buf.type.elem.bits : 32;
        const lanes = VECTOR_BITS / bits;
        return { ...base, vector: Math.ceil(elems / lanes), kind: "elementwise", note: `${lanes} lanes` };
      }
      return { ...base, kind: "scalar", ...(k?.matmul?.kind === "scalar" ? { note: `matmul kept scalar: ${k.matmul.reason}` } : {}) };
    });
    const compute = kernels.reduce((a, k) => a + (k.vector ?? k.scalar), 0);
    const mine = m.fifos.filter((f) => key(f.producer) === key(c.tile) || f.consumers.some((t) => key(t) === key(c.tile))).map((f) => byName.get(f.name)!);
    const slowest = mine.reduce<FifoCycles | undefined>((a, f) => (!a || f.cycles > a.cycles ? f : a), undefined);
    const dma = slowest?.cycles ?? 0;
    const single = mine.some((f) => f.depth < 2 && f.cycles > 0);
    const interval = single ? compute + mine.reduce((a, f) => a + f.cycles, 0) : Math.max(compute, dma);
    return { tile: c.tile, kernels, compute, dma, ...(slowest && dma > 0 ? { dmaFifo: slowest.name } : {}), interval };
  });
  let bottleneck: AieCycles["bottleneck"] = { kind: "core", name: "", cycles: 0 };
  for (const c of cores) if (c.interval > bottleneck.cycles) bottleneck = { kind: "core", name: `(${c.tile.col}, ${c.tile.row}) ${c.kernels.map((k) => k.instance).join(", ")}`, cycles: c.interval };
  for (const f of fifos) if (f.cycles > bottleneck.cycles) bottleneck = { kind: "fifo", name: f.name, cycles: f.cycles };
  return { device: m.device.name, cores, fifos, bottleneck };
}

/** The estimate as text (the CLI's `report --target aie`). */
export function formatAieCycles(c: AieCycles): string {
  const L: string[] = [`AI Engine estimate for ${c.device} (cycles per run; scalar code 1 op/cycle, vectors 1 op/cycle, DMA ${DMA_BYTES_PER_CYCLE} B/cycle per channel)`, ""];
  L.push("core     kernel                scalar    vector  interval  bound by");
  for (const core of c.cores) {
    core.kernels.forEach((k, i) => {
      const tile = i === 0 ? `(${core.tile.col}, ${core.tile.row})` : "";
      const bound = i === 0 ? (core.interval > core.compute ? `DMA ${core.dmaFifo}` : "compute") : "";
      L.push(`${tile.padEnd(8)} ${k.instance.padEnd(20)} ${String(k.scalar).padStart(7)} ${(k.vector === undefined ? "-" : String(k.vector)).padStart(9)} ${(i === 0 ? String(core.interval) : "").padStart(9)}  ${bound}${k.note ? `${bound ? "; " : ""}${k.note}${k.ideal !== undefined ? ` (${k.ideal} with pre-tiled blocks)` : ""}` : ""}`);
    });
  }
  L.push("", "fifo                       bytes  DMA cycles  depth  carries");
  for (const f of c.fifos) L.push(`${f.name.padEnd(24)} ${String(f.bytes).padStart(7)} ${String(f.cycles).padStart(11)} ${String(f.depth).padStart(6)}  ${f.what}${f.cycles === 0 ? " (shared memory)" : ""}`);
  L.push("", `bottleneck: ${c.bottleneck.kind} ${c.bottleneck.name} at ${c.bottleneck.cycles} cycles per run`);
  return L.join("\n");
}
