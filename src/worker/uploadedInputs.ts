/**
 * Inputs the user uploaded as .npy files, turned into the top function's argument values. The file's
 * shape and dtype are checked against the parameter (the compiled design's signature); a mismatch is a
 * diagnostic on the parameter, never an exception.
 */
import { compile } from "../core/api";
import type { SimulateOptions, Tensor } from "../core/api-types";
import { DiagnosticSink, LineMap, type Diagnostic } from "../core/diagnostics";
import { npyToTensor, readNpy } from "../core/sim/npy";

/** An uploaded .npy file for the parameter it is keyed by. */
export interface InputFile { readonly fileName: string; readonly bytes: Uint8Array }

export function decodeInputFiles(
  source: string, options: SimulateOptions | undefined, files: Readonly<Record<string, InputFile>>,
): { inputs: Record<string, Tensor>; diagnostics: readonly Diagnostic[] } {
  const inputs: Record<string, Tensor> = {};
  const c = compile(source, { schedule: options?.schedule });
  if (!c.design) return { inputs, diagnostics: c.diagnostics };
  const sink = new DiagnosticSink(new LineMap(source));
  const params = new Map(c.design.params.map((p) => [p.name, p]));
  const topRange = c.design.params[0]?.range ?? { from: 0, to: 0 };
  for (const [name, file] of Object.entries(files)) {
    const param = params.get(name);
    if (!param) {
      sink.error("E-input", `'${c.design.top}' has no parameter '${name}' for ${file.fileName}; remove the upload`, topRange);
      continue;
    }
    const npy = readNpy(file.bytes);
    if ("error" in npy) {
      sink.error("E-input", `${file.fileName} (for '${name}'): ${npy.error}`, param.range);
      continue;
    }
    const t = npyToTensor(npy, param.type, name, file.fileName);
    if ("error" in t) sink.error("E-input", `${t.error}; upload another file or remove it to use seeded random values`, param.range);
    else inputs[name] = t;
  }
  return { inputs, diagnostics: sink.items };
}
