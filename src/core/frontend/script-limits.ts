/**
 * Size limits of the schedule script's values (RELIABILITY.md). A script that builds a huge string, list
 * or integer gets a located diagnostic instead of exhausting memory (V8 aborts the whole process on some
 * allocations, which no `catch` can stop).
 */
import type { SourceRange } from "../diagnostics";
import { UserError } from "../diagnostics";

/** The sizes a script may build (RELIABILITY.md "Limits"); limits.ts holds the defaults and the flags. */
export interface ScriptLimits {
  /** Characters in one script string. */
  readonly scriptString: number;
  /** Items in one script list or tuple. */
  readonly scriptList: number;
  /** List items and string characters created by the whole script run. */
  readonly scriptItems: number;
  /** Bits of one script integer (2**4096 fits with room to spare). */
  readonly scriptIntBits: number;
  /** Statements, loop iterations and comprehension items the whole script run may execute. */
  readonly scriptSteps: number;
  /** Element operations of the whole run's numpy calls (numpy/work.ts). */
  readonly scriptNumpyWork: number;
}

export const DEFAULT_SCRIPT_LIMITS: ScriptLimits = {
  scriptString: 1 << 20,
  scriptList: 1 << 20,
  scriptItems: 1 << 24,
  scriptIntBits: 1 << 16,
  scriptSteps: 1_000_000,
  scriptNumpyWork: 2 ** 31,
};

/** How each script limit is raised, for the diagnostics. */
export const SCRIPT_LIMIT_FLAGS: Readonly<Record<keyof ScriptLimits, string>> = {
  scriptString: "--max-script-string N (studio: the run settings' script limits; API: limits.scriptString)",
  scriptList: "--max-script-list N (studio: the run settings' script limits; API: limits.scriptList)",
  scriptItems: "--max-script-items N (studio: the run settings' script limits; API: limits.scriptItems)",
  scriptIntBits: "--max-script-int-bits N (studio: the run settings' script limits; API: limits.scriptIntBits)",
  scriptSteps: "--max-script-steps N (studio: the run settings' script limits; API: limits.scriptSteps)",
  scriptNumpyWork: "--max-script-numpy N (studio: the run settings' script limits; API: limits.scriptNumpyWork)",
};

const count = (n: number, limit: number) => (Number.isFinite(n) ? n.toLocaleString("en-US") : `more than ${limit.toLocaleString("en-US")}`);

/** Bits of |v| (0 for 0). */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(16).length * 4;
}

const n = (x: number) => x.toLocaleString("en-US");

export function checkStringSize(size: number, limits: ScriptLimits, at: SourceRange): void {
  if (size > limits.scriptString) throw new UserError("E-script-limit", `this string would have ${count(size, limits.scriptString)} characters; script strings are limited to ${n(limits.scriptString)} (raise it with ${SCRIPT_LIMIT_FLAGS.scriptString})`, at);
}

export function checkListSize(size: number, limits: ScriptLimits, at: SourceRange): void {
  if (size > limits.scriptList) throw new UserError("E-script-limit", `this list would have ${count(size, limits.scriptList)} items; script lists are limited to ${n(limits.scriptList)} (raise it with ${SCRIPT_LIMIT_FLAGS.scriptList})`, at);
}

/** Checks the size of an integer result before it is computed (`bits` = an upper bound of its bit length). */
export function checkIntBits(bits: number, limits: ScriptLimits, at: SourceRange): void {
  if (bits > limits.scriptIntBits) throw new UserError("E-script-limit", `this integer would have about ${n(Math.round(bits))} bits; script integers are limited to ${n(limits.scriptIntBits)} bits (raise it with ${SCRIPT_LIMIT_FLAGS.scriptIntBits})`, at);
}

/** The whole run's list items and string characters (`total`, after this allocation). */
export function checkItems(total: number, limits: ScriptLimits, at: SourceRange): void {
  if (total > limits.scriptItems) throw new UserError("E-script-limit", `the script has built more than ${n(limits.scriptItems)} list items and string characters; it is limited to that (raise it with ${SCRIPT_LIMIT_FLAGS.scriptItems})`, at);
}

/** The message of a script whose numpy calls went over their work limit. */
export function numpyWorkMessage(limits: ScriptLimits): string {
  return `the script's numpy calls would do more than ${n(limits.scriptNumpyWork)} element operations (each element an operation builds or a reduction or comparison reads, and m·k·n for a matmul); they are limited to that (raise it with ${SCRIPT_LIMIT_FLAGS.scriptNumpyWork})`;
}

/** The message of a script that ran out of steps (`what` says which construct). */
export function stepsMessage(what: string, limits: ScriptLimits): string {
  return `${what} (over ${n(limits.scriptSteps)} steps; if it is just long, raise the limit with ${SCRIPT_LIMIT_FLAGS.scriptSteps})`;
}
