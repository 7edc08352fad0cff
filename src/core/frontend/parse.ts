/**
 * Python source → the frontend AST of ./ast.ts, through @lezer/python.
 *
 * Lezer gives an error-tolerant concrete tree; this module maps it onto Python's `ast` shapes with exact
 * source ranges (UTF-16 offsets, half-open, following CPython's conventions: a parenthesized expression's
 * range excludes its parentheses, a bare tuple spans its elements, a compound statement ends where its last
 * body statement ends, a `def` starts at `def` rather than at its decorators). On top of Lezer it
 *  - turns Lezer's error nodes into E-syntax diagnostics with a specific message, at most one per line and
 *    per statement, plus ErrorExpr/ErrorStmt placeholders;
 *  - checks what Lezer accepts silently: indentation (a Python-style indent stack over logical lines),
 *    unterminated strings, malformed number literals, assignment targets;
 *  - fixes Lezer's precedence of `not` against `and`/`or` (it parses `not a and b` as `not (a and b)`) by
 *    re-parsing the boolean/comparison level of every expression;
 *  - maps valid Python that Allo lacks to Unsupported nodes, without a diagnostic (consumers report them).
 * It never throws on user input.
 */
import { parser } from "@lezer/python";
import { joinBlankLines } from "./blank-lines";
import type { SyntaxNode } from "@lezer/common";
import { LineMap, type DiagnosticSink, type SourceRange } from "../diagnostics";
import type * as A from "./ast";

/** Parses one Python module. Syntax errors go to `sink` (code E-syntax); the result is always a Module. */
export function parseModule(source: string, sink: DiagnosticSink): A.Module {
  const conv = new Converter(source);
  let body: A.Stmt[] = [];
  const deep = tooDeepAt(source);
  if (deep !== undefined) conv.tooDeep(deep);
  else {
    try {
      const tree = parser.parse(joinBlankLines(source));
      body = conv.block(kids(tree.topNode), 0);
    } catch (e) {
      // Lezer's tree builder overflows the stack on deep inputs the pre-scan let through (the depth it
      // survives depends on the host's stack): a limit of the input. Browsers name the error differently.
      if (!(e instanceof RangeError) && !/recursion|call stack/i.test(String(e))) throw e;
      conv.tooDeep(0);
    }
  }
  scanIndentation(source, conv.candidates);
  conv.finish(sink);
  return { body };
}

/**
 * Where the source first nests deeper than MAX_DEPTH (brackets, or indented blocks), found before Lezer
 * runs: its recursion would overflow the stack on such input, at a depth that depends on the host.
 */
function tooDeepAt(source: string): number | undefined {
  let brackets = 0;
  const indents: number[] = [0];
  let lineStart = true;
  let col = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) { lineStart = true; col = 0; continue; }
    if (lineStart) {
      if (c === 32 || c === 9) { col++; continue; }
      lineStart = false;
      if (brackets === 0 && c !== 35 && c !== 13) {
        while (col < indents[indents.length - 1]!) indents.pop();
        if (col > indents[indents.length - 1]!) indents.push(col);
        if (indents.length > MAX_DEPTH) return i;
      }
    }
    if (c === 40 || c === 91 || c === 123) { if (++brackets > MAX_DEPTH) return i; }
    else if ((c === 41 || c === 93 || c === 125) && brackets > 0) brackets--;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------ tables

/** Past this depth of nested expressions and blocks we stop descending, like CPython (200 nested brackets). */
const MAX_DEPTH = 200;

/** Priorities among syntax-error candidates on the same line: the more specific check wins. */
const enum Prio { Lezer = 1, Specific = 2, Fatal = 3 }

interface Candidate {
  /** Where the problem was detected (the dedupe key's line). */
  readonly pos: number;
  /** Where it is reported (may differ, e.g. the unclosed bracket). */
  readonly range: SourceRange;
  readonly message: string;
  readonly prio: Prio;
  /** Statement id for "one error per statement"; -1 for line-based checks. */
  readonly stmt: number;
}

const ARITH: ReadonlySet<string> = new Set(["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]);
const OPERATOR_TOKENS: ReadonlySet<string> = new Set(["ArithOp", "BitOp", "CompareOp", "and", "or", "not", "in", "is"]);
const COMPARE: ReadonlySet<string> = new Set(["==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not"]);
const TEST_LEVEL_OPS: ReadonlySet<string> = new Set(["CompareOp", "and", "or", "not", "in", "is"]);
const OPENERS: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };
/** Lezer node names after which an expression must follow. */
const EXPECTS_EXPR: ReadonlySet<string> = new Set([
  "ArithOp", "BitOp", "CompareOp", "AssignOp", "UpdateOp", "and", "or", "not", "in", "is", "if", "else",
  "return", "lambda", "await", "del", "assert", "raise", "while", "elif", "with", "*", "**", "At", "TypeDef",
]);
const COMPOUND: ReadonlySet<string> = new Set([
  "IfStatement", "WhileStatement", "ForStatement", "WithStatement", "FunctionDefinition", "ClassDefinition",
  "TryStatement",
]);
/** Keywords that open a block; a line starting with one opens a block even when its ':' is missing. */
const BLOCK_KEYWORDS: Readonly<Record<string, string>> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", for: "'for' statement",
  while: "'while' statement", with: "'with' statement", def: "function definition", class: "class definition",
  try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
};

const enum Ch {
  Tab = 9, Newline = 10, FormFeed = 12, Return = 13, Space = 32, Quote = 34, Hash = 35, Apostrophe = 39,
  Colon = 58, Backslash = 92, Underscore = 95,
}

// --------------------------------------------------------------------------------------- helpers

/** Children of a node, comments dropped (Lezer keeps them as nodes anywhere, even inside argument lists). */
function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== "Comment") out.push(c);
  return out;
}

/** `[start, end)` of the nodes between an opening and a closing bracket, either of which may be missing. */
function inside(ks: readonly SyntaxNode[], open: string, close: string): [number, number] {
  const start = ks[0]?.name === open ? 1 : 0;
  const end = ks.length > start && ks[ks.length - 1]!.name === close ? ks.length - 1 : ks.length;
  return [start, end];
}

function rangeOf(n: SyntaxNode): SourceRange {
  return { from: n.from, to: n.to };
}

function span(from: number, to: number): SourceRange {
  return { from, to };
}

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === Ch.Underscore || c > 127;
}

/** Splits `nodes[start, end)` at "," tokens; `comma` is true when a comma was seen. */
function splitCommas(nodes: readonly SyntaxNode[], start: number, end: number): { groups: SyntaxNode[][]; comma: boolean } {
  const groups: SyntaxNode[][] = [];
  let cur: SyntaxNode[] = [];
  let comma = false;
  for (let i = start; i < end; i++) {
    const n = nodes[i]!;
    if (n.name === ",") {
      comma = true;
      if (cur.length > 0) groups.push(cur); // `(a,,b)` is reported by Lezer; skip the hole
      cur = [];
    } else cur.push(n);
  }
  if (cur.length > 0) groups.push(cur);
  return { groups, comma };
}

type Wrapped = { readonly e: A.Expr; readonly from: number; readonly to: number };
type TestTok =
  | { readonly t: "atom"; readonly node: SyntaxNode }
  | { readonly t: "op"; readonly op: string; readonly from: number; readonly to: number };

// ------------------------------------------------------------------------------------- converter

class Converter {
  readonly candidates: Candidate[] = [];
  private stmtCounter = 0;
  /** Id of the statement being converted, for the one-error-per-statement rule. */
  private stmt = -1;
  private depth = 0;
  /** First ErrorExpr/ErrorStmt position, to guarantee a diagnostic exists for every placeholder. */
  private firstErrorPos = -1;

  constructor(private readonly src: string) {}

  private reportedTooDeep = false;

  /** Reported once: everything below the limit is skipped, so further reports would only repeat it. */
  tooDeep(pos: number): void {
    if (this.reportedTooDeep) return;
    this.reportedTooDeep = true;
    this.cand(pos, span(pos, pos), `the code is nested too deeply (the limit is ${MAX_DEPTH} levels)`, Prio.Fatal, -1);
  }

  cand(pos: number, range: SourceRange, message: string, prio: Prio, stmt = this.stmt): void {
    this.candidates.push({ pos, range, message, prio, stmt });
  }

  /** Picks the diagnostics to report: one per line and per statement, the most specific first. */
  finish(sink: DiagnosticSink): void {
    const cands = this.candidates;
    if (cands.length === 0 && this.firstErrorPos >= 0) {
      const p = this.firstErrorPos;
      cands.push({ pos: p, range: span(p, p), message: "invalid syntax", prio: Prio.Lezer, stmt: -1 });
    }
    if (cands.length === 0) return;
    const lines = new LineMap(this.src);
    const rows = cands.map((c) => ({ c, rawLine: lines.lineCol(c.pos).line, line: lines.lineCol(c.range.from).line }));
    rows.sort((a, b) => a.rawLine - b.rawLine || b.c.prio - a.c.prio || a.c.pos - b.c.pos);
    const lineSeen = new Set<number>();
    const stmtSeen = new Set<number>();
    const kept: Candidate[] = [];
    for (const { c, rawLine, line } of rows) {
      if (lineSeen.has(rawLine) || lineSeen.has(line) || (c.stmt >= 0 && stmtSeen.has(c.stmt))) continue;
      lineSeen.add(rawLine).add(line);
      if (c.stmt >= 0) stmtSeen.add(c.stmt);
      kept.push(c);
    }
    kept.sort((a, b) => a.range.from - b.range.from);
    for (const c of kept) {
      const msg = c.message === "invalid syntax" ? c.message : `invalid syntax: ${c.message}`;
      sink.error("E-syntax", msg, c.range);
    }
  }

  // ------------------------------------------------------------------------------- statements

