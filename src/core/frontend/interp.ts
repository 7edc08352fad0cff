/**
 * The module-level script interpreter (DESIGN §3): executes imports, constants, Python helper
 * functions and the schedule script of a design file, producing kernels and schedule records.
 * Kernels themselves are not interpreted: `allo.customize` hands them to the lowering.
 */
import type { SourceRange } from "../diagnostics";
import { DiagnosticSink, UserError } from "../diagnostics";
import type * as ast from "./ast";
import type { ScalarType } from "../types/types";
import { arrayType, DYN, fixedType, intType, MAX_INT_BITS, typeToString } from "../types/types";
import { knownModule, moduleMember, moduleMembers, SCHEDULE_METHODS, TYPE_ALIASES } from "./names";
import type { ArgSpan, MappingPrimitiveRecord, PrimitiveRecord, ScheduleValue } from "./schedule-record";
import { didYouMean, didYouMeanText, scopeNames } from "../suggest";
import type { PyClass, PyObject, PyValue } from "./values";
import { classLookup, isSubclass, mro, objectAttribute, superAttribute } from "./classes";
import { parseModule } from "./parse";
import { unifyKernels } from "./unify";
import { LineMap } from "../diagnostics";
import { TORCH_PRELUDE } from "./models/torch-prelude";
import { callTorch, namedParameters, TorchState, torchMember } from "./models/torch-module";
import { TENSOR_METHODS, tIndex, tensorAttribute, tensorBinop, tensorCompare, tensorMethod, tensorNeg } from "./models/tensor";
import { Tracer, withTracer } from "./models/trace";
import type { GeneratedDesign } from "./models/pytorch-design";
import { DesignError, generateDesign } from "./models/pytorch-design";
import { describe, NONE, pyBool, pyFloat, pyInt, pyStr, Scope, truthy } from "./values";
import type { Module } from "../ir/nodes";
import { walkStmts } from "../ir/nodes";
import { equivalentVariables } from "../analysis/equivalent-vars";
import { bitLength, checkIntBits, checkItems, checkListSize, checkStringSize, DEFAULT_SCRIPT_LIMITS, numpyWorkMessage, stepsMessage } from "./script-limits";
import { NumpyWorkExceeded, withWorkMeter } from "./numpy/work";
import type { WorkMeter } from "./numpy/work";
import type { ScriptLimits } from "./script-limits";
import type { ScriptHost } from "./script-host";
import { DESIGN_HOST } from "./script-host";
import { EXCEPTION_TYPES, fromUserError, matches, PyException } from "./pyexc";
import { NDArray as NDArrayCtor, NumpyError } from "./numpy/ndarray";
import { callNumpy, indexItem, ndarrayAttribute, ndarrayMethod, numpyMember, rngMethod, setIndexTupleLimit, toArray } from "./numpy/module";
import { callAlloDsl, isAlloDslFunction } from "./numpy/allo-dsl";
import { getItem, setItem, sliceRange } from "./numpy/indexing";
import type { IndexItem } from "./numpy/indexing";
import { readNpyPacked } from "../sim/npy";
import { readNpz } from "../sim/npz";
import { loadTxt, saveTxt } from "./numpy/text-io";
import { DTYPES } from "./numpy/dtype";
import type { DType } from "./numpy/dtype";
import { isLibraryModule, scheduleOf } from "../library/index";
import { libraryCallText, relocatedLibrary } from "../library/load";
import { arrayBinop, arrayCompare, arrayTruth, arrayUnary, formatSpec, pyRepr, pyStrOf } from "./script-values";
import { ScriptFs } from "./script-fs";
import { dictClear, dictCopy, dictDelete, dictEquals, dictGet, dictHas, dictKeys, dictSet, dictUpdate, newDict } from "./pydict";
import { callStdlib, isStdlibCall } from "./script-native";
import { STR_METHODS, strMethod } from "./pystr";
import type { StrHooks } from "./pystr";
import { newSet, SET_METHODS, setBinop, setCompare, setHas, setItems, setMethod } from "./pyset";

/** Compiles a kernel for `allo.customize`; reports its own diagnostics. */
export type KernelLowerer = (fn: PyValue & { k: "function" | "instance" }, instantiate: readonly PyValue[] | undefined, at: SourceRange, caller: Scope) => Module | undefined;

export interface ScriptResult {
  readonly schedules: readonly (ScheduleValue & { readonly variable?: string })[];
  /** Kernel functions defined at module level, in order. */
  readonly kernels: readonly (PyValue & { k: "function" })[];
  readonly globals: Scope;
  /** Script mode: the exception that stopped the module's code, if any. */
  readonly failure?: PyException;
}

/** pytest marks read from a test function's decorators. */
export interface TestMarks {
  /** `@pytest.mark.parametrize(names, values)`, outermost decorator first. */
  readonly parametrize: { readonly names: readonly string[]; readonly values: readonly PyValue[] }[];
  readonly skip?: string;
}

class ReturnSignal {
  constructor(readonly value: PyValue) {}
}
/** `break` / `continue` unwinding to the innermost loop. */
class LoopSignal {
  constructor(readonly kind: "Break" | "Continue") {}
}

