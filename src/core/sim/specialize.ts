/**
 * Dynamic shapes at run time. Allo's `float32[...]` argument is a `memref<?xf32>`: its size is the
 * array the caller passes (Allo's LLVM module runs "with arbitrary shapes of NumPy arrays"). The
 * simulator's code generator bakes shapes into strides and bound checks, so a run first makes the
 * module whose dynamic arguments have the sizes of the arrays given for them.
 */
import type { Tensor } from "../api-types";
import type { SourceRange } from "../diagnostics";
import type * as ir from "../ir/nodes";
import { replaceBufferInFunc } from "../schedule/ir-util";
import { arrayType, DYN, isDynamic, typeToString } from "../types/types";

export type Specialized =
  | { readonly ok: true; readonly module: ir.Module; /** The sizes chosen, e.g. "A:256,B:256" ("" when nothing was dynamic). */ readonly key: string }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly range: SourceRange };

/** The top's dynamic-shaped array arguments. */
export function dynamicParams(m: ir.Module): ir.Buffer[] {
  const top = m.funcs.find((f) => f.name === m.top);
  return top ? top.params.filter((p): p is ir.Buffer => p.kind === "buffer" && isDynamic(p.type)) : [];
}

/**
 * The module with every dynamic size of the top's arguments taken from `inputs` (same rank, the static
 * sizes equal). A dynamic argument without an input has no size to run with: that is a user error
 * naming how to give one.
 */
export function specializeShapes(m: ir.Module, inputs: Readonly<Record<string, Pick<Tensor, "shape">>>): Specialized {
  const dyn = dynamicParams(m);
  if (dyn.length === 0) return { ok: true, module: m, key: "" };
  let top = m.funcs.find((f) => f.name === m.top)!;
  const key: string[] = [];
  for (const p of dyn) {
    const given = Object.hasOwn(inputs, p.name) ? inputs[p.name] : undefined;
    if (!given) {
      return { ok: false, code: "E-input", message: `'${p.name}' has a dynamic shape (${typeToString(p.type)}): its size is the array it is given — call the built module with a numpy array for it (mod = s.build(); mod(...)), or pass one with --in ${p.name}=${p.name}.npy; or give it a static shape`, range: p.range };
    }
    const s = given.shape;
    if (s.length !== p.type.shape.length || p.type.shape.some((d, i) => d !== DYN && d !== s[i])) {
      return { ok: false, code: "E-input", message: `input '${p.name}' has shape (${s.join(", ")}) but the parameter is ${typeToString(p.type)}`, range: p.range };
    }
    if (s.some((d) => !Number.isInteger(d) || d < 1)) {
      return { ok: false, code: "E-input", message: `input '${p.name}' has shape (${s.join(", ")}); a dynamic-shaped argument needs at least one element`, range: p.range };
    }
    top = replaceBufferInFunc(top, p, { ...p, type: arrayType(p.type.elem, s) });
    key.push(`${p.name}:${s.join("x")}`);
  }
  return { ok: true, module: { ...m, funcs: m.funcs.map((f) => (f.name === m.top ? top : f)) }, key: key.join(",") };
}
