/** Importing an ONNX model in the studio: the top bar's button and dropping the file on the page. */
import { test, expect, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { collectErrors, visibleSource, waitForCompiled } from "./helpers";

const MLP = new URL("../test/fixtures/onnx/mlp.onnx", import.meta.url).pathname;
const CNN = new URL("../test/fixtures/onnx/cnn.onnx", import.meta.url).pathname;
const diagram = (page: Page) => page.getByTestId("arch-diagram");

test("Import ONNX… turns a torch MLP into a design of NN library calls that compiles and draws its kernels", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await page.getByLabel("Import ONNX model").setInputFiles(MLP);
  await expect(page.getByText("Imported mlp.onnx")).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => visibleSource(page)).toContain("from allo.library import nn");
  const src = await visibleSource(page);
  expect(src).toContain("def top(x: float32[2, 8]) -> float32[2, 4]:");
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).not.toHaveText(/error/);
  // linear2d, relu2d and linear2d_1 are kernels of the diagram
  await expect(diagram(page)).toContainText("linear2d", { timeout: 20_000 });
  await expect(diagram(page)).toContainText("relu2d");
  expect(errors).toEqual([]);
});

test("dropping an .onnx file on the studio imports it", async ({ page }) => {
  await page.goto("/");
  await waitForCompiled(page);
  const bytes = [...(await readFile(CNN))];
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], "cnn.onnx"));
    const target = document.querySelector("section[data-pane='diagram']") ?? document.body;
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.getByText("Imported cnn.onnx")).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => visibleSource(page)).toContain("nn.conv2d[float32, 1, 1, 4, 8, 8, 3, 3, 8, 8, 1, 1, 1, 1]");
  await waitForCompiled(page);
  await expect(diagram(page)).toContainText("conv2d", { timeout: 20_000 });
});

test("a file that is not an ONNX model is refused with the importer's message, the source kept", async ({ page }) => {
  await page.goto("/");
  await waitForCompiled(page);
  const before = await visibleSource(page);
  await page.getByLabel("Import ONNX model").setInputFiles({ name: "notes.onnx", mimeType: "application/octet-stream", buffer: Buffer.from("hello") });
  await expect(page.getByText(/Could not import notes\.onnx: (not an ONNX model|the file holds no ONNX graph)/)).toBeVisible({ timeout: 20_000 });
  expect(await visibleSource(page)).toBe(before);
});
