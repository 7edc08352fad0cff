/**
 * Colour bands of the line links: one colour per source line, cycling through a small palette, so a
 * source line and the output lines it produced always share a colour (output.css defines them per theme).
 */
export const BAND_COUNT = 8;

export function bandClass(sourceLine: number): string {
  return `line-band-${sourceLine % BAND_COUNT}`;
}
