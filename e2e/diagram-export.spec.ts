/** The exported diagram (SVG, the PNG's source) keeps text inside boxes and edge labels apart. */
import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { galleryCode, typeDesign } from "./typing";

test.use({ viewport: { width: 1280, height: 800 } });
// Typing a schedule key by key while each edit recompiles takes a while on a busy machine.
test.setTimeout(120_000);

for (const file of ["systolic_16x16.py", "conv2d_reuse.py"]) {
  test(`${file}: the schedule typed key by key: exported SVG text fits its boxes and no two edge labels overlap`, async ({ page }) => {
    await typeDesign(page, galleryCode(file), { typeFrom: "s = allo.customize" });
    await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('section[data-pane="diagram"]').getByRole("button", { name: "SVG" }).click(),
    ]);
    const svg = await readFile((await download.path())!, "utf8");
    // Measure with the browser's own text layout.
    const problems = await page.evaluate((text) => {
      const host = document.createElement("div");
      host.innerHTML = text;
      document.body.append(host);
      const out: string[] = [];
      for (const g of host.querySelectorAll<SVGGElement>("g.node")) {
        const r = g.querySelector("rect")!.getBBox();
        for (const t of g.querySelectorAll<SVGTextElement>("text")) {
          const b = t.getBBox();
          if (b.x + b.width > r.x + r.width + 0.5 || b.y + b.height > r.y + r.height + 2) out.push(`text "${t.textContent}" overflows ${g.dataset.id}`);
        }
      }
      const labels = [...host.querySelectorAll<SVGGElement>("g.edge-label")].map((g) => ({ t: g.textContent, b: g.querySelector("rect")!.getBBox() }));
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.b, b = labels[j]!.b;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`labels "${labels[i]!.t}" and "${labels[j]!.t}" overlap`);
      }
      host.remove();
      return out;
    }, svg);
    expect(problems).toEqual([]);
  });
}
