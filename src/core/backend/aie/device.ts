/**
 * AI Engine device models (facts and sources in the AIE reference §3): the tile grid (shim row 0, mem-tile
 * row 1, compute rows above) and the per-tile budgets the mapping and the validator check against.
 */

export type TileKind = "shim" | "mem" | "compute";

export interface DeviceModel {
  /** The `aie.device(...)` name in today's mlir-aie. */
  readonly name: string;
  /** The name mlir-aie v1.0 (the version Allo pins) used, when it differs. */
  readonly legacyName: string;
  readonly arch: "aie1" | "aie2" | "aie2p";
  readonly description: string;
  readonly cols: number;
  readonly rows: number;
  /** Rows of mem tiles (empty on AIE1). */
  readonly memRows: readonly number[];
  readonly computeRows: readonly number[];
  /** Shim columns with a DMA (NPU: all; Versal: a subset). */
  readonly shimDmaCols: readonly number[];
  /** Whether a host runtime sequence exists (NPU); AIE1 designs are emitted as a design only. */
  readonly hasRuntime: boolean;
  /** The Peano target triple for the kernels. */
  readonly peanoTarget: string;
  readonly compute: TileBudget;
  readonly mem: TileBudget;
  readonly shim: TileBudget;
}

export interface TileBudget {
  /** Data memory in bytes (0 on shims). */
  readonly memory: number;
  /** Program memory in bytes (compute tiles only). */
  readonly program: number;
  readonly locks: number;
  readonly bds: number;
  /** DMA channels per direction: mm2s (memory → stream) and s2mm (stream → memory). */
  readonly mm2s: number;
  readonly s2mm: number;
}

/** The default stack mlir-aie reserves per core (`stack_size = 1024`), below the buffers. */
export const STACK_BYTES = 1024;

const KiB = 1024;
const AIE2_COMPUTE: TileBudget = { memory: 64 * KiB, program: 16 * KiB, locks: 16, bds: 16, mm2s: 2, s2mm: 2 };
const AIE2_MEM: TileBudget = { memory: 512 * KiB, program: 0, locks: 64, bds: 48, mm2s: 6, s2mm: 6 };
const SHIM: TileBudget = { memory: 0, program: 0, locks: 16, bds: 16, mm2s: 2, s2mm: 2 };
const NONE: TileBudget = { memory: 0, program: 0, locks: 0, bds: 0, mm2s: 0, s2mm: 0 };

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

function npu1(cols: number, name: string, legacy: string): DeviceModel {
  return {
    name, legacyName: legacy, arch: "aie2", cols, rows: 6, memRows: [1], computeRows: [2, 3, 4, 5], shimDmaCols: range(0, cols),
    description: `Ryzen AI NPU (XDNA, Phoenix/Hawk Point), ${cols} column${cols > 1 ? "s" : ""} of 4 compute tiles`,
    hasRuntime: true, peanoTarget: "aie2-none-unknown-elf", compute: AIE2_COMPUTE, mem: AIE2_MEM, shim: SHIM,
  };
}

export const AIE_DEVICES: Readonly<Record<string, DeviceModel>> = {
  npu1: npu1(4, "npu1", "npu1_4col"),
  npu1_1col: npu1(1, "npu1_1col", "npu1_1col"),
  npu1_2col: npu1(2, "npu1_2col", "npu1_2col"),
  npu1_3col: npu1(3, "npu1_3col", "npu1_3col"),
  npu2: {
    name: "npu2", legacyName: "npu2", arch: "aie2p", cols: 8, rows: 6, memRows: [1], computeRows: [2, 3, 4, 5], shimDmaCols: range(0, 8),
    description: "Ryzen AI NPU (XDNA2, Strix/Krackan), 8 columns of 4 compute tiles",
    hasRuntime: true, peanoTarget: "aie2p-none-unknown-elf", compute: AIE2_COMPUTE, mem: AIE2_MEM, shim: SHIM,
  },
  xcvc1902: {
    name: "xcvc1902", legacyName: "xcvc1902", arch: "aie1", cols: 50, rows: 9, memRows: [], computeRows: range(1, 9),
    shimDmaCols: [2, 3, 6, 7, 10, 11, 18, 19, 26, 27, 34, 35, 42, 43, 46, 47],
    description: "Versal AI Core VC1902 (VCK190/VCK5000), AIE1; design only (no NPU runtime sequence or XRT host)",
    hasRuntime: false, peanoTarget: "aie-none-unknown-elf",
    compute: { memory: 32 * KiB, program: 16 * KiB, locks: 16, bds: 16, mm2s: 2, s2mm: 2 }, mem: NONE, shim: SHIM,
  },
};

export const DEFAULT_AIE_DEVICE = "npu1";

/** The model of a device name (legacy names such as npu1_4col are accepted). */
export function aieDevice(name: string | undefined): DeviceModel | undefined {
  const n = name ?? DEFAULT_AIE_DEVICE;
  if (Object.prototype.hasOwnProperty.call(AIE_DEVICES, n)) return AIE_DEVICES[n];
  return Object.values(AIE_DEVICES).find((d) => d.legacyName === n);
}

export function tileKind(d: DeviceModel, col: number, row: number): TileKind | undefined {
  if (col < 0 || col >= d.cols || row < 0 || row >= d.rows) return undefined;
  if (row === 0) return "shim";
  if (d.memRows.includes(row)) return "mem";
  if (d.computeRows.includes(row)) return "compute";
  return undefined;
}

export function budgetOf(d: DeviceModel, kind: TileKind): TileBudget {
  return kind === "compute" ? d.compute : kind === "mem" ? d.mem : d.shim;
}
