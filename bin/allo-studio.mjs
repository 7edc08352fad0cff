#!/usr/bin/env node
// Entry point of `npx allo-studio`: the host (cli-host.mjs, plain JavaScript) starts the compute process,
// which runs the TypeScript CLI through tsx's loader.
if (process.env.ALLO_CLI_INLINE === "1") {
  const { register } = await import("tsx/esm/api");
  register();
  const { mainInline } = await import("../src/cli/main.ts");
  process.exitCode = await mainInline(process.argv.slice(2));
} else {
  const { host } = await import("./cli-host.mjs");
  process.exitCode = await host(process.argv.slice(2));
}
