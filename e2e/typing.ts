/** Typing as a person does: real key presses, line by line (no clipboard). */
import type { Page } from "@playwright/test";
import { editor } from "./helpers";

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
