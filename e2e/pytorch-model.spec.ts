/** A PyTorch model typed into the studio: from_pytorch's design shows one NN library kernel per operator instance. */
import { test, expect } from "@playwright/test";
import { collectErrors, setSource, waitForCompiled } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 }, permissions: ["clipboard-read", "clipboard-write"] });

const MODEL = `import torch
import torch.nn as nn
import allo


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(32, 8)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


model = MLP().eval()
mod = allo.frontend.from_pytorch(model, example_inputs=[torch.rand(4, 16)])
`;

test("an nn.Module handed to allo.frontend.from_pytorch compiles to operator kernels in the diagram", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await setSource(page, MODEL);
  await waitForCompiled(page);
  const diagram = page.getByTestId("arch-diagram");
  for (const k of ["linear2d_0", "gelu2d_1", "linear2d_2", "forward"]) {
    await expect(diagram.locator(`[data-node-id="kernel:${k}"]`)).toBeVisible({ timeout: 30_000 });
  }
  await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath("pytorch-model-light.png") });
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.screenshot({ path: test.info().outputPath("pytorch-model-dark.png") });
  expect(errors).toEqual([]);
});
