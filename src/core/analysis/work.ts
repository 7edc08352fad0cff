/**
 * Work units the estimator spends, counted rather than timed so a test can bound the estimate of a
 * large design on any machine: one per statement scheduled (each unrolled copy walked counts), one per
 * function estimated, one per dataflow stage composed and one per function listed in the result. A
 * 64×64 PE grid estimated per instance class costs a few units per PE; estimated PE by PE it cost
 * every PE's statements.
 */
let units = 0;

export function countWork(n = 1): void {
  units += n;
}

/** Units spent since the process started (tests read it before and after). */
export function estimatorWork(): number {
  return units;
}
