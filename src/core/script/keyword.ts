/** pytest's `-k EXPR`: substrings of the test id combined with `and`, `or`, `not` and parentheses. */
export function matchesKeyword(expr: string, id: string): boolean {
  const tokens = expr.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const name = id.toLowerCase();
  const or = (): boolean => {
    let v = and();
    while (tokens[i] === "or") { i++; const r = and(); v = v || r; }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (tokens[i] === "and") { i++; const r = not(); v = v && r; }
    return v;
  };
  const not = (): boolean => {
    if (tokens[i] === "not") { i++; return !not(); }
    if (tokens[i] === "(") { i++; const v = or(); if (tokens[i] === ")") i++; return v; }
    const t = tokens[i++];
    return t === undefined ? true : name.includes(t.toLowerCase());
  };
  return tokens.length === 0 ? true : or();
}
