/**
 * Hostile input (issue: injections, silently wrong values, escaped exceptions): each reproducer from the
 * report as a regression test. Exported files carry user text only as data; the API answers every input
 * with diagnostics, never an exception.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile, estimate, exportProject } from "../src/core/api";
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
    expect(r.diagnostics.find((d) => d.code === "E-memory")?.message).toMatch(/invalid storage_type; use one of RAM_1P, RAM_2P/);
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
