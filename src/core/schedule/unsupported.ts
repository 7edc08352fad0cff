/** Primitives the engine does not implement yet: a clear error step instead of a silent no-op. */
import { fail } from "./ir-util";
import type { Primitive } from "./primitive";
import { definePrimitive } from "./primitive";

const WHY: Record<string, string> = {
  bind: "it binds loops to GPU threads (not exposed by Allo either)",
  outline: "it outlines a loop nest into a function (not exposed by Allo either)",
};

export function unsupported(method: string): Primitive {
  return definePrimitive((_m, rec) =>
    fail(rec, `${method}() is not supported yet by Allo Studio's schedule engine (${WHY[method] ?? "no implementation"}); the steps after it are skipped — remove it to see them`, "E-schedule-unsupported"));
}
