/** The studio by keyboard: the Gallery menu (arrows, Home/End, Escape) and leaving the editor with Tab. */
import { test, expect } from "@playwright/test";
import { editor } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

test("the Gallery menu opens on Enter with focus on its first item; arrows, End and Enter open a design", async ({ page }) => {
  await page.goto("/");
  const button = page.getByRole("button", { name: "Gallery ▾" });
  await button.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Gallery designs" });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await expect(menu.getByRole("group", { name: "PolyBench" })).toBeVisible();
  await expect(menu.getByRole("group", { name: "Systolic" })).toBeVisible();
  await expect(menu.getByRole("group", { name: "Dataflow" })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem").nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp"); // wraps to the last item
  await expect(menu.getByRole("menuitem").last()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  const last = menu.getByRole("menuitem").last();
  const name = (await last.locator(".menu-item-name").innerText()).trim();
  // Descriptions are whole sentences, not a first line cut mid-phrase.
  expect((await last.locator(".menu-item-desc").innerText()).trim()).toMatch(/[.)]$/);
  await page.keyboard.press("Enter");
  await expect(page.locator('section[data-pane="editor"] .pane-badge').first()).toHaveText(`${name}.py`);
});

test("the editor says how Tab leaves it, and Ctrl+M then Tab moves the focus out", async ({ page }) => {
  await page.goto("/");
  await editor(page).locator(".view-lines").click();
  const hint = page.getByTestId("editor-tab-hint");
  await expect(hint).toBeVisible();
  await expect(hint).toContainText("Ctrl+M");
  await page.keyboard.press("Control+M");
  await page.keyboard.press("Tab");
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="source-editor"]'))).toBe(false);
  await expect(hint).toBeHidden();
});
