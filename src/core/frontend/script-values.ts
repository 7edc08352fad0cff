/**
 * Python's text forms of interpreter values (`str`, `repr`, f-string format specs) and the numpy
 * side of operators: what `a + b`, `a < b`, `-a`, `a[i] = v` do when an operand is an ndarray.
 */
import type * as ast from "./ast";
import type { PyValue } from "./values";
import { describe, pyBool } from "./values";
import { typeToString } from "../types/types";
import type { BinaryOp, CompareOp } from "./numpy/ndarray";
import { binary, compare, NDArray, NumpyError, unaryKeep } from "./numpy/ndarray";
import { matmul } from "./numpy/shape-ops";
import { arrayRepr, arrayStr, pyFloatRepr } from "./numpy/format";
import { toOperand, wrap } from "./numpy/module";
import { formatG } from "./numpy/testing";
import { setItems } from "./pyset";
import { dictRepr } from "./pydict";

/** Python's `str(v)`. */
export function pyStrOf(v: PyValue, host?: { builtText(b: PyValue & { k: "built" }): string }): string {
  switch (v.k) {
    case "str": return v.v;
    case "ndarray": return arrayStr(v.a);
    case "exception": return v.message;
    case "built": return host ? host.builtText(v) : describe(v);
    case "builtin": return v.name.startsWith("numpy.") ? v.name.slice(6) : pyRepr(v); // print(a.dtype) → float32
    default: return pyRepr(v);
  }
}

/** Python's `repr(v)`. */
export function pyRepr(v: PyValue): string {
  switch (v.k) {
    case "int": return String(v.v);
    case "float": return pyFloatRepr(v.v);
    case "bool": return v.v ? "True" : "False";
    case "str": {
      // Python picks double quotes when the text has a single quote and no double quote
      const q = v.v.includes("'") && !v.v.includes('"') ? '"' : "'";
      const body = v.v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
      return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
    }
    case "none": return "None";
    case "list": return `[${v.items.map(pyRepr).join(", ")}]`;
    case "tuple": return v.items.length === 1 ? `(${pyRepr(v.items[0]!)},)` : `(${v.items.map(pyRepr).join(", ")})`;
    case "dict": return dictRepr(v, pyRepr);
    case "set": {
      const body = setItems(v).map(pyRepr).join(", ");
      if (v.frozen) return `frozenset(${body ? `{${body}}` : ""})`;
      return body ? `{${body}}` : "set()";
    }
    case "native": return `<${v.o.typeName} object>`;
    case "memory": {
      const parts = [`resource="${v.resource}"`];
      if (v.storageType !== undefined) parts.push(`storage_type="${v.storageType}"`);
      if (v.latency !== undefined) parts.push(`latency=${v.latency}`);
      if (v.depth !== undefined) parts.push(`depth=${v.depth}`);
      return `Memory(${parts.join(", ")})`;
    }
    case "ndarray": return arrayRepr(v.a);
    case "exception": return `${v.type}(${pyRepr({ k: "str", v: v.message })})`;
    case "builtin": return v.name.startsWith("numpy.") ? `<class 'numpy.${v.name.slice(6)}'>` : v.name.startsWith("exc.") ? `<class '${v.name.slice(4)}'>` : `<built-in ${v.name}>`;
    case "type": return typeToString(v.t);
    default: return `<${describe(v)}>`;
  }
}

