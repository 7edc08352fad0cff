/** Tcl output (run_hls.tcl): words built from user-derived text. */

/**
 * One Tcl word that the interpreter takes literally: plain when it is made of `[A-Za-z0-9_.+/-]`, else a double-quoted word with every character that
 * Tcl substitutes or that ends the word (`$ [ ] \ "`, whitespace and control characters) backslash-escaped
 * (non-ASCII as `\uXXXX`).
 */
export function tclWord(text: string): string {
  if (/^[A-Za-z0-9_.+\/-]+$/.test(text)) return text; // nothing Tcl would substitute or split
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ('$[]\\"{}'.includes(ch)) out += `\\${ch}`;
    else if (c >= 0x20 && c < 0x7f && ch !== " ") out += ch;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}

/** Text safe in a Tcl `#` comment line: no line breaks, no backslash (which would continue the comment). */
export function tclComment(text: string): string {
  return [...text].map((ch) => { const c = ch.codePointAt(0)!; return c >= 0x20 && c < 0x7f && ch !== "\\" ? ch : "?"; }).join("");
}
