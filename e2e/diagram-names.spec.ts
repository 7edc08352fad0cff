/** The diagram uses the names the user wrote, and counts the loops the user wrote. */
import { test, expect } from "@playwright/test";
import { openFromGallery } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

test("conv2d_reuse: the reuse buffers are LB and WB, and conv2d has the 4 loops of its source", async ({ page }) => {
  await openFromGallery(page, "conv2d_reuse.py");
  const diagram = page.getByTestId("arch-diagram");
  await expect(diagram.locator(".arch-buffer .arch-label", { hasText: /^LB$/ })).toBeVisible({ timeout: 30_000 });
  await expect(diagram.locator(".arch-buffer .arch-label", { hasText: /^WB$/ })).toBeVisible();
  await expect(diagram).not.toContainText("S_y_x_0_reuse_y");
  await expect(diagram.locator('[data-node-id="kernel:conv2d"] .arch-meta')).toHaveText("4 loops");
});
