/**
 * Python classes in the script interpreter: the method resolution order, attribute lookup through an
 * instance, its class and the bases, and `isinstance`. The interpreter runs class bodies and calls
 * methods; this file only answers "which value does `obj.name` mean".
 */
import type { PyClass, PyObject, PyValue } from "./values";

/** C3 linearization (Python's MRO); single inheritance gives the chain [C, base, base's base, ...]. */
export function mro(cls: PyClass): PyClass[] {
  const seqs = cls.bases.map(mro);
  seqs.push([...cls.bases]);
  const out: PyClass[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    const head = live.map((s) => s[0]!).find((c) => !live.some((s) => s.indexOf(c) > 0));
    // An inconsistent hierarchy: CPython refuses it; take the first head so lookups still terminate.
    const pick = head ?? live[0]![0]!;
    out.push(pick);
    for (const s of live) if (s[0] === pick) s.shift();
  }
}

/** The class attribute `name` as found along the MRO starting after `after` (undefined: from the class itself). */
export function classLookup(cls: PyClass, name: string, after?: PyClass): { value: PyValue; owner: PyClass } | undefined {
  const order = mro(cls);
  const start = after ? order.indexOf(after) + 1 : 0;
  for (let i = start; i < order.length; i++) {
    const v = order[i]!.attrs.get(name);
    if (v !== undefined) return { value: v, owner: order[i]! };
  }
  return undefined;
}

/** `obj.name`: the instance's own attribute, else the class's (a function becomes a bound method). */
export function objectAttribute(obj: PyObject, name: string): PyValue | undefined {
  const own = obj.attrs.get(name);
  if (own !== undefined) return own;
  if (name === "__class__") return obj.cls;
  if (name === "__dict__") return { k: "dict", entries: obj.attrs };
  return bindFound(obj, classLookup(obj.cls, name)?.value);
}

/** `super().name` seen from `cls`, bound to `self`. */
export function superAttribute(cls: PyClass, self: PyObject, name: string): PyValue | undefined {
  return bindFound(self, classLookup(self.cls, name, cls)?.value);
}

function bindFound(self: PyObject, v: PyValue | undefined): PyValue | undefined {
  if (v === undefined) return undefined;
  if (v.k === "function" && !isStatic(v)) return { k: "method", self, fn: v };
  return v;
}

/** `@staticmethod` functions are stored unbound; the interpreter marks them by wrapping nothing, so
 * a function is static when its definition carries the decorator. */
function isStatic(f: PyValue & { k: "function" }): boolean {
  return f.def.decorators.some((d) => d.kind === "Name" && d.id === "staticmethod");
}

/** `issubclass(a, b)`. */
export function isSubclass(a: PyClass, b: PyClass): boolean {
  return mro(a).includes(b);
}
