/** A small Monarch grammar for the printed MLIR shown in the IR pane. */
import type * as Monaco from "monaco-editor/editor";

export const MLIR_LANGUAGE = "mlir";

export function registerMlirLanguage(monaco: typeof Monaco): void {
  monaco.languages.register({ id: MLIR_LANGUAGE, extensions: [".mlir"] });
  monaco.languages.setLanguageConfiguration(MLIR_LANGUAGE, {
    comments: { lineComment: "//" },
    brackets: [["{", "}"], ["[", "]"], ["(", ")"]],
  });
  monaco.languages.setMonarchTokensProvider(MLIR_LANGUAGE, {
    tokenizer: {
      root: [
        [/\/\/.*$/, "comment"],
        [/"([^"\\]|\\.)*"/, "string"],
        [/%[\w.$-]+/, "variable"],
        [/@[\w.$-]+/, "type.identifier"],
        [/\^[\w.$-]+/, "tag"],
        [/#[\w.$-]+/, "annotation"],
        [/![\w.$-]+/, "type"],
        [/\b(?:memref|tensor|vector|index|[iuf]\d+|bf16|none)\b/, "type"],
        [/\b(?:func|affine|scf|arith|math|memref|allo|builtin|linalg)\.[\w.]+/, "keyword"],
        [/\b(?:module|attributes|to|step|iter_args|loc|dense|true|false)\b/, "keyword"],
        [/-?\d+\.\d*(?:[eE][-+]?\d+)?/, "number.float"],
        [/0x[0-9a-fA-F]+|-?\d+/, "number"],
      ],
    },
  });
}
