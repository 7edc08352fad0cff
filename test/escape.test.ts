/**
 * Every output language's escaping (src/core/backend/escape) against every hostile string class: the
 * escaped text is fed to the real tool of that language (g++, mlir-opt, tclsh, make, an XML parser) and
 * must come out as data, never as code.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  archivePath, cppComment, cppIdentifier, cppString, fileNameComponent, jsonString, makeComment, makeWord,
  markdownInline, mlirString, mlirSymbol, mlirValueId, tclComment, tclWord, terminalText, xmlAttr, xmlText,
} from "../src/core/backend/escape";

/** One string per hostile class named in the issue, plus a few close relatives. */
export const HOSTILE: Readonly<Record<string, string>> = {
  newline: "x\n#include <cstdlib>\nstatic int p = std::system(\"touch PWNED\");\n//",
  crlf: "a\r\nb",
  "line separator": "a\u2028b\u2029c",
  quotes: `a"b'c`,
  backtick: "a`touch PWNED`b",
  "comment end": "a*/ int injected; /*b",
  "template/shell expansion": "${PWNED}$(touch PWNED)[exec touch PWNED]",
  NUL: "a\u0000b",
  RLO: "a\u202eb\u2066c",
  unicode: "核\u00e9😀",
  "lone surrogate": "a\ud800b",
  "path traversal": "../../etc/passwd",
  backslash: "a\\",
  trigraph: "a??/",
  escape: "\u001b[31mred\u001b[0m\u0007",
  "xml markup": "</svg><script>alert(1)</script>&amp;]]>",
  "make/tcl specials": "$(shell touch PWNED) # ; { } \\\n\t@touch PWNED",
  empty: "",
};
const entries = Object.entries(HOSTILE);
const tmp = () => mkdtempSync(join(tmpdir(), "allo-escape-"));

const hasTool = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

