/**
 * The script console's own state (a small zustand store beside the studio's): the last script or test
 * run, whether one is running, and the worker client that runs scripts (started on first use, so a
 * long script never delays the compile worker).
 */
import { create } from "zustand";
import { createCompilerClient, type CompilerClient } from "../compilerClient";
import type { ScriptRun } from "../../worker/protocol";

export interface ConsoleState {
  readonly status: "idle" | "running" | "done" | "error";
  readonly run?: ScriptRun;
  readonly error?: string;
  readonly source?: string;
}

export const useConsole = create<ConsoleState>(() => ({ status: "idle" }));

let client: CompilerClient | undefined;
let current: number | undefined;

function scriptClient(): CompilerClient {
  return (client ??= createCompilerClient({
    createWorker: () => new Worker(new URL("../../worker/compiler.worker.ts", import.meta.url), { type: "module", name: "allo-script" }),
  }));
}

/** A file with `def test_...` functions runs as pytest would; any other file as python would. */
export function hasTests(source: string): boolean {
  return /^def test\w*\s*\(/m.test(source);
}

export async function runScriptInConsole(source: string): Promise<void> {
  const c = scriptClient();
  if (current !== undefined) c.abort(current);
  const job = c.runScript!(source, hasTests(source));
  current = job.id;
  useConsole.setState({ status: "running", source });
  const outcome = await job.done;
  if (current !== job.id) return;
  current = undefined;
  if (outcome.kind === "ok") useConsole.setState({ status: "done", run: outcome.value, error: undefined });
  else useConsole.setState({ status: "error", error: outcome.kind === "timeout" ? `the script ran longer than ${Math.round(outcome.budgetMs / 1000)} s and was stopped` : outcome.kind === "failed" || outcome.kind === "crashed" ? outcome.message : "the run was cancelled" });
}

export function cancelScript(): void {
  if (current !== undefined) client?.abort(current);
}
