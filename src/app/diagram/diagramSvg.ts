/**
 * The diagram as a standalone SVG document, drawn from the layout (not screenshotted): boxes per node
 * with their text, curves per edge with element counts. Also rasterized to PNG through a canvas.
 */
import { xmlAttr } from "../../core/backend/escape/xml";
import type { DiagramLayout, LaidOutNode } from "./layoutTypes";
import { gridSummaryText } from "./gridSummary";
import { trafficLabel } from "./visibleGraph";

const esc = xmlAttr; // user names: escaped, and characters XML cannot carry shown as \uXXXX

const FILL: Record<string, string> = { memory: "#efe9fb", port: "#f3f3f3", kernel: "#eaf1fb", buffer: "#e9f6ee", pe: "#fff4e0", fifo: "#fdeef0" };
const STROKE: Record<string, string> = { memory: "#7a62b8", port: "#888", kernel: "#4a72b0", buffer: "#3f8f60", pe: "#c88a1e", fifo: "#b54a5a" };

function lines(n: LaidOutNode): string[] {
  const a = n.node;
  if (n.frame) return ["", a.label];
  if (n.compact) return [];
  switch (a.kind) {
    case "memory": return ["off-chip DRAM", a.label, a.type ?? ""];
    case "port": return ["scalar port", a.label, a.type ?? ""];
    case "kernel": return [`kernel ${a.label}${a.pipelined ? " [pipelined]" : ""}`, n.holdsGrid ? gridSummaryText(n.holdsGrid) : `${a.loops ?? 0} loops`];
    case "buffer": return ["buffer", a.label, `${a.type ?? ""} · ${a.banks ?? 1} bank(s) × ${a.storage ?? "?"}`, ...(n.ownerTraffic ? [trafficLabel(n.ownerTraffic)] : [])];
    case "pe": return ["PE", (a.grid ?? []).join(",")];
    case "fifo": return ["FIFO", a.label, `depth ${a.depth ?? "?"} · ${a.type ?? ""}`];
  }
}

/** Average glyph width of the export's sans-serif font, as a fraction of its size (generous). */
const GLYPH = 0.62;

/** `text` cut (with an ellipsis) to fit `width` pixels at font size `size`. */
export function fitText(text: string, width: number, size: number): string {
  const max = Math.floor(width / (size * GLYPH));
  if (text.length <= max) return text;
  return max <= 1 ? "" : `${text.slice(0, max - 1)}…`;
}

