/**
 * "Did you mean": the known name closest to a misspelled one, when one is clearly closest. Distance is
 * Damerau–Levenshtein (a swap of neighbours counts once: `pipleine`), case differences count half.
 */

/** Edit distance with adjacent transpositions; a change of case only costs 0.5. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const x = a[i - 1]!;
      const y = b[j - 1]!;
      const sub = x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? 0.5 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + sub);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo (about one edit per three
 * letters) and no other candidate is as close. `word` itself is never suggested.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  // One letter off a one-letter name says nothing (q → i); two letters may lose one (jj → j).
  const limit = word.length === 1 ? 0.5 : Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  for (const c of new Set(candidates)) {
    if (c === word) continue;
    const dist = editDistance(word, c);
    if (dist < bestD) {
      best = c;
      bestD = dist;
      tie = false;
    } else if (dist === bestD) tie = true;
  }
  return best !== undefined && bestD <= limit && !tie ? best : undefined;
}

/** ` (did you mean 'x'?)`-style suffix for messages, or "" when nothing is close. */
export function didYouMeanText(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `; did you mean '${suggestion}'?`;
}

/** A chain of Python scopes (the script interpreter's Scope), searched parent first, then fallback. */
interface ScopeLike {
  readonly vars: ReadonlyMap<string, unknown>;
  readonly parent?: ScopeLike;
  readonly fallback?: ScopeLike;
}

/** Every name visible from a scope (the candidates for a misspelled name). */
export function scopeNames(scope: ScopeLike): string[] {
  const out: string[] = [];
  const seen = new Set<ScopeLike>();
  const visit = (s: ScopeLike | undefined): void => {
    for (; s && !seen.has(s); s = s.parent) {
      seen.add(s);
      out.push(...s.vars.keys());
      visit(s.fallback);
    }
  };
  visit(scope);
  return out;
}
