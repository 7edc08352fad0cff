import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

/** Debian's chromium when present (CI and our machines); Playwright's own browser elsewhere. */
function chromiumPath(): string | undefined {
  try {
    const p = execSync("command -v chromium", { encoding: "utf8" }).trim();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Another port lets two checkouts run their browser tests side by side. */
const port = Number(process.env.ALLO_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  retries: 0,
  workers: 1,
  outputDir: "test-results/e2e",
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npx vite build && node scripts/serve.mjs --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
