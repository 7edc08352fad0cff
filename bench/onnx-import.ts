/**
 * ONNX import + compile + simulate of the torch-exported transformer block (test/fixtures/onnx/
 * block17.onnx: LayerNormalization, 4 linears, 2 heads, causal softmax, GELU; 4 tokens × 16) and the
 * MLP, in Node: median of N runs after one warm-up. `npx tsx bench/onnx-import.ts` (BENCH_RUNS=N).
 */
import { readFileSync } from "node:fs";
import { compile, simulate } from "../src/core/api";
import { importOnnx } from "../src/core/frontend/models/onnx/import";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const name of ["mlp", "block17"]) {
  const bytes = new Uint8Array(readFileSync(new URL(`../test/fixtures/onnx/${name}.onnx`, import.meta.url)));
  const t = { import: [] as number[], compile: [] as number[], simulate: [] as number[] };
  for (let i = 0; i <= runs; i++) {
    let t0 = performance.now();
    const r = importOnnx(bytes);
    const ti = performance.now() - t0;
    t0 = performance.now();
    const c = compile(r.design!, { files: r.files });
    const tc = performance.now() - t0;
    if (c.diagnostics.some((d) => d.severity === "error")) throw new Error(`${name}: ${c.diagnostics[0]!.message}`);
    t0 = performance.now();
    simulate(r.design!, { files: r.files, seed: 1 });
    const ts = performance.now() - t0;
    if (i === 0) continue; // warm-up
    t.import.push(ti);
    t.compile.push(tc);
    t.simulate.push(ts);
  }
  console.log(`${name}: import ${median(t.import).toFixed(1)} ms, compile ${median(t.compile).toFixed(1)} ms, compile+simulate ${median(t.simulate).toFixed(1)} ms (median of ${runs})`);
}
