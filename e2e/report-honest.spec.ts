/** The report does not compare what is not comparable, and says when a latency is unknown. */
import { test, expect } from "@playwright/test";
import { editor, setSource, waitForCompiled } from "./helpers";
import { typeLines } from "./typing";

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: { width: 1280, height: 800 } });

const gemm = (n: number) => `import allo
from allo.ir.types import int32

M, N, K = ${n}, ${n}, ${n}


def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    for i, j in allo.grid(M, N):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C
`;

test("a csynth loop of the same name but another trip count is flagged, not compared; typing the sizes it had clears that", async ({ page }) => {
  await page.goto("/");
  await setSource(page, gemm(16));
  await waitForCompiled(page);
  const pane = page.locator('section[data-pane="report"]');
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Import csynth.xml").setInputFiles(new URL("./fixtures/csynth.xml", import.meta.url).pathname);
  const loops = page.getByRole("table", { name: "Loops" });
  await expect(loops.getByTestId("trip-mismatch").first()).toContainText("trip 16, not 32");
  await expect(loops.getByRole("row").nth(1)).not.toContainText("%");

  // The report is of the 32×32 design: type that.
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.type("M, N, K = 32, 32, 32");
  await expect(loops.getByTestId("trip-mismatch")).toHaveCount(0, { timeout: 30_000 });
  await expect(loops.getByRole("row").nth(1)).toContainText("%");
});

test("a while loop's latency is marked unknown, in the report and the steps list", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `import allo
from allo.ir.types import int32


def count(A: int32[4]) -> int32:
    v: int32 = A[0]
    n: int32 = 0
    return n


s = allo.customize(count)
`);
  await waitForCompiled(page);
  const pane = page.locator('section[data-pane="report"]');
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  await expect(pane.getByTestId("estimate-unknown")).toHaveCount(0);
  // Type a while loop before the return.
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  // Key by key, each line's indentation typed as written (Monaco's own guess is typed over).
  await typeLines(page, "\n    while v != 0:\n        v = v - 1\n        n = n + 1");
  await expect(pane.getByTestId("estimate-unknown")).toContainText("trip count is not known", { timeout: 30_000 });
  await expect(pane.getByTestId("estimate-latency")).toHaveText(/\?$/);
  await expect(page.getByTestId("step-estimate-0")).toHaveText(/^[\d,]+\? cyc/);
});

test("a deadlock where every FIFO is empty does not advise deepening one", async ({ page }) => {
  const { readFileSync } = await import("node:fs");
  const src = readFileSync(new URL("../test/fixtures/df_pingpong.py", import.meta.url), "utf8").replaceAll("DEPTH", "8")
    .replace("            q.put(A[i])\n        for i in range(N):\n            A[i] = r.get()", "            A[i] = r.get()\n        for i in range(N):\n            q.put(A[i])")
    .replace("            r.put(B[i])\n        for i in range(N):\n            B[i] = q.get()", "            B[i] = q.get()\n        for i in range(N):\n            r.put(B[i])");
  await page.goto("/");
  await setSource(page, src);
  await waitForCompiled(page);
  await page.keyboard.press("ControlOrMeta+Enter");
  const deadlock = page.locator('section[data-pane="simulation"]').getByTestId("deadlock");
  await expect(deadlock).toContainText("Every FIFO on this cycle is empty, so deepening one does not help", { timeout: 30_000 });
  await expect(deadlock).not.toContainText("Deepen");
});
