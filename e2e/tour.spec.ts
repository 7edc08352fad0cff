/**
 * The guided tour at 1280×800 in both themes: each step spotlights the pane it talks about, its card sits
 * on screen beside it with wrapped text, and it is driven from the keyboard (Enter/→ next, ← back, Tab
 * stays inside, Esc closes and gives the focus back).
 */
import { expect, test, type Page } from "@playwright/test";
import { waitForCompiled } from "./helpers";

async function box(page: Page, selector: string) {
  return (await page.locator(selector).first().boundingBox())!;
}

for (const theme of ["light", "dark"] as const) {
  test(`the tour walks through the panes from the keyboard (${theme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/");
    await waitForCompiled(page);
    await page.getByRole("button", { name: "Tour" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Step 1 of 7");
    await expect(dialog.getByRole("button", { name: "Next" })).toBeFocused();

    const targets: string[] = [];
    for (let i = 1; i <= 7; i++) {
      await expect(dialog).toContainText(`Step ${i} of 7`);
      const target = (await dialog.getAttribute("data-target"))!;
      targets.push(target);
      // The spotlight frames the target and the card is on screen without covering it.
      // (The spotlight glides from the previous target.)
      await expect.poll(async () => {
        const t = await box(page, target);
        const s = await box(page, '[data-testid="tour-spotlight"]');
        return Math.abs(s.x - (t.x - 4)) < 2 && Math.abs(s.width - (t.width + 8)) < 2 && Math.abs(s.y - (t.y - 4)) < 2;
      }).toBe(true);
      const t = await box(page, target);
      const c = (await dialog.boundingBox())!;
      expect(c.x >= 0 && c.y >= 0 && c.x + c.width <= 1280 && c.y + c.height <= 800).toBe(true);
      const overlaps = c.x < t.x + t.width && t.x < c.x + c.width && c.y < t.y + t.height && t.y < c.y + c.height;
      if (i !== 7) expect(overlaps, `step ${i} covers ${target}`).toBe(false); // the top bar spans the page
      // Lines wrap: nothing overflows the card sideways.
      expect(await dialog.locator(".tour-body").evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      if (i === 3) await page.screenshot({ path: `test-results/screens/tour-${theme}.png` });
      if (i < 7) await page.keyboard.press(i % 2 ? "Enter" : "ArrowRight");
    }
    expect(targets).toContain(".output-pane");
    // Back, and Tab stays in the dialog.
    await page.keyboard.press("ArrowLeft");
    await expect(dialog).toContainText("Step 6 of 7");
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Tour" })).toBeFocused();
  });
}

test("the last step's Done closes the tour", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Tour" }).click();
  for (let i = 1; i < 7; i++) await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("the spotlight follows its pane when the layout changes under the open tour", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await waitForCompiled(page);
  await page.getByRole("button", { name: "Tour" }).click();
  const dialog = page.getByRole("dialog");
  for (const step of [2, 3]) {
    await expect(dialog.getByRole("button", { name: "Next" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toContainText(`Step ${step} of 7`);
  }
  // Something inside the studio changes its size (here: the steps list grows, as badges and
  // estimates arriving after a pause do), moving the output pane without any window resize.
  await page.locator('section[data-pane="ir"] .steps').evaluate((el) => { (el as HTMLElement).style.minWidth = "260px"; });
  await expect.poll(async () => {
    const t = await box(page, ".output-pane");
    const s = await box(page, '[data-testid="tour-spotlight"]');
    return Math.abs(s.x - (t.x - 4)) < 2 && Math.abs(s.width - (t.width + 8)) < 2;
  }).toBe(true);
});
