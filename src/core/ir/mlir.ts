/**
 * MLIR printer: one IR module → text in upstream dialects only (builtin, func, affine, scf, arith, math,
 * memref), so `mlir-opt` parses and verifies it without `--allow-unregistered-dialect`. Allo's own facts
 * travel as discardable attributes, spelled the way Allo prints them (reference §2.1):
 *   - loops: `{loop_name = "i", op_name = "S_i_0", pipeline_ii = 1 : ui32, unroll = 0 : ui32}` plus unit
 *     attrs `reduction`, `parallel`, `dataflow`, `rewind`;
 *   - functions: `attributes {itypes = "ss", otypes = "s"}` ("s" Int/Fixed, "u" UInt/UFixed, "_" other),
 *     unit attrs `dataflow`, `inline`;
 *   - buffers: `memref.alloc() {name = "C", partition = "cyclic:1:2", fixed = "fixed(16, 8)"}`; function
 *     arguments and results carry the same facts as `allo.partition` / `allo.fixed` / `allo.memory`
 *     (MLIR only accepts dialect-prefixed argument attributes).
 *
 * Types. Integers are signless `iN`; signedness is not in the type, so it selects the op instead
 * (divsi/divui, cmpi slt/ult, extsi/extui, sitofp/uitofp, shrsi/shrui, minsi/minui, ...). `index` stays
 * `index` (loop ivs, index params); as a value it converts through i32, the width Allo's typing gives it.
 *
 * Fixed point. Fixed(W, F) / UFixed(W, F) values are printed as their raw integer `iW` (value = raw·2^-F),
 * and their arithmetic is expanded to integer ops with DESIGN §5 semantics (floor, wrap):
 *   - add/sub/and/or/xor/rem/min/max/compare: the integer op on raw values (both operands already have the
 *     result type, so fractions are aligned);
 *   - mul: both operands have the result type Fixed(W, F), so raw = (a·b) >> F: extend to 2W bits
 *     (extsi/extui), muli, shrsi/shrui by F (floor), trunci to W (wrap);
 *   - div: raw = (a << F) / b in a wider integer, divsi/divui (truncating, as Allo's CPU path), trunci;
 *   - fixed→fixed and int↔fixed: align fractions by shli (after resizing) or by shrsi/shrui (floor,
 *     before resizing), then trunci/ext (wrap);
 *   - float→fixed: x·2^F in f32 (f64 when needed to stay exact), math.floor, fptosi into a wider integer,
 *     trunci to W (wrap);
 *   - fixed→float: sitofp/uitofp of raw, divf by 2^F (through f64 when the raw value or 2^F is not exact in
 *     the target, so only one rounding happens).
 * Float→int is a plain fptosi/fptoui (toward zero; out of range is poison, as in Allo and C).
 *
 * Storage. Array params are memrefs, scalar params are passed by value, local scalars are 0-d memrefs
 * (`memref<i32>`, accessed with `[]`). Constant tables and stateful buffers are `memref.global`s read
 * through `memref.get_global`. Fills are printed as affine loop nests storing the value.
 *
 * Loops and accesses are affine (`affine.for`, `affine.load/store`) whenever bounds and indices are affine
 * in enclosing affine ivs and index params; otherwise `scf.for` and `memref.load/store`. Constants are
 * hoisted to the top of each function and deduplicated; other SSA names are MLIR's usual `%argN`, `%cN`,
 * `%N`, `%alloc`, so the output is deterministic.
 *
 * Limits: `return` must be a top-level statement of its function (structured control flow has no early
 * exit); anything the IR forbids is an internal error.
 */
import { mlirString, mlirSymbol, mlirValueId } from "../backend/escape/mlir";
import { InternalError, internalAssert } from "../diagnostics";
import type { ArrayType, FixedType, FloatType, ScalarType } from "../types/types";
import { DYN, F32, F64, I32, INDEX, intType, sameType, shortName } from "../types/types";
import type {
  Buffer, CallArg, CallStmt, Copy, Expr, Func, LoopAttrs, LoopVar, Module, Param, Return, Stmt,
} from "./nodes";
import type { LineOrigin } from "../output/origins";
import { bufferAttrKey, funcAttrKey, loopAttrKey } from "../output/origins";

// ------------------------------------------------------------------ public entry points

/** Prints a whole module: globals first, then the functions in module order. */
/** Text printed per module (modules are immutable): the compile and the MLIR export of a design print the same one. */
const printed = new WeakMap<Module, string>();

export function printModule(m: Module): string {
  let text = printed.get(m);
  if (text === undefined) printed.set(m, (text = printModuleWithOrigins(m).text));
  return text;
}

/** `printModule`, with where each printed line came from (index = line - 1) for source ↔ output links. */
export function printModuleWithOrigins(m: Module): { text: string; origins: (LineOrigin | undefined)[] } {
  const mod = new ModuleState(m);
  const printers = m.funcs.map((f) => new FuncPrinter(mod, f));
  const funcs = printers.map((p) => p.print("  "));
  const out = ["module {", ...mod.globals.map((g) => `  ${g}`), ...funcs, "}"];
  const origins = [undefined, ...mod.globals.map(() => undefined), ...printers.flatMap((p) => p.lineOrigins), undefined, undefined];
  return { text: out.join("\n") + "\n", origins };
}

/** Prints one function (for per-step views); globals it reads are listed as comments above it. */
export function printFunc(f: Func, m?: Module): string {
  const mod = new ModuleState(m ?? { kind: "module", funcs: [f], top: f.name });
  const text = new FuncPrinter(mod, f).print("");
  return [...mod.globals.map((g) => `// ${g}`), text].join("\n") + "\n";
}

/** The MLIR spelling of a scalar type (fixed point as its raw integer). */
export function mlirType(t: ScalarType): string {
  switch (t.kind) {
    case "int": case "fixed": return `i${t.bits}`;
    case "index": return "index";
    case "float": return t.name;
  }
}

/**
 * A dataflow channel: Allo's `!allo.stream<T, depth>` (an unregistered-dialect type to mlir-opt, which
 * verifies such modules with --allow-unregistered-dialect). Block streams carry a memref element.
 */
export function streamType(b: Buffer): string {
  const elem = b.type.shape.length === 0 ? mlirType(b.type.elem) : memrefType(b.type);
  return `!allo.stream<${elem}, ${b.stream?.depth ?? 2}>`;
}

/** The MLIR type of a buffer value: a memref, or a stream for channels. */
function bufferType(b: Buffer): string {
  return b.storage === "stream" ? streamType(b) : memrefType(b.type);
}

/** `memref<4x4xi32>`, `memref<?xf32>` for a dynamic size, or `memref<i32>` for a 0-d scalar. */
export function memrefType(t: ArrayType): string {
  return t.shape.length === 0 ? `memref<${mlirType(t.elem)}>` : `memref<${t.shape.map((d) => (d === DYN ? "?" : d)).join("x")}x${mlirType(t.elem)}>`;
}

// ------------------------------------------------------------------ literals and small helpers

const MANTISSA: Record<FloatType["name"], number> = { f16: 11, bf16: 8, f32: 24, f64: 53 };
/** Largest |e| such that 2^e and 2^-e are normal numbers of the type. */
const MAX_EXP: Record<FloatType["name"], number> = { f16: 14, bf16: 126, f32: 126, f64: 1022 };

/** Two's-complement value of `v` in `bits` bits, as a signed bigint (MLIR's canonical spelling). */
function wrapSigned(v: bigint, bits: number): bigint {
  const m = 1n << BigInt(bits);
  let r = ((v % m) + m) % m;
  if (r >= m >> 1n) r -= m;
  return r;
}

function toBigInt(v: number | bigint): bigint {
  if (typeof v === "bigint") return v;
  internalAssert(Number.isInteger(v), `non-integer integer constant ${v}`);
  return BigInt(v);
}

