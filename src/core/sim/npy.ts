/**
 * NumPy .npy files for the simulator's inputs and outputs (DESIGN §3), on plain Uint8Arrays so the same code
 * runs in the worker, the CLI and the tests.
 *
 * Dtype mapping (Allo type → numpy):
 *   int8…int64, uint8…uint64 → the same; bool (UInt(1)) → bool (`|b1`);
 *   other integer widths → the smallest standard container of the same signedness (Int(17) → int32,
 *   UInt(3) → uint8, Int(1) → int8); widths above 64 bits have no numpy dtype and are an error;
 *   index → int32; float16/32/64 → `<f2`/`<f4`/`<f8`;
 *   bfloat16 → float32 (numpy has no bfloat16; values are exact in float32, and are rounded to bfloat16 on input);
 *   Fixed/UFixed → float64 holding the real value (floored to the type's resolution and wrapped on input).
 */
import type { Tensor } from "../api-types";
import type { ScalarType, ValueType } from "../types/types";
import { DYN, typeToString } from "../types/types";

/** A parsed .npy array: `dtype` is numpy's name (int8, uint16, bool, float32, …); data in C order. */
export interface NpyArray {
  readonly dtype: string;
  readonly shape: number[];
  /** Numbers for every dtype except int64/uint64, which are bigints so no value is rounded. */
  readonly data: number[] | bigint[];
}

export type NpyError = { readonly error: string };

interface DtypeInfo {
  /** numpy name, also the name users type after `np.`. */
  readonly name: string;
  readonly kind: "b" | "i" | "u" | "f";
  readonly size: 1 | 2 | 4 | 8;
}

const DTYPES: readonly DtypeInfo[] = [
  { name: "bool", kind: "b", size: 1 },
  { name: "int8", kind: "i", size: 1 }, { name: "int16", kind: "i", size: 2 },
  { name: "int32", kind: "i", size: 4 }, { name: "int64", kind: "i", size: 8 },
  { name: "uint8", kind: "u", size: 1 }, { name: "uint16", kind: "u", size: 2 },
  { name: "uint32", kind: "u", size: 4 }, { name: "uint64", kind: "u", size: 8 },
  { name: "float16", kind: "f", size: 2 }, { name: "float32", kind: "f", size: 4 },
  { name: "float64", kind: "f", size: 8 },
];

function dtypeByName(name: string): DtypeInfo {
  const d = DTYPES.find((x) => x.name === name);
  if (!d) throw new Error(`internal: unknown dtype ${name}`);
  return d;
}

function descrOf(d: DtypeInfo): string {
  return `${d.size === 1 ? "|" : "<"}${d.kind}${d.size}`;
}

/** The numpy dtype an Allo scalar type is exchanged as (see the table at the top of this file). */
export function npyDtypeFor(t: ScalarType): string | NpyError {
  switch (t.kind) {
    case "index": return "int32";
    case "float": return t.name === "f16" ? "float16" : t.name === "f64" ? "float64" : "float32";
    case "fixed": return "float64";
    case "int": {
      if (t.bits === 1 && !t.signed) return "bool";
      if (t.bits > 64) {
        return { error: `${typeToString(t)} is wider than 64 bits and has no numpy dtype; .npy files hold at most 64-bit integers` };
      }
      const c = t.bits <= 8 ? 8 : t.bits <= 16 ? 16 : t.bits <= 32 ? 32 : 64;
      return `${t.signed ? "int" : "uint"}${c}`;
    }
  }
}

