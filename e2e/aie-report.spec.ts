/** The Report pane's AI Engine target: cycles per core and FIFO, the bottleneck, in both themes. */
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { collectErrors, openFromGallery, setSource, waitForCompiled } from "./helpers";

test.use({ viewport: { width: 1400, height: 900 } });

test("choosing the AI Engine target shows cycles per core, DMA per FIFO and the bottleneck; a design built for aie opens on it", async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto("/");
  // An HLS design: the report shows FPGA estimates until the user chooses the AI Engine target.
  await setSource(page, readFileSync(new URL("../public/examples/aie_vector_add.py", import.meta.url), "utf8").replace('mod = s.build(target="aie")', "mod = s.build()"));
  await waitForCompiled(page);
  const pane = page.locator('section[data-pane="report"]');
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  await pane.getByLabel("Target for estimates").selectOption("aie");
  const summary = pane.getByTestId("aie-summary");
  await expect(summary).toContainText("AI Engine on npu1 · 1 core · bottleneck core (0, 2) vector_add at 1,024 cycles per run", { timeout: 60_000 });
  const cores = pane.getByRole("table", { name: "AI Engine cycles per core" });
  await expect(cores.getByRole("row").nth(1)).toContainText(/vector_add.*vector, 16 lanes.*64.*1,024.*DMA /);
  await expect(pane.getByRole("table", { name: "AI Engine DMA per object FIFO" }).getByRole("row")).toHaveCount(1 + 6);
  await pane.getByLabel("Target for estimates").selectOption("hls");
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });

  // The 2×2 GEMM is built with target="aie": the report opens on the AI Engine; npu2 has wider blocks.
  await openFromGallery(page, "aie_gemm_4.py");
  await expect(pane.getByTestId("aie-summary")).toContainText("4 cores · bottleneck core (0, 2) gemm_0_0 at 68,672 cycles per run", { timeout: 60_000 });
  await expect(pane.getByTestId("aie-core-row")).toHaveCount(4);
  // The diagram says how each sharded argument is split over the PE grid.
  const diagram = page.locator('section[data-pane="diagram"]');
  await expect(diagram.getByText("local_A @ [S(0), R] · 32×64", { exact: false })).toBeVisible({ timeout: 30_000 });
  await diagram.screenshot({ path: "test-results/screens/aie-layout-diagram.png" });
  await expect(pane.getByTestId("aie-core-row").first()).toContainText("aie::mmul<4, 4, 4>");
  await pane.getByLabel("AI Engine device for estimates").selectOption("npu2");
  await expect(pane.getByTestId("aie-core-row").first()).toContainText("aie::mmul<4, 4, 8>", { timeout: 60_000 });
  await expect(pane.getByTestId("aie-summary")).toContainText("AI Engine on npu2");
  await pane.screenshot({ path: "test-results/screens/aie-report-light.png" });
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await pane.screenshot({ path: "test-results/screens/aie-report-dark.png" });

  // A design that does not fit says so, with the diagnostic.
  await setSource(page, readFileSync(new URL("../public/examples/aie_gemm_4.py", import.meta.url), "utf8").replace("P0, P1 = 2, 2", "P0, P1 = 8, 8"));
  await expect(pane.getByTestId("aie-report")).toContainText("does not map onto npu2", { timeout: 60_000 });

  // Opening a design not built for the AI Engine brings the FPGA estimates back.
  await openFromGallery(page, "gemm.py");
  await expect(pane.getByTestId("estimates")).toBeVisible({ timeout: 30_000 });
  await expect(pane.getByLabel("Target for estimates")).toHaveValue("hls");
  expect(errors).toEqual([]);
});
