/** The report pane's estimates and the per-step estimates in the schedule's steps list. */
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { collectErrors, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: { width: 1280, height: 800 } });

const GEMM = readFileSync(new URL("../public/examples/gemm.py", import.meta.url), "utf8");

test("the report pane estimates a gallery design and the steps list shows each step's latency", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await setSource(page, GEMM);
  await waitForCompiled(page);
  const pane = page.locator('section[data-pane="report"]');
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  // gemm after its schedule: 32 × (j_init 32 + k 32 × 41 + j_back 33) + C's zero fill 1,024 = 45,088 cycles.
  await expect(pane.getByTestId("estimate-latency")).toHaveText("45,088");
  const table = pane.getByRole("table", { name: "Estimates" });
  const j = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "j", exact: true }) });
  await expect(j).toContainText("41");
  await j.click();
  await expect(pane.getByTestId("estimate-why")).toContainText("pipelined, depth 10");
  await expect(pane.getByTestId("estimate-chart").locator("rect")).not.toHaveCount(0);
  // Each step: latency and the II of its pipelined loop; pipelining (step 3) brings the latency down.
  await expect(page.getByTestId("step-estimate-0")).toHaveText(/^[\d,]+ cyc$/);
  await expect(page.getByTestId("step-estimate-3")).toHaveText("45,088 cyc · II 1");
  const before = Number((await page.getByTestId("step-estimate-2").innerText()).replace(/[^\d]/g, ""));
  expect(before).toBeGreaterThan(45_088);
  // Another device re-estimates.
  await pane.getByLabel("Device for estimates").selectOption("u250");
  await expect(pane.getByTestId("estimate-summary")).toContainText("on u250");
  await pane.screenshot({ path: "test-results/screens/estimates-report.png" });
  await page.screenshot({ path: "test-results/screens/estimates-studio.png" });
  expect(errors).toEqual([]);
});