  /** Converts the statements in `nodes[start..]` (children of Script or Body). */
  block(nodes: readonly SyntaxNode[], start: number): A.Stmt[] {
    const out: A.Stmt[] = [];
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      const n = nodes[start];
      if (n) this.tooDeep(n.from);
      return out;
    }
    for (let i = start; i < nodes.length; i++) {
      const n = nodes[i]!;
      this.stmt = ++this.stmtCounter;
      if (n.type.isError) i = this.errorStmt(nodes, i, out);
      else this.statement(n, out);
    }
    this.depth--;
    return out;
  }

  /**
   * A statement-level error node. The statements Lezer split off the same broken line (`a b c` parses as
   * three statements around two errors) are folded into one ErrorStmt so they do not cascade.
   */
  private errorStmt(nodes: readonly SyntaxNode[], i: number, out: A.Stmt[]): number {
    const e = nodes[i]!;
    this.syntaxError(e);
    const atLineStart = this.onlySpaceBefore(e.from);
    const blank = this.trimEnd(e.to) <= e.from; // zero-width, or only stray indentation
    if (blank && atLineStart) return i; // a marker between statements: nothing to keep
    let from = e.from;
    let to = e.to;
    const prev = out[out.length - 1];
    if (prev && !atLineStart && this.sameLine(prev.range.from, e.from)) {
      out.pop();
      from = prev.range.from;
    }
    let j = i + 1;
    for (; j < nodes.length && this.sameLine(e.from, nodes[j]!.from); j++) to = Math.max(to, nodes[j]!.to);
    this.markError(from);
    out.push({ kind: "ErrorStmt", range: span(from, Math.max(from, this.trimEnd(to))) });
    return j - 1;
  }

  private statement(n: SyntaxNode, out: A.Stmt[]): void {
    switch (n.name) {
      case "StatementGroup":
        for (const c of kids(n)) {
          if (c.name === ";") continue;
          if (c.type.isError) {
            this.syntaxError(c);
            this.markError(c.from);
            out.push({ kind: "ErrorStmt", range: rangeOf(c) });
          } else this.statement(c, out);
        }
        return;
      case "DecoratedStatement":
        out.push(this.decorated(n));
        return;
      default:
        out.push(this.simpleOrCompound(n));
    }
  }

  private simpleOrCompound(n: SyntaxNode): A.Stmt {
    switch (n.name) {
      case "ExpressionStatement": {
        const ks = kids(n);
        return { kind: "Expr", value: this.exprList(ks, 0, ks.length, n.from), range: this.stmtRange(n, ks) };
      }
      case "AssignStatement":
        return this.assign(n);
      case "UpdateStatement":
        return this.update(n);
      case "PassStatement":
        return { kind: "Pass", range: rangeOf(n) };
      case "BreakStatement":
        return { kind: "Break", range: rangeOf(n) };
      case "ContinueStatement":
        return { kind: "Continue", range: rangeOf(n) };
      case "ReturnStatement": {
        const ks = kids(n);
        const value = ks.length > 1 ? this.exprList(ks, 1, ks.length, n.from) : undefined;
        return value ? { kind: "Return", value, range: this.stmtRange(n, ks) } : { kind: "Return", range: rangeOf(n) };
      }
      case "ImportStatement":
        return this.importStmt(n);
      case "ScopeStatement":
        return this.scope(n);
      case "IfStatement":
        return this.ifStmt(n);
      case "WhileStatement":
        return this.whileStmt(n);
      case "ForStatement":
        return this.forStmt(n);
      case "WithStatement":
        return this.withStmt(n);
      case "FunctionDefinition":
        return this.funcDef(n, []);
      case "DeleteStatement":
        return this.unsupportedStmt(n, "del statement");
      case "AssertStatement":
        return this.assertStmt(n);
      case "RaiseStatement":
        return this.raiseStmt(n);
      case "YieldStatement": // an expression statement in CPython's ast
        return { kind: "Expr", value: this.unsupported(n, "yield"), range: span(n.from, this.trimEnd(n.to)) };
      case "ClassDefinition":
        return this.classDef(n, []);
      case "TryStatement":
        return this.tryStmt(n);
      case "MatchStatement":
        return this.unsupportedStmt(n, "match statement");
      case "TypeDefinition":
        return this.unsupportedStmt(n, "type alias statement");
      case "PrintStatement":
        this.cand(n.from, span(n.from, n.from + 5), "missing parentheses in call to 'print'", Prio.Specific);
        this.markError(n.from);
        return { kind: "ErrorStmt", range: rangeOf(n) };
      default:
        this.reportErrorsIn(n);
        this.cand(n.from, this.tokenRange(n.from), `unexpected ${this.describeToken(n.from)}`, Prio.Lezer);
        this.markError(n.from);
        return { kind: "ErrorStmt", range: rangeOf(n) };
    }
  }

  private assertStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    const comma = ks.findIndex((k) => k.name === ",");
    const end = comma < 0 ? ks.length : comma;
    const test = this.exprGroupRange(ks, 1, end, ks[0]!.to);
    const range = this.stmtRange(n, ks);
    if (comma < 0) return { kind: "Assert", test, range };
    return { kind: "Assert", test, msg: this.exprGroupRange(ks, comma + 1, ks.length, ks[comma]!.to), range };
  }

  private raiseStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    const range = this.stmtRange(n, ks);
    if (ks.length <= 1) return { kind: "Raise", range };
    const from = ks.findIndex((k) => k.name === "from");
    const exc = this.exprGroupRange(ks, 1, from < 0 ? ks.length : from, ks[0]!.to);
    if (from < 0) return { kind: "Raise", exc, range };
    return { kind: "Raise", exc, cause: this.exprGroupRange(ks, from + 1, ks.length, ks[from]!.to), range };
  }

  /** try / except [T [as name]] / else / finally: the clauses in Lezer's flat child list. */
  private tryStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    let body: A.Stmt[] = [];
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      if (k.type.isError) { this.syntaxError(k); continue; }
      if (k.name === "try") {
        body = this.body(ks[i + 1]?.name === "Body" ? ks[++i] : undefined, k);
      } else if (k.name === "except") {
        let j = i + 1;
        while (j < ks.length && ks[j]!.name !== "Body") j++;
        const asIdx = ks.slice(i + 1, j).findIndex((x) => x.name === "as");
        const typeEnd = asIdx < 0 ? j : i + 1 + asIdx;
        const type = typeEnd > i + 1 ? this.exprGroupRange(ks, i + 1, typeEnd, k.to) : undefined;
        const nameNode = asIdx < 0 ? undefined : ks[i + 2 + asIdx];
        const hb = this.body(ks[j], k);
        const h: A.ExceptHandler = { ...(type ? { type } : {}), ...(nameNode ? { name: this.src.slice(nameNode.from, nameNode.to) } : {}), body: hb, range: span(k.from, this.compoundEnd(n, hb)) };
        handlers.push(h);
        i = j;
      } else if (k.name === "else") {
        orelse = this.body(ks[++i], k);
      } else if (k.name === "finally") {
        finalbody = this.body(ks[++i], k);
      }
    }
    const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers[handlers.length - 1]!.body : body;
    return { kind: "Try", body, handlers, orelse, finalbody, range: span(n.from, this.compoundEnd(n, last)) };
  }

  private unsupportedStmt(n: SyntaxNode, what: string): A.UnsupportedStmt {
    this.reportErrorsIn(n);
    return { kind: "UnsupportedStmt", what, range: span(n.from, this.trimEnd(n.to)) };
  }

  /** Simple statements end at their last token (Lezer's node may include trailing space). */
  private stmtRange(n: SyntaxNode, ks: readonly SyntaxNode[]): SourceRange {
    const last = ks[ks.length - 1];
    return span(n.from, last ? Math.max(last.to, n.from) : n.to);
  }

  private assign(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    const segs: [number, number][] = [];
    let annotation: SyntaxNode | undefined;
    let segStart = 0;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      if (k.name === "AssignOp" || k.name === "TypeDef") {
        segs.push([segStart, i]);
        segStart = i + 1;
        if (k.name === "TypeDef") annotation = k;
      }
    }
    segs.push([segStart, ks.length]);
    const range = this.stmtRange(n, ks);
    const seg = (k: number, at: number): A.Expr => {
      const [s, e] = segs[k]!;
      return this.exprList(ks, s, e, at);
    };
    const before = this.candidates.length;
    if (annotation) {
      const target = seg(0, n.from);
      const ann = this.typeDefExpr(annotation);
      // segs: [target] [between TypeDef and "="(empty)] [value]...
      const valueSegs = segs.length - 2;
      if (valueSegs > 1) {
        const at = ks.filter((k) => k.name === "AssignOp")[1]!;
        this.cand(at.from, rangeOf(at), "an annotated assignment cannot have several targets", Prio.Specific);
      }
      const value = valueSegs > 0 ? seg(segs.length - 1, annotation.to) : undefined;
      this.checkTarget(target, "annotated", before);
      return value ? { kind: "AnnAssign", target, annotation: ann, value, range } : { kind: "AnnAssign", target, annotation: ann, range };
    }
    const targets: A.Expr[] = [];
    for (let k = 0; k < segs.length - 1; k++) targets.push(seg(k, n.from));
    const lastOp = ks.filter((k) => k.name === "AssignOp").pop();
    const value = seg(segs.length - 1, lastOp ? lastOp.to : n.to);
    for (const t of targets) this.checkTarget(t, "assign", before);
    return { kind: "Assign", targets, value, range };
  }

  private update(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    const opIdx = ks.findIndex((k) => k.name === "UpdateOp");
    const range = this.stmtRange(n, ks);
    if (opIdx < 0) return this.errorStmtFor(n);
    const opNode = ks[opIdx]!;
    const before = this.candidates.length;
    const target = this.exprList(ks, 0, opIdx, n.from);
    const value = this.exprList(ks, opIdx + 1, ks.length, opNode.to);
    this.checkTarget(target, "aug", before);
    const op = this.src.slice(opNode.from, opNode.to - 1);
    if (!ARITH.has(op)) return this.errorStmtFor(n);
    return { kind: "AugAssign", target, op: op as A.BinOperator, value, range };
  }

  private errorStmtFor(n: SyntaxNode): A.ErrorStmt {
    this.reportErrorsIn(n);
    this.markError(n.from);
    return { kind: "ErrorStmt", range: rangeOf(n) };
  }

  /** CPython rejects these targets at parse time, so they are syntax errors here too. */
  private checkTarget(e: A.Expr, mode: "assign" | "aug" | "annotated" | "for" | "with", before: number): void {
    // After a Lezer error the tree around it is a guess; do not add a second, misleading complaint.
    if (this.candidates.length > before) return;
    switch (e.kind) {
      case "Name": case "Attribute": case "Subscript": case "ErrorExpr":
        return;
      case "UnsupportedExpr":
        return; // e.g. a starred target: the consumer names it
      case "Tuple": case "List":
        if (mode === "aug" || mode === "annotated") break;
        for (const x of e.elts) this.checkTarget(x, mode, before);
        return;
      default:
        break;
    }
    const what: Partial<Record<A.Expr["kind"], string>> = {
      Call: "a function call", Int: "a literal", Float: "a literal", Str: "a literal", Bool: "True/False",
      None: "None", Ellipsis: "'...'", Tuple: "a tuple", List: "a list", Dict: "a dict literal",
      IfExp: "a conditional expression", Compare: "a comparison", BoolOp: "a boolean expression",
    };
    const name = what[e.kind] ?? "an expression";
    const msg = mode === "aug" ? `${name} is not a valid target for augmented assignment`
      : mode === "annotated" ? `${name} cannot be annotated` : `cannot assign to ${name}`;
    this.cand(e.range.from, e.range, msg, Prio.Specific);
  }

  private importStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    const range = this.stmtRange(n, ks);
    const first = ks[0];
    if (!first) return this.errorStmtFor(n);
    let i = 1;
    let module = "";
    if (first.name === "from") {
      // relative dots, then a dotted module name, up to `import`
      for (; i < ks.length && ks[i]!.name !== "import"; i++) {
        const k = ks[i]!;
        if (k.type.isError) this.syntaxError(k);
        else module += this.src.slice(k.from, k.to);
      }
      i++; // `import`
    }
    const names: A.Alias[] = [];
    let parts: string[] = [];
    let aFrom = -1;
    let aTo = -1;
    let asname: string | undefined;
    let expectAs = false;
    const flush = (): void => {
      if (aFrom < 0) return;
      const name = parts.join(".");
      names.push(asname === undefined ? { name, range: span(aFrom, aTo) } : { name, asname, range: span(aFrom, aTo) });
      parts = [];
      aFrom = -1;
      asname = undefined;
    };
    for (; i < ks.length; i++) {
      const k = ks[i]!;
      switch (k.name) {
        case "VariableName":
          if (expectAs) {
            asname = this.src.slice(k.from, k.to);
            expectAs = false;
          } else {
            if (aFrom < 0) aFrom = k.from;
            parts.push(this.src.slice(k.from, k.to));
          }
          aTo = k.to;
          break;
        case "as":
          expectAs = true;
          break;
        case ",":
          flush();
          break;
        case "*":
          names.push({ name: "*", range: rangeOf(k) });
          break;
        case "(": case ")": case ".":
          break;
        default:
          if (k.type.isError) this.syntaxError(k);
          else this.reportErrorsIn(k);
      }
    }
    flush();
    if (first.name === "from") return { kind: "ImportFrom", module, names, range };
    return { kind: "Import", names, range };
  }

  private scope(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    if (ks[0]?.name === "nonlocal") return this.unsupportedStmt(n, "nonlocal statement");
    const names: string[] = [];
    for (const k of ks) {
      if (k.name === "VariableName") names.push(this.src.slice(k.from, k.to));
      else if (k.type.isError) this.syntaxError(k);
    }
    return { kind: "Global", names, range: this.stmtRange(n, ks) };
  }

  /** The statements of a Body node (`: stmt` or `: NEWLINE INDENT stmt+`). */
  private body(b: SyntaxNode | undefined, header: SyntaxNode): A.Stmt[] {
    if (!b || b.name !== "Body") {
      // Lezer dropped the body altogether (e.g. a missing ':' before an indented line).
      const at = b ? b.from : header.to;
      this.cand(at, span(at, at), "expected ':'", Prio.Lezer);
      return [];
    }
    const ks = kids(b);
    let i = 0;
    while (i < ks.length && ks[i]!.name !== ":") {
      const k = ks[i]!;
      if (k.type.isError) this.syntaxError(k);
      i++;
    }
    if (i === ks.length) {
      // no ':' at all: the Body holds statements after an error, keep them
      return this.block(ks.filter((k) => !k.type.isError), 0);
    }
    const saved = this.stmt;
    const out = this.block(ks, i + 1);
    this.stmt = saved;
    return out;
  }

  /** End of a compound statement: its last body statement (CPython), else its last header token. */
  private compoundEnd(n: SyntaxNode, last: readonly A.Stmt[]): number {
    const s = last[last.length - 1];
    return s ? s.range.to : this.trimEnd(n.to);
  }

  private ifStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    type Clause = { kw: SyntaxNode; test: A.Expr; body: A.Stmt[] };
    const clauses: Clause[] = [];
    let orelse: A.Stmt[] = [];
    let hasElse = false;
    let i = 0;
    while (i < ks.length) {
      const kw = ks[i]!;
      if (kw.name === "if" || kw.name === "elif") {
        let j = i + 1;
        while (j < ks.length && ks[j]!.name !== "Body" && !this.isClauseKw(ks[j]!)) j++;
        const test = this.exprList(ks, i + 1, j, kw.to);
        const body = this.body(ks[j]?.name === "Body" ? ks[j] : undefined, ks[j - 1] ?? kw);
        clauses.push({ kw, test, body });
        i = ks[j]?.name === "Body" ? j + 1 : j;
      } else if (kw.name === "else") {
        hasElse = true;
        orelse = this.body(ks[i + 1], kw);
        i += 2;
      } else {
        if (kw.type.isError) this.syntaxError(kw);
        else this.reportErrorsIn(kw);
        i++;
      }
    }
    if (clauses.length === 0) return this.errorStmtFor(n);
    let end = hasElse ? this.compoundEnd(n, orelse) : -1;
    for (let c = clauses.length - 1; c >= 0; c--) {
      const { kw, test, body } = clauses[c]!;
      if (end < 0) end = this.compoundEnd(n, body);
      const node: A.If = { kind: "If", test, body, orelse, range: span(kw.from, end) };
      orelse = [node];
    }
    return orelse[0]!;
  }

  private isClauseKw(k: SyntaxNode): boolean {
    return k.name === "elif" || k.name === "else";
  }

  private whileStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    const bodyIdx = ks.findIndex((k) => k.name === "Body");
    const test = this.exprList(ks, 1, bodyIdx < 0 ? ks.length : bodyIdx, ks[0]!.to);
    const body = this.body(bodyIdx < 0 ? undefined : ks[bodyIdx], n);
    const orelse = this.elseClause(ks, bodyIdx);
    const end = this.compoundEnd(n, orelse.length ? orelse : body);
    return { kind: "While", test, body, orelse, range: span(n.from, end) };
  }

  private elseClause(ks: readonly SyntaxNode[], bodyIdx: number): A.Stmt[] {
    if (bodyIdx < 0) return [];
    for (let i = bodyIdx + 1; i < ks.length; i++) {
      const k = ks[i]!;
      if (k.name === "else") return this.body(ks[i + 1], k);
      if (k.type.isError) this.syntaxError(k);
    }
    return [];
  }

  private forStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    if (ks[0]?.name === "async") return this.unsupportedStmt(n, "async for loop");
    const inIdx = ks.findIndex((k) => k.name === "in");
    const bodyIdx = ks.findIndex((k) => k.name === "Body");
    const headEnd = bodyIdx < 0 ? ks.length : bodyIdx;
    let target: A.Expr;
    let iter: A.Expr;
    const before = this.candidates.length;
    if (inIdx < 0 || inIdx > headEnd) {
      target = this.exprList(ks, 1, headEnd, ks[0]!.to);
      const at = this.trimEnd(ks[headEnd - 1]?.to ?? n.from);
      this.cand(at, this.tokenRange(at), "expected 'in'", Prio.Lezer);
      iter = this.errorExprAt(at);
    } else {
      target = this.exprList(ks, 1, inIdx, ks[0]!.to);
      iter = this.exprList(ks, inIdx + 1, headEnd, ks[inIdx]!.to);
    }
    this.checkTarget(target, "for", before);
    const body = this.body(bodyIdx < 0 ? undefined : ks[bodyIdx], n);
    const orelse = this.elseClause(ks, bodyIdx);
    const end = this.compoundEnd(n, orelse.length ? orelse : body);
    return { kind: "For", target, iter, body, orelse, range: span(n.from, end) };
  }

  private withStmt(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    if (ks[0]?.name === "async") return this.unsupportedStmt(n, "async with statement");
    const bodyIdx = ks.findIndex((k) => k.name === "Body");
    const { groups } = splitCommas(ks, 1, bodyIdx < 0 ? ks.length : bodyIdx);
    const items: A.WithItem[] = [];
    for (const g of groups) {
      const asIdx = g.findIndex((k) => k.name === "as");
      if (asIdx < 0) {
        const context = this.exprGroup(g);
        items.push({ context, range: context.range });
      } else {
        const before = this.candidates.length;
        const context = this.exprGroupRange(g, 0, asIdx);
        const vars = this.exprGroupRange(g, asIdx + 1, g.length, g[asIdx]!.to);
        this.checkTarget(vars, "with", before);
        items.push({ context, vars, range: span(context.range.from, vars.range.to) });
      }
    }
    const body = this.body(bodyIdx < 0 ? undefined : ks[bodyIdx], n);
    return { kind: "With", items, body, range: span(n.from, this.compoundEnd(n, body)) };
  }

  private decorated(n: SyntaxNode): A.Stmt {
    const ks = kids(n);
    const decorators: A.Expr[] = [];
    for (const k of ks) {
      if (k.name === "Decorator") decorators.push(this.decorator(k));
      else if (k.name === "FunctionDefinition") return this.funcDef(k, decorators);
      else if (k.name === "ClassDefinition") return this.classDef(k, decorators);
      else if (k.type.isError) this.syntaxError(k);
    }
    return this.errorStmtFor(n);
  }

  /** `@a.b.c(args)`: Lezer gives a dotted name and an optional ArgList, not an expression. */
  private decorator(n: SyntaxNode): A.Expr {
    let e: A.Expr | undefined;
    for (const k of kids(n)) {
      if (k.name === "VariableName") {
        const id = this.src.slice(k.from, k.to);
        e = e
          ? { kind: "Attribute", value: e, attr: id, attrRange: rangeOf(k), range: span(e.range.from, k.to) }
          : { kind: "Name", id, range: rangeOf(k) };
      } else if (k.name === "ArgList" && e) {
        e = this.call(e, k, e.range.from);
      } else if (k.type.isError) {
        this.syntaxError(k);
      }
    }
    return e ?? this.errorExprAt(n.from + 1);
  }

  private funcDef(n: SyntaxNode, decorators: A.Expr[]): A.Stmt {
    const ks = kids(n);
    if (ks[0]?.name === "async") return this.unsupportedStmt(n, "async function");
    let name = "";
    let nameRange = span(n.from, n.from);
    let typeParams: A.TypeParam[] = [];
    let args: A.Arg[] = [];
    let returns: A.Expr | undefined;
    let body: A.Stmt[] = [];
    let sawBody = false;
    for (const k of ks) {
      switch (k.name) {
        case "def":
          break;
        case "VariableName":
          name = this.src.slice(k.from, k.to);
          nameRange = rangeOf(k);
          break;
        case "TypeParamList":
          typeParams = this.typeParams(k);
          break;
        case "ParamList":
          args = this.params(k);
          break;
        case "TypeDef":
          returns = this.typeDefExpr(k);
          break;
        case "Body":
          body = this.body(k, n);
          sawBody = true;
          break;
        default:
          if (k.type.isError) this.syntaxError(k);
          else this.reportErrorsIn(k);
      }
    }
    if (!sawBody) this.body(undefined, n);
    const range = span(n.from, this.compoundEnd(n, body));
    const base = { kind: "FunctionDef" as const, name, nameRange, typeParams, args, body, decorators, range };
    return returns ? { ...base, returns } : base;
  }

  /** `class Name(bases):` body; keyword arguments in the base list (metaclass=...) are not supported. */
  private classDef(n: SyntaxNode, decorators: A.Expr[]): A.Stmt {
    const ks = kids(n);
    let name = "";
    let nameRange = span(n.from, n.from);
    const bases: A.Expr[] = [];
    let body: A.Stmt[] = [];
    let sawBody = false;
    for (const k of ks) {
      if (k.name === "class") continue;
      if (k.name === "VariableName") {
        name = this.src.slice(k.from, k.to);
        nameRange = rangeOf(k);
      } else if (k.name === "ArgList") {
        const call = this.call({ kind: "Name", id: name, range: nameRange }, k, n.from);
        if (call.keywords.length > 0) return this.unsupportedStmt(n, "class keyword argument (metaclass=...)");
        bases.push(...call.args);
      } else if (k.name === "Body") {
        body = this.body(k, n);
        sawBody = true;
      } else if (k.type.isError) this.syntaxError(k);
      else this.reportErrorsIn(k);
    }
    if (!sawBody) this.body(undefined, n);
    return { kind: "ClassDef", name, nameRange, bases, body, decorators, range: span(n.from, this.compoundEnd(n, body)) };
  }

  private typeParams(n: SyntaxNode): A.TypeParam[] {
    const out: A.TypeParam[] = [];
    for (const k of kids(n)) {
      if (k.type.isError) {
        this.syntaxError(k);
        continue;
      }
      if (k.name !== "TypeParam") continue;
      const ps = kids(k);
      const nameNode = ps.find((p) => p.name === "VariableName");
      const name = nameNode ? this.src.slice(nameNode.from, nameNode.to) : "";
      const def = ps.find((p) => p.name === "TypeDef");
      if (ps[0]?.name === "*" || ps[0]?.name === "**") {
        // TypeVarTuple / ParamSpec: no field for them, so the bound names the construct for the consumer
        const what = ps[0].name === "*" ? "variadic type parameter" : "parameter-spec type parameter";
        out.push({ name, bound: { kind: "UnsupportedExpr", what, range: rangeOf(k) }, range: rangeOf(k) });
      } else if (def) {
        out.push({ name, bound: this.typeDefExpr(def), range: rangeOf(k) });
      } else {
        out.push({ name, range: rangeOf(k) });
      }
    }
    return out;
  }

  /**
   * Parameters. An Arg's range covers the whole parameter including its default. `*args`, `**kw`, `*` and
   * `/` have no place in the AST; they become Args named by their spelling whose annotation is an
   * UnsupportedExpr naming the construct, so any consumer that reads annotations reports them in context.
   */
  private params(n: SyntaxNode): A.Arg[] {
    const ks = kids(n);
    const { groups } = splitCommas(ks, ...inside(ks, "(", ")"));
    const out: A.Arg[] = [];
    for (const g of groups) {
      const errs = g.filter((k) => k.type.isError);
      for (const e of errs) this.syntaxError(e);
      const parts = errs.length ? g.filter((k) => !k.type.isError) : g;
      if (parts.length === 0) continue;
      const from = parts[0]!.from;
      const to = parts[parts.length - 1]!.to;
      const head = parts[0]!.name;
      if (head === "*" || head === "**" || head === "/") {
        const what = head === "/" ? "positional-only marker '/'"
          : head === "**" ? "variadic keyword parameter" : parts.length > 1 ? "variadic parameter" : "keyword-only marker '*'";
        out.push({ name: this.src.slice(from, parts[1]?.name === "VariableName" ? parts[1].to : parts[0]!.to),
          annotation: { kind: "UnsupportedExpr", what, range: span(from, to) }, range: span(from, to) });
        continue;
      }
      const nameNode = parts[0]!;
      const name = nameNode.name === "VariableName" ? this.src.slice(nameNode.from, nameNode.to) : "";
      if (nameNode.name !== "VariableName") this.reportErrorsIn(nameNode);
      const ann = parts.find((p) => p.name === "TypeDef");
      const eqIdx = parts.findIndex((p) => p.name === "AssignOp");
      const annotation = ann ? this.typeDefExpr(ann) : undefined;
      const dflt = eqIdx >= 0 ? this.exprGroupRange(parts, eqIdx + 1, parts.length, parts[eqIdx]!.to) : undefined;
      const arg: A.Arg = { name, range: span(from, to), ...(annotation ? { annotation } : {}), ...(dflt ? { default: dflt } : {}) };
      out.push(arg);
    }
    return out;
  }

  /** The expression of a TypeDef node (`: expr` or the return annotation's `-> expr`). */
  private typeDefExpr(n: SyntaxNode): A.Expr {
    const ks = kids(n);
    let i = 0;
    while (i < ks.length && (ks[i]!.name === ":" || ks[i]!.name === "->")) i++;
    return this.exprGroupRange(ks, i, ks.length, n.to);
  }

  // ------------------------------------------------------------------------------ expressions

  /** `a`, or `a, b` (a bare tuple spanning its elements, a trailing comma included). */
  private exprList(ks: readonly SyntaxNode[], start: number, end: number, at: number): A.Expr {
    if (start >= end) return this.missingExpr(at);
    if (end - start === 1) return this.element([ks[start]!]);
    const { groups, comma } = splitCommas(ks, start, end);
    if (!comma && groups.length === 1) return this.element(groups[0]!);
    const elts = groups.map((g) => this.element(g));
    return { kind: "Tuple", elts, range: span(ks[start]!.from, ks[end - 1]!.to) };
  }

  /** One element of a comma list: an expression or a starred expression. */
  private element(g: readonly SyntaxNode[]): A.Expr {
    const head = g[0]!;
    if (head.name === "*" || head.name === "**") {
      return this.unsupported(g, head.name === "*" ? "starred expression" : "dict unpacking");
    }
    return this.exprGroup(g);
  }

  /** A group that should hold one expression; stray nodes are reported, not dropped silently. */
  private exprGroup(g: readonly SyntaxNode[]): A.Expr {
    return this.exprGroupRange(g, 0, g.length);
  }

  private exprGroupRange(g: readonly SyntaxNode[], start: number, end: number, at = -1): A.Expr {
    let e: A.Expr | undefined;
    for (let i = start; i < end; i++) {
      const k = g[i]!;
      if (e === undefined && (!k.type.isError || i === end - 1)) e = this.expr(k);
      else if (k.type.isError) this.syntaxError(k);
      else {
        this.reportErrorsIn(k);
        this.cand(k.from, this.tokenRange(k.from), `unexpected ${this.describeToken(k.from)}`, Prio.Lezer);
      }
    }
    return e ?? this.missingExpr(at >= 0 ? at : g[start - 1]?.to ?? 0);
  }

  missingExpr(at: number): A.Expr {
    this.cand(at, span(at, at), "expected an expression", Prio.Lezer);
    return this.errorExprAt(at);
  }

  private errorExprAt(at: number): A.ErrorExpr {
    this.markError(at);
    return { kind: "ErrorExpr", range: span(at, at) };
  }

  private unsupported(g: SyntaxNode | readonly SyntaxNode[], what: string): A.UnsupportedExpr {
    const nodes = Array.isArray(g) ? g : [g as SyntaxNode];
    for (const n of nodes) this.reportErrorsIn(n);
    return { kind: "UnsupportedExpr", what, range: span(nodes[0]!.from, nodes[nodes.length - 1]!.to) };
  }

  expr(n: SyntaxNode): A.Expr {
    if (this.depth >= MAX_DEPTH) {
      this.tooDeep(n.from);
      return this.errorExprAt(n.from);
    }
    this.depth++;
    try {
      return this.exprInner(n);
    } finally {
      this.depth--;
    }
  }

  private exprInner(n: SyntaxNode): A.Expr {
    const src = this.src;
    switch (n.name) {
      case "VariableName":
        return { kind: "Name", id: src.slice(n.from, n.to), range: rangeOf(n) };
      case "Number":
        return this.number(n.from, n.to);
      case "String":
        return this.string(n);
      case "ContinuedString":
        return this.continuedString(n);
      case "FormatString":
        return this.string(n);
      case "Boolean":
        return { kind: "Bool", value: src.charCodeAt(n.from) === 84 /* T */, range: rangeOf(n) };
      case "None":
        return { kind: "None", range: rangeOf(n) };
      case "Ellipsis":
        return { kind: "Ellipsis", range: rangeOf(n) };
      case "ParenthesizedExpression":
        return this.parenthesized(n);
      case "TupleExpression": {
        const ks = kids(n);
        const { groups } = splitCommas(ks, ...inside(ks, "(", ")"));
        return { kind: "Tuple", elts: groups.map((g) => this.element(g)), range: rangeOf(n) };
      }
      case "ArrayExpression": {
        const ks = kids(n);
        const { groups } = splitCommas(ks, ...inside(ks, "[", "]"));
        return { kind: "List", elts: groups.map((g) => this.element(g)), range: rangeOf(n) };
      }
      case "DictionaryExpression":
        return this.dict(n);
      case "SetExpression": {
        // A set of constants (`i in {0, M + 1}` in meta_if conditions) behaves like a tuple for `in`.
        const ks = kids(n);
        const { groups } = splitCommas(ks, ...inside(ks, "{", "}"));
        return { kind: "Tuple", elts: groups.map((g) => this.element(g)), range: rangeOf(n), set: true };
      }
      case "ArrayComprehensionExpression":
        return this.listComp(n);
      case "SetComprehensionExpression": {
        const ks = kids(n);
        const c = this.comprehension(ks, ...inside(ks, "{", "}"), n, n.from + 1);
        return c.kind === "ListComp" ? { ...c, form: "set" } : c;
      }
      case "DictionaryComprehensionExpression": {
        // `{k: v for ...}`: the key is the element up to the top-level ':', the value the rest.
        const ks = kids(n);
        const [lo, hi] = inside(ks, "{", "}");
        const colon = ks.findIndex((k, i) => i >= lo && i < hi && k.name === ":");
        const firstFor = ks.findIndex((k, i) => i >= lo && i < hi && k.name === "for");
        if (colon < 0 || (firstFor >= 0 && colon > firstFor)) return this.unsupported(n, "dict comprehension");
        const c = this.comprehension(ks, colon + 1, hi, n, ks[colon]!.to);
        return c.kind === "ListComp" ? { ...c, form: "dict", key: this.exprGroupRange(ks, lo, colon, n.from + 1) } : c;
      }
      case "ComprehensionExpression": {
        // `(f(x) for x in xs)`: evaluated eagerly as a list (what sum/any/set/tuple read from it).
        const ks = kids(n);
        const c = this.comprehension(ks, ...inside(ks, "(", ")"), n, n.from + 1);
        return c.kind === "ListComp" ? { ...c, form: "generator" } : c;
      }
      case "LambdaExpression":
        return this.unsupported(n, "lambda");
      case "AwaitExpression":
        return this.unsupported(n, "await expression");
      case "YieldExpression":
        return this.unsupported(n, "yield");
      case "NamedExpression":
        return this.unsupported(n, "walrus operator");
      case "UnaryExpression":
      case "BinaryExpression":
        return this.operator(n);
      case "ConditionalExpression": {
        const ks = kids(n);
        const ifIdx = ks.findIndex((k) => k.name === "if");
        const elseIdx = ks.findIndex((k) => k.name === "else");
        if (ifIdx < 0 || elseIdx < ifIdx) {
          this.reportErrorsIn(n);
          this.markError(n.from);
          return { kind: "ErrorExpr", range: rangeOf(n) };
        }
        const body = this.exprGroupRange(ks, 0, ifIdx);
        const test = this.exprGroupRange(ks, ifIdx + 1, elseIdx, ks[ifIdx]!.to);
        const orelse = this.exprGroupRange(ks, elseIdx + 1, ks.length, ks[elseIdx]!.to);
        return { kind: "IfExp", test, body, orelse, range: rangeOf(n) };
      }
      case "CallExpression": {
        const ks = kids(n);
        const args = ks[ks.length - 1];
        if (ks.length < 2 || args?.name !== "ArgList") return this.errorExprFor(n);
        const func = this.exprGroupRange(ks, 0, ks.length - 1);
        return this.call(func, args, n.from);
      }
      case "MemberExpression":
        return this.member(n);
      default:
        return this.errorExprFor(n);
    }
  }

  /** A node that is not an expression: a Lezer error node, or an unexpected token. */
  private errorExprFor(n: SyntaxNode): A.ErrorExpr {
    if (n.type.isError) this.syntaxError(n);
    else {
      this.reportErrorsIn(n);
      this.cand(n.from, this.tokenRange(n.from), `unexpected ${this.describeToken(n.from)}`, Prio.Lezer);
    }
    this.markError(n.from);
    return { kind: "ErrorExpr", range: rangeOf(n) };
  }

  private parenthesized(n: SyntaxNode): A.Expr {
    const ks = kids(n);
    const inner = ks.slice(...inside(ks, "(", ")"));
    if (inner.length === 0) return this.missingExpr(n.from + 1);
    if (inner[0]!.name === "*") return this.unsupported(inner, "starred expression");
    return this.exprGroup(inner);
  }

  private dict(n: SyntaxNode): A.Expr {
    const ks = kids(n);
    const { groups } = splitCommas(ks, ...inside(ks, "{", "}"));
    const keys: A.Expr[] = [];
    const values: A.Expr[] = [];
    for (const g of groups) {
      if (g[0]!.name === "**") return this.unsupported(n, "dict unpacking");
      const colon = g.findIndex((k) => k.name === ":");
      if (colon < 0) {
        keys.push(this.exprGroup(g));
        values.push(this.missingExpr(g[g.length - 1]!.to));
        continue;
      }
      keys.push(this.exprGroupRange(g, 0, colon, g[0]!.from));
      values.push(this.exprGroupRange(g, colon + 1, g.length, g[colon]!.to));
    }
    return { kind: "Dict", keys, values, range: rangeOf(n) };
  }

  private call(func: A.Expr, argList: SyntaxNode, from: number): A.Call {
    const ks = kids(argList);
    const [lo, hi] = inside(ks, "(", ")");
    if (ks.slice(lo, hi).some((k) => k.name === "for") && !ks.slice(lo, hi).some((k) => k.name === "*" || k.name === "**")) {
      // `sum(x for x in xs)`: a generator expression as the only argument, evaluated eagerly as a
      // list comprehension (the same values for the reductions scripts pass it to).
      return { kind: "Call", func, args: [this.comprehension(ks, lo, hi, argList, argList.from + 1)], keywords: [], range: span(from, argList.to) };
    }
    const { groups } = splitCommas(ks, ...inside(ks, "(", ")"));
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    for (const g of groups) {
      const head = g[0]!;
      if (head.name === "*" && g.length > 1) {
        args.push({ kind: "Starred", value: this.exprGroupRange(g, 1, g.length, head.to), range: span(head.from, g[g.length - 1]!.to) });
      } else if (head.name === "*" || head.name === "**") {
        args.push(this.unsupported(g, head.name === "**" ? "keyword argument unpacking (**)" : "starred argument"));
      } else if (g.some((k) => k.name === "for")) {
        args.push(this.unsupported(g, "generator expression"));
      } else if (g.length >= 2 && head.name === "VariableName" && g[1]!.name === "AssignOp") {
        const op = g[1]!;
        if (op.to - op.from === 2) {
          args.push(this.unsupported(g, "walrus operator"));
          continue;
        }
        const value = this.exprGroupRange(g, 2, g.length, op.to);
        keywords.push({ name: this.src.slice(head.from, head.to), value, range: span(head.from, g[g.length - 1]!.to) });
      } else {
        args.push(this.exprGroup(g));
      }
    }
    return { kind: "Call", func, args, keywords, range: span(from, argList.to) };
  }

  private member(n: SyntaxNode): A.Expr {
    const ks = kids(n);
    const obj = ks[0];
    const sel = ks[1];
    if (!obj || !sel) return this.errorExprFor(n);
    if (sel.name === ".") {
      const prop = ks[2];
      // Lezer's Number token lacks `1.` and `1.e3`; they arrive as a member access on an integer.
      const fl = this.trailingDotFloat(obj, sel, prop);
      if (fl) return fl;
      if (!prop || prop.name !== "PropertyName") {
        if (prop) this.syntaxError(prop);
        else this.cand(sel.to, span(sel.to, sel.to), "expected an attribute name", Prio.Lezer);
        const value = this.expr(obj);
        this.markError(sel.to);
        return { kind: "ErrorExpr", range: span(value.range.from, n.to) };
      }
      for (let i = 3; i < ks.length; i++) this.reportErrorsIn(ks[i]!);
      return {
        kind: "Attribute", value: this.expr(obj), attr: this.src.slice(prop.from, prop.to),
        attrRange: rangeOf(prop), range: rangeOf(n),
      };
    }
    if (sel.name !== "[") return this.errorExprFor(n);
    const value = this.expr(obj);
    const close = ks.length > 2 && ks[ks.length - 1]!.name === "]" ? ks.length - 1 : ks.length;
    const { groups, comma } = splitCommas(ks, 2, close);
    let index: A.Expr;
    if (groups.length === 0) index = this.missingExpr(sel.to);
    else if (groups.length === 1 && !comma) index = this.subscriptItem(groups[0]!);
    else {
      const elts = groups.map((g) => this.subscriptItem(g));
      index = { kind: "Tuple", elts, range: span(ks[2]!.from, ks[close - 1]!.to) };
    }
    return { kind: "Subscript", value, index, range: rangeOf(n) };
  }

  private trailingDotFloat(obj: SyntaxNode, dot: SyntaxNode, prop: SyntaxNode | undefined): A.Expr | undefined {
    if (obj.name !== "Number" || obj.to !== dot.from) return undefined;
    const src = this.src;
    for (let i = obj.from; i < obj.to; i++) {
      const c = src.charCodeAt(i);
      if (!((c >= 48 && c <= 57) || c === Ch.Underscore)) return undefined;
    }
    if (!prop || (prop.type.isError && prop.from === prop.to)) return this.number(obj.from, dot.to);
    if (prop.name === "PropertyName" && prop.from === dot.to && /^[eE][0-9_]+$/.test(src.slice(prop.from, prop.to))) {
      return this.number(obj.from, prop.to);
    }
    return undefined;
  }

  private subscriptItem(g: readonly SyntaxNode[]): A.Expr {
    if (!g.some((k) => k.name === ":")) return this.element(g);
    const parts: (SyntaxNode[])[] = [[], [], []];
    let p = 0;
    for (const k of g) {
      if (k.name === ":") p = Math.min(p + 1, 2);
      else parts[p]!.push(k);
    }
    const part = (i: number): A.Expr | undefined => (parts[i]!.length ? this.exprGroup(parts[i]!) : undefined);
    const lower = part(0);
    const upper = part(1);
    const step = part(2);
    const range = span(g[0]!.from, g[g.length - 1]!.to);
    return { kind: "Slice", range, ...(lower ? { lower } : {}), ...(upper ? { upper } : {}), ...(step ? { step } : {}) };
  }

  /** Unary and binary operators. The test level (not/and/or/comparisons) is re-parsed, see `testLevel`. */
  private operator(n: SyntaxNode): A.Expr {
    const first = n.firstChild;
    if (n.name === "UnaryExpression") {
      if (first?.name === "not") return this.testLevel(n);
      const ks = kids(n);
      const opNode = ks[0]!;
      const op = this.src.slice(opNode.from, opNode.to);
      if (op !== "-" && op !== "+" && op !== "~") return this.errorExprFor(n);
      const operand = this.exprGroupRange(ks, 1, ks.length, opNode.to);
      return { kind: "UnaryOp", op, operand, range: rangeOf(n) };
    }
    const top = this.arithParts(n);
    if (!top) return this.testLevelOrError(n);
    // Walk the left spine iteratively: `a + b + c + ...` is left-deep, and a long sum is not deep nesting.
    const spine = [top];
    for (;;) {
      const { ks, opIdx } = spine[spine.length - 1]!;
      const left = opIdx === 1 ? ks[0]! : undefined;
      const parts = left && left.name === "BinaryExpression" ? this.arithParts(left) : undefined;
      if (!parts) break;
      spine.push(parts);
    }
    const inner = spine[spine.length - 1]!;
    let acc = this.exprGroupRange(inner.ks, 0, inner.opIdx, inner.node.from);
    for (let i = spine.length - 1; i >= 0; i--) {
      const { node, ks, opIdx, op } = spine[i]!;
      const opNode = ks[opIdx]!;
      const right = this.exprGroupRange(ks, opIdx + 1, ks.length, opNode.to);
      acc = { kind: "BinOp", op, left: acc, right, opRange: rangeOf(opNode), range: rangeOf(node) };
    }
    return acc;
  }

  /** The parts of an arithmetic BinaryExpression; undefined for the test level or a malformed node. */
  private arithParts(n: SyntaxNode): { node: SyntaxNode; ks: SyntaxNode[]; opIdx: number; op: A.BinOperator } | undefined {
    const ks = kids(n);
    let opIdx = -1;
    for (let i = 0; i < ks.length; i++) if (OPERATOR_TOKENS.has(ks[i]!.name)) { opIdx = i; break; }
    if (opIdx < 0 || TEST_LEVEL_OPS.has(ks[opIdx]!.name)) return undefined;
    const opNode = ks[opIdx]!;
    const op = this.src.slice(opNode.from, opNode.to);
    return ARITH.has(op) ? { node: n, ks, opIdx, op: op as A.BinOperator } : undefined;
  }

  private testLevelOrError(n: SyntaxNode): A.Expr {
    for (let c = n.firstChild; c; c = c.nextSibling) if (TEST_LEVEL_OPS.has(c.name)) return this.testLevel(n);
    return this.errorExprFor(n);
  }

  /**
   * Lezer's grammar gives `not` no precedence against `and`/`or`, so `not a and b` comes out as
   * `not (a and b)`. We flatten the test level (not/and/or/comparisons, outside parentheses) into a token
   * list in source order and parse it again with Python's precedence: or < and < not < comparisons.
   */
  private testLevel(n: SyntaxNode): A.Expr {
    const toks: TestTok[] = [];
    this.flattenTest(n, toks);
    const p = new TestParser(this, toks);
    const r = p.parseOr();
    if (p.pos < toks.length) {
      const t = toks[p.pos]!;
      const at = t.t === "atom" ? t.node.from : t.from;
      this.cand(at, this.tokenRange(at), `unexpected ${this.describeToken(at)}`, Prio.Lezer);
    }
    return r.e;
  }

  private flattenTest(n: SyntaxNode, out: TestTok[]): void {
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      out.push({ t: "atom", node: n });
      return;
    }
    const isTest =
      (n.name === "UnaryExpression" && n.firstChild?.name === "not") ||
      (n.name === "BinaryExpression" && kids(n).some((k) => TEST_LEVEL_OPS.has(k.name)));
    if (!isTest) out.push({ t: "atom", node: n });
    else {
      const ks = kids(n);
      for (let i = 0; i < ks.length; i++) {
        const k = ks[i]!;
        if (!OPERATOR_TOKENS.has(k.name)) {
          this.flattenTest(k, out);
          continue;
        }
        // `not in` and `is not` are two keyword tokens
        const next = ks[i + 1];
        if (k.name === "not" && next?.name === "in") {
          out.push({ t: "op", op: "not in", from: k.from, to: next.to });
          i++;
        } else if (k.name === "is" && next?.name === "not") {
          out.push({ t: "op", op: "is not", from: k.from, to: next.to });
          i++;
        } else {
          out.push({ t: "op", op: this.src.slice(k.from, k.to), from: k.from, to: k.to });
        }
      }
    }
    this.depth--;
  }

  // ------------------------------------------------------------------------------ literals

  private number(from: number, to: number): A.Expr {
    const text = this.src.slice(from, to);
    const range = span(from, to);
    const last = text.charCodeAt(text.length - 1) | 32;
    if (last === 106 /* j */) return { kind: "UnsupportedExpr", what: "complex number", range };
    const c1 = text.length > 1 ? text.charCodeAt(1) | 32 : 0;
    const radix = text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98); // 0x 0o 0b
    if (radix) {
      const valid = c1 === 120 ? /^0[xX](?:_?[0-9a-fA-F])+$/ : c1 === 111 ? /^0[oO](?:_?[0-7])+$/ : /^0[bB](?:_?[01])+$/;
      if (valid.test(text)) return { kind: "Int", value: BigInt(text.replace(/_/g, "")), range };
    } else if (/^[0-9_]+$/.test(text)) {
      if (/^(?:0(?:_?0)*|[1-9](?:_?[0-9])*)$/.test(text)) return { kind: "Int", value: BigInt(text.replace(/_/g, "")), range };
      if (/^0[0-9_]*$/.test(text) && !/__|_$/.test(text)) {
        this.cand(from, range, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", Prio.Specific);
        this.markError(from);
        return { kind: "ErrorExpr", range };
      }
    } else if (/^(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/.test(text)) {
      return { kind: "Float", value: Number(text.replace(/_/g, "")), range };
    }
    this.cand(from, range, `invalid number literal '${text}'`, Prio.Specific);
    this.markError(from);
    return { kind: "ErrorExpr", range };
  }

  private continuedString(n: SyntaxNode): A.Expr {
    const ks = kids(n);
    let value = "";
    let unsupported: string | undefined;
    let bytes = 0;
    const parts: (string | A.FormattedValue)[] = [];
    let joined = false;
    for (const k of ks) {
      const s = this.string(k);
      if (s.kind === "Str") { value += s.value; parts.push(s.value); }
      else if (s.kind === "JoinedStr") { joined = true; parts.push(...s.parts); }
      else if (s.kind === "UnsupportedExpr" && s.what.includes("f-string")) unsupported = s.what;
      else if (s.kind === "UnsupportedExpr") bytes++;
      else return { kind: "ErrorExpr", range: rangeOf(n) };
    }
    if (bytes > 0 && bytes < ks.length && !unsupported) {
      this.cand(n.from, rangeOf(n), "cannot mix bytes and nonbytes literals", Prio.Specific);
      this.markError(n.from);
      return { kind: "ErrorExpr", range: rangeOf(n) };
    }
    if (unsupported) return { kind: "UnsupportedExpr", what: unsupported, range: rangeOf(n) };
    if (bytes > 0) return { kind: "UnsupportedExpr", what: "bytes literal", range: rangeOf(n) };
    if (joined) return { kind: "JoinedStr", parts, range: rangeOf(n) };
    return { kind: "Str", value, range: rangeOf(n) };
  }

  /** A String or FormatString node: checked for termination, decoded, or named as unsupported. */
  private string(n: SyntaxNode): A.Expr {
    if (n.name !== "String" && n.name !== "FormatString") return this.expr(n);
    const src = this.src;
    let p = n.from;
    let raw = false;
    let bytes = false;
    for (; p < n.to; p++) {
      const c = src.charCodeAt(p) | 32;
      if (c === 114 /* r */) raw = true;
      else if (c === 98 /* b */) bytes = true;
      else if (c !== 117 /* u */ && c !== 102 /* f */) break;
    }
    const q = src.charCodeAt(p);
    const triple = src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q && p + 2 < n.to;
    const qlen = triple ? 3 : 1;
    const bodyFrom = p + qlen;
    const bodyTo = n.to - qlen;
    let closed = bodyTo >= bodyFrom && src.charCodeAt(bodyTo) === q && (!triple || src.startsWith(src[p]!.repeat(3), bodyTo));
    if (closed) {
      // a closing quote preceded by an odd number of backslashes is escaped
      let bs = 0;
      for (let i = bodyTo - 1; i >= bodyFrom && src.charCodeAt(i) === Ch.Backslash; i--) bs++;
      if (bs % 2 === 1) closed = false;
    }
    if (closed && n.name === "String") for (let c = n.firstChild; c; c = c.nextSibling) if (c.type.isError) closed = false;
    if (!closed) {
      const kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
      this.cand(n.from, span(n.from, bodyFrom), kind, Prio.Specific);
      this.markError(n.from);
      return { kind: "ErrorExpr", range: rangeOf(n) };
    }
    if (n.name === "FormatString") {
      if (bytes || raw) return this.unsupported(n, raw ? "raw f-string" : "bytes literal");
      return this.fString(n, bodyFrom, bodyTo);
    }
    if (bytes) return { kind: "UnsupportedExpr", what: "bytes literal", range: rangeOf(n) };
    const value = raw ? src.slice(bodyFrom, bodyTo) : this.unescape(bodyFrom, bodyTo);
    return { kind: "Str", value, range: rangeOf(n) };
  }

  /** The fields of an f-string and the text between them (`{{` and `}}` are literal braces). */
  private fString(n: SyntaxNode, bodyFrom: number, bodyTo: number): A.Expr {
    const parts: (string | A.FormattedValue)[] = [];
    let at = bodyFrom;
    const text = (from: number, to: number) => {
      if (to > from) parts.push(this.unescape(from, to).replace(/\{\{/g, "{").replace(/\}\}/g, "}"));
    };
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name !== "FormatReplacement") continue;
      text(at, c.from);
      const ks = kids(c);
      const close = ks.findIndex((k) => k.name === "}");
      const stop = ks.findIndex((k, i) => i > 0 && (k.name === "FormatSpec" || k.name === "FormatConversion" || k.name === "}"));
      const end = stop < 0 ? ks.length : stop;
      const value = end > 1 ? this.exprGroupRange(ks, 1, end, c.from + 1) : this.missingExpr(c.from + 1);
      const conv = ks.find((k) => k.name === "FormatConversion");
      const spec = ks.find((k) => k.name === "FormatSpec");
      parts.push({ value, ...(conv ? { conversion: this.src.slice(conv.from + 1, conv.to) } : {}), ...(spec ? { spec: this.src.slice(spec.from + 1, spec.to) } : {}) });
      at = close < 0 ? c.to : ks[close]!.to;
    }
    text(at, bodyTo);
    return { kind: "JoinedStr", parts, range: rangeOf(n) };
  }

  /** `[elt for t in it if c for ...]`: the element, then clauses split at `for`/`if`. */
  private listComp(n: SyntaxNode): A.Expr {
    const ks = kids(n);
    const [lo, hi] = inside(ks, "[", "]");
    return this.comprehension(ks, lo, hi, n, n.from + 1);
  }

  /** The clauses of a comprehension in `ks[lo, hi)`; `eltFrom`: where its element starts. */
  private comprehension(ks: readonly SyntaxNode[], lo: number, hi: number, n: SyntaxNode, eltFrom: number): A.Expr {
    const marks: number[] = [];
    for (let i = lo; i < hi; i++) if (ks[i]!.name === "for" || ks[i]!.name === "if" || ks[i]!.name === "in") marks.push(i);
    if (marks.length === 0 || ks[marks[0]!]!.name !== "for") return this.unsupported(n, "list comprehension");
    const elt = this.exprGroupRange(ks, lo, marks[0]!, eltFrom);
    const generators: { target: A.Expr; iter: A.Expr; ifs: A.Expr[] }[] = [];
    marks.push(hi);
    for (let m = 0; m < marks.length - 1; m++) {
      const k = ks[marks[m]!]!;
      const next = marks[m + 1]!;
      if (k.name === "for") {
        const inAt = marks[m + 1]!;
        if (ks[inAt]?.name !== "in") return this.unsupported(n, "list comprehension");
        const target = this.exprList(ks, marks[m]! + 1, inAt, k.to);
        const iterEnd = marks[m + 2] ?? hi;
        generators.push({ target, iter: this.exprList(ks, inAt + 1, iterEnd, ks[inAt]!.to), ifs: [] });
        m++;
      } else if (k.name === "if") {
        generators[generators.length - 1]!.ifs.push(this.exprGroupRange(ks, marks[m]! + 1, next, k.to));
      }
    }
    return { kind: "ListComp", elt, generators, range: rangeOf(n) };
  }

  /** Resolves Python escapes in `src[from, to)`; unknown escapes stay as written, like Python. */
  private unescape(from: number, to: number): string {
    const src = this.src;
    let i = src.indexOf("\\", from);
    if (i < 0 || i >= to) return src.slice(from, to);
    let out = "";
    let last = from;
    while (i >= 0 && i < to) {
      out += src.slice(last, i);
      const c = src[i + 1] ?? "";
      let adv = 2;
      let rep: string;
      switch (c) {
        case "\n": rep = ""; break;
        case "\r": rep = ""; if (src[i + 2] === "\n") adv = 3; break;
        case "\\": case "'": case '"': rep = c; break;
        case "a": rep = "\x07"; break;
        case "b": rep = "\b"; break;
        case "f": rep = "\f"; break;
        case "n": rep = "\n"; break;
        case "r": rep = "\r"; break;
        case "t": rep = "\t"; break;
        case "v": rep = "\v"; break;
        case "x": case "u": case "U": {
          const len = c === "x" ? 2 : c === "u" ? 4 : 8;
          const hex = src.slice(i + 2, Math.min(i + 2 + len, to));
          const cp = hex.length === len && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : -1;
          if (cp < 0 || cp > 0x10ffff) {
            this.cand(i, span(i, i + 2 + hex.length), `invalid \\${c} escape in string literal`, Prio.Specific);
            rep = "";
          } else rep = String.fromCodePoint(cp);
          adv = 2 + hex.length;
          break;
        }
        default:
          if (c >= "0" && c <= "7") {
            let j = i + 1;
            let v = 0;
            while (j < to && j < i + 4 && src[j]! >= "0" && src[j]! <= "7") v = v * 8 + (src.charCodeAt(j++) - 48);
            rep = String.fromCharCode(v);
            adv = j - i;
          } else {
            rep = "\\" + c; // includes \N{...}, kept verbatim
          }
      }
      out += rep;
      last = i + adv;
      i = src.indexOf("\\", last);
    }
    return out + src.slice(last, to);
  }

  // ------------------------------------------------------------------------------ syntax errors

  private markError(pos: number): void {
    if (this.firstErrorPos < 0) this.firstErrorPos = pos;
  }

  /** Reports every Lezer error node inside `n` (for constructs we do not convert further). */
  private reportErrorsIn(n: SyntaxNode): void {
    const stack: SyntaxNode[] = [n];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type.isError) {
        this.syntaxError(x);
        continue;
      }
      for (let c = x.lastChild; c; c = c.prevSibling) stack.push(c);
    }
  }

  /** Records a diagnostic candidate for a Lezer error node, with the most helpful message we can infer. */
  private syntaxError(e: SyntaxNode): void {
    const parent = e.parent;
    // `x = yield` is valid Python that Lezer rejects; the yield is reported as unsupported anyway.
    if (parent?.name === "YieldExpression" && e.from === e.to) return;
    this.markError(e.from);
    const src = this.src;
    // the first real token inside the error node, if any
    let pos = e.from;
    while (pos < e.to && /\s/.test(src[pos]!)) pos++;
    const hasContent = pos < e.to;
    if (hasContent) {
      const c = src[pos]!;
      if (c === ")" || c === "]" || c === "}") {
        this.cand(pos, span(pos, pos + 1), `unmatched '${c}'`, Prio.Lezer);
        return;
      }
      this.cand(pos, this.tokenRange(pos), `unexpected ${this.describeToken(pos)}`, Prio.Lezer);
      return;
    }
    pos = e.from;
    // an enclosing bracket that never closes explains errors anywhere inside it
    const open = this.unclosedBracket(parent);
    if (open) {
      this.cand(pos, rangeOf(open), `'${src[open.from]}' was never closed`, Prio.Lezer);
      return;
    }
    let prev = e.prevSibling;
    while (prev && prev.name === "Comment") prev = prev.prevSibling;
    const next = this.nextTokenPos(pos);
    const nc = src[next];
    if (nc === ")" || nc === "]" || nc === "}") {
      this.cand(next, span(next, next + 1), `unmatched '${nc}'`, Prio.Lezer);
      return;
    }
    if (parent?.name === "Body") {
      if (!prev) this.cand(pos, span(pos, pos), "expected ':'", Prio.Lezer);
      else if (prev.name === ":") {
        // The indentation scanner reports a missing block reliably; Lezer also says this when an earlier
        // error confused its indentation tracking, which would only add a cascade.
      }
      else this.cand(pos, this.tokenRange(pos), `unexpected ${this.describeToken(pos)}`, Prio.Lezer);
      return;
    }
    if (prev && (prev.name === "." || prev.name === "import" || prev.name === "as" || prev.name === "def")) {
      this.cand(pos, this.tokenRange(pos), "expected a name", Prio.Lezer);
      return;
    }
    if (parent?.name === "ConditionalExpression" && !parent.getChild("else")) {
      this.cand(pos, this.tokenRange(pos), "expected 'else' after the condition", Prio.Lezer);
      return;
    }
    if (parent && COMPOUND.has(parent.name) && prev && !EXPECTS_EXPR.has(prev.name) && prev.name !== "Body") {
      this.cand(pos, span(pos, pos), "expected ':'", Prio.Lezer);
      return;
    }
    if ((prev && EXPECTS_EXPR.has(prev.name)) || (!prev && parent?.name === "ArgList")) {
      this.cand(pos, this.tokenRange(pos), "expected an expression", Prio.Lezer);
      return;
    }
    this.cand(pos, this.tokenRange(pos), `unexpected ${this.describeToken(pos)}`, Prio.Lezer);
  }

  /** The nearest enclosing node (within the statement) that opened a bracket and lacks its closer. */
  private unclosedBracket(from: SyntaxNode | null): SyntaxNode | undefined {
    for (let a = from; a; a = a.parent) {
      if (a.name === "Body" || a.name === "Script" || a.name === "String" || a.name === "FormatString") return undefined;
      let opener: SyntaxNode | undefined;
      let closed = false;
      for (let c = a.firstChild; c; c = c.nextSibling) {
        if (!opener) {
          if (OPENERS[c.name]) opener = c;
        } else if (c.name === OPENERS[opener.name]) closed = true;
      }
      if (opener) return closed ? undefined : opener;
    }
    return undefined;
  }

  private onlySpaceBefore(pos: number): boolean {
    for (let i = pos - 1; i >= 0; i--) {
      const c = this.src.charCodeAt(i);
      if (c === Ch.Newline) return true;
      if (c !== Ch.Space && c !== Ch.Tab && c !== Ch.Return && c !== Ch.FormFeed) return false;
    }
    return true;
  }

  private sameLine(a: number, b: number): boolean {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const nl = this.src.indexOf("\n", lo);
    return nl < 0 || nl >= hi;
  }

  private trimEnd(to: number): number {
    const src = this.src;
    while (to > 0) {
      const c = src.charCodeAt(to - 1);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.Newline || c === Ch.Return || c === Ch.FormFeed) to--;
      else break;
    }
    return to;
  }

  /** Offset of the next token at or after `pos` on the same line (or the line end). */
  private nextTokenPos(pos: number): number {
    const src = this.src;
    while (pos < src.length) {
      const c = src.charCodeAt(pos);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.FormFeed) pos++;
      else break;
    }
    return pos;
  }

  /** The range of the token at `pos` (empty at a line end), for underlining. */
  private tokenRange(pos: number): SourceRange {
    const p = this.nextTokenPos(pos);
    const len = this.tokenLength(p);
    return len === 0 ? span(pos, pos) : span(p, p + len);
  }

  private tokenLength(p: number): number {
    const src = this.src;
    if (p >= src.length) return 0;
    const c = src.charCodeAt(p);
    if (c === Ch.Newline || c === Ch.Return || c === Ch.Hash) return 0;
    if (isIdentChar(c)) {
      let q = p + 1;
      while (q < src.length && isIdentChar(src.charCodeAt(q))) q++;
      return q - p;
    }
    if (c === Ch.Quote || c === Ch.Apostrophe) return 1;
    for (const op of ["**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":="]) {
      if (src.startsWith(op, p)) return op.length;
    }
    return 1;
  }

  private describeToken(pos: number): string {
    const p = this.nextTokenPos(pos);
    const src = this.src;
    if (p >= src.length) return "end of file";
    const c = src.charCodeAt(p);
    if (c === Ch.Newline || c === Ch.Return || c === Ch.Hash) return "end of line";
    if (c === Ch.Quote || c === Ch.Apostrophe) return "string";
    if (c === Ch.Backslash) return "'\\'";
    const len = this.tokenLength(p);
    const text = src.slice(p, p + Math.min(len, 24));
    return `'${text}${len > 24 ? "…" : ""}'`;
  }
}

