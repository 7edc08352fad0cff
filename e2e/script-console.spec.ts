import { test, expect } from "@playwright/test";
import { setSource, waitForCompiled, collectErrors } from "./helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const SCRIPT = `import allo
from allo.ir.types import int32
import numpy as np

def add1(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        B[i] = A[i] + 1
    return B

s = allo.customize(add1)
mod = s.build()
a = np.arange(4).astype(np.int32)
print("out", mod(a))
np.testing.assert_array_equal(mod(a), a + 2)
`;

test("Run script runs the file as Python: prints and the failed assert's traceback, linked to their lines", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await setSource(page, SCRIPT);
  await waitForCompiled(page);
  await page.getByTestId("run-script").click();
  const consolePane = page.getByTestId("script-console");
  await expect(consolePane).toContainText("out [1 2 3 4]", { timeout: 60_000 });
  await expect(consolePane).toContainText("AssertionError");
  await expect(consolePane).toContainText("Mismatched elements: 4 / 4 (100%)");
  await expect(consolePane.getByRole("button", { name: "line 15" })).toBeVisible();
  await consolePane.getByRole("button", { name: "line 15" }).click();

  await setSource(page, "def test_ok():\n    assert 1 + 1 == 2\n\ndef test_bad():\n    assert 1 + 1 == 3\n");
  await page.getByTestId("run-script").click();
  await expect(consolePane).toContainText("1 passed, 1 failed, 0 skipped", { timeout: 60_000 });
  await expect(consolePane.locator(".test-failed")).toContainText("test_bad");
  expect(errors).toEqual([]);
});
