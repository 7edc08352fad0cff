/**
 * The text Lezer parses: the source with every blank or comment-only line joined to the line before it
 * (the line break before it becomes a space), so every offset stays the same.
 *
 * Why: @lezer/lr guards against runaway left-associative reductions by forcing a reduction after 300
 * large ones in a row. In @lezer/python a statement that follows a blank line is such a reduction, so a
 * body of more than about 300 statements separated by blank or comment lines (an imported ONNX model,
 * a long generated script) got a spurious syntax error every ~300 statements. Blank and comment-only
 * lines mean nothing to Python's grammar (CPython's tokenizer drops them too), so joining them away
 * changes no parse. Line breaks inside strings, after a backslash continuation, and at the start of the
 * file are kept.
 */
export function joinBlankLines(source: string): string {
  const n = source.length;
  let out: string[] | undefined;
  /** Offset of the line break ending the last line that had code, or -1. */
  let lastBreak = -1;
  let i = 0;
  let lineStart = 0;
  let lineHasCode = false;
  let quote = ""; // the open string's delimiter ("'", '"', "'''", '"""'), or ""
  while (i < n) {
    const c = source[i]!;
    if (quote) {
      if (c === "\\") { i += 2; continue; }
      if (source.startsWith(quote, i)) { i += quote.length; quote = ""; continue; }
      if (c === "\n" && quote.length === 1) quote = ""; // an unterminated string ends at the line (a syntax error either way)
      else { i++; continue; }
    }
    if (c === "\n" || (c === "\r" && source[i + 1] !== "\n")) {
      if (!lineHasCode && lastBreak >= 0 && lineStart > 0) {
        // A blank or comment-only line: the break before it becomes a space (two for "\r\n").
        out ??= source.split("");
        out[lastBreak] = " ";
        if (lastBreak > 0 && source[lastBreak] === "\n" && source[lastBreak - 1] === "\r") out[lastBreak - 1] = " ";
      }
      // The break that ends a line is the one the next blank line joins to (unless it continues a line).
      const continued = i > 0 && source[i - (source[i - 1] === "\r" ? 2 : 1)] === "\\";
      lastBreak = continued ? -1 : i;
      i++;
      lineStart = i;
      lineHasCode = false;
      continue;
    }
    if (c === "#") {
      while (i < n && source[i] !== "\n" && source[i] !== "\r") i++;
      continue;
    }
    if (c !== " " && c !== "\t" && c !== "\f" && c !== "\r") {
      lineHasCode = true;
      if (c === "'" || c === '"') {
        quote = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        i += quote.length;
        continue;
      }
    }
    i++;
  }
  return out ? out.join("") : source;
}
