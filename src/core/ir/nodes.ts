/**
 * The typed IR: plain readonly objects tagged by `kind`, built by the checked factories below
 * (STYLE §5). One IR module is a set of functions over memrefs, close to what Allo's builder emits
 * (affine loops named by `loop_name`/`op_name`, scalars as 0-d memrefs), so the MLIR printer, the
 * simulator and the schedule primitives all read the same structure.
 *
 * Values: every expression has a scalar type. Integers and fixed-point values are carried as their
 * exact integer value (fixed: the raw integer value·2^F); floats as IEEE values of their type.
 */
import type { SourceRange } from "../diagnostics";
import { internalAssert } from "../diagnostics";
import type { ArrayType, ScalarType } from "../types/types";
import { BOOL, INDEX, sameType, typeToString } from "../types/types";

// ------------------------------------------------------------------ storage

/**
 * `stream`: a FIFO channel of a dataflow region (`Stream[T, depth]`), shape [] for scalar elements; its
 * depth is `stream.depth`. Channels are only touched by `stream-put` / `stream-get`.
 */
export type BufferKind = "arg" | "local" | "const" | "stateful" | "stream";

/** Partition of one dimension (reference §2.2 `partition`). */
export interface DimPartition { readonly mode: "complete" | "block" | "cyclic"; readonly factor: number }

/** A FIFO stream requested by `s.to(target, dst, axis=, depth=)`. */
/** `to`: the kernel or (with `band`) the loop band of the same kernel the stream flows to. */
export interface StreamSpec {
  readonly depth: number;
  readonly axis?: number;
  readonly to?: string;
  readonly band?: boolean;
  /**
   * Set only in the export form of a large PE grid (schedule/grid-fold.ts): this channel is element
   * `at` of the channel array `array` of `shape` (an array of `hls::stream`s in the C++); the hardware
   * is the same channel, only declared as one element of an array.
   */
  readonly element?: { readonly array: string; readonly at: readonly number[]; readonly shape: readonly number[] };
}

/** Storage request from `@ Memory(...)`. */
export interface MemorySpec { readonly resource: string; readonly storageType?: string; readonly latency?: number; readonly depth?: number }

/**
 * A @df.kernel parameter's `Layout` (`A: T[M, K] @ [S(0), R]`): the part of the region argument this
 * instance owns. `parts[d]` is the mapping dimension dimension d is split over (undefined: replicated).
 */
export interface ShardSpec { readonly parts: readonly (number | undefined)[]; readonly origin: readonly number[]; readonly shape: readonly number[] }

/**
 * The elements of a data initializer in C order: JS numbers/bigints, or (a model's weight tables,
 * millions of elements) one typed array holding the same values, read in place by the simulator,
 * the printers and the exporters instead of being expanded into one JS value per element.
 */
export type InitValues = readonly (number | bigint)[] | Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;

/** Initial contents of a local, constant or stateful buffer. */
export type BufferInit =
  | { readonly kind: "fill"; readonly value: number | bigint }
  | { readonly kind: "data"; readonly values: InitValues };

/** A memref: an array argument, a local array, a local scalar (shape []) or a constant table. */
export interface Buffer {
  readonly kind: "buffer";
  /** Unique within the module; user names may repeat across scopes. */
  readonly id: number;
  readonly name: string;
  /**
   * The variable a schedule step's result was assigned to (`LB = s.reuse_at(s.A, "y")` → "LB") when the
   * step created this buffer: the diagram shows the user's name, the generated code keeps `name`.
   */
  readonly userName?: string;
  readonly type: ArrayType;
  readonly storage: BufferKind;
  readonly init?: BufferInit;
  readonly memory?: MemorySpec;
  /** Per-dimension partitions (index = dim - 1); absent = not partitioned. */
  readonly partition?: readonly (DimPartition | undefined)[];
  /** From `s.to`: the buffer is a FIFO of this depth (HLS `#pragma HLS stream`); `axis` is the PE-grid axis it flows along. */
  readonly stream?: StreamSpec;
  /** Instance parameters with a `Layout`: this instance's shard (element accesses stay inside it). */
  readonly shard?: ShardSpec;
  readonly range: SourceRange;
}

/** A scalar argument, passed by value. */
export interface ScalarParam {
  readonly kind: "scalar-param";
  readonly id: number;
  readonly name: string;
  readonly type: ScalarType;
  readonly range: SourceRange;
}

export type Param = Buffer | ScalarParam;

