/**
 * Python's `set` for the script interpreter: membership by hash key (1, 1.0 and True are one item, as
 * in Python), set algebra, and iteration in the order CPython gives. For integers that order is the
 * order of CPython's hash table (small non-negative ints come out sorted), reproduced here by running
 * CPython's insertion and resize rules (Objects/setobject.c: 8 slots to start, linear probes of 9,
 * perturbed probing, resize at 3/5 full). Strings hash randomly per CPython process, so no order can
 * be relied on there; they iterate in insertion order.
 */
import type { SourceRange } from "../diagnostics";
import { PyException } from "./pyexc";
import type { PyValue } from "./values";
import { describe } from "./values";

export type PySet = PyValue & { k: "set" };

/** The identity of a hashable value: equal values (in Python's `==` and `hash`) share a key. */
export function hashKey(v: PyValue, at: SourceRange): string {
  switch (v.k) {
    case "int": return `n${v.v}`;
    case "bool": return v.v ? "n1" : "n0";
    case "float": return Number.isInteger(v.v) && Number.isSafeInteger(v.v) ? `n${BigInt(v.v)}` : `f${v.v}`;
    case "str": return `s${v.v}`;
    case "none": return "None";
    case "tuple": return `(${v.items.map((x) => hashKey(x, at)).join(",")})`;
    case "set":
      if (v.frozen) return `{${[...v.items.keys()].sort().join(",")}}`;
      break;
    case "memory": return `memory:${v.resource}|${v.storageType}|${v.latency}|${v.depth}`;
    case "type": case "array-type": case "builtin": case "function": case "class": case "module":
      return `${v.k}:${describe(v)}`;
    default:
      break;
  }
  throw new PyException("TypeError", `unhashable type: '${pyTypeName(v)}'`, at);
}

function pyTypeName(v: PyValue): string {
  switch (v.k) {
    case "list": return "list";
    case "dict": return "dict";
    case "set": return "set";
    case "ndarray": return "numpy.ndarray";
    default: return describe(v);
  }
}

export function newSet(items: Iterable<PyValue>, at: SourceRange, frozen = false): PySet {
  const m = new Map<string, PyValue>();
  for (const x of items) {
    const key = hashKey(x, at);
    if (!m.has(key)) m.set(key, x);
  }
  return frozen ? { k: "set", items: m, frozen } : { k: "set", items: m };
}

export function setHas(s: PySet, v: PyValue, at: SourceRange): boolean {
  return s.items.has(hashKey(v, at));
}

/** The items in the order `for x in s` gives them in CPython (see the file comment). */
export function setItems(s: PySet): PyValue[] {
  const items = [...s.items.values()];
  const ints = items.map((x) => (x.k === "int" ? x.v : x.k === "bool" ? (x.v ? 1n : 0n) : x.k === "float" && Number.isSafeInteger(x.v) ? BigInt(x.v) : undefined));
  if (ints.some((x) => x === undefined)) return items;
  return cpythonOrder(ints.map((x) => intHash(x!))).map((i) => items[i]!);
}

const MASK64 = (1n << 64n) - 1n;
const MODULUS = (1n << 61n) - 1n;

/** CPython's hash of an int, as the unsigned 64-bit value the set table masks. */
function intHash(x: bigint): bigint {
  let h = (x < 0n ? -x : x) % MODULUS;
  if (x < 0n) h = -h;
  if (h === -1n) h = -2n;
  return h & MASK64;
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** Table positions of hashes inserted in order into a CPython set; returns the insertion indices in table order. */
function cpythonOrder(hashes: readonly bigint[]): number[] {
  let table: (number | undefined)[] = new Array(8).fill(undefined);
  const insert = (t: (number | undefined)[], idx: number): void => {
    const mask = BigInt(t.length - 1);
    const h = hashes[idx]!;
    let perturb = h;
    let i = h & mask;
    for (;;) {
      const probes = i + BigInt(LINEAR_PROBES) <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const slot = Number(i) + j;
        if (t[slot] === undefined) { t[slot] = idx; return; }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5n + 1n + perturb) & mask;
    }
  };
  let used = 0;
  for (let idx = 0; idx < hashes.length; idx++) {
    insert(table, idx);
    used++;
    const mask = table.length - 1;
    if (used * 5 < mask * 3) continue;
    const min = used > 50000 ? used * 2 : used * 4;
    let size = 8;
    while (size <= min) size <<= 1;
    const bigger: (number | undefined)[] = new Array(size).fill(undefined);
    for (const x of table) if (x !== undefined) insert(bigger, x);
    table = bigger;
  }
  return table.filter((x): x is number => x !== undefined);
}

