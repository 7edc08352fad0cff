/**
 * UI benchmark: for every gallery design, keystroke → updated diagram (type a comment character, wait
 * until the diagram shows the layout of the new compile), p50/p95 over 10 edits; load → interactive
 * editor; JavaScript bytes loaded before the editor is usable. Prints a Markdown table.
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
  let jsBytes = 0;
  let counting = true;
  page.on("response", async (r) => {
    if (!counting || r.request().resourceType() !== "script" && !r.url().endsWith(".js")) return;
    try { const b = await r.body(); if (counting) jsBytes += b.length; } catch { /* redirected or gone */ }
  });
  const t0 = Date.now();
  await page.goto("/");
  await expect(page.getByTestId("source-editor").locator(".view-lines")).toBeVisible();
  await page.getByTestId("source-editor").locator(".view-lines").click();
  const loadMs = Date.now() - t0;
  await page.waitForTimeout(200);
  counting = false;

  const rows: string[] = [];
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".py")).sort()) {
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
    `Load → interactive editor: ${loadMs} ms; JavaScript loaded before the editor is usable: ${(jsBytes / 1024).toFixed(0)} KiB`,
    "",
    `| design | keystroke → diagram p50 (ms) | p95 (ms) | diagram |`,
    `|---|---:|---:|---|`,
    ...rows,
  ].join("\n");
  console.log(`\n${out}\n`);
});
