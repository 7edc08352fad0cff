/** The studio's UI benchmark (npm run bench:ui): its own Playwright config against a production build. */
import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Another port (ALLO_BENCH_PORT) lets two checkouts benchmark on one machine without sharing a server or build. */
const port = Number(process.env.ALLO_BENCH_PORT ?? 4174);

/** Built outside the repository's dist/, so a benchmark run never swaps the files under the e2e preview server. */
const OUT = join(tmpdir(), `allo-studio-bench-ui-${port}`);

function chromiumPath(): string | undefined {
  try {
    const p = execSync("command -v chromium", { encoding: "utf8" }).trim();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: ".",
  testMatch: "studio.bench.ts",
  timeout: 600_000,
  retries: 0,
  workers: 1,
  outputDir: "../../test-results/bench-ui",
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    permissions: ["clipboard-read", "clipboard-write"],
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${OUT} --emptyOutDir && node scripts/serve.mjs --dir ${OUT} --port ${port} --host 127.0.0.1`,
    cwd: "../..",
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
