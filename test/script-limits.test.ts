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
