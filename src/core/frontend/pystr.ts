/**
 * Python's `str` methods for the script interpreter: what testbenches do with generated code and
 * messages (`code.count("#pragma")`, `text.split("\n")`, `", ".join(names)`, `"{}x{}".format(m, n)`,
 * `line.strip().startswith(...)`). Arguments are checked as CPython checks them.
 */
import type { SourceRange } from "../diagnostics";
import { PyException } from "./pyexc";
import type { PyValue } from "./values";
import { describe, NONE, pyBool, pyInt, pyStr } from "./values";

export const STR_METHODS: ReadonlySet<string> = new Set([
  "count", "split", "rsplit", "splitlines", "join", "startswith", "endswith", "replace", "strip", "lstrip", "rstrip",
  "upper", "lower", "find", "rfind", "index", "rindex", "format", "isdigit", "isnumeric", "isalpha", "isalnum",
  "isspace", "isupper", "islower", "zfill", "ljust", "rjust", "center", "capitalize", "title", "partition",
  "rpartition", "removeprefix", "removesuffix", "encode",
]);

export interface StrHooks {
  /** Items of an iterable (`", ".join(xs)`). */
  items(v: PyValue): readonly PyValue[];
  /** `str(v)` and `format(v, spec)`, as the interpreter prints them. */
  str(v: PyValue): string;
  format(v: PyValue, spec: string): string;
  repr(v: PyValue): string;
  /** `obj.attr` / `obj[key]` inside a format field (`"{0.shape}"`, `"{a[1]}"`). */
  attr(v: PyValue, name: string): PyValue;
  index(v: PyValue, key: PyValue): PyValue;
}

