/**
 * Source mutations for the fuzzer: token, line and nesting edits of real designs, biased towards what
 * breaks compilers (reserved words, Object.prototype keys as names, unicode, huge constants, deep nesting,
 * hostile strings). Deterministic for a seed.
 */

/** xorshift32: small, fast and the same on every platform. */
export function rng(seed: number): () => number {
  let s = (seed >>> 0) || 0x9e3779b9;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export const NAMES = [
  "constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype", "length", "then",
  "def", "for", "lambda", "None", "True", "class", "return", "yield", "import", "range", "allo", "int32", "float32",
  "核", "é", "x\u0301", "_", "__", "main", "std", "kernel", "module", "func", "R", "K", "env", "steps", "budget",
];
export const NUMBERS = [
  "0", "1", "-1", "2", "3", "7", "16", "65537", "2**31", "2**31 - 1", "-(2**31)", "2**32", "2**53 + 1", "2**63", "-(2**63)",
  "2**64", "10**30", "2**4096", "1e309", "-1e309", "1.5", "0.1", "1e-320", "10**6", "10**9", "100000",
];
export const STRINGS = [
  '"x\\n#include <cstdlib>\\n//"', '"a\\u0001b"', '"\\u202e"', '"核"', '"*/"', '"${x}"', '"`id`"', '"\\x00"', '"../../x"',
  '"ram_2p"', '"BRAM"', '"PE"', '""', '"a b"', '"\\\\"',
];
const OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", ">", "==", "!=", "@", "and", "or"];

const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d*)?(?:e[+-]?\d+)?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\*\*|\/\/|<<|>>|[-+*/%&|^<>=!]=?|[()[\]{}:,.@]/g;

function tokens(line: string): { text: string; at: number }[] {
  return [...line.matchAll(TOKEN)].map((m) => ({ text: m[0], at: m.index! }));
}

/** One random edit of `src` (`corpus` supplies lines to splice in). */
export function mutateOnce(src: string, r: () => number, corpus: readonly string[]): string {
  const lines = src.split("\n");
  const li = Math.floor(r() * lines.length);
  const line = lines[li]!;
  const toks = tokens(line);
  const tok = toks.length ? pick(r, toks) : undefined;
  const replaceTok = (text: string) => (tok ? line.slice(0, tok.at) + text + line.slice(tok.at + tok.text.length) : line);
  const kind = Math.floor(r() * 14);
  switch (kind) {
    case 0: case 1: { // identifier → hostile or other name
      const ids = toks.filter((t) => /^[A-Za-z_]/.test(t.text));
      if (!ids.length) break;
      const t = pick(r, ids);
      const all = tokens(src).filter((x) => /^[A-Za-z_]/.test(x.text)).map((x) => x.text);
      const name = r() < 0.6 ? pick(r, NAMES) : pick(r, all.length ? all : NAMES);
      // Rename every occurrence half of the time, so the program often stays well-formed.
      if (r() < 0.5) return src.replace(new RegExp(`\\b${t.text}\\b`, "g"), name);
      lines[li] = line.slice(0, t.at) + name + line.slice(t.at + t.text.length);
      break;
    }
    case 2: case 3: { // number → edge constant
      const nums = toks.filter((t) => /^\d/.test(t.text));
      if (!nums.length) break;
      const t = pick(r, nums);
      lines[li] = line.slice(0, t.at) + pick(r, NUMBERS) + line.slice(t.at + t.text.length);
      break;
    }
    case 4: { // string → hostile string
      const strs = toks.filter((t) => /^["']/.test(t.text));
      const t = strs.length ? pick(r, strs) : tok;
      if (!t) break;
      lines[li] = line.slice(0, t.at) + pick(r, STRINGS) + line.slice(t.at + t.text.length);
      break;
    }
    case 5: lines.splice(li, 1); break;
    case 6: lines.splice(li, 0, line); break;
    case 7: { const lj = Math.floor(r() * lines.length); [lines[li], lines[lj]] = [lines[lj]!, lines[li]!]; break; }
    case 8: { // operator swap
      const ops = toks.filter((t) => OPERATORS.includes(t.text));
      if (!ops.length) break;
      const t = pick(r, ops);
      lines[li] = line.slice(0, t.at) + pick(r, OPERATORS) + line.slice(t.at + t.text.length);
      break;
    }
    case 9: { // nesting: wrap a token in parentheses / brackets, or the line in blocks
      const depth = pick(r, [2, 10, 60, 250]);
      if (r() < 0.5 && tok) lines[li] = replaceTok(`${"(".repeat(depth)}${tok.text}${")".repeat(depth)}`);
      else {
        const ind = /^\s*/.exec(line)![0];
        const d = Math.min(depth, 80);
        const head = Array.from({ length: d }, (_, k) => `${ind}${" ".repeat(k)}if 1:`);
        lines.splice(li, 1, ...head, `${ind}${" ".repeat(d)}${line.trimStart()}`);
      }
      break;
    }
    case 10: lines[li] = (r() < 0.5 ? "    " : "") + (r() < 0.5 ? line.trimStart() : `  ${line}`); break; // indentation
    case 11: return src.slice(0, Math.floor(r() * src.length)); // truncation
    case 12: lines.splice(li, 0, pick(r, corpus)); break; // splice a line from another design
    case 13: { // token deletion / duplication
      if (!tok) break;
      lines[li] = r() < 0.5 ? replaceTok("") : replaceTok(`${tok.text} ${tok.text}`);
      break;
    }
  }
  return lines.join("\n");
}

/** 1–4 edits. */
export function mutate(src: string, r: () => number, corpus: readonly string[]): string {
  let out = src;
  const n = 1 + Math.floor(r() * r() * 4);
  for (let i = 0; i < n; i++) out = mutateOnce(out, r, corpus);
  return out;
}
