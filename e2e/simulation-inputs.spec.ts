/** The simulation pane after errors, and what a run is given: seed, uploaded inputs, step budget. */
import { test, expect, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { unzipSync, strFromU8 } from "fflate";
import { SMALL_GEMM, editor, setSource, waitForCompiled } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: { width: 1280, height: 800 } });

const sim = (page: Page) => page.locator('section[data-pane="simulation"]');

/** A little-endian int32 .npy file (format 1.0) of `shape` holding `values`. */
function int32Npy(shape: readonly number[], values: readonly number[]): Buffer {
  let header = `{'descr': '<i4', 'fortran_order': False, 'shape': (${shape.join(", ")}${shape.length === 1 ? "," : ""}), }`;
  const pad = 64 - ((10 + header.length + 1) % 64);
  header += " ".repeat(pad % 64) + "\n";
  const pre = Buffer.from([0x93, ...Buffer.from("NUMPY", "latin1"), 1, 0, header.length & 0xff, header.length >> 8]);
  const data = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => data.writeInt32LE(v, i * 4));
  return Buffer.concat([pre, Buffer.from(header, "latin1"), data]);
}

test("a run that stops at a typed compile error shows the error, not 'returned nothing'", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("for i in");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(sim(page).getByRole("list", { name: "Simulation errors" })).toBeVisible({ timeout: 30_000 });
  await expect(sim(page).getByTestId("sim-no-results")).toBeVisible();
  await expect(sim(page)).not.toContainText("returned nothing");
});

test("the step budget typed in the pane stops a runaway loop with its error shown", async ({ page }) => {
  await page.goto("/");
  await setSource(page, `import allo
from allo.ir.types import int32


def spin(A: int32[4]) -> int32:
    acc: int32 = 0
    for i in range(100000):
        for j in range(100000):
            acc = acc + (i ^ j)
    return acc
`);
  await waitForCompiled(page);
  await sim(page).getByRole("spinbutton", { name: "Step budget" }).click();
  await page.keyboard.type("1000");
  await sim(page).getByRole("button", { name: "Run", exact: true }).click();
  const errors = sim(page).getByRole("list", { name: "Simulation errors" });
  await expect(errors).toContainText("stopped after 1,000 loop iterations", { timeout: 30_000 });
  await expect(sim(page).getByTestId("sim-no-results")).toBeVisible();
  await expect(sim(page)).not.toContainText("returned nothing");
});

test("changing the seed marks the results stale until Run; the export's data uses that seed", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  await sim(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(sim(page).getByTestId("sim-inputs-summary")).toContainText("seed 0", { timeout: 30_000 });
  await expect(sim(page).getByTestId("sim-stale")).toHaveCount(0);

  const seed = sim(page).getByRole("spinbutton", { name: "Seed" });
  await seed.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("7");
  await expect(sim(page).getByTestId("sim-stale")).toContainText("seed");
  // The old result still says which seed it came from.
  await expect(sim(page).getByTestId("sim-inputs-summary")).toContainText("seed 0");
  await sim(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(sim(page).getByTestId("sim-inputs-summary")).toContainText("seed 7", { timeout: 30_000 });
  await expect(sim(page).getByTestId("sim-stale")).toHaveCount(0);

  await page.getByRole("button", { name: "Export ▾" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    page.getByRole("menuitem", { name: /Vitis HLS project/ }).click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const data = Object.entries(files).filter(([name]) => name.includes("/data/"));
  expect(data.length).toBeGreaterThan(0);
  for (const [, bytes] of data) expect(strFromU8(bytes)).toContain("seed 7");
});

test("an uploaded .npy input is used by the run; a wrong shape is an error on the parameter", async ({ page }) => {
  await page.goto("/");
  await setSource(page, SMALL_GEMM);
  await waitForCompiled(page);
  const ones = Array.from({ length: 16 }, () => 1);
  const identity = Array.from({ length: 16 }, (_, i) => (i % 5 === 0 ? 1 : 0));
  await sim(page).getByLabel("Upload A.npy").setInputFiles({ name: "ones.npy", mimeType: "application/octet-stream", buffer: int32Npy([4, 4], ones) });
  await sim(page).getByLabel("Upload B.npy").setInputFiles({ name: "eye.npy", mimeType: "application/octet-stream", buffer: int32Npy([4, 4], identity) });
  await expect(sim(page).getByTestId("input-A")).toContainText("ones.npy");
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Enter");
  const ret = sim(page).getByTestId("tensor").filter({ hasText: "return" }).first();
  await expect(ret).toBeVisible({ timeout: 30_000 });
  await ret.getByRole("button", { name: "Table" }).click();
  // ones × identity = ones.
  await expect(ret.locator("table td")).toHaveText(ones.map(String));
  await expect(sim(page).getByTestId("sim-inputs-summary")).toContainText("A, B uploaded");

  await sim(page).getByLabel("Upload B.npy").setInputFiles({ name: "short.npy", mimeType: "application/octet-stream", buffer: int32Npy([4], [1, 2, 3, 4]) });
  await sim(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(sim(page).getByRole("list", { name: "Simulation errors" })).toContainText("expects shape", { timeout: 30_000 });
  await sim(page).getByRole("button", { name: "Remove the upload for B" }).click();
  await expect(sim(page).getByTestId("input-B")).toContainText("random");
});