export function strMethod(s: string, name: string, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, at: SourceRange, hooks: StrHooks): PyValue {
  const strArg = (i: number, what = "argument"): string => {
    const v = args[i];
    if (!v || v.k !== "str") throw new PyException("TypeError", `${name}() ${what} must be str, not ${v ? describe(v) : "nothing"}`, at);
    return v.v;
  };
  const optStr = (i: number, kw?: string): string | undefined => {
    const v = args[i] ?? (kw ? kwargs.get(kw) : undefined);
    if (!v || v.k === "none") return undefined;
    if (v.k !== "str") throw new PyException("TypeError", `${name}() argument must be str or None, not ${describe(v)}`, at);
    return v.v;
  };
  const optInt = (i: number, kw?: string): number | undefined => {
    const v = args[i] ?? (kw ? kwargs.get(kw) : undefined);
    if (!v || v.k === "none") return undefined;
    if (v.k !== "int" && v.k !== "bool") throw new PyException("TypeError", `'${describe(v)}' object cannot be interpreted as an integer`, at);
    return v.k === "int" ? Number(v.v) : v.v ? 1 : 0;
  };
  /** `s[start:end]` bounds of the optional start/end arguments at positions i, i+1. */
  const window = (i: number): [number, number] => {
    const n = s.length;
    const clamp = (x: number | undefined, d: number) => (x === undefined ? d : x < 0 ? Math.max(0, n + x) : Math.min(n, x));
    return [clamp(optInt(i), 0), clamp(optInt(i + 1), n)];
  };
  switch (name) {
    case "count": {
      const sub = strArg(0);
      const [lo, hi] = window(1);
      const part = s.slice(lo, hi);
      if (sub === "") return pyInt(part.length + 1);
      let c = 0;
      for (let i = part.indexOf(sub); i >= 0; i = part.indexOf(sub, i + sub.length)) c++;
      return pyInt(c);
    }
    case "split": case "rsplit": {
      const sep = optStr(0, "sep");
      const max = optInt(1, "maxsplit") ?? -1;
      return { k: "list", items: splitStr(s, sep, max, name === "rsplit", at).map(pyStr) };
    }
    case "splitlines": {
      const keep = args[0] ?? kwargs.get("keepends");
      const lines = s.match(/[^\n\r]*(?:\r\n|\n|\r)|[^\n\r]+$/g) ?? [];
      return { k: "list", items: lines.map((l) => pyStr(keep && keep.k === "bool" && keep.v ? l : l.replace(/(\r\n|\n|\r)$/, ""))) };
    }
    case "join": {
      const parts = hooks.items(args[0] ?? NONE).map((p, i) => {
        if (p.k !== "str") throw new PyException("TypeError", `sequence item ${i}: expected str instance, ${describe(p)} found`, at);
        return p.v;
      });
      return pyStr(parts.join(s));
    }
    case "startswith": case "endswith": {
      const v = args[0];
      const options = v && v.k === "tuple" ? v.items : v ? [v] : [];
      const [lo, hi] = window(1);
      const part = s.slice(lo, hi);
      return pyBool(options.some((o) => {
        if (o.k !== "str") throw new PyException("TypeError", `${name} first arg must be str or a tuple of str, not ${describe(o)}`, at);
        return name === "startswith" ? part.startsWith(o.v) : part.endsWith(o.v);
      }));
    }
    case "replace": {
      const [a, b] = [strArg(0), strArg(1)];
      let n = optInt(2, "count") ?? -1;
      if (a === "") {
        // CPython inserts the replacement between characters and at both ends.
        const chars = [...s];
        let out = "";
        for (const c of chars) { if (n !== 0) { out += b; n--; } out += c; }
        return pyStr(n !== 0 ? out + b : out);
      }
      let out = "";
      let i = 0;
      for (let j = s.indexOf(a); j >= 0 && n !== 0; j = s.indexOf(a, i), n--) { out += s.slice(i, j) + b; i = j + a.length; }
      return pyStr(out + s.slice(i));
    }
    case "strip": case "lstrip": case "rstrip": {
      const chars = optStr(0);
      const isStrip = (c: string) => (chars === undefined ? /\s/.test(c) : chars.includes(c));
      let lo = 0;
      let hi = s.length;
      if (name !== "rstrip") while (lo < hi && isStrip(s[lo]!)) lo++;
      if (name !== "lstrip") while (hi > lo && isStrip(s[hi - 1]!)) hi--;
      return pyStr(s.slice(lo, hi));
    }
    case "upper": return pyStr(s.toUpperCase());
    case "lower": return pyStr(s.toLowerCase());
    case "capitalize": return pyStr(s.charAt(0).toUpperCase() + s.slice(1).toLowerCase());
    case "title": return pyStr(s.toLowerCase().replace(/(^|[^A-Za-z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()));
    case "find": case "rfind": case "index": case "rindex": {
      const sub = strArg(0);
      const [lo, hi] = window(1);
      const part = s.slice(lo, hi);
      const j = name === "find" || name === "index" ? part.indexOf(sub) : part.lastIndexOf(sub);
      if (j < 0 && (name === "index" || name === "rindex")) throw new PyException("ValueError", "substring not found", at);
      return pyInt(j < 0 ? -1 : j + lo);
    }
    case "format": return pyStr(formatStr(s, args, kwargs, at, hooks));
    case "isdigit": case "isnumeric": return pyBool(s.length > 0 && /^\d+$/.test(s));
    case "isalpha": return pyBool(s.length > 0 && /^\p{L}+$/u.test(s));
    case "isalnum": return pyBool(s.length > 0 && /^[\p{L}\d]+$/u.test(s));
    case "isspace": return pyBool(s.length > 0 && /^\s+$/.test(s));
    case "isupper": return pyBool(/[A-Z]/.test(s) && s === s.toUpperCase());
    case "islower": return pyBool(/[a-z]/.test(s) && s === s.toLowerCase());
    case "zfill": {
      const w = optInt(0) ?? 0;
      const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
      return pyStr(sign + s.slice(sign.length).padStart(w - sign.length, "0"));
    }
    case "ljust": case "rjust": case "center": {
      const w = optInt(0) ?? 0;
      const fill = optStr(1) ?? " ";
      if (fill.length !== 1) throw new PyException("TypeError", "The fill character must be exactly one character long", at);
      if (w <= s.length) return pyStr(s);
      if (name === "ljust") return pyStr(s.padEnd(w, fill));
      if (name === "rjust") return pyStr(s.padStart(w, fill));
      const total = w - s.length;
      // CPython puts the odd extra character on the left when the width is odd
      const left = Math.floor(total / 2) + (total & w & 1);
      return pyStr(fill.repeat(left) + s + fill.repeat(total - left));
    }
    case "partition": case "rpartition": {
      const sep = strArg(0);
      const j = name === "partition" ? s.indexOf(sep) : s.lastIndexOf(sep);
      const parts = j < 0 ? (name === "partition" ? [s, "", ""] : ["", "", s]) : [s.slice(0, j), sep, s.slice(j + sep.length)];
      return { k: "tuple", items: parts.map(pyStr) };
    }
    case "removeprefix": { const p = strArg(0); return pyStr(p && s.startsWith(p) ? s.slice(p.length) : s); }
    case "removesuffix": { const p = strArg(0); return pyStr(p && s.endsWith(p) ? s.slice(0, -p.length) : s); }
    case "encode":
      throw new PyException("NotImplementedError", "str.encode(): bytes are not supported in a script", at);
    default:
      throw new PyException("AttributeError", `'str' object has no attribute '${name}'`, at);
  }
}

function splitStr(s: string, sep: string | undefined, max: number, fromRight: boolean, at: SourceRange): string[] {
  if (sep === "") throw new PyException("ValueError", "empty separator", at);
  if (sep === undefined) {
    // Runs of whitespace separate; leading and trailing whitespace gives no empty strings.
    const words = s.trim().length ? s.trim().split(/\s+/) : [];
    if (max < 0 || words.length <= max + 1) return words;
    if (!fromRight) {
      const out: string[] = [];
      let rest = s.replace(/^\s+/, "");
      for (let i = 0; i < max; i++) {
        const m = /^(\S+)\s+/.exec(rest)!;
        out.push(m[1]!);
        rest = rest.slice(m[0].length);
      }
      return [...out, rest];
    }
    const out: string[] = [];
    let rest = s.replace(/\s+$/, "");
    for (let i = 0; i < max; i++) {
      const m = /\s+(\S+)$/.exec(rest)!;
      out.unshift(m[1]!);
      rest = rest.slice(0, m.index);
    }
    return [rest, ...out];
  }
  const all = s.split(sep);
  if (max < 0 || all.length <= max + 1) return all;
  return fromRight ? [all.slice(0, all.length - max).join(sep), ...all.slice(all.length - max)] : [...all.slice(0, max), all.slice(max).join(sep)];
}

/** `str.format`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, `!r`/`!s` and format specs, `{{`/`}}`. */
export function formatStr(s: string, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>, at: SourceRange, hooks: StrHooks): string {
  let auto = 0;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === "{" && s[i + 1] === "{") { out += "{"; i += 2; continue; }
    if (c === "}" && s[i + 1] === "}") { out += "}"; i += 2; continue; }
    if (c === "}") throw new PyException("ValueError", "Single '}' encountered in format string", at);
    if (c !== "{") { out += c; i++; continue; }
    const end = s.indexOf("}", i);
    if (end < 0) throw new PyException("ValueError", "Single '{' encountered in format string", at);
    const field = s.slice(i + 1, end);
    i = end + 1;
    const m = /^([^!:.[]*)((?:\.[A-Za-z_]\w*|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/.exec(field);
    if (!m) throw new PyException("ValueError", `bad format field '{${field}}'`, at);
    const [, head = "", chain = "", conv, spec] = m;
    let v: PyValue | undefined;
    if (head === "") {
      v = args[auto++];
      if (!v) throw new PyException("IndexError", `Replacement index ${auto - 1} out of range for positional args tuple`, at);
    } else if (/^\d+$/.test(head)) {
      v = args[Number(head)];
      if (!v) throw new PyException("IndexError", `Replacement index ${head} out of range for positional args tuple`, at);
    } else {
      v = kwargs.get(head);
      if (!v) throw new PyException("KeyError", `'${head}'`, at);
    }
    for (const part of chain.match(/\.[A-Za-z_]\w*|\[[^\]]*\]/g) ?? []) {
      if (part.startsWith(".")) v = hooks.attr(v, part.slice(1));
      else {
        const key = part.slice(1, -1);
        v = hooks.index(v, /^\d+$/.test(key) ? pyInt(Number(key)) : pyStr(key));
      }
    }
    const shown: PyValue = conv === "r" || conv === "a" ? pyStr(hooks.repr(v)) : conv === "s" ? pyStr(hooks.str(v)) : v;
    out += spec ? hooks.format(shown, spec) : hooks.str(shown);
  }
  return out;
}
