/** The AI Engine tile-array view and export: mapping shown live, budgets as bars, overflow in red, the project zip. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { collectErrors, openFromGallery, setSource } from "./helpers";

test.use({ viewport: { width: 1400, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });

test("the tile view maps the 16-core GEMM, turns an over-budget tile red as the source changes, and exports the project", async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openFromGallery(page, "aie_gemm_16.py");
  await page.getByRole("button", { name: "AIE tiles" }).click();
  const view = page.getByTestId("aie-view");
  await expect(view.getByTestId("aie-fits")).toHaveText("fits: 16 cores", { timeout: 60_000 });
  await expect(view.locator("[data-testid^='aie-tile-']")).toHaveCount(16 + 4 + 4);
  await expect(view.getByTestId("aie-tile-0-2")).toContainText("gemm_0_0");
  await expect(view.locator("[data-testid^='aie-fifo-']").first()).toBeAttached();
  await expect(view.locator("[data-over]")).toHaveCount(0);
  if (process.env.ALLO_SCREENSHOT) await page.screenshot({ path: "docs/aie-tiles.png" });

  // Click a core: the editor shows its kernel.
  await view.getByTestId("aie-tile-1-3").click();

  // A longer K no longer fits a core's 64 KiB: the tiles turn red with the diagnostic.
  const source = readFileSync(new URL("../public/examples/aie_gemm_16.py", import.meta.url), "utf8");
  await setSource(page, source.replace("M, N, K = 64, 64, 64", "M, N, K = 64, 64, 1024"));
  await expect(view.getByTestId("aie-fits")).toHaveText("does not fit", { timeout: 60_000 });
  await expect(view.locator("[data-over]").first()).toBeAttached();
  await expect(view.getByTestId("aie-problems")).toContainText("data memory");

  // Back to the design that fits: export the AI Engine project.
  await setSource(page, source);
  await expect(view.getByTestId("aie-fits")).toHaveText("fits: 16 cores", { timeout: 60_000 });
  await page.getByRole("button", { name: /^Export/ }).click();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: /AI Engine project/ }).click()]);
  expect(dl.suggestedFilename()).toBe("top_aie.zip");
  const bytes = readFileSync((await dl.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(bytes.includes(Buffer.from("design/aie.mlir"))).toBe(true);
  expect(errors).toEqual([]);
});