/** Precedence parser over the flattened test level (see Converter.testLevel). */
class TestParser {
  pos = 0;
  constructor(private readonly conv: Converter, private readonly toks: readonly TestTok[]) {}

  private peekOp(): string | undefined {
    const t = this.toks[this.pos];
    return t && t.t === "op" ? t.op : undefined;
  }

  parseOr(): Wrapped {
    return this.boolChain("or", () => this.boolChain("and", () => this.parseNot()));
  }

  private boolChain(op: "and" | "or", sub: () => Wrapped): Wrapped {
    const first = sub();
    if (this.peekOp() !== op) return first;
    const values: A.Expr[] = [first.e];
    let to = first.to;
    while (this.peekOp() === op) {
      const t = this.toks[this.pos++] as { to: number };
      const v = this.operand(sub, t.to);
      values.push(v.e);
      to = v.to;
    }
    return { e: { kind: "BoolOp", op, values, range: span(first.from, to) }, from: first.from, to };
  }

  private parseNot(): Wrapped {
    if (this.peekOp() === "not") {
      const t = this.toks[this.pos++] as { from: number; to: number };
      const operand = this.operand(() => this.parseNot(), t.to);
      return { e: { kind: "UnaryOp", op: "not", operand: operand.e, range: span(t.from, operand.to) }, from: t.from, to: operand.to };
    }
    return this.parseCompare();
  }

