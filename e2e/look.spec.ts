/**
 * Screenshots of every pane at 1280×800 in both themes, for a person to look at (test-results/look/).
 * Also asserts that nothing on screen overflows the window sideways.
 */
import { test, expect } from "@playwright/test";
import { openFromGallery } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

const DESIGNS = (process.env.ALLO_LOOK ?? "gemm.py,systolic_4x4.py").split(",");

for (const theme of ["light", "dark"] as const) {
  for (const file of DESIGNS) {
    test(`${file} at 1280×800, ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openFromGallery(page, file);
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await expect(page.locator('section[data-pane="simulation"]').getByTestId("tensor").first()).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('section[data-pane="report"]').getByTestId("estimates")).toBeVisible({ timeout: 60_000 });
      await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
      await page.waitForTimeout(500);
      const name = file.replace(/\.py$/, "");
      await page.screenshot({ path: `test-results/look/${name}-${theme}.png` });
      for (const pane of ["diagram", "ir", "simulation", "report"]) {
        await page.locator(`section[data-pane="${pane}"]`).screenshot({ path: `test-results/look/${name}-${theme}-${pane}.png` });
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    });
  }
}
