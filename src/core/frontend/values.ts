/**
 * Values of the module-level script interpreter (DESIGN §3): Python constants and containers, Allo
 * types, functions (kernels), schedules and the handles schedule methods return.
 */
import type { SourceRange } from "../diagnostics";
import type * as ast from "./ast";
import type { ScalarType, ArrayType } from "../types/types";
import { typeToString } from "../types/types";
import type { ScheduleValue } from "./schedule-record";
import type { NDArray } from "./numpy/ndarray";
import type { Generator } from "./numpy/random";

export type PyValue =
  | { readonly k: "int"; readonly v: bigint }
  | { readonly k: "float"; readonly v: number }
  | { readonly k: "bool"; readonly v: boolean }
  | { readonly k: "str"; readonly v: string }
  | { readonly k: "none" }
  | { readonly k: "tuple"; readonly items: readonly PyValue[] }
  | { readonly k: "list"; readonly items: PyValue[] }
  /** A Python dict (pydict.ts): values by storage key in insertion order, and the key objects of non-str keys. */
  | { readonly k: "dict"; readonly entries: Map<string, PyValue>; keys?: Map<string, PyValue> }
  /** An Allo scalar type instance (int32, Fixed(8, 3), float32, ...). */
  | { readonly k: "type"; readonly t: ScalarType }
  /** `int32[M, N]`: an array type annotation, optionally refined with `@ Memory(...)` / `@ Stateful`. */
  | { readonly k: "array-type"; readonly t: ArrayType; readonly refinements?: readonly PyValue[] }
  /** A scalar type refined with `@ Stateful` etc. */
  | { readonly k: "refined"; readonly t: ScalarType; readonly refinements: readonly PyValue[] }
  /** A Python module or namespace (allo, allo.ir.types, numpy, allo.dataflow, math). */
  | { readonly k: "module"; readonly path: string }
  /** A built-in callable or marker identified by its qualified name ("allo.customize", "range", "Int", "Stateful"). */
  | { readonly k: "builtin"; readonly name: string }
  /** `Memory(resource=..., ...)` */
  | { readonly k: "memory"; readonly resource: string; readonly storageType?: string; readonly latency?: number; readonly depth?: number }
  /** `Layout.Shard(axis)` (`S(0)`): one entry of a kernel argument's Layout. `Layout.Replicate` is the builtin itself. */
  | { readonly k: "shard"; readonly axis: number }
  /** `Layout([S(0), R])` (or the bare list after `@`): how a @df.kernel argument is split over the instance grid. */
  | { readonly k: "layout"; readonly parts: readonly PyValue[] }
  /** `ConstExpr[int32]` */
  | { readonly k: "constexpr"; readonly t: ScalarType }
  /** A user `def`: interpreted when called at module level, compiled when passed to customize or called from a kernel. */
  | { readonly k: "function"; readonly def: ast.FunctionDef; readonly scope: Scope; readonly region?: boolean; readonly standalone?: ast.Expr; readonly owner?: PyClass }
  /** A Python class of the script (classes.ts): its bases and its attributes (methods, class variables). */
  | PyClass
  /** An instance of a script class: its own attributes, in assignment order. */
  | PyObject
  /** `obj.method`: a function of the object's class bound to it (`self` comes first). */
  | { readonly k: "method"; readonly self: PyValue; readonly fn: PyValue & { k: "function" } }
  /** `super()` / `super(C, self)`: attribute lookup starts after `cls` in the MRO of `self`'s class. */
  | { readonly k: "super"; readonly cls: PyClass; readonly self: PyObject }
  /** `Stream[T, depth]`, optionally an array of streams `Stream[T, depth][P0, P1]`. */
  | { readonly k: "stream-type"; readonly elem: ScalarType | ArrayType; readonly depth: number; readonly shape: readonly number[] }
  /** `kernel[int32, 16]` or `kernel[5, "id"]`: a template with its arguments. */
  | { readonly k: "instance"; readonly fn: { readonly def: ast.FunctionDef; readonly scope: Scope }; readonly args: readonly PyValue[] }
  | { readonly k: "schedule"; readonly s: ScheduleValue }
  /** A method bound to a receiver (`s.reorder`, `loops.C.i`, ...). */
  | { readonly k: "bound"; readonly self: PyValue; readonly name: string }
  /** `s.C` / "func:name": a buffer of a scheduled function. */
  | { readonly k: "buffer-handle"; readonly func: string; readonly name: string; readonly range: SourceRange }
  /** A loop band or loop from `get_loops`, `fuse`, `split`... (`path` like ["S_i_j_0", "i"]). */
  | { readonly k: "loop-handle"; readonly func?: string; readonly path: readonly string[]; readonly range: SourceRange; readonly of?: { readonly s: ScheduleValue; readonly steps: number } }
  /** A torch tensor (models/tensor.ts): its values, and while `from_pytorch` traces, the graph node that made it. */
  | { readonly k: "tensor"; readonly a: NDArray; readonly node?: TraceRef; readonly param?: boolean }
  /** A numpy array of the script (numpy/ndarray.ts). */
  | { readonly k: "ndarray"; readonly a: NDArray }
  /** A Python exception object (`except E as e`, `pytest.raises(...) as info`). */
  | { readonly k: "exception"; readonly type: string; readonly message: string }
  /** `np.random.default_rng(seed)`: a generator object. */
  | { readonly k: "rng"; readonly g: Generator }
  /** `s.build(target=...)`: a callable module (simulated), or the HLS text / project of the schedule. */
  | { readonly k: "built"; readonly s: ScheduleValue; readonly target: string; readonly steps: number; readonly mode?: string }
  /** An object of a Python library the interpreter models itself (script-native.ts): a temporary folder, an open file. */
  | { readonly k: "native"; readonly o: NativeObject }
  /** A Python set: items by their hash key (pyset.ts), in insertion order. */
  | { readonly k: "set"; readonly items: Map<string, PyValue>; readonly frozen?: boolean }
  /** Opaque result of a schedule method (e.g. `unfold`'s axes, `build`'s module). */
  | { readonly k: "opaque"; readonly what: string };

