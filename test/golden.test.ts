/**
 * Golden MLIR of every gallery design (DESIGN §4). Update deliberately with `npm run golden:update`
 * and review the diff; CI refuses to run with the update switch on.
 */
import { describe, it, expect } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { architecture, compile } from "../src/core/api";

const UPDATE = process.env.ALLO_UPDATE_GOLDEN === "1";
const examples = join(__dirname, "../public/examples");
const golden = join(__dirname, "golden");

describe("golden MLIR and architecture graphs", () => {
  it("is never updated by CI", () => {
    expect(UPDATE && process.env.CI !== undefined).toBe(false);
  });
  for (const f of readdirSync(examples).filter((x) => x.endsWith(".py")).sort()) {
    it(`pins the printed module of ${f}`, () => {
      const mlir = compile(readFileSync(join(examples, f), "utf8")).mlir;
      expect(mlir).toBeDefined();
      const path = join(golden, f.replace(/\.py$/, ".mlir"));
      if (UPDATE || !existsSync(path)) {
        if (!UPDATE) throw new Error(`missing golden ${path}; run npm run golden:update and review it`);
        writeFileSync(path, mlir!);
      }
      expect(mlir).toBe(readFileSync(path, "utf8"));
    });
    it(`pins the architecture graph of ${f}`, () => {
      const graph = architecture(readFileSync(join(examples, f), "utf8")).graph;
      expect(graph).toBeDefined();
      const text = `${JSON.stringify(graph, null, 1)}\n`;
      const path = join(golden, f.replace(/\.py$/, ".arch.json"));
      if (UPDATE || !existsSync(path)) {
        if (!UPDATE) throw new Error(`missing golden ${path}; run npm run golden:update and review it`);
        writeFileSync(path, text);
      }
      expect(text).toBe(readFileSync(path, "utf8"));
    });
  }
});
