/** The run settings' script limits: a lowered limit recompiles the design and its error names the limit. */
import { test, expect, type Page } from "@playwright/test";
import { SMALL_GEMM, setSource, waitForCompiled } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

const sim = (page: Page) => page.locator('section[data-pane="simulation"]');

test("a script limit set in the run settings applies to the compile, and clearing it restores the default", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `${SMALL_GEMM}\nTABLE = [0] * 100\n`);
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await sim(page).getByText("script limits").click();
  const list = sim(page).getByRole("spinbutton", { name: "Script limit: list items" });
  await list.click();
  await page.keyboard.type("10");
  const problems = page.getByRole("list", { name: "Compile diagnostics" });
  await expect(problems).toContainText("script lists are limited to 10", { timeout: 30_000 });
  await expect(problems).toContainText("the run settings' script limits");
  await list.fill("");
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 30_000 });
});

test("the numpy work limit set in the run settings stops the design's numpy code at the call that passes it", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `${SMALL_GEMM}\nimport numpy as np\nW = np.ones((64, 64)) @ np.ones((64, 64))\n`);
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await sim(page).getByText("script limits").click();
  const work = sim(page).getByRole("spinbutton", { name: "Script limit: numpy work" });
  // Its default in words: the digits do not fit the field.
  await expect(work).toHaveAttribute("placeholder", "default 2.1 billion");
  // Two 64×64 arrays (8,192 elements) and 64³ = 262,144 multiply-adds.
  await work.click();
  await page.keyboard.type("100000");
  const problems = page.getByRole("list", { name: "Compile diagnostics" });
  await expect(problems).toContainText("numpy calls would do more than 100,000 element operations", { timeout: 30_000 });
  await expect(problems).toContainText("--max-script-numpy N (studio: the run settings' script limits");
  await work.fill("");
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 30_000 });
});
