/**
 * `allo-studio run FILE --out DIR` for every gallery design (in-process, through the CLI's main):
 * the .npy files it writes hold exactly what the API's simulate returns for the same seed.
 */
import { describe, it, expect, vi } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mainInline as main } from "../src/cli/main";
import { simulate } from "../src/core/api";
import { readNpy } from "../src/core/sim/npy";

const dir = join(__dirname, "../public/examples");

describe("allo-studio run --out", () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".py")).sort()) {
    it(`writes the simulated arrays of ${f}`, async () => {
      const out = mkdtempSync(join(tmpdir(), "allo-run-"));
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      const err = vi.spyOn(console, "error").mockImplementation(() => {});
      const code = await main(["run", join(dir, f), "--out", out, "--seed", "5"]);
      log.mockRestore();
      err.mockRestore();
      expect(code).toBe(0);
      const r = simulate(readFileSync(join(dir, f), "utf8"), { seed: 5 });
      const expected: [string, { data: ArrayLike<number> | readonly bigint[] }][] = Object.entries(r.args!).filter(([, t]) => t.shape.length > 0);
      const rets = r.returns ?? [];
      rets.forEach((t, i) => expected.push([rets.length === 1 ? "return" : `return_${i}`, t]));
      for (const [name, t] of expected) {
        const path = join(out, `${name}.npy`);
        expect(existsSync(path), path).toBe(true);
        const npy = readNpy(new Uint8Array(readFileSync(path)));
        if ("error" in npy) throw new Error(npy.error);
        expect(npy.data.map((x) => (typeof x === "bigint" ? Number(x) : x)), name).toEqual(Array.from(t.data as ArrayLike<number>, Number));
      }
    });
  }
});
