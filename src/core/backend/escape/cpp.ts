/**
 * C++ output (kernel.cpp/.h, testbench, host): identifiers, comments and string literals built from
 * user-derived text. Anything a user wrote (names, template ids, file names) reaches C++ only through these.
 */

/** A C identifier `[A-Za-z_][A-Za-z0-9_]*` from any text: other characters become `_`. */
export function cppIdentifier(text: string): string {
  let s = text.replace(/[^A-Za-z0-9_]/g, "_");
  if (!s || /^[0-9]/.test(s)) s = `v_${s}`;
  return s;
}

/**
 * Text safe inside a `//` or block comment: printable ASCII only, so no line break (nor U+2028), no
 * backslash (a line splice at the end), no `*​/`, `/*` or `??` (trigraphs); anything else is shown as
 * `<U+XXXX>`. The result never ends the comment or starts a directive.
 */
export function cppComment(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += c >= 0x20 && c < 0x7f && ch !== "\\" ? ch : `<U+${c.toString(16).toUpperCase().padStart(4, "0")}>`;
  }
  return out.replace(/\*(?=\/)|\/(?=\*)|\?(?=\?)/g, "$& ");
}

/** A C++ narrow string literal (with quotes) holding the UTF-8 bytes of `text`. */
export function cppString(text: string): string {
  let out = '"';
  for (const b of new TextEncoder().encode(text)) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += "\\\\";
    else if (b === 0x3f) out += "\\?"; // no trigraphs
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, "0")}`; // octal escapes stop after 3 digits, unlike \x
  }
  return `${out}"`;
}
