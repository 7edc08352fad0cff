/**
 * What the script interpreter asks of its host. Compiling a design (the studio's keystroke path,
 * `check`, `run`, `export`) uses design mode: module-level code runs, but built modules are not
 * simulated when called and print() goes nowhere. `allo-studio script|test` use script mode: the
 * file runs as Python would run it, `mod(np_A)` simulates, a failed assert stops the run.
 */
import type { SourceRange } from "../diagnostics";
import type { PyValue } from "./values";
import type { ScheduleValue } from "./schedule-record";

export interface ScriptHost {
  readonly mode: "design" | "script";
  /** `__name__` of the module ("__main__" for a script, the file's name for a test run). */
  readonly moduleName: string;
  print(text: string, at: SourceRange): void;
  /** `mod(args...)` of a built module (script mode only). */
  callBuilt(mod: PyValue & { k: "built" }, args: readonly PyValue[], at: SourceRange): PyValue;
  /** `str(mod)`: the HLS C++ of a `vhls` build, a description otherwise. */
  builtText(mod: PyValue & { k: "built" }): string;
  /**
   * The loops of band `band` of function `func` (the top when absent) after the first `steps` steps of
   * schedule `s`, outermost first: what Allo's `s.get_loops()[band].loops` lists. Undefined when unknown.
   */
  loopNames?(s: ScheduleValue, steps: number, func: string | undefined, band: string): readonly string[] | undefined;
  /** The files `s.build(target=..., project=dir)` leaves in `dir` (computed when the script looks). */
  projectFiles?(mod: PyValue & { k: "built" }): Readonly<Record<string, string>>;
}

export const DESIGN_HOST: ScriptHost = {
  mode: "design",
  moduleName: "__main__",
  print() {},
  callBuilt() {
    return { k: "opaque", what: "result of a simulated module (runs in allo-studio script)" };
  },
  builtText(mod) {
    return `<module built for ${mod.target}>`;
  },
};
