import { describe, expect, it } from "vitest";
import { F32, I32, intType } from "../../types/types";
import type { ScalarType } from "../../types/types";
import { evaluate } from "./evaluate";
import { Normalizer } from "./normalize";
import { Reassociator } from "./reassoc";
import { TermStore } from "./terms";

function setup() {
  const s = new TermStore();
  const sym = (name: string, t: ScalarType = I32) => s.sym(t, { name, param: s.symbols.length, flat: 0, shape: [] });
  const ints = new Normalizer(s);
  return { s, sym, ints, floats: new Reassociator(s, ints) };
}

describe("the term store", () => {
  it("hash-conses: the same expression built twice is one id; commutative operands are ordered", () => {
    const { s, sym } = setup();
    const a = sym("a"), b = sym("b");
    expect(s.binary("add", I32, a, b)).toBe(s.binary("add", I32, b, a));
    expect(s.binary("sub", I32, a, b)).not.toBe(s.binary("sub", I32, b, a));
    const before = s.size;
    s.binary("mul", I32, s.binary("add", I32, a, b), b);
    expect(s.binary("mul", I32, s.binary("add", I32, a, b), b)).toBe(s.size - 1);
    expect(s.size).toBe(before + 1);
  });

  it("folds constants at the exact width (int8 wraps)", () => {
    const { s } = setup();
    const i8 = intType(8);
    expect(s.constValue(s.binary("add", i8, s.const(i8, 100), s.const(i8, 100)))).toBe(-56);
    expect(s.constValue(s.cast(intType(8, false), s.const(I32, -1)))).toBe(255);
  });

  it("keeps float order: (a + b) + c is not a + (b + c), but they are equal up to re-association", () => {
    const { s, sym, ints, floats } = setup();
    const a = sym("a", F32), b = sym("b", F32), c = sym("c", F32);
    const l = s.binary("add", F32, s.binary("add", F32, a, b), c);
    const r = s.binary("add", F32, a, s.binary("add", F32, b, c));
    expect(l).not.toBe(r);
    expect(ints.norm(l)).not.toBe(ints.norm(r));
    expect(floats.form(l)).toBe(floats.form(r));
  });
});

