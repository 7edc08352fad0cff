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
      out.push(`<text x="${n.absX + 8}" y="${n.absY + 16 + i * 15}" font-size="${size}" font-weight="${weight}" fill="#222">${esc(t)}</text>`);
    });
    out.push(`</g>`);
  }
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
    out.push(`<text x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" font-size="10" text-anchor="middle" fill="#444" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(e.label)}</text>`);
  }
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
