/**
 * ONNX import + compile + simulate of the torch-exported transformer block (test/fixtures/onnx/
 * block17.onnx: LayerNormalization, 4 linears, 2 heads, causal softmax, GELU; 4 tokens × 16) and the
 * MLP, in Node: median of N runs after one warm-up. `npx tsx bench/onnx-import.ts` (BENCH_RUNS=N).
 * BENCH_ONNX=PATH.onnx also measures import + compile of that model (the full-size GPT-2 block that
 * `scripts/onnx-fixtures.py --gpt2-block PATH.onnx` writes), wall and CPU time, median of 3 after a warm-up.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
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

const big = process.env.BENCH_ONNX;
if (big) {
  const bytes = new Uint8Array(readFileSync(big));
  const wall = { import: [] as number[], compile: [] as number[] };
  const cpu = { import: [] as number[], compile: [] as number[] };
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  for (let i = 0; i <= 3; i++) {
    let t0 = performance.now();
    let u0 = process.cpuUsage();
    const r = importOnnx(bytes);
    const ti = performance.now() - t0;
    const ci = cpuMs(process.cpuUsage(u0));
    if (!r.design) throw new Error(r.errors.join("; "));
    t0 = performance.now();
    u0 = process.cpuUsage();
    const c = compile(r.design, { files: r.files });
    const tc = performance.now() - t0;
    const cc = cpuMs(process.cpuUsage(u0));
    if (c.diagnostics.some((d) => d.severity === "error")) throw new Error(`${big}: ${c.diagnostics[0]!.message}`);
    if (i === 0) {
      console.log(`${big}: ${(bytes.length / 1e6).toFixed(1)} MB, ${c.design!.functions.length - 1} kernels; first run: import ${ti.toFixed(0)} ms, compile ${tc.toFixed(0)} ms wall`);
      continue;
    }
    wall.import.push(ti); wall.compile.push(tc); cpu.import.push(ci); cpu.compile.push(cc);
  }
  const both = wall.import.map((w, i) => w + wall.compile[i]!);
  const bothCpu = cpu.import.map((c, i) => c + cpu.compile[i]!);
  console.log(`import ${median(wall.import).toFixed(0)} ms wall / ${median(cpu.import).toFixed(0)} ms CPU; compile ${median(wall.compile).toFixed(0)} ms wall / ${median(cpu.compile).toFixed(0)} ms CPU; import + compile ${median(both).toFixed(0)} ms wall / ${median(bothCpu).toFixed(0)} ms CPU (median of 3)`);
  console.log(`machine: ${cpus().length}× ${cpus()[0]?.model}, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
}
