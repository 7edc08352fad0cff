/** The contract between a gallery design and its independent reference implementation. */
import type { Tensor } from "../../src/core/api-types";

export type Values = ArrayLike<number> | readonly bigint[];

export interface Reference {
  /** The design file in public/examples/, e.g. "gemm.py". */
  file: string;
  /** Inputs to pass to `simulate` (e.g. scalars, which the simulator does not randomise); arrays not listed are seeded random. */
  inputs?: Record<string, Tensor>;
  /** Compute expected results from the inputs the simulator used. */
  run(inputs: Record<string, Tensor>): { args?: Record<string, Values>; returns?: Values[] };
  /** float32 comparison tolerance, 0 = exact */
  tolerance?: number;
}