/**
 * The behaviour of a natively modelled library object. Methods raise PyExceptions located at `at`.
 * `attr` gives data attributes; `methods` lists what `obj.name(...)` may call.
 */
export interface NativeObject {
  /** Python's type name (`TemporaryDirectory`, `TextIOWrapper`), for messages and `repr`. */
  readonly typeName: string;
  readonly methods: ReadonlySet<string>;
  attr(name: string, at: SourceRange): PyValue | undefined;
  call(name: string, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, at: SourceRange): PyValue;
  /** `with obj as x`: x's value; absent when the object is no context manager. */
  enter?(at: SourceRange): PyValue;
  exit?(at: SourceRange): void;
  /** `for x in obj` */
  iterate?(at: SourceRange): PyValue[];
}

/** A tensor's producer in a trace (models/trace.ts): which tracer, which node. */
export interface TraceRef { readonly tracer: object; readonly id: number }
export interface PyClass { readonly k: "class"; readonly name: string; readonly bases: readonly PyClass[]; readonly attrs: Map<string, PyValue>; readonly range?: SourceRange }
export interface PyObject { readonly k: "object"; readonly cls: PyClass; readonly attrs: Map<string, PyValue> }

export const NONE: PyValue = { k: "none" };
export const pyInt = (v: bigint | number): PyValue => ({ k: "int", v: BigInt(v) });
export const pyFloat = (v: number): PyValue => ({ k: "float", v });
export const pyStr = (v: string): PyValue => ({ k: "str", v });
export const pyBool = (v: boolean): PyValue => ({ k: "bool", v });

/** A lexical scope of the script interpreter (module globals or a Python function's locals). */
export class Scope {
  readonly vars = new Map<string, PyValue>();
  /** Names a `global` statement of this function declared: they are read and written at module level. */
  globalNames?: Set<string>;
  /** `fallback` is searched after the whole parent chain (a kernel's own globals after its caller's frames). */
  constructor(readonly parent?: Scope, readonly fallback?: Scope) {}
  lookup(name: string): PyValue | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
    }
    // Fallbacks of the whole chain: a compile-time scope nested in a kernel's lookup scope still
    // sees the kernel's own globals.
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.fallback?.lookup(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  set(name: string, v: PyValue): void {
    this.vars.set(name, v);
  }
}

/** Python's repr-ish description for messages: "int 3", "str 'C'", "function gemm". */
export function describe(v: PyValue): string {
  switch (v.k) {
    case "int": return `int ${v.v}`;
    case "float": return `float ${v.v}`;
    case "bool": return v.v ? "True" : "False";
    case "str": return `str '${v.v.length > 40 ? `${v.v.slice(0, 40)}…` : v.v}'`;
    case "none": return "None";
    case "tuple": return `tuple of ${v.items.length}`;
    case "list": return `list of ${v.items.length}`;
    case "dict": return "dict";
    case "type": return `type ${typeToString(v.t)}`;
    case "array-type": return `type ${typeToString(v.t)}`;
    case "refined": return `type ${typeToString(v.t)}`;
    case "module": return `module ${v.path}`;
    case "builtin": return v.name;
    case "memory": return "Memory(...)";
    case "shard": return `Layout.Shard(${v.axis})`;
    case "layout": return "Layout(...)";
    case "constexpr": return `ConstExpr[${typeToString(v.t)}]`;
    case "function": return `${v.region ? "dataflow region" : "function"} ${v.def.name}`;
    case "stream-type": return `Stream[${typeToString(v.elem)}, ${v.depth}]${v.shape.length ? `[${v.shape.join(", ")}]` : ""}`;
    case "instance": return `${v.fn.def.name}[...]`;
    case "schedule": return `schedule of ${v.s.top}`;
    case "bound": return `method ${v.name}`;
    case "buffer-handle": return `buffer ${v.func}:${v.name}`;
    case "loop-handle": return `loop ${v.path.join(".")}`;
    case "tensor": return `tensor of shape (${v.a.shape.join(", ")})`;
    case "ndarray": return `ndarray of shape (${v.a.shape.join(", ")}${v.a.shape.length === 1 ? "," : ""}) and dtype ${v.a.dtype}`;
    case "exception": return `${v.type}(${JSON.stringify(v.message)})`;
    case "rng": return "numpy Generator";
    case "class": return `class ${v.name}`;
    case "object": return `${v.cls.name} object`;
    case "method": return `method ${v.fn.def.name} of ${describe(v.self)}`;
    case "super": return `super(${v.cls.name})`;
    case "built": return `module built for ${v.target} from schedule of ${v.s.top}`;
    case "native": return `${v.o.typeName} object`;
    case "set": return v.frozen ? `frozenset of ${v.items.size}` : `set of ${v.items.size}`;
    case "opaque": return v.what;
  }
}

export function truthy(v: PyValue): boolean {
  switch (v.k) {
    case "int": return v.v !== 0n;
    case "float": return v.v !== 0;
    case "bool": return v.v;
    case "str": return v.v.length > 0;
    case "none": return false;
    case "tuple": case "list": return v.items.length > 0;
    case "dict": return v.entries.size > 0;
    case "set": return v.items.size > 0;
    default: return true;
  }
}
