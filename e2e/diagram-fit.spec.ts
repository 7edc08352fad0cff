/** A typed design shows whole at a readable zoom; large PE grids show as a summary to expand. */
import { test, expect, type Page } from "@playwright/test";
import { galleryCode, typeDesign } from "./typing";

test.use({ viewport: { width: 1280, height: 800 } });
// Typing a schedule key by key while each edit recompiles takes a while on a busy machine.
test.setTimeout(120_000);

const diagram = (page: Page) => page.locator('section[data-pane="diagram"]');

/** Every top-level node of the diagram lies inside the diagram's visible area. */
async function expectWholeDesignOnScreen(page: Page): Promise<void> {
  const area = (await diagram(page).getByTestId("arch-diagram").boundingBox())!;
  const ids = ["memory:A", "memory:B", "kernel:gemm"];
  for (const id of ids) {
    const box = (await diagram(page).locator(`[data-node-id="${id}"]`).first().boundingBox())!;
    expect(box, id).toBeTruthy();
    expect(box.x, `${id} left`).toBeGreaterThanOrEqual(area.x - 1);
    expect(box.y, `${id} top`).toBeGreaterThanOrEqual(area.y - 1);
    expect(box.x + box.width, `${id} right`).toBeLessThanOrEqual(area.x + area.width + 1);
    expect(box.y + box.height, `${id} bottom`).toBeLessThanOrEqual(area.y + area.height + 1);
  }
  const zoom = await diagram(page).locator(".react-flow__viewport").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(zoom).toBeGreaterThanOrEqual(0.6);
}

for (const [file, size, pes] of [["systolic_4x4.py", "4×4", 16], ["systolic_16x16.py", "16×16", 256]] as const) {
  test(`${file}: the schedule typed key by key shows whole at a readable zoom with its PE grid summarized; + expands it`, async ({ page }) => {
    await typeDesign(page, galleryCode(file), { typeFrom: "s = allo.customize" });
    const summary = diagram(page).getByTestId("grid-summary");
    await expect(summary).toHaveText(`PE grid ${size} · ${pes} PEs`, { timeout: 30_000 });
    await page.waitForTimeout(300); // the fit waits two frames
    await expectWholeDesignOnScreen(page);
    // All of it is on screen: no minimap over the nodes.
    await expect(diagram(page).getByRole("img", { name: "Diagram overview" })).toHaveCount(0);
    await diagram(page).getByRole("button", { name: "Expand kernel gemm" }).click();
    await expect(diagram(page).locator('[data-kind="pe"]')).toHaveCount(pes, { timeout: 30_000 });
    // Fit View never zooms below readable: the minimap shows where the rest is.
    await diagram(page).getByRole("button", { name: "Fit View" }).click();
    const zoom = await diagram(page).locator(".react-flow__viewport").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(zoom).toBeGreaterThanOrEqual(0.59);
    await expect(diagram(page).getByRole("img", { name: "Diagram overview" })).toBeVisible();
  });
}