/** Bit patterns of the special values, which have no decimal spelling. */
function floatSpecialHex(v: number, t: FloatType): string {
  const pos = v > 0;
  if (Number.isNaN(v)) return { f16: "0x7E00", bf16: "0x7FC0", f32: "0x7FC00000", f64: "0x7FF8000000000000" }[t.name];
  if (t.name === "f16") return pos ? "0x7C00" : "0xFC00";
  if (t.name === "bf16") return pos ? "0x7F80" : "0xFF80";
  if (t.name === "f32") return pos ? "0x7F800000" : "0xFF800000";
  return pos ? "0x7FF0000000000000" : "0xFFF0000000000000";
}

/** A float literal MLIR parses back to the same value (shortest round-trip decimal, or hex bits). */
function floatLiteral(v: number, t: FloatType): string {
  if (!Number.isFinite(v)) return floatSpecialHex(v, t);
  if (Object.is(v, -0)) return "-0.0";
  let s = String(v);
  // MLIR float literals need a '.' before any exponent.
  if (!s.includes(".")) s = s.includes("e") ? s.replace("e", ".0e") : `${s}.0`;
  return s;
}

function isBuffer(a: CallArg): a is Buffer {
  return (a as Buffer).kind === "buffer";
}

function typeHint(t: ScalarType): string {
  if (t.kind === "int" || t.kind === "fixed") return t.signed ? "s" : "u";
  return "_";
}

function isUnsigned(t: ScalarType): boolean {
  return (t.kind === "int" || t.kind === "fixed") && !t.signed;
}

const quote = mlirString;

function partitionString(b: Buffer): string | undefined {
  if (!b.partition || b.partition.every((p) => p === undefined)) return undefined;
  const parts: string[] = [];
  b.partition.forEach((p, i) => {
    if (p) parts.push(p.mode === "complete" ? `complete:${i + 1}` : `${p.mode}:${i + 1}:${p.factor}`);
  });
  return parts.join(",");
}

function memoryString(b: Buffer): string | undefined {
  const m = b.memory;
  if (!m) return undefined;
  const parts = [m.resource];
  if (m.storageType) parts.push(m.storageType);
  if (m.latency !== undefined) parts.push(`latency=${m.latency}`);
  if (m.depth !== undefined) parts.push(`depth=${m.depth}`);
  return parts.join(":");
}

/** Allo's buffer facts as attribute entries, `prefix` = "" on ops and "allo." on arguments. */
function bufferAttrs(b: Buffer, prefix: string): string[] {
  const out: string[] = [];
  const part = partitionString(b);
  if (part) out.push(`${prefix}partition = ${quote(part)}`);
  if (b.type.elem.kind === "fixed") out.push(`${prefix}fixed = ${quote(shortName(b.type.elem))}`);
  const mem = memoryString(b);
  if (mem) out.push(`${prefix}memory = ${quote(mem)}`);
  if (b.stream) out.push(`${prefix}stream = ${quote(`depth=${b.stream.depth}${b.stream.axis !== undefined ? `:axis=${b.stream.axis}` : ""}${b.stream.to ? `:to=${b.stream.to}` : ""}`)}`);
  return out;
}

// ------------------------------------------------------------------ affine expressions

/** A linear affine form Σ coef·atom + c; atoms are dims (SSA values) or floordivs of forms. */
interface Lin { readonly terms: readonly Term[]; readonly c: number }
interface Term { readonly atom: Atom; readonly key: string; readonly coef: number }
type Atom = { readonly kind: "dim"; readonly ssa: string } | { readonly kind: "fdiv"; readonly x: Lin; readonly k: number };

function linConst(c: number): Lin {
  return { terms: [], c };
}
function linAtom(atom: Atom): Lin {
  return { terms: [{ atom, key: atomKey(atom), coef: 1 }], c: 0 };
}
function atomKey(a: Atom): string {
  return a.kind === "dim" ? a.ssa : `(${renderLin(a.x, (s) => s)} floordiv ${a.k})`;
}
function linAdd(a: Lin, b: Lin, sign: number): Lin {
  const terms = a.terms.map((t) => ({ ...t }));
  for (const t of b.terms) {
    const i = terms.findIndex((u) => u.key === t.key);
    if (i >= 0) terms[i] = { ...terms[i]!, coef: terms[i]!.coef + sign * t.coef };
    else terms.push({ ...t, coef: sign * t.coef });
  }
  return { terms: terms.filter((t) => t.coef !== 0), c: a.c + sign * b.c };
}
function linScale(a: Lin, k: number): Lin {
  if (k === 0) return linConst(0);
  return { terms: a.terms.map((t) => ({ ...t, coef: t.coef * k })), c: a.c * k };
}
function linIsConst(a: Lin): boolean {
  return a.terms.length === 0;
}
function renderAtom(a: Atom, dim: (ssa: string) => string): string {
  if (a.kind === "dim") return dim(a.ssa);
  const x = a.x;
  const bare = x.c === 0 && x.terms.length === 1 && x.terms[0]!.coef === 1 && x.terms[0]!.atom.kind === "dim";
  return `${bare ? renderLin(x, dim) : `(${renderLin(x, dim)})`} floordiv ${a.k}`;
}
/** `%i * 2 - %j + 1` (or with d0, d1 names in a map). */
function renderLin(l: Lin, dim: (ssa: string) => string): string {
  let s = "";
  for (const t of l.terms) {
    const a = renderAtom(t.atom, dim);
    const mag = Math.abs(t.coef);
    const body = mag === 1 ? a : `${a} * ${mag}`;
    if (s === "") s = t.coef < 0 ? `-${body}` : body;
    else s += t.coef < 0 ? ` - ${body}` : ` + ${body}`;
  }
  if (s === "") return String(l.c);
  if (l.c > 0) s += ` + ${l.c}`;
  if (l.c < 0) s += ` - ${-l.c}`;
  return s;
}
function collectDims(l: Lin, into: string[]): void {
  for (const t of l.terms) {
    if (t.atom.kind === "dim") {
      if (!into.includes(t.atom.ssa)) into.push(t.atom.ssa);
    } else collectDims(t.atom.x, into);
  }
}

// ------------------------------------------------------------------ module state

/** What all functions share: the module, its globals and their names. */
class ModuleState {
  readonly globals: string[] = [];
  private readonly globalNames = new Set<string>();
  private readonly globalOf = new Map<number, string>();
  /** Functions by name (the first of a name, as `findFunc`): an expanded grid calls thousands. */
  private readonly funcs = new Map<string, Func>();
  constructor(readonly m: Module) {
    for (const f of m.funcs) if (!this.funcs.has(f.name)) this.funcs.set(f.name, f);
  }

  func(name: string): Func | undefined {
    return this.funcs.get(name);
  }

  /** The `@name` of the global backing `buf` (constant table, stateful buffer, or data initializer). */
  global(buf: Buffer, constant: boolean): string {
    const known = this.globalOf.get(buf.id);
    if (known) return known;
    const base = buf.name.replace(/[^A-Za-z0-9_$.]/g, "_") || "g";
    let name = base;
    for (let k = 0; this.globalNames.has(name) || this.funcs.has(name); k++) name = `${base}_${k}`;
    this.globalNames.add(name);
    const init = buf.init ? denseAttr(buf) : "uninitialized";
    this.globals.push(`memref.global "private" ${constant ? "constant " : ""}${mlirSymbol(name)} : ${memrefType(buf.type)} = ${init}`);
    this.globalOf.set(buf.id, mlirSymbol(name));
    return mlirSymbol(name);
  }
}

function elemLiteral(t: ScalarType, v: number | bigint): string {
  if (t.kind === "float") return floatLiteral(Number(v), t);
  if (t.kind === "index") return String(toBigInt(v));
  if (t.bits === 1) return (toBigInt(v) & 1n) === 1n ? "true" : "false";
  return String(wrapSigned(toBigInt(v), t.bits));
}

const HEX_DIGITS = new Uint8Array([..."0123456789ABCDEF"].map((c) => c.charCodeAt(0)));

