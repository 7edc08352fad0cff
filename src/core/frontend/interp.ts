/**
 * The module-level script interpreter (DESIGN §3): executes imports, constants, Python helper
 * functions and the schedule script of a design file, producing kernels and schedule records.
 * Kernels themselves are not interpreted: `allo.customize` hands them to the lowering.
 */
import type { SourceRange } from "../diagnostics";
import { DiagnosticSink, UserError } from "../diagnostics";
import type * as ast from "./ast";
import type { ScalarType } from "../types/types";
import { arrayType, fixedType, intType, MAX_INT_BITS, typeToString } from "../types/types";
import { knownModule, moduleMember, SCHEDULE_METHODS } from "./names";
import type { ArgSpan, MappingPrimitiveRecord, PrimitiveRecord, ScheduleValue } from "./schedule-record";
import { didYouMean, didYouMeanText, scopeNames } from "../suggest";
import type { PyValue } from "./values";
import { describe, NONE, pyBool, pyFloat, pyInt, pyStr, Scope, truthy } from "./values";
import type { Module } from "../ir/nodes";
import { walkStmts } from "../ir/nodes";
import { bitLength, checkIntBits, checkListSize, checkStringSize, MAX_SCRIPT_ALLOCATION } from "./script-limits";

/** Compiles a kernel for `allo.customize`; reports its own diagnostics. */
export type KernelLowerer = (fn: PyValue & { k: "function" | "instance" }, instantiate: readonly PyValue[] | undefined, at: SourceRange, caller: Scope) => Module | undefined;

export interface ScriptResult {
  readonly schedules: readonly (ScheduleValue & { readonly variable?: string })[];
  /** Kernel functions defined at module level, in order. */
  readonly kernels: readonly (PyValue & { k: "function" })[];
  readonly globals: Scope;
}

class ReturnSignal {
  constructor(readonly value: PyValue) {}
}

const MAX_CALL_DEPTH = 64;
const MAX_SCRIPT_STEPS = 1_000_000;
/** `Memory(storage_type=...)` values Vitis HLS accepts in `bind_storage` (reference §Memory). */
const STORAGE_TYPES = ["RAM_1P", "RAM_2P", "RAM_T2P", "RAM_1WNR", "RAM_S2P", "ROM_1P", "ROM_2P", "ROM_NP", "FIFO"];

export class ScriptInterpreter {
  readonly globals = new Scope();
  private readonly schedules: (ScheduleValue & { variable?: string })[] = [];
  private readonly kernels: (PyValue & { k: "function" })[] = [];
  private depth = 0;
  private steps = 0;
  /** Kernels and regions being lowered by customize (a body that customizes itself is an error). */
  private readonly lowering = new Set<ast.FunctionDef>();
  /** List items and string characters created so far (script-limits.ts). */
  private allocated = 0;
  private nextScheduleId = 0;
  /** `allo.verify(a, b)`: set by the pipeline (the interpreter itself knows no schedule engine). */
  verifyHook?: (a: ScheduleValue, b: ScheduleValue, at: SourceRange) => boolean;

  constructor(
    private readonly source: string,
    private readonly sink: DiagnosticSink,
    private readonly lower: KernelLowerer,
  ) {
    this.globals.set("__name__", pyStr("__main__"));
  }

  run(mod: ast.Module): ScriptResult {
    this.execBlock(mod.body, this.globals, true);
    return { schedules: this.schedules, kernels: this.kernels, globals: this.globals };
  }

  // ------------------------------------------------------------ statements

  /** Runs statements; at top level a failing statement is reported and execution continues. */
  private execBlock(body: readonly ast.Stmt[], scope: Scope, recover: boolean): void {
    for (const s of body) {
      if (!recover) { this.exec(s, scope); continue; }
      try {
        this.exec(s, scope);
      } catch (e) {
        if (e instanceof UserError) {
          // E-syntax-follow marks a construct that did not parse: the parser already reported it.
          if (e.code !== "E-syntax-follow") this.sink.error(e.code, e.message, e.range, e.fix);
          this.poison(s, scope);
        } else if (e instanceof ReturnSignal) this.sink.error("E-return", "'return' outside a function", s.range);
        else throw e;
      }
    }
  }

  /** Names a failed statement would have defined evaluate to nothing, so one mistake reports once. */
  private poison(s: ast.Stmt, scope: Scope): void {
    const names: string[] = [];
    const targets = (t: ast.Expr): void => {
      if (t.kind === "Name") names.push(t.id);
      else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(targets);
    };
    if (s.kind === "Assign") s.targets.forEach(targets);
    else if (s.kind === "AnnAssign" || s.kind === "AugAssign") targets(s.target);
    else if (s.kind === "FunctionDef") names.push(s.name);
    else if (s.kind === "Import" || s.kind === "ImportFrom") for (const a of s.names) names.push(a.asname ?? a.name.split(".")[0]!);
    for (const n of names) if (scope.lookup(n) === undefined) scope.set(n, { k: "opaque", what: `${n} (not defined: its statement failed)` });
  }

