/** Source ranges and user diagnostics: the one error channel for user mistakes (STYLE §13). */
import { terminalText } from "./backend/escape/terminal";

/** A half-open range of UTF-16 offsets into the design source. */
export interface SourceRange {
  readonly from: number;
  readonly to: number;
}

export type Severity = "error" | "warning" | "info";

/** A user-facing message with where it applies and, where we can, what to do next. */
export interface Diagnostic {
  readonly severity: Severity;
  /** Stable code from the catalog below, e.g. "E-syntax". */
  readonly code: string;
  readonly message: string;
  readonly range: SourceRange;
  /** 1-based line and column of range.from, filled in by `locate`. */
  readonly line: number;
  readonly col: number;
  /** A certain fix ("did you mean"): replace `range` with `text` (the editor offers it as a quick fix). */
  readonly fix?: Fix;
}

/** A replacement that fixes a diagnostic. */
export interface Fix {
  readonly range: SourceRange;
  readonly text: string;
}

/** A compiler bug (never a user mistake): shown as "internal error, please report". */
export class InternalError extends Error {
  constructor(message: string) {
    super(`internal error: ${message}`);
    this.name = "InternalError";
  }
}

export function internalAssert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new InternalError(message);
}

/** Thrown inside the frontend to abort the current construct; caught at a recovery point. */
export class UserError extends Error {
  constructor(readonly code: string, message: string, readonly range: SourceRange, readonly fix?: Fix) {
    super(message);
    this.name = "UserError";
  }
}

/** Maps offsets to 1-based line/column. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  lineCol(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }
}

/** Collects diagnostics, dropping exact duplicates (pyright's diagnostic sink). */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  constructor(readonly lines: LineMap) {}
  add(severity: Severity, code: string, message: string, range: SourceRange, fix?: Fix): void {
    const key = `${severity}|${code}|${message}|${range.from}|${range.to}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const { line, col } = this.lines.lineCol(range.from);
    this.items.push({ severity, code, message, range, line, col, ...(fix ? { fix } : {}) });
  }
  error(code: string, message: string, range: SourceRange, fix?: Fix): void {
    this.add("error", code, message, range, fix);
  }
  warning(code: string, message: string, range: SourceRange): void {
    this.add("warning", code, message, range);
  }
  /** Keeps only the diagnostics `keep` accepts (used to drop the echoes of a syntax error). */
  retain(keep: (d: Diagnostic) => boolean): void {
    const kept = this.items.filter(keep);
    this.items.length = 0;
    this.items.push(...kept);
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
  /** A sink holding the same diagnostics, to add to without changing this one. */
  copy(): DiagnosticSink {
    const c = new DiagnosticSink(this.lines);
    for (const d of this.items) c.add(d.severity, d.code, d.message, d.range, d.fix);
    return c;
  }
}

/** FILE:LINE:COL: severity: message (the CLI's and tests' form); one line, with control characters shown escaped. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return terminalText(`${file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`);
}
