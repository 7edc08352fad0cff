/**
 * Structural sharing for React Flow's node and edge lists. Every compile sends a new architecture
 * graph (structured clone from the worker), so without this every keystroke hands React Flow new
 * objects for all nodes, and it re-renders every node component (742 for a 16×16 PE grid).
 * Items equal in value to the previous list's item with the same id keep the previous object, and
 * an all-equal list is the previous array itself, so an edit that changes nothing drawn costs a
 * comparison.
 */
export function reuseUnchanged<T extends { readonly id: string }>(prev: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  if (!prev || prev === next) return next;
  const byId = new Map<string, T>();
  for (const p of prev) byId.set(p.id, p);
  let allSame = prev.length === next.length;
  const out = next.map((n, i) => {
    const p = byId.get(n.id);
    if (p !== undefined && sameValue(p, n)) {
      if (prev[i] !== p) allSame = false;
      return p;
    }
    allSame = false;
    return n;
  });
  return allSame ? prev : out;
}

/** Deep equality of plain data: primitives, arrays and plain objects (what the worker sends). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
