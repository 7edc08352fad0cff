/** At 1280×800 the report's numbers and the HLS C++ tab are on screen in full, not clipped by narrow panes. */
import { test, expect, type Page } from "@playwright/test";
import { openFromGallery } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

const pane = (page: Page, id: string) => page.locator(`section[data-pane="${id}"]`);

test("systolic_4x4: every Latency cell lies inside the report pane, and the HLS C++ tab has the pane's width", async ({ page }) => {
  await openFromGallery(page, "systolic_4x4.py");
  const report = pane(page, "report");
  const table = report.getByRole("table", { name: "Estimates" });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const body = (await report.locator(".pane-body").boundingBox())!;
  const cells = [table.getByRole("columnheader", { name: "Latency" }), ...(await table.locator("tbody tr td:nth-child(4)").all())];
  for (const cell of cells) {
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width, await cell.innerText()).toBeLessThanOrEqual(body.x + body.width + 0.5);
  }
  // No horizontal scrolling needed to read the table.
  expect(await report.locator(".report-body").evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

  const ir = pane(page, "ir");
  await ir.getByRole("tab", { name: "HLS C++" }).click();
  const hls = ir.getByTestId("hls-text");
  await expect(hls).toBeVisible();
  const irBox = (await ir.boundingBox())!;
  const hlsBox = (await hls.boundingBox())!;
  expect(hlsBox.width).toBeGreaterThan(irBox.width * 0.9);
  expect(hlsBox.height).toBeGreaterThan(200);
});
