/**
 * Screenshots of every pane at 1280×800 in both themes, for a person to look at (test-results/look/):
 * the whole studio, the editor, the diagram, the steps with the MLIR tab, the HLS C++ tab, the report,
 * the simulation, the script console, the AI Engine tile view and the tour.
 * Also asserts that nothing on screen overflows the window sideways.
 */
import { test, expect, type Page } from "@playwright/test";
import { openFromGallery, setSource, waitForCompiled } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 }, permissions: ["clipboard-read", "clipboard-write"] });
test.setTimeout(180_000);

const DESIGNS = (process.env.ALLO_LOOK ?? "systolic_4x4.py").split(",");
const OUT = "test-results/look";

const pane = (page: Page, id: string) => page.locator(`section[data-pane="${id}"]`);

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
}

/** A small script for the console: a print and a passing check. */
const SCRIPT = `import allo
from allo.ir.types import int32
import numpy as np


def add1(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        B[i] = A[i] + 1
    return B


s = allo.customize(add1)
s.pipeline("i")
mod = s.build()
a = np.arange(4).astype(np.int32)
print("add1", a, "->", mod(a))
np.testing.assert_array_equal(mod(a), a + 1)
print("ok")
`;

for (const theme of ["light", "dark"] as const) {
  for (const file of DESIGNS) {
    test(`${file} at 1280×800, ${theme}: every pane`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openFromGallery(page, file);
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await expect(pane(page, "simulation").getByTestId("tensor").first()).toBeVisible({ timeout: 60_000 });
      await expect(pane(page, "report").getByTestId("estimates")).toBeVisible({ timeout: 60_000 });
      await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
      await page.waitForTimeout(500);
      const name = `${file.replace(/\.py$/, "")}-${theme}`;
      await page.screenshot({ path: `${OUT}/${name}.png` });
      for (const id of ["editor", "diagram", "simulation", "report"]) {
        await pane(page, id).screenshot({ path: `${OUT}/${name}-${id}.png` });
      }
      // Steps and the MLIR tab, then the HLS C++ tab with the cursor on the pipeline pragma's source line.
      await pane(page, "ir").getByRole("tab", { name: "MLIR" }).click();
      await expect(pane(page, "ir").getByTestId("ir-text")).toBeVisible();
      await pane(page, "ir").screenshot({ path: `${OUT}/${name}-steps-mlir.png` });
      await pane(page, "ir").getByRole("tab", { name: "HLS C++" }).click();
      await expect(pane(page, "ir").getByTestId("hls-text")).toBeVisible();
      await page.waitForTimeout(300);
      await pane(page, "ir").screenshot({ path: `${OUT}/${name}-hls.png` });
      await noSidewaysScroll(page);
    });
  }

  test(`script console, AIE tiles and tour at 1280×800, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openFromGallery(page, "aie_gemm_4.py");
    await page.getByRole("button", { name: "AIE tiles" }).click();
    await expect(page.getByTestId("aie-view").getByTestId("aie-fits")).toContainText("fits", { timeout: 60_000 });
    await page.waitForTimeout(300);
    await pane(page, "diagram").screenshot({ path: `${OUT}/aie-tiles-${theme}.png` });
    // Maximized (double-click the title), the whole tile array is on screen.
    await pane(page, "diagram").locator(".pane-title").dblclick();
    await page.waitForTimeout(500);
    await pane(page, "diagram").screenshot({ path: `${OUT}/aie-tiles-maximized-${theme}.png` });
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Diagram", exact: true }).click();

    await setSource(page, SCRIPT);
    await waitForCompiled(page);
    await page.getByTestId("run-script").click();
    await expect(page.getByTestId("script-console")).toContainText("ok", { timeout: 60_000 });
    await pane(page, "simulation").screenshot({ path: `${OUT}/console-${theme}.png` });

    await page.getByRole("button", { name: "Tour" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Next" }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/tour-${theme}.png` });
    await noSidewaysScroll(page);
  });
}