describe("the term store's lookups", () => {
  it("finds an accumulation chain replayed in another order, and never confuses a memoized parent with another term", () => {
    const { s, sym } = setup();
    const n = 6;
    const xs = Array.from({ length: n }, (_, k) => sym(`x${k}`, F32)), ys = Array.from({ length: n }, (_, k) => sym(`y${k}`, F32));
    const zero = s.const(F32, 0);
    // Two dot products as one program writes them (x·y, then y·x), then both again interleaved term by term.
    const chain = (u: number[], v: number[]) => { const ids = [zero]; for (let k = 0; k < n; k++) ids.push(s.binary("add", F32, ids[k]!, s.binary("mul", F32, u[k]!, v[k]!))); return ids; };
    const p = chain(xs, ys), q = chain(ys, ys);
    const size = s.size;
    let a = zero, b = zero;
    for (let k = 0; k < n; k++) {
      a = s.binary("add", F32, a, s.binary("mul", F32, xs[k]!, ys[k]!));
      expect(a).toBe(p[k + 1]);
      b = s.binary("add", F32, b, s.binary("mul", F32, ys[k]!, ys[k]!));
      expect(b).toBe(q[k + 1]);
    }
    expect(s.size).toBe(size);
    // Same first operand, other second operand / operator / type: new terms, not the memoized parent.
    const last = p[n - 1]!, m = s.binary("mul", F32, xs[n - 1]!, ys[n - 1]!);
    expect(s.binary("add", F32, last, m)).toBe(p[n]);
    expect(s.binary("sub", F32, last, m)).not.toBe(p[n]);
    expect(s.binary("add", F32, last, xs[0]!)).not.toBe(p[n]);
    expect(s.binary("max", F32, last, m)).not.toBe(p[n]);
    expect(s.size).toBe(size + 3);
  });

  it("keeps every term findable across many table growths", () => {
    const { s, sym } = setup();
    const xs = Array.from({ length: 300 }, (_, k) => sym(`x${k}`));
    const built: number[] = [];
    for (let i = 0; i < 300; i++) for (let j = 0; j < 300; j += 3) built.push(s.binary("sub", I32, xs[i]!, xs[j]!));
    const size = s.size;
    const again: number[] = [];
    for (let i = 0; i < 300; i++) for (let j = 0; j < 300; j += 3) again.push(s.binary("sub", I32, xs[i]!, xs[j]!));
    expect(again).toEqual(built);
    expect(new Set(built).size).toBe(built.length);
    expect(s.size).toBe(size);
  });
  it("finds every term again however its operands' parents grew (none, one, several), and never merges two", () => {
    // Terms with an operand of no or one parent are found from that operand's record, the rest in the
    // table; a term moves to the table when its last operand gets a second parent. Random DAGs built
    // and then rebuilt in another order exercise every transition, including x ⊕ x and n-ary terms.
    const { s, sym } = setup();
    let r = 7;
    const rnd = (n: number) => ((r = (Math.imul(r, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const I64 = intType(64);
    const ids: number[] = Array.from({ length: 8 }, (_, k) => sym(`x${k}`));
    const recipes: { f: () => number; key: string }[] = [];
    const byKey = new Map<string, number>();
    for (let step = 0; step < 4000; step++) {
      const pick = () => ids[ids.length - 1 - rnd(Math.min(ids.length, rnd(3) === 0 ? ids.length : 12))]!;
      const kind = rnd(6);
      const a = pick(), b = kind === 5 ? a : pick(), c = pick();
      const op = (["sub", "shl", "div", "rem"] as const)[rnd(4)]!;
      const [f, key] =
        kind <= 1 ? [() => s.binary(op, I32, a, b), `${op} ${a} ${b}`]
        : kind === 2 ? [() => s.cast(I64, a), `cast ${a}`]
        : kind === 3 ? [() => s.unary("not", I32, a), `not ${a}`]
        : kind === 4 ? [() => s.select(I32, a, b, c), b === c ? `=${b}` : `select ${a} ${b} ${c}`]
        : [() => s.binary("sub", I32, a, a), `sub ${a} ${a}`];
      if (kind === 2 && s.typeOf(a) !== I32) continue;
      const id = f();
      if (s.typeOf(id) === I32) ids.push(id);
      recipes.push({ f, key });
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, id);
      else expect(id).toBe(seen);
    }
    const size = s.size;
    const order = recipes.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) { const j = rnd(k + 1); [order[k], order[j]] = [order[j]!, order[k]!]; }
    for (const k of order) {
      const { f, key } = recipes[k]!;
      expect(f()).toBe(byKey.get(key)!);
    }
    expect(s.size).toBe(size);
    const distinct = [...byKey].filter(([k]) => !k.startsWith("="));
    expect(new Set(distinct.map(([, id]) => id)).size).toBe(distinct.length);
  });
});

describe("canonical forms of wrapping integer arithmetic", () => {
  it("flattens and reorders sums and products, collects like terms, and sees x * 2 = x << 1 = x + x", () => {
    const { s, sym, ints } = setup();
    const a = sym("a"), b = sym("b"), c = sym("c");
    const add = (x: number, y: number) => s.binary("add", I32, x, y);
    expect(ints.norm(add(add(a, b), c))).toBe(ints.norm(add(a, add(c, b))));
    expect(ints.norm(s.binary("sub", I32, add(a, b), b))).toBe(a);
    const two = s.const(I32, 2), one = s.const(I32, 1);
    expect(ints.norm(s.binary("mul", I32, a, two))).toBe(ints.norm(s.binary("shl", I32, a, one)));
    expect(ints.norm(add(a, a))).toBe(ints.norm(s.binary("mul", I32, a, two)));
    const mul = (x: number, y: number) => s.binary("mul", I32, x, y);
    expect(ints.norm(mul(mul(a, b), c))).toBe(ints.norm(mul(c, mul(b, a))));
  });

  it("pushes a truncation into a wider wrapping sum: int32(int64(a) + int64(b)) = a + b", () => {
    const { s, sym, ints } = setup();
    const I64 = intType(64);
    const a = sym("a"), b = sym("b");
    const wide = s.binary("add", I64, s.cast(I64, a), s.cast(I64, b));
    expect(ints.norm(s.cast(I32, wide))).toBe(ints.norm(s.binary("add", I32, a, b)));
  });

  it("never rewrites across a wrap: int32(int8(a)) is not a, and a sum in int8 is not the sum in int32", () => {
    const { s, sym, ints } = setup();
    const i8 = intType(8);
    const a = sym("a"), b = sym("b");
    expect(ints.norm(s.cast(I32, s.cast(i8, a)))).not.toBe(a);
    const narrow = s.cast(I32, s.binary("add", i8, s.cast(i8, a), s.cast(i8, b)));
    expect(ints.norm(narrow)).not.toBe(ints.norm(s.binary("add", I32, a, b)));
    // …and the evaluator agrees that they differ on some input.
    const vals = [100, 100];
    const mem = new Map();
    expect(evaluate(s, narrow, (k) => vals[k]!, mem)).toBe(-56);
    expect(evaluate(s, s.binary("add", I32, a, b), (k) => vals[k]!, mem)).toBe(200);
  });

  it("every normal form evaluates like the term it came from", () => {
    const { s, sym, ints } = setup();
    const I64 = intType(64);
    const a = sym("a"), b = sym("b"), c = sym("c");
    const terms = [
      s.cast(I32, s.binary("mul", I64, s.cast(I64, s.binary("sub", I32, a, b)), s.cast(I64, c))),
      s.binary("sub", I32, s.binary("shl", I32, a, s.const(I32, 3)), s.binary("mul", I32, s.const(I32, -7), s.binary("add", I32, b, a))),
      s.unary("neg", I32, s.binary("mul", I32, s.binary("add", I32, a, s.const(I32, 5)), s.binary("mul", I32, b, c))),
    ];
    let r = 12345;
    const rnd = () => ((r = (r * 1103515245 + 12345) % 2 ** 31) % 2 ** 32) - 2 ** 30;
    for (let trial = 0; trial < 50; trial++) {
      const vals = [rnd(), rnd(), rnd()];
      for (const t of terms) expect(evaluate(s, ints.norm(t), (k) => vals[k]!)).toBe(evaluate(s, t, (k) => vals[k]!));
    }
  });
});
