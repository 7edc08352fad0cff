// The CLI's host process: it runs the command in a child process with a heap limit, so that even an
// input no limit caught ends as exit 1 with a message instead of a V8 abort (an out-of-memory abort
// cannot be caught inside the process that hits it, and worker threads share the process it aborts).
// Plain JavaScript that loads none of the compiler: only the child transpiles and loads it (loading it
// here too cost about a second of CPU per command).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Heap of the compute process unless --max-memory says otherwise (MB). */
const DEFAULT_MEMORY_MB = 4096;

export async function host(argv) {
  const memIdx = argv.findIndex((a) => a === "--max-memory" || a.startsWith("--max-memory="));
  const memRaw = memIdx < 0 ? undefined : argv[memIdx].includes("=") ? argv[memIdx].split("=")[1] : argv[memIdx + 1];
  const memoryMb = memRaw === undefined ? DEFAULT_MEMORY_MB : Number(memRaw);
  if (!(Number.isSafeInteger(memoryMb) && memoryMb >= 64)) {
    console.error(`allo-studio: --max-memory takes a heap size in MB (at least 64), got '${memRaw}'`);
    return 1;
  }
  const bin = fileURLToPath(new URL("./allo-studio.mjs", import.meta.url));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${memoryMb}`, "--stack-size=4000", bin, ...argv], {
      stdio: ["inherit", "inherit", "pipe"], env: { ...process.env, ALLO_CLI_INLINE: "1" },
    });
    // Diagnostics pass through; V8's out-of-memory report (GC log, native stack) is replaced by one line.
    let v8Report = false;
    child.stderr.on("data", (chunk) => {
      const text = chunk.toString("utf8");
      const at = v8Report ? 0 : text.search(/<--- Last few GCs --->|FATAL ERROR:/);
      if (at >= 0) v8Report = true;
      process.stderr.write(at >= 0 ? text.slice(0, at) : text);
    });
    child.on("error", (e) => {
      console.error(`allo-studio: internal error, please report: cannot start the compute process: ${e.message}`);
      resolve(2);
    });
    child.on("close", (code, signal) => {
      if (code !== null && code <= 2) return resolve(code);
      // V8 aborts (SIGABRT, exit 134) when the heap limit is hit; other deaths are crashes.
      console.error(signal === "SIGABRT" || code === 134
        ? `allo-studio: the command ran out of memory (${memoryMb} MB): the input is too large for this limit; raise it with --max-memory MB or lower the design's sizes`
        : `allo-studio: internal error, please report: the compute process ended with ${signal ?? `exit code ${code}`}`);
      resolve(signal === "SIGABRT" || code === 134 ? 1 : 2);
    });
  });
}
