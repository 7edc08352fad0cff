/**
 * `node --import tsx bench/gpt2-w4a8.ts [FILE]`: the W4A8 GPT-2 block (default
 * public/examples/gpt2_w4a8.py) at GPT-2 small's sizes (768 features, 12 heads, FFN 3 072; U = 128
 * output features a cycle per linear layer when the file has a U): the U280 estimate per token for a
 * 64-token prefill (latency / 64) and for decode (the block at L = 1, no KV cache), with the cycles
 * spent loading partitioned weights into on-chip copies shown apart; then the time to simulate the
 * gallery-size block and the full-size 64-token prefill (seeded inputs). Pass an older copy of the
 * gallery file to measure a baseline schedule the same way. BENCH_ESTIMATE_ONLY=1 (or the older
 * GPT2_BENCH_ESTIMATE_ONLY=1) skips the simulations.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { estimate, simulate } from "../src/core/api";

const file = process.argv[2] ?? "public/examples/gpt2_w4a8.py";
const gallery = readFileSync(file, "utf8");
const sized = (L: number) =>
  gallery.replace(/^L, D, H, F = .*$/m, `L, D, H, F = ${L}, 768, 12, 3072`).replace(/^U = \d+/m, "U = 128");

const ms = (cycles: number, mhz: number) => cycles / mhz / 1000;
for (const [what, L] of [["prefill, 64 tokens", 64], ["decode, 1 token", 1]] as const) {
  const t = performance.now();
  const u = process.cpuUsage();
  const e = estimate(sized(L));
  const took = performance.now() - t;
  const cpu = process.cpuUsage(u);
  const tookCpu = (cpu.user + cpu.system) / 1000;
  if (!e.estimate) throw new Error(e.diagnostics.map((d) => d.message).join("; "));
  const { latency, onChipCopyCycles = 0, clockMHz, utilization, resources } = e.estimate;
  console.log(
    `${what}: ${latency.toLocaleString("en-US")} cycles = ${ms(latency, clockMHz).toFixed(1)} ms, ` +
    `${ms(latency / L, clockMHz).toFixed(2)} ms per token; weight loading ${onChipCopyCycles.toLocaleString("en-US")} cycles, ` +
    `compute ${ms((latency - onChipCopyCycles) / L, clockMHz).toFixed(3)} ms per token; ` +
    `DSP ${resources.dsp} (${utilization.dsp.toFixed(1)} %), BRAM18K ${resources.bram18k} (${utilization.bram18k.toFixed(1)} %), ` +
    `LUT ${resources.lut} (${utilization.lut.toFixed(1)} %), FF ${resources.ff} (${utilization.ff.toFixed(1)} %) [estimate took ${took.toFixed(0)} ms wall, ${tookCpu.toFixed(0)} ms CPU]`,
  );
}

// BENCH_ESTIMATE_ONLY=1: the two estimates only (the simulations below take tens of seconds).
const estimateOnly = process.env.BENCH_ESTIMATE_ONLY || process.env.GPT2_BENCH_ESTIMATE_ONLY;
const sims = estimateOnly ? [] : [["gallery size (16 tokens, 64 features)", gallery], ["full size, 64-token prefill", sized(64)]] as const;
for (const [what, src] of sims) {
  const t = performance.now();
  const r = simulate(src, { seed: 1 });
  const wall = performance.now() - t;
  if (!r.returns) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  console.log(`simulate ${what}: ${(r.timings.simulate ?? 0).toFixed(0)} ms simulation, ${wall.toFixed(0)} ms with compile`);
}
console.log(`machine: ${cpus().length}× ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
