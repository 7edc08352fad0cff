/**
 * Quick fixes (Monaco code actions) for diagnostics whose fix is certain: a misspelled primitive, loop,
 * buffer, function or variable name that is close to exactly one known name ("did you mean").
 * The design editor hands each compile's diagnostics over; the provider offers the fixes under the cursor.
 */
import type { Diagnostic } from "../../core/diagnostics";
import type { Monaco } from "./monaco";
import type * as monacoNs from "monaco-editor/editor";

const fixes = new WeakMap<monacoNs.editor.ITextModel, readonly Diagnostic[]>();

/** The diagnostics with fixes of the text on screen (call only when they belong to it). */
export function setQuickFixes(model: monacoNs.editor.ITextModel, diagnostics: readonly Diagnostic[]): void {
  fixes.set(model, diagnostics.filter((d) => d.fix));
}

export function registerQuickFixes(monaco: Monaco): void {
  monaco.languages.registerCodeActionProvider("python", {
    provideCodeActions(model, range) {
      const actions: monacoNs.languages.CodeAction[] = [];
      for (const d of fixes.get(model) ?? []) {
        const fix = d.fix!;
        const start = model.getPositionAt(fix.range.from);
        const end = model.getPositionAt(fix.range.to);
        const at = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
        if (!monaco.Range.areIntersectingOrTouching(at, range)) continue;
        const marker = monaco.editor.getModelMarkers({ resource: model.uri }).find((m) => m.startLineNumber === d.line && m.startColumn === d.col && m.message === d.message);
        actions.push({
          title: `Replace '${model.getValueInRange(at)}' with '${fix.text}'`,
          kind: "quickfix",
          isPreferred: true,
          ...(marker ? { diagnostics: [marker] } : {}),
          edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: at, text: fix.text } }] },
        });
      }
      return { actions, dispose() {} };
    },
  }, { providedCodeActionKinds: ["quickfix"] });
}
