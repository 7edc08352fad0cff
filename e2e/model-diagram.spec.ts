/**
 * A model's diagram and report: operators as kernels in dataflow order with tensor shapes on the
 * edges, a 12-layer model's layers folded into one block ×12 that opens into its 12 blocks, each
 * opened on its own (one at a time), and the report's
 * totals by operator — at 1280×800, in both themes.
 */
import { test, expect, type Page } from "@playwright/test";
import { collectErrors, openFromGallery, visibleSource, waitForCompiled } from "./helpers";

const STACK = new URL("../test/fixtures/onnx/stack12.onnx", import.meta.url).pathname;
const diagram = (page: Page) => page.getByTestId("arch-diagram");
const edgeTexts = (page: Page) => diagram(page).locator(".react-flow__edge-text");

test.use({ viewport: { width: 1280, height: 800 } });

for (const theme of ["light", "dark"] as const) {
  test(`the GPT-2 W4A8 block draws its operators joined by tensors; editing the token count relabels them (${theme})`, async ({ page }) => {
    const errors = collectErrors(page);
    await openFromGallery(page, "gpt2_w4a8.py");
    if (theme === "dark") await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await expect(diagram(page)).toContainText("add_layernorm #2", { timeout: 20_000 });
    await expect(edgeTexts(page).filter({ hasText: /^16×192 i8$/ }).first()).toBeAttached();
    await expect(edgeTexts(page).filter({ hasText: /^64×192 i4$/ }).first()).toBeAttached();
    await page.screenshot({ path: `test-results/screens/model-gpt2-${theme}.png` });

    // The report totals the block by operator: the four linears are one row.
    const report = page.locator('section[data-pane="report"]');
    const totals = report.getByTestId("operator-totals");
    await expect(totals).toBeVisible({ timeout: 30_000 });
    const row = (op: string) => totals.locator("tbody tr").filter({ has: page.locator("td:first-child", { hasText: new RegExp(`^${op}\\s*\\d+ calls?$`) }) });
    await expect(row("linear_w4a8")).toContainText("4 calls");
    await expect(row("linear_w4a8")).toContainText(/\d+(\.\d)?%/);
    // the top's own work (its on-chip copies of the partitioned weights) is the last row, so the rows add up
    await expect(totals.locator("tbody tr").last()).toContainText(/^gpt2_block\s*own work/);
    await expect(row("add_layernorm")).toContainText("2 calls");
    // DSP, BRAM and LUT per operator are shown at this pane width too
    await expect(row("gelu_q").locator("td").nth(2)).toBeVisible();
    await totals.scrollIntoViewIfNeeded();
    await report.screenshot({ path: `test-results/screens/model-gpt2-report-${theme}.png` });

    // Type as a person: double-click the token count on `L, D, H, F = 16, 64, 2, 256` and type 8.
    const line = page.getByTestId("source-editor").locator(".view-line", { hasText: "L, D, H, F = 16, 64" });
    await line.locator("span span", { hasText: /^16$/ }).first().dblclick();
    await page.keyboard.type("8");
    await expect.poll(() => visibleSource(page)).toContain("L, D, H, F = 8, 64, 2, 256");
    await waitForCompiled(page);
    await expect(edgeTexts(page).filter({ hasText: /^8×192 i8$/ }).first()).toBeAttached({ timeout: 30_000 });
    await expect(edgeTexts(page).filter({ hasText: /^16×192 i8$/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`a 12-layer model imported from ONNX opens with its layers folded into one block ×12, which expands (${theme})`, async ({ page }) => {
    test.slow(); // a 12-layer model: import, compile, and layouts of a block of it
    const errors = collectErrors(page);
    await page.goto("/");
    if (theme === "dark") await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.getByLabel("Import ONNX model").setInputFiles(STACK);
    await expect(page.getByText("Imported stack12.onnx")).toBeVisible({ timeout: 30_000 });
    await waitForCompiled(page);
    const summary = diagram(page).getByTestId("repeat-summary").filter({ hasText: /^12 identical blocks of \d+ kernels: reshape3d_2d … add3d$/ });
    await expect(summary).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 60_000 });
    const folded = Number(await diagram(page).getAttribute("data-node-count"));
    expect(folded).toBeLessThan(30);
    await page.screenshot({ path: `test-results/screens/model-stack12-folded-${theme}.png` });

    // Opening the group draws its 12 blocks (closed) and the tensors between them, not ~1,500 nodes.
    await diagram(page).getByRole("button", { name: /^Expand repeated block ×12$/ }).click();
    await expect(diagram(page).getByRole("button", { name: /^Collapse repeated block ×12$/ })).toBeAttached({ timeout: 60_000 });
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 60_000 });
    for (let b = 1; b <= 12; b++) await expect(diagram(page).getByRole("button", { name: `Expand block ${b} of 12` })).toBeAttached();
    const open = Number(await diagram(page).getAttribute("data-node-count"));
    expect(open).toBeGreaterThan(12 + 11);
    expect(open).toBeLessThan(80);
    await page.screenshot({ path: `test-results/screens/model-stack12-open-${theme}.png` });

    // One block open: its kernels drawn inside it; opening the next closes it, as an accordion does.
    await diagram(page).getByRole("button", { name: "Expand block 3 of 12" }).click();
    await expect(diagram(page).getByRole("button", { name: "Collapse block 3 of 12" })).toBeAttached({ timeout: 60_000 });
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 60_000 });
    const oneOpen = Number(await diagram(page).getAttribute("data-node-count"));
    expect(oneOpen).toBeGreaterThan(open + 40);
    expect(oneOpen).toBeLessThan(open + 300);
    expect(await diagram(page).locator(".react-flow__node").count()).toBe(oneOpen);
    // the view goes to the block just opened (the whole model does not fit at a readable zoom)
    const title = (b: number) => diagram(page).locator(".arch-label", { hasText: new RegExp(`^${b} of 12$`) });
    await expect(title(3)).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/model-stack12-block3-${theme}.png` });
    // Block 4 is below the view now: reach its toggle from the keyboard (Tab order runs through the nodes).
    await diagram(page).getByRole("button", { name: "Expand block 4 of 12" }).press("Enter");
    await expect(diagram(page).getByRole("button", { name: "Collapse block 4 of 12" })).toBeAttached({ timeout: 60_000 });
    await expect(diagram(page).getByRole("button", { name: "Collapse block 3 of 12" })).toHaveCount(0);
    await expect(diagram(page).getByRole("button", { name: "Expand block 3 of 12" })).toBeAttached();
    await expect(title(4)).toBeInViewport();
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 60_000 });
    expect(Number(await diagram(page).getAttribute("data-node-count"))).toBe(oneOpen);
    // "Expand" (every kernel) opens each group's first block only.
    await page.getByRole("button", { name: "Expand", exact: true }).click();
    await expect(diagram(page).getByRole("button", { name: "Collapse block 1 of 12" })).toBeAttached({ timeout: 60_000 });
    await expect(diagram(page).getByRole("button", { name: "Collapse block 4 of 12" })).toHaveCount(0);
    await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 60_000 });
    expect(Number(await diagram(page).getAttribute("data-node-count"))).toBeLessThan(open + 400);
    expect(errors).toEqual([]);
  });
}
