import { test, expect } from "@playwright/test";
import { visibleSource } from "./helpers";

test("the gallery lists the example designs and picking one loads it", async ({ page, request }) => {
  const manifest = (await (await request.get("/examples/index.json")).json()) as { file: string; name: string; description: string }[];
  expect(manifest.length).toBeGreaterThan(0);
  const pick = manifest.find((e) => e.file === "gemm.py") ?? manifest[0]!;
  const text = await (await request.get(`/examples/${pick.file}`)).text();

  await page.goto("/");
  await page.getByRole("button", { name: "Gallery" }).click();
  const menu = page.getByRole("menu", { name: "Gallery designs" });
  // The built-in tutorial comes first, then every design of the manifest.
  await expect(menu.getByRole("menuitem")).toHaveCount(manifest.length + 1);
  await expect(menu).toContainText(pick.description);
  await page.screenshot({ path: "test-results/screens/studio-gallery.png" });
  await menu.getByRole("menuitem", { name: new RegExp(`^${pick.name}\\b`) }).click();

  await expect(page.locator('section[data-pane="editor"] .pane-badge')).toHaveText(pick.file);
  const firstLine = text.split("\n")[0]!;
  await expect.poll(() => visibleSource(page)).toContain(firstLine);
});
