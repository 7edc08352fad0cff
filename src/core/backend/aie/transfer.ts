/**
 * Host ↔ shim transfers of the runtime sequence: the 4-D access pattern (offset, sizes, strides, all in
 * elements, outermost first) that moves a run of equally spaced boxes of an argument, and the checks the
 * mlir-aie verifier applies to it (AIE reference §2 "Transfer rules").
 */
import type { Box } from "./access";

export interface Pattern {
  readonly offset: number;
  /** [s3, s2, s1, s0]: s0 innermost. */
  readonly sizes: readonly [number, number, number, number];
  readonly strides: readonly [number, number, number, number];
}

/** Row-major strides of a shape. */
export function rowStrides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  let s = 1;
  for (let d = shape.length - 1; d >= 0; d--) { out[d] = s; s *= shape[d]!; }
  return out;
}

/**
 * The pattern that reads `count` boxes of `box.shape`, the k-th at `box.origin + k·step`, in order, each
 * row-major; undefined when it needs more than 4 dimensions.
 */
export function boxesPattern(argShape: readonly number[], box: Box, count: number, step: readonly number[]): Pattern | undefined {
  const W = rowStrides(argShape);
  const dims: { size: number; stride: number }[] = [];
  if (count > 1) dims.push({ size: count, stride: step.reduce((a, s, d) => a + s * W[d]!, 0) });
  box.shape.forEach((n, d) => dims.push({ size: n, stride: W[d]! }));
  // Drop unit dims, then merge a dim into the one inside it when they are contiguous.
  let ds = dims.filter((d) => d.size > 1);
  if (ds.length === 0) ds = [{ size: 1, stride: 1 }];
  const merged: { size: number; stride: number }[] = [];
  for (const d of ds) {
    merged.push({ ...d });
  }
  for (let i = merged.length - 2; i >= 0; i--) {
    const outer = merged[i]!;
    const inner = merged[i + 1]!;
    if (outer.stride === inner.stride * inner.size) {
      merged.splice(i, 2, { size: outer.size * inner.size, stride: inner.stride });
    }
  }
  // A long contiguous run is split so the innermost size stays within the BD limit.
  const last = merged[merged.length - 1]!;
  if (last.stride === 1 && last.size > 1023) {
    let inner = 0;
    for (let k = 1023; k >= 1; k--) if (last.size % k === 0) { inner = k; break; }
    merged.splice(merged.length - 1, 1, { size: last.size / inner, stride: inner }, { size: inner, stride: 1 });
  }
  // The offset is counted in elements of the innermost dimension, so that one must be contiguous.
  if (merged[merged.length - 1]!.stride !== 1) merged.push({ size: 1, stride: 1 });
  if (merged.length > 4) return undefined;
  while (merged.length < 4) merged.unshift({ size: 1, stride: 0 });
  const offset = box.origin.reduce((a, o, d) => a + o * W[d]!, 0);
  return {
    offset,
    sizes: merged.map((d) => d.size) as unknown as Pattern["sizes"],
    strides: merged.map((d, i) => (d.size === 1 && i < 3 ? 0 : d.stride)) as unknown as Pattern["strides"],
  };
}

/** Elements a pattern moves. */
export function patternElements(p: Pattern): number {
  return p.sizes.reduce((a, b) => a * b, 1);
}

/** The verifier's limits on a runtime transfer; returns the problems (empty when legal). */
export function checkPattern(p: Pattern, elemBytes: number, argElements: number): string[] {
  const out: string[] = [];
  const words = (n: number) => (n * elemBytes) / 4;
  if ((p.offset * elemBytes) % 4 !== 0) out.push(`its offset (${p.offset * elemBytes} bytes) is not 4-byte aligned`);
  if ((p.sizes[3] * elemBytes) % 4 !== 0) out.push(`its innermost run (${p.sizes[3] * elemBytes} bytes) is not a multiple of 4 bytes`);
  const linear = p.sizes[0] === 1 && p.sizes[1] === 1 && p.sizes[2] === 1 && p.strides[3] === 1;
  if (!linear) {
    if (words(p.sizes[3]) > 1023) out.push(`its innermost size is ${words(p.sizes[3])} words (at most 1023)`);
    if (p.sizes[2] > 1023) out.push(`its second size is ${p.sizes[2]} (at most 1023)`);
    if (p.sizes[0] > 64) out.push(`its repeat count is ${p.sizes[0]} (at most 64)`);
  }
  for (let i = 0; i < 4; i++) if (words(p.strides[i]!) > 1 << 20) out.push(`stride ${p.strides[i]} is beyond 2^20 words`);
  // The furthest element it touches stays inside the argument.
  const last = p.offset + p.sizes.reduce((a, s, i) => a + (s - 1) * p.strides[i]!, 0);
  if (p.offset < 0 || last >= argElements) out.push("it reaches outside the argument");
  return out;
}
