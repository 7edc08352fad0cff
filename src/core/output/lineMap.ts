/**
 * The source ↔ output line map of a printed output (MLIR, HLS C++), as Compiler Explorer draws it:
 * each output line lists the source lines it derives from (the statement it was printed for and, for
 * a schedule attribute, the schedule call that set it). Lines are 1-based in the API, like the editor's.
 */
import type { LineMap, SourceRange } from "../diagnostics";
import type { LineOrigin } from "./origins";

/** A printed output with, for output line i + 1, the ascending source lines it derives from. */
export interface OutputText {
  readonly text: string;
  readonly sourceLines: readonly (readonly number[])[];
}

/**
 * Resolves recorded origins to source lines (attributes through the schedule blame). `alias` maps an
 * attribute key of the printed module to the scheduled module's, when the printer's input was rewritten.
 */
export function resolveOrigins(text: string, origins: readonly (LineOrigin | undefined)[], lines: LineMap, blame: ReadonlyMap<string, SourceRange>, alias: (key: string) => string = (k) => k): OutputText {
  const sourceLines = origins.map((o) => {
    if (!o) return [];
    const set = new Set<number>();
    if (o.range) set.add(lines.lineCol(o.range.from).line);
    for (const k of o.attrs ?? []) {
      const r = blame.get(alias(k));
      if (r) set.add(lines.lineCol(r.from).line);
    }
    return [...set].sort((a, b) => a - b);
  });
  return { text, sourceLines };
}

/** Output lines (1-based, as [first, last] runs) that derive from a source line. */
export function outputLinesOf(map: OutputText, sourceLine: number): [number, number][] {
  const runs: [number, number][] = [];
  map.sourceLines.forEach((ls, i) => {
    if (!ls.includes(sourceLine)) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i + 1, i + 1]);
  });
  return runs;
}

/** Source lines an output line (1-based) derives from. */
export function sourceLinesOf(map: OutputText, outputLine: number): readonly number[] {
  return map.sourceLines[outputLine - 1] ?? [];
}
