/**
 * The Node host of the compiler API (DESIGN §3): `allo-studio check|ir|run|export|report|arch|verify`.
 * Exit codes: 0 success, 1 user error (diagnostics, bad flags, bad files), 2 internal error.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join } from "node:path";
import { aieMappingView, architecture, checkSteps, compile, estimate, exportProject, simulate } from "../core/api";
import { formatAieCycles } from "../core/backend/aie/cycles";
import { formatEstimate } from "../core/analysis/format";
import { LineMap } from "../core/diagnostics";
import type { Tensor } from "../core/api-types";
import type { Diagnostic } from "../core/diagnostics";
import { formatDiagnostic } from "../core/diagnostics";
import { formatShape, MAX_NPY_HEADER, npyToTensor, readNpy, writeNpy } from "../core/sim/npy";
import { DYN, typeToString } from "../core/types/types";
import type { ValueType } from "../core/types/types";
import { BACKENDS } from "../core/backend/index";
import { formatReport, parseCsynthXml } from "../core/backend/report";
import { terminalText } from "../core/backend/escape";
import { parseScalarArg } from "./scalar-arg";
import type { Limits } from "../core/limits";
import { scriptCommand, testCommand } from "./script";
import { verifyCommand } from "./verify";
import { importOnnx } from "../core/frontend/models/onnx/import";

const USAGE = `usage: allo-studio <command> FILE [options]

commands:
  check  FILE [--json] [--steps] [--seed N] [--schedule NAME]
                                                         report diagnostics (--steps: simulate each schedule step
                                                         against the kernel as written)
  ir     FILE [--steps] [--schedule NAME]                print the design's MLIR
  run    FILE [--in ARG=PATH.npy|ARG=VALUE]... [--out DIR] [--seed N] [--schedule NAME]
                                                         simulate the top function; --out DIR: its arrays as .npy (a from_pytorch model's weights in DIR/weights/)
  export FILE --target vhls|vitis_hls|aie|mlir [-o OUT.zip] [--device u280|npu1|npu2|…] [--aie-syntax current|v1] [--schedule NAME]
         [--in ARG=PATH.npy|ARG=VALUE]...                the testbench's inputs (default: the design script's first call, else seeded)
  report FILE [--json] [--device u280|u250|u200|u55c] [--schedule NAME] [--import CSYNTH.xml]
                                                         estimated latency, II and resources (or a Vitis HLS report)
  report FILE --target aie [--device npu1|npu2|…] [--json]  AI Engine cycles per core and FIFO, the bottleneck
  arch   FILE [--json] [--step N]
  script FILE [--seed N]                                 run the file as Python would (numpy testbench, asserts)
  test   FILE [-k EXPR]                                  run its test_* functions as pytest would
  import MODEL.onnx -o DIR                              write DIR/design.py (NN library calls) and its weights (.npy)
  verify FILE [--step N] [--against NAME] [--schedule NAME] [--json] [--time-ms N]
                                                         prove each schedule step equivalent to the kernel as written
                                                         (exit 1 when one differs)

limits (every command; see RELIABILITY.md):
  --max-array-elements N   elements of one array (default 16,777,216)
  --max-total-elements N   elements of all arrays together (default 67,108,864)
  --max-fifo-depth N       depth of one FIFO (default 1,048,576)
  --max-total-fifo N       elements all FIFOs hold together (default 67,108,864)
  --max-grid-statements N  statements the PE grids expand to, one copy per PE (default 262,144)
  --max-script-string N    characters of one string the design's Python code builds (default 1,048,576)
  --max-script-list N      items of one list or tuple it builds (default 1,048,576)
  --max-script-items N     list items and string characters it builds in all (default 16,777,216)
  --max-script-int-bits N  bits of one integer it computes (default 65,536)
  --max-script-steps N     statements and loop iterations it runs (default 1,000,000)
  --max-script-numpy N     element operations of its numpy calls in all (default 2,147,483,648)
  --max-memory MB          heap of the compiler thread (default 4096)
  --step-budget N          loop iterations, calls and seeded input values a simulation may take
                           (run, script, test and export's golden data: default 2,000,000,000;
                           a script's or test file's calls of built modules share it;
                           check --steps, all runs together, and verify's confirming runs: 100,000,000;
                           --budget N is the older name, for run and export)`;

/** A user error; its message is shown escaped for the terminal unless it is our own text (`trusted`). */
class CliError extends Error {
  constructor(message: string, readonly trusted = false) {
    super(message);
  }
}
class HelpRequested extends Error {}

