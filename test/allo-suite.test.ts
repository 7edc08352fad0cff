/**
 * Allo's own pytest files, run unchanged through the test runner (`allo-studio test`): every test
 * function recorded in fixtures/allo-suite-passing.json as passing must still pass. The files are
 * Allo's (cornell-zhang/allo, tests/), not copied here: set ALLO_REPO to a checkout to run this.
 * README's "Allo conformance" table gives the per-file counts and why the others fail.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTests } from "../src/core/api";

const repo = process.env.ALLO_REPO;
const passing = JSON.parse(readFileSync(new URL("./fixtures/allo-suite-passing.json", import.meta.url), "utf8")) as Record<string, string[]>;

describe.skipIf(!repo)("Allo's test files (ALLO_REPO)", () => {
  for (const [file, ids] of Object.entries(passing)) {
    it(`${file}: ${ids.length} test function(s) pass`, () => {
      const path = join(repo!, file);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      const r = runTests(readFileSync(path, "utf8"), { file: path });
      expect(r.collectionFailure?.traceback).toBeUndefined();
      const status = new Map(r.tests.map((t) => [t.id, t.failure ? `${t.status}: ${t.failure.type}: ${t.failure.message.split("\n")[0]}` : t.status]));
      const wrong = ids.filter((id) => status.get(id) !== "passed").map((id) => `${id}: ${status.get(id) ?? "not collected"}`);
      expect(wrong).toEqual([]);
    }, 300_000);
  }
});
