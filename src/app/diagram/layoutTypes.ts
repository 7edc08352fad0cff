/** The diagram after automatic layout: plain data shared by the layout worker, React Flow and the SVG/PNG export. */
import type { ArchEdge, ArchNode } from "../../core/arch/graph";

export interface LaidOutNode {
  readonly id: string;
  readonly node: ArchNode;
  /** Position relative to the parent container (React Flow's convention), and absolute. */
  readonly x: number;
  readonly y: number;
  readonly absX: number;
  readonly absY: number;
  readonly width: number;
  readonly height: number;
  /** The visible container this node sits in. */
  readonly parent?: string;
  /** Kernels: whether the container is drawn open, and how many nodes it holds. */
  readonly expanded?: boolean;
  readonly childCount?: number;
  /** Collapsed kernels holding a PE grid: its size (shown as a summary instead of the loop count). */
  readonly holdsGrid?: { readonly rows: number; readonly cols: number };
  /** A PE-grid frame (its PEs and the FIFOs between them are its children): the grid's size. */
  readonly frame?: { readonly rows: number; readonly cols: number };
  /** A FIFO between two neighbouring PEs of a grid, drawn small in the gap: between columns ("h") or rows ("v"). */
  readonly compact?: "h" | "v";
  /** Buffers: what the kernel that owns it reads and writes (elements; null when not known), drawn on the buffer. */
  readonly ownerTraffic?: OwnerTraffic;
}

export interface OwnerTraffic {
  readonly read?: number | null;
  readonly write?: number | null;
}

export interface LaidOutEdge {
  readonly id: string;
  /** Endpoints after hiding collapsed kernels' contents (rerouted to the visible container). */
  readonly from: string;
  readonly to: string;
  readonly kind: ArchEdge["kind"];
  readonly elements?: number;
  readonly label: string;
  /** Reads and writes of a model's tensors between operator kernels: the tensor (`16×192 i8`), which is the label. */
  readonly tensor?: string;
  /** Reads and writes of a Layout-sharded argument: how it is split (`local_A @ [S(0), R] · 32×64`). */
  readonly layout?: string;
  /** Handle ids on the endpoints (grid streams along rows run top to bottom: "b" → "t"). */
  readonly sourceHandle?: string;
  readonly targetHandle?: string;
  /** A stream between a PE and a FIFO of the same grid: drawn short and unlabelled. */
  readonly inGrid?: boolean;
  /** Data flows both ways (a PE grid that reads and writes one buffer): drawn with arrows at both ends. */
  readonly both?: boolean;
}

/** Which way data flows in the layout: left to right, or top to bottom (for tall panes). */
export type LayoutDirection = "RIGHT" | "DOWN";

/**
 * The layout direction for a diagram pane of this size: the gallery's designs are long chains
 * (memories → kernel → buffers → result), about 4.5:1 laid out left to right and 0.7:1 top to bottom,
 * so top to bottom fits them larger unless the pane is about twice as wide as tall. Between the two
 * thresholds the current direction stays, so resizing does not flip back and forth.
 */
export function layoutDirectionFor(width: number, height: number, current: LayoutDirection = "RIGHT"): LayoutDirection {
  if (width <= 0 || height <= 0) return current;
  const aspect = width / height;
  if (aspect < 1.6) return "DOWN";
  if (aspect > 2) return "RIGHT";
  return current;
}

export interface DiagramLayout {
  /** Containers come before their children. */
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
  readonly width: number;
  readonly height: number;
  readonly top: string;
  /** Laid out top to bottom (absent: left to right). */
  readonly direction?: "DOWN";
}

export const FIT_PADDING = 0.06;
/** Below this zoom node labels (11–13 px) are too small to read. */
export const MIN_FIT_ZOOM = 0.6;
const MAX_FIT_ZOOM = 1.25;
const MARGIN = 12;

/** Whether the whole of `layout` fits a pane of `width`×`height` at a readable zoom (null: pane not measured). */
export function fitsReadably(layout: Pick<DiagramLayout, "width" | "height">, width: number, height: number): boolean | null {
  if (width <= 0 || height <= 0 || layout.width <= 0 || layout.height <= 0) return null;
  return Math.min(width / (layout.width * (1 + 2 * FIT_PADDING)), height / (layout.height * (1 + 2 * FIT_PADDING))) >= MIN_FIT_ZOOM;
}

/** The viewport that shows `layout` in a pane of `width`×`height`: fitted, or at MIN_FIT_ZOOM from its start. */
export function fitViewport(layout: Pick<DiagramLayout, "width" | "height">, width: number, height: number): { x: number; y: number; zoom: number } | null {
  if (width <= 0 || height <= 0 || layout.width <= 0 || layout.height <= 0) return null;
  const fit = Math.min(width / (layout.width * (1 + 2 * FIT_PADDING)), height / (layout.height * (1 + 2 * FIT_PADDING)));
  const zoom = Math.min(MAX_FIT_ZOOM, Math.max(MIN_FIT_ZOOM, fit));
  const w = layout.width * zoom;
  const h = layout.height * zoom;
  // Centred along an axis where it fits; otherwise from its start (left, or top).
  const x = w <= width ? (width - w) / 2 : MARGIN;
  const y = h <= height ? (height - h) / 2 : MARGIN;
  return { x, y, zoom };
}

/**
 * The viewport that shows the node `id` of a layout too large to fit readably (the block a user just
 * opened): the node fitted, or at MIN_FIT_ZOOM from its start when it is larger than the pane. Null
 * when the whole layout fits (fit it instead), the node is not in it, or the pane is not measured.
 */
export function focusViewport(layout: DiagramLayout, id: string, width: number, height: number): { x: number; y: number; zoom: number } | null {
  const n = layout.nodes.find((m) => m.id === id);
  if (!n || fitsReadably(layout, width, height) !== false) return null;
  const v = fitViewport(n, width, height);
  if (!v) return null;
  return { x: v.x - n.absX * v.zoom, y: v.y - n.absY * v.zoom, zoom: v.zoom };
}