/** A loop induction variable (always `index`). */
export interface LoopVar { readonly kind: "loop-var"; readonly id: number; readonly name: string }

// ------------------------------------------------------------------ expressions

export type BinaryOp =
  | "add" | "sub" | "mul" | "div" | "floordiv" | "rem" | "pow"
  | "shl" | "shr" | "and" | "or" | "xor" | "min" | "max";
export type CmpPred = "eq" | "ne" | "lt" | "le" | "gt" | "ge";
export type MathFn = "exp" | "log" | "log2" | "log10" | "sqrt" | "sin" | "cos" | "tan" | "tanh" | "abs" | "pow";

export type Expr =
  | ConstExpr | ParamRef | IterRef | Load | Binary | Compare | Unary | Cast | Select | MathCall
  | GetBit | GetSlice | SetBit | SetSlice | Bitcast | BitReverse | CallValue | StreamGet;

interface ExprBase { readonly type: ScalarType; readonly range?: SourceRange }

/** A literal of `type` (integers and fixed raw values exact; bigint above 52 bits). */
export interface ConstExpr extends ExprBase { readonly kind: "const"; readonly value: number | bigint }
/** The value of a scalar parameter. */
export interface ParamRef extends ExprBase { readonly kind: "param"; readonly param: ScalarParam }
/** The current value of a loop's induction variable. */
export interface IterRef extends ExprBase { readonly kind: "iter"; readonly v: LoopVar }
/** `buf[indices]`; indices are `index`-typed, one per dimension (none for a 0-d scalar). */
export interface Load extends ExprBase { readonly kind: "load"; readonly buf: Buffer; readonly indices: readonly Expr[] }
/** Arithmetic in `type`: both operands already have `type` (shifts: lhs has `type`, rhs any integer). */
export interface Binary extends ExprBase { readonly kind: "binary"; readonly op: BinaryOp; readonly lhs: Expr; readonly rhs: Expr }
/** Comparison of two operands of the same type; result is bool. */
export interface Compare extends ExprBase { readonly kind: "compare"; readonly pred: CmpPred; readonly lhs: Expr; readonly rhs: Expr }
/** `neg` (two's complement / float negate), `not` (bitwise not; logical not on bool). */
export interface Unary extends ExprBase { readonly kind: "unary"; readonly op: "neg" | "not"; readonly x: Expr }
/** Conversion to `type` with DESIGN §5 semantics (wrap, floor for fixed, trunc for float→int, RNE to float). */
export interface Cast extends ExprBase { readonly kind: "cast"; readonly x: Expr }
/** `cond ? a : b`, both arms of `type`. */
export interface Select extends ExprBase { readonly kind: "select"; readonly cond: Expr; readonly a: Expr; readonly b: Expr }
/** A math library function on floats (abs also on integers). */
export interface MathCall extends ExprBase { readonly kind: "math"; readonly fn: MathFn; readonly args: readonly Expr[] }
/** Bit `bit` of integer `x` (bool). */
export interface GetBit extends ExprBase { readonly kind: "get-bit"; readonly x: Expr; readonly bit: Expr }
/** Bits lo..hi-1 of integer `x`, as an unsigned `type`. */
export interface GetSlice extends ExprBase { readonly kind: "get-slice"; readonly x: Expr; readonly lo: Expr; readonly hi: Expr }
/** `x` with bit `bit` replaced by `value` (bool). */
export interface SetBit extends ExprBase { readonly kind: "set-bit"; readonly x: Expr; readonly bit: Expr; readonly value: Expr }
/** `x` with bits lo..hi-1 replaced by the low bits of `value`. */
export interface SetSlice extends ExprBase { readonly kind: "set-slice"; readonly x: Expr; readonly lo: Expr; readonly hi: Expr; readonly value: Expr }
/** Reinterpret the bits of `x` as `type` (same width). */
export interface Bitcast extends ExprBase { readonly kind: "bitcast"; readonly x: Expr }
/** `x.reverse()`: the bits of `x` in reverse order. */
export interface BitReverse extends ExprBase { readonly kind: "bit-reverse"; readonly x: Expr }
/** A call of a function returning one scalar. */
export interface CallValue extends ExprBase { readonly kind: "call-value"; readonly callee: string; readonly args: readonly CallArg[] }

/** `v = fifo.get()`: takes the oldest element of a channel, blocking while it is empty. */
export interface StreamGet extends ExprBase { readonly kind: "stream-get"; readonly stream: Buffer }

