/** Makefile output: values and comments built from user-derived text. */

/**
 * A Makefile word that make and the shell take literally: only `[A-Za-z0-9_.+-]` survive, everything
 * else becomes `_` (make has no quoting for `$`, `#` or line breaks that survives both make and sh).
 */
export function makeWord(text: string): string {
  const s = text.replace(/[^A-Za-z0-9_.+-]/g, "_");
  return s === "" ? "_" : s.startsWith("-") ? `_${s}` : s;
}

/** Text safe in a `#` comment line: printable ASCII without backslashes (a trailing one continues the line). */
export function makeComment(text: string): string {
  return [...text].map((ch) => { const c = ch.codePointAt(0)!; return c >= 0x20 && c < 0x7f && ch !== "\\" ? ch : "?"; }).join("");
}
