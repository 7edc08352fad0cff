/**
 * The tile-array view: the device grid (shim, mem-tile and compute rows), each kernel instance on its
 * core, object-FIFO routes (through the mem tiles), and per tile the use of data memory, DMA channels
 * and locks as bars against the budget; a tile that does not fit is red with its diagnostic. Clicking a
 * tile shows its kernel in the editor.
 */
import { useState } from "react";
import type { AieMappingView, AieTileView } from "../../core/backend/aie/view-model";
import { useActions } from "../store/hooks";
import { useAieMapping } from "./useAieMapping";
import { AIE_DEVICE_NAMES } from "./devices";
import "./tiles.css";

const CELL = 120;
const GAP = 14;
const BARS: readonly { key: keyof AieTileView["used"]; label: string }[] = [
  { key: "memory", label: "mem" },
  { key: "mm2s", label: "out" },
  { key: "s2mm", label: "in" },
  { key: "locks", label: "locks" },
  { key: "bds", label: "BDs" },
];

function kib(n: number): string {
  return n >= 1024 ? `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} KiB` : `${n} B`;
}

function Tile({ t, x, y, onClick }: { t: AieTileView; x: number; y: number; onClick: () => void }) {
  const over = t.over.length > 0;
  const title = [
    `${t.kind} tile (${t.col}, ${t.row})${t.instances.length ? `: ${t.instances.join(", ")}` : ""}`,
    ...BARS.filter((b) => t.limit[b.key] > 0).map((b) => `${b.key}: ${b.key === "memory" ? `${kib(t.used[b.key])} of ${kib(t.limit[b.key])}` : `${t.used[b.key]} of ${t.limit[b.key]}`}`),
    ...(t.cycles ? [`≈ ${t.cycles.scalar.toLocaleString("en-US")} cycles scalar${t.cycles.vector !== undefined ? `, ≈ ${t.cycles.vector.toLocaleString("en-US")} vectorised` : ""}`] : []),
  ].join("\n");
  const bars = BARS.filter((b) => t.limit[b.key] > 0);
  return (
    <g className={`aie-tile aie-tile-${t.kind}${over ? " aie-tile-over" : ""}`} data-testid={`aie-tile-${t.col}-${t.row}`} data-over={over ? "true" : undefined}
      transform={`translate(${x}, ${y})`} onClick={onClick} role="button" tabIndex={0} onKeyDown={(e) => { if (e.key === "Enter") onClick(); }}>
      <title>{title}</title>
      <rect width={CELL} height={CELL} rx={6} />
      <text x={6} y={16} className="aie-tile-name">{t.instances.length ? t.instances.slice(0, 2).join(", ") + (t.instances.length > 2 ? " …" : "") : t.kind}</text>
      <text x={CELL - 6} y={16} className="aie-tile-pos" textAnchor="end">{t.col},{t.row}</text>
      {bars.map((b, i) => {
        const frac = t.used[b.key] / t.limit[b.key];
        const bad = frac > 1;
        return (
          <g key={b.key} transform={`translate(6, ${30 + i * 17})`}>
            <text y={9} className="aie-bar-label">{b.label}</text>
            <rect x={34} width={CELL - 46} height={10} className="aie-bar-track" />
            <rect x={34} width={Math.min(1, frac) * (CELL - 46)} height={10} className={bad ? "aie-bar aie-bar-over" : "aie-bar"} />
          </g>
        );
      })}
    </g>
  );
}