interface Parsed {
  readonly command: string;
  readonly file: string;
  readonly flags: Map<string, string[]>;
}

/** Flags each command accepts; `true` = takes a value. */
const FLAGS: Record<string, Record<string, boolean>> = {
  check: { json: false, steps: false, seed: true, schedule: true, "step-budget": true },
  ir: { steps: false, schedule: true },
  run: { in: true, out: true, seed: true, schedule: true, budget: true, "step-budget": true },
  export: { target: true, o: true, schedule: true, device: true, budget: true, "step-budget": true, "aie-syntax": true, in: true },
  report: { json: false, device: true, import: true, schedule: true, target: true },
  arch: { json: false, step: true },
  script: { seed: true, "step-budget": true },
  test: { k: true, seed: true, "step-budget": true },
  verify: { json: false, step: true, against: true, schedule: true, "time-ms": true, "step-budget": true },
  import: { o: true },
};

/** Flags of every command: resource limits (RELIABILITY.md). */
const LIMIT_FLAGS: Readonly<Record<string, keyof Limits | "memory">> = {
  "max-array-elements": "arrayElements", "max-total-elements": "totalElements", "max-fifo-depth": "fifoDepth", "max-total-fifo": "totalFifoElements", "max-grid-statements": "gridStatements", "max-memory": "memory",
  "max-script-string": "scriptString", "max-script-list": "scriptList", "max-script-items": "scriptItems",
  "max-script-int-bits": "scriptIntBits", "max-script-steps": "scriptSteps", "max-script-numpy": "scriptNumpyWork",
};

function parseArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  if (!command) throw new CliError(USAGE, true);
  if (command === "--help" || command === "-h" || command === "help") throw new HelpRequested();
  const known = FLAGS[command] ? { ...FLAGS[command], ...Object.fromEntries(Object.keys(LIMIT_FLAGS).map((k) => [k, true])) } : undefined;
  if (!known) throw new CliError(`allo-studio: unknown command '${command}' (try: check, ir, run, export, report, arch, script, test, verify, import)`);
  const flags = new Map<string, string[]>();
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a.startsWith("-")) {
      const [rawName, inline] = a.replace(/^--?/, "").split(/=(.*)/s, 2) as [string, string | undefined];
      if (!Object.hasOwn(known, rawName)) throw new CliError(`allo-studio ${command}: unknown flag '${a.split("=")[0]}'`);
      let value = "";
      if (known[rawName]) {
        value = inline ?? rest[++i] ?? "";
        if (value === "") throw new CliError(`allo-studio ${command}: flag '--${rawName}' needs a value`);
      }
      flags.set(rawName, [...(flags.get(rawName) ?? []), value]);
    } else if (file === undefined) file = a;
    else throw new CliError(`allo-studio ${command}: unexpected argument '${a}'`);
  }
  if (!file) throw new CliError(`allo-studio ${command}: missing FILE\n${USAGE}`, true);
  return { command, file, flags };
}

/** Design files and reports are text of modest size: larger files (or devices, FIFOs) are refused. */
const MAX_TEXT_FILE = 64 << 20;
/** The most values an --in .npy for a dynamic-shaped argument (float32[...]) may hold. */
const DYNAMIC_INPUT_ELEMENTS = 1 << 26;

