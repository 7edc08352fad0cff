/** The estimator's public surface (DESIGN §2 "estimator"): what the API, the CLI and the simulator use. */
export { estimate, summarize } from "./estimate";
export type { EstimateOptions } from "./estimate";
export { afterCycles, afterCyclesFor, iterationCycles, cyclesFor } from "./cycles";
export { formatEstimate } from "./format";
export { totalsByOperator, operatorOf } from "./byOperator";
export type { OperatorTotal } from "./byOperator";
export { ESTIMATE_DEVICES, DEFAULT_ESTIMATE_DEVICE, DEFAULT_CLOCK_MHZ, findDevice } from "./devices";
export type * from "./types";
