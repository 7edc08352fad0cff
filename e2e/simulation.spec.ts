import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { SMALL_GEMM, editor, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const sim = (page: import("@playwright/test").Page) => page.locator('section[data-pane="simulation"]');

test("Run simulates the design and shows its outputs as a heatmap and a table", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const ret = sim(page).getByTestId("tensor").filter({ hasText: "return" }).first();
  await expect(ret).toBeVisible({ timeout: 30_000 });
  await expect(ret).toContainText("int32[4, 4]");
  await expect(ret.getByTestId("heatmap")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/studio-run.png" });
  await ret.getByRole("button", { name: "Table" }).click();
  await expect(ret.locator("table td")).toHaveCount(16);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    ret.getByRole("button", { name: "Download return.npy" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("return.npy");
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 6).toString("latin1")).toBe("\x93NUMPY");

  // Editing marks the result stale.
  await setSource(page, SMALL_GEMM.replace("M, N, K = 4, 4, 4", "M, N, K = 4, 4, 2"));
  await expect(sim(page).getByTestId("sim-stale")).toBeVisible();
});

test("Ctrl/Cmd+Enter in the editor runs the simulation and a seed changes the inputs", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Enter");
  const ret = sim(page).getByTestId("tensor").filter({ hasText: "return" }).first();
  await expect(ret).toBeVisible({ timeout: 30_000 });
  await ret.getByRole("button", { name: "Table" }).click();
  const first = await ret.locator("table").innerText();

  await page.getByRole("spinbutton", { name: "Seed" }).fill("7");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect.poll(() => ret.locator("table").innerText(), { timeout: 30_000 }).not.toBe(first);
  // The same seed gives the same values again.
  await page.getByRole("spinbutton", { name: "Seed" }).fill("0");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect.poll(() => ret.locator("table").innerText(), { timeout: 30_000 }).toBe(first);
});

test("Cancel stops a long simulation and the worker comes back", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `import allo
from allo.ir.types import int32


def spin(A: int32[4]) -> int32:
    acc: int32 = 0
    for i in range(100000):
        for j in range(100000):
            acc = acc + (i ^ j)
    return acc
`);
  await waitForCompiled(page);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const cancel = page.getByRole("button", { name: "Cancel" });
  await expect(cancel).toBeVisible();
  await page.waitForTimeout(300);
  await cancel.click();
  await expect(sim(page)).toContainText("simulation cancelled");
  await expect(page.getByTestId("worker-state")).toHaveText(/ready/, { timeout: 20_000 });
  await expect(page.getByTestId("worker-notice")).toContainText("cancelled");
  // The document survived the restart and still compiles.
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/, { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
});

test("a simulation error is shown with its line and jumps there", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `import allo
from allo.ir.types import int32


def f(A: int32[4]) -> int32:
    acc: int32 = 0
    for i in range(4):
        acc = acc + B[i]
    return acc
`);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const errors = sim(page).getByRole("list", { name: "Simulation errors" });
  await expect(errors).toContainText("line 8:21", { timeout: 30_000 });
  await expect(errors).toContainText("'B' is not defined");
  await errors.getByRole("button").first().click();
  await expect(editor(page).locator(".monaco-editor")).toHaveClass(/\bfocused\b/);
});