function readSource(file: string): string {
  if (!existsSync(file)) throw new CliError(`allo-studio: cannot read '${file}': no such file`);
  const st = statSync(file);
  if (!st.isFile()) throw new CliError(`allo-studio: '${file}' is not a regular file`);
  if (st.size > MAX_TEXT_FILE) throw new CliError(`allo-studio: '${file}' is ${st.size.toLocaleString("en-US")} bytes; text inputs are limited to ${MAX_TEXT_FILE.toLocaleString("en-US")} bytes`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`allo-studio: cannot read '${file}': ${(e as Error).message}`);
  }
}

function printDiagnostics(file: string, ds: readonly Diagnostic[]): boolean {
  for (const d of ds) console.error(formatDiagnostic(file, d));
  return ds.some((d) => d.severity === "error");
}

/** Runs the command in this process (tests; the compute process bin/cli-host.mjs starts). */
export async function mainInline(argv: string[]): Promise<number> {
  // `allo-studio ir ... | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); });
  try {
    return run(parseArgs(argv));
  } catch (e) {
    if (e instanceof HelpRequested) {
      console.log(USAGE);
      return 0;
    }
    if (e instanceof CliError) {
      console.error(e.trusted ? e.message : terminalText(e.message));
      return 1;
    }
    console.error(`allo-studio: internal error, please report: ${(e as Error).stack ?? e}`);
    return 2;
  }
}

function run(p: Parsed): number {
  if (p.command === "import") return importCommand(p);
  const source = readSource(p.file);
  const schedule = p.flags.get("schedule")?.[0];
  switch (p.command) {
    case "check": {
      if (p.flags.has("steps")) return checkStepsCommand(p, source, schedule);
      if (p.flags.has("step-budget") || p.flags.has("seed")) throw new CliError(`allo-studio check: --step-budget and --seed go with --steps`);
      const r = compile(source, { schedule, limits: limitsOf(p), files: designFiles(p.file, source) });
      if (p.flags.has("json")) {
        console.log(JSON.stringify({ file: p.file, diagnostics: r.diagnostics, top: r.design?.top }, null, 2));
        return r.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
      }
      const bad = printDiagnostics(p.file, r.diagnostics);
      if (!bad) console.log(terminalText(`${p.file}: ok (top function '${r.design!.top}')`));
      return bad ? 1 : 0;
    }
    case "ir": {
      const steps = p.flags.has("steps");
      const r = compile(source, { schedule, stepIR: steps, limits: limitsOf(p), files: designFiles(p.file, source) });
      const bad = printDiagnostics(p.file, r.diagnostics);
      if (!r.mlir) return 1;
      const print = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
      if (steps) {
        console.log("// step 0: the kernel as written");
        print(r.mlir0!);
        for (const st of r.steps ?? []) {
          console.log(`// step ${st.index}: ${terminalText(st.text.replace(/\s+/g, " "))} (line ${st.line})${st.status === "applied" ? "" : ` [${st.status}]`}`);
          if (st.status === "applied") print(st.mlir!);
        }
      } else print(r.mlir);
      return bad ? 1 : 0;
    }
    case "run":
      return runCommand(p, source, schedule);
    case "arch": {
      const stepFlag = p.flags.get("step")?.[0];
      const step = stepFlag === undefined ? undefined : Number(stepFlag);
      if (step !== undefined && !(Number.isInteger(step) && step >= 0)) throw new CliError(`allo-studio arch: --step takes a step number (0 = the kernel as written), got '${stepFlag}'`);
      const r = architecture(source, { schedule, step, limits: limitsOf(p), files: designFiles(p.file, source) });
      if (printDiagnostics(p.file, r.diagnostics) || !r.graph) return 1;
      if (p.flags.has("json")) console.log(JSON.stringify(r.graph, null, 2));
      else {
        for (const n of r.graph.nodes) console.log(terminalText(`${n.kind.padEnd(7)} ${n.label}${n.type ? ` : ${n.type}` : ""}${n.storage ? ` (${n.storage}${n.banks && n.banks > 1 ? `, ${n.banks} banks` : ""})` : ""}`));
        for (const e of r.graph.edges) console.log(terminalText(`${e.kind.padEnd(7)} ${e.from} -> ${e.to}${e.elements !== undefined ? ` [${e.elements}]` : ""}`));
      }
      return 0;
    }
    case "export":
      return exportCommand(p, source, schedule);
    case "report":
      if (p.flags.has("import")) return reportImport(p);
      return reportEstimate(p, source, schedule);
    case "script": case "test": {
      const seedFlag = p.flags.get("seed")?.[0];
      const seed = seedFlag === undefined ? undefined : Number(seedFlag);
      if (seed !== undefined && !Number.isInteger(seed)) throw new CliError(`allo-studio ${p.command}: --seed takes an integer`);
      const stepBudget = budgetOf(p);
      const opts = { seed, stepBudget, limits: limitsOf(p) };
      return p.command === "script" ? scriptCommand(p.file, source, opts) : testCommand(p.file, source, p.flags.get("k")?.[0], opts);
    }
    case "verify": {
      const num = (name: string): number | undefined => {
        const f = p.flags.get(name)?.[0];
        if (f === undefined) return undefined;
        if (!/^\d+$/.test(f)) throw new CliError(`allo-studio verify: --${name} takes a positive number, got '${f}'`);
        return Number(f);
      };
      return verifyCommand(p.file, source, { schedule, step: num("step"), against: p.flags.get("against")?.[0], json: p.flags.has("json"), timeMs: num("time-ms"), stepBudget: budgetOf(p), limits: limitsOf(p) }, (ds) => printDiagnostics(p.file, ds));
    }
    default:
      throw new CliError(USAGE, true);
  }
}

