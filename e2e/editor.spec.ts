import { test, expect } from "@playwright/test";
import { SMALL_GEMM, editor, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a bad edit shows a diagnostic marker and fixing it clears it", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await expect(editor(page).locator(".squiggly-error")).toHaveCount(0);

  const broken = SMALL_GEMM.replace("C[i, j] += A[i, k] * B[k, j]", "C[i, j] += A[i, k] * (B[k, j]");
  await setSource(page, broken);
  await expect(editor(page).locator(".squiggly-error").first()).toBeVisible({ timeout: 20_000 });
  const problems = page.getByRole("list", { name: "Compile diagnostics" });
  await expect(problems).toContainText("error");
  await expect(page.getByTestId("compile-state")).toHaveText(/error/);
  await page.screenshot({ path: "test-results/screens/studio-error.png" });

  await setSource(page, SMALL_GEMM);
  await expect(editor(page).locator(".squiggly-error")).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await expect(problems).toHaveCount(0);
});

test("the IR pane shows MLIR and marks it stale while a newer edit compiles", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await expect(page.getByTestId("ir-text")).toContainText("func.func", { timeout: 20_000 });
  await setSource(page, SMALL_GEMM.replace("M, N, K = 4, 4, 4", "M, N, K = 8, 4, 4"));
  // The stale badge shows until the new result arrives, then goes away.
  await waitForCompiled(page);
  await expect(page.getByTestId("ir-stale")).toHaveCount(0);
  await expect(page.getByTestId("ir-text")).toContainText("8x4");
});

test("hovering a schedule primitive explains it and names its HLS pragma", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `${SMALL_GEMM}\n\ns = allo.customize(gemm)\ns.pipeline("j")\n`);
  await waitForCompiled(page);
  const hover = page.locator(".monaco-hover").filter({ hasText: "pragma" });
  // Re-hover until Monaco shows the hover (the line may re-render while later results arrive).
  await expect(async () => {
    const token = editor(page).locator(".view-line span span", { hasText: "pipeline" }).first();
    const box = (await token.boundingBox())!;
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x + box.width - 12, box.y + box.height / 2);
    await expect(hover).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(hover).toContainText("#pragma HLS pipeline II=N");
});

test("typing `s.` offers the schedule primitives", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `${SMALL_GEMM}\n\ns = allo.customize(gemm)\ns`);
  await page.keyboard.press("End");
  await page.keyboard.type(".");
  const suggest = page.locator(".suggest-widget");
  await expect(suggest).toBeVisible();
  await expect(suggest).toContainText("pipeline");
  await expect(suggest).toContainText("partition");
});
