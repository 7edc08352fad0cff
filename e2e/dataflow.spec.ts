/** Dataflow regions in the studio: the FIFO graph, the timeline of a run, and a deadlock drawn on the diagram. */
import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { collectErrors, openFromGallery, setSource, waitForCompiled } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 }, permissions: ["clipboard-read", "clipboard-write"] });

const diagram = (page: Page) => page.getByTestId("arch-diagram");
const sim = (page: Page) => page.locator('section[data-pane="simulation"]');

/** ping and pong each fill a FIFO before reading the other's: deadlocks once the FIFOs are shallower than N. */
const PINGPONG = (depth: number) => readFileSync(new URL("../test/fixtures/df_pingpong.py", import.meta.url), "utf8").replaceAll("DEPTH", String(depth));

test("df_systolic draws its 6×6 kernel grid with the FIFOs between neighbours", async ({ page }) => {
  const errors = collectErrors(page);
  await openFromGallery(page, "df_systolic.py");
  // A 6×6 grid opens summarized; the user expands it.
  await expect(page.getByTestId("grid-summary")).toHaveText("PE grid 6×6 · 36 PEs", { timeout: 20_000 });
  await page.getByRole("button", { name: "Expand kernel top" }).click();
  await expect(diagram(page).locator('[data-kind="pe"]')).toHaveCount(36, { timeout: 20_000 });
  await expect(diagram(page).locator('[data-kind="fifo"]')).toHaveCount(40);
  await expect(diagram(page).locator('[data-kind="pegrid"]')).toHaveAttribute("data-rows", "6");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const timeline = sim(page).getByTestId("timeline");
  await expect(timeline.locator(".timeline-proc")).toHaveCount(36, { timeout: 30_000 });
  await expect(timeline.locator(".timeline-fifo")).toHaveCount(24);
  await expect(timeline).toContainText("Not drawn: 16 quieter FIFOs.");
  await page.waitForTimeout(300);
  await page.screenshot({ path: "test-results/screens/studio-df-systolic.png" });
  expect(errors).toEqual([]);
});

test("running a dataflow pipeline shows its processes and FIFO occupancy on a timeline", async ({ page }) => {
  const errors = collectErrors(page);
  await openFromGallery(page, "df_pipeline.py");
  await expect(diagram(page).locator('[data-kind="fifo"]')).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const timeline = sim(page).getByTestId("timeline");
  await expect(timeline.locator(".timeline-proc")).toHaveCount(3, { timeout: 30_000 });
  await expect(timeline.locator(".timeline-proc").first()).toHaveAttribute("data-process", "load_0");
  await expect(timeline.locator(".timeline-fifo")).toHaveCount(2);
  await expect(timeline.locator(".timeline-occupancy").first()).toHaveAttribute("d", /L/);
  // Three pipelined stages over 256 elements overlap: a little over 256 cycles, not 3 × 256.
  const summary = await sim(page).getByTestId("dataflow-summary").innerText();
  const cycles = Number(/([\d,]+) cycles/.exec(summary)![1]!.replace(/,/g, ""));
  expect(cycles).toBeGreaterThanOrEqual(256);
  expect(cycles).toBeLessThan(330);
  await expect(sim(page).getByTestId("deadlock")).toHaveCount(0);
  await expect(diagram(page)).not.toHaveAttribute("data-deadlock", "true");
  await page.screenshot({ path: "test-results/screens/studio-df-timeline.png" });
  expect(errors).toEqual([]);
});

test("a deadlock is explained in the simulation pane and drawn on the diagram", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await setSource(page, PINGPONG(2));
  await waitForCompiled(page);
  await expect(diagram(page).locator('[data-node-id="fifo:q"]')).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const box = sim(page).getByTestId("deadlock");
  await expect(box).toBeVisible({ timeout: 30_000 });
  await expect(box).toContainText("ping_0 waits to put to 'q' (full, depth 2) until pong_0 gets from it");
  await expect(box.getByRole("listitem")).toHaveCount(2);
  await expect(box.getByRole("listitem").first()).toContainText("in the cycle");
  // The cycle on the diagram: both kernels and both FIFOs, and the four stream edges between them.
  await expect(diagram(page)).toHaveAttribute("data-deadlock", "true");
  for (const id of ["kernel:ping_0", "kernel:pong_0", "fifo:q", "fifo:r"]) {
    await expect(diagram(page).locator(`[data-node-id="${id}"]`)).toHaveAttribute("data-deadlock", "cycle");
  }
  await expect(diagram(page).locator(".arch-edge-deadlock")).toHaveCount(4);
  // The timeline marks where each process stopped.
  await expect(sim(page).getByTestId("timeline").locator(".timeline-x")).toHaveCount(2);
  // ALLO_SCREENSHOT=1 refreshes the README's deadlock screenshot.
  await page.screenshot({ path: process.env.ALLO_SCREENSHOT === "1" ? "docs/deadlock.png" : "test-results/screens/studio-deadlock.png" });

  // Clicking a blocked process shows its blocked operation in the editor.
  await box.getByRole("button", { name: "pong_0" }).click();
  await expect(page.locator(".monaco-editor .selected-text").first()).toBeVisible();

  // Deep enough FIFOs fix it; the marks go away with the stale result and the new run has none.
  await setSource(page, PINGPONG(8));
  await waitForCompiled(page);
  await expect(diagram(page)).not.toHaveAttribute("data-deadlock", "true");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(sim(page).getByTestId("timeline").locator(".timeline-proc")).toHaveCount(2, { timeout: 30_000 });
  await expect(sim(page).getByTestId("deadlock")).toHaveCount(0);
  expect(errors).toEqual([]);
});
