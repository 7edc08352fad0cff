/**
 * The design editor never ends up scrolled sideways by the browser: after pasting a design with long
 * lines, or selecting a node's source from the diagram, the line starts stay in view. (Chromium used to
 * scroll Monaco's own overflow:hidden scroll container to reveal the hidden edit-context element; Monaco
 * resets that only vertically, so the text sat shifted left of the gutter.)
 */
import { test, expect, type Page } from "@playwright/test";
import { editor, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: { width: 1280, height: 800 } });

const LONG = "# " + "a long comment line that is much wider than the editor pane ".repeat(4).trim();
const DESIGN = `import allo
from allo.ir.types import int32

${LONG}
M, N, K = 4, 4, 4


def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0  ${LONG}
    for i, j, k in allo.grid(M, N, K):
        C[i, j] += A[i, k] * B[k, j] + A[i, k] * 0 + B[k, j] * 0 + A[i, k] * 0 + B[k, j] * 0 + A[i, k] * 0 + B[k, j] * 0 + A[i, k] * 0
    return C
`;

/** How far the editor's text is shifted sideways: DOM scroll of Monaco's containers and Monaco's own scroll. */
async function sideways(page: Page): Promise<{ dom: number; monaco: number; textLeftOfGutter: boolean }> {
  return editor(page).evaluate((root) => {
    let dom = 0;
    for (const el of [root, ...root.querySelectorAll<HTMLElement>(".monaco-editor, .overflow-guard, .editor-scrollable, .lines-content")]) dom += el.scrollLeft;
    const lines = root.querySelector<HTMLElement>(".lines-content");
    const margin = root.querySelector<HTMLElement>(".margin");
    const text = root.querySelector<HTMLElement>(".view-lines");
    return {
      dom,
      monaco: Math.abs(parseFloat(lines?.style.left || "0")),
      textLeftOfGutter: !!text && !!margin && text.getBoundingClientRect().left < margin.getBoundingClientRect().right - 1,
    };
  });
}

test("pasting a design with long lines leaves the editor scrolled to the line starts", async ({ page }) => {
  await page.goto("/");
  await setSource(page, DESIGN);
  await waitForCompiled(page);
  await page.waitForTimeout(300);
  expect(await sideways(page)).toEqual({ dom: 0, monaco: 0, textLeftOfGutter: false });
  // Pasting over the whole text a second time (the cursor was at the end of a long line before).
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("End");
  await setSource(page, DESIGN.replace("4, 4, 4", "8, 4, 4"));
  await page.waitForTimeout(300);
  expect(await sideways(page)).toEqual({ dom: 0, monaco: 0, textLeftOfGutter: false });
  // The first line is at the top of the editor (not scrolled away). Monaco reuses its line elements,
  // so their DOM order is not the line order: find the line by its text and compare positions.
  const first = editor(page).locator(".view-line", { hasText: /^import\s+allo\s*$/ });
  await expect(first).toHaveCount(1);
  const [line, guard] = await Promise.all([first.boundingBox(), editor(page).locator(".overflow-guard").first().boundingBox()]);
  expect(Math.abs(line!.y - guard!.y)).toBeLessThan(line!.height);
  await page.screenshot({ path: "test-results/screens/editor-after-paste.png" });
});

test("selecting a node's source from the diagram keeps the line starts in view", async ({ page }) => {
  await page.goto("/");
  await setSource(page, DESIGN);
  await waitForCompiled(page);
  const kernel = page.getByTestId("arch-diagram").locator(".react-flow__node", { hasText: "gemm" }).first();
  await expect(kernel).toBeVisible({ timeout: 20_000 });
  for (const name of ["gemm", "A", "C"]) {
    await page.getByTestId("arch-diagram").locator(".react-flow__node").filter({ hasText: name }).first().click({ force: true });
    await page.waitForTimeout(200);
    const s = await sideways(page);
    expect(s.dom).toBe(0);
    expect(s.textLeftOfGutter).toBe(false);
    // The selection starts near the left edge, so Monaco itself has no reason to scroll sideways.
    expect(s.monaco).toBe(0);
  }
});
