/** Method name → primitive (data, STYLE §11). Unknown names are an error step, never a crash. */
import { bufferAt } from "./buffer-at";
import { compose } from "./compose";
import { computeAt } from "./compute-at";
import { dataflow } from "./dataflow";
import { fail, ScheduleError } from "./ir-util";
import { didYouMean, didYouMeanText } from "../suggest";
import { fuse } from "./fuse";
import { inline } from "./inline";
import { checkKeywords } from "./keywords";
import { parallel } from "./parallel";
import { partition } from "./partition";
import { pipeline } from "./pipeline";
import type { Primitive } from "./primitive";
import { definePrimitive } from "./primitive";
import { reorder } from "./reorder";
import { reshape } from "./reshape";
import { reuseAt } from "./reuse-at";
import { split } from "./split";
import { tile } from "./tile";
import { to } from "./to";
import { unfold } from "./unfold";
import { unroll } from "./unroll";
import { unsupported } from "./unsupported";

let table: ReadonlyMap<string, Primitive> | undefined;

function registry(): ReadonlyMap<string, Primitive> {
  // Built lazily: compose imports this module, so the table must not exist at import time.
  table ??= new Map<string, Primitive>([
    ["split", split], ["reorder", reorder], ["fuse", fuse], ["tile", tile],
    ["unroll", unroll], ["pipeline", pipeline], ["parallel", parallel], ["dataflow", dataflow], ["inline", inline],
    ["partition", partition], ["reshape", reshape], ["buffer_at", bufferAt], ["compute_at", computeAt], ["compose", compose],
    ["reuse_at", reuseAt], ["unfold", unfold], ["to", to], ["relay", to],
    ...["bind", "outline"].map((n) => [n, unsupported(n)] as [string, Primitive]),
  ]);
  return table;
}

/** Methods of a schedule that are not primitives (the interpreter handles them). */
const OTHER_METHODS = ["build", "get_loops", "get_equivalent_variables"];

const unknown = definePrimitive((_m, rec) => {
  const guess = didYouMean(rec.method, [...registry().keys(), ...OTHER_METHODS]);
  const message = `'${rec.method}' is not a schedule primitive${didYouMeanText(guess)}; primitives: ${[...registry().keys()].join(", ")}`;
  if (!rec.methodRange) return fail(rec, message);
  throw new ScheduleError("E-schedule", message, rec.methodRange, guess === undefined ? undefined : { range: rec.methodRange, text: guess });
});

const checked = new Map<string, Primitive>();

/** The primitive for `method`; its keyword arguments are checked before it plans. */
export function primitiveFor(method: string): Primitive {
  const p = registry().get(method);
  if (!p) return unknown;
  let c = checked.get(method);
  if (!c) {
    c = definePrimitive((m, rec, ctx) => {
      checkKeywords(rec);
      return p.plan(m, rec, ctx);
    });
    checked.set(method, c);
  }
  return c;
}

export function primitiveNames(): string[] {
  return [...registry().keys()];
}