interface Box { x: number; y: number; w: number; h: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A point of the cubic Bézier from p0 to p3 with controls p1, p2 at t. */
function bezier(t: number, p: readonly (readonly [number, number])[]): [number, number] {
  const u = 1 - t;
  const k = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [k.reduce((s, c, i) => s + c * p[i]![0], 0), k.reduce((s, c, i) => s + c * p[i]![1], 0)];
}

export function diagramToSvg(layout: DiagramLayout, pad = 16): string {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const w = Math.ceil(layout.width + 2 * pad);
  const h = Math.ceil(layout.height + 2 * pad);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif">`);
  out.push(`<title>Architecture of ${esc(layout.top)}</title>`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<g transform="translate(${pad},${pad})">`);
  for (const n of layout.nodes) {
    const kind = n.node.kind;
    const isContainer = (kind === "kernel" && n.expanded) || n.frame !== undefined;
    out.push(`<g class="node node-${kind}" data-id="${esc(n.id)}">`);
    out.push(`<rect x="${n.absX}" y="${n.absY}" width="${n.width}" height="${n.height}" rx="6" fill="${isContainer ? "#f5f8fd" : FILL[kind]}" stroke="${STROKE[kind]}" stroke-width="1.5"${isContainer ? ' stroke-dasharray="5 3"' : ""}/>`);
    lines(n).forEach((t, i) => {
      if (!t) return;
      const size = i === 1 || (kind === "kernel" && i === 0) ? 13 : 10;
      const weight = i === 1 || (kind === "kernel" && i === 0) ? "600" : "400";
      const y = n.absY + 16 + i * 15;
      // Text stays inside its box: lines that do not fit below are left out, long ones are cut.
      if (y + 3 > n.absY + n.height) return;
      const fitted = fitText(t, n.width - 12, size);
      if (fitted) out.push(`<text x="${n.absX + 8}" y="${y}" font-size="${size}" font-weight="${weight}" fill="#222">${esc(fitted)}</text>`);
    });
    out.push(`</g>`);
  }
  // Edge labels go on top of every edge (no edge crosses one), each where it overlaps no other label
  // and no node: at the middle of its edge, or further along it; a label with no free place is left out.
  const labels: string[] = [];
  const taken: Box[] = layout.nodes.filter((n) => !((n.node.kind === "kernel" && n.expanded) || n.frame)).map((n) => ({ x: n.absX, y: n.absY, w: n.width, h: n.height }));
  for (const e of layout.edges) {
    const s = byId.get(e.from);
    const t = byId.get(e.to);
    if (!s || !t) continue;
    if (e.inGrid) {
      // Short straight links between a PE and the FIFO next to it.
      const v = e.sourceHandle === "b";
      const a = v ? [s.absX + s.width / 2, s.absY + s.height] : [s.absX + s.width, s.absY + s.height / 2];
      const b = v ? [t.absX + t.width / 2, t.absY] : [t.absX, t.absY + t.height / 2];
      out.push(`<path class="edge edge-grid" d="M${a[0]},${a[1]} L${b[0]},${b[1]}" fill="none" stroke="#b54a5a" stroke-width="1" marker-end="url(#arrow)"/>`);
      continue;
    }
    // Edges leave a node on the side data flows out of: right, or bottom in a top-to-bottom layout.
    const down = layout.direction === "DOWN";
    const x1 = down ? s.absX + s.width / 2 : s.absX + s.width, y1 = down ? s.absY + s.height : s.absY + s.height / 2;
    const x2 = down ? t.absX + t.width / 2 : t.absX, y2 = down ? t.absY : t.absY + t.height / 2;
    const d = Math.max(30, Math.abs(down ? y2 - y1 : x2 - x1) / 2);
    const c = down ? `C${x1},${y1 + d} ${x2},${y2 - d}` : `C${x1 + d},${y1} ${x2 - d},${y2}`;
    out.push(`<path class="edge edge-${e.kind}" d="M${x1},${y1} ${c} ${x2},${y2}" fill="none" stroke="#666" stroke-width="1.2" marker-end="url(#arrow)"${e.both ? ' marker-start="url(#arrow)"' : ""}/>`);
    const pts = down ? [[x1, y1], [x1, y1 + d], [x2, y2 - d], [x2, y2]] as const : [[x1, y1], [x1 + d, y1], [x2 - d, y2], [x2, y2]] as const;
    const lw = e.label.length * 10 * GLYPH + 6;
    const lh = 13;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const [cx, cy] = bezier(t, pts);
      const box = { x: cx - lw / 2, y: cy - lh / 2, w: lw, h: lh };
      if (taken.some((b) => overlaps(b, box))) continue;
      taken.push(box);
      labels.push(`<g class="edge-label"><rect x="${box.x}" y="${box.y}" width="${lw}" height="${lh}" rx="3" fill="#ffffff" fill-opacity="0.92"/><text x="${cx}" y="${cy + 3.5}" font-size="10" text-anchor="middle" fill="#444">${esc(e.label)}</text></g>`);
      break;
    }
  }
  out.push(...labels);
  out.push(`</g></svg>`);
  return out.join("\n");
}

/** Rasterizes the SVG (scale 2 for crisp text) to PNG bytes. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const g = canvas.getContext("2d")!;
    g.scale(scale, scale);
    g.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the canvas produced no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
