/** Every key a person types into the design editor reaches it, whatever the diagram's key bindings. */
import { test, expect } from "@playwright/test";
import { waitForCompiled } from "./helpers";
import { clearEditor, documentSource, typeLines } from "./typing";

const TYPED_DESIGN = `import allo
from allo.ir.types import int32

M, N, K = 4, 4, 4


def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    x: int32[3] = [1, 2, 3]  # "quoted" (kept)
    for i, j, k in allo.grid(M, N, K):
        C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
s.split("j", factor=2)
s.pipeline("k")`;

test("a design typed key by key, line by line, arrives intact (spaces, brackets, quotes, newlines)", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  // The diagram is on screen (its key handlers are live) before the first key press.
  await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
  await clearEditor(page);
  await typeLines(page, TYPED_DESIGN);
  await expect.poll(() => documentSource(page), { timeout: 10_000 }).toBe(TYPED_DESIGN);
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
});

test("Space and Backspace typed in the editor are never swallowed, also after clicking the diagram", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
  await page.getByTestId("arch-diagram").click({ position: { x: 10, y: 10 } });
  await clearEditor(page);
  await page.keyboard.type("x = [1, 2, 3]");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("]  # a b");
  await expect.poll(() => documentSource(page)).toBe("x = [1, 2, 3]  # a b");
});
