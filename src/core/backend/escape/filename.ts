/** File and archive entry names built from user-derived text. */

/**
 * One path component: letters, digits, `_ . + -` only (no separators, no `..`, no control or bidi
 * characters, nothing a shell or Windows treats specially), at most `maxLength` characters, never empty,
 * never starting with a dot or dash.
 */
export function fileNameComponent(text: string, maxLength = 100): string {
  let s = text.replace(/[^A-Za-z0-9_.+-]/g, "_").replace(/\.{2,}/g, "_").slice(0, maxLength);
  if (s === "" || s.startsWith(".") || s.startsWith("-")) s = `_${s}`;
  return s;
}

/**
 * A safe relative archive path: forward slashes only, no leading slash or drive, no `.`/`..` or empty
 * segments, no control or bidi characters. Returns undefined when nothing usable remains.
 */
export function archivePath(name: string): string | undefined {
  const parts = name
    .replace(/\\/g, "/")
    .replace(/^[A-Za-z]:/, "")
    .split("/")
    .map((p) => p.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069:*?"<>|]/g, "_").trim())
    .filter((p) => p !== "" && p !== "." && p !== "..");
  return parts.length ? parts.join("/") : undefined;
}