let HEX_QUADS: Uint32Array | undefined;
/**
 * For each pair of bytes (read as one 16-bit unit in the machine's order), their four hex digits as
 * one 32-bit unit laid out in memory as the digits of the first byte, then of the second.
 */
function hexQuads(): Uint32Array {
  if (!HEX_QUADS) {
    HEX_QUADS = new Uint32Array(65536);
    const out = new Uint8Array(HEX_QUADS.buffer);
    const pair = new Uint8Array(2);
    const key = new Uint16Array(pair.buffer);
    for (let b0 = 0; b0 < 256; b0++) {
      for (let b1 = 0; b1 < 256; b1++) {
        pair[0] = b0;
        pair[1] = b1;
        const k = 4 * key[0]!;
        out[k] = HEX_DIGITS[b0 >> 4]!;
        out[k + 1] = HEX_DIGITS[b0 & 15]!;
        out[k + 2] = HEX_DIGITS[b1 >> 4]!;
        out[k + 3] = HEX_DIGITS[b1 & 15]!;
      }
    }
  }
  return HEX_QUADS;
}

/** `dense<...>` of a buffer's initial contents, nested by shape. */
function denseAttr(buf: Buffer): string {
  const init = buf.init!;
  const elem = buf.type.elem;
  if (init.kind === "fill") return `dense<${elemLiteral(elem, init.value)}>`;
  const shape = buf.type.shape;
  internalAssert(init.values.length === shape.reduce((a, b) => a * b, 1), `initializer of ${buf.name} has the wrong length`);
  // A large float32 table (a model's weights) as MLIR's hex form: the raw little-endian bytes, which
  // prints in a fraction of the time of millions of decimal literals and parses to the same values.
  if (init.values.length > 4096 && elem.kind === "float" && elem.name === "f32") {
    let f: Float32Array;
    if (init.values instanceof Float32Array) f = init.values;
    else {
      f = new Float32Array(init.values.length);
      const vals = init.values as ArrayLike<number | bigint>;
      for (let i = 0; i < f.length; i++) f[i] = Number(vals[i]!);
    }
    // ASCII digits into one byte array, decoded once: no per-character strings for the collector.
    // Two bytes at a time, their four digits written as one 32-bit unit.
    const halves = new Uint16Array(f.buffer, f.byteOffset, f.length * 2);
    const ascii = new Uint8Array(f.length * 8);
    const quads = new Uint32Array(ascii.buffer);
    const table = hexQuads();
    for (let i = 0; i < halves.length; i++) quads[i] = table[halves[i]!]!;
    return `dense<"0x${new TextDecoder().decode(ascii)}">`;
  }
  let pos = 0;
  const nest = (d: number): string => {
    if (d === shape.length) return elemLiteral(elem, (init.values as ArrayLike<number | bigint>)[pos++]!);
    const items: string[] = [];
    for (let i = 0; i < shape[d]!; i++) items.push(nest(d + 1));
    return `[${items.join(", ")}]`;
  };
  return `dense<${nest(0)}>`;
}

// ------------------------------------------------------------------ function printer

interface IvInfo { readonly ssa: string; readonly affine: boolean }

class FuncPrinter {
  private readonly hoisted: string[] = [];
  private readonly body: string[] = [];
  private readonly constCache = new Map<string, string>();
  /** Integer constants by SSA name, so masks built from constants fold. */
  private readonly intConsts = new Map<string, bigint>();
  private readonly usedNames = new Set<string>();
  private readonly suffix = new Map<string, number>();
  private nextNum = 0;
  private nextArg = 0;
  private indent = "";
  private readonly bufVal = new Map<number, string>();
  private readonly paramVal = new Map<number, string>();
  private readonly ivs = new Map<number, IvInfo>();
  /** What the lines being printed come from, the record per body line, and per printed line. */
  private origin: LineOrigin | undefined;
  private readonly bodyOrigins: (LineOrigin | undefined)[] = [];
  lineOrigins: (LineOrigin | undefined)[] = [];

  constructor(private readonly mod: ModuleState, private readonly f: Func) {}

  print(baseIndent: string): string {
    const f = this.f;
    const args = f.params.map((p) => this.paramDecl(p));
    const results = f.results.map((r) => {
      const t = r.kind === "array" ? memrefType(r) : mlirType(r);
      const elem = r.kind === "array" ? r.elem : r;
      return elem.kind === "fixed" ? `${t} {allo.fixed = ${quote(shortName(elem))}}` : t;
    });
    const attrs = [
      `itypes = ${quote(f.params.map((p) => typeHint(p.kind === "buffer" ? p.type.elem : p.type)).join(""))}`,
      `otypes = ${quote(f.results.map((r) => typeHint(r.kind === "array" ? r.elem : r)).join(""))}`,
    ];
    if (f.attrs.dataflow) attrs.push("dataflow");
    if (f.attrs.inline) attrs.push("inline");
    let sig = `func.func ${mlirSymbol(f.name)}(${args.join(", ")})`;
    if (results.length === 1 && !results[0]!.includes("{")) sig += ` -> ${results[0]}`;
    else if (results.length > 0) sig += ` -> (${results.join(", ")})`;
    sig += ` attributes {${attrs.join(", ")}} {`;
    const fo: LineOrigin = { range: f.range };
    const sigAttrs = [
      ...(["dataflow", "inline"] as const).filter((a) => f.attrs[a]).map((a) => funcAttrKey(f.name, a)),
      ...f.params.flatMap((p) => (p.kind === "buffer" ? bufferAttrKeys(f.name, p) : [])),
    ];
    this.origin = fo;

    this.indent = baseIndent + "  ";
    let returned = false;
    for (const s of f.body) {
      if (returned) break; // statements after a top-level return are dead
      if (s.kind === "return") {
        this.origin = { range: s.range };
        this.emitReturn(s);
        this.origin = fo;
        returned = true;
      } else this.emitStmt(s);
    }
    if (!returned) {
      internalAssert(f.results.length === 0, `function ${f.name} ends without returning its results`);
      this.line("return");
    }
    this.lineOrigins = [{ range: f.range, attrs: sigAttrs }, ...this.hoisted.map(() => undefined), ...this.bodyOrigins, fo];
    return [baseIndent + sig, ...this.hoisted.map((l) => baseIndent + "  " + l), ...this.body, baseIndent + "}"].join("\n");
  }

  private paramDecl(p: Param): string {
    const name = `%arg${this.nextArg++}`;
    this.usedNames.add(name);
    if (p.kind === "buffer") {
      this.bufVal.set(p.id, name);
      if (p.storage === "stream") return `${name}: ${streamType(p)}`;
      const attrs = bufferAttrs(p, "allo.");
      return `${name}: ${memrefType(p.type)}${attrs.length ? ` {${attrs.join(", ")}}` : ""}`;
    }
    this.paramVal.set(p.id, name);
    const fixed = p.type.kind === "fixed" ? ` {allo.fixed = ${quote(shortName(p.type))}}` : "";
    return `${name}: ${mlirType(p.type)}${fixed}`;
  }

  // ---------------------------------------------------------------- names and lines

  private line(text: string): void {
    this.body.push(this.indent + text);
    this.bodyOrigins.push(this.origin);
  }
  /** A line that spells schedule attributes: linked to the schedule calls that set them too. */
  private attrLine(text: string, attrs: readonly string[]): void {
    const saved = this.origin;
    this.origin = { range: saved?.range, attrs };
    this.line(text);
    this.origin = saved;
  }
  /** Emits `%N = text` and returns `%N`. */
  private op(text: string): string {
    const name = `%${this.nextNum++}`;
    this.line(`${name} = ${text}`);
    return name;
  }
  /** `%base`, then `%base_0`, `%base_1`, ... (MLIR's own scheme). */
  private fresh(raw: string): string {
    const base = mlirValueId(raw);
    let name = `%${base}`;
    while (this.usedNames.has(name)) {
      const k = this.suffix.get(base) ?? 0;
      this.suffix.set(base, k + 1);
      name = `%${base}_${k}`;
    }
    this.usedNames.add(name);
    return name;
  }
  private hoist(key: string, base: string, text: string): string {
    const known = this.constCache.get(key);
    if (known) return known;
    const name = this.fresh(base);
    this.hoisted.push(`${name} = ${text}`);
    this.constCache.set(key, name);
    return name;
  }

