import { describe, expect, it } from "vitest";
import { joinBlankLines } from "./blank-lines";
import { parseModule } from "./parse";
import { DiagnosticSink, LineMap } from "../diagnostics";

const errorsOf = (src: string) => {
  const sink = new DiagnosticSink(new LineMap(src));
  const m = parseModule(src, sink);
  return { errors: sink.items.filter((d) => d.severity === "error").map((d) => d.message), body: m.body };
};

describe("blank and comment-only lines joined before Lezer parses", () => {
  it("keeps every offset and joins only blank and comment lines", () => {
    const src = "x = 1\n\n# note\ny = 2  # tail\n   \nz = 3\n";
    const out = joinBlankLines(src);
    expect(out.length).toBe(src.length);
    expect(out).toBe("x = 1  # note\ny = 2  # tail    \nz = 3\n");
  });
  it("leaves line breaks inside strings, after a continuation and at the file's start alone", () => {
    const src = '\ns = """a\n\nb"""\nt = \'#\'\n\nu = 1 + \\\n2\n';
    const out = joinBlankLines(src);
    expect(out.length).toBe(src.length);
    expect(out.slice(0, 15)).toBe(src.slice(0, 15)); // the leading blank line and the string's blank line
    expect(out).toContain("t = '#' \nu");
    expect(out).toContain("u = 1 + \\\n2");
  });
  it("handles \\r\\n line ends", () => {
    const src = "a = 1\r\n\r\nb = 2\r\n";
    const out = joinBlankLines(src);
    expect(out).toBe("a = 1  \r\nb = 2\r\n");
  });
  // Before: a syntax error about every 300 statements (Lezer's forced reduction of long left-associative runs).
  it("a body of thousands of statements separated by blank and comment lines parses without errors", () => {
    const inFunc = ["def f():", ...Array.from({ length: 1500 }, (_, i) => `    # step ${i}\n    x${i} = ${i}\n`), "    return 1", ""].join("\n");
    const r = errorsOf(inFunc);
    expect(r.errors).toEqual([]);
    expect(r.body).toHaveLength(1);
    const top = Array.from({ length: 2000 }, (_, i) => `\nx${i} = ${i}`).join("\n") + "\n";
    const t = errorsOf(top);
    expect(t.errors).toEqual([]);
    expect(t.body).toHaveLength(2000);
  });
  it("errors keep their places", () => {
    const src = "x = 1\n\n# c\ny = (\n\nz = 2\n";
    const sink = new DiagnosticSink(new LineMap(src));
    parseModule(src, sink);
    const e = sink.items.find((d) => d.severity === "error")!;
    expect(src.slice(e.range.from, e.range.from + 1)).toBe("(");
  });
});
