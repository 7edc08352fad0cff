/**
 * The tile-array view's data (plain, structured-clone): the device grid, each kernel instance on its
 * tile, the object FIFOs with their routes (through mem tiles), per-tile use of memory, DMA channels,
 * locks and BDs against the budget, and the diagnostics of tiles that do not fit. Also the cycle
 * estimates per core and FIFO (cycles.ts) the tile view and the report show.
 */
import { compileDesign } from "../../compile";
import type { Diagnostic, SourceRange } from "../../diagnostics";
import type { Resource } from "./budget";
import { aieDevice, DEFAULT_AIE_DEVICE } from "./device";
import type { TileKind } from "./device";
import { planAie } from "./plan";
import { aieCycles } from "./cycles";
import type { AieCycles } from "./cycles";

export { operationCount } from "./ops";

export interface AieTileView {
  readonly col: number;
  readonly row: number;
  readonly kind: TileKind;
  readonly instances: readonly string[];
  readonly used: Readonly<Record<Resource, number>>;
  readonly limit: Readonly<Record<Resource, number>>;
  /** Resources over their limit. */
  readonly over: readonly Resource[];
  /** Where a click on the tile goes (its first kernel's source). */
  readonly range?: SourceRange;
  /** Estimated cycles per run of the core: scalar code, and with the kernel's vector code when recognised. */
  readonly cycles?: { readonly scalar: number; readonly vector?: number };
}

export interface AieFifoView {
  readonly name: string;
  readonly role: string;
  readonly what: string;
  readonly from: { readonly col: number; readonly row: number };
  readonly to: readonly { readonly col: number; readonly row: number }[];
  readonly depth: number;
}

export interface AieMappingView {
  readonly diagnostics: readonly Diagnostic[];
  readonly device?: { readonly name: string; readonly cols: number; readonly rows: number; readonly rowKinds: readonly (TileKind | "none")[]; readonly description: string };
  readonly tiles: readonly AieTileView[];
  readonly fifos: readonly AieFifoView[];
  /** Whether the design fits (a project can be exported). */
  readonly fits: boolean;
  /** Cycles per core and FIFO, and the bottleneck (designs that fit). */
  readonly cycles?: AieCycles;
}

export function aieMappingView(source: string, options: { device?: string; schedule?: string } = {}): AieMappingView {
  const c = compileDesign(source, { schedule: options.schedule });
  const device = aieDevice(options.device ?? DEFAULT_AIE_DEVICE);
  const dev = device && {
    name: device.name, cols: device.cols, rows: device.rows, description: device.description,
    rowKinds: Array.from({ length: device.rows }, (_, r) => (r === 0 ? "shim" : device.memRows.includes(r) ? "mem" : device.computeRows.includes(r) ? "compute" : "none") as TileKind | "none"),
  };
  if (!c.design) return { diagnostics: c.sink.items, device: dev, tiles: [], fifos: [], fits: false };
  const r = planAie({ module: c.design.module, sink: c.sink, device: options.device, primitives: c.design.schedule?.built?.mappingPrimitives });
  const diagnostics = c.sink.items;
  const usage = r.usage ?? [];
  const m = r.mapping;
  const est = r.plan ? aieCycles(r.plan) : undefined;
  const tiles: AieTileView[] = usage.map((u) => {
    const core = m?.cores.find((x) => x.tile.col === u.tile.col && x.tile.row === u.tile.row);
    const cc = core && est?.cores.find((x) => x.tile.col === core.tile.col && x.tile.row === core.tile.row);
    const vec = cc?.kernels.some((k) => k.vector !== undefined);
    const cycles: AieTileView["cycles"] = cc ? { scalar: cc.kernels.reduce((a, k) => a + k.scalar, 0), ...(vec ? { vector: cc.compute } : {}) } : undefined;
    return {
      col: u.tile.col, row: u.tile.row, kind: u.kind, instances: u.instances, used: u.used, limit: u.limit,
      over: (Object.keys(u.used) as Resource[]).filter((k) => u.used[k] > u.limit[k] && !(u.kind === "shim" && k === "memory")),
      range: u.range, cycles,
    };
  });
  const fifos: AieFifoView[] = (m?.fifos ?? []).map((f) => ({ name: f.name, role: f.role, what: f.what, from: f.producer, to: f.consumers, depth: f.depth }));
  return { diagnostics, device: dev, tiles, fifos, fits: !!r.plan, ...(est ? { cycles: est } : {}) };
}
