/** Every diagram label is readable in both themes (WCAG contrast of text against what is behind it). */
import { test, expect, type Page } from "@playwright/test";
import { openFromGallery } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 } });

/** The lowest contrast ratio of the visible text in diagram nodes against the colour painted behind it. */
async function lowestContrast(page: Page): Promise<{ ratio: number; text: string }> {
  return page.evaluate(() => {
    const rgb = (c: string): [number, number, number, number] => {
      const m = c.match(/[\d.]+/g)!.map(Number);
      return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    /** The opaque colour behind an element: its backgrounds blended up to the first opaque one. */
    const behind = (el: Element | null): number[] => {
      const layers: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let out = [255, 255, 255];
      for (const c of layers.reverse()) out = out.map((v, i) => v * (1 - c[3]!) + c[i]! * c[3]!);
      return out;
    };
    let worst = { ratio: 99, text: "" };
    for (const el of document.querySelectorAll<HTMLElement>(".arch-node .arch-label, .arch-node .arch-kind, .arch-node .arch-meta, .arch-pegrid-title")) {
      if (!el.textContent?.trim() || el.getBoundingClientRect().width === 0) continue;
      const style = getComputedStyle(el);
      const fg = rgb(style.color);
      const op = Number(style.opacity) * Number(getComputedStyle(el.parentElement!).opacity);
      const bg = behind(el.parentElement);
      const seen = bg.map((v, i) => v * (1 - op * fg[3]!) + fg[i]! * op * fg[3]!);
      const [a, b] = [lum(seen), lum(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      if (ratio < worst.ratio) worst = { ratio, text: el.textContent.trim() };
    }
    return worst;
  });
}

for (const theme of ["light", "dark"] as const) {
  test(`diagram labels are readable in the ${theme} theme (open kernels' titles too)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openFromGallery(page, "gemm.py");
    await expect(page.getByTestId("arch-diagram").locator(".arch-kernel.is-expanded")).toBeVisible({ timeout: 30_000 });
    const worst = await lowestContrast(page);
    expect(worst.ratio, `"${worst.text}"`).toBeGreaterThanOrEqual(3);
  });
}
