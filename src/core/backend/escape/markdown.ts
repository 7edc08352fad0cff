/** Markdown output (the project README): inline text from user-derived strings. */

/** Inline code text without backticks, line breaks or control characters. */
export function markdownInline(text: string): string {
  return [...text].map((ch) => { const c = ch.codePointAt(0)!; return c >= 0x20 && c < 0x7f && ch !== "`" && ch !== "|" && ch !== "<" ? ch : "?"; }).join("");
}
