/**
 * "Did you mean": a misspelled primitive, keyword argument or module member typed key by key is marked
 * at the bad token with a suggestion, and the quick fix (Ctrl+.) replaces it; the design then compiles.
 */
import { expect, test } from "@playwright/test";
import { editor, setSource, visibleSource, waitForCompiled } from "./helpers";
import { clearEditor, documentSource, typeLines } from "./typing";

const DESIGN = `import allo
from allo.ir.types import int32


def gemm(A: int32[8, 8], B: int32[8, 8]) -> int32[8, 8]:
    C: int32[8, 8] = 0
    for i, j in allo.grid(8, 8):
        for k in range(8):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
`;

test("a misspelled primitive is marked, suggested and fixed with the quick fix", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await setSource(page, DESIGN);
  await waitForCompiled(page);
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type('s.pipline("j")');
  await waitForCompiled(page);
  await expect(page.getByText("did you mean 'pipeline'?").first()).toBeVisible({ timeout: 20_000 });
  // The marker underlines the method name only.
  await expect(editor(page).locator(".squiggly-error")).toHaveCount(1);
  // The caret inside the name; Ctrl+. opens the quick fixes; Enter applies the preferred one.
  await page.keyboard.press("Home");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ControlOrMeta+Period");
  const fix = page.getByText("Replace 'pipline' with 'pipeline'");
  await expect(fix).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press("Enter");
  await expect.poll(() => visibleSource(page)).toContain('s.pipeline("j")');
  await waitForCompiled(page);
  await expect(editor(page).locator(".squiggly-error")).toHaveCount(0, { timeout: 20_000 });
});

/** Puts the caret inside the one error squiggle (the misspelled token), as a click on it does. */
async function caretOnError(page: import("@playwright/test").Page): Promise<void> {
  const squiggle = editor(page).locator(".squiggly-error");
  await expect(squiggle).toHaveCount(1, { timeout: 20_000 });
  const box = (await squiggle.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - 4);
}

test("a misspelled keyword argument typed key by key is marked at the keyword and fixed with the quick fix", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await setSource(page, DESIGN);
  await waitForCompiled(page);
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type('s.unroll("j", factr=2)');
  await waitForCompiled(page);
  await expect(page.getByText("did you mean 'factor'?").first()).toBeVisible({ timeout: 20_000 });
  await caretOnError(page);
  await page.keyboard.press("ControlOrMeta+Period");
  await expect(page.getByText("Replace 'factr' with 'factor'")).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press("Enter");
  await expect.poll(() => visibleSource(page)).toContain('s.unroll("j", factor=2)');
  await waitForCompiled(page);
  await expect(editor(page).locator(".squiggly-error")).toHaveCount(0, { timeout: 20_000 });
});

test("a misspelled module member typed key by key (allo.grdi) is marked and fixed to allo.grid", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
  await clearEditor(page);
  await typeLines(page, `import allo
from allo.ir.types import int32


def inc(A: int32[8, 8]) -> int32[8, 8]:
    B: int32[8, 8] = 0
    for i, j in allo.grdi(8, 8):
        B[i, j] = A[i, j] + 1
    return B`);
  await waitForCompiled(page);
  await expect(page.getByText("did you mean 'grid'?").first()).toBeVisible({ timeout: 20_000 });
  await caretOnError(page);
  await page.keyboard.press("ControlOrMeta+Period");
  await expect(page.getByText("Replace 'grdi' with 'grid'")).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press("Enter");
  await expect.poll(() => documentSource(page)).toContain("for i, j in allo.grid(8, 8):");
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 20_000 });
});