  // ---------------------------------------------------------------- constants

  private constInt(bits: number, v: bigint): string {
    const w = wrapSigned(v, bits);
    if (bits === 1) return this.hoist(`i1:${w}`, w === 0n ? "false" : "true", `arith.constant ${w === 0n ? "false" : "true"}`);
    const name = this.hoist(`i${bits}:${w}`, `c${w}_i${bits}`, `arith.constant ${w} : i${bits}`);
    this.intConsts.set(name, w);
    return name;
  }
  /** Bitwise not, folded for constants. */
  private not(v: string, n: number): string {
    const k = this.intConsts.get(v);
    return k !== undefined ? this.constInt(n, ~k) : this.op(`arith.xori ${v}, ${this.constInt(n, -1n)} : i${n}`);
  }
  /** A shift, skipped when the amount is the constant 0. */
  private shift(name: "shli" | "shrui" | "shrsi", v: string, amount: string, n: number): string {
    return this.intConsts.get(amount) === 0n ? v : this.op(`arith.${name} ${v}, ${amount} : i${n}`);
  }
  private constIndex(v: number | bigint): string {
    const n = toBigInt(v);
    return this.hoist(`index:${n}`, `c${n}`, `arith.constant ${n} : index`);
  }
  private constFloat(t: FloatType, v: number): string {
    const lit = floatLiteral(v, t);
    return this.hoist(`${t.name}:${lit}`, "cst", `arith.constant ${lit} : ${t.name}`);
  }
  /** A constant of `t`; integers and fixed raw values wrap to the width. */
  private constOf(t: ScalarType, v: number | bigint): string {
    switch (t.kind) {
      case "int": case "fixed": return this.constInt(t.bits, toBigInt(v));
      case "index": return this.constIndex(v);
      case "float": return this.constFloat(t, Number(v));
    }
  }

  // ---------------------------------------------------------------- values of names

  private buffer(b: Buffer): string {
    const v = this.bufVal.get(b.id);
    if (v) return v;
    // A buffer used before (or without) its Alloc: bind it at the function entry.
    const saved = this.body.length;
    this.emitAlloc(b);
    const lines = this.body.splice(saved);
    this.bodyOrigins.splice(saved);
    this.hoisted.push(...lines.map((l) => l.slice(this.indent.length)));
    return this.bufVal.get(b.id)!;
  }

  private iv(v: LoopVar): IvInfo {
    const info = this.ivs.get(v.id);
    internalAssert(info, `loop variable ${v.name} used outside its loop`);
    return info;
  }

  // ---------------------------------------------------------------- affine analysis

  /** The affine form of an index expression, or null when it is not affine in affine ivs and index params. */
  private affineOf(e: Expr): Lin | null {
    switch (e.kind) {
      case "const":
        if (e.type.kind !== "index" && e.type.kind !== "int") return null;
        return linConst(Number(e.value));
      case "iter": {
        const info = this.iv(e.v);
        return info.affine ? linAtom({ kind: "dim", ssa: info.ssa }) : null;
      }
      case "param":
        return e.type.kind === "index" ? linAtom({ kind: "dim", ssa: this.paramVal.get(e.param.id)! }) : null;
      case "unary": {
        if (e.op !== "neg" || e.type.kind !== "index") return null;
        const x = this.affineOf(e.x);
        return x && linScale(x, -1);
      }
      case "binary": {
        if (e.type.kind !== "index") return null;
        const a = this.affineOf(e.lhs);
        const b = this.affineOf(e.rhs);
        if (!a || !b) return null;
        switch (e.op) {
          case "add": return linAdd(a, b, 1);
          case "sub": return linAdd(a, b, -1);
          case "mul":
            if (linIsConst(b)) return linScale(a, b.c);
            if (linIsConst(a)) return linScale(b, a.c);
            return null;
          case "floordiv":
            if (!linIsConst(b) || b.c <= 0) return null;
            if (linIsConst(a)) return linConst(Math.floor(a.c / b.c));
            return linAtom({ kind: "fdiv", x: a, k: b.c });
          default: return null;
        }
      }
      default: return null;
    }
  }

  /** The flattened operands of a min (ub) / max (lb) bound, each affine, or null. */
  private affineBound(e: Expr, combine: "min" | "max"): Lin[] | null {
    if (e.kind === "binary" && e.op === combine && e.type.kind === "index") {
      const a = this.affineBound(e.lhs, combine);
      const b = this.affineBound(e.rhs, combine);
      return a && b ? [...a, ...b] : null;
    }
    const l = this.affineOf(e);
    return l ? [l] : null;
  }

  private renderBound(ls: Lin[], combine: "min" | "max"): string {
    if (ls.length === 1 && linIsConst(ls[0]!)) return String(ls[0]!.c);
    // A bare index parameter is a valid symbol, so it needs no map (`to %arg2`).
    const only = ls.length === 1 ? ls[0]! : undefined;
    if (only && only.c === 0 && only.terms.length === 1 && only.terms[0]!.coef === 1) {
      const a = only.terms[0]!.atom;
      if (a.kind === "dim" && [...this.paramVal.values()].includes(a.ssa)) return a.ssa;
    }
    const dims: string[] = [];
    for (const l of ls) collectDims(l, dims);
    const dname = (ssa: string): string => `d${dims.indexOf(ssa)}`;
    const map = `affine_map<(${dims.map((_, i) => `d${i}`).join(", ")}) -> (${ls.map((l) => renderLin(l, dname)).join(", ")})>`;
    return `${ls.length > 1 ? `${combine} ` : ""}${map}(${dims.join(", ")})`;
  }

  /** `[%i + 1, 3]` for affine accesses, or null when some index is not affine. */
  private affineIndices(indices: readonly Expr[]): string | null {
    const ls: Lin[] = [];
    for (const i of indices) {
      const l = this.affineOf(i);
      if (!l) return null;
      ls.push(l);
    }
    return `[${ls.map((l) => renderLin(l, (s) => s)).join(", ")}]`;
  }

  // ---------------------------------------------------------------- expressions

