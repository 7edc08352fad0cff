/**
 * Loading a library module into a design's script interpreter: its source is parsed once per
 * process, then each design gets a copy whose source ranges all point at the design's import
 * statement, since the library's own text is not in the editor (a diagnostic inside a library
 * kernel, or a library kernel's node in the diagram, then shows the line that brought it in).
 */
import { DiagnosticSink, InternalError, LineMap } from "../diagnostics";
import type { SourceRange } from "../diagnostics";
import type * as ast from "../frontend/ast";
import { parseModule } from "../frontend/parse";
import { librarySource } from "./index";

const parsed = new Map<string, { readonly mod: ast.Module; readonly text: string }>();

/** The library module's AST, parsed on first use. */
function libraryAst(path: string): { readonly mod: ast.Module; readonly text: string } {
  let p = parsed.get(path);
  if (!p) {
    const text = librarySource(path);
    if (text === undefined) throw new InternalError(`no library module ${path}`);
    const sink = new DiagnosticSink(new LineMap(text));
    const mod = parseModule(text, sink);
    if (sink.hasErrors) throw new InternalError(`library module ${path} does not parse: ${sink.items.map((d) => `${d.line}:${d.col} ${d.message}`).join("; ")}`);
    p = { mod, text };
    parsed.set(path, p);
  }
  return p;
}

/** Calls of the library's schedule functions keep their own text for schedule records (`s.pipeline("linear2d:j")`). */
export const libraryCallText = new WeakMap<object, string>();

/** Recent relocations: a design recompiled on every keystroke keeps its import line (ASTs are immutable). */
const relocated = new Map<string, ast.Module>();
const MAX_RELOCATED = 8;

/** The library module's AST with every range moved to `at` (the design's import statement). */
export function relocatedLibrary(path: string, at: SourceRange): ast.Module {
  const key = `${path}@${at.from}-${at.to}`;
  const hit = relocated.get(key);
  if (hit) return hit;
  const out = relocate(path, at);
  if (relocated.size >= MAX_RELOCATED) relocated.delete(relocated.keys().next().value!);
  relocated.set(key, out);
  return out;
}

function relocate(path: string, at: SourceRange): ast.Module {
  const { mod, text } = libraryAst(path);
  const copy = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(copy);
    if (!x || typeof x !== "object") return x;
    const o = x as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 2 && typeof o.from === "number" && typeof o.to === "number") return at;
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = copy(o[k]);
    if (o.kind === "Call") {
      const r = o.range as SourceRange;
      libraryCallText.set(out, text.slice(r.from, r.to));
    }
    return out;
  };
  return copy(mod) as ast.Module;
}