function Grid({ view }: { view: AieMappingView }) {
  const actions = useActions();
  const d = view.device!;
  // Draw only the columns in use (plus the first), so a 50-column AIE1 array stays readable.
  const usedCols = new Set(view.tiles.map((t) => t.col));
  const cols = d.cols <= 8 ? Array.from({ length: d.cols }, (_, c) => c) : [...usedCols].sort((a, b) => a - b);
  const rows = Array.from({ length: d.rows }, (_, r) => d.rows - 1 - r).filter((r) => d.rowKinds[r] !== "none");
  const px = (col: number) => cols.indexOf(col) * (CELL + GAP) + GAP;
  const py = (row: number) => rows.indexOf(row) * (CELL + GAP) + GAP;
  const w = cols.length * (CELL + GAP) + GAP;
  const h = rows.length * (CELL + GAP) + GAP;
  const centre = (p: { col: number; row: number }) => ({ x: px(p.col) + CELL / 2, y: py(p.row) + CELL / 2 });
  return (
    <svg className="aie-grid" viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={`${d.name} tile array`}>
      <defs>
        <marker id="aie-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="aie-arrow" />
        </marker>
      </defs>
      {cols.flatMap((c) => rows.map((r) => {
        if (view.tiles.some((t) => t.col === c && t.row === r)) return null;
        return <rect key={`e${c},${r}`} x={px(c)} y={py(r)} width={CELL} height={CELL} rx={6} className={`aie-empty aie-empty-${d.rowKinds[r]}`} />;
      }))}
      {view.tiles.filter((t) => cols.includes(t.col)).map((t) => (
        <Tile key={`${t.col},${t.row}`} t={t} x={px(t.col)} y={py(t.row)} onClick={() => { if (t.range) actions.revealAt(0, 0, t.range); }} />
      ))}
      {view.fifos.flatMap((f, k) => f.to.map((to, j) => {
        const a = centre(f.from);
        const b = centre(to);
        // Offset parallel routes a little so several FIFOs between the same tiles stay visible.
        const o = ((k % 5) - 2) * 6;
        const same = a.x === b.x && a.y === b.y;
        const path = same
          ? `M ${a.x + 20} ${a.y + 30} c 40 0 40 30 0 30`
          : `M ${a.x + o} ${a.y + o} L ${b.x + o} ${b.y + o}`;
        return (
          <path key={`${f.name}-${j}`} d={path} className={`aie-route aie-route-${f.role}`} markerEnd="url(#aie-arrow)" data-testid={`aie-fifo-${f.name}`}>
            <title>{`@${f.name}: ${f.what}, depth ${f.depth} (${f.role})`}</title>
          </path>
        );
      }))}
    </svg>
  );
}

export function TileArrayView() {
  const [device, setDevice] = useState<string>("npu1");
  const { view, pending } = useAieMapping(device);
  const actions = useActions();
  const errors = view?.diagnostics.filter((x) => x.severity === "error") ?? [];
  const cores = view?.tiles.filter((t) => t.kind === "compute") ?? [];
  return (
    <div className="aie-view" data-testid="aie-view">
      <div className="aie-toolbar">
        <label>Device{" "}
          <select value={device} onChange={(e) => setDevice(e.target.value)} aria-label="AI Engine device">
            {AIE_DEVICE_NAMES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        {view?.device && <span className="aie-desc">{view.device.description}</span>}
        {view && <span className={view.fits ? "aie-fit" : "aie-nofit"} data-testid="aie-fits">{view.fits ? `fits: ${cores.length} core${cores.length === 1 ? "" : "s"}` : "does not fit"}</span>}
        {pending && <span className="pane-badge badge-stale">mapping…</span>}
      </div>
      {errors.length > 0 && (
        <ul className="aie-problems" data-testid="aie-problems">
          {errors.map((e, i) => (
            <li key={i}><button type="button" className="link" onClick={() => actions.revealAt(e.line, e.col)}>{e.message}</button></li>
          ))}
        </ul>
      )}
      {view?.device && view.tiles.length > 0 ? <div className="aie-scroll"><Grid view={view} /></div> : !view ? <p className="pane-empty">Mapping onto {device}…</p> : null}
      {cores.some((t) => t.cycles) && (
        <table className="aie-cycles">
          <thead><tr><th>core</th><th>kernels</th><th>cycles (scalar)</th><th>cycles (vectorised)</th></tr></thead>
          <tbody>
            {cores.map((t) => (
              <tr key={`${t.col},${t.row}`}><td>({t.col}, {t.row})</td><td>{t.instances.join(", ")}</td><td>{t.cycles?.scalar.toLocaleString("en-US")}</td><td>{t.cycles?.vector?.toLocaleString("en-US") ?? "—"}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
