/** Typing as a person does: real key presses, line by line (no clipboard). */
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { editor, setSource, waitForCompiled } from "./helpers";

/** Empties the design editor with the keyboard (select all, delete). */
export async function clearEditor(page: Page): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
}

/**
 * Types `text` into the focused editor key by key. Monaco indents a new line by itself, so after each
 * Enter the indentation it chose is selected (Shift+Home) and the line's own typed over it; the
 * indentation left on an empty line is replaced by the next Enter. The result is exactly `text`.
 * Brackets and quotes are typed in full; Monaco's auto-closed partner is typed over, as a person's is.
 */
export async function typeLines(page: Page, text: string): Promise<void> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      await page.keyboard.press("Enter");
      await page.keyboard.press("Shift+Home");
    }
    if (lines[i]) await page.keyboard.type(lines[i]!);
  }
}

/** The editor's model text (what the studio compiles), read from the autosave it writes on every edit. */
export async function documentSource(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const raw = localStorage.getItem("allo-studio:document");
    return raw ? (JSON.parse(raw) as { source: string }).source : undefined;
  });
}

/** A gallery design's code as a person would type it: the file without its leading comment block. */
export function galleryCode(file: string): string {
  const text = readFileSync(new URL(`../public/examples/${file}`, import.meta.url), "utf8");
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i]!.startsWith("#") || lines[i]!.trim() === "")) i++;
  return lines.slice(i).join("\n").trimEnd();
}

/**
 * Opens the studio, empties the editor and types `text` line by line with real key presses, then waits
 * until the typed design compiled and the diagram shows it. With `typeFrom`, the text before its first
 * occurrence (e.g. the kernel) is pasted and only the rest (e.g. the schedule that triggers a defect) is typed.
 */
export async function typeDesign(page: Page, text: string, opts: { typeFrom?: string } = {}): Promise<void> {
  await page.goto("/");
  // The diagram is on screen (its key handlers are live) before the first key press.
  await expect(page.getByTestId("arch-diagram")).toBeVisible({ timeout: 30_000 });
  const at = opts.typeFrom === undefined ? 0 : text.indexOf(opts.typeFrom);
  expect(at, `"${opts.typeFrom}" in the design`).toBeGreaterThanOrEqual(0);
  if (at > 0) {
    // The pasted part ends with a newline: the cursor is at the start of an empty line.
    expect(text[at - 1]).toBe("\n");
    await setSource(page, text.slice(0, at));
    await expect.poll(() => documentSource(page), { timeout: 10_000 }).toBe(text.slice(0, at));
  } else await clearEditor(page);
  await typeLines(page, text.slice(at));
  await expect.poll(() => documentSource(page), { timeout: 20_000 }).toBe(text);
  await waitForCompiled(page);
  await expect(page.getByTestId("compile-state")).toHaveText(/^ok/);
  await expect(page.getByTestId("diagram-stale")).toHaveCount(0, { timeout: 30_000 });
}
