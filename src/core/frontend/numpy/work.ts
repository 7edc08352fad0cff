/**
 * The work of a script's numpy calls, counted in element operations: every element an operation builds,
 * every element a reduction or comparison reads, and m·k·n multiply-adds for a matmul. One array is
 * bounded by MAX_ELEMENTS, but a matmul of two such arrays, or a loop of calls, is not: the interpreter
 * gives each run one meter (RELIABILITY.md "Limits") and arms it around each numpy call.
 */

/** Thrown when a call would go over the meter; the interpreter reports it at the call. */
export class NumpyWorkExceeded extends Error {
  constructor() {
    super("numpy work limit");
    this.name = "NumpyWorkExceeded";
  }
}

/** What is left of a run's numpy work (element operations). */
export interface WorkMeter {
  left: number;
}

let armed: WorkMeter | undefined;

/** Charges `n` element operations to the armed meter (none armed: work outside a script's calls). */
export function chargeWork(n: number): void {
  if (armed && (armed.left -= n) < 0) throw new NumpyWorkExceeded();
}

/**
 * Runs `f` with `meter` armed. A spent meter refuses the call before it starts: an operation is charged
 * once its elements are built, so a script that catches the error must not get one more op per call.
 */
export function withWorkMeter<T>(meter: WorkMeter, f: () => T): T {
  if (meter.left < 0) throw new NumpyWorkExceeded();
  const outer = armed;
  armed = meter;
  try {
    return f();
  } finally {
    armed = outer;
  }
}
