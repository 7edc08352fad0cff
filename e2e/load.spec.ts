import { test, expect } from "@playwright/test";
import { autosavedSource, collectErrors, sourceClickPoint } from "./helpers";

test("the studio page loads without console errors", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Allo Studio" })).toBeVisible();
  await expect(page.getByTestId("source-editor").locator(".view-lines")).toBeVisible();
  await expect(page.getByTestId("worker-state")).toHaveText(/ready|busy/);
  await page.waitForTimeout(500);
  await page.screenshot({ path: "test-results/screens/studio-load.png" });
  expect(errors).toEqual([]);
});

test("every export has landed: the AI Engine entry is enabled", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /^Export/ }).click();
  const aie = page.getByRole("menuitem", { name: /AI Engine/ });
  await expect(aie).toBeEnabled();
  await expect(aie).toContainText("Ryzen AI NPU");
  // The report pane's estimates have landed: it no longer says they are missing.
  await expect(page.locator('section[data-pane="report"]')).not.toContainText("not available yet");
});

test("the layout fits a 1280×720 window and splitters resize and are remembered", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/");
  const status = page.locator("footer.statusbar");
  const box = await status.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(720);
  const splitter = page.getByRole("separator", { name: "Resize editor" });
  const before = Number(await splitter.getAttribute("aria-valuenow"));
  const s = (await splitter.boundingBox())!;
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(s.x - 200, s.y + s.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = Number(await splitter.getAttribute("aria-valuenow"));
  expect(after).toBeLessThan(before - 5);
  await page.reload();
  await expect(page.getByRole("separator", { name: "Resize editor" })).toHaveAttribute("aria-valuenow", String(after));
});

test("the source can be edited before Monaco has loaded, and Monaco takes over the text, caret and focus", async ({ page }) => {
  // Hold Monaco's chunks back so the plain editor stays on screen for as long as the test needs.
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route(/\/assets\/monaco[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto("/", { waitUntil: "commit" });
  const plain = page.getByTestId("plain-source-editor");
  await plain.click();
  await page.keyboard.press("ControlOrMeta+End");
  // Enter keeps the indentation, one level more after a colon.
  await page.keyboard.type("\nfor i in range(2):\nx");
  await expect(plain).toHaveValue(/\nfor i in range\(2\):\n {4}x$/);
  await expect(page.getByTestId("studio-shell")).toContainText("Loading the editor");
  release();
  const lines = page.getByTestId("source-editor").locator(".view-lines");
  await expect(lines).toBeVisible();
  await expect(plain).toHaveCount(0);
  // Monaco has the keyboard and the caret where the plain editor left it: typing continues the line.
  await page.keyboard.type("z");
  await expect(lines).toContainText(/for\s+i\s+in\s+range\(2\):\s*xz/);
  await expect.poll(() => autosavedSource(page)).toMatch(/\nfor i in range\(2\):\n {4}xz$/);
});

test("Ctrl/Cmd+Enter in the plain editor runs the simulation before Monaco has loaded", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route(/\/assets\/monaco[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto("/", { waitUntil: "commit" });
  await page.getByTestId("plain-source-editor").click();
  await page.keyboard.press("ControlOrMeta+Enter");
  release();
  await expect(page.locator('section[data-pane="simulation"]')).toContainText(/ran in/, { timeout: 30_000 });
});

test("typing into the source as soon as it shows is never lost while Monaco swaps in", async ({ page }) => {
  await page.goto("/", { waitUntil: "commit" });
  // Whichever editor is on screen when the click lands (usually the plain one), the text must end up in Monaco.
  const at = await sourceClickPoint(page);
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("#Qz");
  await expect(page.getByTestId("source-editor").locator(".view-lines")).toContainText("Qz");
  await page.keyboard.type("Wy");
  await expect(page.getByTestId("source-editor").locator(".view-lines")).toContainText("QzWy");
  expect(await autosavedSource(page)).toMatch(/QzWy$/);
});