  private emit(e: Expr): string {
    switch (e.kind) {
      case "const": return this.constOf(e.type, e.value);
      case "param": {
        const v = this.paramVal.get(e.param.id);
        internalAssert(v, `parameter ${e.param.name} is not a parameter of ${this.f.name}`);
        return v;
      }
      case "iter": return this.iv(e.v).ssa;
      case "stream-get":
        return this.op(`"allo.stream_get"(${this.buffer(e.stream)}) : (${streamType(e.stream)}) -> ${mlirType(e.type)}`);
      case "load": {
        const buf = this.buffer(e.buf);
        const aff = this.affineIndices(e.indices);
        if (aff !== null) return this.op(`affine.load ${buf}${aff} : ${memrefType(e.buf.type)}`);
        const idx = e.indices.map((i) => this.emit(i));
        return this.op(`memref.load ${buf}[${idx.join(", ")}] : ${memrefType(e.buf.type)}`);
      }
      case "binary": return this.emitBinary(e.op, e.type, e.lhs, e.rhs);
      case "compare": return this.emitCompare(e.pred, e.lhs, e.rhs);
      case "unary": return this.emitUnary(e.op, e.type, e.x);
      case "cast": return this.cast(this.emit(e.x), e.x.type, e.type);
      case "select": {
        const c = this.toBool(e.cond);
        const a = this.emitAs(e.a, e.type);
        const b = this.emitAs(e.b, e.type);
        return this.op(`arith.select ${c}, ${a}, ${b} : ${mlirType(e.type)}`);
      }
      case "math": return this.emitMath(e.fn, e.type, e.args);
      case "get-bit": {
        const [x, n] = this.rawInt(e.x);
        const bit = this.emitAs(e.bit, intType(n, false));
        if (n === 1) return x;
        const s = this.shift("shrui", x, bit, n);
        return this.op(`arith.trunci ${s} : i${n} to i1`);
      }
      case "get-slice": {
        const [x, n] = this.rawInt(e.x);
        const u = intType(n, false);
        const lo = this.emitAs(e.lo, u);
        const shifted = this.shift("shrui", x, lo, n);
        const mask = this.sliceMask(e.lo, e.hi, n, false);
        const m = this.op(`arith.andi ${shifted}, ${mask} : i${n}`);
        return this.resize(m, n, bitsOf(e.type), false);
      }
      case "set-bit": {
        const [x, n] = this.rawInt(e.x);
        const u = intType(n, false);
        const bit = this.emitAs(e.bit, u);
        const one = this.constInt(n, 1n);
        const mask = e.bit.kind === "const" ? this.constInt(n, 1n << toBigInt(e.bit.value)) : this.op(`arith.shli ${one}, ${bit} : i${n}`);
        const notMask = this.not(mask, n);
        const cleared = this.op(`arith.andi ${x}, ${notMask} : i${n}`);
        const v = this.resize(this.toBool(e.value), 1, n, false);
        const placed = this.shift("shli", v, bit, n);
        return this.retype(this.op(`arith.ori ${cleared}, ${placed} : i${n}`), n, e.type);
      }
      case "set-slice": {
        const [x, n] = this.rawInt(e.x);
        const u = intType(n, false);
        const lo = this.emitAs(e.lo, u);
        const mask = this.sliceMask(e.lo, e.hi, n, true);
        const notMask = this.not(mask, n);
        const cleared = this.op(`arith.andi ${x}, ${notMask} : i${n}`);
        const [v, vn] = this.rawInt(e.value);
        const placed = this.shift("shli", this.resize(v, vn, n, false), lo, n);
        const kept = this.op(`arith.andi ${placed}, ${mask} : i${n}`);
        return this.retype(this.op(`arith.ori ${cleared}, ${kept} : i${n}`), n, e.type);
      }
      case "bitcast": {
        const x = this.emit(e.x);
        const from = mlirType(e.x.type);
        const to = mlirType(e.type);
        internalAssert(e.x.type.kind !== "index" && e.type.kind !== "index", "bitcast of index");
        return from === to ? x : this.op(`arith.bitcast ${x} : ${from} to ${to}`);
      }
      case "bit-reverse": {
        const [x, n] = this.rawInt(e.x);
        return this.retype(this.bitReverse(x, n), n, e.type);
      }
      case "call-value": {
        const callee = this.mod.func(e.callee);
        const args = this.callArgs(e.args, callee);
        return this.op(`func.call ${mlirSymbol(e.callee)}(${args.vals.join(", ")}) : (${args.types.join(", ")}) -> ${mlirType(e.type)}`);
      }
    }
  }

  /** `e` converted to `t`; integer constants are emitted directly in `t`. */
  private emitAs(e: Expr, t: ScalarType): string {
    if (e.kind === "const" && (e.type.kind === "int" || e.type.kind === "index") && (t.kind === "int" || t.kind === "index")) {
      return this.constOf(t, e.value);
    }
    return this.cast(this.emit(e), e.type, t);
  }

  /** The raw integer of an int/fixed value (index through i32) and its width. */
  private rawInt(e: Expr): [string, number] {
    if (e.type.kind === "index") return [this.cast(this.emit(e), INDEX, I32), 32];
    internalAssert(e.type.kind === "int" || e.type.kind === "fixed", `bit operation on ${shortName(e.type)}`);
    return [this.emit(e), e.type.bits];
  }

  /** Reads an n-bit result back as `t` (same bits, or through i32 for index). */
  private retype(v: string, n: number, t: ScalarType): string {
    if (t.kind === "index") return this.cast(v, intType(n), INDEX);
    return this.resize(v, n, bitsOf(t), false);
  }

  /** Ones at bits lo..hi-1 (`shifted`) or at 0..hi-lo-1, without any shift by ≥ n bits. */
  private sliceMask(loE: Expr, hiE: Expr, n: number, shifted: boolean): string {
    if (loE.kind === "const" && hiE.kind === "const") {
      const lo = toBigInt(loE.value);
      const w = toBigInt(hiE.value) - lo;
      const ones = w <= 0n ? 0n : (1n << (w > BigInt(n) ? BigInt(n) : w)) - 1n;
      return this.constInt(n, shifted ? ones << lo : ones);
    }
    const u = intType(n, false);
    const lo = this.emitAs(loE, u);
    const hi = this.emitAs(hiE, u);
    const w = this.op(`arith.subi ${hi}, ${lo} : i${n}`);
    const sh = this.op(`arith.subi ${this.constInt(n, BigInt(n))}, ${w} : i${n}`);
    const ones = this.op(`arith.shrui ${this.constInt(n, -1n)}, ${sh} : i${n}`);
    return shifted ? this.op(`arith.shli ${ones}, ${lo} : i${n}`) : ones;
  }

  /** Reverses the n bits of x: log-step swaps in the next power-of-two width, then realign. */
  private bitReverse(x: string, n: number): string {
    if (n === 1) return x;
    let p = 2;
    while (p < n) p *= 2;
    let v = this.resize(x, n, p, false);
    for (let k = p / 2; k >= 1; k /= 2) {
      let m = 0n;
      for (let i = 0; i < p; i++) if (Math.floor(i / k) % 2 === 0) m |= 1n << BigInt(i);
      const mask = this.constInt(p, m);
      const kc = this.constInt(p, BigInt(k));
      const hiPart = this.op(`arith.andi ${this.op(`arith.shrui ${v}, ${kc} : i${p}`)}, ${mask} : i${p}`);
      const loPart = this.op(`arith.shli ${this.op(`arith.andi ${v}, ${mask} : i${p}`)}, ${kc} : i${p}`);
      v = this.op(`arith.ori ${hiPart}, ${loPart} : i${p}`);
    }
    if (p > n) v = this.op(`arith.shrui ${v}, ${this.constInt(p, BigInt(p - n))} : i${p}`);
    return this.resize(v, p, n, false);
  }

  /** Truthiness as i1. */
  private toBool(e: Expr): string {
    const v = this.emit(e);
    const t = e.type;
    if (t.kind === "int" && t.bits === 1) return v;
    if (t.kind === "float") return this.op(`arith.cmpf une, ${v}, ${this.constFloat(t, 0)} : ${t.name}`);
    return this.op(`arith.cmpi ne, ${v}, ${this.constOf(t, 0)} : ${mlirType(t)}`);
  }

  private emitBinary(op: string, t: ScalarType, lhs: Expr, rhs: Expr): string {
    const ty = mlirType(t);
    if (op === "shl" || op === "shr") {
      internalAssert(t.kind !== "float", "shift of a float");
      const a = this.emitAs(lhs, t);
      const b = this.emitAs(rhs, t.kind === "index" ? INDEX : intType(bitsOf(t), rhs.type.kind === "int" ? rhs.type.signed : true));
      const name = op === "shl" ? "shli" : isUnsigned(t) ? "shrui" : "shrsi";
      return this.op(`arith.${name} ${a}, ${b} : ${ty}`);
    }
    if (t.kind === "fixed" && (op === "mul" || op === "div" || op === "floordiv" || op === "pow")) {
      return this.fixedMulDiv(op, t, lhs, rhs);
    }
    const a = this.emitAs(lhs, t);
    const b = this.emitAs(rhs, t);
    if (t.kind === "float") {
      const simple: Record<string, string> = {
        add: "addf", sub: "subf", mul: "mulf", div: "divf", rem: "remf", min: "minimumf", max: "maximumf",
      };
      if (simple[op]) return this.op(`arith.${simple[op]} ${a}, ${b} : ${ty}`);
      if (op === "floordiv") return this.op(`math.floor ${this.op(`arith.divf ${a}, ${b} : ${ty}`)} : ${ty}`);
      if (op === "pow") return this.op(`math.powf ${a}, ${b} : ${ty}`);
      throw new InternalError(`${op} on ${ty}`);
    }
    const u = isUnsigned(t);
    const names: Record<string, string> = {
      add: "addi", sub: "subi", mul: "muli", and: "andi", or: "ori", xor: "xori",
      div: u ? "divui" : "divsi", floordiv: u ? "divui" : "floordivsi", rem: u ? "remui" : "remsi",
      min: u ? "minui" : "minsi", max: u ? "maxui" : "maxsi",
    };
    if (names[op]) return this.op(`arith.${names[op]} ${a}, ${b} : ${ty}`);
    if (op === "pow") return this.op(`math.ipowi ${a}, ${b} : ${ty}`);
    throw new InternalError(`unknown binary op ${op}`);
  }

