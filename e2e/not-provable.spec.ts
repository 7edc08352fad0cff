/**
 * The "not provable here" badge: a step whose kernel the equivalence checker cannot interpret statically
 * (a while loop on input data, an index read from an input) keeps its simulation check, is marked
 * "tested only" (✓, a distinct look from ∎ proved), and says why, with the source line, on hover. Checked
 * at 1280×800 in both themes: the badge is on screen, readable, and its reason is what a hover shows.
 */
import { test, expect, type Locator, type Page } from "@playwright/test";
import { editor, setSource, waitForCompiled } from "./helpers";

test.use({ viewport: { width: 1280, height: 800 }, permissions: ["clipboard-read", "clipboard-write"] });

const CASES = [
  {
    name: "a data-dependent while loop",
    source: `import allo
from allo.ir.types import int32


def count(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        x: int32 = A[i] & 15
        while x > 0:
            x = x - 1
            B[i] += 1
    return B
`,
    schedule: ["s = allo.customize(count)", 's.pipeline("i")'],
    reason: /a while loop whose condition depends on input data \(line 9\)/,
  },
  {
    name: "an index read from an input",
    source: `import allo
from allo.ir.types import int32


def gather(A: int32[8], idx: int32[8]) -> int32[8]:
    B: int32[8] = 0
    for i in range(8):
        B[i] = A[idx[i] & 7]
    return B
`,
    schedule: ["s = allo.customize(gather)", 's.pipeline("i")'],
    reason: /an index of 'A' computed from input data \(line 8\)/,
  },
] as const;

/** Types lines at the end of the source with real key presses (Escape closes suggestions before Enter). */
async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  for (const l of lines) {
    await page.keyboard.press("Enter");
    await page.keyboard.press("Home");
    await page.keyboard.type(l);
    await page.keyboard.press("Escape");
  }
}

/** WCAG contrast of the badge's text colour against the opaque colour painted behind it. */
async function contrast(badge: Locator): Promise<number> {
  return badge.evaluate((el) => {
    const rgb = (c: string): number[] => { const m = c.match(/[\d.]+/g)!.map(Number); return [m[0]!, m[1]!, m[2]!, m[3] ?? 1]; };
    const lum = (c: number[]) => {
      const f = (v: number) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(c[0]!) + 0.7152 * f(c[1]!) + 0.0722 * f(c[2]!);
    };
    const layers: number[][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c[3]! > 0) layers.push(c);
      if (c[3]! >= 1) break;
    }
    let bg = [255, 255, 255];
    for (const c of layers.reverse()) bg = bg.map((v, i) => v * (1 - c[3]!) + c[i]! * c[3]!);
    const fg = rgb(getComputedStyle(el).color);
    const seen = bg.map((v, i) => v * (1 - fg[3]!) + fg[i]! * fg[3]!);
    const [a, b] = [lum(seen), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
}

for (const theme of ["light", "dark"] as const) {
  for (const c of CASES) {
    test(`${c.name}: the step is tested only, not proved, and says why on hover (${theme} theme, 1280×800)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await setSource(page, c.source);
      await waitForCompiled(page);
      await typeLines(page, ["", ...c.schedule]);
      const badge = page.getByTestId("step-check-1");
      // The simulation check passes first (✓ preserved); the checker's verdict turns it into "tested only".
      await expect(badge).toHaveClass(/check-tested/, { timeout: 60_000 });
      await expect(badge).toHaveText("✓");
      await expect(badge).not.toHaveClass(/check-proved/);
      await expect(badge).toHaveAttribute("title", /^Tested only: same results on seeded inputs; not proved: the kernel as written: /);
      await expect(badge).toHaveAttribute("title", c.reason);
      // Screen readers get the same reason as the hover.
      await expect(badge).toHaveAttribute("aria-label", c.reason);
      // On screen at this size, and readable in this theme.
      await badge.scrollIntoViewIfNeeded();
      const box = (await badge.boundingBox())!;
      expect(box.width).toBeGreaterThan(4);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      expect(await contrast(badge)).toBeGreaterThanOrEqual(3);
      // Hovering is how the reason is read: the element under the pointer is the badge that carries it.
      await badge.hover();
      const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute("data-testid"), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      expect(under).toBe("step-check-1");
      await page.screenshot({ path: `test-results/screens/not-provable-${c.schedule[0]!.match(/customize\((\w+)\)/)![1]}-${theme}.png` });
    });
  }
}
