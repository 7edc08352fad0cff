/**
 * The inputs a design's own script gives its kernel: the arguments of the first simulated call of a
 * built module whose top function matches the design's. The vitis_hls export's golden data uses them,
 * so kernels whose inputs are indices or addresses get a testbench with in-bounds values.
 */
import type { ScriptLimits } from "../frontend/script-limits";
import type { Tensor } from "../api-types";
import { DiagnosticSink, LineMap } from "../diagnostics";
import { parseModule } from "../frontend/parse";
import { newInterpreter } from "./interpreter";
import { resetNumpy } from "../frontend/numpy/module";
import type { Module } from "../ir/nodes";
import { SimulatingHost } from "./host";

/** Stops the script at the first matching call (nothing after it is needed). */
class Captured {
  constructor(readonly inputs: Readonly<Record<string, Tensor>>) {}
}

export function scriptInputs(source: string, design: Module, limits?: Partial<ScriptLimits>): Readonly<Record<string, Tensor>> | undefined {
  resetNumpy();
  const sink = new DiagnosticSink(new LineMap(source));
  const ast = parseModule(source, sink);
  if (sink.hasErrors) return undefined;
  const host = new SimulatingHost("__main__", sink, source);
  const top = design.funcs.find((f) => f.name === design.top)!;
  host.onCall = (m, inputs) => {
    const t = m.funcs.find((f) => f.name === m.top)!;
    const same = m.top === design.top && t.params.length === top.params.length &&
      t.params.every((p, i) => p.name === top.params[i]!.name && JSON.stringify(p.type) === JSON.stringify(top.params[i]!.type));
    if (same) throw new Captured(inputs);
  };
  const interp = newInterpreter(source, sink, host, limits);
  try {
    interp.run(ast);
  } catch (e) {
    if (e instanceof Captured) return e.inputs;
    throw e;
  }
  return undefined;
}