  /** Fixed-point mul/div (both operands of type t), see the header comment. */
  private fixedMulDiv(op: string, t: FixedType, lhs: Expr, rhs: Expr): string {
    if (op === "pow") {
      const a = this.cast(this.emit(lhs), lhs.type, F64);
      const b = this.cast(this.emit(rhs), rhs.type, F64);
      return this.cast(this.op(`math.powf ${a}, ${b} : f64`), F64, t);
    }
    const w = t.bits;
    const f = t.frac;
    const s = t.signed;
    const a = this.emitAs(lhs, t);
    const b = this.emitAs(rhs, t);
    if (op === "mul") {
      const wt = Math.max(2 * w, Math.abs(f) + 1);
      const p = this.op(`arith.muli ${this.resize(a, w, wt, s)}, ${this.resize(b, w, wt, s)} : i${wt}`);
      let r = p;
      if (f > 0) r = this.op(`arith.${s ? "shrsi" : "shrui"} ${p}, ${this.constInt(wt, BigInt(f))} : i${wt}`);
      if (f < 0) r = this.op(`arith.shli ${p}, ${this.constInt(wt, BigInt(-f))} : i${wt}`);
      return this.resize(r, wt, w, s);
    }
    if (op === "floordiv") {
      // Python's a // b: the floor of the real quotient, an integer value; raw = ⌊a/b⌋·2^F.
      const wq = Math.max(w, 2) + Math.max(f, 0) + 1;
      const q = this.op(`arith.${s ? "floordivsi" : "divui"} ${this.resize(a, w, wq, s)}, ${this.resize(b, w, wq, s)} : i${wq}`);
      const r = f > 0 ? this.op(`arith.shli ${q}, ${this.constInt(wq, BigInt(f))} : i${wq}`)
        : f < 0 ? this.op(`arith.${s ? "shrsi" : "shrui"} ${q}, ${this.constInt(wq, BigInt(Math.min(-f, wq - 1)))} : i${wq}`) : q;
      return this.resize(r, wq, w, s);
    }
    // div: raw = (a·2^F) / b, or a / (b·2^-F) when F < 0, in a width that holds the shift.
    const wt = Math.max(2 * w, w + Math.abs(f) + 1);
    let num = this.resize(a, w, wt, s);
    let den = this.resize(b, w, wt, s);
    if (f > 0) num = this.op(`arith.shli ${num}, ${this.constInt(wt, BigInt(f))} : i${wt}`);
    if (f < 0) den = this.op(`arith.shli ${den}, ${this.constInt(wt, BigInt(-f))} : i${wt}`);
    const name = s ? (op === "div" ? "divsi" : "floordivsi") : "divui";
    return this.resize(this.op(`arith.${name} ${num}, ${den} : i${wt}`), wt, w, s);
  }

  private emitCompare(pred: string, lhs: Expr, rhs: Expr): string {
    const t = lhs.type;
    const a = this.emit(lhs);
    const b = this.emitAs(rhs, t);
    if (t.kind === "float") {
      const p = { eq: "oeq", ne: "une", lt: "olt", le: "ole", gt: "ogt", ge: "oge" }[pred]!;
      return this.op(`arith.cmpf ${p}, ${a}, ${b} : ${t.name}`);
    }
    const u = isUnsigned(t);
    const p = pred === "eq" || pred === "ne" ? pred : `${u ? "u" : "s"}${pred}`;
    return this.op(`arith.cmpi ${p}, ${a}, ${b} : ${mlirType(t)}`);
  }

  private emitUnary(op: "neg" | "not", t: ScalarType, xe: Expr): string {
    if (op === "not" && t.kind === "int" && t.bits === 1 && !(xe.type.kind === "int" && xe.type.bits === 1)) {
      // logical not of a non-bool value: x == 0
      const v = this.emit(xe);
      if (xe.type.kind === "float") return this.op(`arith.cmpf oeq, ${v}, ${this.constFloat(xe.type, 0)} : ${xe.type.name}`);
      return this.op(`arith.cmpi eq, ${v}, ${this.constOf(xe.type, 0)} : ${mlirType(xe.type)}`);
    }
    const x = this.emitAs(xe, t);
    const ty = mlirType(t);
    if (t.kind === "float") {
      internalAssert(op === "neg", "bitwise not of a float");
      return this.op(`arith.negf ${x} : ${ty}`);
    }
    if (op === "neg") return this.op(`arith.subi ${this.constOf(t, 0)}, ${x} : ${ty}`);
    return this.op(`arith.xori ${x}, ${this.constOf(t, -1)} : ${ty}`);
  }

  private emitMath(fn: string, t: ScalarType, args: readonly Expr[]): string {
    if (fn === "abs") {
      const x = this.emitAs(args[0]!, t);
      if (t.kind === "float") return this.op(`math.absf ${x} : ${t.name}`);
      if (isUnsigned(t)) return x;
      return this.op(`math.absi ${x} : ${mlirType(t)}`);
    }
    if (fn === "pow") return this.emitBinary("pow", t, args[0]!, args[1]!);
    // Transcendental functions: in the result's float type, else in f64 and converted back.
    const ft = t.kind === "float" ? t : F64;
    const vals = args.map((a) => this.emitAs(a, ft));
    const r = this.op(`math.${fn} ${vals.join(", ")} : ${ft.name}`);
    return this.cast(r, ft, t);
  }

  // ---------------------------------------------------------------- conversions

  /** `v` (an n-bit integer) extended or truncated to m bits. */
  private resize(v: string, n: number, m: number, signed: boolean): string {
    if (n === m) return v;
    if (m < n) return this.op(`arith.trunci ${v} : i${n} to i${m}`);
    return this.op(`arith.${signed ? "extsi" : "extui"} ${v} : i${n} to i${m}`);
  }

  /** Converts a value of type `from` to `to` with DESIGN §5 semantics. */
  private cast(v: string, from: ScalarType, to: ScalarType): string {
    if (sameType(from, to)) return v;
    if (from.kind === "index") {
      return this.cast(this.op(`arith.index_cast ${v} : index to i32`), I32, to);
    }
    if (to.kind === "index") {
      return this.op(`arith.index_cast ${this.cast(v, from, I32)} : i32 to index`);
    }
    if (from.kind === "float") {
      if (to.kind === "float") return this.floatToFloat(v, from, to);
      if (to.kind === "int") return this.op(`arith.${to.signed ? "fptosi" : "fptoui"} ${v} : ${from.name} to i${to.bits}`);
      return this.floatToFixed(v, from, to);
    }
    if (to.kind === "float") {
      if (from.kind === "int") return this.op(`arith.${from.signed ? "sitofp" : "uitofp"} ${v} : i${from.bits} to ${to.name}`);
      return this.fixedToFloat(v, from, to);
    }
    const f1 = from.kind === "fixed" ? from.frac : 0;
    const f2 = to.kind === "fixed" ? to.frac : 0;
    // Fixed → int truncates toward zero (C-style, as the exported C++ does); fixed narrowing floors.
    return this.realign(v, from.bits, f1, from.signed, to.bits, f2, from.kind === "fixed" && to.kind === "int");
  }