/** `a | b`, `a & b`, `a - b`, `a ^ b` of two sets (the left operand's kind is kept, as Python does). */
export function setBinop(op: string, a: PySet, b: PySet): PySet | undefined {
  const out = new Map<string, PyValue>();
  switch (op) {
    case "|":
      for (const [k, v] of a.items) out.set(k, v);
      for (const [k, v] of b.items) if (!out.has(k)) out.set(k, v);
      break;
    case "&":
      for (const [k, v] of a.items) if (b.items.has(k)) out.set(k, v);
      break;
    case "-":
      for (const [k, v] of a.items) if (!b.items.has(k)) out.set(k, v);
      break;
    case "^":
      for (const [k, v] of a.items) if (!b.items.has(k)) out.set(k, v);
      for (const [k, v] of b.items) if (!a.items.has(k)) out.set(k, v);
      break;
    default:
      return undefined;
  }
  return a.frozen ? { k: "set", items: out, frozen: true } : { k: "set", items: out };
}

function subset(a: PySet, b: PySet): boolean {
  for (const k of a.items.keys()) if (!b.items.has(k)) return false;
  return true;
}

/** `==`, `!=`, `<=` (subset), `<` (proper subset), `>=`, `>` between two sets. */
export function setCompare(op: string, a: PySet, b: PySet): boolean | undefined {
  switch (op) {
    case "==": return a.items.size === b.items.size && subset(a, b);
    case "!=": return !(a.items.size === b.items.size && subset(a, b));
    case "<=": return subset(a, b);
    case "<": return a.items.size < b.items.size && subset(a, b);
    case ">=": return subset(b, a);
    case ">": return b.items.size < a.items.size && subset(b, a);
    default: return undefined;
  }
}

export const SET_METHODS: ReadonlySet<string> = new Set([
  "add", "discard", "remove", "pop", "clear", "update", "union", "intersection", "difference",
  "symmetric_difference", "issubset", "issuperset", "isdisjoint", "copy",
]);
const MUTATING = new Set(["add", "discard", "remove", "pop", "clear", "update"]);

/** `s.method(args)`; `items` turns any iterable argument into its items. */
export function setMethod(s: PySet, name: string, args: readonly PyValue[], at: SourceRange, items: (v: PyValue) => readonly PyValue[]): PyValue {
  if (s.frozen && MUTATING.has(name)) throw new PyException("AttributeError", `'frozenset' object has no attribute '${name}'`, at);
  const other = (i: number): PySet => {
    const v = args[i];
    if (!v) throw new PyException("TypeError", `set.${name}() takes an argument`, at);
    return v.k === "set" ? v : newSet(items(v), at);
  };
  const none: PyValue = { k: "none" };
  switch (name) {
    case "add": {
      const v = args[0];
      if (!v) throw new PyException("TypeError", "set.add() takes exactly one argument (0 given)", at);
      const key = hashKey(v, at);
      if (!s.items.has(key)) s.items.set(key, v);
      return none;
    }
    case "discard": case "remove": {
      const v = args[0];
      if (!v) throw new PyException("TypeError", `set.${name}() takes exactly one argument (0 given)`, at);
      const key = hashKey(v, at);
      if (!s.items.delete(key) && name === "remove") throw new PyException("KeyError", describeKey(v), at);
      return none;
    }
    case "pop": {
      const first = setItems(s)[0];
      if (!first) throw new PyException("KeyError", "'pop from an empty set'", at);
      s.items.delete(hashKey(first, at));
      return first;
    }
    case "clear":
      s.items.clear();
      return none;
    case "update":
      for (let i = 0; i < args.length; i++) for (const [k, v] of other(i).items) if (!s.items.has(k)) s.items.set(k, v);
      return none;
    case "union": case "intersection": case "difference": case "symmetric_difference": {
      const op = { union: "|", intersection: "&", difference: "-", symmetric_difference: "^" }[name];
      let acc: PySet = { k: "set", items: new Map(s.items), ...(s.frozen ? { frozen: true } : {}) };
      for (let i = 0; i < args.length; i++) acc = setBinop(op, acc, other(i))!;
      return acc;
    }
    case "issubset": return { k: "bool", v: subset(s, other(0)) };
    case "issuperset": return { k: "bool", v: subset(other(0), s) };
    case "isdisjoint": {
      const o = other(0);
      return { k: "bool", v: [...s.items.keys()].every((k) => !o.items.has(k)) };
    }
    case "copy": return { k: "set", items: new Map(s.items), ...(s.frozen ? { frozen: true } : {}) };
    default:
      throw new PyException("AttributeError", `'set' object has no attribute '${name}'`, at);
  }
}

function describeKey(v: PyValue): string {
  return v.k === "str" ? `'${v.v}'` : v.k === "int" ? String(v.v) : describe(v);
}
