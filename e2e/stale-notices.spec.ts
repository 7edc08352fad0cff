/** Notices and badges that stop being true go away: the welcome, the example's name, a worker restart. */
import { test, expect } from "@playwright/test";
import { editor } from "./helpers";
import { documentSource, typeLines } from "./typing";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const SPIN = `import allo
from allo.ir.types import int32


def spin(A: int32[4]) -> int32:
    acc: int32 = 0
    for i in range(100000):
        for j in range(100000):
            acc = acc + (i ^ j)
    return acc
`;

test("typing over the whole tutorial clears the welcome and the tutorial's name; a later run clears a restart notice", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("notice")).toContainText("Welcome");
  const badge = page.locator('section[data-pane="editor"] .pane-badge');
  await expect(badge).toHaveText("tutorial.py");
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("x = 1");
  await expect.poll(() => documentSource(page)).toBe("x = 1");
  await expect(page.getByTestId("notice")).toHaveCount(0);
  await expect(badge).toHaveText("design.py");

  // A cancelled run restarts the worker and says so; a later successful run clears that.
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), SPIN);
  await page.keyboard.press("ControlOrMeta+V");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("worker-notice")).toContainText("cancelled", { timeout: 20_000 });
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await typeLines(page, "import allo\nfrom allo.ir.types import int32\n\n\ndef one() -> int32:\n    return 1");
  await page.keyboard.press("Escape"); // close a completion list, if one is open
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.locator('section[data-pane="simulation"]').getByTestId("tensor")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("worker-notice")).toHaveCount(0);
});
