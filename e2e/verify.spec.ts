import { test, expect, type Page } from "@playwright/test";
import { SMALL_GEMM, editor, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** Types lines at the end of the source with real key presses (Escape closes suggestions before Enter). */
async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  for (const l of lines) {
    await page.keyboard.press("Enter");
    await page.keyboard.press("Home");
    await page.keyboard.type(l);
    await page.keyboard.press("Escape");
  }
}

test("a schedule step typed in the editor is proved, a distinct mark from tested", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await typeLines(page, ["", "s = allo.customize(gemm)", 's.reorder("k", "j")', 's.split("i", factor=2)']);
  const badge = (i: number) => page.getByTestId(`step-check-${i}`);
  await expect(badge(2)).toHaveText("∎", { timeout: 60_000 });
  await expect(badge(1)).toHaveText("∎");
  await expect(badge(1)).toHaveAttribute("title", /^Proved: equivalent to the kernel as written for every input/);
  await expect(badge(1)).toHaveClass(/check-proved/);
});

test("a step the checker cannot interpret is tested only, and says why on hover", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `import allo
from allo.ir.types import int32


def count(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        x: int32 = A[i] & 15
        while x > 0:
            x = x - 1
            B[i] += 1
    return B
`);
  await waitForCompiled(page);
  await typeLines(page, ["", "s = allo.customize(count)", 's.pipeline("i")']);
  const badge = page.getByTestId("step-check-1");
  await expect(badge).toHaveClass(/check-tested/, { timeout: 60_000 });
  await expect(badge).toHaveText("✓");
  await expect(badge).toHaveAttribute("title", /^Tested only: same results on seeded inputs; not proved: .*a while loop whose condition depends on input data \(line 9\)/);
});

test("a reorder that changes results differs: the counterexample opens and runs in the simulation pane with one click", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `import allo
from allo.ir.types import int32


def mirror(A: int32[4, 4]):
    for i in range(4):
        for j in range(4):
            A[i, j] = A[j, i] + A[i, j]
`);
  await waitForCompiled(page);
  // A[j, i] is not an affine shift of A[i, j], so reorder's dependence test leaves it to the checker.
  await typeLines(page, ["", "s = allo.customize(mirror)", 's.reorder("j", "i")']);
  await expect(page.getByTestId("step-check-1")).toHaveText("✗", { timeout: 60_000 });
  const cex = page.getByTestId("counterexample-1");
  await expect(cex).toBeVisible({ timeout: 60_000 });
  await cex.locator("summary").click();
  await expect(cex).toContainText("A[0, 1]");
  await expect(cex).toContainText("(A[0, 1] + A[1, 0])");
  await expect(cex).toContainText("The simulator agrees");
  const after = (await cex.locator("dd").nth(1).innerText()).split("=").pop()!.trim();
  await page.getByTestId("run-counterexample-1").click();
  const sim = page.locator('section[data-pane="simulation"]');
  const a = sim.getByTestId("tensor").filter({ hasText: "A" }).first();
  await expect(a).toBeVisible({ timeout: 30_000 });
  await a.getByRole("button", { name: "Table" }).click();
  // The design (after the reorder) computes the counterexample's "after" value at A[0, 1].
  await expect(a.locator("table")).toContainText(after.replace(/^-/, "").slice(0, 3));
});
