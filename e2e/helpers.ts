/** Shared steps for the studio's browser tests. */
import { expect, type Page } from "@playwright/test";

/** Console errors and uncaught page errors collected while a test runs. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

export const editor = (page: Page) => page.getByTestId("source-editor");

/** Replaces the whole design source (via the clipboard: exact text, no auto-indent). */
export async function setSource(page: Page, text: string): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("ControlOrMeta+V");
}

/** The visible editor text with Monaco's non-breaking spaces normalised. */
export async function visibleSource(page: Page): Promise<string> {
  return (await editor(page).locator(".view-lines").innerText()).replace(/\u00a0/g, " ");
}

/** The autosaved document's source. */
export async function autosavedSource(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const raw = localStorage.getItem("allo-studio:document");
    return raw ? (JSON.parse(raw) as { source: string }).source : undefined;
  });
}

/** Opens a gallery design by file name and waits until it compiled and its diagram is current. */
export async function openFromGallery(page: Page, file: string): Promise<void> {
  const manifest = (await (await page.request.get("/examples/index.json")).json()) as { file: string; name: string }[];
  const entry = manifest.find((e) => e.file === file)!;
  expect(entry).toBeTruthy();
  await page.goto("/");
  await page.getByRole("button", { name: "Gallery" }).click();
  await page.getByRole("menu", { name: "Gallery designs" }).getByRole("menuitem", { name: new RegExp(`^${entry.name}\\b`) }).click();
  await expect(page.locator('section[data-pane="editor"] .pane-badge')).toHaveText(file);
  await waitForCompiled(page);
  await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
}

export async function waitForCompiled(page: Page): Promise<void> {
  await expect(page.getByTestId("compile-state")).not.toHaveText(/compiling|not compiled/, { timeout: 20_000 });
}

/** A small design every compiler milestone should simulate: 4×4 int32 matrix multiply. */
export const SMALL_GEMM = `import allo
from allo.ir.types import int32

M, N, K = 4, 4, 4


def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    for i, j, k in allo.grid(M, N, K):
        C[i, j] += A[i, k] * B[k, j]
    return C
`;

/**
 * Waits until the source is on screen (the plain editor that shows while Monaco loads, or Monaco: both
 * in the same place) and returns a point inside it, found in the frame it shows in.
 */
export async function sourceClickPoint(page: Page): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid="plain-source-editor"], [data-testid="source-editor"] .view-lines')?.getBoundingClientRect();
    return r && r.height > 0 ? { x: r.x + Math.min(r.width / 2, 200), y: r.y + Math.min(r.height / 2, 200) } : null;
  }, undefined, { polling: "raf" });
  return (await handle.jsonValue())!;
}