  private exec(s: ast.Stmt, scope: Scope): void {
    if (++this.steps > MAX_SCRIPT_STEPS) throw new UserError("E-script-budget", "the schedule script runs too long (over a million steps); check its loops", s.range);
    switch (s.kind) {
      case "Import":
        for (const a of s.names) {
          if (!knownModule(a.name)) this.sink.warning("W-import", `module '${a.name}' is not known to Allo Studio; its names evaluate to nothing`, a.range);
          if (a.asname) scope.set(a.asname, this.moduleValue(a.name));
          else scope.set(a.name.split(".")[0]!, this.moduleValue(a.name.split(".")[0]!));
        }
        return;
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") {
            for (const name of starNames(s.module)) {
              const v = moduleMember(s.module, name);
              if (v) scope.set(name, v);
            }
            continue;
          }
          const modeled = ["allo", "allo.ir", "allo.ir.types", "allo.dataflow"].includes(s.module);
          const sub = `${s.module}.${a.name}`;
          const v = moduleMember(s.module, a.name) ?? (["allo.ir", "allo.ir.types", "allo.dataflow"].includes(sub) || (!modeled && knownModule(sub)) ? this.moduleValue(sub) : undefined);
          if (!v || (modeled && v.k === "opaque")) throw new UserError("E-import", `cannot import '${a.name}' from '${s.module}': it has no such member${s.module === "allo.ir.types" ? " (types are int1..int16, int32, int64, uint*, float16/32/64, bfloat16, index, bool, Int, UInt, Fixed, UFixed)" : ""}`, a.range);
          scope.set(a.asname ?? a.name, v);
        }
        return;
      case "FunctionDef": {
        let region = false;
        let standalone: ast.Expr | undefined;
        for (const d of s.decorators) {
          const dv = this.eval(d.kind === "Call" ? d.func : d, scope);
          if (dv.k === "builtin" && dv.name === "allo.dataflow.region") region = true;
          else if (dv.k === "builtin" && dv.name === "allo.dataflow.kernel") {
            // A kernel outside any region (Allo's older form) is a region of its own instances.
            region = true;
            standalone = d;
          } else if (dv.k === "builtin" && dv.name.startsWith("allo.dataflow.")) {
            throw new UserError("E-dataflow", `@${dv.name.replace("allo.dataflow.", "df.")} is not a decorator; use @df.region() and @df.kernel(mapping=[...])`, d.range);
          }
        }
        const fn: PyValue & { k: "function" } = region ? { k: "function", def: s, scope, region, ...(standalone ? { standalone } : {}) } : { k: "function", def: s, scope };
        scope.set(s.name, fn);
        if (scope === this.globals && (region || looksLikeKernel(s))) this.kernels.push(fn);
        return;
      }
      case "Assign": {
        const v = this.eval(s.value, scope);
        for (const t of s.targets) this.assign(t, v, scope);
        return;
      }
      case "AnnAssign": {
        if (s.value) this.assign(s.target, this.eval(s.value, scope), scope);
        return;
      }
      case "AugAssign": {
        const cur = this.eval(s.target, scope);
        const v = this.binop(s.op, cur, this.eval(s.value, scope), s.range);
        this.assign(s.target, v, scope);
        return;
      }
      case "Expr":
        this.eval(s.value, scope);
        return;
      case "If":
        if (truthy(this.eval(s.test, scope))) this.execBlock(s.body, scope, false);
        else this.execBlock(s.orelse, scope, false);
        return;
      case "For": {
        const it = this.iterate(this.eval(s.iter, scope), s.iter.range);
        for (const v of it) {
          this.assign(s.target, v, scope);
          this.execBlock(s.body, scope, false);
        }
        this.execBlock(s.orelse, scope, false);
        return;
      }
      case "While": {
        while (truthy(this.eval(s.test, scope))) {
          if (++this.steps > MAX_SCRIPT_STEPS) throw new UserError("E-script-budget", "this loop of the schedule script does not terminate (over a million steps)", s.range);
          this.execBlock(s.body, scope, false);
        }
        this.execBlock(s.orelse, scope, false);
        return;
      }
      case "Return":
        throw new ReturnSignal(s.value ? this.eval(s.value, scope) : NONE);
      case "Pass":
        return;
      case "Global":
        throw new UserError("E-unsupported", "'global' is not supported; pass values as arguments or module constants", s.range);
      case "With":
        throw new UserError("E-unsupported", "'with' blocks are only allowed inside kernels (allo.meta_if / meta_for)", s.range);
      case "Break": case "Continue":
        throw new UserError("E-unsupported", `'${s.kind.toLowerCase()}' is not supported in the schedule script; use a condition in the loop instead`, s.range);
      case "ErrorStmt":
        return; // the parser already reported it
      case "UnsupportedStmt":
        if (s.what === "assert statement" || s.what === "del statement") return; // harmless in a script: tests' assertions
        throw new UserError("E-unsupported", `${s.what} is not supported in an Allo design file`, s.range);
    }
  }

  private moduleValue(path: string): PyValue {
    return knownModule(path) ? { k: "module", path: path.startsWith("numpy") ? "numpy" : path } : { k: "opaque", what: `module ${path}` };
  }

  private assign(target: ast.Expr, v: PyValue, scope: Scope): void {
    switch (target.kind) {
      case "Name":
        scope.set(target.id, v);
        if (v.k === "schedule") {
          const rec = this.schedules.find((x) => x.id === v.s.id);
          if (rec && rec.variable === undefined) rec.variable = target.id;
        }
        return;
      case "Tuple": case "List": {
        const items = this.unpack(v, target.elts.length, target.range);
        target.elts.forEach((t, i) => this.assign(t, items[i]!, scope));
        return;
      }
      case "Subscript": {
        const obj = this.eval(target.value, scope);
        if (obj.k === "list") {
          const i = this.indexOf(this.eval(target.index, scope), obj.items.length, target.index.range);
          obj.items[i] = v;
          return;
        }
        if (obj.k === "dict") {
          const key = this.eval(target.index, scope);
          obj.entries.set(dictKey(key), v);
          return;
        }
        if (obj.k === "opaque") return;
        throw new UserError("E-assign", `cannot assign to an item of ${describe(obj)}`, target.range);
      }
      case "Attribute": {
        const obj = this.eval(target.value, scope);
        if (obj.k === "opaque") return;
        throw new UserError("E-assign", `cannot set attribute '${target.attr}' of ${describe(obj)}`, target.range);
      }
      default:
        throw new UserError("E-assign", "cannot assign to this expression", target.range);
    }
  }

  private unpack(v: PyValue, n: number, at: SourceRange): readonly PyValue[] {
    if (v.k === "tuple" || v.k === "list") {
      if (v.items.length !== n) throw new UserError("E-unpack", `cannot unpack ${v.items.length} values into ${n} names`, at);
      return v.items;
    }
    if (v.k === "opaque") return Array.from({ length: n }, () => v);
    throw new UserError("E-unpack", `cannot unpack ${describe(v)} into ${n} names`, at);
  }

  private iterate(v: PyValue, at: SourceRange): readonly PyValue[] {
    if (v.k === "tuple" || v.k === "list") return [...v.items];
    if (v.k === "dict") return [...v.entries.keys()].map((k) => pyStr(k));
    if (v.k === "str") return [...v.v].map((c) => pyStr(c));
    if (v.k === "opaque") return [];
    throw new UserError("E-iterate", `cannot iterate over ${describe(v)}`, at);
  }

  // ------------------------------------------------------------ expressions

  eval(e: ast.Expr, scope: Scope): PyValue {
    switch (e.kind) {
      case "Int": return { k: "int", v: e.value };
      case "Float": return { k: "float", v: e.value };
      case "Str": return { k: "str", v: e.value };
      case "Bool": return { k: "bool", v: e.value };
      case "None": return NONE;
      case "Ellipsis": return { k: "opaque", what: "..." };
      case "Name": {
        const v = scope.lookup(e.id) ?? builtinName(e.id);
        if (!v) {
          const guess = didYouMean(e.id, scopeNames(scope));
          throw new UserError("E-name", `name '${e.id}' is not defined${didYouMeanText(guess)}`, e.range, guess === undefined ? undefined : { range: e.range, text: guess });
        }
        return v;
      }
      case "Tuple": return { k: "tuple", items: e.elts.map((x) => this.eval(x, scope)) };
      case "List": return { k: "list", items: e.elts.map((x) => this.eval(x, scope)) };
      case "Dict": {
        const entries = new Map<string, PyValue>();
        e.keys.forEach((k, i) => entries.set(dictKey(this.eval(k, scope)), this.eval(e.values[i]!, scope)));
        return { k: "dict", entries };
      }
      case "BinOp": {
        const l = this.eval(e.left, scope);
        const r = this.eval(e.right, scope);
        return this.binop(e.op, l, r, e.range);
      }
      case "UnaryOp": {
        const x = this.eval(e.operand, scope);
        if (e.op === "not") return pyBool(!truthy(x));
        if (x.k === "opaque") return x;
        const n = toNumberish(x);
        if (!n) throw new UserError("E-operand", `bad operand for unary '${e.op}': ${describe(x)}`, e.range);
        if (e.op === "+") return n;
        if (e.op === "-") return n.k === "int" ? pyInt(-n.v) : pyFloat(-(n as { v: number }).v);
        if (n.k !== "int") throw new UserError("E-operand", `bad operand for '~': ${describe(x)}`, e.range);
        return pyInt(~n.v);
      }
      case "BoolOp": {
        let v: PyValue = NONE;
        for (const x of e.values) {
          v = this.eval(x, scope);
          if (e.op === "and" ? !truthy(v) : truthy(v)) return v;
        }
        return v;
      }
      case "Compare": {
        let left = this.eval(e.left, scope);
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.eval(e.comparators[i]!, scope);
          if (!this.compare(e.ops[i]!, left, right, e.range)) return pyBool(false);
          left = right;
        }
        return pyBool(true);
      }
      case "IfExp":
        return truthy(this.eval(e.test, scope)) ? this.eval(e.body, scope) : this.eval(e.orelse, scope);
      case "Attribute": return this.attribute(this.eval(e.value, scope), e);
      case "Subscript": return this.subscript(this.eval(e.value, scope), e, scope);
      case "Call": return this.call(e, scope);
      case "Slice": throw new UserError("E-slice", "a slice is only allowed inside [ ]", e.range);
      case "ErrorExpr": throw new UserError("E-syntax-follow", "", e.range);
      case "UnsupportedExpr": throw new UserError("E-unsupported", `${e.what} is not supported in an Allo design file`, e.range);
    }
  }

  /** Accounts for a new string or list of `n` characters / items before it is built. */
  private allocate(n: number, isString: boolean, at: SourceRange): void {
    if (isString) checkStringSize(n, at);
    else checkListSize(n, at);
    this.allocated += n;
    if (this.allocated > MAX_SCRIPT_ALLOCATION) throw new UserError("E-script-limit", `the script has built more than ${MAX_SCRIPT_ALLOCATION.toLocaleString("en-US")} list items and string characters; it is limited to that`, at);
  }

  private binop(op: ast.BinOperator, l: PyValue, r: PyValue, at: SourceRange): PyValue {
    if (l.k === "opaque") return l;
    if (r.k === "opaque") return r;
    if (op === "@") {
      // `int32[4] @ Memory(...)` / `int32 @ Stateful` refinements.
      if (l.k === "array-type") return { ...l, refinements: [...(l.refinements ?? []), r] };
      if (l.k === "type") return { k: "refined", t: l.t, refinements: [r] };
      if (l.k === "refined") return { ...l, refinements: [...l.refinements, r] };
      throw new UserError("E-operand", `'@' is only used to refine types (int32[N] @ Memory(...)); got ${describe(l)}`, at);
    }
    if ((l.k === "str" || l.k === "list" || l.k === "tuple") && op === "+" && l.k === r.k) {
      this.allocate(l.k === "str" ? l.v.length + (r as { v: string }).v.length : l.items.length + (r as { items: PyValue[] }).items.length, l.k === "str", at);
      if (l.k === "str") return pyStr(l.v + (r as { v: string }).v);
      return l.k === "list" ? { k: "list", items: [...l.items, ...(r as { items: PyValue[] }).items] } : { k: "tuple", items: [...l.items, ...(r as { items: PyValue[] }).items] };
    }
    if ((l.k === "list" || l.k === "tuple" || l.k === "str") && op === "*" && (r.k === "int")) {
      const n = r.v < 0n ? 0 : r.v > BigInt(MAX_SCRIPT_ALLOCATION) ? Infinity : Number(r.v);
      this.allocate(n === 0 ? 0 : (l.k === "str" ? l.v.length : l.items.length) * n, l.k === "str", at);
      if (l.k === "str") return pyStr(l.v.repeat(n));
      const items: PyValue[] = [];
      for (let i = 0; i < n; i++) items.push(...l.items);
      return l.k === "list" ? { k: "list", items } : { k: "tuple", items };
    }
    const a = toNumberish(l);
    const b = toNumberish(r);
    if (!a || !b) throw new UserError("E-operand", `unsupported operand types for '${op}': ${describe(l)} and ${describe(r)}`, at);
    if (a.k === "int" && b.k === "int") {
      checkIntResult(op, a.v, b.v, at);
      return intBinop(op, a.v, b.v, at);
    }
    const x = a.k === "int" ? Number(a.v) : a.v;
    const y = b.k === "int" ? Number(b.v) : b.v;
    switch (op) {
      case "+": return pyFloat(x + y);
      case "-": return pyFloat(x - y);
      case "*": return pyFloat(x * y);
      case "/":
        if (y === 0) throw new UserError("E-zero-div", "division by zero", at);
        return pyFloat(x / y);
      case "//":
        if (y === 0) throw new UserError("E-zero-div", "division by zero", at);
        return pyFloat(Math.floor(x / y));
      case "%":
        if (y === 0) throw new UserError("E-zero-div", "modulo by zero", at);
        return pyFloat(x - Math.floor(x / y) * y);
      case "**": return pyFloat(x ** y);
      default: throw new UserError("E-operand", `unsupported operand types for '${op}': ${describe(l)} and ${describe(r)}`, at);
    }
  }

  private compare(op: ast.CmpOperator, l: PyValue, r: PyValue, at: SourceRange): boolean {
    if (op === "in" || op === "not in") {
      const items = r.k === "list" || r.k === "tuple" ? r.items : r.k === "dict" ? [...r.entries.keys()].map(pyStr) : undefined;
      if (!items) throw new UserError("E-operand", `'in' needs a list, tuple or dict, got ${describe(r)}`, at);
      const found = items.some((x) => pyEquals(x, l));
      return op === "in" ? found : !found;
    }
    if (op === "is" || op === "is not" || op === "==" || op === "!=") {
      const eq = pyEquals(l, r);
      return op === "is" || op === "==" ? eq : !eq;
    }
    if (l.k === "str" && r.k === "str") {
      return op === "<" ? l.v < r.v : op === "<=" ? l.v <= r.v : op === ">" ? l.v > r.v : l.v >= r.v;
    }
    const a = toNumberish(l);
    const b = toNumberish(r);
    if (!a || !b) throw new UserError("E-operand", `cannot compare ${describe(l)} with ${describe(r)}`, at);
    const x = a.k === "int" && b.k === "int" ? a.v : a.k === "int" ? Number(a.v) : a.v;
    const y = a.k === "int" && b.k === "int" ? b.v : b.k === "int" ? Number(b.v) : b.v;
    return op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
  }

  private attribute(obj: PyValue, e: ast.Attribute): PyValue {
    const name = e.attr;
    switch (obj.k) {
      case "module": {
        const v = moduleMember(obj.path, name);
        if (!v) throw new UserError("E-attr", `module '${obj.path}' has no attribute '${name}'`, e.attrRange);
        return v;
      }
      case "schedule": {
        if (SCHEDULE_METHODS.has(name)) return { k: "bound", self: obj, name };
        if (name === "module" || name === "top_func" || name === "primitive_sequences" || name === "func_args") return { k: "opaque", what: `schedule.${name}` };
        return this.bufferHandle(obj.s, obj.s.top, name, e.attrRange);
      }
      case "loop-handle":
        return { k: "loop-handle", func: obj.func, path: [...obj.path, name], range: e.range };
      case "type": case "array-type":
        if (name === "bits") return pyInt(obj.k === "type" ? bitsOf(obj.t) : bitsOf(obj.t.elem));
        if (name === "fracs") return pyInt(obj.k === "type" && obj.t.kind === "fixed" ? obj.t.frac : 0);
        break;
      case "list":
        if (name === "append" || name === "extend") return { k: "bound", self: obj, name };
        break;
      case "opaque":
        return obj;
      default:
        break;
    }
    throw new UserError("E-attr", `${describe(obj)} has no attribute '${name}'`, e.attrRange);
  }

  private bufferHandle(s: ScheduleValue, func: string, name: string, at: SourceRange): PyValue {
    if (s.module) {
      const f = s.module.funcs.find((x) => x.name === func);
      const known = new Set<string>();
      if (f) {
        for (const p of f.params) known.add(p.name);
        walkStmts(f.body, (st) => { if (st.kind === "alloc") known.add(st.buf.name); });
      }
      if (f && !known.has(name)) {
        const guess = didYouMean(name, [...SCHEDULE_METHODS, ...known]);
        throw new UserError("E-schedule-buffer", `'${name}' is neither a schedule primitive nor a buffer or argument of '${func}'${didYouMeanText(guess)} (it has: ${[...known].join(", ") || "none"})`, at, guess === undefined ? undefined : { range: at, text: guess });
      }
    }
    return { k: "buffer-handle", func, name, range: at };
  }

  private subscript(obj: PyValue, e: ast.Subscript, scope: Scope): PyValue {
    const idx = e.index;
    const items = idx.kind === "Tuple" ? idx.elts : [idx];
    switch (obj.k) {
      case "type": {
        // int32[M, N]: an array type
        const shape = items.map((x) => {
          if (x.kind === "Ellipsis") throw new UserError("E-shape", "dynamic shapes (float32[...]) are not supported; give the array a constant shape", x.range);
          const v = this.eval(x, scope);
          const n = v.k === "int" ? Number(v.v) : v.k === "bool" ? Number(v.v) : NaN;
          if (!Number.isInteger(n) || n <= 0) throw new UserError("E-shape", `array dimensions must be positive integers; got ${describe(v)}`, x.range);
          return n;
        });
        return { k: "array-type", t: arrayType(obj.t, shape) };
      }
      case "builtin":
        if (obj.name === "allo.ir.types.ConstExpr") {
          const t = this.eval(idx, scope);
          if (t.k !== "type") throw new UserError("E-type", "ConstExpr[...] takes a scalar type, e.g. ConstExpr[int32]", idx.range);
          return { k: "constexpr", t: t.t };
        }
        if (obj.name === "allo.ir.types.Stream") {
          const t = this.eval(items[0]!, scope);
          if (t.k !== "type" && t.k !== "array-type") throw new UserError("E-type", `Stream[...] takes an element type first, e.g. Stream[float32, 4]; got ${describe(t)}`, items[0]!.range);
          const depth = items.length > 1 ? this.intOf(this.eval(items[1]!, scope), items[1]!.range) : 2;
          if (items.length > 2) throw new UserError("E-type", "Stream[T, depth] takes two arguments; index it for an array of streams: Stream[T, depth][P0, P1]", e.range);
          if (depth < 1) throw new UserError("E-type", `a stream's depth must be at least 1; got ${depth}`, items[1]!.range);
          return { k: "stream-type", elem: t.t, depth, shape: [] };
        }
        break;
      case "stream-type": {
        if (obj.shape.length > 0) throw new UserError("E-type", "an array of streams is indexed once: Stream[T, depth][P0, P1]", e.range);
        const shape = items.map((x) => {
          const n = this.intOf(this.eval(x, scope), x.range);
          if (n <= 0) throw new UserError("E-shape", `stream array dimensions must be positive; got ${n}`, x.range);
          return n;
        });
        return { ...obj, shape };
      }
      case "function":
        return { k: "instance", fn: { def: obj.def, scope: obj.scope }, args: items.map((x) => this.eval(x, scope)) };
      case "tuple": case "list": {
        if (idx.kind === "Slice") {
          const n = obj.items.length;
          const lo = idx.lower ? this.intOf(this.eval(idx.lower, scope), idx.lower.range) : 0;
          const hi = idx.upper ? this.intOf(this.eval(idx.upper, scope), idx.upper.range) : n;
          const norm = (i: number) => Math.max(0, Math.min(n, i < 0 ? i + n : i));
          const sl = obj.items.slice(norm(lo), norm(hi));
          return obj.k === "list" ? { k: "list", items: sl } : { k: "tuple", items: sl };
        }
        return obj.items[this.indexOf(this.eval(idx, scope), obj.items.length, idx.range)]!;
      }
      case "dict": {
        const key = dictKey(this.eval(idx, scope));
        const v = obj.entries.get(key);
        if (!v) throw new UserError("E-key", `key '${key}' is not in the dict`, idx.range);
        return v;
      }
      case "str":
        return pyStr(obj.v[this.indexOf(this.eval(idx, scope), obj.v.length, idx.range)]!);
      case "loop-handle": {
        const key = this.eval(idx, scope);
        if (key.k !== "str") throw new UserError("E-loop", "loop names are strings", idx.range);
        return { k: "loop-handle", func: obj.func, path: [...obj.path, key.v], range: e.range };
      }
      case "opaque":
        return obj;
      default:
        break;
    }
    throw new UserError("E-subscript", `${describe(obj)} cannot be indexed`, e.range);
  }

  private intOf(v: PyValue, at: SourceRange): number {
    if (v.k === "int") return Number(v.v);
    if (v.k === "bool") return v.v ? 1 : 0;
    throw new UserError("E-index", `expected an integer, got ${describe(v)}`, at);
  }

  private indexOf(v: PyValue, n: number, at: SourceRange): number {
    let i = this.intOf(v, at);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new UserError("E-index", `index ${this.intOf(v, at)} is out of range for length ${n}`, at);
    return i;
  }

  // ------------------------------------------------------------ calls

  private call(e: ast.Call, scope: Scope): PyValue {
    const f = this.eval(e.func, scope);
    const args = e.args.map((a) => this.eval(a, scope));
    const kwargs = new Map<string, PyValue>();
    for (const k of e.keywords) kwargs.set(k.name, this.eval(k.value, scope));
    switch (f.k) {
      case "function":
        return this.callPython(f, args, kwargs, e);
      case "builtin":
        return this.callBuiltin(f.name, args, kwargs, e, scope);
      case "bound":
        if (f.self.k === "schedule") return this.scheduleMethod(f.self.s, f.name, args, kwargs, e);
        if (f.self.k === "list") {
          if (f.name === "append") f.self.items.push(args[0] ?? NONE);
          else f.self.items.push(...this.iterate(args[0] ?? NONE, e.range));
          return NONE;
        }
        break;
      case "opaque":
        return { k: "opaque", what: "result" };
      case "instance":
        throw new UserError("E-call", `a template instance ${describe(f)} can only be called inside a kernel; pass it to allo.customize(${f.fn.def.name}, instantiate=[...]) instead`, e.range);
      default:
        break;
    }
    throw new UserError("E-call", `${describe(f)} is not callable`, e.func.range);
  }

  private callPython(f: PyValue & { k: "function" }, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call): PyValue {
    const d = f.def;
    if (d.typeParams.length > 0 || d.args.some((a) => a.annotation)) {
      // A kernel called at module level: Allo would run it in CPython; here it has no schedule to build.
      return { k: "opaque", what: `result of kernel ${d.name}` };
    }
    if (this.depth >= MAX_CALL_DEPTH) throw new UserError("E-recursion", "too many nested calls in the schedule script", e.range);
    const local = new Scope(f.scope);
    if (args.length > d.args.length) throw new UserError("E-call", `${d.name}() takes ${d.args.length} arguments but ${args.length} were given`, e.range);
    d.args.forEach((a, i) => {
      let v: PyValue | undefined = args[i] ?? kwargs.get(a.name);
      if (v === undefined && a.default) v = this.eval(a.default, f.scope);
      if (v === undefined) throw new UserError("E-call", `${d.name}() is missing argument '${a.name}'`, e.range);
      local.set(a.name, v);
    });
    for (const k of kwargs.keys()) if (!d.args.some((a) => a.name === k)) throw new UserError("E-call", `${d.name}() has no argument named '${k}'`, e.range);
    this.depth++;
    try {
      this.execBlock(d.body, local, false);
      return NONE;
    } catch (x) {
      if (x instanceof ReturnSignal) return x.value;
      throw x;
    } finally {
      this.depth--;
    }
  }

  private callBuiltin(name: string, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call, scope: Scope): PyValue {
    const arg = (i: number) => {
      const v = args[i];
      if (v === undefined) throw new UserError("E-call", `${name.replace(/^.*\./, "")}() needs at least ${i + 1} argument(s)`, e.range);
      return v;
    };
    switch (name) {
      case "range": {
        const ns = args.map((a, i) => this.intOf(a, e.args[i]!.range));
        const [lo, hi, st] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
        if (st === 0) throw new UserError("E-range", "range() step must not be zero", e.range);
        const items: PyValue[] = [];
        for (let i = lo; st > 0 ? i < hi : i > hi; i += st) {
          items.push(pyInt(i));
          if (items.length > MAX_SCRIPT_STEPS) throw new UserError("E-script-budget", "range() is too long for the schedule script", e.range);
        }
        return { k: "list", items };
      }
      case "len": {
        const v = arg(0);
        if (v.k === "list" || v.k === "tuple") return pyInt(v.items.length);
        if (v.k === "str") return pyInt(v.v.length);
        if (v.k === "dict") return pyInt(v.entries.size);
        if (v.k === "opaque") return v;
        throw new UserError("E-call", `len() of ${describe(v)}`, e.range);
      }
      case "int": {
        const v = arg(0);
        if (v.k === "float") return pyInt(BigInt(Math.trunc(v.v)));
        if (v.k === "bool") return pyInt(v.v ? 1 : 0);
        if (v.k === "int") return v;
        if (v.k === "str" && /^\s*[-+]?\d+\s*$/.test(v.v)) return pyInt(BigInt(v.v.trim()));
        throw new UserError("E-call", `int() of ${describe(v)}`, e.range);
      }
      case "float": {
        const n = toNumberish(arg(0));
        if (!n) throw new UserError("E-call", `float() of ${describe(arg(0))}`, e.range);
        return pyFloat(n.k === "int" ? Number(n.v) : n.v);
      }
      case "str": return pyStr(show(arg(0)));
      case "abs": {
        const n = toNumberish(arg(0));
        if (!n) throw new UserError("E-call", `abs() of ${describe(arg(0))}`, e.range);
        return n.k === "int" ? pyInt(n.v < 0n ? -n.v : n.v) : pyFloat(Math.abs(n.v));
      }
      case "min": case "max": {
        const items = args.length === 1 ? this.iterate(args[0]!, e.range) : args;
        if (items.length === 0) throw new UserError("E-call", `${name}() of an empty sequence`, e.range);
        let best = items[0]!;
        for (const x of items.slice(1)) {
          const less = this.compare("<", x, best, e.range);
          if (name === "min" ? less : this.compare(">", x, best, e.range)) best = x;
        }
        return best;
      }
      case "print": return NONE;
      case "list": return { k: "list", items: args.length ? [...this.iterate(arg(0), e.range)] : [] };
      case "tuple": return { k: "tuple", items: args.length ? [...this.iterate(arg(0), e.range)] : [] };
      case "isinstance": return pyBool(false);
      case "allo.ir.types.Int": case "allo.ir.types.UInt": {
        const bits = this.intOf(arg(0), e.args[0]!.range);
        if (bits < 1 || bits > MAX_INT_BITS) throw new UserError("E-type", `integer widths must be 1..${MAX_INT_BITS}; got ${bits}`, e.range);
        return { k: "type", t: intType(bits, name.endsWith(".Int")) };
      }
      case "allo.ir.types.Fixed": case "allo.ir.types.UFixed": {
        const bits = this.intOf(arg(0), e.args[0]!.range);
        const frac = this.intOf(arg(1), e.args[1]?.range ?? e.range);
        if (bits < 1 || bits > MAX_INT_BITS) throw new UserError("E-type", `fixed-point widths must be 1..${MAX_INT_BITS}; got ${bits}`, e.range);
        if (frac < 0 || frac > 255) throw new UserError("E-type", `fixed-point fractional bits must be 0..255; got ${frac}`, e.range);
        return { k: "type", t: fixedType(bits, frac, name.endsWith(".Fixed")) };
      }
      case "allo.Memory": case "allo.ir.types.Memory": {
        const resource = kwargs.get("resource") ?? args[0];
        const r = resource && resource.k === "str" ? resource.v.toUpperCase() : "AUTO";
        if (!["BRAM", "URAM", "LUTRAM", "SRL", "AUTO"].includes(r)) throw new UserError("E-memory", `invalid resource '${r}'; use one of BRAM, URAM, LUTRAM, SRL, AUTO`, e.range);
        const st = kwargs.get("storage_type");
        const storageType = st && st.k === "str" ? st.v.toUpperCase() : undefined;
        // The value is written into a pragma: only the storage types Vitis HLS knows pass.
        if (st && (storageType === undefined || !STORAGE_TYPES.includes(storageType))) throw new UserError("E-memory", `invalid storage_type; use one of ${STORAGE_TYPES.join(", ")}`, e.range);
        return { k: "memory", resource: r, storageType };
      }
      case "allo.customize":
        return this.customize(args, kwargs, e, scope);
      case "allo.verify": {
        const [a, b] = [arg(0), arg(1)];
        if (a.k !== "schedule" || b.k !== "schedule") throw new UserError("E-call", "allo.verify() takes two schedules (from allo.customize)", e.range);
        return pyBool(this.verifyHook ? this.verifyHook(a.s, b.s, e.range) : false);
      }
      case "numpy.array": case "numpy.asarray": {
        // Constant tables for kernels (§1.2): nested lists of numbers; the dtype comes from the kernel's annotation.
        const v = arg(0);
        return v.k === "list" || v.k === "tuple" ? { k: "list", items: [...v.items] } : v;
      }
      case "allo.dataflow.region": case "allo.dataflow.kernel":
        return { k: "builtin", name }; // only meaningful as decorators
      case "allo.dataflow.customize":
        return this.customize(args, kwargs, e, scope, true);
      case "allo.dataflow.build": {
        const sv = this.customize(args, kwargs, e, scope, true);
        if (sv.k === "schedule") {
          const t = kwargs.get("target") ?? args[1];
          sv.s.built = { target: t && t.k === "str" ? t.v : "vitis_hls", mappingPrimitives: mappingPrimitives(kwargs.get("mapping_primitives"), e.range) };
        }
        return { k: "opaque", what: "built dataflow module" };
      }
      case "allo.dataflow.get_pid":
        throw new UserError("E-dataflow", "df.get_pid() is only meaningful inside a @df.kernel", e.range);
      case "allo.dataflow.pipe": case "allo.dataflow.array":
        throw new UserError("E-dataflow", `df.${name.slice(14)}() is not part of Allo's dataflow API; declare streams in the region: name: Stream[T, depth]`, e.range);
      default:
        if (name.startsWith("math.")) {
          // Own members of Math only: `math.hasOwnProperty` must not reach Object.prototype.
          const member = name.slice(5);
          const fn = Object.hasOwn(Math, member) ? (Math as unknown as Record<string, unknown>)[member] : undefined;
          if (typeof fn === "function") {
            const xs = args.map((a) => toNumberish(a)).map((n) => (n ? (n.k === "int" ? Number(n.v) : n.v) : NaN));
            return pyFloat((fn as (...a: number[]) => number)(...xs));
          }
        }
        if (name.startsWith("allo.")) throw new UserError("E-call", `${name}() can only be used inside a kernel`, e.range);
        return { k: "opaque", what: name };
    }
  }

  /** `caller` is the scope customize was called from: its frames' constants are captured (reference §1.2). */
  private customize(args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call, caller: Scope, dataflow = false): PyValue {
    const fn = args[0];
    if (!fn || (fn.k !== "function" && fn.k !== "instance")) {
      const what = dataflow ? "a @df.region function" : "a kernel function";
      throw new UserError("E-customize", `${dataflow ? "df.customize()/df.build()" : "allo.customize()"} takes ${what}; got ${fn ? describe(fn) : "nothing"}`, e.args[0]?.range ?? e.range);
    }
    if (dataflow && !(fn.k === "function" && fn.region)) {
      throw new UserError("E-customize", `df.customize()/df.build() take a @df.region function; '${fn.k === "function" ? fn.def.name : fn.fn.def.name}' is a plain kernel (use allo.customize)`, e.args[0]?.range ?? e.range);
    }
    const inst = kwargs.get("instantiate");
    let instantiate: readonly PyValue[] | undefined;
    if (inst && inst.k !== "none") {
      if (inst.k !== "list" && inst.k !== "tuple") throw new UserError("E-customize", "instantiate= takes a list of template arguments", e.range);
      instantiate = inst.items;
    }
    const name = fn.k === "function" ? fn.def.name : fn.fn.def.name;
    // A region whose body customizes the region would lower itself without end.
    const def = fn.k === "function" ? fn.def : fn.fn.def;
    if (this.lowering.has(def)) throw new UserError("E-customize", `'${name}' is customized while it is being built (the call is inside its own body); call ${dataflow ? "df.customize" : "allo.customize"} after the definition`, e.range);
    this.lowering.add(def);
    let module: Module | undefined;
    try {
      module = this.lower(fn, instantiate, e.range, caller);
    } finally {
      this.lowering.delete(def);
    }
    const s: ScheduleValue & { variable?: string } = { id: this.nextScheduleId++, top: module?.top ?? name, module, records: [], range: e.range };
    this.schedules.push(s);
    return { k: "schedule", s };
  }

  private scheduleMethod(s: ScheduleValue, method: string, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call): PyValue {
    const text = this.source.slice(e.range.from, e.range.to);
    const span = (x: ast.Expr): ArgSpan => ({ range: x.range, name: nameSpan(x, this.source) });
    const rec: PrimitiveRecord = {
      method, args, kwargs, range: e.range, text,
      ...(e.func.kind === "Attribute" ? { methodRange: e.func.attrRange } : {}),
      argSpans: e.args.map(span),
      kwargSpans: new Map(e.keywords.map((k) => [k.name, span(k.value)])),
    };
    switch (method) {
      case "build": {
        const t = kwargs.get("target") ?? args[0];
        s.built = { target: t && t.k === "str" ? t.v : "llvm" };
        return { k: "opaque", what: `built module of ${s.top}` };
      }
      case "get_loops": {
        const fnArg = args[0] ?? kwargs.get("func");
        return { k: "loop-handle", func: fnArg && fnArg.k === "str" ? fnArg.v : undefined, path: [], range: e.range };
      }
      case "get_equivalent_variables":
        return { k: "list", items: [] };
      default:
        s.records.push(rec);
        if (method === "fuse") return { k: "loop-handle", path: [args.map((a) => (a.k === "str" ? a.v : a.k === "loop-handle" ? a.path[a.path.length - 1] : "?")).join("_") + "_fused"], range: e.range };
        if (method === "reuse_at" || method === "buffer_at") return { k: "buffer-handle", func: s.top, name: `${method}_${s.records.length}`, range: e.range };
        if (method === "unfold") return args[1] ?? kwargs.get("axis") ?? NONE;
        return NONE;
    }
  }
}

