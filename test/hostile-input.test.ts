/**
 * Hostile input (issue: injections, silently wrong values, escaped exceptions): each reproducer from the
 * report as a regression test. Exported files carry user text only as data; the API answers every input
 * with diagnostics, never an exception.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { architecture, compile, estimate, exportProject, simulate } from "../src/core/api";
import { I32, intType } from "../src/core/types/types";

const intType64 = intType(64);
import { formatDiagnostic } from "../src/core/diagnostics";
import { diagramToSvg } from "../src/app/diagram/diagramSvg";

const INCLUDE = fileURLToPath(new URL("../hls-model/include", import.meta.url));
const hasTool = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

const templated = (id: string) => `import allo
from allo.ir.types import int32

def k[T](A: "T[4]") -> "T[4]":
    B: T[4] = 0
    for i in range(4):
        B[i] = A[i] + 1
    return B

s = allo.customize(k, instantiate=[int32, ${JSON.stringify(id)}])
`;

/** Source code outside comments and string literals (what a C++ compiler would run). */
const cppCode = (text: string) => text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "").replace(/"(?:[^"\\\n]|\\.)*"/g, '""');

describe("injections into exported files", () => {
  it("a template id with a newline stays inside its kernel.h comment (item 1); the kernel compiles", () => {
    const id = 'x\n#include <cstdlib>\nstatic int p = std::system("touch PWNED");\n//';
    const r = exportProject(templated(id), { target: "vitis_hls", designName: "d.py" });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    for (const name of ["kernel.h", "kernel.cpp", "tb.cpp", "host.cpp", "run_hls.tcl", "Makefile", "hls_config.cfg", "README.md"]) {
      const text = String(r.files![name]);
      expect(text, name).not.toMatch(/^\s*#include <cstdlib>/m);
      expect(cppCode(text), name).not.toMatch(/std::system/);
    }
    if (hasTool("g++")) {
      const dir = mkdtempSync(join(tmpdir(), "allo-inj-"));
      for (const f of ["kernel.h", "kernel.cpp"]) writeFileSync(join(dir, f), String(r.files![f]));
      execFileSync("g++", ["-std=c++17", "-fsyntax-only", "-Wno-unknown-pragmas", `-I${INCLUDE}`, join(dir, "kernel.cpp")], { stdio: "pipe" });
    }
  });

  it("Memory(storage_type=...) takes only the listed storage types (item 2)", () => {
    const src = `import allo
from allo.ir.types import int32, Memory

def k(A: int32[4] @ Memory(resource="BRAM", storage_type="ram_2p\\n#include <cstdlib>")) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        B[i] = A[i]
    return B
`;
    const r = exportProject(src, { target: "vhls" });
    expect(r.files).toBeUndefined();
    expect(r.diagnostics.find((d) => d.code === "E-memory")?.message).toMatch(/Invalid storage_type .*Must be one of: RAM_1P, RAM_2P/);
  });

  it("the design name (the CLI's file name) stays in one header comment line (item 3)", () => {
    const r = exportProject(templated("a"), { target: "vhls", designName: "x.py\n#include <cstdlib>\n*/ int injected;" });
    const cpp = String(r.files!["kernel.cpp"]);
    expect(cpp.split("\n")[0]).toMatch(/^\/\/ Automatically generated .* from x\.py<U\+000A>#include <cstdlib><U\+000A>\* \/ int injected;\.$/);
    expect(cppCode(cpp)).not.toMatch(/injected|cstdlib/);
  });

  it.skipIf(!hasTool("mlir-opt-22"))("MLIR symbols are quoted: a template id cannot add a function, unicode and control characters verify (item 4)", () => {
    const inject = templated('x() { return }\n  func.func @injected() {\n    return\n  }\n  func.func @y');
    const unicode = `import allo
from allo.ir.types import int32

def 核(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in allo.grid(4, name="a\\u0001b\\"c"):
        B[i] = A[i]
    return B
`;
    for (const src of [inject, unicode]) {
      const r = compile(src);
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const out = execFileSync("mlir-opt-22", ["--allow-unregistered-dialect"], { input: r.mlir!, encoding: "utf8" });
      expect(out).not.toMatch(/^\s*func\.func @injected/m);
      expect((out.match(/^\s*func\.func /gm) ?? []).length).toBe(1);
    }
  });

  it("CLI diagnostics print names with control characters on one line (item 4)", () => {
    const line = formatDiagnostic("a\nb.py", { severity: "error", code: "E", message: "bad name 'x\n\u001b[2Jy\u202e'", range: { from: 0, to: 0 }, line: 1, col: 1 });
    expect(line).toBe("a\\nb.py:1:1: error: bad name 'x\\n\\x1b[2Jy\\u202e'");
  });

  it("the SVG export of a graph whose names hold control characters is well-formed XML (item 4)", () => {
    const name = "a\u0001b</text><script>x</script>";
    const svg = diagramToSvg({
      nodes: [{ id: name, node: { id: name, kind: "kernel", label: name, ranges: [] }, x: 0, y: 0, absX: 0, absY: 0, width: 100, height: 40 }],
      edges: [], width: 100, height: 40, top: name,
    }, 0);
    expect(svg).not.toMatch(/[\u0000-\u0008]|<script/);
    if (hasTool("python3")) {
      const out = execFileSync("python3", ["-c", "import sys, xml.etree.ElementTree as E; E.fromstring(sys.stdin.read()); print('ok')"], { input: svg, encoding: "utf8" });
      expect(out.trim()).toBe("ok");
    }
  });

  it("--device accepts only listed devices: prototype keys are unknown devices", () => {
    for (const device of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const r = exportProject(templated("a"), { target: "vitis_hls", device });
      expect(r.files, device).toBeUndefined();
      expect(r.diagnostics.map((d) => d.code), device).toContain("E-export-device");
      const e = estimate(templated("a"), { device });
      expect(e.diagnostics.map((d) => d.code), device).toContain("E-estimate-device");
    }
  });
});

describe("CLI scalars are exact (item 5)", () => {
  it("parses integers as BigInt and refuses non-integers and out-of-range values", async () => {
    const { parseScalarArg } = await import("../src/cli/scalar-arg");
    const { intType, I32, fixedType } = await import("../src/core/types/types");
    const i64 = intType(64);
    expect(parseScalarArg("9007199254740993", i64)).toEqual({ value: 9007199254740993n });
    expect(parseScalarArg("-9223372036854775808", i64)).toEqual({ value: -9223372036854775808n });
    expect(parseScalarArg("99999999999999999999999", i64)).toMatchObject({ error: expect.stringMatching(/in -9223372036854775808\.\.9223372036854775807/) });
    expect(parseScalarArg("2.5", I32)).toMatchObject({ error: expect.stringMatching(/takes an integer/) });
    expect(parseScalarArg("2.5", i64)).toMatchObject({ error: expect.stringMatching(/takes an integer/) });
    expect(parseScalarArg("2147483648", I32)).toMatchObject({ error: expect.stringMatching(/2147483647/) });
    expect(parseScalarArg("-1", intType(8, false))).toMatchObject({ error: expect.stringMatching(/0\.\.255/) });
    expect(parseScalarArg("2.5", fixedType(16, 8))).toEqual({ value: 2.5 });
    expect(parseScalarArg("abc", I32)).toMatchObject({ error: expect.any(String) });
  });
});

const expectError = (diagnostics: readonly { severity: string; code: string; message: string }[], code: RegExp | string, message?: RegExp) => {
  const errors = diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => d.code)).not.toContain("E-internal");
  const hit = errors.find((d) => (typeof code === "string" ? d.code === code : code.test(d.code)));
  expect(hit, JSON.stringify(errors)).toBeDefined();
  if (message) expect(hit!.message).toMatch(message);
};