export type CallArg = Expr | Buffer;

// ------------------------------------------------------------------ statements

export interface LoopAttrs {
  /** From `allo.reduction` (needed by buffer_at). */
  readonly reduction?: boolean;
  readonly pipelineII?: number;
  readonly rewind?: boolean;
  /** 0 = full unroll. */
  readonly unroll?: number;
  readonly parallel?: boolean;
  readonly dataflow?: boolean;
  /**
   * From `unfold`: every iteration of this loop is a physical PE, the compact form of a PE grid
   * (schedule/grid.ts). Such loops hold exactly the next loop of the grid or the call of its PE body.
   */
  readonly unfold?: boolean;
}

export type Stmt = For | If | While | Store | Alloc | CallStmt | Return | Copy | StreamPut | StreamPutBlock | StreamGetBlock;

interface StmtBase { readonly range: SourceRange }

/** `for iv in range(lb, ub, step)`; `opName` is set on the outermost loop of each band. */
export interface For extends StmtBase {
  readonly kind: "for";
  readonly iv: LoopVar;
  readonly lb: Expr;
  readonly ub: Expr;
  /**
   * A positive constant, or an index expression evaluated once on entry (Allo's `scf.for` with a
   * step from a value, e.g. `range(A[i], 10, A[i])`); the simulator stops with a diagnostic when
   * that value is not positive (Python's `range` raises on 0; an scf.for would not end).
   */
  readonly step: number | Expr;
  readonly body: readonly Stmt[];
  readonly loopName: string;
  readonly opName?: string;
  readonly attrs: LoopAttrs;
}
export interface If extends StmtBase { readonly kind: "if"; readonly cond: Expr; readonly then: readonly Stmt[]; readonly else: readonly Stmt[] }
export interface While extends StmtBase { readonly kind: "while"; readonly cond: Expr; readonly body: readonly Stmt[] }
/** `buf[indices] = value` (value already converted to the element type). */
export interface Store extends StmtBase { readonly kind: "store"; readonly buf: Buffer; readonly indices: readonly Expr[]; readonly value: Expr }
/** Declares a local buffer here (it is (re)initialized each time control passes). */
export interface Alloc extends StmtBase { readonly kind: "alloc"; readonly buf: Buffer }
/**
 * A call. Its results are bound to the `results` buffers, which the call itself defines (no Alloc
 * precedes them): returned arrays are moved into them, returned scalars stored in 0-d buffers.
 */
export interface CallStmt extends StmtBase { readonly kind: "call"; readonly callee: string; readonly args: readonly CallArg[]; readonly results: readonly Buffer[] }
/** Returns values: scalars as expressions, arrays as buffers. */
export interface Return extends StmtBase { readonly kind: "return"; readonly values: readonly CallArg[] }
/** `fifo.put(value)`: appends to a channel, blocking while it is full (value has the element type). */
export interface StreamPut extends StmtBase { readonly kind: "stream-put"; readonly stream: Buffer; readonly value: Expr }
/** `fifo.put(block)` on a stream of blocks (`Stream[T[M, N], d]`): sends a copy of `src` (same shape as the channel). */
export interface StreamPutBlock extends StmtBase { readonly kind: "stream-put-block"; readonly stream: Buffer; readonly src: Buffer }
/** `blk = fifo.get()` on a stream of blocks: defines `dst` (like a call result, no Alloc precedes it) as the block taken. */
export interface StreamGetBlock extends StmtBase { readonly kind: "stream-get-block"; readonly stream: Buffer; readonly dst: Buffer }
/** Element-wise copy between buffers of the same shape, converting element types. */
export interface Copy extends StmtBase { readonly kind: "copy"; readonly dst: Buffer; readonly src: Buffer }

// ------------------------------------------------------------------ functions and modules

export interface FuncAttrs {
  readonly dataflow?: boolean;
  readonly inline?: boolean;
  /** A dataflow-region kernel instance (`@df.kernel(mapping=...)`): its kernel and grid position. */
  readonly instance?: { readonly kernel: string; readonly pid: readonly number[]; readonly mapping: readonly number[] };
  /** The one body of an unfolded PE grid, parameterized by its PE's coordinates (schedule/grid.ts). */
  readonly peGrid?: PeGridSpec;
  /** A loader or drainer at the edge of a streamed PE grid (schedule/edge-kernels.ts): the one kernel that reads or writes `buffer`. */
  readonly edge?: { readonly role: "loader" | "drainer"; readonly buffer: string };
  /** The kernel definition this function instantiates, when its name is not that definition's (`linear_w4a8_qkv` of `linear_w4a8`). */
  readonly template?: string;
}

