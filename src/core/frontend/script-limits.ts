/**
 * Size limits of the schedule script's values (RELIABILITY.md). A script that builds a huge string, list
 * or integer gets a located diagnostic instead of exhausting memory (V8 aborts the whole process on some
 * allocations, which no `catch` can stop).
 */
import type { SourceRange } from "../diagnostics";
import { UserError } from "../diagnostics";

/** Characters in one script string. */
export const MAX_SCRIPT_STRING = 1 << 20;
/** Items in one script list or tuple. */
export const MAX_SCRIPT_LIST = 1 << 20;
/** List items and string characters created by the whole script run. */
export const MAX_SCRIPT_ALLOCATION = 1 << 24;
/** Bits of one script integer (2**4096 fits with room to spare). */
export const MAX_SCRIPT_INT_BITS = 1 << 16;

const count = (n: number, limit: number) => (Number.isFinite(n) ? n.toLocaleString("en-US") : `more than ${limit.toLocaleString("en-US")}`);

/** Bits of |v| (0 for 0). */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(16).length * 4;
}

export function checkStringSize(n: number, at: SourceRange): void {
  if (n > MAX_SCRIPT_STRING) throw new UserError("E-script-limit", `this string would have ${count(n, MAX_SCRIPT_STRING)} characters; script strings are limited to ${MAX_SCRIPT_STRING.toLocaleString("en-US")}`, at);
}

export function checkListSize(n: number, at: SourceRange): void {
  if (n > MAX_SCRIPT_LIST) throw new UserError("E-script-limit", `this list would have ${count(n, MAX_SCRIPT_LIST)} items; script lists are limited to ${MAX_SCRIPT_LIST.toLocaleString("en-US")}`, at);
}

/** Checks the size of an integer result before it is computed (`bits` = an upper bound of its bit length). */
export function checkIntBits(bits: number, at: SourceRange): void {
  if (bits > MAX_SCRIPT_INT_BITS) throw new UserError("E-script-limit", `this integer would have about ${Math.round(bits).toLocaleString("en-US")} bits; script integers are limited to ${MAX_SCRIPT_INT_BITS.toLocaleString("en-US")} bits`, at);
}