/** Every API stage on one source: none may throw or report an internal error. */
function allStages(src: string) {
  return {
    compile: compile(src).diagnostics,
    simulate: simulate(src, { stepBudget: 1e6 }).diagnostics,
    estimate: estimate(src).diagnostics,
    export: exportProject(src, { target: "vitis_hls", stepBudget: 1e6 }).diagnostics,
    arch: architecture(src).diagnostics,
  };
}

describe("exceptions that escaped the API (items 6-14)", () => {
  it("parameters named like Object.prototype members simulate and export (item 6)", () => {
    const src = `from allo.ir.types import int32

def k(constructor: int32, __proto__: int32, toString: int32, hasOwnProperty: int32, valueOf: int32) -> int32:
    return constructor + __proto__ + toString + hasOwnProperty + valueOf
`;
    const r = simulate(src, { inputs: { __proto__: { type: I32, shape: [], data: [5] } } as never });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(exportProject(src, { target: "vitis_hls" }).files).toBeDefined();
  });

  it("an array over the element limit is a located user error (item 7)", () => {
    const src = `from allo.ir.types import int32

def k(A: int32[100000, 100000]) -> int32:
    return A[0, 0]
`;
    for (const ds of Object.values(allStages(src))) expectError(ds, "E-limit-array", /10,000,000,000 elements.*--max-array-elements/);
    expect(compile(src, { limits: { arrayElements: 1e10, totalElements: 1e10 } }).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("negating a negative 64-bit constant compiles to valid JavaScript (item 8)", () => {
    const src = `from allo.ir.types import int64

def k(a: int64) -> int64:
    return -(-(2**60)) + abs(-(2**60)) * 0 + a
`;
    const r = simulate(src, { inputs: { a: { type: intType64, shape: [], data: [1n] } } });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.returns![0]!.data[0]).toBe((1n << 60n) + 1n);
  });

  it("infinite constants and huge integers are values or user errors, not exceptions (item 9)", () => {
    const inf = `from allo.ir.types import int32, Fixed

def k(a: int32) -> int32[4]:
    C: int32[4] = 1e309
    acc: Fixed(32, 16) = -1e309
    return C
`;
    for (const ds of Object.values(allStages(inf))) expect(ds.filter((d) => d.severity === "error")).toEqual([]);
    const huge = `from allo.ir.types import int32

def k(A: int32[4]):
    for i in range(4):
        if i + 2**4096 < 4:
            A[i] = 0
    for j in range(0, 2**4096):
        A[0] = 1
`;
    for (const ds of Object.values(allStages(huge))) expectError(ds, /^E-/, /index|2\*\*31/);
  });

  it("deep template chains and Object.prototype through math are user errors (item 10)", () => {
    const chain = ["from allo.ir.types import int32", "", "def f0(a: int32) -> int32:\n    return a\n"];
    for (let i = 1; i < 2000; i++) chain.push(`def f${i}(a: int32) -> int32:\n    return f${i - 1}(a)\n`);
    expectError(compile(chain.join("\n")).diagnostics, "E-limit-nesting", /200 levels/);
    const proto = `import math
from allo.ir.types import int32
x = math.hasOwnProperty(1)

def k(a: int32) -> int32:
    return a
`;
    expect(compile(proto).diagnostics.map((d) => d.code)).not.toContain("E-internal");
  });

  it("a region that customizes itself is a user error, not a stack overflow (item 10)", () => {
    const src = readFileSync(fileURLToPath(new URL("./fuzz/cases/exception-region-customizes-itself.py", import.meta.url)), "utf8");
    expectError(compile(src).diagnostics, "E-customize", /'top' is customized while it is being built/);
  });

  it("script strings, lists and integers are size-limited (item 11)", () => {
    const script = (line: string) => `from allo.ir.types import int32\n${line}\n\ndef k(a: int32) -> int32:\n    return a\n`;
    expectError(compile(script('x = "ab" * 10**9')).diagnostics, "E-script-limit", /string/);
    expectError(compile(script("x = [0] * 10**9")).diagnostics, "E-script-limit", /list/);
    expectError(compile(script("x = 3\nfor i in range(40):\n    x = x * x")).diagnostics, "E-script-limit", /bits/);
    expectError(compile(script("x = [0]\nfor i in range(60):\n    x = x + x")).diagnostics, "E-script-limit", /list/);
  });

  it("deep nesting is refused before the parser runs (item 12)", () => {
    let src = "from allo.ir.types import int32\n";
    let ind = "";
    for (let i = 0; i < 250; i++) { src += `${ind}if 1:\n`; ind += " "; }
    src += `${ind}x = ${Array(50000).fill("1").join("+")}\n`;
    expectError(compile(src).diagnostics, "E-syntax", /nested too deeply/);
    expectError(compile(`x = ${"(".repeat(5000)}1${")".repeat(5000)}\n`).diagnostics, "E-syntax", /nested too deeply/);
  });

  it(".npy headers are depth- and size-limited and the shape is checked before decoding (item 13)", async () => {
    const { readNpy } = await import("../src/core/sim/npy");
    const header = (h: string) => {
      const text = `${h}\n`;
      const bytes = new Uint8Array(10 + text.length);
      bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, text.length & 255, text.length >> 8]);
      bytes.set(new TextEncoder().encode(text), 10);
      return bytes;
    };
    expect(readNpy(header(`{'descr': '<i4', 'fortran_order': False, 'shape': ${"(".repeat(5000)}${")".repeat(5000)}}`))).toMatchObject({ error: expect.stringMatching(/nests more than/) });
    // The wrong shape is refused before the (absent) data is looked at.
    const wrong = readNpy(header("{'descr': '<i4', 'fortran_order': False, 'shape': (100000, 1000), }"), { shape: [4], describe: (s) => `wrong shape ${s.join("x")}` });
    expect(wrong).toEqual({ error: "wrong shape 100000x1000" });
  });

  it("csynth.xml with huge character references or deep nesting is a returned error (item 14)", async () => {
    const { parseCsynthXml } = await import("../src/core/backend/report");
    expect(() => parseCsynthXml("<profile><PerformanceEstimates>&#99999999;</PerformanceEstimates></profile>")).not.toThrow();
    const deep = `<profile><PerformanceEstimates><SummaryOfLoopLatency>${"<L><Name>x</Name>".repeat(20000)}${"</L>".repeat(20000)}</SummaryOfLoopLatency></PerformanceEstimates></profile>`;
    expect(parseCsynthXml(deep)).toMatchObject({ error: expect.stringMatching(/nest more than/) });
  });
});