/** `check FILE --steps`: the differential check of every schedule step (as the studio's steps pane). */
function checkStepsCommand(p: Parsed, source: string, schedule: string | undefined): number {
  const seedFlag = p.flags.get("seed")?.[0];
  const seed = seedFlag === undefined ? 1 : Number(seedFlag);
  if (!Number.isInteger(seed)) throw new CliError(`allo-studio check: --seed takes an integer, got '${seedFlag}'`);
  const r = checkSteps(source, { schedule, seed, stepBudget: budgetOf(p), limits: limitsOf(p) });
  const bad = printDiagnostics(p.file, r.diagnostics);
  if (!r.checks) return 1;
  if (p.flags.has("json")) console.log(JSON.stringify({ file: p.file, diagnostics: r.diagnostics, checks: r.checks }, null, 2));
  else {
    if (r.checks.length === 0) console.log(terminalText(`${p.file}: the design has no schedule steps to check`));
    for (const ch of r.checks) {
      const diff = ch.firstDiff ? ` (${ch.firstDiff.name}[${ch.firstDiff.index}]: ${ch.firstDiff.before} before, ${ch.firstDiff.after} after)` : "";
      console.log(terminalText(`step ${ch.index}: ${ch.status}${diff}${ch.note ? `: ${ch.note}` : ""}`));
    }
  }
  return bad || r.checks.some((ch) => ch.status === "changed") ? 1 : 0;
}

