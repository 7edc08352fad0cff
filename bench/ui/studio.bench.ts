/**
 * UI benchmark: for every gallery design, keystroke → updated diagram (type a comment character, wait
 * until the diagram shows the layout of the new compile), p50/p95 over 10 edits; load → interactive
 * editor (cold loads: typed text on screen, first in the plain editor, then drawn by Monaco);
 * JavaScript bytes loaded before Monaco shows. Prints a Markdown table.
 */
import { test, expect, type Browser } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { sourceClickPoint } from "../../e2e/helpers";

const EXAMPLES = new URL("../../public/examples/", import.meta.url);
const EDITS = 10;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const LOADS = Number(process.env.BENCH_LOADS ?? 5);

/**
 * One cold page load in a fresh browser context, as a user does it: click into the source as soon as
 * it is on screen, go to the end and type. "typed" is when the typed characters are on screen (in the
 * plain editor that shows the source while Monaco loads, or in Monaco if it came first); "monaco" is
 * when more typed characters are drawn by Monaco after it has taken over (no second click).
 */
interface ColdLoad { fcp: number; sourceShown: number; typed: number; monacoShown: number; monacoTyped: number; jsBytes: number; repeatShown: number; repeatTyped: number }

async function coldLoad(browser: Browser, baseURL: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto("/", { waitUntil: "commit" });
  const at = await sourceClickPoint(page);
  const sourceShown = Date.now() - t0;
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("#Qz");
  await page.waitForFunction(() => (document.querySelector('[data-testid="plain-source-editor"]') as HTMLTextAreaElement | null)?.value.includes("Qz") || document.querySelector('[data-testid="source-editor"] .view-lines')?.textContent?.includes("Qz"), undefined, { polling: "raf", timeout: 30_000 });
  const typed = Date.now() - t0;
  const lines = page.getByTestId("source-editor").locator(".view-lines");
  await expect(lines).toBeVisible();
  const monacoShown = Date.now() - t0;
  // JavaScript (uncompressed) downloaded by the time Monaco is on screen (later chunks load after it).
  const jsBytes = await page.evaluate(() => {
    const now = performance.now();
    return performance.getEntriesByType("resource")
      .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && new URL(e.name).pathname.endsWith(".js") && e.responseEnd > 0 && e.responseEnd <= now)
      .reduce((a, e) => a + e.decodedBodySize, 0);
  });
  await page.keyboard.type("Wy");
  await page.waitForFunction(() => document.querySelector('[data-testid="source-editor"] .view-lines')?.textContent?.includes("QzWy"), undefined, { polling: "raf", timeout: 30_000 });
  const monacoTyped = Date.now() - t0;
  const fcp = await page.evaluate(() => performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")?.startTime ?? NaN);
  // A repeat visit: the same browser profile, so the HTTP cache (assets are immutable) and V8's code
  // cache, which Chromium writes after a script has run in two loads, are in use on the third load.
  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expect(lines).toBeVisible();
    await page.waitForTimeout(1000);
  }
  const r0 = Date.now();
  await page.reload({ waitUntil: "commit" });
  await expect(lines).toBeVisible();
  const repeatShown = Date.now() - r0;
  await lines.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("#Vx");
  await page.waitForFunction(() => document.querySelector('[data-testid="source-editor"] .view-lines')?.textContent?.includes("#Vx"), undefined, { polling: "raf", timeout: 30_000 });
  const repeatTyped = Date.now() - r0;
  await context.close();
  return { fcp, sourceShown, typed, monacoShown, monacoTyped, jsBytes, repeatShown, repeatTyped };
}