// ------------------------------------------------------------ helpers

/** The name an argument spells: a plain string literal's text, or the last name of an attribute chain. */
function nameSpan(x: ast.Expr, source: string): SourceRange | undefined {
  if (x.kind === "Attribute") return x.attrRange;
  if (x.kind !== "Str") return undefined;
  const q = source[x.range.from];
  const plain = (q === '"' || q === "'") && source[x.range.to - 1] === q && x.range.to - x.range.from >= 2 && !source.startsWith(q.repeat(3), x.range.from);
  return plain ? { from: x.range.from + 1, to: x.range.to - 1 } : undefined;
}

function looksLikeKernel(d: ast.FunctionDef): boolean {
  return d.typeParams.length > 0 || d.args.some((a) => a.annotation !== undefined) || d.returns !== undefined;
}

function builtinName(id: string): PyValue | undefined {
  if (["range", "len", "int", "float", "str", "abs", "min", "max", "print", "list", "tuple", "isinstance"].includes(id)) return { k: "builtin", name: id };
  return undefined;
}

function starNames(module: string): string[] {
  if (module === "allo.ir.types") {
    const out = ["Int", "UInt", "Fixed", "UFixed", "Stateful", "ConstExpr", "Stream", "Struct", "index", "bool", "float16", "bfloat16", "float32", "float64"];
    for (let b = 1; b <= 16; b++) out.push(`int${b}`, `uint${b}`);
    for (const b of [32, 64, 128, 256, 512]) out.push(`int${b}`, `uint${b}`);
    return out;
  }
  return [];
}