/** `report FILE`: the estimator's latency, II and resources per function and loop, with the why. */
function reportEstimate(p: Parsed, source: string, schedule: string | undefined): number {
  const device = p.flags.get("device")?.[0];
  const target = p.flags.get("target")?.[0];
  if (target !== undefined && target !== "aie" && target !== "hls") throw new CliError(`allo-studio report: --target is 'hls' (the default: FPGA estimates) or 'aie' (AI Engine cycles), not '${target}'`);
  if (target === "aie") {
    const v = aieMappingView(source, { device, schedule });
    if (printDiagnostics(p.file, v.diagnostics) || !v.cycles) return 1;
    console.log(p.flags.has("json") ? JSON.stringify(v.cycles, null, 2) : formatAieCycles(v.cycles).split("\n").map(terminalText).join("\n"));
    return 0;
  }
  const r = estimate(source, { schedule, device, limits: limitsOf(p), files: designFiles(p.file, source) });
  if (printDiagnostics(p.file, r.diagnostics) || !r.estimate) return 1;
  console.log(p.flags.has("json") ? JSON.stringify(r.estimate, null, 2) : formatEstimate(r.estimate, new LineMap(source)));
  return 0;
}

function reportImport(p: Parsed): number {
  const path = p.flags.get("import")![0]!;
  const r = parseCsynthXml(readSource(path));
  if ("error" in r) throw new CliError(`allo-studio report: ${path}: ${r.error}`);
  console.log(p.flags.has("json") ? JSON.stringify(r, null, 2) : formatReport(r));
  return 0;
}

function exportCommand(p: Parsed, source: string, schedule: string | undefined): number {
  const target = p.flags.get("target")?.[0];
  if (!target) throw new CliError(`allo-studio export: --target is required (${Object.keys(BACKENDS).join(", ")})`);
  if (!(target in BACKENDS)) throw new CliError(`allo-studio export: unknown target '${target}' (targets: ${Object.keys(BACKENDS).join(", ")})`);
  const designName = basename(p.file);
  const syntax = p.flags.get("aie-syntax")?.[0];
  if (syntax !== undefined && syntax !== "current" && syntax !== "v1") throw new CliError(`allo-studio export: --aie-syntax is 'current' or 'v1', not '${syntax}'`);
  let inputs: Record<string, Tensor> | undefined;
  if (p.flags.has("in")) {
    // The testbench's inputs (and the sizes of dynamic-shaped arguments) from files instead of the design's script.
    const c = compile(source, { schedule, limits: limitsOf(p), files: designFiles(p.file, source) });
    if (printDiagnostics(p.file, c.diagnostics) || !c.design) return 1;
    inputs = inputsOf(p, c.design.top, c.design.params);
  }
  const r = exportProject(source, { target, schedule, device: p.flags.get("device")?.[0], designName, syntax, stepBudget: budgetOf(p), limits: limitsOf(p), files: designFiles(p.file, source), ...(inputs ? { inputs } : {}) });
  if (printDiagnostics(p.file, r.diagnostics) || !r.zip || !r.files) return 1;
  const out = p.flags.get("o")?.[0] ?? `${designName.replace(/\.py$/, "")}_${target}.zip`;
  try {
    writeFileSync(out, r.zip);
  } catch (e) {
    throw new CliError(`allo-studio export: cannot write '${out}': ${(e as Error).message}`);
  }
  console.log(`wrote ${out} (${Object.keys(r.files).length} files, target ${target})`);
  return 0;
}