test("studio UI benchmark", async ({ page, browser, baseURL }) => {
  // Load → interactive editor, and JS bytes before Monaco shows: medians of LOADS cold loads.
  const loads: ColdLoad[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser, baseURL!));
  const med = (k: keyof ColdLoad) => pct(loads.map((l) => l[k]), 50);
  for (const l of loads) console.log(`cold load: ${JSON.stringify(l)}`);
  await page.goto("/");
  await expect(page.getByTestId("source-editor").locator(".view-lines")).toBeVisible();

  const rows: string[] = [];
  // BENCH_DESIGNS=a.py,b.py measures only those designs (e.g. to compare with an older build).
  const only = process.env.BENCH_DESIGNS?.split(",").filter(Boolean);
  // BENCH_FILES=/path/a.py,… adds design files from elsewhere (e.g. a large imported model).
  const extra = process.env.BENCH_FILES?.split(",").filter(Boolean) ?? [];
  const designs = [
    ...readdirSync(EXAMPLES).filter((f) => f.endsWith(".py") && (!only || only.includes(f))).sort().map((f) => ({ file: f, path: new URL(f, EXAMPLES) })),
    ...extra.map((p) => ({ file: basename(p), path: new URL(`file://${p}`) })),
  ];
  for (const { file, path } of designs) {
    const source = readFileSync(path, "utf8");
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
    `Load (median of ${LOADS} cold loads): first contentful paint ${med("fcp").toFixed(0)} ms; source on screen ${med("sourceShown")} ms; typed text on screen ${med("typed")} ms; Monaco shown ${med("monacoShown")} ms; typed text drawn by Monaco ${med("monacoTyped")} ms; JavaScript loaded before Monaco shows: ${(med("jsBytes") / 1024).toFixed(0)} KiB. Repeat visit (third load, cached): Monaco shown ${med("repeatShown")} ms, typed text drawn by Monaco ${med("repeatTyped")} ms`,
    "",
    `| design | keystroke → diagram p50 (ms) | p95 (ms) | diagram |`,
    `|---|---:|---:|---|`,
    ...rows,
  ].join("\n");
  console.log(`\n${out}\n`);
});

/**
 * A 12-layer model's diagram (test/fixtures/onnx/stack12.onnx imported as the studio imports it):
 * click → the new diagram drawn (no stale marker, as many React Flow nodes in the page as the layout
 * has, and a changed node count) for opening the ×12 group, opening block 3, then block 4 (which
 * closes block 3). Median of BENCH_MODEL_RUNS (default 3) runs; `-g "model diagram"` runs it alone.
 */
test("model diagram: a 12-layer model opened block by block", async ({ page }) => {
  const runs = Number(process.env.BENCH_MODEL_RUNS ?? 3);
  const STACK = new URL("../../test/fixtures/onnx/stack12.onnx", import.meta.url).pathname;
  const diagram = page.getByTestId("arch-diagram");
  const settled = async (before: string | null) => {
    await page.waitForFunction((prev) => {
      const d = document.querySelector('[data-testid="arch-diagram"]');
      const n = d?.getAttribute("data-node-count");
      return !document.querySelector('[data-testid="diagram-stale"]') && (prev === null || n !== prev) && d!.querySelectorAll(".react-flow__node").length === Number(n);
    }, before, { timeout: 120_000, polling: "raf" });
    return Number(await diagram.getAttribute("data-node-count"));
  };
  const steps: Record<string, { ms: number[]; nodes: number }> = {};
  // `same`: the step draws as many nodes as before (another block of the same size), so only the act's own wait tells it is drawn.
  const timed = async (label: string, act: () => Promise<void>, same = false) => {
    const before = same ? null : await diagram.getAttribute("data-node-count");
    const t0 = await page.evaluate(() => performance.now());
    await act();
    const nodes = await settled(before);
    const t1 = await page.evaluate(() => performance.now());
    (steps[label] ??= { ms: [], nodes }).ms.push(t1 - t0);
  };
  for (let r = 0; r < runs; r++) {
    await page.goto("/");
    await page.getByLabel("Import ONNX model").setInputFiles(STACK);
    await expect(diagram.getByTestId("repeat-summary")).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 120_000 });
    (steps["folded, as it opens"] ??= { ms: [], nodes: 0 }).nodes = Number(await diagram.getAttribute("data-node-count"));
    await timed("open the ×12 group", () => diagram.getByRole("button", { name: "Expand repeated block ×12" }).click());
    await timed("open block 3", () => diagram.getByRole("button", { name: "Expand block 3 of 12" }).click());
    await timed("open block 4 (closes block 3)", async () => {
      await diagram.getByRole("button", { name: "Expand block 4 of 12" }).press("Enter");
      await expect(diagram.getByRole("button", { name: "Collapse block 4 of 12" })).toBeAttached({ timeout: 120_000 });
    }, true);
  }
  const out = [
    `| stack12 in the studio | click → drawn, median of ${runs} (ms) | nodes drawn |`,
    "|---|---:|---:|",
    ...Object.entries(steps).map(([k, v]) => `| ${k} | ${v.ms.length ? pct(v.ms, 50).toFixed(0) : "—"} | ${v.nodes} |`),
  ].join("\n");
  console.log(`\n${out}\n`);
});