/** `format(v, spec)` for the specs testbenches print with: fill/align/width, `,`, `.N`, and f e g d % s. */
export function formatSpec(v: PyValue, spec: string): string {
  const m = /^(?:(.)?([<>^=]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/.exec(spec);
  if (!m) throw new NumpyError("ValueError", `Invalid format specifier '${spec}'`);
  const [, fill = " ", align, sign, , zero, width, group, prec, type] = m;
  const num = v.k === "int" ? Number(v.v) : v.k === "float" ? v.v : v.k === "bool" ? (v.v ? 1 : 0) : v.k === "ndarray" && v.a.size === 1 ? v.a.data[0]! : undefined;
  let s: string;
  if (type === undefined || type === "s") {
    s = num !== undefined && prec !== undefined && v.k === "float" ? formatG(num) : pyStrOf(v);
    if (prec !== undefined && type === "s") s = s.slice(0, Number(prec));
  } else {
    if (num === undefined) throw new NumpyError("ValueError", `Unknown format code '${type}' for ${describe(v)}`);
    const p = prec === undefined ? 6 : Number(prec);
    switch (type) {
      case "d": case "n": s = String(Math.trunc(num)); break;
      case "f": case "F": s = num.toFixed(p); break;
      case "e": case "E": {
        const [mant, e] = num.toExponential(p).split("e") as [string, string];
        s = `${mant}e${Number(e) < 0 ? "-" : "+"}${String(Math.abs(Number(e))).padStart(2, "0")}`;
        if (type === "E") s = s.toUpperCase();
        break;
      }
      case "g": case "G": s = prec === undefined ? formatG(num) : Number(num.toPrecision(Math.max(1, p))).toString(); break;
      case "%": s = `${(num * 100).toFixed(p)}%`; break;
      case "x": s = Math.trunc(num).toString(16); break;
      case "X": s = Math.trunc(num).toString(16).toUpperCase(); break;
      case "o": s = Math.trunc(num).toString(8); break;
      case "b": s = Math.trunc(num).toString(2); break;
      default: s = String(num);
    }
    if (group) {
      const [i, f] = s.split(".") as [string, string | undefined];
      s = i.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (f !== undefined ? `.${f}` : "");
    }
    if (sign === "+" && num >= 0) s = `+${s}`;
    else if (sign === " " && num >= 0) s = ` ${s}`;
  }
  const w = width ? Number(width) : 0;
  if (s.length >= w) return s;
  const padN = w - s.length;
  const fl = zero && !align ? "0" : fill;
  const al = align ?? (zero ? "=" : num !== undefined && type !== "s" && v.k !== "str" ? ">" : "<");
  if (al === "<") return s + fl.repeat(padN);
  if (al === "^") return fl.repeat(Math.floor(padN / 2)) + s + fl.repeat(Math.ceil(padN / 2));
  if (al === "=" && /^[+\- ]/.test(s)) return s[0] + fl.repeat(padN) + s.slice(1);
  return fl.repeat(padN) + s;
}

const NP_BINARY: Partial<Record<ast.BinOperator, BinaryOp>> = { "+": "+", "-": "-", "*": "*", "/": "/", "//": "//", "%": "%", "**": "**", "&": "&", "|": "|", "^": "^", "<<": "<<", ">>": ">>" };

/** `l op r` when one side is an ndarray (undefined when neither is). */
export function arrayBinop(op: ast.BinOperator, l: PyValue, r: PyValue): PyValue | undefined {
  if (l.k !== "ndarray" && r.k !== "ndarray") return undefined;
  const a = toOperand(l);
  const b = toOperand(r);
  if (!a || !b) throw new NumpyError("TypeError", `unsupported operand type(s) for ${op}: ${describe(l)} and ${describe(r)}`);
  if (op === "@") {
    if (!(a instanceof NDArray) || !(b instanceof NDArray)) throw new NumpyError("ValueError", "matmul: Input operand does not have enough dimensions");
    return wrap(matmul(a, b));
  }
  return wrap(binary(NP_BINARY[op]!, a, b));
}

/** `l op r` for a comparison when one side is an ndarray: a bool array (undefined when neither is). */
export function arrayCompare(op: ast.CmpOperator, l: PyValue, r: PyValue): PyValue | undefined {
  if (l.k !== "ndarray" && r.k !== "ndarray") return undefined;
  if (op === "is" || op === "is not") return pyBool((l === r) === (op === "is"));
  if (op === "in" || op === "not in") {
    const arr = (r as { a?: NDArray }).a;
    const x = toOperand(l);
    if (!arr || !x || x instanceof NDArray) throw new NumpyError("TypeError", `'in' with ${describe(l)} and ${describe(r)}`);
    const found = arr.data.includes(x.v);
    return pyBool(op === "in" ? found : !found);
  }
  const a = toOperand(l);
  const b = toOperand(r);
  if (!a || !b) return pyBool(op === "!=");
  return wrap(compare(op as CompareOp, a, b));
}

/** `-a`, `+a`, `~a` of an ndarray. */
export function arrayUnary(op: "-" | "+" | "~", a: NDArray): PyValue {
  return wrap(unaryKeep(op === "-" ? "neg" : op === "+" ? "pos" : "invert", a));
}

/** Python truthiness of an array: numpy refuses it for more than one element. */
export function arrayTruth(a: NDArray): boolean {
  if (a.size === 1) return a.data[0] !== 0;
  if (a.size === 0) return false;
  throw new NumpyError("ValueError", "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
}
