/** Panes that fit small windows: maximize/restore, remembered sizes, header buttons never clipped, no sideways scroll. */
import { test, expect, type Page } from "@playwright/test";
import { SMALL_GEMM, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const pane = (page: Page, id: string) => page.locator(`section[data-pane="${id}"]`);

test("double-clicking a pane's title maximizes it; Escape restores it; sizes set with the keyboard are remembered", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  const report = pane(page, "report");
  const before = (await report.boundingBox())!;
  await report.locator(".pane-title").dblclick();
  await expect(report).toHaveClass(/is-maximized/);
  const max = (await report.boundingBox())!;
  expect(max.width).toBeGreaterThan(1200);
  expect(max.height).toBeGreaterThan(650);
  await page.keyboard.press("Escape");
  await expect(report).not.toHaveClass(/is-maximized/);
  expect((await report.boundingBox())!.width).toBeCloseTo(before.width, 0);

  // The editor's splitter, moved with the arrow keys, keeps its place after a reload.
  const splitter = page.getByRole("separator", { name: "Resize editor" });
  const start = Number(await splitter.getAttribute("aria-valuenow"));
  await splitter.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  const moved = Number(await splitter.getAttribute("aria-valuenow"));
  expect(moved).toBeGreaterThan(start);
  await page.reload();
  await expect(page.getByRole("separator", { name: "Resize editor" })).toHaveAttribute("aria-valuenow", String(moved));
});

for (const [width, height] of [[1024, 700], [800, 600]] as const) {
  test(`at ${width}×${height} nothing scrolls sideways and no header button is clipped`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await setSource(page, SMALL_GEMM);
    await waitForCompiled(page);
    await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    for (const name of ["Export ▾", /Switch to (dark|light) theme/, "Gallery ▾", "Share"]) {
      const box = (await page.getByRole("button", { name }).boundingBox())!;
      expect(box.x + box.width, String(name)).toBeLessThanOrEqual(width);
    }
    // Every button in a pane header lies inside its pane.
    for (const id of ["editor", "diagram", "ir", "simulation", "report"]) {
      const p = (await pane(page, id).boundingBox())!;
      for (const b of await pane(page, id).locator(".pane-header button, .pane-header select, .pane-header label").all()) {
        const box = (await b.boundingBox())!;
        expect(box.x + box.width, `${id}: ${await b.innerText()}`).toBeLessThanOrEqual(p.x + p.width + 0.5);
        expect(box.x, `${id}: ${await b.innerText()}`).toBeGreaterThanOrEqual(p.x - 0.5);
      }
    }
    await page.screenshot({ path: `test-results/look/studio-${width}x${height}.png` });
  });
}