function bitsOf(t: ScalarType): number {
  return t.kind === "index" ? 32 : t.bits;
}

function toNumberish(v: PyValue): ({ k: "int"; v: bigint } | { k: "float"; v: number }) | undefined {
  if (v.k === "int") return v;
  if (v.k === "float") return v;
  if (v.k === "bool") return { k: "int", v: v.v ? 1n : 0n };
  return undefined;
}

/** Refuses integer results beyond MAX_SCRIPT_INT_BITS before computing them. */
function checkIntResult(op: ast.BinOperator, a: bigint, b: bigint, at: SourceRange): void {
  const la = bitLength(a);
  const lb = bitLength(b);
  if (op === "*") checkIntBits(la + lb, at);
  else if (op === "**" && b > 0n && la > 1) checkIntBits((la - 1) * Number(b), at);
  else if (op === "<<" && b > 0n && a !== 0n) checkIntBits(la + Number(b), at);
  else if (op === "+" || op === "-") checkIntBits(Math.max(la, lb) + 1, at);
}

function intBinop(op: ast.BinOperator, a: bigint, b: bigint, at: SourceRange): PyValue {
  switch (op) {
    case "+": return pyInt(a + b);
    case "-": return pyInt(a - b);
    case "*": return pyInt(a * b);
    case "/":
      if (b === 0n) throw new UserError("E-zero-div", "division by zero", at);
      return pyFloat(Number(a) / Number(b));
    case "//": {
      if (b === 0n) throw new UserError("E-zero-div", "division by zero", at);
      const q = a / b;
      return pyInt(q * b !== a && (a < 0n) !== (b < 0n) ? q - 1n : q);
    }
    case "%": {
      if (b === 0n) throw new UserError("E-zero-div", "modulo by zero", at);
      const r = a % b;
      return pyInt(r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r);
    }
    case "**":
      if (b < 0n) return pyFloat(Number(a) ** Number(b));
      if (b > 4096n) throw new UserError("E-operand", "exponent too large", at);
      return pyInt(a ** b);
    case "<<":
      if (b < 0n || b > 4096n) throw new UserError("E-operand", "shift count out of range", at);
      return pyInt(a << b);
    case ">>":
      if (b < 0n) throw new UserError("E-operand", "negative shift count", at);
      return pyInt(a >> b);
    case "&": return pyInt(a & b);
    case "|": return pyInt(a | b);
    case "^": return pyInt(a ^ b);
    case "@": throw new UserError("E-operand", "'@' is not defined for integers", at);
  }
}