/** `--in ARG=PATH.npy|ARG=VALUE` flags as the inputs of the top function's parameters. */
function inputsOf(p: Parsed, top: string, declared: readonly { readonly name: string; readonly type: ValueType }[]): Record<string, Tensor> {
  const params = new Map(declared.map((x) => [x.name, x]));
  const inputs: Record<string, Tensor> = {};
  for (const spec of p.flags.get("in") ?? []) {
    const eq = spec.indexOf("=");
    if (eq <= 0) throw new CliError(`allo-studio ${p.command}: --in takes ARG=PATH.npy or ARG=VALUE, got '${spec}'`);
    const name = spec.slice(0, eq);
    const value = spec.slice(eq + 1);
    const param = params.get(name);
    if (!param) throw new CliError(`allo-studio ${p.command}: '${top}' has no parameter '${name}' (parameters: ${[...params.keys()].join(", ")})`);
    if (param.type.kind !== "array" && !value.toLowerCase().endsWith(".npy")) {
      const v = parseScalarArg(value, param.type);
      if ("error" in v) throw new CliError(`allo-studio ${p.command}: scalar '${name}' ${v.error}`);
      inputs[name] = { type: param.type, shape: [], data: typeof v.value === "bigint" ? [v.value] : [v.value] };
      continue;
    }
    // A scalar parameter may come from a 0-d .npy (shape []).
    const shape: readonly number[] = param.type.kind === "array" ? param.type.shape : [];
    // A dynamic size (float32[...]) is the file's: its read is capped at DYNAMIC_INPUT_ELEMENTS values.
    const npy = readNpy(readInputFile(value, name, shape.reduce((a, d) => a * (d === DYN ? DYNAMIC_INPUT_ELEMENTS : d), 1)), {
      shape, describe: (actual) => `argument '${name}' expects shape ${formatShape(shape)} but ${value} has shape ${formatShape(actual)}`,
    });
    if ("error" in npy) throw new CliError(`allo-studio ${p.command}: ${value}: ${npy.error}`);
    const t = npyToTensor(npy, param.type, name, value);
    if ("error" in t) throw new CliError(`allo-studio ${p.command}: ${value}: ${t.error}`);
    inputs[name] = t;
  }
  return inputs;
}

function runCommand(p: Parsed, source: string, schedule: string | undefined): number {
  const seedFlag = p.flags.get("seed")?.[0];
  const seed = seedFlag === undefined ? 1 : Number(seedFlag);
  if (!Number.isInteger(seed)) throw new CliError(`allo-studio run: --seed takes an integer, got '${seedFlag}'`);
  const stepBudget = budgetOf(p);
  // Compile first to know the parameters' types for --in.
  const c = compile(source, { schedule, limits: limitsOf(p), files: designFiles(p.file, source) });
  if (printDiagnostics(p.file, c.diagnostics) || !c.design) return 1;
  const inputs = inputsOf(p, c.design.top, c.design.params);
  const r = simulate(source, { schedule, inputs, seed, stepBudget, limits: limitsOf(p), files: designFiles(p.file, source) });
  if (printDiagnostics(p.file, r.diagnostics) || !r.args) return 1;
  const out = p.flags.get("out")?.[0];
  const written: string[] = [];
  if (out) {
    mkdirSync(out, { recursive: true });
    const save = (name: string, t: Tensor) => {
      const bytes = writeNpy(t);
      if ("error" in bytes) throw new CliError(`allo-studio run: cannot save '${name}': ${bytes.error}`);
      const path = join(out, `${name}.npy`);
      writeFileSync(path, bytes);
      written.push(path);
    };
    for (const [name, t] of Object.entries(r.args)) if (t.shape.length > 0) save(name, t);
    const rets = r.returns ?? [];
    rets.forEach((t, i) => save(rets.length === 1 ? "return" : `return_${i}`, t));
    // A model's weights as the design used them (seeded or loaded), one .npy per state_dict name.
    if (r.weights && Object.keys(r.weights).length > 0) {
      mkdirSync(join(out, "weights"), { recursive: true });
      for (const [name, t] of Object.entries(r.weights)) save(join("weights", name.replace(/[^A-Za-z0-9_.-]/g, "_")), t);
    }
  }
  console.log(terminalText(`ran '${c.design.top}'`) + ` (seed ${seed}) in ${(r.timings.simulate ?? 0).toFixed(1)} ms`);
  for (const [i, t] of (r.returns ?? []).entries()) console.log(`return${(r.returns ?? []).length > 1 ? `_${i}` : ""}: ${summarize(t)}`);
  for (const path of written) console.log(`wrote ${path}`);
  return 0;
}

/**
 * The bytes of an --in file: a regular file (not a device or FIFO, which may never end) no larger than
 * an .npy of `elements` values of the widest dtype needs.
 */