  private parseCompare(): Wrapped {
    const left = this.atom();
    const ops: A.CmpOperator[] = [];
    const comparators: A.Expr[] = [];
    let to = left.to;
    for (let op = this.peekOp(); op && op !== "and" && op !== "or" && op !== "not"; op = this.peekOp()) {
      const t = this.toks[this.pos++] as { from: number; to: number };
      if (!COMPARE.has(op)) this.conv.cand(t.from, span(t.from, t.to), `'${op}' is not a Python 3 operator`, Prio.Specific);
      // `a < not b` is not Python, but we parse it leniently after reporting
      const right = this.peekOp() === "not" ? this.notAfterCompare() : this.operand(() => this.atom(), t.to);
      ops.push(op as A.CmpOperator);
      comparators.push(right.e);
      to = right.to;
    }
    if (ops.length === 0) return left;
    return { e: { kind: "Compare", left: left.e, ops, comparators, range: span(left.from, to) }, from: left.from, to };
  }

  private notAfterCompare(): Wrapped {
    const t = this.toks[this.pos] as { from: number; to: number };
    this.conv.cand(t.from, span(t.from, t.to), "'not' after a comparison operator needs parentheses", Prio.Specific);
    return this.parseNot();
  }

  /** A sub-parse that must find something; a missing operand becomes an error at `at`. */
  private operand(sub: () => Wrapped, at: number): Wrapped {
    if (this.pos >= this.toks.length) {
      const e = this.conv.missingExpr(at);
      return { e, from: at, to: at };
    }
    return sub();
  }

