/**
 * Loop-carried dependences of a perfect nest, for the legality of a loop interchange (`reorder`). For each
 * pair of accesses to one buffer, at least one a store, whose subscripts are uniform (each dimension is
 * `c·i + k` with the same `c·i` on both sides), the distance vector per nest loop is either a number or
 * `*` (the loop does not pick the element). A permutation is legal when no distance vector that is
 * lexicographically positive in the old order (the write or read that really happens first) becomes
 * negative in the new one (Allen & Kennedy's interchange test on direction vectors). Tiling two loops
 * needs every such vector to be non-negative in both (a fully permutable band).
 *
 * The self-dependence of an accumulation `X[f] = X[f] ⊕ e` (⊕ associative and commutative, as in every
 * reduction) is exempt: changing the order of its updates is re-association, which the equivalence
 * checker reports as such for floats and proves for wrapping integers. Pairs whose subscripts are not
 * uniform (a transpose, a coupled or data-dependent index) are not judged here; the equivalence checker
 * still proves or refutes the step.
 */
import type * as ir from "../ir/nodes";
import { exprChildren } from "../ir/nodes";

/** `Σ coef·iv + k`: a subscript that is affine in loop variables with integer coefficients. */
interface Affine {
  readonly coef: ReadonlyMap<number, number>;
  readonly k: number;
}

interface Access {
  readonly buf: ir.Buffer;
  readonly indices: readonly ir.Expr[];
  readonly write: boolean;
  /** The store this access belongs to (its target, or a load inside its value). */
  readonly stmt: ir.Store | undefined;
}

/** A dependence the new order would reverse: which accesses, and their distance per nest loop. */
export interface Violation {
  readonly buffer: string;
  /** The store, as `A[i, j]`, and the other access, as `A[i - 1, j + 1]`, with what it is. */
  readonly write: string;
  readonly other: string;
  readonly otherIsWrite: boolean;
  /** Distance per loop of the old order ("*": any); the first access (in the old order) is the write when positive. */
  readonly distance: readonly (number | "*")[];
  /** A distance vector (old loop order) that is positive before and negative after. */
  readonly witness: readonly number[];
}

/** The first dependence that permuting `nest` into `order` would reverse, or undefined when none does. */
export function interchangeViolation(nest: readonly ir.For[], order: readonly ir.For[]): Violation | undefined {
  const perm = order.map((l) => nest.indexOf(l));
  return firstViolation(nest, (u) => sign(perm.map((p) => u[p]!)) < 0);
}

/**
 * The first dependence that tiling the adjacent loops `x`, `y` of `nest` would reverse: tiling runs a tile's
 * iterations before the next tile's, which is legal when every dependence not carried by an outer loop
 * goes forward (≥ 0) in both x and y (the band is fully permutable).
 */
export function tilingViolation(nest: readonly ir.For[], x: ir.For, y: ir.For): Violation | undefined {
  const px = nest.indexOf(x), py = nest.indexOf(y);
  return firstViolation(nest, (u) => u.findIndex((d) => d !== 0) >= px && (u[px]! < 0 || u[py]! < 0));
}

/** The first dependence with a distance vector, lexicographically positive in `nest`'s order, that `bad` rejects. */
function firstViolation(nest: readonly ir.For[], bad: (u: readonly number[]) => boolean): Violation | undefined {
  const accesses = collect(nest[nest.length - 1]!.body);
  if (accesses === undefined) return undefined;
  const pos = new Map(nest.map((l, p) => [l.iv.id, p]));
  for (let a = 0; a < accesses.length; a++) {
    const w = accesses[a]!;
    if (!w.write) continue;
    for (let b = 0; b < accesses.length; b++) {
      const x = accesses[b]!;
      if (b === a || x.buf.id !== w.buf.id || (x.write && b < a)) continue;
      if (exempt(w, x)) continue;
      const dist = distance(w.indices, x.indices, pos, nest.length);
      if (dist === undefined) continue;
      const witness = findVector(dist, bad);
      if (witness) return { buffer: w.buf.name, write: show(w), other: show(x), otherIsWrite: x.write, distance: dist, witness };
    }
  }
  return undefined;
}