describe("C++", () => {
  it("compiles identifiers, comments and string literals as data: each string round-trips and nothing is injected", () => {
    const lines = ["#include <cstdio>", "#include <cstring>", "int main() {", "  int bad = 0;"];
    entries.forEach(([cls, s], i) => {
      const id = cppIdentifier(s);
      expect(id, cls).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      lines.push(`  // ${cppComment(s)}`);
      lines.push(`  /* ${cppComment(s)} */`);
      lines.push(`  { int ${id} = ${i}; (void)${id}; }`);
      const bytes = [...new TextEncoder().encode(s)];
      lines.push(`  { const char s[] = ${cppString(s)}; const unsigned char want[] = {${[...bytes, 0].join(", ")}};`);
      lines.push(`    if (sizeof s != sizeof want || std::memcmp(s, want, sizeof want) != 0) { std::printf("mismatch ${i}\\n"); bad = 1; } }`);
    });
    lines.push("  return bad;", "}");
    const dir = tmp();
    writeFileSync(join(dir, "t.cpp"), lines.join("\n"));
    // -trigraphs: a comment must stay one line even where trigraphs are on.
    execFileSync("g++", ["-std=c++14", "-trigraphs", "-Wall", "-Werror", "-Wno-comment", "-o", join(dir, "t"), join(dir, "t.cpp")], { stdio: "pipe" });
    const run = spawnSync(join(dir, "t"), { encoding: "utf8" });
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
    // Nothing from the strings became a statement: the program has exactly the lines we wrote.
    const code = execFileSync("g++", ["-std=c++14", "-trigraphs", "-E", "-P", join(dir, "t.cpp")], { encoding: "utf8" }).replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
    expect(code).not.toMatch(/std::system|int injected|touch PWNED|<cstdlib>|alert\(/);
  });

  it("keeps comments on one printable-ASCII line", () => {
    for (const [cls, s] of entries) expect(cppComment(s), cls).toMatch(/^[\x20-\x5b\x5d-\x7e]*$/);
  });
});

describe("MLIR", () => {
  it.skipIf(!hasTool("mlir-opt-22"))("verifies symbols and strings of every class; no function is injected", () => {
    const funcs = entries.map(([, s], i) => `  func.func ${mlirSymbol(`${s}_${i}`)}() attributes {note = ${mlirString(s)}} {\n    %${mlirValueId(s)} = arith.constant ${i} : i32\n    return\n  }`);
    const calls = entries.map(([, s], i) => `    func.call ${mlirSymbol(`${s}_${i}`)}() : () -> ()`);
    const text = `module {\n${funcs.join("\n")}\n  func.func @main() {\n${calls.join("\n")}\n    return\n  }\n}\n`;
    const out = execFileSync("mlir-opt-22", [], { input: text, encoding: "utf8" });
    expect((out.match(/func\.func /g) ?? []).length).toBe(entries.length + 1);
    expect(out).not.toMatch(/func\.func @injected/);
  });

  it("quotes exactly the symbols that are not bare identifiers", () => {
    expect(mlirSymbol("gemm")).toBe("@gemm");
    expect(mlirSymbol("核")).toBe('@"\\E6\\A0\\B8"');
    expect(mlirString('a"\\\n')).toBe('"a\\"\\\\\\0A"');
  });
});

describe("Tcl", () => {
  it.skipIf(!hasTool("tclsh"))("reads every word back as the same text and runs no command", () => {
    const dir = tmp();
    const script = entries.filter(([, s]) => !/\u0000|[\ud800-\udfff]/.test(s)).map(([, s]) => `# ${tclComment(s)}\nputs [string length ${tclWord(s)}]`).join("\n");
    writeFileSync(join(dir, "t.tcl"), script);
    const out = execFileSync("tclsh", [join(dir, "t.tcl")], { cwd: dir, encoding: "utf8" });
    const want = entries.filter(([, s]) => !/\u0000|[\ud800-\udfff]/.test(s)).map(([, s]) => String([...s].length)).join("\n");
    expect(out.trim()).toBe(want);
    expect(spawnSync("sh", ["-c", "ls PWNED"], { cwd: dir }).status).not.toBe(0);
  });
  it("makes a NUL or lone surrogate a literal escape, not a word break", () => {
    expect(tclWord("a\u0000b")).toBe('"a\\u0000b"');
    expect(tclWord("a b")).toBe('"a\\u0020b"');
  });
});

describe("Makefile", () => {
  it.skipIf(!hasTool("make"))("keeps every value one literal word and runs no command", () => {
    const dir = tmp();
    const vars = entries.map(([, s], i) => `# ${makeComment(s)}\nV${i} := ${makeWord(s)}`).join("\n");
    const recipe = entries.map((_, i) => `\t@echo '$(V${i})'`).join("\n");
    writeFileSync(join(dir, "Makefile"), `${vars}\nall:\n${recipe}\n`);
    const out = execFileSync("make", ["-s", "-C", dir], { encoding: "utf8" });
    expect(out.trim().split("\n")).toEqual(entries.map(([, s]) => makeWord(s)));
    for (const [, s] of entries) expect(makeWord(s)).toMatch(/^[A-Za-z0-9_.+][A-Za-z0-9_.+-]*$/);
    expect(spawnSync("sh", ["-c", "ls PWNED"], { cwd: dir }).status).not.toBe(0);
  });
});

describe("JSON", () => {
  it("parses back to the same string, and is safe inside JavaScript and HTML", () => {
    for (const [cls, s] of entries) {
      const j = jsonString(s);
      expect(JSON.parse(j), cls).toBe(s);
      expect(j, cls).not.toMatch(/[\u2028\u2029<>&\u0000-\u001f]/);
    }
  });
});

describe("XML / SVG", () => {
  it.skipIf(!hasTool("python3"))("gives a well-formed document whose text and attributes hold no markup", () => {
    const body = entries.map(([, s]) => `<text data-name="${xmlAttr(s)}">${xmlText(s)}</text>`).join("\n");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">\n${body}\n</svg>\n`;
    const dir = tmp();
    writeFileSync(join(dir, "t.svg"), svg);
    const py = "import sys, xml.etree.ElementTree as E\nr = E.parse(sys.argv[1]).getroot()\nprint(len(list(r)), len(list(r.iter())))";
    const out = execFileSync("python3", ["-c", py, join(dir, "t.svg")], { encoding: "utf8" }).trim();
    // One <text> per string and no element injected (script, nested svg).
    expect(out).toBe(`${entries.length} ${entries.length + 1}`);
  });
});

describe("file names", () => {
  it("never yields a separator, a parent segment, a hidden or option-like name, or a control character", () => {
    for (const [cls, s] of entries) {
      const f = fileNameComponent(s);
      expect(f, cls).toMatch(/^[A-Za-z0-9_+][A-Za-z0-9_.+-]*$/);
      expect(f, cls).not.toContain("..");
      const p = archivePath(`data/${s}/x`);
      expect(p, cls).toBeDefined();
      expect(p!.split("/"), cls).not.toContain("..");
      expect(p!, cls).not.toMatch(/^\/|[\u0000-\u001f\u202e]/);
    }
  });
});

describe("terminal", () => {
  it("shows control, escape and bidi characters as visible escapes: one line, no cursor control", () => {
    for (const [cls, s] of entries) expect(terminalText(s), cls).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(terminalText("a\nb\u202e")).toBe("a\\nb\\u202e");
    expect(terminalText("核")).toBe("核");
  });
});

describe("Markdown", () => {
  it("keeps inline text on one line without code fences or HTML", () => {
    for (const [cls, s] of entries) {
      expect(markdownInline(s), cls).toMatch(/^[\x20-\x7e]*$/);
      expect(markdownInline(s), cls).not.toMatch(/[`|<]/);
    }
  });
});
