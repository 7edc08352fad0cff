#!/usr/bin/env node
// Runs every suite (typecheck, unit/golden tests, browser tests) and prints one closing line
// `N passed, M failed` summing them all, which is what CI reads.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";

mkdirSync("reports", { recursive: true });
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
let passed = 0;
let failed = 0;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  return r.status ?? 1;
}

// 1. Typecheck counts as one test: the whole tree must typecheck.
if (run("npx", ["tsc", "--noEmit", "-p", "."]) === 0) passed++;
else { failed++; console.error("typecheck failed"); }

// 2. Unit, golden and CLI tests (vitest).
const unitStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=reports/unit.json"]);
if (existsSync("reports/unit.json")) {
  const r = JSON.parse(readFileSync("reports/unit.json", "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  if (unitStatus !== 0 && r.numFailedTests === 0) failed++;
} else failed++;

// 3. Browser tests (Playwright against the built app in Debian chromium).
const e2eStatus = run("npx", ["playwright", "test"]);
if (existsSync("reports/e2e.json")) {
  const r = JSON.parse(readFileSync("reports/e2e.json", "utf8"));
  passed += r.stats.expected + (r.stats.flaky ?? 0);
  failed += r.stats.unexpected;
  if (e2eStatus !== 0 && r.stats.unexpected === 0) failed++;
} else failed++;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
