/**
 * UI benchmark: for every gallery design, keystroke → updated diagram (type a comment character, wait
 * until the diagram shows the layout of the new compile), p50/p95 over 10 edits; load → interactive
 * editor (Monaco shown, clicked, and a typed character rendered by Monaco); JavaScript bytes loaded
 * before the editor is usable. Prints a Markdown table.
 */
import { test, expect } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";

const EXAMPLES = new URL("../../public/examples/", import.meta.url);
const EDITS = 10;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

test("studio UI benchmark", async ({ page }) => {
  // Load → interactive editor, and JS bytes before it.
  const t0 = Date.now();
  await page.goto("/");
  const lines = page.getByTestId("source-editor").locator(".view-lines");
  await expect(lines).toBeVisible();
  const shownMs = Date.now() - t0;
  // JavaScript (uncompressed) downloaded by the time Monaco is on screen (later chunks load after it).
  const jsBytes = await page.evaluate(() => {
    const now = performance.now();
    return performance.getEntriesByType("resource")
      .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && new URL(e.name).pathname.endsWith(".js") && e.responseEnd > 0 && e.responseEnd <= now)
      .reduce((a, e) => a + e.decodedBodySize, 0);
  });
  await lines.click();
  // Interactive means typing reaches Monaco: the typed characters must be on screen in the editor.
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("Qz");
  await page.waitForFunction(() => document.querySelector('[data-testid="source-editor"] .view-lines')?.textContent?.includes("Qz"), undefined, { polling: "raf", timeout: 30_000 });
  const loadMs = Date.now() - t0;
  const firstPaintMs = await page.evaluate(() => performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")?.startTime ?? NaN);
  await page.waitForTimeout(200);

  const rows: string[] = [];
  // BENCH_DESIGNS=a.py,b.py measures only those designs (e.g. to compare with an older build).
  const only = process.env.BENCH_DESIGNS?.split(",").filter(Boolean);
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".py") && (!only || only.includes(f))).sort()) {
    const source = readFileSync(new URL(file, EXAMPLES), "utf8");
    await page.getByTestId("source-editor").locator(".view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.evaluate((t) => navigator.clipboard.writeText(t), source);
    await page.keyboard.press("ControlOrMeta+V");
    const diagram = page.getByTestId("arch-diagram");
    await expect(page.getByTestId("compile-state")).not.toHaveText(/compiling|not compiled/, { timeout: 30_000 });
    const ok = await diagram.count().then(() => diagram.waitFor({ timeout: 15_000 }).then(() => true, () => false));
    if (!ok) { rows.push(`| ${file} | – | – | no diagram |`); continue; }
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
    // Put the cursor at the end of the document and type comment characters.
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("\n#");
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const before = await page.evaluate(() => performance.now());
      await page.keyboard.type("x");
      // The diagram is current once the stale marker is gone and a new layout has been committed.
      await page.waitForFunction(() => {
        const stale = document.querySelector('[data-testid="diagram-stale"]');
        return !stale && document.querySelector('[data-testid="compile-state"]')?.textContent?.startsWith("ok");
      }, undefined, { timeout: 30_000, polling: "raf" });
      const after = await page.evaluate(() => performance.now());
      times.push(after - before);
    }
    const nodes = await diagram.getAttribute("data-node-count");
    rows.push(`| ${file} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} | ${nodes} nodes |`);
  }
  const out = [
    `Load → interactive editor (typed text shown): ${loadMs} ms (editor shown ${shownMs} ms, first contentful paint ${firstPaintMs.toFixed(0)} ms); JavaScript loaded before the editor shows: ${(jsBytes / 1024).toFixed(0)} KiB`,
    "",
    `| design | keystroke → diagram p50 (ms) | p95 (ms) | diagram |`,
    `|---|---:|---:|---|`,
    ...rows,
  ].join("\n");
  console.log(`\n${out}\n`);
});
