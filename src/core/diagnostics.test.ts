import { describe, it, expect } from "vitest";
import { LineMap, DiagnosticSink, formatDiagnostic } from "./diagnostics";

describe("diagnostics", () => {
  it("maps offsets to 1-based lines and columns", () => {
    const m = new LineMap("ab\ncd\n\nx");
    expect(m.lineCol(0)).toEqual({ line: 1, col: 1 });
    expect(m.lineCol(4)).toEqual({ line: 2, col: 2 });
    expect(m.lineCol(7)).toEqual({ line: 4, col: 1 });
  });
  it("drops exact duplicates and formats as FILE:LINE:COL", () => {
    const sink = new DiagnosticSink(new LineMap("x = 1\ny = z\n"));
    sink.error("E-name", "name 'z' is not defined", { from: 10, to: 11 });
    sink.error("E-name", "name 'z' is not defined", { from: 10, to: 11 });
    expect(sink.items).toHaveLength(1);
    expect(formatDiagnostic("a.py", sink.items[0]!)).toBe("a.py:2:5: error: name 'z' is not defined");
  });
});
