/** The diagram uses the names the user wrote, and counts the loops the user wrote. */
import { test, expect } from "@playwright/test";
import { galleryCode, typeDesign } from "./typing";

test.use({ viewport: { width: 1280, height: 800 } });
// A whole design typed key by key takes a while on a busy machine.
test.setTimeout(120_000);

test("conv2d_reuse typed key by key: the reuse buffers are LB and WB, and conv2d has the 4 loops of its source", async ({ page }) => {
  await typeDesign(page, galleryCode("conv2d_reuse.py"));
  const diagram = page.getByTestId("arch-diagram");
  await expect(diagram.locator(".arch-buffer .arch-label", { hasText: /^LB$/ })).toBeVisible({ timeout: 30_000 });
  await expect(diagram.locator(".arch-buffer .arch-label", { hasText: /^WB$/ })).toBeVisible();
  await expect(diagram).not.toContainText("S_y_x_0_reuse_y");
  await expect(diagram.locator('[data-node-id="kernel:conv2d"] .arch-meta')).toHaveText("4 loops");
});

test("a reuse buffer whose schedule line is typed under another name is shown under that name, whatever the call looks like", async ({ page }) => {
  // A spelling the source-pattern matching the diagram once used did not know: keyword axis, a parenthesised target.
  const code = galleryCode("conv2d_reuse.py")
    .replace('LB = s.reuse_at(s.A, "y")', 'rows = s.reuse_at((s.A), axis="y")')
    .replace('WB = s.reuse_at(LB, "x")', 'window = s.reuse_at(target=rows, axis="x")')
    .replace("s.partition(LB, dim=1)", "s.partition(rows, dim=1)")
    .replace("s.partition(WB)", "s.partition(window)");
  await typeDesign(page, code, { typeFrom: "s = allo.customize" });
  const diagram = page.getByTestId("arch-diagram");
  await expect(diagram.locator(".arch-buffer .arch-label", { hasText: /^rows$/ })).toBeVisible({ timeout: 30_000 });
  await expect(diagram.locator(".arch-buffer .arch-label", { hasText: /^window$/ })).toBeVisible();
  await expect(diagram).not.toContainText("_reuse_");
});
