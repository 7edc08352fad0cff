/** What the panes say after an edit is true: errors keep the last good design and say so; stale results are marked. */
import { test, expect } from "@playwright/test";
import { SMALL_GEMM, editor, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: { width: 1280, height: 800 } });

const SCHEDULED = `${SMALL_GEMM}

s = allo.customize(gemm)
s.split("j", factor=2)
s.pipeline("k")
`;

test("a typed compile error keeps the last good diagram, report and steps, dimmed, and says so", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SCHEDULED);
  await waitForCompiled(page);
  const diagram = page.locator('section[data-pane="diagram"]');
  const report = page.locator('section[data-pane="report"]');
  await expect(diagram.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
  await expect(report.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-step='2']")).toBeVisible();

  // Type a mistake at the end of the file.
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("for i in");
  await expect(page.getByTestId("compile-state")).toHaveText(/error/, { timeout: 20_000 });

  await expect(diagram.getByTestId("diagram-last-good")).toHaveText("showing the last design that compiled");
  await expect(diagram.getByTestId("diagram-stale")).toHaveCount(0);
  await expect(diagram.getByTestId("arch-diagram")).toHaveClass(/is-stale/);
  await expect(report.getByTestId("report-last-good")).toBeVisible();
  await expect(report.getByTestId("report-stale")).toHaveCount(0);
  await expect(report.locator(".report-body")).toHaveClass(/is-stale/);
  // The steps of the last good design stay listed.
  await expect(page.locator("[data-step='2']")).toBeVisible();
  await expect(page.getByTestId("ir-last-good")).toBeVisible();

  // Deleting it brings the current design back, not dimmed.
  for (let i = 0; i < "for i in".length; i++) await page.keyboard.press("Backspace");
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 20_000 });
  await expect(diagram.getByTestId("diagram-last-good")).toHaveCount(0);
  await expect(diagram.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator("[data-step='2']")).toBeVisible();
  await expect(report.getByTestId("report-last-good")).toHaveCount(0);
});
