/**
 * The studio document: everything a user would lose by closing the tab (source, chosen example,
 * selected schedule step, pane layout, theme). It is a versioned, validated type; stored and shared forms are migrated
 * forward step by step before validation (STYLE §22), and changes go through a pure reducer (STYLE §18).
 */

export const DOCUMENT_VERSION = 2;

export type Theme = "light" | "dark";

/** Pane sizes as fractions (0..1) of their container, one per splitter. */
export interface PaneSizes {
  /** Editor column width / window width. */
  readonly editor: number;
  /** Top row height / right column height (diagram + IR above, simulation + report below). */
  readonly top: number;
  /** Diagram width / top row width. */
  readonly diagram: number;
  /** Simulation width / bottom row width. */
  readonly simulation: number;
}

export type PaneId = keyof PaneSizes;

export interface StudioDocument {
  readonly version: typeof DOCUMENT_VERSION;
  readonly source: string;
  /** File name of the gallery design the source started from, if any. */
  readonly example: string | null;
  readonly panes: PaneSizes;
  readonly theme: Theme;
  /** The schedule step shown in the IR diff and the diagram (0: the kernel as written); null: the scheduled design. */
  readonly selectedStep: number | null;
}

export const DEFAULT_PANES: PaneSizes = { editor: 0.4, top: 0.6, diagram: 0.5, simulation: 0.55 };

export const STARTER_SOURCE = `# A 32x32 int32 matrix multiply, scheduled for HLS.
import allo
from allo.ir.types import int32

M, N, K = 32, 32, 32


def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    for i, j, k in allo.grid(M, N, K):
        C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
s.reorder("k", "j")
s.pipeline("j")
`;

export function defaultDocument(theme: Theme = "light"): StudioDocument {
  return { version: DOCUMENT_VERSION, source: STARTER_SOURCE, example: null, panes: DEFAULT_PANES, theme, selectedStep: null };
}

// ------------------------------------------------------------------------------------ validation

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Upgrades a stored document of version `from` to `from + 1`. Add one entry per schema change. */
export interface Migration {
  readonly from: number;
  readonly up: (old: Record<string, unknown>) => Record<string, unknown>;
}

/** Schema changes so far, oldest first. Version 1 is the first published form. */
export const MIGRATIONS: readonly Migration[] = [
  // 1 → 2: the selected schedule step moved into the document (version 1 always showed the scheduled design).
  { from: 1, up: (old) => ({ ...old, version: 2, selectedStep: null }) },
];

/** A valid step index (0 or more) or null. */
function parseStep(v: unknown): number | null {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 10_000 ? v : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const clampFraction = (v: unknown, fallback: number): number =>
  typeof v === "number" && Number.isFinite(v) ? Math.min(0.9, Math.max(0.1, v)) : fallback;

/** Migrates then validates any stored or shared value; never throws. */
export function parseDocument(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): Parsed<StudioDocument> {
  if (!isRecord(raw)) return { ok: false, error: "not a studio document" };
  let doc = raw;
  let version = doc.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: "the document has no valid version" };
  }
  if (version > DOCUMENT_VERSION) {
    return { ok: false, error: `the document is version ${version}, newer than this studio (${DOCUMENT_VERSION}); reload to update` };
  }
  while (version < DOCUMENT_VERSION) {
    const m = migrations.find((x) => x.from === version);
    if (!m) return { ok: false, error: `no migration from document version ${version}` };
    doc = m.up(doc);
    version += 1;
  }
  if (typeof doc.source !== "string") return { ok: false, error: "the document has no source text" };
  const example = typeof doc.example === "string" && /^[\w.-]+\.py$/.test(doc.example) ? doc.example : null;
  const p = isRecord(doc.panes) ? doc.panes : {};
  const panes: PaneSizes = {
    editor: clampFraction(p.editor, DEFAULT_PANES.editor),
    top: clampFraction(p.top, DEFAULT_PANES.top),
    diagram: clampFraction(p.diagram, DEFAULT_PANES.diagram),
    simulation: clampFraction(p.simulation, DEFAULT_PANES.simulation),
  };
  const theme: Theme = doc.theme === "dark" ? "dark" : "light";
  return { ok: true, value: { version: DOCUMENT_VERSION, source: doc.source, example, panes, theme, selectedStep: parseStep(doc.selectedStep) } };
}

// ------------------------------------------------------------------------------------ changes

/** Every way the document changes. */
export type DocChange =
  /** `replacedAll`: the whole text was replaced, so it no longer comes from the example it was opened from. */
  | { readonly kind: "edit"; readonly source: string; readonly replacedAll?: boolean }
  | { readonly kind: "openExample"; readonly file: string | null; readonly source: string }
  | { readonly kind: "resize"; readonly pane: PaneId; readonly size: number }
  | { readonly kind: "setTheme"; readonly theme: Theme }
  | { readonly kind: "selectStep"; readonly step: number | null }
  | { readonly kind: "replace"; readonly doc: StudioDocument };

/** Pure reducer: returns the same object when nothing changed. */
export function applyChange(doc: StudioDocument, change: DocChange): StudioDocument {
  switch (change.kind) {
    case "edit":
      if (change.source === doc.source) return doc;
      return change.replacedAll && doc.example !== null ? { ...doc, source: change.source, example: null } : { ...doc, source: change.source };
    case "openExample":
      return { ...doc, source: change.source, example: change.file, selectedStep: null };
    case "resize": {
      const size = clampFraction(change.size, doc.panes[change.pane]);
      return size === doc.panes[change.pane] ? doc : { ...doc, panes: { ...doc.panes, [change.pane]: size } };
    }
    case "setTheme":
      return change.theme === doc.theme ? doc : { ...doc, theme: change.theme };
    case "selectStep": {
      const step = parseStep(change.step);
      return step === doc.selectedStep ? doc : { ...doc, selectedStep: step };
    }
    case "replace":
      return change.doc;
    default: {
      const never: never = change;
      return never;
    }
  }
}

export function applyChanges(doc: StudioDocument, changes: readonly DocChange[]): StudioDocument {
  return changes.reduce(applyChange, doc);
}
