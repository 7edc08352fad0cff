/**
 * The run settings' design limits (RELIABILITY.md "Limits": elements of one array, of all arrays, depth
 * of one FIFO): a lowered limit recompiles the design, its error names the limit and where to raise it,
 * and clearing the field restores the default.
 */
import { readFileSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { SMALL_GEMM, setSource, waitForCompiled } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

const sim = (page: Page) => page.locator('section[data-pane="simulation"]');
const problems = (page: Page) => page.getByRole("list", { name: "Compile diagnostics" });

async function setLimit(page: Page, label: string, value: string): Promise<void> {
  const field = sim(page).getByRole("spinbutton", { name: `Design limit: ${label}` });
  await field.click();
  await page.keyboard.type(value);
}

test("array limits set in the run settings apply to the compile, and clearing them restores the defaults", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await sim(page).getByText("design limits").click();
  // Three 4×4 arrays: 16 elements each, 48 in all.
  await setLimit(page, "array elements", "10");
  await expect(problems(page)).toContainText("arrays are limited to 10 elements", { timeout: 30_000 });
  await expect(problems(page)).toContainText("the run settings' design limits");
  await sim(page).getByRole("spinbutton", { name: "Design limit: array elements" }).fill("");
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 30_000 });
  await setLimit(page, "elements in all", "40");
  await expect(problems(page)).toContainText("designs are limited to 40", { timeout: 30_000 });
  await sim(page).getByRole("spinbutton", { name: "Design limit: elements in all" }).fill("");
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 30_000 });
});

test("a FIFO depth limit set in the run settings applies to the FIFOs of a systolic grid", async ({ page }) => {
  await page.goto("/");
  await setSource(page, readFileSync(new URL("../public/examples/systolic_4x4.py", import.meta.url), "utf8"));
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await sim(page).getByText("design limits").click();
  await expect(sim(page).getByRole("spinbutton", { name: "Design limit: FIFO depth" })).toHaveAttribute("placeholder", "default 1,048,576");
  // s.to(..., depth=M + 1): depth 5.
  await setLimit(page, "FIFO depth", "3");
  await expect(problems(page)).toContainText("FIFOs are limited to depth 3", { timeout: 30_000 });
  await expect(problems(page)).toContainText("--max-fifo-depth N (studio: the run settings' design limits");
  await sim(page).getByRole("spinbutton", { name: "Design limit: FIFO depth" }).fill("");
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 30_000 });
});

test("a PE grid statement limit set in the run settings fails the unfold step that passes it", async ({ page }) => {
  await page.goto("/");
  await setSource(page, readFileSync(new URL("../public/examples/systolic_4x4.py", import.meta.url), "utf8"));
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await sim(page).getByText("design limits").click();
  await expect(sim(page).getByRole("spinbutton", { name: "Design limit: PE grid statements" })).toHaveAttribute("placeholder", "default 262,144");
  // 16 PEs: their body, 4 each for function and call, 8 for each FIFO chain and the drain.
  await setLimit(page, "PE grid statements", "100");
  await expect(problems(page)).toContainText("designs are limited to 100 (raise it with --max-grid-statements N", { timeout: 30_000 });
  await sim(page).getByRole("spinbutton", { name: "Design limit: PE grid statements" }).fill("");
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 30_000 });
});
