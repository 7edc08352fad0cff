/**
 * MLIR output: symbol names (`@name`) and string attributes built from user-derived text.
 * MLIR strings allow `\"`, `\\`, `\n`, `\t` and `\XX` (two hex digits, one byte); we escape every byte
 * outside printable ASCII so the text is pure ASCII and always lexes.
 */

/** A string literal (with quotes) holding the UTF-8 bytes of `text`. */
export function mlirString(text: string): string {
  let out = '"';
  for (const b of new TextEncoder().encode(text)) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += "\\\\";
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return `${out}"`;
}

/** A symbol reference: `@name` when `name` is a bare identifier, else the quoted form `@"..."`. */
export function mlirSymbol(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_$.]*$/.test(name) ? `@${name}` : `@${mlirString(name)}`;
}

/** The suffix of an SSA value name (`%suffix`): a letter-led MLIR identifier (other characters become `_`). */
export function mlirValueId(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_$.-]/g, "_");
  return /^[A-Za-z_$.-]/.test(s) ? s : `_${s}`;
}