/** The accesses of a loop body, or undefined when a call could touch memory we do not see. */
function collect(body: readonly ir.Stmt[]): Access[] | undefined {
  const out: Access[] = [];
  let opaque = false;
  const loads = (e: ir.Expr, stmt: ir.Store | undefined): void => {
    if (e.kind === "load") out.push({ buf: e.buf, indices: e.indices, write: false, stmt });
    if (e.kind === "call-value") opaque = true;
    for (const c of exprChildren(e)) loads(c, stmt);
  };
  const walk = (ss: readonly ir.Stmt[]): void => {
    for (const s of ss) {
      switch (s.kind) {
        case "store":
          out.push({ buf: s.buf, indices: s.indices, write: true, stmt: s });
          loads(s.value, s);
          for (const i of s.indices) loads(i, undefined);
          break;
        case "for": loads(s.lb, undefined); loads(s.ub, undefined); walk(s.body); break;
        case "while": loads(s.cond, undefined); walk(s.body); break;
        case "if": loads(s.cond, undefined); walk(s.then); walk(s.else); break;
        case "call": opaque = true; break;
        default: break;
      }
    }
  };
  walk(body);
  // A buffer allocated in the body is private to each iteration: it carries nothing between iterations.
  const local = new Set<number>();
  const allocs = (ss: readonly ir.Stmt[]): void => {
    for (const s of ss) {
      if (s.kind === "alloc") local.add(s.buf.id);
      else if (s.kind === "call") for (const r of s.results) local.add(r.id);
      else if (s.kind === "for" || s.kind === "while") allocs(s.body);
      else if (s.kind === "if") { allocs(s.then); allocs(s.else); }
    }
  };
  allocs(body);
  return opaque ? undefined : out.filter((a) => !local.has(a.buf.id));
}

/** The associative and commutative updates whose order is re-association, not a dependence. */
const ACCUMULATE = new Set<ir.BinaryOp>(["add", "mul", "min", "max", "and", "or", "xor"]);

/** `X[f] = X[f] ⊕ e` (through casts): the store and that load of the same element are one reduction. */
function exempt(w: Access, x: Access): boolean {
  if (x.stmt !== w.stmt || !sameIndices(w.indices, x.indices)) return false;
  if (x.write) return true;
  let v = w.stmt!.value;
  while (v.kind === "cast") v = v.x;
  if (v.kind !== "binary" || !ACCUMULATE.has(v.op)) return false;
  const isX = (e: ir.Expr): boolean => {
    while (e.kind === "cast") e = e.x;
    return e.kind === "load" && e.buf.id === x.buf.id && sameIndices(e.indices, x.indices);
  };
  return isX(v.lhs) || isX(v.rhs);
}

