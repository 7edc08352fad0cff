/** A share link pasted into the address bar of an open studio opens without a reload. */
import { test, expect } from "@playwright/test";
import { SMALL_GEMM, autosavedSource, editor, setSource, visibleSource } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("pasting a share link into an open studio asks, then opens the shared design", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type("# shared design 42");
  await page.keyboard.press("Enter");
  await expect.poll(() => autosavedSource(page)).toContain("# shared design 42\n");
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.keyboard.press("Escape");

  // Keep working, then paste the link in the same tab (only the fragment changes: no page load).
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type("# my own work ");
  await expect.poll(() => autosavedSource(page)).toContain("my own work");
  await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
  await page.evaluate((url) => { location.href = url; }, link);
  const dialog = page.getByRole("dialog", { name: "Open the shared design?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Open shared" }).click();
  await expect.poll(() => visibleSource(page)).toContain("# shared design 42");
  await expect.poll(() => autosavedSource(page)).not.toContain("my own work");
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(page).not.toHaveURL(/#share=/);
});