/** Python's repr of a shape tuple: (), (3,), (2, 3). */
export function formatShape(shape: readonly number[]): string {
  // A dynamic size (float32[...]) shows as MLIR's "?".
  const dims = shape.map((d) => (d === DYN ? "?" : String(d)));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(", ")})`;
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

// ---------------------------------------------------------------------------------------------------------
// float16 / bfloat16 helpers

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** IEEE binary16 bits of `v`, rounded to nearest even. */
export function float16Bits(v: number): number {
  if (Number.isNaN(v)) return 0x7e00;
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const a = Math.abs(v);
  // 65520 is halfway between the largest half (65504) and 2^16; ties-to-even rounds it up to infinity.
  if (a >= 65520) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24); // subnormal (a carry into 0x400 is still right)
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  const m = roundHalfEven(a * 2 ** (10 - e)); // 1024..2048, exact scaling
  return sign | (((e + 15) << 10) + (m - 1024)); // m = 2048 carries into the exponent, as it should
}

export function float16FromBits(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1024 + m) * 2 ** (e - 25);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Round a number to bfloat16 (nearest even), via float32 first as a bfloat16 store from float32 does. */
export function roundBfloat16(v: number): number {
  f32[0] = v;
  const b = u32[0]!;
  if ((b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0) return NaN;
  u32[0] = ((b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000) >>> 0;
  return f32[0]!;
}

// ---------------------------------------------------------------------------------------------------------
// writing

/**
 * Encode a tensor as a .npy v1.0 file (v2.0 only if the header would not fit, as numpy does).
 * Errors (no numpy dtype for the type, data length not matching the shape) come back as `{ error }`.
 */
export function writeNpy(t: Tensor): Uint8Array | NpyError {
  const dn = npyDtypeFor(t.type);
  if (typeof dn !== "string") return dn;
  const d = dtypeByName(dn);
  const count = t.shape.reduce((a, b) => a * b, 1);
  if (t.data.length !== count) {
    return { error: `value of shape ${formatShape(t.shape)} needs ${count} elements but has ${t.data.length}` };
  }
  let header = `{'descr': '${descrOf(d)}', 'fortran_order': False, 'shape': ${formatShape(t.shape)}, }`;
  // numpy leaves room for the first dimension to grow to 21 digits so headers can be rewritten in place.
  if (t.shape.length > 0) header += " ".repeat(Math.max(0, 21 - String(t.shape[0]).length));
  // numpy's rule (format._wrap_header): pad so magic + length field + header + '\n' is a multiple of 64,
  // with a whole block of padding when it already is.
  let lenBytes = 2;
  let padLen = 64 - ((8 + lenBytes + header.length + 1) % 64);
  if (header.length + 1 + padLen > 0xffff) {
    lenBytes = 4;
    padLen = 64 - ((8 + lenBytes + header.length + 1) % 64);
  }
  header += " ".repeat(padLen) + "\n";
  const start = 8 + lenBytes + header.length;
  const out = new Uint8Array(start + count * d.size);
  out.set(MAGIC, 0);
  out[6] = lenBytes === 2 ? 1 : 2;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (lenBytes === 2) view.setUint16(8, header.length, true);
  else view.setUint32(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[8 + lenBytes + i] = header.charCodeAt(i);
  const data = t.data as ArrayLike<number | bigint>;
  if (d.name === "float32" && LITTLE_ENDIAN_HOST && (data instanceof Float32Array || Array.isArray(data) && data.every((v) => typeof v === "number"))) {
    // The bytes of a Float32Array are the file's data on a little-endian host (the same rounding as setFloat32).
    const f = data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>);
    out.set(new Uint8Array(f.buffer, f.byteOffset, count * 4), start);
    return out;
  }
  for (let i = 0; i < count; i++) {
    const v = data[i]!;
    const off = start + i * d.size;
    switch (d.name) {
      case "bool": out[off] = v ? 1 : 0; break;
      case "int8": view.setInt8(off, Number(v)); break;
      case "uint8": view.setUint8(off, Number(v)); break;
      case "int16": view.setInt16(off, Number(v), true); break;
      case "uint16": view.setUint16(off, Number(v), true); break;
      case "int32": view.setInt32(off, Number(v), true); break;
      case "uint32": view.setUint32(off, Number(v), true); break;
      case "int64": view.setBigInt64(off, BigInt(v), true); break;
      case "uint64": view.setBigUint64(off, BigInt(v), true); break;
      case "float16": view.setUint16(off, float16Bits(Number(v)), true); break;
      case "float32": view.setFloat32(off, Number(v), true); break;
      case "float64": view.setFloat64(off, Number(v), true); break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// reading

type PyValue = string | number | boolean | PyValue[] | { tuple: PyValue[] } | Map<string, PyValue>;

/** A parser for the Python literal numpy writes as the header (a dict of strings, bools, ints, tuples). */
/** Nesting of the header's dicts, tuples and lists (a real header nests two levels). */
const MAX_HEADER_NESTING = 16;
/** Header bytes we read (numpy itself refuses headers over 10,000 bytes by default). */
export const MAX_NPY_HEADER = 1 << 16;

class HeaderParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  parseAll(): PyValue {
    const v = this.value();
    this.ws();
    if (this.pos !== this.s.length) this.fail("unexpected text after the header dictionary");
    return v;
  }

  private fail(msg: string): never {
    throw new HeaderError(msg);
  }

  private ws(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos]!)) this.pos++;
  }

  private value(): PyValue {
    this.ws();
    const c = this.s[this.pos];
    if (c === undefined) this.fail("the header ends too early");
    if (c === "{" || c === "(" || c === "[") {
      if (++this.depth > MAX_HEADER_NESTING) this.fail(`the header nests more than ${MAX_HEADER_NESTING} levels`);
      const v = c === "{" ? this.dict() : c === "(" ? { tuple: this.seq("(", ")") } : this.seq("[", "]");
      this.depth--;
      return v;
    }
    if (c === "'" || c === '"') return this.str();
    const m = /^(True|False|None|-?\d+L?)/.exec(this.s.slice(this.pos));
    if (!m) this.fail(`unexpected '${c}' in the header`);
    this.pos += m[0].length;
    if (m[0] === "True") return true;
    if (m[0] === "False") return false;
    if (m[0] === "None") return "None";
    return Number(m[0].replace("L", ""));
  }

  private str(): string {
    const q = this.s[this.pos]!;
    const end = this.s.indexOf(q, this.pos + 1);
    if (end < 0) this.fail("unterminated string in the header");
    const v = this.s.slice(this.pos + 1, end);
    this.pos = end + 1;
    return v;
  }

  private seq(_open: string, close: string): PyValue[] {
    this.pos++; // open
    const items: PyValue[] = [];
    for (;;) {
      this.ws();
      if (this.s[this.pos] === close) { this.pos++; return items; }
      items.push(this.value());
      this.ws();
      if (this.s[this.pos] === ",") this.pos++;
      else if (this.s[this.pos] !== close) this.fail(`expected ',' or '${close}' in the header`);
    }
  }

  private dict(): Map<string, PyValue> {
    this.pos++; // {
    const m = new Map<string, PyValue>();
    for (;;) {
      this.ws();
      if (this.s[this.pos] === "}") { this.pos++; return m; }
      const k = this.value();
      if (typeof k !== "string") this.fail("header keys must be strings");
      this.ws();
      if (this.s[this.pos] !== ":") this.fail("expected ':' in the header");
      this.pos++;
      m.set(k, this.value());
      this.ws();
      if (this.s[this.pos] === ",") this.pos++;
      else if (this.s[this.pos] !== "}") this.fail("expected ',' or '}' in the header");
    }
  }
}

class HeaderError extends Error {}

const OTHER_DTYPES: Record<string, string> = {
  c8: "complex64", c16: "complex128", f16: "longdouble", f12: "longdouble", O: "object",
  M8: "datetime64", m8: "timedelta64", V: "void",
};

function describeDescr(descr: string): string {
  const m = /^[<>|=]?([a-zA-Z])(\d*)/.exec(descr);
  if (!m) return `'${descr}'`;
  const known = OTHER_DTYPES[m[1]! + m[2]!] ?? OTHER_DTYPES[m[1]!];
  if (known) return `'${descr}' (${known})`;
  if (m[1] === "U" || m[1] === "S") return `'${descr}' (strings)`;
  return `'${descr}'`;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Parse a .npy file (versions 1.0, 2.0, 3.0; either byte order; C order). */
/**
 * `expect`: the shape the caller needs; a file of another shape is refused before its data is decoded
 * (a large file of the wrong shape costs nothing).
 */
export function readNpy(bytes: Uint8Array, expect?: { readonly shape: readonly number[]; readonly describe: (actual: readonly number[]) => string }): NpyArray | NpyError {
  return read(bytes, expect, false);
}

/**
 * A .npy file's elements as one typed array (`packed`, `data` left empty) for every dtype but the
 * 64-bit integers (bigints in `data`, as readNpy gives them): a model's weights without a JS number
 * per element. bool is 0/1 in a Uint8Array, float16 is widened to a Float32Array (exact).
 */
export function readNpyPacked(bytes: Uint8Array): (NpyArray & { readonly packed?: PackedElements }) | NpyError {
  return read(bytes, undefined, true);
}

export type PackedElements = Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;

function packedElements(bytes: Uint8Array, start: number, count: number, dt: DtypeInfo, little: boolean): PackedElements {
  // A copy starting at offset 0 of its own buffer, so the typed array is aligned.
  const raw = bytes.slice(start, start + count * dt.size);
  if (dt.size > 1 && little !== LITTLE_ENDIAN_HOST) {
    // Swap each element's bytes into this machine's order.
    for (let i = 0; i < raw.length; i += dt.size) raw.subarray(i, i + dt.size).reverse();
  }
  switch (`${dt.kind}${dt.size}`) {
    case "b1": for (let i = 0; i < raw.length; i++) raw[i] = raw[i] ? 1 : 0; return raw;
    case "i1": return new Int8Array(raw.buffer);
    case "u1": return raw;
    case "i2": return new Int16Array(raw.buffer);
    case "u2": return new Uint16Array(raw.buffer);
    case "i4": return new Int32Array(raw.buffer);
    case "u4": return new Uint32Array(raw.buffer);
    case "f2": {
      const h = new Uint16Array(raw.buffer);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = float16FromBits(h[i]!);
      return out;
    }
    case "f4": return new Float32Array(raw.buffer);
    default: return new Float64Array(raw.buffer);
  }
}

function read(bytes: Uint8Array, expect: { readonly shape: readonly number[]; readonly describe: (actual: readonly number[]) => string } | undefined, packed: boolean): (NpyArray & { readonly packed?: PackedElements }) | NpyError {
  if (bytes.length < 6 || MAGIC.some((b, i) => bytes[i] !== b)) {
    return { error: "not a .npy file (it does not start with the \\x93NUMPY magic); save it with np.save" };
  }
  if (bytes.length < 10) return { error: "the .npy file is truncated (it ends inside the header)" };
  const major = bytes[6]!;
  const minor = bytes[7]!;
  if (major < 1 || major > 3 || minor !== 0) {
    return { error: `unsupported .npy format version ${major}.${minor} (supported: 1.0, 2.0, 3.0)` };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lenBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lenBytes) return { error: "the .npy file is truncated (it ends inside the header)" };
  const hlen = lenBytes === 2 ? view.getUint16(8, true) : view.getUint32(8, true);
  const hstart = 8 + lenBytes;
  if (hlen > MAX_NPY_HEADER) return { error: `the .npy header is ${hlen} bytes long; headers are limited to ${MAX_NPY_HEADER} bytes` };
  if (bytes.length < hstart + hlen) return { error: "the .npy file is truncated (it ends inside the header)" };
  const hbytes = bytes.subarray(hstart, hstart + hlen);
  const headerText = major === 3 ? new TextDecoder("utf-8").decode(hbytes) : latin1(hbytes);

  let header: PyValue;
  try {
    header = new HeaderParser(headerText).parseAll();
  } catch (e) {
    if (e instanceof HeaderError) return { error: `malformed .npy header: ${e.message}` };
    throw e;
  }
  if (!(header instanceof Map)) return { error: "malformed .npy header: it is not a dictionary" };
  const descr = header.get("descr");
  const fortran = header.get("fortran_order");
  const shapeV = header.get("shape");
  if (typeof descr !== "string") {
    if (Array.isArray(descr)) return { error: "structured (record) arrays are not supported; save a plain numeric array" };
    return { error: "malformed .npy header: missing 'descr'" };
  }
  if (typeof fortran !== "boolean") return { error: "malformed .npy header: missing 'fortran_order'" };
  if (typeof shapeV !== "object" || shapeV === null || !("tuple" in shapeV)) {
    return { error: "malformed .npy header: missing 'shape'" };
  }
  const shape: number[] = [];
  for (const d of shapeV.tuple) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) return { error: "malformed .npy header: bad 'shape'" };
    shape.push(d);
  }
  if (expect && (expect.shape.length !== shape.length || expect.shape.some((d, i) => d !== DYN && d !== shape[i]))) return { error: expect.describe(shape) };
  // With at most one dimension the two orders lay out the same bytes.
  if (fortran && shape.filter((d) => d > 1).length > 1) {
    return { error: "Fortran-order arrays are not supported; save with np.ascontiguousarray" };
  }

  const m = /^([<>|=]?)([biuf])(\d+)$/.exec(descr);
  const dt = m ? DTYPES.find((d) => d.kind === m[2] && d.size === Number(m[3])) : undefined;
  if (!m || !dt) {
    return { error: `unsupported dtype ${describeDescr(descr)}; use bool, int8…int64, uint8…uint64, float16, float32 or float64` };
  }
  const little = m[1] !== ">";

  const count = shape.reduce((a, b) => a * b, 1);
  const dstart = hstart + hlen;
  const need = count * dt.size;
  const have = bytes.length - dstart;
  if (have < need) {
    return { error: `the .npy file is truncated: shape ${formatShape(shape)} of ${dt.name} needs ${need} data bytes but the file has ${have}` };
  }

  if (packed && !(dt.size === 8 && dt.kind !== "f")) {
    return { dtype: dt.name, shape, data: [], packed: packedElements(bytes, dstart, count, dt, little) };
  }
  let data: number[] | bigint[];
  if (dt.size === 8 && dt.kind !== "f") {
    const out: bigint[] = new Array<bigint>(count);
    for (let i = 0; i < count; i++) {
      const off = dstart + i * 8;
      out[i] = dt.kind === "i" ? view.getBigInt64(off, little) : view.getBigUint64(off, little);
    }
    data = out;
  } else {
    const out: number[] = new Array<number>(count);
    for (let i = 0; i < count; i++) {
      const off = dstart + i * dt.size;
      let v: number;
      switch (`${dt.kind}${dt.size}`) {
        case "b1": v = bytes[off] ? 1 : 0; break;
        case "i1": v = view.getInt8(off); break;
        case "u1": v = view.getUint8(off); break;
        case "i2": v = view.getInt16(off, little); break;
        case "u2": v = view.getUint16(off, little); break;
        case "i4": v = view.getInt32(off, little); break;
        case "u4": v = view.getUint32(off, little); break;
        case "f2": v = float16FromBits(view.getUint16(off, little)); break;
        case "f4": v = view.getFloat32(off, little); break;
        default: v = view.getFloat64(off, little); break;
      }
      out[i] = v;
    }
    data = out;
  }
  return { dtype: dt.name, shape, data };
}

// ---------------------------------------------------------------------------------------------------------
// checking a file against a parameter

/** numpy's spelling of a dtype in `np.<name>` (np.bool is numpy ≥ 2 only; np.bool_ works everywhere). */
function npAttr(dtype: string): string {
  return dtype === "bool" ? "np.bool_" : `np.${dtype}`;
}

/** Wrap an exact integer (|v| < 2^53) to `bits` ≤ 52 bits, two's complement when signed. */
function wrapNumber(v: number, bits: number, signed: boolean): number {
  const m = 2 ** bits;
  let r = v % m;
  if (r < 0) r += m;
  if (signed && r >= m / 2) r -= m;
  return r;
}

/**
 * Turn a parsed .npy array into the value of a parameter of type `expected`, checking shape and dtype.
 * Non-standard integer widths take their container dtype and wrap (as ap_int does); fixed-point takes
 * float64 or float32 and floors to the type's resolution, then wraps to W bits (AP_TRN, AP_WRAP);
 * floats need their exact dtype (bfloat16: float32, rounded to bfloat16 here).
 * `fileName` is how messages name the file (default `<argName>.npy`).
 */
export function npyToTensor(npy: NpyArray, expected: ValueType, argName: string, fileName = `${argName}.npy`): Tensor | NpyError {
  const elem: ScalarType = expected.kind === "array" ? expected.elem : expected;
  const declared: readonly number[] = expected.kind === "array" ? expected.shape : [];
  const want = npyDtypeFor(elem);
  if (typeof want !== "string") return { error: `argument '${argName}' is ${typeToString(expected)}; ${want.error}` };
  // A dynamic size (float32[...]) takes the file's.
  const shape: readonly number[] = declared.map((d, i) => (d === DYN ? npy.shape[i] ?? d : d));
  if (npy.shape.length !== shape.length || npy.shape.some((d, i) => d !== shape[i])) {
    return { error: `argument '${argName}' expects shape ${formatShape(shape)} but ${fileName} has shape ${formatShape(npy.shape)}` };
  }
  const accepted = elem.kind === "fixed" ? ["float64", "float32"] : [want];
  if (!accepted.includes(npy.dtype)) {
    return { error: `argument '${argName}' is ${typeToString(expected)}; ${fileName} holds ${npy.dtype} — save it with dtype=${npAttr(want)}` };
  }
  const src = npy.data as ArrayLike<number | bigint>;
  const n = src.length;

  switch (elem.kind) {
    case "index":
      return { type: elem, shape, data: Array.from(src as ArrayLike<number>) };
    case "float": {
      const data = Array.from(src as ArrayLike<number>);
      if (elem.name === "bf16") for (let i = 0; i < n; i++) data[i] = roundBfloat16(data[i]!);
      return { type: elem, shape, data };
    }
    case "int": {
      const { bits, signed } = elem;
      if (bits <= 52) {
        const data = new Array<number>(n);
        for (let i = 0; i < n; i++) {
          const v = src[i]!;
          data[i] = typeof v === "bigint"
            ? Number(signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v))
            : wrapNumber(v, bits, signed);
        }
        return { type: elem, shape, data };
      }
      const data = new Array<bigint>(n);
      for (let i = 0; i < n; i++) {
        const v = BigInt(src[i]!);
        data[i] = signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
      }
      return { type: elem, shape, data };
    }
    case "fixed": {
      const { bits, frac, signed } = elem;
      const scale = 2 ** frac;
      const data = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const v = src[i] as number;
        if (!Number.isFinite(v)) {
          return { error: `argument '${argName}': ${fileName} holds ${v} at flat index ${i}; ${typeToString(elem)} has no NaN or infinity` };
        }
        // Scaling by a power of two is exact, so this floor is the exact AP_TRN quantization.
        const scaled = v * scale;
        const raw = Math.floor(scaled);
        if (bits <= 52 && Math.abs(raw) < 2 ** 53) {
          data[i] = wrapNumber(raw, bits, signed) / scale;
        } else {
          // A product too large for a double only happens for huge integers v, so BigInt(v) is exact.
          const r = Number.isFinite(scaled) ? BigInt(raw) : BigInt(v) << BigInt(frac);
          data[i] = Number(signed ? BigInt.asIntN(bits, r) : BigInt.asUintN(bits, r)) / scale;
        }
      }
      return { type: elem, shape, data };
    }
  }
}
