/**
 * The command line (DESIGN §3): `check` (ok and FILE:LINE:COL: error: msg, --json), `ir`, and `run` with
 * --out/--in/--seed, whose .npy files must read back with the right dtype and shape and equal what
 * `simulate` returns. CLI processes are spawned concurrently to keep the suite fast.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile, simulate } from "../src/core/api";
import type { Tensor } from "../src/core/api-types";
import { readNpy, writeNpy, type NpyArray } from "../src/core/sim/npy";
import { intType } from "../src/core/types/types";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/allo-studio.mjs");
const exec = promisify(execFile);

interface Out { readonly code: number; readonly stdout: string; readonly stderr: string }

async function cli(cwd: string, ...args: string[]): Promise<Out> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

const OK = `import allo
from allo.ir.types import int16, int32, float32


def k(A: int16[2, 3], B: float32[3], n: int32) -> float32[2, 3]:
    C: float32[2, 3] = 0.0
    for i, j in allo.grid(2, 3):
        C[i, j] = A[i, j] * B[j] + n
    B[0] = 1.5
    return C


s = allo.customize(k)
mod = s.build()
`;

const BAD = `from allo.ir.types import int32

def k(A: int32[4]):
    A[0] = foo
`;

const TUPLE = `from allo.ir.types import int32

def t(A: int32[3]) -> (int32[3], int32):
    D: int32[3] = 0
    s: int32 = 0
    for i in range(3):
        D[i] = A[i] * 2
        s += A[i]
    return D, s
`;

function npy(dir: string, path: string): NpyArray {
  const r = readNpy(new Uint8Array(readFileSync(join(dir, path))));
  if ("error" in r) throw new Error(`${path}: ${r.error}`);
  return r;
}

function values(t: Tensor | NpyArray): number[] {
  return Array.from(t.data as ArrayLike<number | bigint>, Number);
}

describe("allo-studio CLI", () => {
  let dir = "";
  const out: Record<string, Out> = {};
  const scalarN = { n: { type: intType(32), shape: [], data: [5] } as Tensor };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "allo-cli-"));
    writeFileSync(join(dir, "ok.py"), OK);
    writeFileSync(join(dir, "bad.py"), BAD);
    writeFileSync(join(dir, "tuple.py"), TUPLE);
    const jobs: Record<string, string[]> = {
      checkOk: ["check", "ok.py"],
      checkBad: ["check", "bad.py"],
      checkJson: ["check", "bad.py", "--json"],
      checkOkJson: ["check", "ok.py", "--json"],
      ir: ["ir", "ok.py"],
      run1: ["run", "ok.py", "--in", "n=5", "--out", "out1"],
      run2: ["run", "ok.py", "--in", "n=5", "--seed", "2", "--out", "out2"],
      tuple: ["run", "tuple.py", "--out", "outT"],
    };
    await Promise.all(Object.entries(jobs).map(async ([k, args]) => { out[k] = await cli(dir, ...args); }));
    // Feed run 1's inputs back in. A is unchanged by the kernel, so out1/A.npy is its input; B is written by
    // the kernel, so its original input comes from simulate with the same seed.
    const inputs = simulate(OK, { seed: 1, inputs: scalarN }).inputs!;
    const bytes = writeNpy(inputs.B!);
    if ("error" in bytes) throw new Error(bytes.error);
    writeFileSync(join(dir, "in_B.npy"), bytes);
    out.roundTrip = await cli(dir, "run", "ok.py", "--in", "A=out1/A.npy", "--in", "B=in_B.npy", "--in", "n=5", "--seed", "7", "--out", "out3");
  }, 90_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe("check", () => {
    it("a good file: exit 0 and one ok line on stdout", () => {
      expect(out.checkOk).toEqual({ code: 0, stdout: "ok.py: ok (top function 'k')\n", stderr: "" });
    });

    it("a bad file: exit 1 and FILE:LINE:COL: error: message on stderr", () => {
      expect(out.checkBad!.code).toBe(1);
      expect(out.checkBad!.stderr).toBe("bad.py:4:12: error: name 'foo' is not defined\n");
      expect(out.checkBad!.stdout).toBe("");
    });

    it("--json prints the diagnostics as JSON and keeps the exit code", () => {
      expect(out.checkJson!.code).toBe(1);
      const j = JSON.parse(out.checkJson!.stdout) as { file: string; diagnostics: { severity: string; code: string; message: string; line: number; col: number; range: { from: number; to: number } }[] };
      expect(j.file).toBe("bad.py");
      expect(j.diagnostics).toHaveLength(1);
      const d = j.diagnostics[0]!;
      expect({ severity: d.severity, code: d.code, message: d.message, line: d.line, col: d.col }).toEqual({ severity: "error", code: "E-name", message: "name 'foo' is not defined", line: 4, col: 12 });
      expect(BAD.slice(d.range.from, d.range.to)).toBe("foo");
      // The JSON diagnostics are exactly the API's.
      expect(j.diagnostics).toEqual(JSON.parse(JSON.stringify(compile(BAD).diagnostics)));

      expect(out.checkOkJson!.code).toBe(0);
      expect(JSON.parse(out.checkOkJson!.stdout)).toEqual({ file: "ok.py", diagnostics: [], top: "k" });
    });
  });

  describe("ir", () => {
    it("prints the design's MLIR (the API's text) and exits 0", () => {
      expect(out.ir!.code).toBe(0);
      expect(out.ir!.stderr).toBe("");
      expect(out.ir!.stdout).toMatch(/func\.func @k\(/);
      expect(out.ir!.stdout.trimEnd()).toBe(compile(OK).mlir!.trimEnd());
    });
  });

  describe("run", () => {
    it("--out writes every array argument and the return with the right dtype and shape", () => {
      const r = out.run1!;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/^ran 'k' \(seed 1\)/);
      const A = npy(dir, "out1/A.npy");
      const B = npy(dir, "out1/B.npy");
      const ret = npy(dir, "out1/return.npy");
      expect([A.dtype, A.shape]).toEqual(["int16", [2, 3]]);
      expect([B.dtype, B.shape]).toEqual(["float32", [3]]);
      expect([ret.dtype, ret.shape]).toEqual(["float32", [2, 3]]);
      expect(existsSync(join(dir, "out1/n.npy"))).toBe(false); // scalars are not written
    });

    it("the written files equal what simulate returns for the same seed and inputs", () => {
      const sim = simulate(OK, { seed: 1, inputs: scalarN });
      expect(sim.diagnostics).toEqual([]);
      expect(values(npy(dir, "out1/A.npy"))).toEqual(values(sim.args!.A!));
      expect(values(npy(dir, "out1/B.npy"))).toEqual(values(sim.args!.B!));
      expect(values(npy(dir, "out1/return.npy"))).toEqual(values(sim.returns![0]!));
      // B was written by the kernel (B[0] = 1.5); the output file holds the value after the run.
      expect(values(npy(dir, "out1/B.npy"))[0]).toBe(1.5);
      // n = 5 reached the kernel: C = A * B + 5 for the generated inputs.
      const A = values(sim.inputs!.A!);
      const B = values(sim.inputs!.B!);
      const want = A.map((a, idx) => Math.fround(Math.fround(a * B[idx % 3]!) + 5));
      expect(values(sim.returns![0]!)).toEqual(want);
    });

    it("--seed changes the generated inputs (and matches simulate with that seed)", () => {
      expect(out.run2!.code, out.run2!.stderr).toBe(0);
      expect(out.run2!.stdout).toMatch(/^ran 'k' \(seed 2\)/);
      const a1 = values(npy(dir, "out1/A.npy"));
      const a2 = values(npy(dir, "out2/A.npy"));
      expect(a2).not.toEqual(a1);
      const sim2 = simulate(OK, { seed: 2, inputs: scalarN });
      expect(a2).toEqual(values(sim2.args!.A!));
      expect(values(npy(dir, "out2/return.npy"))).toEqual(values(sim2.returns![0]!));
    });

    it("--in round trip: feeding the inputs back gives identical outputs regardless of --seed", () => {
      const r = out.roundTrip!;
      expect(r.code, r.stderr).toBe(0);
      expect(values(npy(dir, "out3/A.npy"))).toEqual(values(npy(dir, "out1/A.npy")));
      expect(values(npy(dir, "out3/return.npy"))).toEqual(values(npy(dir, "out1/return.npy")));
      expect(values(npy(dir, "out3/B.npy"))).toEqual(values(npy(dir, "out1/B.npy")));
    });

    it("a tuple return is written as return_0.npy, return_1.npy (scalar as a 0-d array)", () => {
      const r = out.tuple!;
      expect(r.code, r.stderr).toBe(0);
      const sim = simulate(TUPLE, { seed: 1 });
      const r0 = npy(dir, "outT/return_0.npy");
      const r1 = npy(dir, "outT/return_1.npy");
      expect([r0.dtype, r0.shape]).toEqual(["int32", [3]]);
      expect([r1.dtype, r1.shape]).toEqual(["int32", []]);
      expect(values(r0)).toEqual(values(sim.returns![0]!));
      expect(values(r1)).toEqual(values(sim.returns![1]!));
      expect(existsSync(join(dir, "outT/return.npy"))).toBe(false);
    });
  });
});