describe("resources (items 15-16)", () => {
  it("seeded input generation counts against the step budget", () => {
    const src = `from allo.ir.types import int32

def k(A: int32[4000, 4000]) -> int32:
    return A[0, 0]
`;
    expectError(simulate(src, { stepBudget: 1e6 }).diagnostics, "E-budget", /seeded input values.*--step-budget/);
  });

  it("a FIFO deeper than the limit is a located error", () => {
    const src = `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

@df.region()
def top(A: int32[4], B: int32[4]):
    pipe: Stream[int32, 1000000000]

    @df.kernel(mapping=[1])
    def producer(A: int32[4]):
        for i in range(4):
            pipe.put(A[i])

    @df.kernel(mapping=[1])
    def consumer(B: int32[4]):
        for i in range(4):
            B[i] = pipe.get()
`;
    expectError(compile(src).diagnostics, "E-limit-fifo", /depth 1,000,000,000.*--max-fifo-depth/);
  });

  it("FIFOs within the depth limit but too many together are a located error at the largest (the 64×64 systolic mutant that aborted V8)", () => {
    const src = readFileSync(fileURLToPath(new URL("../bench/designs/systolic_64x64.py", import.meta.url)), "utf8").replace("depth=M + 1)", "depth=M + 10**6)");
    const r = compile(src);
    expectError(r.diagnostics, "E-limit-fifo-total", /FIFOs hold 4,096,528,384 elements together \(the most: 4,096 FIFOs of depth 1,000,064 carrying 'A'.*limited to 67,108,864 FIFO elements.*--max-total-fifo N.*limits\.totalFifoElements/);
    const d = r.diagnostics.find((x) => x.code === "E-limit-fifo-total")!;
    expect(src.split("\n")[d.line - 1]).toContain("s.to(buf_A, pe, axis=0, depth=M + 10**6)");
    // Simulate and estimate stop at the same error instead of allocating the FIFOs.
    expect(simulate(src).diagnostics.map((x) => x.code)).toContain("E-limit-fifo-total");
    expect(estimate(src).diagnostics.map((x) => x.code)).toContain("E-limit-fifo-total");
  });

  it("a PE grid that would expand beyond the statement limit fails at the step that makes it so (the 64×64 fuzz mutant under 80 nested ifs)", () => {
    const plain = readFileSync(fileURLToPath(new URL("../bench/designs/systolic_64x64.py", import.meta.url)), "utf8");
    const body = "            C[i, j] += A[i, k] * B[k, j]\n";
    const deep = (d: number) => plain.replace(body, Array.from({ length: d }, (_, t) => `${" ".repeat(12 + t)}if 1:\n`).join("") + `${" ".repeat(12 + d)}C[i, j] += A[i, k] * B[k, j]\n`);
    expect(deep(2)).not.toBe(plain);
    // The benchmark itself: 4,096 PEs × (2 + 4 + 8 × 3) = 122,880.
    expect(compile(plain).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const src = deep(80);
    const r = compile(src);
    expectError(r.diagnostics, "E-limit-grid", /^unfold\(\): the PE grids would expand to 352,256 statements \(the most: gemm_PE, 4,096 PEs × 86 each.*limited to 262,144 \(raise it with --max-grid-statements N.*limits\.gridStatements/);
    const d = r.diagnostics.find((x) => x.code === "E-limit-grid")!;
    expect(src.split("\n")[d.line - 1]).toContain('pe = s.unfold("PE"');
    // A grid within the limit at unfold can go over it when its FIFO chains are added.
    expectError(compile(deep(40)).diagnostics, "E-limit-grid", /^to\(\): the PE grids would expand to 286,720 statements \(the most: gemm_PE, 4,096 PEs × 70 each/);
    // Raised, the same design compiles (a smaller grid keeps the test quick).
    const small = plain.replace("M, N, K = 64, 64, 64", "M, N, K = 8, 8, 8");
    expectError(compile(small, { limits: { gridStatements: 1500 } }).diagnostics, "E-limit-grid", /^to\(\): the PE grids would expand to 1,920 statements \(the most: gemm_PE, 64 PEs × 30 each/);
    expect(compile(small, { limits: { gridStatements: 1920 } }).diagnostics.filter((x) => x.severity === "error")).toEqual([]);
  });

  it("counts every FIFO of an array of streams, times its block's elements", () => {
    const src = (depth: number) => `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

@df.region()
def top(A: int32[8, 4], B: int32[8, 4]):
    q: Stream[int32[4], ${depth}][8]

    @df.kernel(mapping=[8])
    def producer(A: int32[8, 4]):
        i = df.get_pid()
        q[i].put(A[i])

    @df.kernel(mapping=[8])
    def consumer(B: int32[8, 4]):
        i = df.get_pid()
        B[i] = q[i].get()
`;
    // 8 FIFOs of 1,000,000 blocks of 4 elements: 32,000,000 elements, within the default.
    expect(compile(src(1_000_000)).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expectError(compile(src(1_000_000), { limits: { totalFifoElements: 10_000_000 } }).diagnostics, "E-limit-fifo-total", /32,000,000 elements together.*FIFO 'q_[0-9]' of depth 1,000,000 × 4 elements/);
    expectError(compile(src(3_000_000), { limits: { fifoDepth: 1 << 22 } }).diagnostics, "E-limit-fifo-total", /96,000,000 elements together/);
  });

  it("a deep FIFO costs what it holds: a 16×16 grid of FIFOs of depth 1,000,016 simulates when the total limit is raised", () => {
    const src = readFileSync(fileURLToPath(new URL("../public/examples/systolic_16x16.py", import.meta.url)), "utf8").replace("depth=M + 1)", "depth=M + 10**6)");
    expectError(compile(src).diagnostics, "E-limit-fifo-total", /the most: 256 FIFOs of depth 1,000,016/);
    // 256 FIFOs of a million slots pre-allocated took 6 GB; each now keeps the 16 elements it carries.
    const r = simulate(src, { limits: { totalFifoElements: 1e10 } });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.returns).toEqual(simulate(src.replace("depth=M + 10**6)", "depth=M + 1)")).returns);
  });

  it("calls count as steps: a function calling itself twice 40 levels deep stops at the budget", () => {
    const lines = ["from allo.ir.types import int32", "", "def f0(a: int32) -> int32:\n    return a + 1\n"];
    for (let i = 1; i <= 40; i++) lines.push(`def f${i}(a: int32) -> int32:\n    return f${i - 1}(a) + f${i - 1}(a)\n`);
    expectError(simulate(lines.join("\n"), { stepBudget: 1e5 }).diagnostics, "E-budget");
  });

  it("the export's golden run takes the caller's step budget", () => {
    const src = `from allo.ir.types import int32

def k(A: int32[16]):
    for i in range(100000):
        A[i % 16] += 1
`;
    expectError(exportProject(src, { target: "vitis_hls", stepBudget: 1000 }).diagnostics, "E-budget", /--step-budget/);
  });
});

describe("estimator work", () => {
  it("walks at most MAX_COPIES copies of a full unroll and extrapolates the rest", () => {
    const src = `import allo
from allo.ir.types import int32

def k(A: int32[10000000]) -> int32:
    s: int32 = 0
    for i in range(10000000):
        s += A[i]
    return s

sch = allo.customize(k)
sch.unroll("i")
`;
    const r = estimate(src, { limits: { arrayElements: 1e8 } });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const loop = r.estimate!.functions[0]!.loops[0]!;
    expect(loop.why.map((w) => w.text).join("\n")).toMatch(/10000000 unrolled copies; the first 1024 are scheduled and the rest extrapolated/);
    expect(r.estimate!.latency).toBeGreaterThan(1e7);
  });
});

describe("share links (item 16)", () => {
  it("a link that inflates past the cap is refused while inflating, and normal links still open", async () => {
    const { decodeShareFragment, encodeShareFragment, MAX_SHARED_DOCUMENT_BYTES } = await import("../src/app/shareLink");
    const { deflateSync } = await import("fflate");
    const bomb = deflateSync(new Uint8Array(100 << 20).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    let bin = "";
    for (const b of bomb) bin += String.fromCharCode(b);
    const frag = `share=1.z.${btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
    const r = decodeShareFragment(frag);
    expect(r).toEqual({ ok: false, error: `the shared document is larger than ${MAX_SHARED_DOCUMENT_BYTES / (1 << 20)} MB; open the design file instead of a link` });
    const { defaultDocument } = await import("../src/app/document");
    const doc = defaultDocument();
    expect(decodeShareFragment(encodeShareFragment(doc))).toEqual({ ok: true, value: doc });
  });
});

describe("the API boundary", () => {
  it("turns an escaped exception into an internal-error diagnostic naming the stage", async () => {
    const { guarded } = await import("../src/core/api-guard");
    const f = guarded("simulate", (): { diagnostics: import("../src/core/diagnostics").Diagnostic[] } => { throw new TypeError("boom"); });
    const d = f().diagnostics[0]!;
    expect(d).toMatchObject({ severity: "error", code: "E-internal" });
    expect(d.message).toMatch(/internal error in simulate: TypeError: boom; please report it .*allo-studio run FILE/);
  });
});

describe("the CLI's compute process", () => {
  const bin = fileURLToPath(new URL("../bin/allo-studio.mjs", import.meta.url));
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  const design = (shape: string) => {
    const dir = mkdtempSync(join(tmpdir(), "allo-cli-"));
    const file = join(dir, "big.py");
    writeFileSync(file, `from allo.ir.types import int32\n\ndef k(A: int32[${shape}]) -> int32:\n    return A[0, 0]\n`);
    return file;
  };

  it("ends an out-of-memory run with exit 1 and one message, not a V8 abort", () => {
    const r = cli("run", design("4000, 4000"), "--max-memory", "64", "--budget", "100000000");
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("allo-studio: the command ran out of memory (64 MB): the input is too large for this limit; raise it with --max-memory MB or lower the design's sizes");
  });

  it("refuses --in files that are not regular files (/dev/zero never ends)", () => {
    const r = cli("run", design("4, 4"), "--in", "A=/dev/zero");
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("allo-studio run: '/dev/zero' for 'A' is not a regular file");
  });

  it("raises the array limits with flags", () => {
    const file = design("100000, 100000");
    expect(cli("check", file).stderr).toMatch(/limited to 16,777,216 elements \(raise it with --max-array-elements N/);
    const r = cli("check", file, "--max-array-elements", "10000000000", "--max-total-elements", "10000000000");
    expect(r.status).toBe(0);
  });

  it("raises the PE grid statement limit with --max-grid-statements", () => {
    const dir = mkdtempSync(join(tmpdir(), "allo-grid-"));
    const file = join(dir, "systolic.py");
    writeFileSync(file, readFileSync(fileURLToPath(new URL("../public/examples/systolic_16x16.py", import.meta.url)), "utf8"));
    const r = cli("check", file, "--max-grid-statements", "100");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/E-limit-grid|limited to 100 \(raise it with --max-grid-statements N/);
    expect(cli("check", file).status).toBe(0);
  });

  it("raises the FIFO total with --max-total-fifo", () => {
    const dir = mkdtempSync(join(tmpdir(), "allo-fifo-"));
    const file = join(dir, "systolic.py");
    writeFileSync(file, readFileSync(fileURLToPath(new URL("../public/examples/systolic_16x16.py", import.meta.url)), "utf8").replace("depth=M + 1)", "depth=M + 10**6)"));
    const r = cli("check", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/E-limit-fifo-total|limited to 67,108,864 FIFO elements \(raise it with --max-total-fifo N/);
    expect(cli("check", file, "--max-total-fifo", "1000000000").status).toBe(0);
  });
});