/**
 * A PE grid in compact form: the function's first `shape.length` parameters are the PE's coordinates
 * (index scalars); a caller runs it inside `unfold` loops, one call per PE. `relays` are the `s.to`
 * FIFO chains applied to the grid, in order; they become real channels when the grid is expanded.
 */
export interface PeGridSpec {
  readonly band: string;
  readonly shape: readonly number[];
  readonly relays: readonly RelaySpec[];
}

/** `s.to(buf, pe, axis, depth)` on a compact grid: `buf` (a buffer of the grid's caller) flows along `axis`. */
export interface RelaySpec {
  readonly bufId: number;
  readonly bufName: string;
  readonly axis: number;
  readonly depth: number;
  readonly range: SourceRange;
  /** The PE body the reads were proved equal along `axis` on; when it is still the body, expansion need not prove it again. */
  readonly provedOn: readonly Stmt[];
}

export interface Func {
  readonly kind: "func";
  readonly name: string;
  readonly params: readonly Param[];
  readonly results: readonly (ScalarType | ArrayType)[];
  readonly body: readonly Stmt[];
  readonly attrs: FuncAttrs;
  readonly range: SourceRange;
}

/** A design's IR: its functions (callees before callers) and the top function's name. */
export interface Module {
  readonly kind: "module";
  readonly funcs: readonly Func[];
  readonly top: string;
}

// ------------------------------------------------------------------ checked factories

export function constant(type: ScalarType, value: number | bigint, range?: SourceRange): ConstExpr {
  internalAssert(typeof value === "bigint" || Number.isFinite(value) || type.kind === "float", "non-finite integer constant");
  return { kind: "const", type, value, range };
}
export function indexConst(n: number): ConstExpr {
  return { kind: "const", type: INDEX, value: n };
}
export function load(buf: Buffer, indices: readonly Expr[], range?: SourceRange): Load {
  internalAssert(indices.length === buf.type.shape.length, `load of ${buf.name} with ${indices.length} indices`);
  return { kind: "load", type: buf.type.elem, buf, indices, range };
}
export function binary(op: BinaryOp, type: ScalarType, lhs: Expr, rhs: Expr, range?: SourceRange): Binary {
  const shift = op === "shl" || op === "shr";
  internalAssert(sameType(lhs.type, type), `${op}: lhs ${typeToString(lhs.type)} is not ${typeToString(type)}`);
  internalAssert(shift || sameType(rhs.type, type), `${op}: rhs ${typeToString(rhs.type)} is not ${typeToString(type)}`);
  return { kind: "binary", op, type, lhs, rhs, range };
}
export function compare(pred: CmpPred, lhs: Expr, rhs: Expr, range?: SourceRange): Compare {
  internalAssert(sameType(lhs.type, rhs.type), `compare of ${typeToString(lhs.type)} with ${typeToString(rhs.type)}`);
  return { kind: "compare", type: BOOL, pred, lhs, rhs, range };
}
/** Converts `x` to `type`; returns `x` itself when it already has that type. */
export function cast(type: ScalarType, x: Expr, range?: SourceRange): Expr {
  if (sameType(type, x.type)) return x;
  if (x.kind === "const" && isExactConstCast(x, type)) return { kind: "const", type, value: x.value, range: x.range };
  return { kind: "cast", type, x, range };
}
/** An integer constant converts without a node when its value fits the integer target. */
function isExactConstCast(x: ConstExpr, type: ScalarType): boolean {
  if ((x.type.kind !== "int" && x.type.kind !== "index") || (type.kind !== "int" && type.kind !== "index")) return false;
  const v = BigInt(x.value);
  const bits = type.kind === "index" ? 32 : type.bits;
  const signed = type.kind === "index" || type.signed;
  const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  return v >= lo && v <= hi;
}
export function select(type: ScalarType, cond: Expr, a: Expr, b: Expr, range?: SourceRange): Select {
  internalAssert(sameType(a.type, type) && sameType(b.type, type), "select arms differ from its type");
  return { kind: "select", type, cond, a, b, range };
}
export function forLoop(f: Omit<For, "kind">): For {
  internalAssert(typeof f.step === "number" ? Number.isInteger(f.step) && f.step > 0 : f.step.type.kind === "index", "loop step must be a positive integer or an index expression");
  internalAssert(f.lb.type.kind === "index" && f.ub.type.kind === "index", "loop bounds must be index-typed");
  return { kind: "for", ...f };
}
export function store(buf: Buffer, indices: readonly Expr[], value: Expr, range: SourceRange): Store {
  internalAssert(indices.length === buf.type.shape.length, `store to ${buf.name} with ${indices.length} indices`);
  internalAssert(sameType(value.type, buf.type.elem), `store of ${typeToString(value.type)} into ${typeToString(buf.type)}`);
  return { kind: "store", buf, indices, value, range };
}

