import { test, expect } from "@playwright/test";
import { SMALL_GEMM, autosavedSource, setSource, visibleSource } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const MARK = "# autosave marker 7f3a";

test("reloading restores the autosaved work", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `${MARK}\n${SMALL_GEMM}`);
  await expect.poll(() => autosavedSource(page)).toContain(MARK);
  await page.reload();
  await expect.poll(() => visibleSource(page)).toContain(MARK);
});

test("a share link opens the shared design in a new page, asking before replacing other work", async ({ page, context }) => {
  await page.goto("/");
  const shared = `# shared design 42\n${SMALL_GEMM}`;
  await setSource(page, shared);
  await expect.poll(() => autosavedSource(page)).toContain("shared design 42");
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(link).toMatch(/#share=1\.[zj]\./);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Change the work in this browser, then open the link: the studio asks first.
  await setSource(page, `# my own work\n${SMALL_GEMM}`);
  await expect.poll(() => autosavedSource(page)).toContain("my own work");
  const other = await context.newPage();
  await other.goto(link);
  const dialog = other.getByRole("dialog", { name: "Open the shared design?" });
  await expect(dialog).toBeVisible();
  await other.screenshot({ path: "test-results/screens/studio-share-dialog.png" });
  await dialog.getByRole("button", { name: "Keep mine" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => visibleSource(other)).toContain("my own work");

  // Open it again and take the shared design this time.
  await other.goto("about:blank");
  await other.goto(link);
  await other.getByRole("dialog").getByRole("button", { name: "Open shared" }).click();
  await expect.poll(() => visibleSource(other)).toContain("shared design 42");
  expect(other.url()).not.toContain("#share=");
  await expect.poll(() => autosavedSource(other)).toContain("shared design 42");
});

test("a share link opens directly when there is no other work", async ({ browser }) => {
  const first = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await first.newPage();
  await page.goto("/");
  await setSource(page, `# lone share 9\n${SMALL_GEMM}`);
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await first.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole("dialog")).toHaveCount(0);
  await expect.poll(() => visibleSource(other)).toContain("lone share 9");
  await fresh.close();
});

test("the selected schedule step is saved with the document and restored on reload", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("compile-state")).not.toHaveText(/compiling|not compiled/, { timeout: 20_000 });
  const steps = page.getByRole("list", { name: "Schedule steps" });
  await steps.locator('button[data-step="2"]').click();
  await expect(steps.locator('button[data-step="2"]')).toHaveAttribute("aria-current", "true");
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("allo-studio:document") ?? "{}").selectedStep)).toBe(2);
  await page.reload();
  await expect(page.getByRole("list", { name: "Schedule steps" }).locator('button[data-step="2"]')).toHaveAttribute("aria-current", "true", { timeout: 20_000 });
  await expect(page.getByTestId("diagram-step")).toHaveText("at step 2", { timeout: 20_000 });
  await expect(page.getByTestId("ir-diff")).toBeVisible();
});
