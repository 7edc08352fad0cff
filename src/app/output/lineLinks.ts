/**
 * React-free controller of the source ↔ output line links (STYLE §19), drawn as Compiler Explorer
 * draws them: every source line that produced output and the output lines it produced share a colour
 * band (the same colour for the same source line), and the line under the cursor on either side
 * marks its counterparts on the other side and scrolls them into view.
 * The design editor is found by its model URI, so neither editor needs to know about the other.
 */
import type { OutputText } from "../../core/api-types";
import { outputLinesOf, sourceLinesOf } from "../../core/output/lineMap";
import { DESIGN_URI } from "../editor/codeEditor";
import { monaco } from "../editor/monaco";
import { bandClass } from "./bands";

export interface LineLinks {
  /** The output's map, or undefined while there is none to trust (stale, hidden tab). */
  setMap(map: OutputText | undefined): void;
  /** The design editor's cursor moved to this 1-based line. */
  setSourceLine(line: number | null): void;
  destroy(): void;
}

type Active = { readonly side: "source" | "output"; readonly line: number } | null;

function designEditor(): monaco.editor.ICodeEditor | undefined {
  return monaco.editor.getEditors().find((e) => e.getModel()?.uri.toString() === DESIGN_URI);
}

const whole = (line: number, className: string, ruler?: string): monaco.editor.IModelDeltaDecoration => ({
  range: new monaco.Range(line, 1, line, 1),
  options: { isWholeLine: true, className, ...(ruler ? { overviewRuler: { color: ruler, position: monaco.editor.OverviewRulerLane.Full } } : {}) },
});

const RULER = "#e8a33d";

function runsText(runs: readonly (readonly [number, number])[]): string {
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(",");
}

export function createLineLinks(output: monaco.editor.IStandaloneCodeEditor): LineLinks {
  let map: OutputText | undefined;
  let active: Active = null;
  const outBands = output.createDecorationsCollection();
  const outLinked = output.createDecorationsCollection();
  let src: { editor: monaco.editor.ICodeEditor; bands: monaco.editor.IEditorDecorationsCollection; linked: monaco.editor.IEditorDecorationsCollection } | undefined;

  const sourceSide = () => {
    const ed = designEditor();
    if (src && src.editor !== ed) src = undefined; // the design editor was replaced; its decorations went with it
    if (!src && ed) src = { editor: ed, bands: ed.createDecorationsCollection(), linked: ed.createDecorationsCollection() };
    return src;
  };

  function render(reveal: boolean): void {
    const s = sourceSide();
    const outDom = output.getDomNode();
    if (!map) {
      outBands.clear();
      outLinked.clear();
      s?.bands.clear();
      s?.linked.clear();
      outDom?.removeAttribute("data-linked-lines");
      s?.editor.getDomNode()?.removeAttribute("data-linked-lines");
      return;
    }
    // Bands: every output line takes the colour of the statement it was printed for (its first source line).
    const bands: monaco.editor.IModelDeltaDecoration[] = [];
    const used = new Set<number>();
    map.sourceLines.forEach((ls, i) => {
      if (ls.length === 0) return;
      bands.push(whole(i + 1, bandClass(ls[0]!)));
      for (const l of ls) used.add(l);
    });
    outBands.set(bands);
    const sourceCount = s?.editor.getModel()?.getLineCount() ?? 0;
    s?.bands.set([...used].filter((l) => l <= sourceCount).map((l) => whole(l, bandClass(l))));

    let sourceLines: readonly number[] = [];
    let outRuns: [number, number][] = [];
    if (active?.side === "source") {
      outRuns = outputLinesOf(map, active.line);
      if (outRuns.length) sourceLines = [active.line];
    } else if (active?.side === "output") {
      sourceLines = sourceLinesOf(map, active.line);
      if (sourceLines.length) outRuns = outputLinesOf(map, sourceLines[0]!);
    }
    outLinked.set(outRuns.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => whole(a + k, "line-linked", RULER))));
    s?.linked.set(sourceLines.filter((l) => l <= sourceCount).map((l) => whole(l, "line-linked", RULER)));
    outDom?.setAttribute("data-linked-lines", runsText(outRuns));
    s?.editor.getDomNode()?.setAttribute("data-linked-lines", sourceLines.join(","));
    if (!reveal) return;
    if (active?.side === "source" && outRuns.length) output.revealLinesInCenterIfOutsideViewport(outRuns[0]![0], outRuns[0]![1], monaco.editor.ScrollType.Smooth);
    if (active?.side === "output" && sourceLines.length && s) s.editor.revealLinesInCenterIfOutsideViewport(sourceLines[0]!, sourceLines[sourceLines.length - 1]!, monaco.editor.ScrollType.Smooth);
  }

  // Only the user's own moves in the output count (not the cursor reset when the text is replaced).
  const cursorSub = output.onDidChangeCursorPosition((e) => {
    if (e.reason !== monaco.editor.CursorChangeReason.Explicit || !output.hasTextFocus()) return;
    active = { side: "output", line: e.position.lineNumber };
    render(true);
  });

  return {
    setMap(next) {
      if (next === map) return;
      map = next;
      // A new output (the user typed) brings the typed line's output into view.
      render(active?.side === "source");
    },
    setSourceLine(line) {
      if (line === null) return;
      if (active?.side === "source" && active.line === line) return;
      active = { side: "source", line };
      render(true);
    },
    destroy() {
      cursorSub.dispose();
      outBands.clear();
      outLinked.clear();
      src?.bands.clear();
      src?.linked.clear();
      src?.editor.getDomNode()?.removeAttribute("data-linked-lines");
    },
  };
}
