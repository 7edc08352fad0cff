/**
 * Python's `dict` for the script interpreter: keys are hashed as Python hashes them (1, 1.0 and True
 * are one key; 1 and '1' are two), the first key object inserted is the one kept and printed (`{1: 'a',
 * 1.0: 'b'}` is `{1: 'b'}`), and unhashable keys raise TypeError.
 *
 * A dict's `entries` map a storage key to the value, in insertion order. A str key is stored as the
 * string itself, so dicts the interpreter builds from names (a state_dict, an `.npz`, an object's
 * `__dict__`, a band's loops) need nothing else; every other key is stored as NUL + its hash key
 * (pyset.ts), and a str that itself starts with NUL is escaped as NUL + "s" + the string, so the two
 * never meet. The key objects of non-str keys live in `keys`, by storage key.
 */
import type { SourceRange } from "../diagnostics";
import { hashKey } from "./pyset";
import type { PyValue } from "./values";
import { pyStr } from "./values";

export type PyDict = PyValue & { k: "dict" };

const NUL = "\u0000";

/** The storage key of `v` in a dict's `entries`. */
export function dictKey(v: PyValue, at: SourceRange): string {
  if (v.k === "str") return v.v.startsWith(NUL) ? `${NUL}s${v.v}` : v.v;
  return NUL + hashKey(v, at);
}

export function newDict(): PyDict {
  return { k: "dict", entries: new Map() };
}

/** The key object stored under `sk`. */
export function dictKeyObject(d: PyDict, sk: string): PyValue {
  const k = d.keys?.get(sk);
  if (k) return k;
  return pyStr(sk.startsWith(`${NUL}s`) ? sk.slice(2) : sk);
}

export function dictKeys(d: PyDict): PyValue[] {
  return [...d.entries.keys()].map((sk) => dictKeyObject(d, sk));
}

export function dictItems(d: PyDict): [PyValue, PyValue][] {
  return [...d.entries].map(([sk, v]) => [dictKeyObject(d, sk), v]);
}

export function dictGet(d: PyDict, key: PyValue, at: SourceRange): PyValue | undefined {
  return d.entries.get(dictKey(key, at));
}

export function dictHas(d: PyDict, key: PyValue, at: SourceRange): boolean {
  return d.entries.has(dictKey(key, at));
}

/** `d[key] = value`: an existing equal key keeps its object and position (as Python does). */
export function dictSet(d: PyDict, key: PyValue, value: PyValue, at: SourceRange): void {
  const sk = dictKey(key, at);
  if (!d.entries.has(sk) && key.k !== "str") (d.keys ??= new Map()).set(sk, key);
  d.entries.set(sk, value);
}

export function dictDelete(d: PyDict, key: PyValue, at: SourceRange): PyValue | undefined {
  const sk = dictKey(key, at);
  const v = d.entries.get(sk);
  d.entries.delete(sk);
  d.keys?.delete(sk);
  return v;
}

export function dictClear(d: PyDict): void {
  d.entries.clear();
  d.keys?.clear();
}

export function dictCopy(d: PyDict): PyDict {
  const c: PyDict = { k: "dict", entries: new Map(d.entries) };
  if (d.keys?.size) c.keys = new Map(d.keys);
  return c;
}

/** `a.update(b)` for a dict `b`. */
export function dictUpdate(d: PyDict, from: PyDict, at: SourceRange): void {
  for (const [k, v] of dictItems(from)) dictSet(d, k, v, at);
}

/** `a == b`: the same keys, equal values (`eq` compares values). */
export function dictEquals(a: PyDict, b: PyDict, eq: (x: PyValue, y: PyValue) => boolean): boolean {
  if (a.entries.size !== b.entries.size) return false;
  for (const [sk, v] of a.entries) {
    const w = b.entries.get(sk);
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

/** Python's `repr` of a dict, given the repr of its parts. */
export function dictRepr(d: PyDict, repr: (v: PyValue) => string): string {
  return `{${dictItems(d).map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")}}`;
}
