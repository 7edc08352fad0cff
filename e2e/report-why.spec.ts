/** The report's why is readable at 1280×800: II misses and latency-limiting loops flagged, with what to try. */
import { test, expect } from "@playwright/test";
import { editor, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: { width: 1280, height: 800 } });

const ROWSUM = `import allo
from allo.ir.types import int32


def rowsum(A: int32[16, 16]) -> int32[16]:
    B: int32[16] = 0
    for i in range(16):
        for j in range(16):
            B[i] += A[i, j]
    return B


s = allo.customize(rowsum)
`;

test("a typed pipeline that misses its II is flagged, with its why in full and what to try", async ({ page }) => {
  await page.goto("/");
  await setSource(page, ROWSUM);
  await waitForCompiled(page);
  const pane = page.locator('section[data-pane="report"]');
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  // Before pipelining, loop i limits the latency: flagged, and the advice is to pipeline it.
  const table = pane.getByRole("table", { name: "Estimates" });
  const rowI = table.getByRole("row").filter({ has: page.getByRole("cell", { name: /^i\b/ }) });
  await expect(rowI.getByTestId("flag-limiting")).toBeVisible();
  await expect(pane.getByTestId("estimate-advice")).toContainText('s.pipeline("i")');

  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type('s.pipeline("i")');
  await expect(rowI.getByTestId("flag-ii-miss")).toBeVisible({ timeout: 30_000 });
  await expect(rowI.getByRole("cell", { name: "16 (asked 1)" })).toHaveClass(/ii-miss/);
  // The first II miss is explained under the table, fully on screen at 1280×800.
  const why = pane.getByTestId("estimate-why");
  await expect(why).toContainText("II 16: 16 loads + 16 stores of B per iteration");
  await expect(pane.getByTestId("estimate-advice")).toContainText("partition B into 16 banks");
  await why.scrollIntoViewIfNeeded();
  const box = (await why.boundingBox())!;
  const paneBox = (await pane.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(paneBox.x + paneBox.width + 1);
  expect(box.width).toBeGreaterThan(200);

  // Arrow keys walk the rows; the why follows.
  await rowI.click();
  await page.keyboard.press("ArrowDown");
  await expect(why).toContainText("fully unrolled inside a pipelined loop");
  await pane.screenshot({ path: "test-results/screens/report-why.png" });
});
