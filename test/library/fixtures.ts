/** Reading the NN library's numpy fixtures (scripts/nn-fixtures.py) as simulator inputs and references. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Tensor } from "../../src/core/api-types";
import { readNpy } from "../../src/core/sim/npy";
import type { NpyArray } from "../../src/core/sim/npy";
import type { ScalarType } from "../../src/core/types/types";
import { F32, F64, intType } from "../../src/core/types/types";

export function loadNpy(path: string): NpyArray {
  const r = readNpy(new Uint8Array(readFileSync(path)));
  if ("error" in r) throw new Error(`${path}: ${r.error}`);
  return r;
}

function scalarOf(dtype: string): ScalarType {
  const d = dtype.replace(/^[<>|=]/, "");
  if (d === "f4" || d === "float32") return F32;
  if (d === "f8" || d === "float64") return F64;
  const named = /^(u?)int(\d+)$/.exec(d);
  if (named) return intType(Number(named[2]), named[1] === "");
  const m = /^([iu])(\d)$/.exec(d);
  if (m) return intType(Number(m[2]) * 8, m[1] === "i");
  if (d === "b1" || d === "bool") return intType(1, false);
  throw new Error(`fixture dtype ${dtype}`);
}

/** `as`: the element type the design declares when it differs from the file's ("int4" in an int8 file). */
export function npyTensor(a: NpyArray, as?: string): Tensor {
  return { type: as ? scalarOf(as) : scalarOf(a.dtype), shape: a.shape, data: a.data as number[] };
}

/** max |got − want| and max |want| over two same-shaped tensors. */
export function errors(got: ArrayLike<number> | readonly bigint[], want: ArrayLike<number> | readonly bigint[]): { maxErr: number; maxRef: number } {
  let maxErr = 0;
  let maxRef = 0;
  for (let i = 0; i < want.length; i++) {
    const w = Number(want[i]);
    maxErr = Math.max(maxErr, Math.abs(Number(got[i]) - w));
    maxRef = Math.max(maxRef, Math.abs(w));
  }
  return { maxErr, maxRef };
}

export const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
export const fixturePath = (...parts: string[]): string => join(FIXTURES, ...parts);