function sameIndices(a: readonly ir.Expr[], b: readonly ir.Expr[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((e, d) => {
    const p = affine(e), q = affine(b[d]!);
    return p !== undefined && q !== undefined ? p.k === q.k && sameCoef(p, q) : e === b[d];
  });
}

function affine(e: ir.Expr): Affine | undefined {
  switch (e.kind) {
    case "const": return typeof e.value === "number" || typeof e.value === "bigint" ? { coef: new Map(), k: Number(e.value) } : undefined;
    case "iter": return { coef: new Map([[e.v.id, 1]]), k: 0 };
    case "cast": return e.type.kind === "float" || e.type.kind === "fixed" ? undefined : affine(e.x);
    case "unary": { if (e.op !== "neg") return undefined; const a = affine(e.x); return a && scale(a, -1); }
    case "binary": {
      const a = affine(e.lhs), b = affine(e.rhs);
      if (!a || !b) return undefined;
      if (e.op === "add") return plus(a, b, 1);
      if (e.op === "sub") return plus(a, b, -1);
      if (e.op === "mul") {
        if (a.coef.size === 0) return scale(b, a.k);
        if (b.coef.size === 0) return scale(a, b.k);
      }
      return undefined;
    }
    default: return undefined;
  }
}
function scale(a: Affine, c: number): Affine {
  return { coef: new Map([...a.coef].map(([v, x]) => [v, x * c] as [number, number]).filter(([, x]) => x !== 0)), k: a.k * c };
}
function plus(a: Affine, b: Affine, sign: 1 | -1): Affine {
  const coef = new Map(a.coef);
  for (const [v, x] of b.coef) {
    const y = (coef.get(v) ?? 0) + sign * x;
    if (y === 0) coef.delete(v);
    else coef.set(v, y);
  }
  return { coef, k: a.k + sign * b.k };
}
function sameCoef(a: Affine, b: Affine): boolean {
  return a.coef.size === b.coef.size && [...a.coef].every(([v, x]) => b.coef.get(v) === x);
}

/**
 * Distance per nest loop from an iteration that runs `w` to one that runs `x` on the same element, or
 * undefined when they never touch one element, or the subscripts are not uniform (not judged here).
 */
function distance(w: readonly ir.Expr[], x: readonly ir.Expr[], pos: ReadonlyMap<number, number>, depth: number): (number | "*")[] | undefined {
  if (w.length !== x.length) return undefined;
  const dist: (number | "*")[] = new Array(depth).fill("*");
  for (let d = 0; d < w.length; d++) {
    const p = affine(w[d]!), q = affine(x[d]!);
    if (!p || !q || !sameCoef(p, q)) return undefined;
    if (p.coef.size === 0) { if (p.k !== q.k) return undefined; continue; }
    if (p.coef.size > 1) return undefined;
    const [v, c] = [...p.coef][0]!;
    const at = pos.get(v);
    // A variable of a loop inside the nest: the element is the same exactly when the offsets are.
    if (at === undefined) { if (p.k !== q.k) return undefined; continue; }
    // c·(iv_x − iv_w) = k_w − k_x
    if ((p.k - q.k) % c !== 0) return undefined;
    const delta = (p.k - q.k) / c;
    const prev = dist[at]!;
    if (prev !== "*" && prev !== delta) return undefined;
    dist[at] = delta;
  }
  return dist;
}

const sign = (xs: readonly number[]): number => xs.find((x) => x !== 0) ?? 0;

/**
 * A distance vector of the dependence (either direction: the two accesses may run in either order) that
 * is lexicographically positive in the old order and that `bad` rejects, or undefined. Only the signs
 * matter, so each "*" entry tries −1, 0 and 1.
 */
function findVector(dist: readonly (number | "*")[], bad: (u: readonly number[]) => boolean): number[] | undefined {
  const free = dist.flatMap((d, p) => (d === "*" ? [p] : []));
  const v = dist.map((d) => (d === "*" ? 0 : Math.sign(d)));
  for (let combo = 0; combo < 3 ** free.length; combo++) {
    let c = combo;
    for (const p of free) { v[p] = (c % 3) - 1; c = Math.floor(c / 3); }
    for (const s of [1, -1]) {
      const u = v.map((x) => s * x);
      if (sign(u) > 0 && bad(u)) return u.map((x, p) => (dist[p] === "*" ? x : s * (dist[p] as number)));
    }
  }
  return undefined;
}

function show(a: Access): string {
  return `${a.buf.name}[${a.indices.map(text).join(", ")}]`;
}

/** An index expression as the kernel spells it (loop names, + − ×), for messages. */
function text(e: ir.Expr): string {
  switch (e.kind) {
    case "const": return String(e.value);
    case "iter": return e.v.name;
    case "cast": return text(e.x);
    case "unary": return e.op === "neg" ? `-${text(e.x)}` : "…";
    case "binary": {
      const op = e.op === "add" ? "+" : e.op === "sub" ? "-" : e.op === "mul" ? "*" : undefined;
      if (!op) return "…";
      if (e.op === "add" && e.rhs.kind === "const" && Number(e.rhs.value) < 0) return `${text(e.lhs)} - ${-Number(e.rhs.value)}`;
      return `${text(e.lhs)} ${op} ${text(e.rhs)}`;
    }
    case "load": return `${e.buf.name}[${e.indices.map(text).join(", ")}]`;
    default: return "…";
  }
}
