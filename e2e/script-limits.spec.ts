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