  /** Fixed/int → fixed/int: value·2^(F2−F1), floored, wrapped to W2 bits. */
  private realign(v: string, w1: number, f1: number, s1: boolean, w2: number, f2: number, towardZero = false): string {
    const d = f2 - f1;
    if (d >= 0) {
      // Only the low W2 bits survive, so resize first and shift in the target width.
      const x = this.resize(v, w1, w2, s1);
      if (d === 0) return x;
      if (d >= w2) return this.constInt(w2, 0n);
      return this.op(`arith.shli ${x}, ${this.constInt(w2, BigInt(d))} : i${w2}`);
    }
    const k = -d;
    let x: string;
    if (towardZero && s1) {
      // divsi truncates toward zero; widen so that 2^k is a positive constant.
      const w = Math.max(w1, k + 2);
      const q = this.op(`arith.divsi ${this.resize(v, w1, w, true)}, ${this.constInt(w, 1n << BigInt(k))} : i${w}`);
      return this.resize(q, w, w2, true);
    }
    if (k >= w1) x = s1 ? this.op(`arith.shrsi ${v}, ${this.constInt(w1, BigInt(w1 - 1))} : i${w1}`) : this.constInt(w1, 0n);
    else x = this.op(`arith.${s1 ? "shrsi" : "shrui"} ${v}, ${this.constInt(w1, BigInt(k))} : i${w1}`);
    return this.resize(x, w1, w2, s1);
  }

  private floatToFloat(v: string, from: FloatType, to: FloatType): string {
    if (from.name === to.name) return v;
    if (from.bits === to.bits) {
      // f16 ↔ bf16: neither contains the other; f32 contains both, so one rounding.
      return this.floatToFloat(this.floatToFloat(v, from, F32), F32, to);
    }
    return this.op(`arith.${to.bits > from.bits ? "extf" : "truncf"} ${v} : ${from.name} to ${to.name}`);
  }

  private floatToFixed(v: string, from: FloatType, to: FixedType): string {
    const f = to.frac;
    // Work where x·2^F is exact: f32 holds f16/bf16/f32 values scaled by moderate powers of two.
    const wt = from.name === "f64" || Math.abs(f) > 60 ? F64 : F32;
    let x = this.floatToFloat(v, from, wt);
    if (f !== 0) x = this.op(`arith.mulf ${x}, ${this.constFloat(wt, 2 ** f)} : ${wt.name}`);
    x = this.op(`math.floor ${x} : ${wt.name}`);
    // Convert into a wider integer and truncate, so out-of-range values wrap like AP_WRAP.
    const wi = Math.max(to.bits + 1, 64);
    const i = this.op(`arith.fptosi ${x} : ${wt.name} to i${wi}`);
    return this.resize(i, wi, to.bits, true);
  }

  private fixedToFloat(v: string, from: FixedType, to: FloatType): string {
    const f = from.frac;
    const direct = from.bits <= MANTISSA[to.name] && Math.abs(f) <= MAX_EXP[to.name];
    const wt = direct ? to : F64;
    const x = this.op(`arith.${from.signed ? "sitofp" : "uitofp"} ${v} : i${from.bits} to ${wt.name}`);
    const y = f === 0 ? x : this.op(`arith.divf ${x}, ${this.constFloat(wt, 2 ** f)} : ${wt.name}`);
    return this.floatToFloat(y, wt, to);
  }

  // ---------------------------------------------------------------- statements

  private emitStmt(s: Stmt): void {
    const saved = this.origin;
    this.origin = { range: s.range };
    this.emitStmtAt(s);
    this.origin = saved;
  }

  private emitStmtAt(s: Stmt): void {
    switch (s.kind) {
      case "for": {
        const lbA = this.affineBound(s.lb, "max");
        const ubA = this.affineBound(s.ub, "min");
        const iv = this.fresh(`arg${this.nextArg++}`);
        const step = s.step === 1 ? "" : ` step ${typeof s.step === "number" ? s.step : ""}`;
        if (lbA && ubA && typeof s.step === "number") {
          this.line(`affine.for ${iv} = ${this.renderBound(lbA, "max")} to ${this.renderBound(ubA, "min")}${step} {`);
        } else {
          const lb = this.emit(s.lb);
          const ub = this.emit(s.ub);
          // A step from a value makes this an scf.for, as Allo builds it (affine.for steps are constants).
          const st = typeof s.step === "number" ? this.constIndex(s.step) : this.emit(s.step);
          this.line(`scf.for ${iv} = ${lb} to ${ub} step ${st} {`);
        }
        this.ivs.set(s.iv.id, { ssa: iv, affine: !!(lbA && ubA) && typeof s.step === "number" });
        this.block(s.body);
        this.ivs.delete(s.iv.id);
        const keys = (["pipeline", "unroll", "dataflow", "parallel"] as const)
          .filter((a) => (a === "pipeline" ? s.attrs.pipelineII !== undefined : a === "unroll" ? s.attrs.unroll !== undefined : s.attrs[a]))
          .map((a) => loopAttrKey(this.f.name, s.loopName, a));
        this.attrLine(`}${loopAttrs(s.loopName, s.opName, s.attrs)}`, keys);
        return;
      }
      case "if": {
        const c = this.toBool(s.cond);
        this.line(`scf.if ${c} {`);
        this.block(s.then);
        if (s.else.length > 0) {
          this.line("} else {");
          this.block(s.else);
        }
        this.line("}");
        return;
      }
      case "while": {
        this.line("scf.while : () -> () {");
        const saved = this.indent;
        this.indent += "  ";
        const c = this.toBool(s.cond);
        this.line(`scf.condition(${c})`);
        this.indent = saved;
        this.line("} do {");
        this.block(s.body);
        this.indent += "  ";
        this.line("scf.yield");
        this.indent = saved;
        this.line("}");
        return;
      }
      case "store": {
        const v = this.emit(s.value);
        this.storeTo(s.buf, s.indices, v);
        return;
      }
      case "alloc": this.emitAlloc(s.buf); return;
      case "call": this.emitCall(s); return;
      case "copy": this.emitCopy(s); return;
      case "stream-put-block":
        this.line(`"allo.stream_put"(${this.buffer(s.stream)}, ${this.buffer(s.src)}) : (${streamType(s.stream)}, ${memrefType(s.src.type)}) -> ()`);
        return;
      case "stream-get-block": {
        const v = this.fresh(s.dst.name);
        this.line(`${v} = "allo.stream_get"(${this.buffer(s.stream)}) : (${streamType(s.stream)}) -> ${memrefType(s.dst.type)}`);
        this.bufVal.set(s.dst.id, v);
        return;
      }
      case "stream-put": {
        const v = this.emitAs(s.value, s.stream.type.elem);
        this.line(`"allo.stream_put"(${this.buffer(s.stream)}, ${v}) : (${streamType(s.stream)}, ${mlirType(s.stream.type.elem)}) -> ()`);
        return;
      }
      case "return": throw new InternalError(`return nested inside control flow in ${this.f.name}`);
    }
  }

  private block(ss: readonly Stmt[]): void {
    const saved = this.indent;
    this.indent += "  ";
    for (const s of ss) this.emitStmt(s);
    this.indent = saved;
  }

  private storeTo(buf: Buffer, indices: readonly Expr[], v: string): void {
    const b = this.buffer(buf);
    const aff = this.affineIndices(indices);
    if (aff !== null) {
      this.line(`affine.store ${v}, ${b}${aff} : ${memrefType(buf.type)}`);
      return;
    }
    const idx = indices.map((i) => this.emit(i));
    this.line(`memref.store ${v}, ${b}[${idx.join(", ")}] : ${memrefType(buf.type)}`);
  }