function readInputFile(path: string, name: string, elements: number): Uint8Array {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`allo-studio run: cannot read '${path}' for '${name}': no such file`);
  }
  if (!st.isFile()) throw new CliError(`allo-studio run: '${path}' for '${name}' is not a regular file`);
  const cap = 10 + MAX_NPY_HEADER + elements * 8;
  if (st.size > cap) throw new CliError(`allo-studio run: '${path}' for '${name}' is ${st.size.toLocaleString("en-US")} bytes, more than an .npy of ${elements.toLocaleString("en-US")} values can be`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(`allo-studio run: cannot read '${path}': ${(e as Error).message}`);
  }
}

/** A positive integer flag value. */
function positiveFlag(p: Parsed, name: string): number | undefined {
  const raw = p.flags.get(name)?.[0];
  if (raw === undefined) return undefined;
  const v = Number(raw);
  if (!(Number.isSafeInteger(v) && v > 0)) throw new CliError(`allo-studio ${p.command}: --${name} takes a positive integer, got '${raw}'`);
  return v;
}

/** --step-budget N (or its older name --budget N). */
function budgetOf(p: Parsed): number | undefined {
  if (p.flags.has("step-budget") && p.flags.has("budget")) throw new CliError(`allo-studio ${p.command}: give --step-budget or --budget, not both`);
  return positiveFlag(p, "step-budget") ?? positiveFlag(p, "budget");
}

/** `import MODEL.onnx -o DIR`: the design file and its weights, or one line per problem. */
function importCommand(p: Parsed): number {
  const out = p.flags.get("o")?.[0];
  if (!out) throw new CliError("allo-studio import: give the output folder with -o DIR");
  if (!existsSync(p.file) || !statSync(p.file).isFile()) throw new CliError(`allo-studio: cannot read '${p.file}': no such file`);
  const r = importOnnx(new Uint8Array(readFileSync(p.file)));
  if (!r.design) {
    for (const e of r.errors) console.error(`${p.file}: error: ${terminalText(e)}`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "design.py"), r.design);
  for (const [name, bytes] of Object.entries(r.files)) writeFileSync(join(out, name), bytes);
  console.log(`wrote ${join(out, "design.py")} and ${Object.keys(r.files).length} weight file(s)`);
  return 0;
}

/**
 * The .npy/.npz files a design np.loads by literal path (weights of an imported model), read beside it. Only
 * `.npy`/`.npz` files in the design's folder or below: a design from a stranger must not read other files.
 */
function designFiles(file: string, source: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const m of source.matchAll(/np\.load\(\s*["']([^"'\n]+)["']/g)) {
    const rel = m[1]!.replace(/^(\.\/)+/, "");
    if (!(rel.endsWith(".npy") || rel.endsWith(".npz")) || isAbsolute(rel) || rel.split(/[\\/]/).some((part) => part === "..")) continue;
    const path = join(dirname(file), rel);
    if (existsSync(path) && statSync(path).isFile()) out[rel] = new Uint8Array(readFileSync(path));
  }
  return out;
}

/** --max-array-elements, --max-total-elements, --max-fifo-depth, --max-total-fifo, --max-grid-statements, --max-script-*. */
function limitsOf(p: Parsed): Partial<Limits> {
  const out: Partial<Record<keyof Limits, number>> = {};
  for (const [flag, key] of Object.entries(LIMIT_FLAGS)) {
    const v = positiveFlag(p, flag);
    if (v !== undefined && key !== "memory") out[key] = v;
  }
  return out;
}

function summarize(t: Tensor): string {
  const n = t.data.length;
  const head = Array.from({ length: Math.min(n, 8) }, (_, i) => String(t.data[i]));
  return `${typeToString(t.type)}${t.shape.length ? `[${t.shape.join(", ")}]` : ""} = ${t.shape.length ? `[${head.join(", ")}${n > 8 ? ", ..." : ""}]` : head[0]}`;
}
