/** The report's chart and table read right: a linear axis, grouped PE instances, times that are not "0 µs". */
import { test, expect } from "@playwright/test";
import { galleryCode, typeDesign } from "./typing";

test.use({ viewport: { width: 1280, height: 800 } });
// Typing a schedule key by key while each edit recompiles takes a while on a busy machine.
test.setTimeout(120_000);

test("systolic_4x4, its schedule typed key by key: 16 identical PEs are one row, tens of cycles read in ns, the chart has a linear axis", async ({ page }) => {
  await typeDesign(page, galleryCode("systolic_4x4.py"), { typeFrom: "s = allo.customize" });
  const pane = page.locator('section[data-pane="report"]');
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  await expect(pane.getByTestId("estimate-summary")).toContainText(/cycles \(\d+ ns\)/);
  await expect(pane.getByTestId("estimate-summary")).not.toContainText("(0 µs)");
  const table = pane.getByRole("table", { name: "Estimates" });
  await expect(table.getByRole("cell", { name: "gemm_PE_* ×16" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "gemm_PE_1_0" })).toHaveCount(0);
  const chart = pane.getByTestId("estimate-chart");
  await expect(chart.locator("svg")).toHaveAttribute("aria-label", /linear scale/);
  await expect(chart.locator(".bars-axis .tick").first()).toBeVisible();
  // No two bars carry the same label.
  const labels = await chart.locator("text.bar-label").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  expect(labels.length).toBeGreaterThan(1);
  expect(new Set(labels).size).toBe(labels.length);
});