  private emitAlloc(b: Buffer): void {
    if (b.storage === "stream") {
      const v = this.fresh(b.name);
      this.line(`${v} = "allo.stream_construct"() {name = ${quote(b.name)}} : () -> ${streamType(b)}`);
      this.bufVal.set(b.id, v);
      return;
    }
    const ty = memrefType(b.type);
    if (b.storage === "const" || b.storage === "stateful") {
      // get_global's inherent `name` is the symbol, which already carries the buffer's name.
      const g = this.mod.global(b, b.storage === "const");
      const extra = bufferAttrs(b, "");
      const v = this.op(`memref.get_global ${g} : ${ty}${extra.length ? ` {${extra.join(", ")}}` : ""}`);
      this.bufVal.set(b.id, v);
      return;
    }
    const v = this.fresh("alloc");
    this.attrLine(`${v} = memref.alloc() {${[`name = ${quote(b.name)}`, ...bufferAttrs(b, "")].join(", ")}} : ${ty}`, bufferAttrKeys(this.f.name, b));
    this.bufVal.set(b.id, v);
    const init = b.init;
    if (!init) return;
    if (init.kind === "data") {
      const g = this.mod.global(b, true);
      const src = this.op(`memref.get_global ${g} : ${ty}`);
      this.line(`memref.copy ${src}, ${v} : ${ty} to ${ty}`);
      return;
    }
    const c = this.constOf(b.type.elem, init.value);
    this.loopNest(b.type.shape, (idx) => this.line(`affine.store ${c}, ${v}[${idx.join(", ")}] : ${ty}`));
  }

  /** A plain affine nest over `shape` (no Allo names: it is not a user loop). */
  private loopNest(shape: readonly number[], inner: (ivs: string[]) => void): void {
    const saved = this.indent;
    const ivs: string[] = [];
    for (const d of shape) {
      const iv = this.fresh(`arg${this.nextArg++}`);
      this.line(`affine.for ${iv} = 0 to ${d} {`);
      this.indent += "  ";
      ivs.push(iv);
    }
    inner(ivs);
    for (let i = 0; i < shape.length; i++) {
      this.indent = this.indent.slice(2);
      this.line("}");
    }
    this.indent = saved;
  }

  /** Copies src into dst (same shape), converting element types. */
  private copyValue(src: string, srcT: ArrayType, dst: string, dstT: ArrayType): void {
    internalAssert(srcT.shape.length === dstT.shape.length && srcT.shape.every((d, i) => d === dstT.shape[i]), "copy between different shapes");
    if (sameType(srcT.elem, dstT.elem)) {
      this.line(`memref.copy ${src}, ${dst} : ${memrefType(srcT)} to ${memrefType(dstT)}`);
      return;
    }
    this.loopNest(srcT.shape, (ivs) => {
      const x = this.op(`affine.load ${src}[${ivs.join(", ")}] : ${memrefType(srcT)}`);
      const y = this.cast(x, srcT.elem, dstT.elem);
      this.line(`affine.store ${y}, ${dst}[${ivs.join(", ")}] : ${memrefType(dstT)}`);
    });
  }

  private emitCopy(s: Copy): void {
    this.copyValue(this.buffer(s.src), s.src.type, this.buffer(s.dst), s.dst.type);
  }

  private callArgs(args: readonly CallArg[], callee: Func | undefined): { vals: string[]; types: string[] } {
    const vals: string[] = [];
    const types: string[] = [];
    args.forEach((a, i) => {
      const p = callee?.params[i];
      if (isBuffer(a)) {
        vals.push(this.buffer(a));
        types.push(bufferType(a));
        internalAssert(!p || (p.kind === "buffer" && sameType(p.type, a.type)), `argument ${i} of call to ${callee?.name} has the wrong type`);
        return;
      }
      const t = p && p.kind === "scalar-param" ? p.type : a.type;
      vals.push(this.emitAs(a, t));
      types.push(mlirType(t));
    });
    return { vals, types };
  }

  private emitCall(s: CallStmt): void {
    const callee = this.mod.func(s.callee);
    const args = this.callArgs(s.args, callee);
    const resTypes = callee ? callee.results : s.results.map((b) => (b.type.shape.length === 0 ? b.type.elem : b.type));
    internalAssert(resTypes.length === s.results.length, `call to ${s.callee} binds ${s.results.length} of ${resTypes.length} results`);
    const tys = resTypes.map((t) => (t.kind === "array" ? memrefType(t) : mlirType(t)));
    const sig = `(${args.types.join(", ")}) -> ${tys.length === 1 ? tys[0] : `(${tys.join(", ")})`}`;
    const call = `func.call ${mlirSymbol(s.callee)}(${args.vals.join(", ")}) : ${sig}`;
    if (resTypes.length === 0) {
      this.line(call);
      return;
    }
    const r = `%${this.nextNum++}`;
    this.line(`${resTypes.length === 1 ? r : `${r}:${resTypes.length}`} = ${call}`);
    resTypes.forEach((t, i) => {
      const v = resTypes.length === 1 ? r : `${r}#${i}`;
      const dst = s.results[i]!;
      if (t.kind === "array") {
        this.copyValue(v, t, this.buffer(dst), dst.type);
      } else {
        internalAssert(dst.type.shape.length === 0, `scalar result of ${s.callee} bound to an array`);
        this.line(`affine.store ${this.cast(v, t, dst.type.elem)}, ${this.buffer(dst)}[] : ${memrefType(dst.type)}`);
      }
    });
  }

  private emitReturn(s: Return): void {
    const f = this.f;
    internalAssert(s.values.length === f.results.length, `return of ${s.values.length} values from ${f.name}`);
    const vals = s.values.map((a, i) => {
      const rt = f.results[i]!;
      if (isBuffer(a)) {
        internalAssert(rt.kind === "array", `array returned as a scalar from ${f.name}`);
        const v = this.buffer(a);
        if (sameType(a.type, rt)) return v;
        // Returned with another element type: convert into a fresh buffer of the result type.
        const tmp = this.fresh("alloc");
        this.line(`${tmp} = memref.alloc() : ${memrefType(rt)}`);
        this.copyValue(v, a.type, tmp, rt);
        return tmp;
      }
      internalAssert(rt.kind !== "array", `scalar returned as an array from ${f.name}`);
      return this.emitAs(a, rt);
    });
    const tys = f.results.map((t) => (t.kind === "array" ? memrefType(t) : mlirType(t)));
    this.line(vals.length ? `return ${vals.join(", ")} : ${tys.join(", ")}` : "return");
  }
}

function bitsOf(t: ScalarType): number {
  return t.kind === "index" ? 32 : t.bits;
}

/** ` {loop_name = "i", op_name = "S_i_0", pipeline_ii = 1 : ui32, ...}` in Allo's spelling. */
function loopAttrs(loopName: string, opName: string | undefined, a: LoopAttrs): string {
  const out = [`loop_name = ${quote(loopName)}`];
  if (opName !== undefined) out.push(`op_name = ${quote(opName)}`);
  if (a.pipelineII !== undefined) out.push(`pipeline_ii = ${a.pipelineII} : ui32`);
  if (a.unroll !== undefined) out.push(`unroll = ${a.unroll} : ui32`);
  if (a.reduction) out.push("reduction");
  if (a.parallel) out.push("parallel");
  if (a.dataflow) out.push("dataflow");
  if (a.rewind) out.push("rewind");
  return ` {${out.join(", ")}}`;
}

/** Keys of the schedule attributes a buffer carries (see output/origins.ts). */
function bufferAttrKeys(func: string, b: Buffer): string[] {
  const keys: string[] = [];
  if (b.partition?.some((d) => d)) keys.push(bufferAttrKey(func, b.name, "partition"));
  if (b.stream) keys.push(bufferAttrKey(func, b.name, "stream"));
  if (b.memory) keys.push(bufferAttrKey(func, b.name, "memory"));
  return keys;
}
