/** JSON output (config files, reports): strings from user-derived text. */

/**
 * A JSON string literal that stays valid JSON, valid JavaScript (U+2028/U+2029 escaped) and safe to embed
 * in HTML (`<`, `>` and `&` escaped); lone surrogates are escaped by JSON.stringify itself.
 */
export function jsonString(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
