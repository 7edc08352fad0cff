/** Hover docs and `.` completions for Allo's API in Python editors. */
import type * as Monaco from "monaco-editor/editor";
import { completionsFor, docMarkdown, lookupDoc, scheduleVariables } from "./alloDocs";

/** The identifier right before `.` ending at `column` (1-based, exclusive) on `line`, if any. */
function qualifierBefore(line: string, column: number): string | undefined {
  const m = /([A-Za-z_]\w*)\s*\.\s*$/.exec(line.slice(0, column - 1));
  return m?.[1];
}

export function registerAlloLanguageFeatures(monaco: typeof Monaco): void {
  monaco.languages.registerHoverProvider("python", {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const line = model.getLineContent(position.lineNumber);
      const qualifier = qualifierBefore(line, word.startColumn);
      const doc = lookupDoc(qualifier, word.word, scheduleVariables(model.getValue()));
      if (!doc) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: docMarkdown(doc, qualifier) }],
      };
    },
  });

  monaco.languages.registerCompletionItemProvider("python", {
    triggerCharacters: ["."],
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const line = model.getLineContent(position.lineNumber);
      const qualifier = qualifierBefore(line, word.startColumn);
      if (!qualifier) return { suggestions: [] };
      const docs = completionsFor(qualifier, scheduleVariables(model.getValue()));
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      return {
        suggestions: docs.map((doc) => ({
          label: doc.name,
          kind: monaco.languages.CompletionItemKind.Method,
          detail: doc.signature,
          documentation: { value: docMarkdown(doc, qualifier) },
          insertText: doc.name,
          range,
        })),
      };
    },
  });
}
