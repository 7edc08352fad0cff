/**
 * The output pane beside the source: typing a schedule line with real key presses updates the HLS C++
 * (the export's kernel.cpp, pragmas included), and the cursor on either side highlights the lines it is
 * linked to on the other, in both themes at 1280×800.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectErrors, editor, setSource, waitForCompiled } from "./helpers";

const DESIGN = `import allo
from allo.ir.types import int32


def gemm(A: int32[8, 8], B: int32[8, 8]) -> int32[8, 8]:
    C: int32[8, 8] = 0
    for i, j in allo.grid(8, 8):
        for k in range(8):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
`;
const FOR_K_LINE = 8;
const SCHEDULE_LINE = 14;

/** Text of the rendered lines of a Monaco host carrying the linked-line highlight. */
async function linkedTexts(host: Locator): Promise<string[]> {
  return host.evaluate((el) => {
    const tops = new Set([...el.querySelectorAll<HTMLElement>(".view-overlays .line-linked")].map((d) => d.parentElement!.style.top));
    return [...el.querySelectorAll<HTMLElement>(".view-lines .view-line")].filter((l) => tops.has(l.style.top)).map((l) => l.innerText.replace(/\u00a0/g, " ").trim());
  });
}

async function openDesign(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: theme });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
  await setSource(page, DESIGN);
  await waitForCompiled(page);
}

for (const theme of ["light", "dark"] as const) {
  test(`HLS C++ follows typed schedule lines and links lines both ways (${theme})`, async ({ page }) => {
    const errors = collectErrors(page);
    await openDesign(page, theme);
    await page.getByRole("tab", { name: "HLS C++" }).click();
    const hls = page.getByTestId("hls-text");
    // Monaco renders only the lines in view: the checks below read the lines the links scroll to.
    await expect(hls).toContainText("Automatically generated", { timeout: 20_000 });

    // Type the schedule line key by key at the end of the file.
    await editor(page).locator(".view-lines").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type('s.pipeline("j")');
    await waitForCompiled(page);
    // Source → output: the cursor sits on the pipeline call; its pragma is highlighted (and scrolled to).
    await expect(hls.locator(".monaco-editor")).toHaveAttribute("data-linked-lines", /^\d+$/, { timeout: 20_000 });
    await expect.poll(() => linkedTexts(hls)).toEqual(["#pragma HLS pipeline II=1"]);
    await expect.poll(() => linkedTexts(editor(page))).toEqual(['s.pipeline("j")']);

    // Output → source: a click on the C++ loop over k highlights the source for over k.
    await hls.locator(".view-line", { hasText: "for (int k = 0" }).click();
    await expect(editor(page).locator(".monaco-editor")).toHaveAttribute("data-linked-lines", String(FOR_K_LINE));
    await expect.poll(() => linkedTexts(editor(page))).toEqual(["for k in range(8):"]);
    await expect.poll(async () => (await linkedTexts(hls)).some((t) => t.includes("for (int k = 0"))).toBe(true);

    // The pragma links to both the loop it is in and the schedule call that asked for it.
    await hls.locator(".view-line", { hasText: "#pragma HLS pipeline" }).click();
    await expect(editor(page).locator(".monaco-editor")).toHaveAttribute("data-linked-lines", `7,${SCHEDULE_LINE}`);

    // Colour bands: the source loop and its C++ loop share a band colour.
    const band = (host: Locator, text: string) => host.evaluate((el, t) => {
      const line = [...el.querySelectorAll<HTMLElement>(".view-lines .view-line")].find((l) => l.innerText.replace(/\u00a0/g, " ").includes(t));
      const over = [...el.querySelectorAll<HTMLElement>(".view-overlays > div")].find((d) => d.style.top === line?.style.top);
      return [...(over?.querySelectorAll("[class*='line-band-']") ?? [])].map((d) => /line-band-\d/.exec(d.className)?.[0]).join(",");
    }, text);
    const srcBand = await band(editor(page), "for k in range(8):");
    expect(srcBand).toMatch(/^line-band-\d$/);
    expect(await band(hls, "for (int k = 0")).toBe(srcBand);

    // For the README: give the output more of the width (the splitter moves from the keyboard too).
    const splitter = page.getByRole("separator", { name: "Resize diagram against IR" });
    await splitter.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowLeft");
    await splitter.blur();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/screens/output-pane-${theme}.png` });
    expect(errors).toEqual([]);
  });
}

test("the output tabs are reachable and switch with the arrow keys", async ({ page }) => {
  await openDesign(page, "light");
  const mlirTab = page.getByRole("tab", { name: "MLIR" });
  await mlirTab.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "HLS C++" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "HLS C++" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("hls-text")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(mlirTab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("ir-text")).toContainText("func.func");
});

test("while the source has errors the outputs of the last design that compiled stay, dimmed and unlinked", async ({ page }) => {
  await openDesign(page, "light");
  await page.getByRole("tab", { name: "HLS C++" }).click();
  const hls = page.getByTestId("hls-text");
  await expect(hls).toContainText("Automatically generated", { timeout: 20_000 });
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("s.pipeline(");
  await waitForCompiled(page);
  await expect(page.getByTestId("ir-last-good")).toBeVisible({ timeout: 20_000 });
  await expect(hls).toHaveClass(/is-stale/);
  await expect(hls).toContainText("Automatically generated");
  await expect(hls.locator(".view-overlays .line-linked")).toHaveCount(0);
  await expect(hls.locator(".view-overlays [class*='line-band-']")).toHaveCount(0);
});