  private atom(): Wrapped {
    const t = this.toks[this.pos];
    if (!t) {
      const at = this.toks.length ? (this.toks[this.toks.length - 1] as { to: number }).to : 0;
      const e = this.conv.missingExpr(at);
      return { e, from: at, to: at };
    }
    this.pos++;
    if (t.t === "op") {
      // an operator where an operand belongs (Lezer left it out): report and continue after it
      this.conv.cand(t.from, span(t.from, t.to), "expected an expression", Prio.Lezer);
      return this.atom();
    }
    return { e: this.conv.expr(t.node), from: t.node.from, to: t.node.to };
  }
}

// ------------------------------------------------------------------------------ indentation check

/**
 * Lezer accepts inconsistent indentation silently (an over-indented line simply becomes a statement of the
 * enclosing block), so we run CPython's indent stack over the logical lines: skipping blank and comment
 * lines, bracketed continuations, backslash continuations and string contents.
 */
function scanIndentation(src: string, out: Candidate[]): void {
  const n = src.length;
  const stack = [0];
  /** Levels dropped by a bad dedent: a following line at one of them is the block resuming, not a new error. */
  let ghosts: number[] = [];
  /** 0: no block opened; 1: previous line ended with ':'; 2: a block keyword without ':' (error elsewhere). */
  let pending = 0;
  let pendingWhat = "";
  let line = 1;
  let i = 0;
  const add = (pos: number, len: number, message: string): void => {
    out.push({ pos, range: span(pos, pos + len), message, prio: Prio.Specific, stmt: -1 });
  };
  while (i < n) {
    // measure the indentation of a physical line that starts a logical line
    let col = 0;
    let p = i;
    for (; p < n; p++) {
      const c = src.charCodeAt(p);
      if (c === Ch.Space) col++;
      else if (c === Ch.Tab) col = col - (col % 8) + 8;
      else if (c === Ch.FormFeed) col = 0;
      else if (c !== Ch.Return) break;
    }
    if (p >= n) break;
    const c0 = src.charCodeAt(p);
    if (c0 === Ch.Newline || c0 === Ch.Hash) {
      const nl = src.indexOf("\n", p);
      if (nl < 0) break;
      i = nl + 1;
      line++;
      continue;
    }
    // first word, for block keywords
    let w = p;
    while (w < n && isIdentChar(src.charCodeAt(w))) w++;
    const word = src.slice(p, w);
    const wordLen = Math.max(1, w - p);
    const top = stack[stack.length - 1]!;
    if (pending !== 0 && col > top) {
      stack.push(col);
    } else {
      if (pending === 1) add(p, wordLen, `expected an indented block after ${pendingWhat}`);
      if (col > top) {
        const g = ghosts.indexOf(col);
        if (g >= 0) {
          for (const level of ghosts.slice(0, g + 1)) if (level > stack[stack.length - 1]!) stack.push(level);
        } else {
          // keep the deeper level so the rest of an over-indented block does not repeat the error
          add(p, wordLen, "unexpected indent");
          stack.push(col);
        }
      } else if (col < top) {
        const popped: number[] = [];
        while (stack.length > 1 && stack[stack.length - 1]! > col) popped.unshift(stack.pop()!);
        if (stack[stack.length - 1] !== col) {
          if (!ghosts.includes(col)) {
            add(p, wordLen, "unindent does not match any outer indentation level");
            ghosts = popped.filter((level) => level > col);
          }
          stack.push(col);
        }
      }
    }
    const startLine = line;
    // scan to the end of the logical line
    let depth = 0;
    let last = 0;
    let colons = 0; // ':' at depth 0; one not at the end means a one-line block (`if x: pass`)
    let q = p;
    while (q < n) {
      const c = src.charCodeAt(q);
      if (c === Ch.Newline) {
        line++;
        q++;
        if (depth === 0) break;
        continue;
      }
      if (c === Ch.Hash) {
        const nl = src.indexOf("\n", q);
        q = nl < 0 ? n : nl;
        continue;
      }
      if (c === Ch.Backslash) {
        const crlf = src.charCodeAt(q + 1) === Ch.Return && src.charCodeAt(q + 2) === Ch.Newline;
        q += crlf ? 3 : 2;
        if (src.charCodeAt(q - 1) === Ch.Newline) line++;
        continue;
      }
      if (c === Ch.Quote || c === Ch.Apostrophe) {
        const triple = src.charCodeAt(q + 1) === c && src.charCodeAt(q + 2) === c;
        q += triple ? 3 : 1;
        while (q < n) {
          const d = src.charCodeAt(q);
          if (d === Ch.Backslash) {
            if (src.charCodeAt(q + 1) === Ch.Newline) line++;
            q += 2;
          } else if (d === c && (!triple || (src.charCodeAt(q + 1) === c && src.charCodeAt(q + 2) === c))) {
            q += triple ? 3 : 1;
            break;
          } else if (d === Ch.Newline) {
            if (!triple) break; // unterminated: reported by the converter
            line++;
            q++;
          } else q++;
        }
        last = c;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
      else if (c === Ch.Colon && depth === 0) colons++;
      if (c !== Ch.Space && c !== Ch.Tab && c !== Ch.Return && c !== Ch.FormFeed) last = c;
      q++;
    }
    i = q;
    const kw = BLOCK_KEYWORDS[word];
    pending = last === Ch.Colon ? 1 : kw && colons === 0 ? 2 : 0;
    pendingWhat = kw ? `${kw} on line ${startLine}` : `line ${startLine}`;
  }
  if (pending === 1) add(n, 0, `expected an indented block after ${pendingWhat}`);
}
