/**
 * Identifiers for the emitted MLIR symbols, C++ functions and file names. User names are Python
 * identifiers, but a unicode letter or a clash with a keyword would still break the output, so every
 * name goes through `mangle` (letters, digits, `_`; not starting with a digit) and a per-design
 * `NameTable` keeps them unique. The character rule is the shared C++ one (backend/escape); what is
 * added here are the names the AIE kernels, aie_api and the host already use.
 */
import { cppIdentifier } from "../escape";

const RESERVED = new Set([
  "main", "int", "float", "double", "char", "void", "return", "for", "if", "else", "while", "do", "switch", "case", "default",
  "break", "continue", "static", "const", "struct", "class", "union", "enum", "namespace", "template", "typename", "new", "delete",
  "this", "operator", "public", "private", "protected", "auto", "register", "extern", "inline", "volatile", "signed", "unsigned",
  "short", "long", "bool", "true", "false", "sizeof", "and", "or", "not", "xor", "std", "aie", "min", "max", "abs", "exp", "log",
  "sqrt", "sin", "cos", "tan", "tanh", "pow", "floor", "ceil", "fmod", "trunc", "round", "memcpy", "printf",
]);

export function mangle(name: string): string {
  let s = cppIdentifier(name);
  if (RESERVED.has(s) || s.startsWith("allo_") || s.startsWith("__")) s = `${s}_`;
  return s;
}

/** Unique mangled names within one namespace. */
export class NameTable {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  take(want: string): string {
    const base = mangle(want);
    let n = base;
    for (let k = 1; this.used.has(n); k++) n = `${base}_${k}`;
    this.used.add(n);
    return n;
  }
}
