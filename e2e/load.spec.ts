import { test, expect } from "@playwright/test";

test("the studio page loads without console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Allo Studio" })).toBeVisible();
  expect(errors).toEqual([]);
});
