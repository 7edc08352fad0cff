/**
 * `node --import tsx bench/pytorch.ts`: the PyTorch frontend on one GPT-2 block at GPT-2 small's
 * sizes (768 features, 12 heads, 3 072 FFN, 64 tokens): (a) compile of the design file — running the
 * model classes, tracing forward (which also computes the eager float reference), generating and
 * lowering one kernel per operator — as the studio's keystroke path does; (b) simulating the built
 * module on the 64-token prefill in a script run (`mod(x)`), including the same compile.
 */
import { cpus } from "node:os";
import { readFileSync } from "node:fs";
import { compile, runScript } from "../src/core/api";

const classes = `import allo\nimport numpy as np\n${readFileSync("test/fixtures/torch/tiny_gpt.py", "utf8")}`;
const design = `${classes}
torch.manual_seed(0)
block = Block(768, 12).eval()
x = torch.rand(1, 64, 768)
mod = allo.frontend.from_pytorch(block, example_inputs=[x])
`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const compiles: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  const u = process.cpuUsage();
  // A trailing comment per run: the API reuses the last compilation of the same text.
  const c = compile(`${design}\n# run ${i}\n`);
  compiles.push(performance.now() - t);
  const d = process.cpuUsage(u);
  cpu.push((d.user + d.system) / 1000);
  if (!c.design) throw new Error(c.diagnostics.map((d) => d.message).join("; "));
  if (i === 0) console.log(`kernels: ${c.design.functions.length - 1}; timings of the first compile (ms): ${JSON.stringify(Object.fromEntries(Object.entries(c.timings).map(([k, v]) => [k, Math.round(v)])))}`);
}
// On a shared machine wall time includes waiting for a core; CPU time is this process's own work.
console.log(`compile (import + trace + lower) of the GPT-2 block, 768/12/3072, 64 tokens: median ${median(compiles.slice(1)).toFixed(0)} ms wall, ${median(cpu.slice(1)).toFixed(0)} ms CPU (first ${compiles[0]!.toFixed(0)} ms wall, ${cpu[0]!.toFixed(0)} ms CPU)`);

const t = performance.now();
const u = process.cpuUsage();
const r = runScript(`${design}
res = mod(x.numpy())
np.testing.assert_allclose(res, block(x).detach().numpy(), atol=1e-3)
print("ok")
`);
const ms = performance.now() - t;
const cpuMs = (process.cpuUsage(u).user + process.cpuUsage(u).system) / 1000;
if (r.failure) throw new Error(r.failure.message);
console.log(`script: compile + eager forward + simulate the 64-token prefill: ${(ms / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU (${r.output.map((o) => o.text.trim()).join(" ")})`);
console.log(`machine: ${cpus().length}× ${cpus()[0]?.model}, node ${process.version}`);
