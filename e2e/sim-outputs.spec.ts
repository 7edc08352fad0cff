/** The simulation shows outputs first; the dataflow timeline has a legend. */
import { test, expect } from "@playwright/test";
import { openFromGallery } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

test("a dataflow run shows what it wrote before the timeline, and the timeline says what its colours mean", async ({ page }) => {
  await openFromGallery(page, "df_pipeline.py");
  await page.keyboard.press("ControlOrMeta+Enter"); // the editor has the focus after opening
  const sim = page.locator('section[data-pane="simulation"]');
  const wrote = sim.getByRole("region", { name: "Arguments the run wrote" });
  await expect(wrote).toBeVisible({ timeout: 30_000 });
  // B is written by the pipeline; A is only read, so it is listed with the inputs, not as an output.
  await expect(wrote.getByTestId("tensor")).toHaveCount(1);
  await expect(wrote.getByTestId("tensor")).toHaveAttribute("data-name", "B");
  const legend = sim.getByTestId("timeline-legend");
  await expect(legend).toContainText("waiting on an empty FIFO");
  await expect(legend).toContainText("waiting on a full FIFO");
  await expect(legend).toContainText("FIFO occupancy");
  const outputsTop = (await wrote.boundingBox())!.y;
  const timelineTop = (await sim.getByRole("region", { name: "Dataflow" }).boundingBox())!.y;
  expect(outputsTop).toBeLessThan(timelineTop);
});
