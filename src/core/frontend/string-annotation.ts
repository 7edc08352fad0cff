/**
 * String annotations (`A: "Int(TyA.bits * P)[M // P, K]"`, PEP 563 style, as Allo's templates write
 * them): the text is one Python expression, evaluated where the annotation stands. Errors inside it
 * point at the annotation and quote its text.
 */
import type { SourceRange } from "../diagnostics";
import { DiagnosticSink, LineMap, UserError } from "../diagnostics";
import type * as ast from "./ast";
import { parseModule } from "./parse";
import type { PyValue } from "./values";

/** Evaluates the annotation text `text` (found at `at`) with `evaluate`, the caller's compile-time evaluator. */
export function evalStringAnnotation(text: string, at: SourceRange, evaluate: (e: ast.Expr) => PyValue): PyValue {
  const sink = new DiagnosticSink(new LineMap(text));
  const m = parseModule(text, sink);
  const st = m.body[0];
  if (sink.hasErrors || m.body.length !== 1 || !st || st.kind !== "Expr") throw new UserError("E-annotation", `cannot parse the annotation "${text}"`, at);
  try {
    return evaluate(st.value);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.code, `in annotation "${text}": ${e.message}`, at);
    throw e;
  }
}
