/**
 * The script's size and step limits are settable (RELIABILITY.md "Limits"): the API's `limits` (compile,
 * every stage that compiles, runScript/runTests) and the CLI's --max-script-* flags. Each diagnostic names
 * its limit and how to raise it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile, runScript } from "../src/core/api";
import type { Diagnostic } from "../src/core/diagnostics";
import { DEFAULT_LIMITS } from "../src/core/limits";

const design = (lines: string) => `from allo.ir.types import int32\n${lines}\n\ndef k(a: int32) -> int32:\n    return a\n`;
const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");

describe("settable script limits", () => {
  it("lower each limit through the API; the defaults accept the same script", () => {
    const cases: [string, Record<string, number>, string, RegExp][] = [
      ['x = "ab" * 100', { scriptString: 50 }, "E-script-limit", /limited to 50 \(raise it with --max-script-string N/],
      ["x = [0] * 100", { scriptList: 50 }, "E-script-limit", /limited to 50 \(raise it with --max-script-list N/],
      ["x = [0] * 40\ny = [1] * 40", { scriptItems: 60 }, "E-script-limit", /more than 60 list items .*--max-script-items N/],
      ["x = 2 ** 100", { scriptIntBits: 64 }, "E-script-limit", /limited to 64 bits \(raise it with --max-script-int-bits N/],
      ["x = 0\nfor i in range(500):\n    x = x + i", { scriptSteps: 100 }, "E-script-budget", /over 100 steps; .*--max-script-steps N/],
      ["import numpy as np\nA = np.ones((10, 10))\nB = A @ A", { scriptNumpyWork: 500 }, "E-script-limit", /numpy calls would do more than 500 element operations .*--max-script-numpy N/],
    ];
    for (const [code, limits, errCode, message] of cases) {
      expect(errors(compile(design(code)).diagnostics), code).toEqual([]);
      const ds = errors(compile(design(code), { limits }).diagnostics);
      expect(ds.map((d) => d.code), code).toEqual([errCode]);
      expect(ds[0]!.message, code).toMatch(message);
      expect(ds[0]!.line, code).toBeGreaterThan(1);
    }
  });

  it("raise a limit above its default", () => {
    const code = design("x = [0] * 2000000");
    expect(errors(compile(code).diagnostics).map((d) => d.code)).toEqual(["E-script-limit"]);
    expect(errors(compile(code, { limits: { scriptList: 4_000_000 } }).diagnostics)).toEqual([]);
    expect(DEFAULT_LIMITS.scriptList).toBe(1 << 20);
  });

  it("bound np.ndindex and allo.grid outside a kernel, which list their index tuples (a 256³ grid at module level took 4.5 GB)", () => {
    const src = "import allo\nimport numpy as np\nn = 0\nfor i, j in allo.grid(4, 3):\n    n += 1\nprint(n)\nfor t in allo.grid(256, 256, 256):\n    pass\n";
    const r = runScript(src);
    expect(r.output.map((o) => o.text).join("")).toBe("12\n");
    expect(r.failure?.type).toBe("MemoryError");
    expect(r.failure?.message).toMatch(/16,777,216 index tuples; script lists are limited to 1,048,576 \(raise it with --max-script-list N/);
    expect(runScript("import numpy as np\nprint(len(list(np.ndindex(8, 8))))\n", { limits: { scriptList: 64 } }).output.map((o) => o.text).join("")).toBe("64\n");
    expect(runScript("import numpy as np\nprint(len(list(np.ndindex(8, 9))))\n", { limits: { scriptList: 64 } }).failure?.message).toMatch(/limited to 64/);
  });

  it("bound the numpy work of a run: a matmul is charged before it runs, a loop of calls in total", () => {
    // 2048³ multiply-adds (8.6 billion): refused at the call, before any of them runs.
    const mm = runScript("import numpy as np\nA = np.ones((2048, 2048), dtype=np.float32)\nprint('built')\nB = A @ A\nprint('never')\n");
    expect(mm.output.map((o) => o.text).join("")).toBe("built\n");
    expect(mm.failure?.message).toMatch(/more than 2,147,483,648 element operations .*--max-script-numpy N/);
    expect(mm.failure?.line).toBe(4);
    // Each call is small; together they pass the limit.
    const loop = (body: string) => `import numpy as np\nA = np.ones((100, 100))\nn = 0\nfor i in range(1000):\n${body}\nprint(n)\n`;
    const plain = loop("    A = A + 1\n    n += 1");
    expect(runScript(plain).output.map((o) => o.text).join("")).toBe("1000\n");
    const r = runScript(plain, { limits: { scriptNumpyWork: 50_000 } });
    expect(r.output.map((o) => o.text).join("")).toBe("");
    expect(r.failure?.message).toMatch(/more than 50,000 element operations/);
    expect(r.failure?.line).toBe(5);
    // A script may catch it (Allo's compile errors are Python exceptions), but each later call is refused
    // before it does any work: np.ones and three additions fit in 50,000, the other 997 do not run.
    const caught = runScript(loop("    try:\n        A = A + 1\n        n += 1\n    except Exception:\n        pass"), { limits: { scriptNumpyWork: 50_000 } });
    expect(caught.output.map((o) => o.text).join("")).toBe("3\n");
    expect(DEFAULT_LIMITS.scriptNumpyWork).toBe(2 ** 31);
  });

  it("charge a[y][x] on an ndarray one element, as numpy's view does (it copied the row a[y] per read)", () => {
    const src = "import numpy as np\nA = np.arange(10000).reshape(100, 100)\nC = np.zeros((100, 100), dtype=np.int64)\nfor y in range(100):\n    for x in range(100):\n        C[y][x] += A[y][x] * 2 + A[y][99 - x]\nprint(int(C.sum()), C[3][4], A[1][2:5], A[2][1:3][0])\n";
    // 10,000 reads of two elements each and their sums, far under what 20,000 row copies (2,000,000) cost.
    const r = runScript(src, { limits: { scriptNumpyWork: 200_000 } });
    expect(r.failure).toBeUndefined();
    expect(r.output.map((o) => o.text).join("")).toBe("149985000 1003 [102 103 104] 201\n");
  });

  it("reach the script runner", () => {
    const src = "x = [0] * 100\nprint(len(x))\n";
    expect(runScript(src).output.map((o) => o.text).join("")).toBe("100\n");
    const r = runScript(src, { limits: { scriptList: 10 } });
    expect(r.failure?.message).toMatch(/script lists are limited to 10/);
  });

  it("are CLI flags of every command", () => {
    const bin = fileURLToPath(new URL("../bin/allo-studio.mjs", import.meta.url));
    const file = join(mkdtempSync(join(tmpdir(), "allo-limits-")), "d.py");
    writeFileSync(file, design("x = [0] * 100"));
    const r = spawnSync(process.execPath, [bin, "check", file, "--max-script-list", "10"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/d\.py:2:\d+: error: .*script lists are limited to 10 \(raise it with --max-script-list N/);
    const s = spawnSync(process.execPath, [bin, "script", file, "--max-script-steps", "1"], { encoding: "utf8" });
    expect(s.status).toBe(1);
    expect(s.stderr).toMatch(/over 1 steps/);
  });
});
