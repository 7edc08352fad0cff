/** Terminal output (CLI diagnostics, listings): user-derived text that must not move the cursor. */

/**
 * Shows control characters (C0 incl. newline and ESC, DEL, C1), bidi controls and line/paragraph
 * separators as visible escapes (`\n`, `\x1b`, `\u202e`), so a name can neither add a line to the output,
 * send an escape sequence, nor reorder what the reader sees. Other unicode is kept.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
