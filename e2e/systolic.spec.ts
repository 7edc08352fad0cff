/** Systolic arrays from the gallery: the PE grid is drawn as a grid, with a FIFO between each pair of neighbours. */
import { test, expect, type Page } from "@playwright/test";
import { collectErrors, openFromGallery } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

const diagram = (page: Page) => page.getByTestId("arch-diagram");

const box = async (page: Page, id: string) => (await diagram(page).locator(`[data-node-id="${id}"]`).boundingBox())!;

test("systolic_4x4 from the gallery draws 16 PEs in a grid with 24 FIFOs between neighbours, fed by loaders and drained", async ({ page }) => {
  const errors = collectErrors(page);
  await openFromGallery(page, "systolic_4x4.py");
  // At 1280×800 the whole design opens with the grid summarized; expanding it draws the grid.
  await diagram(page).getByRole("button", { name: "Expand kernel gemm" }).click();
  await expect(diagram(page).locator('[data-kind="pe"]')).toHaveCount(16, { timeout: 20_000 });
  // 24 between neighbours, 4 + 4 from the loaders into the first PE of each line, 16 into the drainer.
  await expect(diagram(page).locator('[data-kind="fifo"]')).toHaveCount(24 + 8 + 16);
  for (const k of ["gemm_load_A", "gemm_load_B", "gemm_drain_C"]) await expect(diagram(page).locator(`[data-node-id="kernel:${k}"]`)).toBeVisible();
  await expect(diagram(page).locator('[data-kind="pegrid"]')).toHaveAttribute("data-rows", "4");
  await page.waitForTimeout(300);
  await page.screenshot({ path: "test-results/screens/studio-systolic-4x4.png" });

  // Rows and columns line up, and each FIFO sits between the two PEs it links.
  const pe00 = await box(page, "kernel:gemm_PE_0_0");
  const pe01 = await box(page, "kernel:gemm_PE_0_1");
  const pe10 = await box(page, "kernel:gemm_PE_1_0");
  expect(Math.abs(pe01.y - pe00.y)).toBeLessThan(1);
  expect(Math.abs(pe10.x - pe00.x)).toBeLessThan(1);
  expect(pe01.x).toBeGreaterThan(pe00.x + pe00.width);
  expect(pe10.y).toBeGreaterThan(pe00.y + pe00.height);
  const fifos = await diagram(page).locator('[data-kind="fifo"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-node-id")!));
  const between = async (fifo: string, a: string, b: string) => {
    const f = await box(page, fifo);
    const pa = await box(page, a);
    const pb = await box(page, b);
    const cx = f.x + f.width / 2;
    const cy = f.y + f.height / 2;
    const inside = (lo: number, hi: number, v: number) => v >= Math.min(lo, hi) - 1 && v <= Math.max(lo, hi) + 1;
    expect(inside(pa.x + pa.width / 2, pb.x + pb.width / 2, cx) && inside(pa.y + pa.height / 2, pb.y + pb.height / 2, cy), `${fifo} between ${a} and ${b}`).toBe(true);
  };
  // A FIFO is named after the PE it feeds: A's row stream into PE 0,1 comes from PE 0,0.
  const horizontal = fifos.find((id) => id === "fifo:A_fifo_0_1");
  const vertical = fifos.find((id) => id === "fifo:B_fifo_1_0");
  if (horizontal) await between(horizontal, "kernel:gemm_PE_0_0", "kernel:gemm_PE_0_1");
  if (vertical) await between(vertical, "kernel:gemm_PE_0_0", "kernel:gemm_PE_1_0");
  expect(horizontal ?? vertical).toBeTruthy();
  expect(errors).toEqual([]);
});

test("systolic_16x16 draws its 256 PEs and 480 FIFOs between them as a grid", async ({ page }) => {
  await openFromGallery(page, "systolic_16x16.py");
  await diagram(page).getByRole("button", { name: "Expand kernel gemm" }).click();
  await expect(diagram(page).locator('[data-kind="pe"]')).toHaveCount(256, { timeout: 30_000 });
  // 480 between neighbours, 16 + 16 from the loaders, 256 into the drainer.
  await expect(diagram(page).locator('[data-kind="fifo"]')).toHaveCount(480 + 32 + 256);
  await page.waitForTimeout(300);
  await page.screenshot({ path: "test-results/screens/studio-systolic-16x16.png" });
  const first = await box(page, "kernel:gemm_PE_0_0");
  const last = await box(page, "kernel:gemm_PE_15_15");
  expect(last.x).toBeGreaterThan(first.x);
  expect(last.y).toBeGreaterThan(first.y);
});
