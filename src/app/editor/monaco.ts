/**
 * The one place Monaco is loaded: the core API, the Python grammar, the editor features we use, and
 * the editor worker (bundled locally; no language workers, no CDN).
 */
import * as monaco from "monaco-editor/editor";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/cpp/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/codeAction/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/snippet/register";
import "monaco-editor/features/suggest/register";
// Ctrl+M (⌃⇧M on macOS): Tab moves the focus instead of indenting, so keyboard users can leave the editor.
import "monaco-editor/features/toggleTabFocusMode/register";
// features/suggest/register brings only inline suggestions; the suggest widget lives in its controller.
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import { registerAlloLanguageFeatures } from "./alloLanguage";
import { registerMlirLanguage } from "./mlirLanguage";
import { registerQuickFixes } from "./quickFixes";

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

registerAlloLanguageFeatures(monaco);
registerMlirLanguage(monaco);
registerQuickFixes(monaco);

export { monaco };
export type Monaco = typeof monaco;