const MAX_CALL_DEPTH = 64;
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
  /** What is left of the run's numpy work (numpy/work.ts), set from the limits on first use. */
  private numpyWork: WorkMeter | undefined;
  private nextScheduleId = 0;
  /** The statement `name = call(...)` being executed, so a schedule call can record its result's name. */
  private assigning: { readonly value: ast.Expr; readonly name: string } | undefined;
  /** The Python functions being run, innermost last ("<module>" at the bottom): traceback names. */
  private readonly funcStack: string[] = ["<module>"];
  /** Exceptions being handled by an except clause (a bare `raise` re-raises the innermost). */
  private readonly handling: PyException[] = [];
  /** Calls of built modules that design mode did not simulate (their outputs are unknown). */
  private readonly unknownNames = new Set<string>();
  /** pytest marks of the functions defined so far. */
  readonly marks = new Map<ast.FunctionDef, TestMarks>();
  /** Compiles a generated design file (from_pytorch) into a schedule; set by the pipeline. */
  modelHook?: (design: GeneratedDesign, at: SourceRange) => ScheduleValue | undefined;
  /** The last design from_pytorch generated (the studio's model view reads its operator table). */
  lastModel?: GeneratedDesign;
  private readonly torch = new TorchState();
  private preludeScope?: Scope;
  private readonly preludeDefs = new Set<ast.FunctionDef>();
  /** >0 while the torch prelude's Python runs (its errors are reported at the user's call). */
  private preludeDepth = 0;
  /** The innermost call in the user's own code (a traced operation's source range). */
  private userCallAt?: SourceRange;
  /** Library modules (`allo.library.nn`) loaded by this design, by path: their module scopes. */
  private readonly libraries = new Map<string, Scope>();
  /** Files `np.load` may read, by path relative to the design (CompileOptions.files). */
  files: Readonly<Record<string, Uint8Array>> = {};
  /** `allo.verify(a, b)`: set by the pipeline (the interpreter itself knows no schedule engine). */
  verifyHook?: (a: ScheduleValue, b: ScheduleValue, at: SourceRange) => boolean;
  /** The script's own in-memory files (temporary folders, built projects, `open()`). */
  readonly fs: ScriptFs;
  /** `os.environ`: starts empty (the host's environment is not the script's business). */
  private readonly environ: PyValue = { k: "dict", entries: new Map() };

  constructor(
    private readonly source: string,
    private readonly sink: DiagnosticSink,
    private readonly lower: KernelLowerer,
    readonly host: ScriptHost = DESIGN_HOST,
    readonly limits: ScriptLimits = DEFAULT_SCRIPT_LIMITS,
  ) {
    this.globals.set("__name__", pyStr(host.moduleName));
    this.fs = new ScriptFs(limits.scriptItems);
  }

  run(mod: ast.Module): ScriptResult {
    if (this.host.mode === "design") {
      this.execBlock(mod.body, this.globals, true);
      return { schedules: this.schedules, kernels: this.kernels, globals: this.globals };
    }
    // Script mode: like CPython, the first uncaught exception stops the module.
    let failure: PyException | undefined;
    try {
      this.execBlock(mod.body, this.globals, false);
    } catch (e) {
      failure = this.asException(e, mod.body[0]?.range ?? { from: 0, to: 0 });
      if (failure.frames.length === 0) failure.frames.push({ range: failure.range, func: "<module>" });
    }
    return { schedules: this.schedules, kernels: this.kernels, globals: this.globals, ...(failure ? { failure } : {}) };
  }

  /** Calls a module-level Python function (a test) with arguments; exceptions come back as PyException. */
  callFunction(fn: PyValue & { k: "function" }, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): { value?: PyValue; failure?: PyException } {
    const at = fn.def.nameRange;
    const call: ast.Call = { kind: "Call", func: { kind: "Name", id: fn.def.name, range: at }, args: [], keywords: [], range: at };
    try {
      return { value: this.callPython(fn, [...args], new Map(kwargs), call) };
    } catch (e) {
      const x = this.asException(e, at);
      if (x.frames.length === 0) x.frames.push({ range: x.range, func: fn.def.name });
      return { failure: x };
    }
  }

  /** Any error thrown while running user code, as the Python exception it stands for. */
  asException(e: unknown, at: SourceRange): PyException {
    if (e instanceof PyException) return e;
    if (e instanceof UserError) return fromUserError(e);
    if (e instanceof NumpyError) return new PyException(e.pyType, e.message, at);
    if (e instanceof ReturnSignal) return new PyException("SyntaxError", "'return' outside function", at);
    if (e instanceof LoopSignal) return new PyException("SyntaxError", `'${e.kind.toLowerCase()}' outside loop`, at);
    throw e;
  }

  /** Python truthiness; an array of several elements raises numpy's ValueError. */
  private truth(v: PyValue): boolean {
    return v.k === "ndarray" || v.k === "tensor" ? arrayTruth(v.a) : truthy(v);
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
        else if (e instanceof LoopSignal) this.sink.error("E-syntax", `'${e.kind.toLowerCase()}' outside loop`, s.range);
        else if (e instanceof PyException || e instanceof NumpyError) {
          const x = this.asException(e, s.range);
          // After a built module was called (not simulated outside a script run), arrays it would have
          // written hold stale values: checks on them belong to `allo-studio script`, not to compiling.
          if (x.type === "AssertionError" && namesIn(s).some((n) => this.unknownNames.has(n))) continue;
          this.sink.error(x.type === "AssertionError" ? "E-assert" : "E-raise", `${x.type}${x.message ? `: ${x.message.trim()}` : ""}`, x.range);
          this.poison(s, scope);
        } else throw e;
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
    try {
      this.execStmt(s, scope);
    } catch (e) {
      if (e instanceof NumpyError) throw new PyException(e.pyType, e.message, s.range);
      throw e;
    }
  }

  private execStmt(s: ast.Stmt, scope: Scope): void {
    if (++this.steps > this.limits.scriptSteps) throw new UserError("E-script-budget", stepsMessage("the schedule script runs too long; check its loops", this.limits), s.range);
    switch (s.kind) {
      case "Import":
        for (const a of s.names) {
          if (!knownModule(a.name)) this.sink.warning("W-import", `module '${a.name}' is not known to Allo Studio; its names evaluate to nothing`, a.range);
          if (isLibraryModule(a.name)) this.libraryScope(a.name, a.range);
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
          const sub = `${s.module}.${a.name}`;
          if (isLibraryModule(s.module)) {
            scope.set(a.asname ?? a.name, this.libraryMember(s.module, a.name, a.range));
            continue;
          }
          if (isLibraryModule(sub)) this.libraryScope(sub, a.range);
          const modeled = ["allo", "allo.ir", "allo.ir.types", "allo.dataflow"].includes(s.module);
          const v = moduleMember(s.module, a.name) ?? (["allo.ir", "allo.ir.types", "allo.dataflow"].includes(sub) || (!modeled && knownModule(sub)) ? this.moduleValue(sub) : undefined);
          if (!v || (modeled && v.k === "opaque")) {
            const guess = didYouMean(a.name, moduleMembers(s.module));
            const at = { from: a.range.from, to: a.range.from + a.name.length };
            const err = new UserError("E-import", `cannot import '${a.name}' from '${s.module}': it has no such member${didYouMeanText(guess)}${s.module === "allo.ir.types" ? " (types are int1..int16, int32, int64, uint*, float16/32/64, bfloat16, index, bool, Int, UInt, Float, Fixed, UFixed)" : ""}`, guess === undefined ? a.range : at, guess === undefined ? undefined : { range: at, text: guess });
            if (this.host.mode === "script") throw err;
            // Only the failed name is undefined; the others on the line import normally.
            this.sink.error(err.code, err.message, err.range, err.fix);
            scope.set(a.asname ?? a.name, { k: "opaque", what: `${a.asname ?? a.name} (not defined: its import failed)` });
            continue;
          }
          scope.set(a.asname ?? a.name, v);
        }
        return;
      case "FunctionDef": {
        let region = false;
        let standalone: ast.Expr | undefined;
        for (const d of s.decorators) {
          const dv = this.eval(d.kind === "Call" ? d.func : d, scope);
          if (dv.k === "builtin" && dv.name.startsWith("pytest.mark.")) this.pytestMark(s, dv.name.slice(12), d, scope);
          else if (dv.k === "builtin" && dv.name === "allo.dataflow.region") region = true;
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
      case "ClassDef":
        scope.set(s.name, this.classDef(s, scope));
        return;
      case "Assign": {
        // Design mode: values computed from a built module's (unsimulated) outputs are unknown too.
        if (this.host.mode === "design" && this.unknownNames.size > 0 && namesIn(s.value).some((n) => this.unknownNames.has(n))) {
          for (const t of s.targets) for (const n of namesIn(t)) this.unknownNames.add(n);
        }
        // `LB = s.reuse_at(...)`: the schedule call records the user's name for the buffer it creates.
        const only = s.targets.length === 1 ? s.targets[0] : undefined;
        const named = only?.kind === "Name" && s.value.kind === "Call" ? only.id : undefined;
        const outer = this.assigning;
        this.assigning = named !== undefined ? { value: s.value, name: named } : undefined;
        let v: PyValue;
        try {
          v = this.eval(s.value, scope);
        } finally {
          this.assigning = outer;
        }
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
        if (this.truth(this.eval(s.test, scope))) this.execBlock(s.body, scope, false);
        else this.execBlock(s.orelse, scope, false);
        return;
      case "For": {
        const it = this.iterate(this.eval(s.iter, scope), s.iter.range);
        for (const v of it) {
          // A body's statements count as steps; a loop left without one (a syntax error's recovery) counts its iterations.
          if (s.body.length === 0 && ++this.steps > this.limits.scriptSteps) throw new UserError("E-script-budget", stepsMessage("this loop of the script runs too long", this.limits), s.range);
          this.assign(s.target, v, scope);
          if (this.loopBody(s.body, scope) === "Break") return;
        }
        this.execBlock(s.orelse, scope, false);
        return;
      }
      case "While": {
        while (this.truth(this.eval(s.test, scope))) {
          if (++this.steps > this.limits.scriptSteps) throw new UserError("E-script-budget", stepsMessage("this loop of the schedule script does not terminate", this.limits), s.range);
          if (this.loopBody(s.body, scope) === "Break") return;
        }
        this.execBlock(s.orelse, scope, false);
        return;
      }
      case "Return":
        throw new ReturnSignal(s.value ? this.eval(s.value, scope) : NONE);
      case "Pass":
        return;
      case "Global":
        if (scope !== this.globals) for (const n of s.names) (scope.globalNames ??= new Set()).add(n);
        return;
      case "With":
        if (this.pytestRaises(s, scope)) return;
        this.withStmt(s, 0, scope);
        return;
      case "Assert": {
        const v = this.eval(s.test, scope);
        if (v.k === "opaque") return; // depends on something only a script run computes
        if (!this.truth(v)) {
          const msg = s.msg ? pyStrOf(this.eval(s.msg, scope)) : "";
          throw new PyException("AssertionError", msg, s.range);
        }
        return;
      }
      case "Raise": {
        if (!s.exc) {
          const cur = this.handling[this.handling.length - 1];
          if (!cur) throw new PyException("RuntimeError", "No active exception to reraise", s.range);
          throw cur;
        }
        const v = this.eval(s.exc, scope);
        if (v.k === "exception") throw new PyException(v.type, v.message, s.range);
        if (v.k === "builtin" && v.name.startsWith("exc.")) throw new PyException(v.name.slice(4), "", s.range);
        if (v.k === "opaque") throw new PyException("Exception", v.what, s.range);
        throw new PyException("TypeError", "exceptions must derive from BaseException", s.exc.range);
      }
      case "Try":
        this.tryStmt(s, scope);
        return;
      case "Break": case "Continue":
        throw new LoopSignal(s.kind);
      case "ErrorStmt":
        return; // the parser already reported it
      case "UnsupportedStmt":
        if (s.what === "del statement") return; // harmless in a script
        throw new UserError("E-unsupported", `${s.what} is not supported in an Allo design file`, s.range);
    }
  }

  /** One pass of a loop body: "Break" when it ran `break` (a `continue` just ends the pass). */
  private loopBody(body: readonly ast.Stmt[], scope: Scope): "Break" | undefined {
    try {
      this.execBlock(body, scope, false);
    } catch (e) {
      if (e instanceof LoopSignal) return e.kind === "Break" ? "Break" : undefined;
      throw e;
    }
    return undefined;
  }

  /** Runs a class body in its own namespace; its functions become methods that see the enclosing scope. */
  private classDef(s: ast.ClassDef, scope: Scope): PyClass {
    const bases: PyClass[] = [];
    s.bases.forEach((b) => {
      const v = this.eval(b, scope);
      if (v.k === "class") bases.push(v);
      else if (v.k === "builtin" && (v.name === "object" || v.name.startsWith("exc."))) return;
      else if (v.k !== "opaque") throw new UserError("E-class", `a class can only derive from classes; ${describe(v)} is not one`, b.range);
    });
    const cls: PyClass = { k: "class", name: s.name, bases, attrs: new Map(), range: s.nameRange };
    const body = new Scope(scope);
    this.execBlock(s.body, body, false);
    for (const [name, v] of body.vars) cls.attrs.set(name, v.k === "function" && v.scope === body ? { ...v, scope, owner: cls } : v);
    return cls;
  }

  /** `Cls(args)`: a new object, initialized by the first `__init__` along the MRO. */
  private instantiate(cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call): PyValue {
    const obj: PyObject = { k: "object", cls, attrs: new Map() };
    const init = classLookup(cls, "__init__");
    if (init && init.value.k === "function") this.callPython(init.value, [obj, ...args], kwargs, e);
    else if (args.length > 0 || kwargs.size > 0) throw new PyException("TypeError", `${cls.name}() takes no arguments`, e.range);
    return obj;
  }

  /** Calls a special method (`__iter__`, `__len__`, ...) of an object; undefined when its class has none. */
  private special(obj: PyObject, name: string, args: PyValue[], at: SourceRange): PyValue | undefined {
    const m = classLookup(obj.cls, name);
    if (!m || m.value.k !== "function") return undefined;
    const call: ast.Call = { kind: "Call", func: { kind: "Name", id: name, range: at }, args: [], keywords: [], range: at };
    return this.callPython(m.value, [obj, ...args], new Map(), call);
  }

  /** `obj.name` on a script object, with `@property` getters run. */
  private objectAttr(obj: PyObject, name: string, at: SourceRange): PyValue {
    const v = objectAttribute(obj, name);
    if (v === undefined) {
      const guess = didYouMean(name, [...obj.attrs.keys(), ...mro(obj.cls).flatMap((c) => [...c.attrs.keys()])]);
      throw new PyException("AttributeError", `'${obj.cls.name}' object has no attribute '${name}'${didYouMeanText(guess)}`, at);
    }
    if (v.k === "method" && v.fn.def.decorators.some((d) => d.kind === "Name" && d.id === "property")) return this.special(obj, name, [], at) ?? NONE;
    return v;
  }

  /** `torch.X`, `nn.X`, `F.X`: prelude classes load the torch prelude on first use. */
  private torchAttr(path: string, name: string, at: SourceRange): PyValue {
    const m = torchMember(path, name);
    if (!m) throw new PyException("AttributeError", `module '${path}' has no attribute '${name}' in Allo Studio's torch subset`, at);
    if (!("preludeClass" in m)) return m;
    const v = this.prelude().lookup(m.preludeClass);
    if (!v) throw new Error(`internal: the torch prelude defines no ${m.preludeClass}`);
    return v;
  }

  private prelude(): Scope {
    if (this.preludeScope) return this.preludeScope;
    const sink = new DiagnosticSink(new LineMap(TORCH_PRELUDE));
    const mod = parseModule(TORCH_PRELUDE, sink);
    if (sink.hasErrors) throw new Error(`internal: the torch prelude does not parse: ${sink.items[0]?.message}`);
    const collect = (body: readonly ast.Stmt[]): void => {
      for (const st of body) {
        if (st.kind === "FunctionDef") { this.preludeDefs.add(st); collect(st.body); }
        else if (st.kind === "ClassDef") collect(st.body);
      }
    };
    collect(mod.body);
    const scope = new Scope();
    scope.set("torch", { k: "module", path: "torch" });
    scope.set("nn", { k: "module", path: "torch.nn" });
    scope.set("F", { k: "module", path: "torch.nn.functional" });
    this.preludeScope = scope;
    this.preludeDepth++;
    try {
      this.execBlock(mod.body, scope, false);
    } finally {
      this.preludeDepth--;
    }
    const m = scope.lookup("Module");
    if (m?.k === "class") this.torch.moduleClass = m;
    return scope;
  }

  /**
   * `allo.frontend.from_pytorch(model, example_inputs=[...])`: runs forward on traced copies of the
   * inputs (trace.ts), turns the graph into a design file (pytorch-design.ts) and compiles it.
   */
  private fromPytorch(args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call, scope: Scope): PyValue {
    const model = args[0];
    if (!model || model.k !== "object") throw new PyException("TypeError", `from_pytorch() takes an nn.Module instance first; got ${model ? describe(model) : "nothing"}`, e.range);
    const ex = kwargs.get("example_inputs") ?? args[1];
    if (!ex || (ex.k !== "list" && ex.k !== "tuple") || ex.items.length === 0) throw new PyException("TypeError", "from_pytorch() needs example_inputs=[torch.rand(...)], one tensor per argument of forward", e.range);
    const fwd = classLookup(model.cls, "forward");
    const names = fwd && fwd.value.k === "function" ? fwd.value.def.args.slice(1).map((a) => a.name.replace(/^\*/, "")) : [];
    const tracer = new Tracer(() => this.userCallAt ?? e.range);
    for (const [n, t] of namedParameters(model, this.torch)) if (t.k === "tensor") tracer.paramNames.set(t.a, n);
    const inputs = ex.items.map((v, i) => {
      if (v.k !== "tensor" && v.k !== "ndarray") throw new PyException("TypeError", `example_inputs[${i}] must be a tensor; got ${describe(v)}`, e.range);
      return tracer.input(names[i] ?? `x${i}`, v.a.astype("float32"));
    });
    const out = withTracer(tracer, () => this.callValue(model, inputs, new Map(), e, scope));
    if (out.k !== "tensor" || !out.node || out.node.tracer !== tracer) throw new PyException("TypeError", `from_pytorch(): forward must return one tensor computed from its inputs; it returned ${describe(out)}`, e.range);
    let design: GeneratedDesign;
    try {
      design = generateDesign(tracer.nodes, out.node.id, tracer.paramNames, "forward");
    } catch (x) {
      if (x instanceof DesignError) throw new PyException("NotImplementedError", x.message, x.at);
      throw x;
    }
    this.lastModel = design;
    const sv = this.modelHook?.(design, e.range);
    if (!sv) throw new PyException("AlloCompileError", "from_pytorch(): the generated design did not compile", e.range);
    const t = kwargs.get("target");
    const target = t && t.k === "str" ? t.v : "llvm";
    // The parameters as the design captured them (copies: a later load_state_dict must not change them).
    const weights = new Map(namedParameters(model, this.torch).flatMap(([n, t]) => (t.k === "tensor" ? [[n, { shape: [...t.a.shape], data: t.a.data.slice() }] as const] : [])));
    const s: ScheduleValue & { variable?: string } = { ...sv, id: this.nextScheduleId++, range: e.range, built: { target }, weights };
    this.schedules.push(s);
    return { k: "built", s, target, steps: s.records.length };
  }

  private tryStmt(s: ast.Try, scope: Scope): void {
    let raised: PyException | undefined;
    try {
      this.execBlock(s.body, scope, false);
    } catch (e) {
      if (e instanceof ReturnSignal || e instanceof LoopSignal) {
        this.execBlock(s.finalbody, scope, false);
        throw e;
      }
      raised = this.asException(e, s.range);
    }
    try {
      if (raised) {
        const x = raised;
        const h = s.handlers.find((hd) => !hd.type || this.exceptionTypes(this.eval(hd.type, scope), hd.type.range).some((t) => matches(x.type, t)));
        if (!h) throw x;
        if (h.name) scope.set(h.name, { k: "exception", type: x.type, message: x.message });
        this.handling.push(x);
        try {
          this.execBlock(h.body, scope, false);
        } finally {
          this.handling.pop();
        }
      } else this.execBlock(s.orelse, scope, false);
    } finally {
      this.execBlock(s.finalbody, scope, false);
    }
  }

  /**
   * `with a as x, b as y: body` from item `i` on: enter each context manager in order, run the body,
   * exit in reverse order also when the body raises; an `__exit__` returning true swallows the exception.
   */
  private withStmt(s: ast.With, i: number, scope: Scope): void {
    const item = s.items[i];
    if (!item) { this.execBlock(s.body, scope, false); return; }
    const cm = this.eval(item.context, scope);
    let entered: PyValue;
    let exit: (x: PyException | undefined) => boolean;
    if (cm.k === "native" && cm.o.enter && cm.o.exit) {
      const o = cm.o;
      entered = o.enter!(item.context.range);
      exit = () => { o.exit!(item.context.range); return false; };
    } else if (cm.k === "object" && classLookup(cm.cls, "__enter__") && classLookup(cm.cls, "__exit__")) {
      entered = this.special(cm, "__enter__", [], item.context.range) ?? NONE;
      exit = (x) => {
        const args: PyValue[] = x ? [{ k: "builtin", name: `exc.${x.type}` }, { k: "exception", type: x.type, message: x.message }, NONE] : [NONE, NONE, NONE];
        return this.truth(this.special(cm, "__exit__", args, item.context.range) ?? NONE);
      };
    } else if (cm.k === "opaque") {
      // A context manager of a library we do not model: its body runs as if it were not there.
      entered = cm;
      exit = () => false;
    } else {
      throw new PyException("TypeError", `${describe(cm)} does not support the context manager protocol (it has no __enter__/__exit__)`, item.context.range);
    }
    if (item.vars) this.assign(item.vars, entered, scope);
    let raised: PyException | undefined;
    try {
      this.withStmt(s, i + 1, scope);
    } catch (e) {
      if (e instanceof ReturnSignal || e instanceof LoopSignal) { exit(undefined); throw e; }
      raised = this.asException(e, s.range);
      if (!exit(raised)) throw e;
      return;
    }
    exit(undefined);
  }

  /** The exception type names an `except` clause or `pytest.raises` names. */
  private exceptionTypes(v: PyValue, at: SourceRange): string[] {
    if (v.k === "tuple" || v.k === "list") return v.items.flatMap((x) => this.exceptionTypes(x, at));
    if (v.k === "builtin" && v.name.startsWith("exc.")) return [v.name.slice(4)];
    if (v.k === "opaque") return ["Exception"]; // an exception class of a library we do not model
    throw new UserError("E-except", `${describe(v)} is not an exception type`, at);
  }

  /** `with pytest.raises(E[, match=...]) [as info]:` — true if this statement was one. */
  private pytestRaises(s: ast.With, scope: Scope): boolean {
    const item = s.items[0];
    if (s.items.length !== 1 || !item || item.context.kind !== "Call") return false;
    const f = this.eval(item.context.func, scope);
    if (!(f.k === "builtin" && f.name === "pytest.raises")) return false;
    const call = item.context;
    const expected = call.args[0] ? this.exceptionTypes(this.eval(call.args[0], scope), call.args[0].range) : ["Exception"];
    const matchKw = call.keywords.find((k) => k.name === "match");
    const pattern = matchKw ? this.eval(matchKw.value, scope) : undefined;
    let raised: PyException | undefined;
    try {
      this.execBlock(s.body, scope, false);
    } catch (e) {
      if (e instanceof ReturnSignal || e instanceof LoopSignal) throw e;
      raised = this.asException(e, s.range);
    }
    if (!raised) throw new PyException("Failed", `DID NOT RAISE ${expected.join(" or ")}`, call.range);
    if (!expected.some((t) => matches(raised!.type, t))) throw raised;
    if (pattern && pattern.k === "str") {
      let re: RegExp;
      try { re = new RegExp(pattern.v); } catch { throw new UserError("E-call", `match= is not a valid regular expression: ${pattern.v}`, matchKw!.value.range); }
      if (!re.test(raised.message)) throw new PyException("AssertionError", `Regex pattern did not match.\n Regex: ${pyRepr(pattern)}\n Input: ${pyRepr({ k: "str", v: raised.message })}`, call.range);
    }
    if (item.vars) this.assign(item.vars, { k: "exception", type: raised.type, message: raised.message }, scope);
    return true;
  }

  /** Records `@pytest.mark.parametrize(...)` / `@pytest.mark.skip(...)` on a function. */
  private pytestMark(def: ast.FunctionDef, mark: string, d: ast.Expr, scope: Scope): void {
    const cur = this.marks.get(def) ?? { parametrize: [] };
    if (mark === "parametrize" && d.kind === "Call") {
      const names = this.eval(d.args[0]!, scope);
      const values = this.eval(d.args[1]!, scope);
      const list = names.k === "str" ? names.v.split(",").map((x) => x.trim()).filter(Boolean) : names.k === "list" || names.k === "tuple" ? names.items.map((x) => (x.k === "str" ? x.v : "?")) : [];
      if (values.k !== "list" && values.k !== "tuple") throw new UserError("E-call", "pytest.mark.parametrize takes a list of values", d.range);
      this.marks.set(def, { ...cur, parametrize: [...cur.parametrize, { names: list, values: values.items }] });
    } else if (mark === "skip" || mark === "skipif") {
      const call = d.kind === "Call" ? d : undefined;
      const cond = mark === "skipif" && call?.args[0] ? this.truth(this.eval(call.args[0], scope)) : true;
      const reasonKw = call?.keywords.find((k) => k.name === "reason");
      const reason = reasonKw ? pyStrOf(this.eval(reasonKw.value, scope)) : call?.args[mark === "skip" ? 0 : 1] ? pyStrOf(this.eval(call.args[mark === "skip" ? 0 : 1]!, scope)) : "";
      if (cond) this.marks.set(def, { ...cur, skip: reason || "unconditional skip" });
    }
  }

  private moduleValue(path: string): PyValue {
    if (!knownModule(path)) return { k: "opaque", what: `module ${path}` };
    return { k: "module", path: path.startsWith("numpy") ? (["numpy.random", "numpy.testing"].includes(path) ? path : "numpy") : path };
  }

  private assign(target: ast.Expr, v: PyValue, scope: Scope): void {
    switch (target.kind) {
      case "Name":
        (scope.globalNames?.has(target.id) ? this.globals : scope).set(target.id, v);
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
        // `a[y][x] = v` on an ndarray: numpy's a[y] is a view, so the store reaches a. Arrays here own
        // their data (a[y] is a copy), so integer-indexed chains become one index, a[y, x] = v.
        const chain = this.ndarrayChain(target, scope);
        if (chain) {
          if (v.k === "opaque") return;
          setItem(chain.base, chain.items, toArray(v));
          return;
        }
        const obj = this.eval(target.value, scope);
        if (obj.k === "list") {
          const i = this.indexOf(this.eval(target.index, scope), obj.items.length, target.index.range);
          obj.items[i] = v;
          return;
        }
        if (obj.k === "dict") {
          dictSet(obj, this.eval(target.index, scope), v, target.index.range);
          return;
        }
        if (obj.k === "ndarray") {
          if (v.k === "opaque") return;
          setItem(obj.a, this.indexItems(target.index, scope), toArray(v));
          return;
        }
        if (obj.k === "opaque") return;
        throw new UserError("E-assign", `cannot assign to an item of ${describe(obj)}`, target.range);
      }
      case "Attribute": {
        const obj = this.eval(target.value, scope);
        if (obj.k === "opaque") return;
        if (obj.k === "object" || obj.k === "class") {
          obj.attrs.set(target.attr, v);
          return;
        }
        throw new UserError("E-assign", `cannot set attribute '${target.attr}' of ${describe(obj)}`, target.range);
      }
      default:
        throw new UserError("E-assign", "cannot assign to this expression", target.range);
    }
  }

  /**
   * `base[i][j]...` read level by level, except that on an ndarray integer-indexed levels are joined
   * into one index while they address a sub-array: numpy's `a[y]` is a view, so `a[y][x]` reads one
   * element, where a copy of the row per read (arrays here own their data) made Allo's testbench loops
   * (`np_C[y][x] += np_A[y + r][x + c] * np_F[r][c]`) cost a row per element.
   */
  private subscriptChain(e: ast.Subscript, scope: Scope): PyValue {
    const { levels, root } = subscriptLevels(e);
    let obj = this.eval(root, scope);
    for (let i = 0; i < levels.length; ) {
      if (obj.k !== "ndarray" || i === levels.length - 1) {
        obj = this.subscript(obj, levels[i]!, scope);
        i++;
        continue;
      }
      const a = obj.a;
      const items: IndexItem[] = this.indexItems(levels[i]!.index, scope);
      while (i + 1 < levels.length && items.length < a.ndim && !items.some((x) => x.k !== "int")) items.push(...this.indexItems(levels[++i]!.index, scope));
      const at = levels[i]!.range;
      obj = wrapItem(this.numpy(() => getItem(a, items), at));
      i++;
    }
    return obj;
  }

  /**
   * For an assignment target `base[i]...[j][k]` (at least two subscripts) whose base is an ndarray: the
   * base and the joined index items when every subscript but the last is integers only; a chain with
   * slices in front would write into a copy here (numpy writes through its view), so it is refused.
   */
  private ndarrayChain(target: ast.Subscript, scope: Scope): { base: NDArrayCtor; items: IndexItem[] } | undefined {
    const { levels, root } = subscriptLevels(target);
    if (levels.length < 2) return undefined;
    const base = this.eval(root, scope);
    if (base.k !== "ndarray") return undefined;
    const items: IndexItem[] = [];
    levels.forEach((l, i) => {
      const its = this.indexItems(l.index, scope);
      if (i < levels.length - 1 && its.some((x) => x.k !== "int")) {
        throw new UserError("E-numpy", "assigning through a sliced view (a[1:3][0] = v) is not supported here; index once, e.g. a[1:3, 0] = v", l.range);
      }
      items.push(...its);
    });
    return { base: base.a, items };
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
    if (v.k === "ndarray") {
      if (v.a.ndim === 0) throw new UserError("E-iterate", "iteration over a 0-d array", at);
      return Array.from({ length: v.a.shape[0]! }, (_, i) => wrapItem(getItem(v.a, [{ k: "int", v: i }])));
    }
    if (v.k === "tensor") {
      if (v.a.ndim === 0) throw new PyException("TypeError", "iteration over a 0-d tensor", at);
      return Array.from({ length: v.a.shape[0]! }, (_, i): PyValue => ({ k: "tensor", a: getItem(v.a, [{ k: "int", v: i }]) }));
    }
    if (v.k === "dict") return dictKeys(v);
    if (v.k === "set") return setItems(v);
    if (v.k === "native" && v.o.iterate) return v.o.iterate(at);
    if (v.k === "str") return [...v.v].map((c) => pyStr(c));
    if (v.k === "opaque") return [];
    if (v.k === "object") {
      const it = this.special(v, "__iter__", [], at);
      if (it) return this.iterate(it, at);
    }
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
        const v = (scope.globalNames?.has(e.id) ? this.globals.lookup(e.id) : scope.lookup(e.id)) ?? builtinName(e.id);
        if (!v) {
          const guess = didYouMean(e.id, scopeNames(scope));
          throw new UserError("E-name", `name '${e.id}' is not defined${didYouMeanText(guess)}`, e.range, guess === undefined ? undefined : { range: e.range, text: guess });
        }
        return v;
      }
      case "Tuple":
        if (e.set) return newSet(e.elts.map((x) => this.eval(x, scope)), e.range);
        return { k: "tuple", items: e.elts.map((x) => this.eval(x, scope)) };
      case "List": return { k: "list", items: e.elts.map((x) => this.eval(x, scope)) };
      case "Dict": {
        const d = newDict();
        e.keys.forEach((k, i) => dictSet(d, this.eval(k, scope), this.eval(e.values[i]!, scope), k.range));
        return d;
      }
      case "BinOp": {
        const l = this.eval(e.left, scope);
        const r = this.eval(e.right, scope);
        return this.binop(e.op, l, r, e.range);
      }
      case "UnaryOp": {
        const x = this.eval(e.operand, scope);
        if (e.op === "not") return x.k === "opaque" ? x : pyBool(!this.truth(x));
        if (x.k === "opaque") return x;
        if (x.k === "ndarray") return this.numpy(() => arrayUnary(e.op as "-" | "+" | "~", x.a), e.range);
        if (x.k === "tensor" && e.op === "-") return this.numpy(() => tensorNeg(x), e.range);
        if (x.k === "tensor" && e.op === "+") return x;
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
          if (v.k === "opaque") return v;
          if (e.op === "and" ? !this.truth(v) : this.truth(v)) return v;
        }
        return v;
      }
      case "Compare": {
        let left = this.eval(e.left, scope);
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.eval(e.comparators[i]!, scope);
          if ((left.k === "opaque" || right.k === "opaque") && (e.ops[i] === "is" || e.ops[i] === "is not") && (left.k === "none" || right.k === "none")) {
            if (e.ops[i] === "is") return pyBool(false); // an opaque result is never None
            left = right;
            continue;
          }
          if (left.k === "opaque" || right.k === "opaque") return { k: "opaque", what: "comparison with a value only a script run computes" };
          const op = e.ops[i]!;
          const lv = left;
          const tc = (lv.k === "tensor" || right.k === "tensor") && !["in", "not in", "is", "is not"].includes(op) ? this.numpy(() => tensorCompare(op as "==", lv, right), e.range) : undefined;
          const arr = tc ?? this.numpy(() => arrayCompare(op, lv, right), e.range);
          if (arr) {
            if (e.ops.length === 1) return arr;
            if (!this.truth(arr)) return pyBool(false);
            left = right;
            continue;
          }
          if (!this.compare(e.ops[i]!, left, right, e.range)) return pyBool(false);
          left = right;
        }
        return pyBool(true);
      }
      case "IfExp":
        return this.truth(this.eval(e.test, scope)) ? this.eval(e.body, scope) : this.eval(e.orelse, scope);
      case "Attribute": return this.attribute(this.eval(e.value, scope), e);
      case "Subscript": return e.value.kind === "Subscript" ? this.subscriptChain(e, scope) : this.subscript(this.eval(e.value, scope), e, scope);
      case "Call": return this.call(e, scope);
      case "Slice": throw new UserError("E-slice", "a slice is only allowed inside [ ]", e.range);
      case "JoinedStr":
        return pyStr(e.parts.map((p) => {
          if (typeof p === "string") return p;
          const v = this.eval(p.value, scope);
          const conv = p.conversion === "r" ? pyStr(pyRepr(v)) : p.conversion === "s" ? pyStr(pyStrOf(v, this.host)) : v;
          return p.spec ? formatSpec(conv, p.spec) : pyStrOf(conv, this.host);
        }).join(""));
      case "ListComp": {
        const out: PyValue[] = [];
        const d = newDict();
        const local = new Scope(scope);
        const loop = (g: number): void => {
          if (g === e.generators.length) {
            // Python evaluates a dict comprehension's key before its value; a repeated key keeps the last value.
            if (e.key) { const k = this.eval(e.key, local); dictSet(d, k, this.eval(e.elt, local), e.key.range); }
            else out.push(this.eval(e.elt, local));
            return;
          }
          const gen = e.generators[g]!;
          for (const x of this.iterate(this.eval(gen.iter, local), gen.iter.range)) {
            if (++this.steps > this.limits.scriptSteps) throw new UserError("E-script-budget", stepsMessage("this comprehension runs too long", this.limits), e.range);
            this.assign(gen.target, x, local);
            if (gen.ifs.every((c) => this.truth(this.eval(c, local)))) loop(g + 1);
          }
        };
        loop(0);
        if (e.key) return d;
        return e.form === "set" ? newSet(out, e.range) : { k: "list", items: out };
      }
      case "Starred": throw new UserError("E-unsupported", "a starred expression (*x) is only supported as a call argument", e.range);
      case "ErrorExpr": throw new UserError("E-syntax-follow", "", e.range);
      case "UnsupportedExpr": throw new UserError("E-unsupported", `${e.what} is not supported in an Allo design file`, e.range);
    }
  }

  /** Accounts for a new string or list of `n` characters / items before it is built. */
  private allocate(n: number, isString: boolean, at: SourceRange): void {
    if (isString) checkStringSize(n, this.limits, at);
    else checkListSize(n, this.limits, at);
    this.allocated += n;
    checkItems(this.allocated, this.limits, at);
  }

  /** Runs a numpy operation, raising its errors as Python exceptions at `at`. */
  private numpy<T>(f: () => T, at: SourceRange): T {
    setIndexTupleLimit(this.limits.scriptList);
    this.numpyWork ??= { left: this.limits.scriptNumpyWork };
    try {
      return withWorkMeter(this.numpyWork, f);
    } catch (e) {
      if (e instanceof NumpyWorkExceeded) throw new UserError("E-script-limit", numpyWorkMessage(this.limits), at);
      if (e instanceof NumpyError) throw new PyException(e.pyType, e.message, at);
      throw e;
    }
  }

  private binop(op: ast.BinOperator, l: PyValue, r: PyValue, at: SourceRange): PyValue {
    if (l.k === "opaque") return l;
    if (r.k === "opaque") return r;
    if (l.k === "tensor" || r.k === "tensor") {
      if (this.preludeDepth === 0) this.userCallAt = at;
      const t = this.numpy(() => tensorBinop(op, l, r), at);
      if (t) return t;
    }
    const arr = this.numpy(() => arrayBinop(op, l, r), at);
    if (arr) return arr;
    if (l.k === "set" && r.k === "set") {
      const v = setBinop(op, l, r);
      if (v) return v;
    }
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
      const n = r.v < 0n ? 0 : r.v > BigInt(this.limits.scriptItems) ? Infinity : Number(r.v);
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
      checkIntResult(op, a.v, b.v, this.limits, at);
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
    if ((op === "in" || op === "not in") && r.k === "str") {
      if (l.k !== "str") throw new UserError("E-operand", `'in <string>' requires string as left operand, not ${describe(l)}`, at);
      return r.v.includes(l.v) === (op === "in");
    }
    if ((op === "in" || op === "not in") && r.k === "set") return setHas(r, l, at) === (op === "in");
    if ((op === "in" || op === "not in") && r.k === "dict") return dictHas(r, l, at) === (op === "in");
    if (l.k === "set" && r.k === "set") {
      const v = setCompare(op, l, r);
      if (v !== undefined) return v;
    }
    if (op === "in" || op === "not in") {
      const items = r.k === "list" || r.k === "tuple" ? r.items : undefined;
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
      case "object":
        return this.objectAttr(obj, name, e.attrRange);
      case "tensor": {
        if (TENSOR_METHODS.has(name)) return { k: "bound", self: obj, name };
        const v = this.numpy(() => tensorAttribute(obj, name), e.attrRange);
        if (!v) throw new PyException("AttributeError", `'Tensor' object has no attribute '${name}' (Allo Studio's torch subset)`, e.attrRange);
        return v;
      }
      case "class": {
        if (name === "__name__") return pyStr(obj.name);
        const v = classLookup(obj, name)?.value;
        if (v === undefined) throw new PyException("AttributeError", `type object '${obj.name}' has no attribute '${name}'`, e.attrRange);
        return v;
      }
      case "super": {
        const v = superAttribute(obj.cls, obj.self, name);
        if (v === undefined) {
          if (name === "__init__") return { k: "builtin", name: "object.__init__" };
          throw new PyException("AttributeError", `'super' object has no attribute '${name}'`, e.attrRange);
        }
        return v;
      }
      case "method":
        if (name === "__self__") return obj.self;
        if (name === "__name__") return pyStr(obj.fn.def.name);
        break;
      case "function":
        if (name === "__name__") return pyStr(obj.def.name);
        break;
      case "ndarray": {
        const v = ndarrayAttribute(obj.a, name, obj);
        if (!v) throw new PyException("AttributeError", `'numpy.ndarray' object has no attribute '${name}'`, e.attrRange);
        return v;
      }
      case "rng":
        return { k: "bound", self: obj, name };
      case "exception":
        if (name === "value") return obj;
        if (name === "type") return { k: "builtin", name: `exc.${obj.type}` };
        if (name === "args") return { k: "tuple", items: [pyStr(obj.message)] };
        break;
      case "built":
        if (name === "hls_code") return this.host.mode === "design" ? { k: "opaque", what: "the HLS code of a build (made when the script runs: allo-studio script)" } : pyStr(this.host.builtText(obj));
        return { k: "opaque", what: `${describe(obj)}.${name}` };
      case "native": {
        if (obj.o.methods.has(name)) return { k: "bound", self: obj, name };
        const v = obj.o.attr(name, e.attrRange);
        if (v === undefined) throw new PyException("AttributeError", `'${obj.o.typeName}' object has no attribute '${name}'`, e.attrRange);
        return v;
      }
      case "str":
        if (STR_METHODS.has(name)) return { k: "bound", self: obj, name };
        throw new PyException("AttributeError", `'str' object has no attribute '${name}'`, e.attrRange);
      case "set":
        if (SET_METHODS.has(name)) return { k: "bound", self: obj, name };
        throw new PyException("AttributeError", `'${obj.frozen ? "frozenset" : "set"}' object has no attribute '${name}'`, e.attrRange);
      case "module": {
        if (obj.path === "torch" || obj.path.startsWith("torch.")) return this.torchAttr(obj.path, name, e.attrRange);
        if (obj.path === "os" && name === "environ") return this.environ;
        if (isLibraryModule(obj.path)) return this.libraryMember(obj.path, name, e.attrRange);
        const v = obj.path.startsWith("numpy") ? numpyMember(obj.path, name) : obj.path.startsWith("pytest") ? pytestMember(obj.path, name) : moduleMember(obj.path, name);
        if (!v) {
          // `allo.grdi`: the member meant, with the fix, marked at the misspelled name.
          const guess = didYouMean(name, moduleMembers(obj.path));
          throw new UserError("E-attr", `module '${obj.path}' has no attribute '${name}'${didYouMeanText(guess)}`, e.attrRange, guess === undefined ? undefined : { range: e.attrRange, text: guess });
        }
        return v;
      }
      case "schedule": {
        if (SCHEDULE_METHODS.has(name)) return { k: "bound", self: obj, name };
        // print(s.module): the MLIR after the steps so far (Allo applies primitives immediately)
        if (name === "module" && this.host.mode === "script") return { k: "built", s: obj.s, target: "mlir", steps: obj.s.records.length };
        if (name === "top_func_name") return pyStr(obj.s.top);
        if (name === "inst_list") return { k: "list", items: [...(obj.s.instList ?? [])] };
        if (name === "module" || name === "top_func" || name === "primitive_sequences" || name === "func_args") return { k: "opaque", what: `schedule.${name}` };
        return this.bufferHandle(obj.s, obj.s.top, name, e.attrRange);
      }
      case "loop-handle": {
        // `loops.C.loops`: the band's loops by name, in nest order (Allo's OrderedDict of loop handles)
        const names = name === "loops" ? this.bandLoops(obj) : undefined;
        if (names) return { k: "dict", entries: new Map(names.map((n) => [n, { ...obj, path: [...obj.path, n], range: e.range }])) };
        return { ...obj, path: [...obj.path, name], range: e.range };
      }
      case "memory":
        // Allo's Memory fields, and the memory-space code its MLIR types carry (resource * 16 + storage type)
        if (name === "resource") return pyStr(obj.resource);
        if (name === "storage_type") return obj.storageType === undefined ? NONE : pyStr(obj.storageType);
        if (name === "latency") return obj.latency === undefined ? NONE : pyInt(obj.latency);
        if (name === "depth") return obj.depth === undefined ? NONE : pyInt(obj.depth);
        if (name === "get_memory_space") return { k: "bound", self: obj, name };
        break;
      case "type": case "array-type":
        if (name === "bits") return pyInt(obj.k === "type" ? bitsOf(obj.t) : bitsOf(obj.t.elem));
        if (name === "fracs") return pyInt(fracsOf(obj.k === "type" ? obj.t : obj.t.elem));
        if (name === "exponent") {
          const t = obj.k === "type" ? obj.t : obj.t.elem;
          if (t.kind === "float") return pyInt(t.bits - 1 - fracsOf(t));
        }
        break;
      case "list":
        if (LIST_METHODS.has(name)) return { k: "bound", self: obj, name };
        break;
      case "tuple":
        if (name === "index" || name === "count") return { k: "bound", self: obj, name };
        break;
      case "dict":
        if (["items", "keys", "values", "get", "update", "pop", "setdefault", "copy", "clear"].includes(name)) return { k: "bound", self: obj, name };
        break;
      case "opaque":
        return obj;
      case "builtin": {
        // `Layout.Shard` / `Layout.Replicate` (Allo's allo.memory.Layout)
        const v = obj.name === "allo.Layout" ? moduleMember("allo.Layout", name) : undefined;
        if (v) return v;
        break;
      }
      default:
        break;
    }
    throw new UserError("E-attr", `${describe(obj)} has no attribute '${name}'`, e.attrRange);
  }

  /**
   * `np.load("w.npy")`: a .npy file next to the design, given by the host. `np.load("w.npz")`: the
   * archive's arrays as a dict by name (numpy's NpzFile is a mapping), e.g. for model.load_state_dict.
   */
  private npLoad(args: PyValue[], e: ast.Call): PyValue {
    const p = args[0];
    if (!p || p.k !== "str") throw new UserError("E-call", "np.load takes the path of a .npy or .npz file next to the design, e.g. np.load(\"fc1_weight.npy\")", e.range);
    const key = p.v.replace(/^(\.\/)+/, "");
    const bytes = this.files[key];
    if (!bytes) throw new UserError("E-file", `np.load: there is no file '${p.v}' next to the design${Object.keys(this.files).length ? ` (files: ${Object.keys(this.files).join(", ")})` : ""}; put the file beside the design file`, e.args[0]!.range);
    const array = (b: Uint8Array, what: string): PyValue => {
      const npy = readNpyPacked(b);
      if ("error" in npy) throw new UserError("E-file", `np.load('${what}'): ${npy.error}`, e.args[0]!.range);
      const dtype = npy.dtype as DType;
      if (!DTYPES.includes(dtype)) throw new UserError("E-file", `np.load('${what}'): dtype ${npy.dtype} is not supported`, e.args[0]!.range);
      // Kept packed: weights that only become a kernel's constant table never turn into JS numbers.
      if (npy.packed) return { k: "ndarray", a: NDArrayCtor.packed(dtype, npy.shape, npy.packed) };
      return { k: "ndarray", a: NDArrayCtor.fromFlat(dtype, npy.shape, (npy.data as (number | bigint)[]).map(Number)) };
    };
    if (!key.endsWith(".npz")) return array(bytes, p.v);
    const members = readNpz(bytes);
    if ("error" in members) throw new UserError("E-file", `np.load('${p.v}'): ${members.error}`, e.args[0]!.range);
    return { k: "dict", entries: new Map(Object.entries(members.members).map(([n, b]) => [n, array(b, `${p.v}:${n}`)])) };
  }

  /** `np.savetxt(path, a, fmt=...)` / `np.loadtxt(path, dtype=...)` on the script's own files. */
  private npText(name: string, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call): PyValue {
    const p = args[0] ?? kwargs.get("fname");
    if (!p || p.k !== "str") throw new PyException("TypeError", `${name.replace("numpy.", "np.")}() takes a file name first`, e.range);
    const str = (v: PyValue | undefined): string | undefined => (v && v.k === "str" ? v.v : undefined);
    return this.numpy(() => {
      if (name === "numpy.savetxt") {
        const x = args[1] ?? kwargs.get("X");
        if (!x) throw new PyException("TypeError", "np.savetxt() needs the array to save", e.range);
        this.fs.write(p.v, saveTxt(toArray(x), str(kwargs.get("fmt") ?? args[2]), str(kwargs.get("delimiter") ?? args[3]), str(kwargs.get("newline"))), e.range);
        return NONE;
      }
      const d = kwargs.get("dtype") ?? args[1];
      const dtype = d && d.k === "builtin" && d.name.startsWith("numpy.") ? (d.name.slice(6) as DType) : d && d.k === "str" ? (d.v as DType) : "float64";
      if (!DTYPES.includes(dtype)) throw new PyException("TypeError", `np.loadtxt(): dtype ${describe(d!)} is not supported`, e.range);
      return { k: "ndarray", a: loadTxt(this.fs.read(p.v, e.range), dtype, str(kwargs.get("delimiter"))) };
    }, e.range);
  }

  /** The scope of library module `path`, run on first use; `at` is where the design imports it. */
  private libraryScope(path: string, at: SourceRange): Scope {
    let scope = this.libraries.get(path);
    if (!scope) {
      scope = new Scope();
      scope.set("__name__", pyStr(path));
      this.libraries.set(path, scope);
      this.execBlock(relocatedLibrary(path, at).body, scope, false);
    }
    return scope;
  }

  private libraryMember(path: string, name: string, at: SourceRange): PyValue {
    const v = this.libraryScope(path, at).vars.get(name);
    if (v !== undefined && name !== "__name__") return v;
    const names = [...this.libraryScope(path, at).vars.keys()].filter((n) => n !== "__name__" && n !== "allo" && !TYPE_ALIASES.has(n) && n !== "Int" && n !== "UInt");
    const guess = didYouMean(name, names);
    throw new UserError("E-attr", `module '${path}' has no member '${name}'${didYouMeanText(guess)} (it has: ${names.join(", ")})`, at, guess === undefined ? undefined : { range: at, text: guess });
  }

  /** `s.compose(kernel, instantiate=[...])`: customizes a library kernel and applies its registered schedule. */
  private librarySchedule(fn: PyValue & { k: "function" }, inst: PyValue | undefined, e: ast.Call): PyValue {
    const reg = scheduleOf(fn.def.name);
    const lib = reg && this.libraries.get(reg.module);
    const schedFn = lib?.vars.get(reg!.schedule);
    if (!reg || !schedFn || schedFn.k !== "function" || lib?.vars.get(fn.def.name) !== fn) {
      throw new UserError("E-compose", `compose(${fn.def.name}) needs a schedule: pass allo.customize(${fn.def.name}, ...) with its primitives, or a library kernel that has one (Allo's KERNEL2SCHEDULE)`, e.args[0]?.range ?? e.range);
    }
    const kw = new Map<string, PyValue>(inst ? [["instantiate", inst]] : []);
    const sch = this.customize([fn], kw, e, this.globals);
    // a sub-schedule of this compose, never the design itself
    if (sch.k === "schedule") this.schedules.splice(this.schedules.indexOf(sch.s), 1);
    this.callPython(schedFn, [sch], new Map(), e);
    return sch;
  }

  private bufferHandle(s: ScheduleValue, func: string, name: string, at: SourceRange): PyValue {
    if (s.module) {
      const f = s.module.funcs.find((x) => x.name === func);
      const known = new Set<string>();
      if (f) {
        for (const p of f.params) known.add(p.name);
        walkStmts(f.body, (st) => {
          if (st.kind === "alloc") known.add(st.buf.name);
          // a call's result, named by the assignment around it (temp1 = f(x))
          if (st.kind === "call") for (const r of st.results) known.add(r.name);
        });
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
          // Allo lowers T[...] to a memref of unknown size (memref<?xT>); the size is the argument's at run time.
          // Only the first dimension may be dynamic: the others give the row-major strides of the C++ array.
          if (x.kind === "Ellipsis") {
            if (x !== items[0]) throw new UserError("E-shape", `only the first dimension of an array can be dynamic, e.g. ${typeToString(obj.t)}[..., 4] (rows of 4 of any number); the other sizes must be constants`, x.range);
            return DYN;
          }
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
      case "tuple": case "list": case "str": {
        const items: readonly (PyValue | string)[] = obj.k === "str" ? [...obj.v] : obj.items;
        if (idx.kind === "Slice") {
          const n = items.length;
          const b = (x: ast.Expr | undefined) => {
            if (!x) return undefined;
            const v = this.eval(x, scope);
            return v.k === "none" ? undefined : this.intOf(v, x.range);
          };
          const pos = sliceRange(n, b(idx.lower), b(idx.upper), b(idx.step) ?? 1);
          if (obj.k === "str") return pyStr(pos.map((i) => items[i] as string).join(""));
          const sl = pos.map((i) => items[i] as PyValue);
          return obj.k === "list" ? { k: "list", items: sl } : { k: "tuple", items: sl };
        }
        const item = items[this.indexOf(this.eval(idx, scope), items.length, idx.range)]!;
        return typeof item === "string" ? pyStr(item) : item;
      }
      case "dict": {
        const key = this.eval(idx, scope);
        const v = dictGet(obj, key, idx.range);
        if (!v) throw new UserError("E-key", `key ${pyRepr(key)} is not in the dict`, idx.range);
        return v;
      }
      case "ndarray":
        return wrapItem(this.numpy(() => getItem(obj.a, this.indexItems(idx, scope)), e.range));
      case "loop-handle": {
        const key = this.eval(idx, scope);
        if (key.k !== "str") throw new UserError("E-loop", "loop names are strings", idx.range);
        return { ...obj, path: [...obj.path, key.v], range: e.range };
      }
      case "opaque":
        return obj;
      case "tensor": {
        if (!obj.node) return { k: "tensor", a: this.numpy(() => getItem(obj.a, this.indexItems(idx, scope)), e.range) };
        const items = this.indexItems(idx, scope);
        return this.numpy(() => tIndex(obj, items), e.range);
      }
      case "object": {
        const v = this.special(obj, "__getitem__", [this.eval(idx, scope)], e.range);
        if (v) return v;
        break;
      }
      default:
        break;
    }
    throw new UserError("E-subscript", `${describe(obj)} cannot be indexed`, e.range);
  }

  /** The items of `a[...]` on an ndarray: slices and `...` read from the syntax, the rest evaluated. */
  private indexItems(idx: ast.Expr, scope: Scope): IndexItem[] {
    if (idx.kind !== "Tuple" && idx.kind !== "Slice" && idx.kind !== "Ellipsis") {
      // `a[t]` with a tuple value t is `a[t[0], t[1], ...]`, as in numpy (`for ij in np.ndindex(...)`)
      const v = this.eval(idx, scope);
      return v.k === "tuple" ? v.items.map((x) => this.numpy(() => indexItem(x), idx.range)) : [this.numpy(() => indexItem(v), idx.range)];
    }
    const items = idx.kind === "Tuple" ? idx.elts : [idx];
    return items.map((x): IndexItem => {
      if (x.kind === "Ellipsis") return { k: "ellipsis" };
      if (x.kind === "Slice") {
        const n = (b: ast.Expr | undefined) => {
          if (!b) return undefined;
          const v = this.eval(b, scope);
          return v.k === "none" ? undefined : this.intOf(v, b.range);
        };
        return { k: "slice", lo: n(x.lower), hi: n(x.upper), step: n(x.step) };
      }
      const v = this.eval(x, scope);
      return this.numpy(() => indexItem(v), x.range);
    });
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
    const args: PyValue[] = [];
    for (const a of e.args) {
      if (a.kind === "Starred") args.push(...this.iterate(this.eval(a.value, scope), a.value.range));
      else args.push(this.eval(a, scope));
    }
    const kwargs = new Map<string, PyValue>();
    for (const k of e.keywords) kwargs.set(k.name, this.eval(k.value, scope));
    if (this.preludeDepth === 0) this.userCallAt = e.range;
    return this.callValue(f, args, kwargs, e, scope);
  }

  /** Calls any callable value with evaluated arguments. */
  private callValue(f: PyValue, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call, scope: Scope): PyValue {
    switch (f.k) {
      case "function":
        return this.callPython(f, args, kwargs, e);
      case "class":
        return this.instantiate(f, args, kwargs, e);
      case "method":
        return this.callPython(f.fn, [f.self, ...args], kwargs, e);
      case "object": {
        // nn.Module's __call__ runs forward (hooks aside); any class may define __call__ itself.
        const m = classLookup(f.cls, "__call__") ?? classLookup(f.cls, "forward");
        if (m && m.value.k === "function") return this.callPython(m.value, [f, ...args], kwargs, e);
        break;
      }
      case "builtin":
        if (f.name === "numpy.load") return this.npLoad(args, e);
        if (f.name === "numpy.savetxt" || f.name === "numpy.loadtxt") return this.npText(f.name, args, kwargs, e);
        if (f.name.startsWith("torch.")) {
          if (f.name === "torch.Tensor" || f.name.startsWith("torch.float") || f.name === "torch.int64" || f.name === "torch.long" || f.name === "torch.bool") throw new PyException("TypeError", `${f.name} is a type here, not a constructor; use torch.tensor(...)`, e.range);
          return this.numpy(() => callTorch(f.name, args, kwargs, this.torch), e.range);
        }
        if (f.name === "allo.frontend.from_pytorch") return this.fromPytorch(args, kwargs, e, scope);
        if (f.name === "allo.backend.hls.is_available" || f.name === "allo.backend.xls.is_available") return pyBool(false);
        if (f.name.startsWith("numpy.")) {
          if (args.some((a) => a.k === "opaque") || [...kwargs.values()].some((a) => a.k === "opaque")) return { k: "opaque", what: `result of ${f.name}` };
          return this.numpy(() => callNumpy(f.name, args, kwargs), e.range);
        }
        if (f.name.startsWith("allo.") && isAlloDslFunction(f.name.slice(5))) {
          // allo.matmul(np_A, np_B) in a script: allo/dsl.py's numpy model
          if (args.some((a) => a.k === "opaque") || [...kwargs.values()].some((a) => a.k === "opaque")) return { k: "opaque", what: `result of ${f.name}` };
          return this.numpy(() => callAlloDsl(f.name.slice(5), args, kwargs), e.range);
        }
        return this.callBuiltin(f.name, args, kwargs, e, scope);
      case "built":
        if (this.host.mode === "design") for (const a of e.args) for (const n of namesIn(a)) this.unknownNames.add(n);
        if (args.some((a) => a.k === "opaque")) return { k: "opaque", what: "result of a simulated module" };
        return this.host.callBuilt(f, args, e.range);
      case "bound":
        if (f.self.k === "ndarray") { const self = f.self; return this.numpy(() => ndarrayMethod(self.a, f.name, args, kwargs), e.range); }
        if (f.self.k === "tensor") { const self = f.self; return this.numpy(() => tensorMethod(self, f.name, args, kwargs), e.range); }
        if (f.self.k === "rng") { const self = f.self; return this.numpy(() => rngMethod(self.g, f.name, args, kwargs), e.range); }
        if (f.self.k === "schedule") return this.scheduleMethod(f.self.s, f.name, args, kwargs, e);
        if (f.self.k === "native") return f.self.o.call(f.name, args, kwargs, e.range);
        if (f.self.k === "memory") return pyInt(memorySpace(f.self.resource, f.self.storageType));
        if (f.self.k === "str") return strMethod(f.self.v, f.name, args, kwargs, e.range, this.strHooks(e.range));
        if (f.self.k === "set") return setMethod(f.self, f.name, args, e.range, (v) => this.iterate(v, e.range));
        if (f.self.k === "dict") {
          const d = f.self;
          if (f.name === "get") return dictGet(d, args[0] ?? NONE, e.range) ?? args[1] ?? NONE;
          if (f.name === "update") {
            if (args[0]) {
              if (args[0].k === "dict") dictUpdate(d, args[0], e.range);
              else for (const kv of this.iterate(args[0], e.range)) { const [k, v] = this.unpack(kv, 2, e.range); dictSet(d, k!, v!, e.range); }
            }
            for (const [k, v] of kwargs) dictSet(d, pyStr(k), v, e.range);
            return NONE;
          }
          if (f.name === "pop" || f.name === "setdefault") {
            const key = args[0] ?? NONE;
            const cur = dictGet(d, key, e.range);
            if (f.name === "setdefault") { if (cur === undefined) dictSet(d, key, args[1] ?? NONE, e.range); return cur ?? args[1] ?? NONE; }
            if (cur === undefined) { if (args[1]) return args[1]; throw new PyException("KeyError", pyRepr(key), e.range); }
            dictDelete(d, key, e.range);
            return cur;
          }
          if (f.name === "copy") return dictCopy(d);
          if (f.name === "clear") { dictClear(d); return NONE; }
          const keys = dictKeys(d);
          const vals = [...d.entries.values()];
          return { k: "list", items: f.name === "keys" ? keys : f.name === "values" ? vals : keys.map((k, i): PyValue => ({ k: "tuple", items: [k, vals[i]!] })) };
        }
        if (f.self.k === "list" || f.self.k === "tuple") return this.listMethod(f.self, f.name, args, kwargs, e, scope);
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
    if (this.preludeDefs.has(f.def) && this.preludeDepth === 0) {
      // The torch prelude's own lines are not the user's: its errors point at the user's call.
      this.preludeDepth++;
      try {
        return this.callPythonBody(f, args, kwargs, e);
      } catch (x) {
        if (x instanceof PyException) throw new PyException(x.type, x.message, e.range, x.diagnostics);
        if (x instanceof UserError) throw new UserError(x.code, x.message, e.range);
        if (x instanceof NumpyError) throw new PyException(x.pyType, x.message, e.range);
        throw x;
      } finally {
        this.preludeDepth--;
      }
    }
    if (this.preludeDefs.has(f.def)) {
      this.preludeDepth++;
      try { return this.callPythonBody(f, args, kwargs, e); } finally { this.preludeDepth--; }
    }
    return this.callPythonBody(f, args, kwargs, e);
  }

  private callPythonBody(f: PyValue & { k: "function" }, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call): PyValue {
    const d = f.def;
    const variadic = d.args.findIndex((a) => a.annotation?.kind === "UnsupportedExpr" && a.annotation.what === "variadic parameter");
    if (variadic >= 0 && (f.owner || this.preludeDefs.has(d) || !looksLikeKernel({ ...d, args: d.args.filter((_, i) => i !== variadic) }))) {
      // def f(a, *rest): the extra positional arguments as a tuple.
      const fixed = d.args.slice(0, variadic);
      const rest = args.slice(fixed.length);
      const def: ast.FunctionDef = { ...d, args: [...fixed, { name: d.args[variadic]!.name.replace(/^\*/, ""), range: d.args[variadic]!.range }, ...d.args.slice(variadic + 1)] };
      if (this.preludeDefs.has(d)) this.preludeDefs.add(def);
      return this.callPythonBody({ ...f, def }, [...args.slice(0, fixed.length), { k: "tuple", items: rest }], kwargs, e);
    }
    if (!f.owner && (d.typeParams.length > 0 || d.args.some((a) => a.annotation) || this.returnsAlloType(f))) {
      // A kernel called at module level: Allo runs it in CPython; a script runs it on the simulator.
      if (this.host.mode === "script" && d.typeParams.length === 0) return this.host.callBuilt(this.directBuild(f, e), args, e.range);
      return { k: "opaque", what: `result of kernel ${d.name}` };
    }
    if (this.depth >= MAX_CALL_DEPTH) throw new UserError("E-recursion", "too many nested calls in the schedule script", e.range);
    const local = new Scope(f.scope);
    // The zero-argument super() reads the defining class and the first argument, as CPython's cell does.
    if (f.owner) {
      local.set("__class__", f.owner);
      if (args[0]) local.set(" self", args[0]);
    }
    if (args.length > d.args.length) throw new UserError("E-call", `${d.name}() takes ${d.args.length} arguments but ${args.length} were given`, e.range);
    d.args.forEach((a, i) => {
      let v: PyValue | undefined = args[i] ?? kwargs.get(a.name);
      if (v === undefined && a.default) v = this.eval(a.default, f.scope);
      if (v === undefined) throw new UserError("E-call", `${d.name}() is missing argument '${a.name}'`, e.range);
      local.set(a.name, v);
    });
    for (const k of kwargs.keys()) if (!d.args.some((a) => a.name === k)) throw new UserError("E-call", `${d.name}() has no argument named '${k}'`, e.range);
    this.depth++;
    this.funcStack.push(d.name);
    try {
      this.execBlock(d.body, local, false);
      return NONE;
    } catch (x) {
      if (x instanceof ReturnSignal) return x.value;
      if (x instanceof LoopSignal) throw this.asException(x, e.range);
      if (this.host.mode === "script" && (x instanceof PyException || x instanceof UserError || x instanceof NumpyError)) {
        // The traceback: where it was raised (in d), then this call site in the caller.
        const exc = this.asException(x, e.range);
        if (exc.frames.length === 0) exc.frames.push({ range: exc.range, func: d.name });
        exc.frames.push({ range: e.range, func: this.funcStack[this.funcStack.length - 2] ?? "<module>" });
        throw exc;
      }
      throw x;
    } finally {
      this.funcStack.pop();
      this.depth--;
    }
  }

  /** `def k() -> float32[M, N]`: a kernel without arguments is known by its Allo return type. */
  private returnsAlloType(f: PyValue & { k: "function" }): boolean {
    const r = f.def.returns;
    if (!r) return false;
    let v: PyValue;
    try { v = this.eval(r, f.scope); } catch { return false; }
    const isType = (x: PyValue): boolean => x.k === "type" || x.k === "array-type" || ((x.k === "tuple" || x.k === "list") && x.items.length > 0 && x.items.every(isType));
    return isType(v);
  }

  private readonly directBuilds = new Map<string, PyValue & { k: "built" }>();
  private readonly defIds = new Map<ast.FunctionDef, number>();
  /**
   * `kernel(args)` in a script: the kernel customized and built without a schedule, once per set of
   * annotation values (`Ty = UInt(4)` between two calls re-types the kernel, as Allo's globals do).
   */
  private directBuild(f: PyValue & { k: "function" }, e: ast.Call): PyValue & { k: "built" } {
    let id = this.defIds.get(f.def);
    if (id === undefined) this.defIds.set(f.def, (id = this.defIds.size));
    const annotations = [...f.def.args.map((a) => a.annotation), f.def.returns].map((x) => {
      if (!x) return "";
      try { return describe(this.eval(x, f.scope)); } catch { return "?"; }
    });
    const key = `${id}:${annotations.join("|")}`;
    let b = this.directBuilds.get(key);
    if (!b) {
      const sv = this.customize([f], new Map(), e, f.scope);
      if (sv.k !== "schedule") throw new PyException("AlloCompileError", `kernel '${f.def.name}' did not compile`, e.range);
      b = { k: "built", s: sv.s, target: "llvm", steps: 0 };
      this.directBuilds.set(key, b);
    }
    return b;
  }

  private callBuiltin(name: string, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call, scope: Scope): PyValue {
    const arg = (i: number) => {
      const v = args[i];
      if (v === undefined) throw new UserError("E-call", `${name.replace(/^.*\./, "")}() needs at least ${i + 1} argument(s)`, e.range);
      return v;
    };
    switch (name) {
      case "allo.utils.get_np_struct_type":
        // Allo's carrier for integers wider than 64 bits is a numpy structured dtype of bytes.
        throw new UserError("E-unsupported", "allo.utils.get_np_struct_type() is not supported: numpy structured dtypes (Allo's arrays of integers wider than 64 bits) are not modelled here, and numpy arrays hold elements of at most 64 bits; test a design with wide integers through its kernels, or pack at most 32 bits per numpy element", e.range);
      case "range": {
        const ns = args.map((a, i) => this.intOf(a, e.args[i]!.range));
        const [lo, hi, st] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
        if (st === 0) throw new UserError("E-range", "range() step must not be zero", e.range);
        const items: PyValue[] = [];
        for (let i = lo; st > 0 ? i < hi : i > hi; i += st) {
          items.push(pyInt(i));
          if (items.length > this.limits.scriptSteps) throw new UserError("E-script-budget", stepsMessage("range() is too long for the schedule script", this.limits), e.range);
        }
        return { k: "list", items };
      }
      case "len": {
        const v = arg(0);
        if (v.k === "ndarray") {
          if (v.a.ndim === 0) throw new PyException("TypeError", "len() of unsized object", e.range);
          return pyInt(v.a.shape[0]!);
        }
        if (v.k === "list" || v.k === "tuple") return pyInt(v.items.length);
        if (v.k === "str") return pyInt(v.v.length);
        if (v.k === "dict") return pyInt(v.entries.size);
        if (v.k === "set") return pyInt(v.items.size);
        if (v.k === "opaque") return v;
        if (v.k === "tensor") return pyInt(v.a.shape[0] ?? 0);
        if (v.k === "object") {
          const n = this.special(v, "__len__", [], e.range);
          if (n) return n;
        }
        throw new UserError("E-call", `len() of ${describe(v)}`, e.range);
      }
      case "int": {
        const v = scalarOfArray(arg(0), e.range);
        if (v.k === "float") return pyInt(BigInt(Math.trunc(v.v)));
        if (v.k === "bool") return pyInt(v.v ? 1 : 0);
        if (v.k === "int") return v;
        if (v.k === "str" && /^\s*[-+]?\d+\s*$/.test(v.v)) return pyInt(BigInt(v.v.trim()));
        throw new UserError("E-call", `int() of ${describe(v)}`, e.range);
      }
      case "float": {
        const n = toNumberish(scalarOfArray(arg(0), e.range));
        if (!n) throw new UserError("E-call", `float() of ${describe(arg(0))}`, e.range);
        return pyFloat(n.k === "int" ? Number(n.v) : n.v);
      }
      case "str": return pyStr(args.length ? pyStrOf(arg(0), this.host) : "");
      case "ord": {
        const v = arg(0);
        const chars = v.k === "str" ? [...v.v] : [];
        if (v.k !== "str" || chars.length !== 1) throw new PyException("TypeError", `ord() expected a character, but got ${v.k === "str" ? `a string of length ${chars.length}` : describe(v)}`, e.range);
        return pyInt(chars[0]!.codePointAt(0)!);
      }
      case "chr": {
        const v = arg(0);
        if (v.k !== "int" && v.k !== "bool") throw new PyException("TypeError", `chr() takes an integer, not ${describe(v)}`, e.range);
        const n = v.k === "int" ? v.v : v.v ? 1n : 0n;
        if (n < 0n || n > 0x10ffffn) throw new PyException("ValueError", "chr() arg not in range(0x110000)", e.range);
        return pyStr(String.fromCodePoint(Number(n)));
      }
      case "abs": {
        if (arg(0).k === "ndarray") return arrayUnaryAbs(arg(0));
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
      case "print": {
        const sep = kwargs.get("sep");
        const end = kwargs.get("end");
        this.host.print(args.map((a) => pyStrOf(a, this.host)).join(sep && sep.k === "str" ? sep.v : " ") + (end && end.k === "str" ? end.v : "\n"), e.range);
        return NONE;
      }
      case "repr": return pyStr(pyRepr(arg(0)));
      case "bool": return pyBool(args.length ? this.truth(arg(0)) : false);
      case "enumerate": {
        const start = args[1] ?? kwargs.get("start");
        const s0 = start ? this.intOf(start, e.range) : 0;
        return { k: "list", items: this.iterate(arg(0), e.range).map((x, i) => ({ k: "tuple", items: [pyInt(i + s0), x] })) };
      }
      case "zip": {
        const lists = args.map((a, i) => this.iterate(a, e.args[i]!.range));
        const n = Math.min(...lists.map((l) => l.length));
        return { k: "list", items: Array.from({ length: lists.length ? n : 0 }, (_, i) => ({ k: "tuple", items: lists.map((l) => l[i]!) })) };
      }
      case "sum": {
        let acc: PyValue = args[1] ?? pyInt(0);
        for (const x of this.iterate(arg(0), e.range)) acc = this.binop("+", acc, x, e.range);
        return acc;
      }
      case "any": case "all": {
        const xs = this.iterate(arg(0), e.range).map((x) => this.truth(x));
        return pyBool(name === "any" ? xs.some(Boolean) : xs.every(Boolean));
      }
      case "round": {
        const n = toNumberish(arg(0));
        if (!n) throw new UserError("E-call", `round() of ${describe(arg(0))}`, e.range);
        const x = n.k === "int" ? Number(n.v) : n.v;
        const nd = args[1] ? this.intOf(args[1], e.range) : undefined;
        // Python rounds half to even
        const even = (y: number) => { const r = Math.round(y); return Math.abs(y % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; };
        if (nd === undefined) return pyInt(even(x));
        const m = 10 ** nd;
        return pyFloat(even(x * m) / m);
      }
      case "pytest.skip":
        throw new PyException("Skipped", args[0] ? pyStrOf(args[0]) : "", e.range);
      case "pytest.fail":
        throw new PyException("Failed", args[0] ? pyStrOf(args[0]) : "", e.range);
      case "pytest.main":
        return pyInt(0);
      case "list": return { k: "list", items: args.length ? [...this.iterate(arg(0), e.range)] : [] };
      case "sorted": {
        const key = kwargs.get("key");
        const rev = kwargs.get("reverse");
        const items = [...this.iterate(arg(0), e.range)];
        const keys = key && key.k !== "none" ? items.map((x) => this.callValue(key, [x], new Map(), e, scope)) : items;
        // A stable merge sort on Python's `<` (Array.prototype.sort is stable too, but its comparator must not throw midway).
        const order = items.map((_, i) => i);
        order.sort((a, b) => (this.compare("<", keys[a]!, keys[b]!, e.range) ? -1 : this.compare("<", keys[b]!, keys[a]!, e.range) ? 1 : 0));
        if (rev && this.truth(rev)) order.reverse();
        return { k: "list", items: order.map((i) => items[i]!) };
      }
      case "reversed": return { k: "list", items: [...this.iterate(arg(0), e.range)].reverse() };
      case "divmod": return { k: "tuple", items: [this.binop("//", arg(0), arg(1), e.range), this.binop("%", arg(0), arg(1), e.range)] };
      case "pow": return this.binop("**", arg(0), arg(1), e.range);
      case "hex": case "bin": case "oct": {
        const v = arg(0);
        if (v.k !== "int" && v.k !== "bool") throw new PyException("TypeError", `'${describe(v)}' object cannot be interpreted as an integer`, e.range);
        const n = v.k === "int" ? v.v : v.v ? 1n : 0n;
        const base = name === "hex" ? 16 : name === "bin" ? 2 : 8;
        return pyStr(`${n < 0n ? "-" : ""}0${name[0]}${(n < 0n ? -n : n).toString(base)}`);
      }
      case "callable": {
        const v = arg(0);
        return pyBool(["function", "class", "method", "builtin", "bound", "built"].includes(v.k) || (v.k === "object" && classLookup(v.cls, "__call__") !== undefined));
      }
      case "format": return pyStr(args[1] && args[1].k === "str" ? formatSpec(arg(0), args[1].v) : pyStrOf(arg(0), this.host));
      case "set": case "frozenset":
        return newSet(args.length ? this.iterate(arg(0), e.range) : [], e.range, name === "frozenset");
      case "tuple": return { k: "tuple", items: args.length ? [...this.iterate(arg(0), e.range)] : [] };
      case "isinstance": case "issubclass": {
        const x = arg(0);
        const kinds = arg(1).k === "tuple" ? (arg(1) as { items: readonly PyValue[] }).items : [arg(1)];
        if (x.k === "opaque") return x;
        return pyBool(kinds.some((c) => (name === "isinstance" ? isInstance(x, c) : x.k === "class" && c.k === "class" && isSubclass(x, c))));
      }
      case "super": {
        const cls = args[0] ?? scope.lookup("__class__");
        const self = args[1] ?? scope.lookup(" self");
        if (!cls || cls.k !== "class" || !self || self.k !== "object") throw new PyException("RuntimeError", "super(): use it inside a method (or as super(Class, self))", e.range);
        return { k: "super", cls, self };
      }
      case "object.__init__": case "object":
        return args.length === 0 ? { k: "object", cls: OBJECT_CLASS, attrs: new Map() } : NONE;
      case "hasattr": case "getattr": {
        const x = arg(0);
        const key = arg(1);
        if (key.k !== "str") throw new PyException("TypeError", `${name}(): attribute name must be string`, e.range);
        const v = x.k === "object" ? objectAttribute(x, key.v) : x.k === "class" ? classLookup(x, key.v)?.value : undefined;
        if (name === "hasattr" && x.k === "loop-handle" && x.path.length === 1) {
          // hasattr(loops["S_i_0"], "i"): whether the band has a loop of that name
          const names = this.bandLoops(x);
          if (names) return pyBool(names.includes(key.v));
        }
        if (name === "hasattr") return pyBool(v !== undefined);
        if (v !== undefined) return v.k === "method" && v.fn.def.decorators.some((d) => d.kind === "Name" && d.id === "property") && x.k === "object" ? this.objectAttr(x, key.v, e.range) : v;
        if (args[2]) return args[2];
        throw new PyException("AttributeError", `${describe(x)} has no attribute '${key.v}'`, e.range);
      }
      case "setattr": {
        const x = arg(0);
        const key = arg(1);
        if ((x.k !== "object" && x.k !== "class") || key.k !== "str") throw new PyException("TypeError", `setattr() on ${describe(x)}`, e.range);
        x.attrs.set(key.v, arg(2));
        return NONE;
      }
      case "type": {
        const x = arg(0);
        return x.k === "object" ? x.cls : { k: "builtin", name: x.k === "ndarray" ? "numpy.ndarray" : x.k };
      }
      case "staticmethod": case "classmethod": case "property":
        return arg(0);
      case "dict": {
        const d = newDict();
        if (args[0]?.k === "dict") dictUpdate(d, args[0], e.range);
        else if (args[0]) for (const kv of this.iterate(args[0], e.range)) { const [k, v] = this.unpack(kv, 2, e.range); dictSet(d, k!, v!, e.range); }
        for (const [k, v] of kwargs) dictSet(d, pyStr(k), v, e.range);
        return d;
      }
      case "allo.ir.types.Int": case "allo.ir.types.UInt": {
        const bits = this.intOf(arg(0), e.args[0]!.range);
        if (bits < 1 || bits > MAX_INT_BITS) throw new UserError("E-type", `integer widths must be 1..${MAX_INT_BITS}${bits > MAX_INT_BITS ? " here (Allo's MLIR allows wider ones)" : ""}; got ${bits}`, e.range);
        return { k: "type", t: intType(bits, name.endsWith(".Int")) };
      }
      case "allo.ir.types.Float": {
        // Float(bits): Allo's float type class; 16, 32 and 64 bits (reference: allo.ir.types)
        const bits = this.intOf(arg(0), e.args[0]?.range ?? e.range);
        const t = TYPE_ALIASES.get(`float${bits}`);
        if (!t) throw new UserError("E-type", `Float takes 16, 32 or 64 bits; got ${bits}`, e.range);
        return { k: "type", t };
      }
      case "allo.ir.types.Fixed": case "allo.ir.types.UFixed": {
        const bits = this.intOf(arg(0), e.args[0]!.range);
        const frac = this.intOf(arg(1), e.args[1]?.range ?? e.range);
        if (bits < 1 || bits > MAX_INT_BITS) throw new UserError("E-type", `fixed-point widths must be 1..${MAX_INT_BITS}; got ${bits}`, e.range);
        if (frac < 0 || frac > 255) throw new UserError("E-type", `fixed-point fractional bits must be 0..255; got ${frac}`, e.range);
        return { k: "type", t: fixedType(bits, frac, name.endsWith(".Fixed")) };
      }
      case "allo.Memory": case "allo.ir.types.Memory": {
        // Allo's Memory(resource="AUTO", storage_type=None, latency=None, depth=None); bad names are ValueErrors.
        const resource = kwargs.get("resource") ?? args[0];
        const r = resource && resource.k === "str" ? resource.v.toUpperCase() : "AUTO";
        if (!["BRAM", "URAM", "LUTRAM", "SRL", "AUTO"].includes(r)) throw new UserError("E-memory", `Invalid resource ${pyRepr(resource ?? NONE)}. Must be one of: BRAM, URAM, LUTRAM, SRL, AUTO`, e.range);
        const st = kwargs.get("storage_type") ?? args[1];
        const storageType = st && st.k === "str" ? st.v.toUpperCase() : undefined;
        // The value is written into a pragma: only the storage types Vitis HLS knows pass.
        if (st && st.k !== "none" && (storageType === undefined || !STORAGE_TYPES.includes(storageType))) throw new UserError("E-memory", `Invalid storage_type ${pyRepr(st)}. Must be one of: ${STORAGE_TYPES.join(", ")}`, e.range);
        const num = (v: PyValue | undefined) => (v && v.k !== "none" ? this.intOf(v, e.range) : undefined);
        const latency = num(kwargs.get("latency") ?? args[2]);
        const depth = num(kwargs.get("depth") ?? args[3]);
        return { k: "memory", resource: r, storageType, ...(latency !== undefined ? { latency } : {}), ...(depth !== undefined ? { depth } : {}) };
      }
      case "allo.Layout.Shard": {
        const axis = this.intOf(arg(0), e.args[0]?.range ?? e.range);
        if (axis < 0) throw new UserError("E-layout", `Layout.Shard takes the index of a mapping dimension (0, 1, ...); got ${axis}`, e.range);
        return { k: "shard", axis };
      }
      case "allo.Layout.Replicate":
        // `R()` is the same marker as `R` (Allo accepts both the class and an instance).
        return { k: "builtin", name };
      case "allo.Layout": {
        const ps = arg(0);
        if (ps.k !== "list" && ps.k !== "tuple") throw new UserError("E-layout", `Layout takes a list of partitions, one per dimension, e.g. Layout([S(0), R]); got ${describe(ps)}`, e.range);
        return { k: "layout", parts: ps.items };
      }
      case "allo.customize":
        return this.customize(args, kwargs, e, scope);
      case "allo.primitives.unify.unify":
        return unifyKernels(args[0] ?? kwargs.get("func1"), args[1] ?? kwargs.get("func2"), args[2] ?? kwargs.get("loop_num"), e.range);
      case "allo.LLVMModule": case "allo.HLSModule": {
        // LLVMModule(mod, top_func_name) / HLSModule(mod, top_func_name, platform): a kernel built as is
        // (here: from unify(), which returns the kernel it builds rather than an MLIR module)
        const fn = arg(0);
        if (fn.k !== "function") throw new UserError("E-call", `${name.slice(5)}() takes the module unify() returns (a kernel here); got ${describe(fn)}; for a kernel of your own use allo.customize(f).build()`, e.range);
        const top = args[1] ?? kwargs.get("top_func_name");
        if (top && top.k === "str" && top.v !== fn.def.name) throw new PyException("RuntimeError", `the module defines ${fn.def.name}, not ${top.v}`, e.range);
        const sched = this.customize([fn], new Map(), e, scope);
        if (sched.k !== "schedule") return sched;
        return this.scheduleMethod(sched.s, "build", [], new Map([["target", pyStr(name === "allo.HLSModule" ? "vhls" : "llvm")]]), e);
      }
      case "allo.verify": {
        const [a, b] = [arg(0), arg(1)];
        if (a.k !== "schedule" || b.k !== "schedule") throw new UserError("E-call", "allo.verify() takes two schedules (from allo.customize)", e.range);
        return pyBool(this.verifyHook ? this.verifyHook(a.s, b.s, e.range) : false);
      }
      default:
        if (name.startsWith("exc.")) return { k: "exception", type: name.slice(4), message: args.map((a) => pyStrOf(a)).join(", ") };
        return this.callOther(name, args, kwargs, e, scope);
    }
  }

  private callOther(name: string, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call, scope: Scope): PyValue {
    if (isStdlibCall(name)) return callStdlib(name, args, kwargs, this.fs, e.range);
    switch (name) {
      case "allo.dataflow.region": case "allo.dataflow.kernel":
        return { k: "builtin", name }; // only meaningful as decorators
      case "allo.ir.utils.MockBuffer": {
        const [fn, buf] = [args[0] ?? kwargs.get("func"), args[1] ?? kwargs.get("name")];
        if (!fn || fn.k !== "str" || !buf || buf.k !== "str") throw new PyException("TypeError", "MockBuffer(func, name) takes the function's name and the buffer's name as strings", e.range);
        return { k: "buffer-handle", func: fn.v, name: buf.v, range: e.range };
      }
      case "allo.dataflow.customize":
        return this.customize(args, kwargs, e, scope, true);
      case "allo.dataflow.build": {
        const sv = this.customize(args, kwargs, e, scope, true);
        if (sv.k === "schedule") {
          const t = kwargs.get("target") ?? args[1];
          // Allo's df.build simulates by default (its "simulator" target); vitis_hls builds a project.
          const target = t && t.k === "str" ? t.v : "simulator";
          sv.s.built = { target: target === "simulator" ? "vitis_hls" : target, mappingPrimitives: mappingPrimitives(kwargs.get("mapping_primitives"), e.range) };
          return this.built(sv.s, target === "simulator" ? "llvm" : target, kwargs.get("mode"), kwargs.get("project"), e.range);
        }
        return { k: "opaque", what: "built dataflow module" };
      }
      case "allo.dataflow.get_pid": case "allo.get_pid":
        throw new UserError("E-dataflow", "df.get_pid() is only meaningful inside a @df.kernel", e.range);
      case "allo.dataflow.pipe": {
        // The paper's form: df.pipe(dtype=float32, shape=(), depth=4) is Stream[float32, 4].
        const dt = kwargs.get("dtype") ?? args[0];
        if (!dt || (dt.k !== "type" && dt.k !== "array-type")) throw new UserError("E-dataflow", `df.pipe() takes dtype=<an Allo type>, e.g. df.pipe(dtype=float32, depth=4); got ${dt ? describe(dt) : "nothing"}`, e.range);
        const depthV = kwargs.get("depth") ?? args[2];
        const depth = depthV ? this.intOf(depthV, e.range) : 2;
        if (depth < 1) throw new UserError("E-type", `a stream's depth must be at least 1; got ${depth}`, e.range);
        const shapeV = kwargs.get("shape") ?? args[1];
        const block = shapeV && (shapeV.k === "tuple" || shapeV.k === "list") ? shapeV.items.map((x) => this.intOf(x, e.range)) : [];
        const elem = dt.k === "type" && block.length > 0 ? arrayType(dt.t, block) : dt.t;
        return { k: "stream-type", elem, depth, shape: [] };
      }
      case "allo.dataflow.array": {
        // df.array(pipe, shape=(P0, P1)) is Stream[T, depth][P0, P1].
        const pipe = args[0];
        if (!pipe || pipe.k !== "stream-type" || pipe.shape.length > 0) throw new UserError("E-dataflow", "df.array() takes a df.pipe(...) and shape=(...)", e.range);
        const shapeV = kwargs.get("shape") ?? args[1];
        const shape = shapeV && (shapeV.k === "tuple" || shapeV.k === "list") ? shapeV.items.map((x) => this.intOf(x, e.range)) : shapeV ? [this.intOf(shapeV, e.range)] : [];
        if (shape.length === 0 || shape.some((n) => n <= 0)) throw new UserError("E-shape", "df.array() needs a shape of positive dimensions, e.g. shape=(P0, P1)", e.range);
        return { ...pipe, shape };
      }
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
        if (name === "allo.ir.types.Struct") throw new UserError("E-unsupported", "Struct types (allo.ir.types.Struct({...})) are not supported here: kernels hold scalars and arrays of them; pass each field as an array of its own", e.range);
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
    const before = this.sink.items.length;
    let module: Module | undefined;
    try {
      module = this.lower(fn, instantiate, e.range, caller);
    } finally {
      this.lowering.delete(def);
    }
    if (this.host.mode === "script") {
      // Allo raises when a kernel does not compile; the script stops here (or pytest.raises catches it).
      const errors = this.sink.items.slice(before).filter((d) => d.severity === "error");
      if (errors.length > 0) {
        this.sink.retain((d) => !errors.includes(d));
        throw new PyException("AlloCompileError", errors.map((d) => d.message).join("; "), errors[0]!.range, errors);
      }
    }
    const s: ScheduleValue & { variable?: string } = { id: this.nextScheduleId++, top: module?.top ?? name, module, records: [], range: e.range, ...(instantiate ? { instList: instantiate } : {}) };
    this.schedules.push(s);
    return { k: "schedule", s };
  }

  /** `xs.append(x)`, `xs.sort()`, `t.index(x)`, ... */
  private listMethod(self: PyValue & { k: "list" | "tuple" }, name: string, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call, scope: Scope): PyValue {
    const at = e.range;
    const items = self.items;
    const need = (i: number): PyValue => {
      const v = args[i];
      if (!v) throw new PyException("TypeError", `${name}() takes at least ${i + 1} argument(s)`, at);
      return v;
    };
    if (name === "index" || name === "count") {
      const x = need(0);
      if (name === "count") return pyInt(items.filter((y) => pyEquals(y, x)).length);
      const i = items.findIndex((y) => pyEquals(y, x));
      if (i < 0) throw new PyException("ValueError", `${pyRepr(x)} is not in ${self.k}`, at);
      return pyInt(i);
    }
    if (self.k !== "list") throw new PyException("AttributeError", `'tuple' object has no attribute '${name}'`, at);
    const list = self.items;
    switch (name) {
      case "append": list.push(need(0)); return NONE;
      case "extend": list.push(...this.iterate(need(0), at)); return NONE;
      case "insert": {
        const n = list.length;
        let i = this.intOf(need(0), at);
        if (i < 0) i = Math.max(0, n + i);
        list.splice(Math.min(i, n), 0, need(1));
        return NONE;
      }
      case "pop": {
        if (list.length === 0) throw new PyException("IndexError", "pop from empty list", at);
        const i = args[0] ? this.intOf(args[0], at) : -1;
        const j = i < 0 ? list.length + i : i;
        if (j < 0 || j >= list.length) throw new PyException("IndexError", "pop index out of range", at);
        return list.splice(j, 1)[0]!;
      }
      case "remove": {
        const i = list.findIndex((y) => pyEquals(y, need(0)));
        if (i < 0) throw new PyException("ValueError", "list.remove(x): x not in list", at);
        list.splice(i, 1);
        return NONE;
      }
      case "reverse": list.reverse(); return NONE;
      case "copy": return { k: "list", items: [...list] };
      case "clear": list.length = 0; return NONE;
      case "sort": {
        const sorted = this.callBuiltin("sorted", [self], kwargs, e, scope);
        list.splice(0, list.length, ...(sorted as { items: PyValue[] }).items);
        return NONE;
      }
      default:
        throw new PyException("AttributeError", `'list' object has no attribute '${name}'`, at);
    }
  }

  /** The loop names of the band a one-name loop handle stands for, when the host can tell. */
  private bandLoops(h: PyValue & { k: "loop-handle" }): readonly string[] | undefined {
    if (h.path.length !== 1 || !h.of || !this.host.loopNames) return undefined;
    return this.host.loopNames(h.of.s, h.of.steps, h.func, h.path[0]!);
  }

  /** What `str.join` / `str.format` need from the interpreter. */
  private strHooks(at: SourceRange): StrHooks {
    return {
      items: (v) => this.iterate(v, at),
      str: (v) => pyStrOf(v, this.host),
      format: (v, spec) => formatSpec(v, spec),
      repr: (v) => pyRepr(v),
      attr: (v, name) => this.attribute(v, { kind: "Attribute", value: { kind: "Name", id: "_", range: at }, attr: name, range: at, attrRange: at }),
      index: (v, key) => {
        if ((v.k === "list" || v.k === "tuple") && key.k === "int") return v.items[this.indexOf(key, v.items.length, at)]!;
        if (v.k === "dict") {
          const x = dictGet(v, key, at);
          if (x === undefined) throw new PyException("KeyError", pyRepr(key), at);
          return x;
        }
        throw new PyException("TypeError", `${describe(v)} cannot be indexed in a format field`, at);
      },
    };
  }

  /** The module `build` returns; a `project=` folder gets the project's files (when the host makes them). */
  private built(s: ScheduleValue, target: string, mode: PyValue | undefined, project: PyValue | undefined, at: SourceRange): PyValue & { k: "built" } {
    const b: PyValue & { k: "built" } = { k: "built", s, target, steps: s.records.length, ...(mode && mode.k === "str" ? { mode: mode.v } : {}) };
    const host = this.host;
    if (project && project.k === "str" && project.v !== "") {
      if (host.projectFiles) this.fs.provide(project.v, () => host.projectFiles!(b), at);
      else this.fs.markUnknown(project.v, at);
    }
    return b;
  }

  private scheduleMethod(s: ScheduleValue, method: string, args: PyValue[], kwargs: Map<string, PyValue>, e: ast.Call): PyValue {
    const text = libraryCallText.get(e) ?? this.source.slice(e.range.from, e.range.to);
    if (method === "compose" && args[0]?.k === "function") {
      // compose(nn.linear2d, instantiate=[...]): the library kernel with its own schedule (Allo's KERNEL2SCHEDULE)
      args = [this.librarySchedule(args[0], kwargs.get("instantiate"), e), ...args.slice(1)];
      kwargs = new Map([...kwargs].filter(([k]) => k !== "instantiate"));
    }
    const span = (x: ast.Expr): ArgSpan => ({ range: x.range, name: nameSpan(x, this.source) });
    const rec: PrimitiveRecord = {
      method, args, kwargs, range: e.range, text,
      ...(e.func.kind === "Attribute" ? { methodRange: e.func.attrRange } : {}),
      argSpans: e.args.map(span),
      kwargSpans: new Map(e.keywords.map((k) => [k.name, span(k.value)])),
      keywordRanges: new Map(e.keywords.map((k) => [k.name, { from: k.range.from, to: k.range.from + k.name.length }])),
      ...(this.assigning?.value === e ? { assignedTo: this.assigning.name } : {}),
    };
    switch (method) {
      case "build": {
        // Allo's signature: build(target=None, mode=None, project=None, configs=None, wrap_io=True)
        const t = kwargs.get("target") ?? args[0];
        const m = kwargs.get("mode") ?? args[1];
        const project = kwargs.get("project") ?? args[2];
        s.built = { target: t && t.k === "str" ? t.v : "llvm" };
        return this.built(s, s.built.target, m, project, e.range);
      }
      case "get_loops": {
        const fnArg = args[0] ?? kwargs.get("func");
        // Allo raises at once for a function the module does not define (library schedules try names in
        // turn); functions a recorded step makes (unfold, outline, compose) are looked up when it applies.
        const makesFuncs = s.records.some((r) => ["unfold", "outline", "compose"].includes(r.method));
        if (fnArg && fnArg.k === "str" && s.module && !makesFuncs && !s.module.funcs.some((f) => f.name === fnArg.v)) {
          throw new PyException("RuntimeError", `Function ${fnArg.v} not found; functions: ${s.module.funcs.map((f) => f.name).join(", ")}`, e.range);
        }
        return { k: "loop-handle", func: fnArg && fnArg.k === "str" ? fnArg.v : undefined, path: [], range: e.range, of: { s, steps: s.records.length } };
      }
      case "get_equivalent_variables": {
        const key = args[0] ?? kwargs.get("name");
        if (!key || key.k !== "str") throw new PyException("TypeError", "get_equivalent_variables() takes a variable as \"func:name\" (or \"func:i\" for argument i)", e.range);
        if (!s.module) return { k: "opaque", what: "variables of a kernel that did not compile" };
        return newSet(equivalentVariables(s.module, key.v).map(pyStr), e.range);
      }
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

/** Every Name read in a piece of syntax (for design mode's unknown-value tracking). */
function namesIn(node: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (!x || typeof x !== "object") return;
    if (Array.isArray(x)) { x.forEach(walk); return; }
    const o = x as { kind?: string; id?: string };
    if (o.kind === "Name" && typeof o.id === "string") out.push(o.id);
    for (const [k, v] of Object.entries(o)) if (k !== "range" && k !== "opRange" && k !== "attrRange" && k !== "nameRange") walk(v);
  };
  walk(node);
  return out;
}

function looksLikeKernel(d: ast.FunctionDef): boolean {
  return d.typeParams.length > 0 || d.args.some((a) => a.annotation !== undefined) || d.returns !== undefined;
}

const LIST_METHODS: ReadonlySet<string> = new Set(["append", "extend", "insert", "pop", "remove", "reverse", "copy", "clear", "sort", "index", "count"]);

/** Allo's memory-space code of a Memory: resource code * 16 + storage-type code (allo/memory.py). */
function memorySpace(resource: string, storageType: string | undefined): number {
  const r = ["AUTO", "BRAM", "URAM", "LUTRAM", "SRL"].indexOf(resource);
  const st = storageType === undefined ? 0 : ["RAM_1P", "RAM_2P", "RAM_T2P", "RAM_1WNR", "RAM_S2P", "ROM_1P", "ROM_2P", "ROM_NP"].indexOf(storageType) + 1;
  return Math.max(r, 0) * 16 + st;
}

/** The root class, for `object()`; user classes without bases derive from it implicitly (no attributes). */
const OBJECT_CLASS: PyClass = { k: "class", name: "object", bases: [], attrs: new Map() };

/** `isinstance(x, c)` for script classes and the builtin types the interpreter models. */
function isInstance(x: PyValue, c: PyValue): boolean {
  if (c.k === "class") return x.k === "object" && isSubclass(x.cls, c);
  if (c.k !== "builtin") return false;
  switch (c.name) {
    case "object": return true;
    case "int": return x.k === "int" || x.k === "bool";
    case "float": return x.k === "float";
    case "bool": return x.k === "bool";
    case "str": return x.k === "str";
    case "list": return x.k === "list";
    case "tuple": return x.k === "tuple";
    case "set": return x.k === "set" && !x.frozen;
    case "frozenset": return x.k === "set" && x.frozen === true;
    case "dict": return x.k === "dict";
    case "numpy.ndarray": return x.k === "ndarray";
    case "torch.Tensor": return x.k === "tensor";
    default: return c.name.startsWith("exc.") && x.k === "exception" && x.type === c.name.slice(4);
  }
}

function builtinName(id: string): PyValue | undefined {
  if (["range", "len", "int", "float", "str", "abs", "min", "max", "print", "list", "tuple", "isinstance", "repr", "bool", "enumerate", "zip", "sum", "any", "all", "round", "super", "issubclass", "hasattr", "getattr", "setattr", "type", "object", "staticmethod", "classmethod", "property", "dict", "ord", "chr", "set", "frozenset", "open", "sorted", "reversed", "divmod", "pow", "hex", "bin", "oct", "callable", "format"].includes(id)) return { k: "builtin", name: id };
  if (EXCEPTION_TYPES.has(id) && id !== "AlloCompileError") return { k: "builtin", name: `exc.${id}` };
  return undefined;
}

/** pytest's names: raises, skip, fail, main, approx-free marks. */
function pytestMember(path: string, attr: string): PyValue {
  if (path === "pytest" && attr === "mark") return { k: "module", path: "pytest.mark" };
  return { k: "builtin", name: `${path}.${attr}` };
}

/** An element read from an array: a Python scalar for a 0-d result. */
function wrapItem(a: import("./numpy/ndarray").NDArray): PyValue {
  if (a.ndim > 0) return { k: "ndarray", a };
  const x = a.data[0]!;
  return a.dtype === "bool" ? pyBool(x !== 0) : a.dtype.startsWith("float") ? pyFloat(x) : pyInt(BigInt(x));
}

/** `int(a)` / `float(a)` of a one-element array reads its element, as numpy allows. */
function scalarOfArray(v: PyValue, at: SourceRange): PyValue {
  if (v.k !== "ndarray" && v.k !== "tensor") return v;
  if (v.a.size !== 1) throw new PyException("TypeError", "only length-1 arrays can be converted to Python scalars", at);
  return wrapItem(new NDArrayCtor(v.a.dtype, [], [v.a.data[0]!]));
}

function arrayUnaryAbs(v: PyValue): PyValue {
  return callNumpy("numpy.abs", [v], new Map());
}

function starNames(module: string): string[] {
  if (module === "allo.ir.types") {
    const out = ["Int", "UInt", "Float", "Fixed", "UFixed", "Stateful", "ConstExpr", "Stream", "Struct", "index", "bool", "float16", "bfloat16", "float32", "float64"];
    for (let b = 1; b <= 16; b++) out.push(`int${b}`, `uint${b}`);
    for (const b of [32, 64, 128, 256, 512]) out.push(`int${b}`, `uint${b}`);
    return out;
  }
  return [];
}

/** Allo's `fracs`: fraction bits of a fixed type, mantissa bits of a float (bfloat16 7, float16 10, ...). */
function fracsOf(t: ScalarType): number {
  if (t.kind === "fixed") return t.frac;
  if (t.kind === "float") return t.name === "bf16" ? 7 : t.bits === 16 ? 10 : t.bits === 32 ? 23 : 52;
  return 0;
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

/** Refuses integer results beyond the script's integer size limit before computing them. */
/** The subscripts of `e = root[i][j]...`, innermost (the one applied to `root`) first. */
function subscriptLevels(e: ast.Subscript): { levels: ast.Subscript[]; root: ast.Expr } {
  const levels: ast.Subscript[] = [e];
  let root: ast.Expr = e.value;
  while (root.kind === "Subscript") {
    levels.unshift(root);
    root = root.value;
  }
  return { levels, root };
}

function checkIntResult(op: ast.BinOperator, a: bigint, b: bigint, limits: ScriptLimits, at: SourceRange): void {
  const la = bitLength(a);
  const lb = bitLength(b);
  if (op === "*") checkIntBits(la + lb, limits, at);
  else if (op === "**" && b > 0n && la > 1) checkIntBits((la - 1) * Number(b), limits, at);
  else if (op === "<<" && b > 0n && a !== 0n) checkIntBits(la + Number(b), limits, at);
  else if (op === "+" || op === "-") checkIntBits(Math.max(la, lb) + 1, limits, at);
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
  if (a.k === "builtin" && b.k === "builtin") return a.name === b.name;
  // `a.dtype == "float32"` compares a dtype with its name, as numpy allows
  if (a.k === "builtin" && b.k === "str") return a.name === `numpy.${b.v}`;
  if (a.k === "set" && b.k === "set") return setCompare("==", a, b)!;
  if (a.k === "dict" && b.k === "dict") return dictEquals(a, b, pyEquals);
  if (a.k === "memory" && b.k === "memory") return a.resource === b.resource && a.storageType === b.storageType && a.latency === b.latency && a.depth === b.depth;
  if ((a.k === "tuple" || a.k === "list") && a.k === b.k) return a.items.length === b.items.length && a.items.every((v, i) => pyEquals(v, (b as { items: readonly PyValue[] }).items[i]!));
  return a === b;
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