export function pyEquals(a: PyValue, b: PyValue): boolean {
  const x = toNumberish(a);
  const y = toNumberish(b);
  if (x && y) return (x.k === "int" ? Number(x.v) : x.v) === (y.k === "int" ? Number(y.v) : y.v);
  if (a.k === "str" && b.k === "str") return a.v === b.v;
  if (a.k === "none" && b.k === "none") return true;
  if (a.k === "type" && b.k === "type") return typeToString(a.t) === typeToString(b.t);
  if ((a.k === "tuple" || a.k === "list") && a.k === b.k) return a.items.length === b.items.length && a.items.every((v, i) => pyEquals(v, (b as { items: readonly PyValue[] }).items[i]!));
  return a === b;
}

function dictKey(v: PyValue): string {
  if (v.k === "str") return v.v;
  if (v.k === "int") return String(v.v);
  return describe(v);
}

function show(v: PyValue): string {
  switch (v.k) {
    case "int": return String(v.v);
    case "float": return String(v.v);
    case "str": return v.v;
    default: return describe(v);
  }
}

/** `mapping_primitives=[("bundle", ["a", "b"]), ("chain", ["a", "b"])]` as records (checked here, applied by the AIE mapping). */
function mappingPrimitives(v: PyValue | undefined, at: SourceRange): MappingPrimitiveRecord[] | undefined {
  if (!v) return undefined;
  const bad = () => new UserError("E-mapping-primitive", 'mapping_primitives is a list of ("bundle", ["k_0", "k_1", ...]) or ("chain", ["a", "b"]) pairs with instance names as strings', at);
  if (v.k !== "list" && v.k !== "tuple") throw bad();
  return v.items.map((p) => {
    if ((p.k !== "tuple" && p.k !== "list") || p.items.length !== 2) throw bad();
    const [kind, names] = p.items;
    if (kind!.k !== "str" || (kind!.v !== "bundle" && kind!.v !== "chain")) throw bad();
    if (names!.k !== "list" && names!.k !== "tuple") throw bad();
    return { kind: kind!.v, names: names!.items.map((n) => { if (n.k !== "str") throw bad(); return n.v; }), range: at };
  });
}
