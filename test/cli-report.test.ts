/**
 * `allo-studio report FILE [--json] [--device NAME]`: the estimator's table (function/loop, trip, II,
 * latency, resources, why) and JSON; bad devices are user errors; `--import` still reads csynth.xml.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/allo-studio.mjs");
const exec = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

describe("allo-studio report", () => {
  const runs = {
    table: cli("report", "public/examples/gemm.py"),
    json: cli("report", "public/examples/gemm.py", "--json", "--device", "u250"),
    bad: cli("report", "public/examples/gemm.py", "--device", "vu9p"),
    imported: cli("report", "public/examples/gemm.py", "--import", "e2e/fixtures/csynth.xml"),
  };

  it("prints the estimate table with trip counts, II, latency, resources and the why", async () => {
    const r = await runs.table;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^estimate for gemm on u280/);
    expect(r.stdout).toMatch(/function \/ loop\s+trip\s+II\s+latency\s+DSP\s+BRAM\s+LUT\s+FF/);
    // The pipelined j loop: 32 iterations at II 1, depth 10 (loads 2, fmul 3, fadd 4, store 1).
    expect(r.stdout).toMatch(/loop j\s+32\s+1\s+41\s/);
    expect(r.stdout).toContain("why: latency (32 − 1)·1 + 10 = 41: pipelined, depth 10 (line 13)");
    expect(r.stdout).toMatch(/resources\s+DSP 5 \/ 9,024/);
    expect(r.stdout).toContain("MAC/cycle");
  });

  it("--json prints the estimate as data for the chosen device", async () => {
    const r = await runs.json;
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.top).toBe("gemm");
    expect(e.device.name).toBe("u250");
    expect(e.device.resources.dsp).toBe(12288);
    expect(e.latency).toBeGreaterThan(0);
    expect(e.functions[0].loops[0].name).toBe("i");
  });

  it("rejects an unknown device with the known ones", async () => {
    const r = await runs.bad;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown device 'vu9p'; known devices: u280, u250, u200, u55c");
  });

  it("--import still reads a Vitis HLS report", async () => {
    const r = await runs.imported;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("loop l_S_k_0_k");
  });
});
