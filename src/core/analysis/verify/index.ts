/** The equivalence checker (symbolic execution of two modules on the same symbolic inputs). */
export { Verifier, verifyModules } from "./verify";
export type { Counterexample, CounterexampleSide, VerifyBudget, VerifyStats, VerifyStatus, VerifyVerdict } from "./types";
export { verifyAgainst, verifyDesignSteps, withLines } from "./steps";
export type { StepVerdict } from "./steps";
export { formatVerdictShort } from "./describe";