/** The direct sub-expressions of an expression (STYLE §9: the tree's shape is written down here only). */
export function exprChildren(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case "const": case "param": case "iter": return [];
    case "load": return e.indices;
    case "binary": case "compare": return [e.lhs, e.rhs];
    case "unary": case "cast": case "bitcast": case "bit-reverse": return [e.x];
    case "select": return [e.cond, e.a, e.b];
    case "math": return e.args;
    case "get-bit": return [e.x, e.bit];
    case "get-slice": return [e.x, e.lo, e.hi];
    case "set-bit": return [e.x, e.bit, e.value];
    case "set-slice": return [e.x, e.lo, e.hi, e.value];
    case "call-value": return e.args.filter((a): a is Expr => a.kind !== "buffer");
    case "stream-get": return [];
  }
}

/** The expressions a statement holds directly (not those of nested statements). */
export function stmtExprs(s: Stmt): readonly Expr[] {
  switch (s.kind) {
    case "for": return typeof s.step === "number" ? [s.lb, s.ub] : [s.lb, s.ub, s.step];
    case "if": case "while": return [s.cond];
    case "store": return [...s.indices, s.value];
    case "call": return s.args.filter((a): a is Expr => a.kind !== "buffer");
    case "return": return s.values.filter((a): a is Expr => a.kind !== "buffer");
    case "stream-put": return [s.value];
    case "alloc": case "copy": case "stream-put-block": case "stream-get-block": return [];
  }
}

/** Calls `fn` on every statement of `ss` and of the blocks nested in them, in order (STYLE §9). */
export function walkStmts(ss: readonly Stmt[], fn: (s: Stmt) => void): void {
  for (const s of ss) {
    fn(s);
    if (s.kind === "for" || s.kind === "while") walkStmts(s.body, fn);
    else if (s.kind === "if") { walkStmts(s.then, fn); walkStmts(s.else, fn); }
  }
}

/** Every buffer a function can touch: its array params, allocs and call results, in order. */
export function buffersOf(f: Func): Buffer[] {
  const out: Buffer[] = f.params.filter((p): p is Buffer => p.kind === "buffer");
  walkStmts(f.body, (s) => {
    if (s.kind === "alloc") out.push(s.buf);
    else if (s.kind === "call") out.push(...s.results);
    else if (s.kind === "stream-get-block") out.push(s.dst);
  });
  return out;
}

/** Each module's functions by name (modules are immutable; an expanded grid has thousands of functions). */
const funcsByName = new WeakMap<Module, { readonly count: number; readonly byName: Map<string, Func> }>();

/** The module's first function named `name`. */
export function findFunc(m: Module, name: string): Func | undefined {
  if (m.funcs.length < 16) return m.funcs.find((f) => f.name === name);
  let known = funcsByName.get(m);
  // A module's list is only appended to while lowering builds it: a new length means a new index.
  if (known?.count !== m.funcs.length) {
    const byName = new Map<string, Func>();
    for (const f of m.funcs) if (!byName.has(f.name)) byName.set(f.name, f);
    funcsByName.set(m, (known = { count: m.funcs.length, byName }));
  }
  return known.byName.get(name);
}

/** A loop's step when it is known at compile time (a constant, or a constant-folded expression). */
export function constStep(f: For): number | undefined {
  if (typeof f.step === "number") return f.step;
  return f.step.kind === "const" ? Number(f.step.value) : undefined;
}

/** A loop's trip count when its bounds and step are constants. */
export function constTrips(f: For): number | undefined {
  const step = constStep(f);
  if (f.lb.kind !== "const" || f.ub.kind !== "const" || step === undefined) return undefined;
  return Math.max(0, Math.ceil((Number(f.ub.value) - Number(f.lb.value)) / step));
}
