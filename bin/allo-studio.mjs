#!/usr/bin/env node
// Entry point of `npx allo-studio`: runs the TypeScript CLI through tsx's loader.
import { register } from "tsx/esm/api";
register();
const { main, mainIsolated } = await import("../src/cli/main.ts");
// The command itself runs in a child process with a heap limit (main.ts); ALLO_CLI_INLINE=1 marks that child.
process.exitCode = await (process.env.ALLO_CLI_INLINE === "1" ? main : mainIsolated)(process.argv.slice(2));
