import { test, expect } from "@playwright/test";

test("the theme toggle switches light/dark, Monaco follows, and the choice is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "light");
  await expect(page.locator(".monaco-editor").first()).toHaveClass(/\bvs\b/);
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".monaco-editor").first()).toHaveClass(/vs-dark/);
  await page.screenshot({ path: "test-results/screens/studio-dark.png" });
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
});
