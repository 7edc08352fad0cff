/**
 * Error UX acceptance: erroneous Allo programs, each pinned to the diagnostic a user sees (exact message or a
 * stable distinctive part of it, severity, code, line:col and the source text the range covers), the CLI's
 * one-line errors, and a "nothing throws" property over random mutations of the gallery.
 *
 * Cases the current compiler gets wrong (throws, says nothing, or points somewhere unhelpful) are listed
 * under "known gaps" as it.todo with the program and the diagnostic we expect; move them up when fixed.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile, simulate } from "../src/core/api";
import type { Diagnostic, Severity } from "../src/core/diagnostics";
import { writeNpy } from "../src/core/sim/npy";
import { F32, I32 } from "../src/core/types/types";

/** A Python program written indented inside a template literal: drops the first newline and common indent. */
function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  text = text.replace(/^\n/, "").replace(/\n[ \t]*$/, "\n");
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

interface Expected {
  readonly code: string;
  /** The exact message, or a RegExp for messages that embed long lists. */
  readonly message: string | RegExp;
  readonly line: number;
  readonly col: number;
  /** The source text the diagnostic's range covers (the offending token or construct). */
  readonly text?: string;
  readonly severity?: Severity;
}

function describeDiags(src: string, ds: readonly Diagnostic[]): string {
  return ds.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col} [${JSON.stringify(src.slice(d.range.from, d.range.to))}] ${d.message}`).join("\n") || "(no diagnostics)";
}

function expectDiagnostic(src: string, ds: readonly Diagnostic[], e: Expected): void {
  const severity = e.severity ?? "error";
  const hit = ds.find((d) => d.code === e.code && (typeof e.message === "string" ? d.message === e.message : e.message.test(d.message)));
  expect(hit, `expected ${severity} ${e.code} "${e.message}" among:\n${describeDiags(src, ds)}`).toBeDefined();
  const d = hit!;
  expect({ severity: d.severity, line: d.line, col: d.col }, describeDiags(src, ds)).toEqual({ severity, line: e.line, col: e.col });
  if (e.text !== undefined) expect(src.slice(d.range.from, d.range.to)).toBe(e.text);
}

function compiles(src: string): readonly Diagnostic[] {
  return compile(src).diagnostics;
}

interface Case extends Expected {
  readonly name: string;
  readonly src: string;
  /** Run-time error: use simulate with a small step budget. */
  readonly run?: boolean;
}

const cases: Case[] = [
  // ---------------------------------------------------------------------------------------------- syntax
  {
    name: "syntax: missing ':' after def",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32[4]
          return A
    `,
    code: "E-syntax", message: "invalid syntax: expected ':'", line: 2, col: 31,
  },
  {
    name: "syntax: unclosed parenthesis",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32:
          return (A[0] + 1
    `,
    code: "E-syntax", message: "invalid syntax: '(' was never closed", line: 3, col: 12, text: "(",
  },
  {
    name: "syntax: unexpected indent",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32:
          x: int32 = 0
            y: int32 = 1
          return x
    `,
    code: "E-syntax", message: "invalid syntax: unexpected indent", line: 4, col: 7, text: "y",
  },
  {
    name: "syntax: incomplete ternary",
    src: py`
      from allo.ir.types import int32
      def k(a: int32, b: int32) -> int32:
          return a if b else
    `,
    code: "E-syntax", message: "invalid syntax: expected an expression", line: 3, col: 23,
  },
  // ------------------------------------------------------------------- Python the kernel language lacks
  {
    name: "class in a kernel",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          class Foo:
              pass
    `,
    code: "E-unsupported", message: "class definitions are not allowed inside kernels; define the class at module level", line: 3, col: 5,
  },
  {
    name: "class with a metaclass in the script",
    src: py`
      from allo.ir.types import int32
      class Foo(metaclass=Meta):
          pass
      def k(A: int32[4]):
          A[0] = 1
    `,
    code: "E-unsupported", message: "class keyword argument (metaclass=...) is not supported in an Allo design file", line: 2, col: 1,
  },
  {
    name: "lambda",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          f = lambda x: x + 1
    `,
    code: "E-unsupported", message: "lambda is not supported in kernels", line: 3, col: 9, text: "lambda x: x + 1",
  },
  {
    name: "list comprehension",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          B = [A[i] for i in range(4)]
    `,
    code: "E-unsupported", message: "list comprehension is not supported in kernels", line: 3, col: 9, text: "[A[i] for i in range(4)]",
  },
  {
    name: "dict comprehension",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          B = {i: A[i] for i in range(4)}
    `,
    code: "E-unsupported", message: "dict comprehension is not supported in kernels", line: 3, col: 9, text: "{i: A[i] for i in range(4)}",
  },
  {
    name: "set comprehension",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          B = {A[i] for i in range(4)}
    `,
    code: "E-unsupported", message: "set comprehension is not supported in kernels", line: 3, col: 9, text: "{A[i] for i in range(4)}",
  },
  {
    name: "generator expression",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          g = (A[i] for i in range(4))
    `,
    code: "E-unsupported", message: "generator expression is not supported in kernels", line: 3, col: 9, text: "(A[i] for i in range(4))",
  },
  {
    name: "break",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              break
    `,
    code: "E-unsupported",
    message: "'break' is not supported in kernels (hardware loops have fixed trip counts); use a while loop with a flag or an if around the body",
    line: 4, col: 9, text: "break",
  },
  {
    name: "continue",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              continue
    `,
    code: "E-unsupported", message: "'continue' is not supported in kernels; guard the rest of the body with an if instead", line: 4, col: 9, text: "continue",
  },
  {
    name: "@ matrix multiply in a kernel",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4, 4], B: int32[4, 4]) -> int32[4, 4]:
          return A @ B
    `,
    code: "E-unsupported", message: "'@' (matrix multiply) is not supported in kernels; use allo.matmul(A, B)", line: 3, col: 14, text: "@",
  },
  {
    name: "global",
    src: py`
      from allo.ir.types import int32
      g = 0
      def k(A: int32[4]):
          global g
          A[0] = g
    `,
    code: "E-unsupported", message: "'global' is not supported in kernels; pass the array as an argument", line: 4, col: 5, text: "global g",
  },
  {
    name: "try/except",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          try:
              A[0] = 1
          except:
              A[0] = 2
    `,
    code: "E-unsupported", message: "try statement is not supported in kernels", line: 3, col: 5,
  },
  {
    name: "del",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          x: int32 = 1
          del x
    `,
    code: "E-unsupported", message: "del statement is not supported in kernels", line: 4, col: 5, text: "del x",
  },
  {
    name: "for ... else",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              A[i] = 0
          else:
              A[0] = 1
    `,
    code: "E-unsupported", message: "'for ... else' is not supported in kernels; put the else body after the loop", line: 5, col: 5, text: "else",
  },
  {
    name: "while ... else",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          i: int32 = 0
          while i < 4:
              i += 1
          else:
              A[0] = 1
    `,
    code: "E-unsupported", message: "'while ... else' is not supported in kernels; put the else body after the loop", line: 6, col: 5, text: "else",
  },
  {
    name: "chained comparison",
    src: py`
      from allo.ir.types import int32
      def k(a: int32) -> int32:
          r: int32 = 0
          if 0 < a < 10:
              r = 1
          return r
    `,
    code: "E-compare", message: "chained comparisons are not supported in kernels; split them with 'and'", line: 4, col: 8, text: "0 < a < 10",
  },
  // ------------------------------------------------------------------------------------- undefined names
  {
    name: "undefined name in a kernel",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          A[0] = foo
    `,
    code: "E-name", message: "name 'foo' is not defined", line: 3, col: 12, text: "foo",
  },
  {
    name: "undefined function called in a kernel",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          A[0] = foo(1)
    `,
    code: "E-name", message: "name 'foo' is not defined", line: 3, col: 12, text: "foo",
  },
  {
    name: "undefined array stored to",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          Z[0] = 1
    `,
    code: "E-name", message: "name 'Z' is not defined", line: 3, col: 5, text: "Z",
  },
  {
    name: "undefined loop bound",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(M):
              A[i] = 0
    `,
    code: "E-name", message: "name 'M' is not defined", line: 3, col: 20, text: "M",
  },
  {
    name: "block-scoped local used after its loop",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              t: int32 = A[i]
          A[0] = t
    `,
    code: "E-name", message: "name 't' is not defined", line: 5, col: 12, text: "t",
  },
  {
    name: "undefined name in the script",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4]):
          A[0] = 1
      s = allo.customize(kk)
    `,
    code: "E-name", message: "name 'kk' is not defined; did you mean 'k'?", line: 5, col: 20, text: "kk",
  },
  {
    name: "undefined variable in a script expression",
    src: py`
      import allo
      x = y + 1
    `,
    code: "E-name", message: "name 'y' is not defined", line: 2, col: 5, text: "y",
  },
  {
    name: "unknown type name in an annotation",
    src: py`
      from allo.ir.types import int32
      def k(A: int99[4]):
          pass
    `,
    code: "E-name", message: "name 'int99' is not defined", line: 2, col: 10, text: "int99",
  },
  // ---------------------------------------------------------------------------- annotations that are not types
  {
    name: "annotation A: 5",
    src: py`
      from allo.ir.types import int32
      def k(A: 5):
          pass
    `,
    code: "E-annotation", message: "int 5 is not a type; annotate with an Allo type such as int32, float32[M, N] or Fixed(16, 8)", line: 2, col: 10, text: "5",
  },
  {
    name: 'annotation A: "foo"',
    src: py`
      from allo.ir.types import int32
      def k(A: "foo"):
          pass
    `,
    code: "E-name", message: `in annotation "foo": name 'foo' is not defined`, line: 2, col: 10, text: '"foo"',
  },
  {
    name: "annotation x: np.int32",
    src: py`
      import numpy as np
      from allo.ir.types import int32
      def k(A: int32[4]):
          x: np.int32 = 0
          A[0] = x
    `,
    code: "E-annotation", message: "numpy.int32 is not a type; annotate with an Allo type such as int32, float32[M, N] or Fixed(16, 8)", line: 4, col: 8, text: "np.int32",
  },
  {
    name: "array shape from a run-time value",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4], n: int32):
          B: int32[n] = 0
    `,
    code: "E-not-const", message: "'n' is a run-time value; a compile-time constant is needed here", line: 3, col: 8, text: "int32[n]",
  },
  {
    name: "duplicate argument name",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4], A: int32[4]):
          pass
    `,
    code: "E-name", message: "argument name 'A' conflicts with an existing symbol", line: 2, col: 20, text: "A: int32[4]",
  },
  {
    name: "re-declaration with a different type",
    src: py`
      from allo.ir.types import int32, float32
      def k(A: int32[4]):
          x: int32 = 0
          x: float32 = 1.0
    `,
    code: "E-redeclare", message: "'x' is already declared in this scope with a different type", line: 4, col: 5, text: "x",
  },
  // --------------------------------------------------------------------------------- kernel-to-kernel calls
  {
    name: "call with too few arguments",
    src: py`
      from allo.ir.types import int32
      def f(A: int32[4], b: int32):
          A[0] = b
      def k(A: int32[4]):
          f(A)
    `,
    code: "E-call", message: "f() takes 2 argument(s) but 1 were given", line: 5, col: 5, text: "f(A)",
  },
  {
    name: "call with too many arguments",
    src: py`
      from allo.ir.types import int32
      def f(A: int32[4]):
          A[0] = 1
      def k(A: int32[4]):
          f(A, A)
    `,
    code: "E-call", message: "f() takes 1 argument(s) but 2 were given", line: 5, col: 5, text: "f(A, A)",
  },
  {
    name: "call with the wrong shape",
    src: py`
      from allo.ir.types import int32
      def f(A: int32[8]):
          A[0] = 1
      def k(A: int32[4]):
          f(A)
    `,
    code: "E-call", message: "argument 1 of f() must be int32[8] but 'A' is int32[4]", line: 5, col: 7, text: "A",
  },
  {
    name: "call with the wrong rank",
    src: py`
      from allo.ir.types import int32
      def f(A: int32[2, 2]):
          A[0, 0] = 1
      def k(A: int32[4]):
          f(A)
    `,
    code: "E-call", message: "argument 1 of f() must be int32[2, 2] but 'A' is int32[4]", line: 5, col: 7, text: "A",
  },
  {
    name: "call with the wrong element type",
    src: py`
      from allo.ir.types import int32, float32
      def f(A: float32[4]):
          A[0] = 1.0
      def k(A: int32[4]):
          f(A)
    `,
    code: "E-call", message: "argument 1 of f() must be float32[4] but 'A' is int32[4]", line: 5, col: 7, text: "A",
  },
  {
    name: "call passing a scalar for an array",
    src: py`
      from allo.ir.types import int32
      def f(A: int32[4]):
          A[0] = 1
      def k(A: int32[4]):
          f(A[0])
    `,
    code: "E-call", message: /^argument 1 of f\(\) must be an array int32\[4\]/, line: 5, col: 7, text: "A[0]",
  },
  {
    name: "call passing an array for a scalar",
    src: py`
      from allo.ir.types import int32
      def f(x: int32):
          pass
      def k(A: int32[4]):
          f(A)
    `,
    code: "E-scalar", message: "expected a scalar but 'A' is an array int32[4]; index it", line: 5, col: 7, text: "A",
  },
  // ------------------------------------------------------------------------------------- shapes and ops
  {
    name: "broadcasting mismatch (4,3) + (4,2)",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4, 3], B: int32[4, 2]) -> int32[4, 3]:
          return A + B
    `,
    code: "E-broadcast", message: "cannot broadcast shapes (4, 3) and (4, 2): dimension 2 is 3 vs 2", line: 3, col: 12, text: "A + B",
  },
  {
    name: "broadcasting mismatch (4,3) - (2)",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4, 3], B: int32[2]) -> int32[4, 3]:
          return A - B
    `,
    code: "E-broadcast", message: /^cannot broadcast shapes \(4, 3\) and \(2,?\)/, line: 3, col: 12, text: "A - B",
  },
  {
    name: "allo.matmul inner dimension mismatch",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4, 3], B: int32[2, 4]) -> int32[4, 4]:
          return allo.matmul(A, B)
    `,
    code: "E-shape", message: "allo.matmul() inner dimensions differ: A is (4, 3) and B is (2, 4); A's columns must equal B's rows", line: 4, col: 12, text: "allo.matmul(A, B)",
  },
  {
    name: "bitwise & on floats",
    src: py`
      from allo.ir.types import float32
      def k(a: float32) -> float32:
          return a & 1.0
    `,
    code: "E-type", message: "bitwise '&' is not defined for float32 operands; cast to an integer type first", line: 3, col: 12, text: "a & 1.0",
  },
  {
    name: "min with three arguments",
    src: py`
      from allo.ir.types import int32
      def k(a: int32) -> int32:
          return min(a, 1, 2)
    `,
    code: "E-call", message: "min() takes 2 argument(s) but 3 were given", line: 3, col: 12, text: "min(a, 1, 2)",
  },
  {
    name: "slice assignment of the wrong shape",
    src: py`
      from allo.ir.types import int32
      def k(B: int32[8]) -> int32[4]:
          A: int32[4] = 0
          A[:] = B
          return A
    `,
    code: "E-shape", message: /^shape mismatch: the target slice is \(4,?\) but the value is \(8,?\)$/, line: 4, col: 12, text: "B",
  },
  {
    name: "ragged nested list initializer",
    src: py`
      from allo.ir.types import int32
      def k() -> int32[2, 2]:
          B: int32[2, 2] = [[1, 2], [3]]
          return B
    `,
    code: "E-init", message: "ragged nested list initializer", line: 3, col: 22, text: "[[1, 2], [3]]",
  },
  // ---------------------------------------------------------------------------------------------- loops
  {
    name: "range step 0",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[8]):
          for i in range(0, 8, 0):
              A[i] = 0
    `,
    code: "E-range", message: "the range() step must be positive (got 0); loop upwards and compute the index, e.g. N - 1 - i", line: 3, col: 26, text: "0",
  },
  {
    name: "range step -1",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[8]):
          for i in range(8, 0, -1):
              A[i - 1] = 0
    `,
    code: "E-range", message: "the range() step must be positive (got -1); loop upwards and compute the index, e.g. N - 1 - i", line: 3, col: 26, text: "-1",
  },
  {
    name: "dynamic shape: only the first dimension is dynamic",
    src: py`
      from allo.ir.types import float32, int32
      def k(A: float32[4, ...], size: int32):
          for i in range(size):
              A[0, i] = 0.0
    `,
    code: "E-shape", message: "only the first dimension of an array can be dynamic, e.g. float32[..., 4] (rows of 4 of any number); the other sizes must be constants", line: 2, col: 21, text: "...",
  },
  {
    name: "dynamic shape: a local array",
    src: py`
      from allo.ir.types import float32, int32
      def k(A: float32[...], size: int32):
          B: float32[...] = 0.0
          for i in range(size):
              A[i] = B[i]
    `,
    code: "E-shape", message: "a local array needs a static shape; 'B' is declared float32[...] (only a top function's argument can have a dynamic shape, its size given by the caller)", line: 3, col: 8, text: "float32[...]",
  },
  {
    name: "dynamic shape: a whole-array operation",
    src: py`
      from allo.ir.types import float32, int32
      def k(A: float32[...], B: float32[...]):
          B[:] = A
    `,
    code: "E-shape", message: "'A' has a dynamic shape (float32[...]): a kernel reads and writes it one element at a time (A[i]), in loops bounded by a scalar argument; slices, whole-array operations and calls need a static shape (e.g. float32[256], or a template parameter [N])", line: 3, col: 12, text: "A",
  },
  {
    name: "dynamic shape: a kernel called with one",
    src: py`
      from allo.ir.types import float32, int32
      def inner(A: float32[...], n: int32):
          for i in range(n):
              A[i] = 0.0
      def k(A: float32[8]):
          inner(A, 8)
    `,
    code: "E-shape", message: "inner() takes 'A' with a dynamic shape (float32[...]); only the top function (the one given to allo.customize) can, its sizes coming from the caller's arrays; give 'A' a static shape here", line: 6, col: 5, text: "inner(A, 8)",
  },
  {
    name: "dynamic shape: partition needs a static shape",
    src: py`
      import allo
      from allo.ir.types import float32, int32
      def k(A: float32[...], n: int32):
          for i in range(n):
              A[i] = 0.0
      s = allo.customize(k)
      s.partition(s.A, dim=1, factor=2)
    `,
    code: "E-schedule", message: /^s\.partition\(\) needs an array of static shape; 'A' is float32\[\.\.\.\]/, line: 7, col: 13, text: "s.A",
  },
  {
    name: "dynamic shape: run without an input for it",
    src: py`
      from allo.ir.types import float32, int32
      def k(A: float32[...], n: int32):
          for i in range(n):
              A[i] = 0.0
    `,
    run: true,
    code: "E-input", message: "'A' has a dynamic shape (float32[...]): its size is the array it is given — call the built module with a numpy array for it (mod = s.build(); mod(...)), or pass one with --in A=A.npy; or give it a static shape", line: 2, col: 7, text: "A: float32[...]",
  },
  {
    name: "range with four arguments",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(0, 4, 1, 1):
              A[i] = 0
    `,
    code: "E-range", message: "range() takes 1 to 3 arguments", line: 3, col: 14, text: "range(0, 4, 1, 1)",
  },
  {
    name: "allo.grid with fewer dimensions than loop variables",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4, 4]):
          for i, j in allo.grid(4):
              A[i, j] = 0
    `,
    code: "E-loop", message: "allo.grid() has 1 dimension(s) but 2 loop variable(s)", line: 4, col: 9, text: "i, j",
  },
  {
    name: "assigning to a loop variable",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              i = 2
              A[i] = 0
    `,
    code: "E-assign", message: "cannot assign to 'i' (a loop variable)", line: 4, col: 9, text: "i",
  },
  {
    name: "augmented assignment to a loop variable",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              i += 1
    `,
    code: "E-assign", message: "cannot assign to 'i' (a loop variable)", line: 4, col: 9, text: "i",
  },
  {
    name: "reusing a loop variable in a nested range loop",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4, 4]):
          for i in range(4):
              for i in range(4):
                  A[i, i] = 0
    `,
    code: "E-loop", message: "loop variable 'i' is already used by an enclosing loop", line: 4, col: 13, text: "i",
  },
  {
    name: "reusing a loop variable in a nested grid",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4, 4]):
          for i in range(4):
              for i, j in allo.grid(4, 4):
                  A[i, j] = 0
    `,
    code: "E-loop", message: "loop variable 'i' is already used by an enclosing loop", line: 5, col: 13,
  },
  {
    name: "runaway while loop (step budget)",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          i: int32 = 0
          while i < 4:
              A[0] += 1
    `,
    run: true,
    code: "E-budget", message: "the simulation stopped after 10,000 loop iterations and calls: this loop may not terminate (if it is just long, raise the step budget with --step-budget N, the studio's run settings or the API's stepBudget)", line: 4, col: 5,
  },
  {
    name: "runaway while loop nested in a for (points at the while)",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          for j in range(4):
              i: int32 = 0
              while i >= 0:
                  i = 1
    `,
    run: true,
    code: "E-budget", message: /^the simulation stopped after 10,000 loop iterations and calls: this loop may not terminate/, line: 5, col: 9,
  },
  // ------------------------------------------------------------------------------------------- indices and bits
  {
    name: "constant index past the end (A[16] on int32[16])",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[16]) -> int32:
          return A[16]
    `,
    code: "E-index", message: "index 16 is out of bounds for dimension 1 of 'A' (size 16)", line: 3, col: 14, text: "16",
  },
  {
    name: "negative constant index (A[-1])",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[16]) -> int32:
          return A[-1]
    `,
    code: "E-index", message: "index -1 is out of bounds for dimension 1 of 'A' (size 16)", line: 3, col: 14, text: "-1",
  },
  {
    name: "constant index out of bounds in dimension 2",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4, 4]) -> int32:
          return A[1, 4]
    `,
    code: "E-index", message: "index 4 is out of bounds for dimension 2 of 'A' (size 4)", line: 3, col: 17, text: "4",
  },
  {
    name: "constant index out of bounds on a store to a local",
    src: py`
      from allo.ir.types import int32
      def k() -> int32:
          B: int32[3] = 0
          B[3] = 1
          return B[0]
    `,
    code: "E-index", message: "index 3 is out of bounds for dimension 1 of 'B' (size 3)", line: 4, col: 7, text: "3",
  },
  {
    name: "too many indices",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32:
          return A[0, 0]
    `,
    code: "E-index", message: "'A' has 1 dimension(s) but 2 index(es) were given", line: 3, col: 14, text: "0, 0",
  },
  {
    name: "bit access on a float (f[0])",
    src: py`
      from allo.ir.types import int32, float32
      def k(f: float32) -> int32:
          return f[0]
    `,
    code: "E-bits", message: "can only access bits of integers; 'f' is float32", line: 3, col: 12, text: "f[0]",
  },
  {
    name: "bit slice on a float (f[0:4])",
    src: py`
      from allo.ir.types import int32, float32
      def k(f: float32) -> int32:
          return f[0:4]
    `,
    code: "E-bits", message: "can only access bits of integers; 'f' is float32", line: 3, col: 12, text: "f[0:4]",
  },
  {
    name: "bit store on a float",
    src: py`
      from allo.ir.types import float32
      def k(x: float32) -> float32:
          y: float32 = x
          y[0] = 1
          return y
    `,
    code: "E-bits", message: "can only access bits of integers; 'y' is float32", line: 4, col: 5, text: "y[0]",
  },
  {
    name: "reversed bit slice x[4:2]",
    src: py`
      from allo.ir.types import int32
      def k(x: int32) -> int32:
          return x[4:2]
    `,
    code: "E-bits", message: "bit slice [4:2] is out of range for int32; use lo < hi <= 32 (hi is exclusive)", line: 3, col: 14, text: "4:2",
  },
  {
    name: "too wide bit slice x[0:40] on int32",
    src: py`
      from allo.ir.types import int32
      def k(x: int32) -> int32:
          return x[0:40]
    `,
    code: "E-bits", message: "bit slice [0:40] is out of range for int32; use lo < hi <= 32 (hi is exclusive)", line: 3, col: 14, text: "0:40",
  },
  {
    name: "bit index 32 on int32",
    src: py`
      from allo.ir.types import int32
      def k(x: int32) -> int32:
          return x[32]
    `,
    code: "E-bits", message: "bit 32 is out of range for int32 (bits 0..31)", line: 3, col: 14, text: "32",
  },
  {
    name: "bit store out of range",
    src: py`
      from allo.ir.types import int32
      def k(x: int32) -> int32:
          y: int32 = x
          y[40] = 1
          return y
    `,
    code: "E-bits", message: "bit 40 is out of range for int32 (bits 0..31)", line: 4, col: 7, text: "40",
  },
  {
    name: "reversed bit-slice store",
    src: py`
      from allo.ir.types import int32
      def k(x: int32) -> int32:
          y: int32 = x
          y[8:4] = 1
          return y
    `,
    code: "E-bits", message: "bit slice [8:4] is out of range for int32; use lo < hi <= 32 (hi is exclusive)", line: 4, col: 7, text: "8:4",
  },
  // ---------------------------------------------------------------------------------------------- templates
  {
    name: "template type argument outside its bound (instantiate=)",
    src: py`
      import allo
      from allo.ir.types import int32, float32, int8
      def k[T: (int32, float32)](A: "T[4]") -> "T[4]":
          return A
      s = allo.customize(k, instantiate=[int8])
    `,
    code: "E-template", message: "template argument type int8 for 'T' of 'k' does not satisfy its bound (int32, float32)", line: 5, col: 5, text: "allo.customize(k, instantiate=[int8])",
  },
  {
    name: "template type argument outside its bound (k[...] call)",
    src: py`
      from allo.ir.types import int32, float32, int8
      def k[T: (int32, float32), M: int32](A: "T[M]"):
          A[0] = 1
      def top(A: int8[4]):
          k[int8, 4](A)
    `,
    code: "E-template", message: "template argument type int8 for 'T' of 'k' does not satisfy its bound (int32, float32)", line: 5, col: 5, text: "k[int8, 4](A)",
  },
  {
    name: "wrong number of template arguments (instantiate=)",
    src: py`
      import allo
      from allo.ir.types import int32, float32
      def k[T: (int32, float32), M: int32](A: "T[M]") -> "T[M]":
          return A
      s = allo.customize(k, instantiate=[int32])
    `,
    code: "E-template", message: "'k' takes 2 template argument(s) [T, M] but got 1; pass them with instantiate=[...] or k[...]", line: 5, col: 5,
  },
  {
    name: "wrong number of template arguments (k[...] call)",
    src: py`
      from allo.ir.types import int32, float32
      def k[T: (int32, float32), M: int32](A: "T[M]"):
          A[0] = 1
      def top(A: int32[4]):
          k[int32](A)
    `,
    code: "E-template", message: "'k' takes 2 template argument(s) [T, M] but got 1; pass them with instantiate=[...] or k[...]", line: 5, col: 5, text: "k[int32](A)",
  },
  // ---------------------------------------------------------------------------------------------- returns
  {
    name: "return type declared but no return",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32:
          A[0] = 1
    `,
    code: "E-return", message: "kernel 'k' declares a return type (-> int32) but does not end with a return statement", line: 3, col: 5,
  },
  {
    name: "return type declared but bare return",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32:
          return
    `,
    code: "E-return", message: "'k' must return int32", line: 3, col: 5, text: "return",
  },
  {
    name: "return only inside an if",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32[4]:
          C: int32[4] = 0
          if A[0] > 0:
              return C
    `,
    code: "E-return", message: "'return' inside a loop or if is not supported: hardware has no early exit; assign the result to a variable and return it at the end of the kernel", line: 5, col: 9, text: "return C",
  },
  {
    name: "returning a value without a return annotation",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          return A[0]
    `,
    code: "E-return", message: "'k' returns a value but has no return annotation; add '-> type' to its signature", line: 3, col: 12, text: "A[0]",
  },
  {
    name: "returning one value where a tuple is declared",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> (int32[4], int32[4]):
          B: int32[4] = 0
          return B
    `,
    code: "E-return", message: "'k' returns 2 value(s) but 1 were given", line: 4, col: 12, text: "B",
  },
  {
    name: "returning an array from a scalar kernel",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32:
          return A
    `,
    code: "E-scalar", message: "expected a scalar but 'A' is an array int32[4]; index it", line: 3, col: 12, text: "A",
  },
  {
    name: "tuple unpack count mismatch (call result)",
    src: py`
      from allo.ir.types import int32
      def f(A: int32[4]) -> (int32, int32):
          return A[0], A[1]
      def k(A: int32[4]):
          x, y, z = f(A)
    `,
    code: "E-unpack", message: "the call returns 2 value(s) but 3 names are assigned", line: 5, col: 5,
  },
  {
    name: "tuple unpack count mismatch (literal)",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4]):
          x, y = 1, 2, 3
    `,
    code: "E-unpack", message: "cannot unpack 3 values into 2 names", line: 3, col: 5,
  },
  // ---------------------------------------------------------------------------------------- script level
  {
    name: "allo.customize on an int",
    src: py`
      import allo
      from allo.ir.types import int32
      N = 4
      s = allo.customize(N)
    `,
    code: "E-customize", message: "allo.customize() takes a kernel function; got int 4", line: 4, col: 20, text: "N",
  },
  {
    name: "allo.customize on a string",
    src: py`
      import allo
      s = allo.customize("k")
    `,
    code: "E-customize", message: "allo.customize() takes a kernel function; got str 'k'", line: 2, col: 20, text: '"k"',
  },
  {
    name: "schedule references an unknown buffer (lists the buffers)",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32[4]:
          C: int32[4] = 0
          for i in range(4):
              C[i] = A[i]
          return C
      s = allo.customize(k)
      s.partition(s.Z)
    `,
    code: "E-schedule-buffer", message: "'Z' is neither a schedule primitive nor a buffer or argument of 'k' (it has: A, C)", line: 9, col: 15, text: "Z",
  },
  {
    name: "file without a kernel",
    src: "import allo\n",
    code: "E-no-design", message: /^this file defines no kernel/, line: 1, col: 1,
  },
  {
    name: "unknown module import warns",
    src: py`
      import allo
      import tensorflow
      from allo.ir.types import int32
      def k(A: int32[4]):
          A[0] = 1
    `,
    severity: "warning", code: "W-import", message: "module 'tensorflow' is not known to Allo Studio; its names evaluate to nothing", line: 2, col: 8, text: "tensorflow",
  },
  // ------------------------------------------------------------------------------------------------ types
  {
    name: "Int(0)",
    src: py`
      from allo.ir.types import Int
      def k(A: Int(0)[4]):
          pass
    `,
    code: "E-type", message: "integer widths must be 1..512; got 0", line: 2, col: 10, text: "Int(0)",
  },
  {
    name: "UInt(600)",
    src: py`
      from allo.ir.types import UInt
      def k(A: UInt(600)[4]):
          pass
    `,
    code: "E-type", message: "integer widths must be 1..512 here (Allo's MLIR allows wider ones); got 600", line: 2, col: 10, text: "UInt(600)",
  },
  {
    name: "Int(0) in the script",
    src: py`
      from allo.ir.types import Int, int32
      T = Int(0)
      def k(A: int32[4]):
          pass
    `,
    code: "E-type", message: "integer widths must be 1..512; got 0", line: 2, col: 5, text: "Int(0)",
  },
  {
    name: "Fixed with negative fracs",
    src: py`
      from allo.ir.types import Fixed
      def k(A: Fixed(8, -1)[4]):
          pass
    `,
    code: "E-type", message: "fixed-point fractional bits must be 0..255; got -1", line: 2, col: 10, text: "Fixed(8, -1)",
  },
  {
    name: "Fixed with fracs above 255",
    src: py`
      from allo.ir.types import Fixed
      def k(A: Fixed(300, 256)[4]):
          pass
    `,
    code: "E-type", message: "fixed-point fractional bits must be 0..255; got 256", line: 2, col: 10, text: "Fixed(300, 256)",
  },
  {
    name: "UFixed with width 0",
    src: py`
      from allo.ir.types import UFixed
      def k(A: UFixed(0, 0)[4]):
          pass
    `,
    code: "E-type", message: "fixed-point widths must be 1..512; got 0", line: 2, col: 10, text: "UFixed(0, 0)",
  },
  {
    name: "Fixed with a float width",
    src: py`
      from allo.ir.types import Fixed
      def k(A: Fixed(8.5, 2)[4]):
          pass
    `,
    code: "E-index", message: "expected an integer, got float 8.5", line: 2, col: 16, text: "8.5",
  },
  {
    name: "@ Stateful on a parameter",
    src: py`
      from allo.ir.types import int32, Stateful
      def k(A: int32 @ Stateful):
          pass
    `,
    code: "E-stateful", message: "function parameter 'A' cannot be Stateful; declare a Stateful local instead", line: 2, col: 7, text: "A: int32 @ Stateful",
  },
  {
    name: "Stateful with a non-constant initial value",
    src: py`
      from allo.ir.types import int32, Stateful
      def k(A: int32[4], b: int32):
          acc: int32 @ Stateful = b
          A[0] = acc
    `,
    code: "E-stateful", message: "the initial value of Stateful 'acc' must be a compile-time constant", line: 3, col: 29, text: "b",
  },
  {
    name: "ConstExpr without an initial value",
    src: py`
      from allo.ir.types import int32, ConstExpr
      def k(A: int32[4]):
          c: ConstExpr[int32]
          A[0] = c
    `,
    code: "E-constexpr", message: "ConstExpr 'c' must be initialized", line: 3, col: 5, text: "c: ConstExpr[int32]",
  },
  {
    name: "ConstExpr from a run-time value",
    src: py`
      from allo.ir.types import int32, ConstExpr
      def k(A: int32[4], b: int32):
          c: ConstExpr[int32] = b
          A[0] = c
    `,
    code: "E-not-const", message: "'b' is a run-time value; a compile-time constant is needed here", line: 3, col: 27, text: "b",
  },
  {
    name: "meta_if on a run-time condition",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4], b: int32):
          with allo.meta_if(b > 0):
              A[0] = 1
    `,
    code: "E-not-const", message: "'b' is a run-time value; a compile-time constant is needed here", line: 4, col: 23, text: "b > 0",
  },
  // ---------------------------------------------------------------------------------- formerly known gaps
  {
    name: "unknown member imported from allo.ir.types",
    src: py`
      from allo.ir.types import int32, int99
      def k(A: int32[4]):
          A[0] = 1
    `,
    code: "E-import", message: "cannot import 'int99' from 'allo.ir.types': it has no such member; did you mean 'int9'? (types are int1..int16, int32, int64, uint*, float16/32/64, bfloat16, index, bool, Int, UInt, Float, Fixed, UFixed)", line: 1, col: 34, text: "int99",
  },
  {
    name: "unknown member imported from allo",
    src: py`
      from allo import nothing
      from allo.ir.types import int32
      def k(A: int32[4]):
          A[0] = 1
    `,
    code: "E-import", message: "cannot import 'nothing' from 'allo': it has no such member", line: 1, col: 18, text: "nothing",
  },
  {
    name: "the only def has an argument without annotation",
    src: py`
      def k(A):
          A[0] = 1
    `,
    code: "E-annotation", message: "argument 'A' of kernel 'k' needs a type annotation, e.g. A: int32[16]", line: 1, col: 7, text: "A",
  },
  {
    name: "kernel with a return type ending in a while loop",
    src: py`
      from allo.ir.types import int32
      def f(x: int32) -> int32:
          y: int32 = x
          while y > 0:
              y = y - 1
      def k(A: int32[4]):
          A[0] = f(A[1])
    `,
    code: "E-return", message: "kernel 'f' declares a return type (-> int32) but does not end with a return statement", line: 4, col: 5,
  },
  {
    name: "recursion",
    src: py`
      from allo.ir.types import int32
      def f(A: int32[4]):
          f(A)
      def k(A: int32[4]):
          f(A)
    `,
    code: "E-recursion", message: "'f' calls itself (directly or through other kernels); recursion cannot become hardware, write it as a loop", line: 3, col: 5, text: "f(A)",
  },
  {
    name: "unknown schedule method",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              A[i] = 0
      s = allo.customize(k)
      s.foo()
    `,
    code: "E-schedule-buffer", message: "'foo' is neither a schedule primitive nor a buffer or argument of 'k' (it has: A)", line: 7, col: 3, text: "foo",
  },
  {
    name: "run time: an index the compiler cannot prove in bounds goes out of bounds",
    src: py`
      from allo.ir.types import int32
      def k(A: int32[4], B: int32[4]) -> int32[4]:
          C: int32[4] = 0
          for i in range(4):
              C[i] = A[B[i] + 4]
          return C
    `,
    run: true,
    code: "E-bounds", message: /^index \d+ is out of bounds for dimension 1 of 'A' \(size 4\); check the loop bounds or guard the access$/, line: 5, col: 16, text: "A[B[i] + 4]",
  },
  {
    name: "schedule referencing an unknown loop (lists the loops)",
    src: py`
      import allo
      from allo.ir.types import int32
      def k(A: int32[4]):
          for i in range(4):
              A[i] = 0
      s = allo.customize(k)
      s.pipeline("q")
    `,
    code: "E-schedule", message: "Cannot find the band of loop q in function k; its loops are: i", line: 7, col: 13, text: "q",
  },
];

describe("diagnostics of erroneous programs", () => {
  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of cases) {
    it(c.name, () => {
      const ds = c.run ? simulate(c.src, { stepBudget: 10000 }).diagnostics : compiles(c.src);
      expectDiagnostic(c.src, ds, c);
    });
  }

  it("a simulate input of the wrong shape is a diagnostic on the parameter", () => {
    const src = py`
      from allo.ir.types import int32
      def k(A: int32[4]) -> int32:
          return A[0]
    `;
    const r = simulate(src, { inputs: { A: { type: I32, shape: [2, 2], data: [1, 2, 3, 4] } } });
    expectDiagnostic(src, r.diagnostics, { code: "E-input", message: "input 'A' has shape (2, 2) but the parameter is int32[4]", line: 2, col: 7 });
    expect(r.returns).toBeUndefined();
  });

  it("an error produces no design and no MLIR", () => {
    const r = compile(cases[0]!.src);
    expect(r.design).toBeUndefined();
    expect(r.mlir).toBeUndefined();
  });
});

// ------------------------------------------------------------------------------------------------- CLI
describe("CLI user errors: one line on stderr, exit code 1", () => {
  const root = new URL("..", import.meta.url).pathname;
  const bin = join(root, "bin/allo-studio.mjs");
  let dir = "";
  type Out = { code: number; stdout: string; stderr: string };
  const results = new Map<string, Out>();
  const runs: Record<string, string[]> = {
    dtype: ["run", "k.py", "--in", "A=f32.npy"],
    shape: ["run", "k.py", "--in", "A=shape.npy"],
    garbage: ["run", "k.py", "--in", "A=garbage.npy"],
    missingNpy: ["run", "k.py", "--in", "A=nothere.npy"],
    badParam: ["run", "k.py", "--in", "Q=f32.npy"],
    badScalar: ["run", "k.py", "--in", "n=abc"],
    flag: ["run", "k.py", "--bogus"],
    missingFile: ["check", "nothere.py"],
    command: ["frobnicate", "k.py"],
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "allo-errors-"));
    writeFileSync(join(dir, "k.py"), py`
      from allo.ir.types import int32
      def k(A: int32[4], n: int32) -> int32[4]:
          B: int32[4] = 0
          for i in range(4):
              B[i] = A[i] + n
          return B
    `);
    const save = (name: string, bytes: Uint8Array | { error: string }) => {
      if ("error" in bytes) throw new Error(bytes.error);
      writeFileSync(join(dir, name), bytes);
    };
    save("f32.npy", writeNpy({ type: F32, shape: [4], data: [1, 2, 3, 4] }));
    save("shape.npy", writeNpy({ type: I32, shape: [2, 2], data: [1, 2, 3, 4] }));
    writeFileSync(join(dir, "garbage.npy"), "hello");
    const exec = promisify(execFile);
    await Promise.all(Object.entries(runs).map(async ([key, args]) => {
      try {
        const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd: dir });
        results.set(key, { code: 0, stdout, stderr });
      } catch (e) {
        const err = e as { code?: number; stdout?: string; stderr?: string };
        results.set(key, { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" });
      }
    }));
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function oneLineError(key: string): string {
    const r = results.get(key)!;
    expect(r.code, `exit code; stderr: ${r.stderr}`).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines, r.stderr).toHaveLength(1);
    expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    return lines[0]!;
  }

  it(".npy of the wrong dtype", () => {
    const line = oneLineError("dtype");
    expect(line).toMatch(/^allo-studio run: f32\.npy: argument 'A' is int32\[4\]; .* holds float32 — save it with dtype=np\.int32$/);
  });
  it(".npy of the wrong shape", () => {
    const line = oneLineError("shape");
    expect(line).toMatch(/^allo-studio run: shape\.npy: argument 'A' expects shape \(4,\) but .* has shape \(2, 2\)$/);
  });
  it("a file that is not .npy", () => {
    expect(oneLineError("garbage")).toBe("allo-studio run: garbage.npy: not a .npy file (it does not start with the \\x93NUMPY magic); save it with np.save");
  });
  it("a missing .npy file", () => {
    expect(oneLineError("missingNpy")).toBe("allo-studio run: cannot read 'nothere.npy' for 'A': no such file");
  });
  it("--in for a parameter that does not exist", () => {
    expect(oneLineError("badParam")).toBe("allo-studio run: 'k' has no parameter 'Q' (parameters: A, n)");
  });
  it("--in with a non-number for a scalar", () => {
    expect(oneLineError("badScalar")).toBe("allo-studio run: scalar 'n' takes an integer (int32), got 'abc'");
  });
  it("unknown flag", () => {
    expect(oneLineError("flag")).toBe("allo-studio run: unknown flag '--bogus'");
  });
  it("missing design file", () => {
    expect(oneLineError("missingFile")).toBe("allo-studio: cannot read 'nothere.py': no such file");
  });
  it("unknown command", () => {
    expect(oneLineError("command")).toBe("allo-studio: unknown command 'frobnicate' (try: check, ir, run, export, report, arch, script, test, verify, import)");
  });
});

// ------------------------------------------------------------------------------------ nothing throws
/**
 * Internal errors the mutation test currently hits; each has a minimal repro under "known gaps".
 * The compiler must turn these into diagnostics; then delete the entry so the property is strict again.
 */
const KNOWN_INTERNAL_ERRORS: readonly RegExp[] = [];

/** Codes whose diagnostics currently reach the user with an empty message (see known gaps). */
const KNOWN_EMPTY_MESSAGE_CODES: readonly string[] = [];

function lineColOf(src: string, offset: number): { line: number; col: number } {
  const before = src.slice(0, offset);
  const line = before.split("\n").length;
  return { line, col: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

describe("nothing throws on mutated gallery designs", () => {
  const examples = new URL("../public/examples/", import.meta.url);
  const files = readdirSync(examples).filter((f) => f.endsWith(".py")).sort();
  const MUTATIONS = 300;

  function rng(seed: number): (n: number) => number {
    let s = seed >>> 0;
    return (n) => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return Math.floor((s / 2 ** 32) * n);
    };
  }

  function mutate(src: string, r: (n: number) => number): string {
    const lines = src.split("\n");
    switch (r(5)) {
      case 0: { // delete a character
        const i = r(src.length);
        return src.slice(0, i) + src.slice(i + 1);
      }
      case 1: { // delete a token
        const toks = [...src.matchAll(/\w+|[^\s\w]/g)];
        const t = toks[r(toks.length)]!;
        return src.slice(0, t.index) + src.slice(t.index + t[0].length);
      }
      case 2: // delete a line
        lines.splice(r(lines.length), 1);
        return lines.join("\n");
      case 3: { // duplicate a line
        const i = r(lines.length);
        lines.splice(i, 0, lines[i]!);
        return lines.join("\n");
      }
      default: { // swap two lines
        const i = r(lines.length);
        const j = r(lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        return lines.join("\n");
      }
    }
  }

  /** Problems with one diagnostic's range, line/col or message; empty when it is well-formed. */
  function problems(src: string, d: Diagnostic): string[] {
    const out: string[] = [];
    const { from, to } = d.range;
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= src.length)) out.push(`range ${from}-${to} outside the source (length ${src.length})`);
    else {
      const lc = lineColOf(src, from);
      if (d.line !== lc.line || d.col !== lc.col) out.push(`line:col ${d.line}:${d.col} but range starts at ${lc.line}:${lc.col}`);
    }
    if (!["error", "warning", "info"].includes(d.severity)) out.push(`severity '${d.severity}'`);
    if (!/^[EWI]-[a-z-]+$/.test(d.code)) out.push(`code '${d.code}'`);
    if (d.message.trim() === "" && !KNOWN_EMPTY_MESSAGE_CODES.includes(d.code)) out.push("empty message");
    return out;
  }

  for (const [fi, file] of files.entries()) {
    it(`${file}: ${MUTATIONS} mutations`, () => {
      const source = readFileSync(new URL(file, examples), "utf8");
      const original = compile(source).mlir;
      const r = rng(0x5eed + fi);
      const bad: string[] = [];
      for (let k = 0; k < MUTATIONS; k++) {
        const m = mutate(source, r);
        const label = `${file} mutation ${k}`;
        let ds: Diagnostic[] = [];
        try {
          const c = compile(m);
          ds = [...c.diagnostics];
          // A mutant that prints the same MLIR as the original simulates like it (the gallery tests cover that).
          if (c.design && c.mlir !== original) ds.push(...simulate(m, { stepBudget: 1e6 }).diagnostics);
        } catch (e) {
          const msg = e instanceof Error ? e.message : String(e);
          if (!KNOWN_INTERNAL_ERRORS.some((re) => re.test(msg))) bad.push(`${label} threw: ${msg}\n${m}`);
        }
        for (const d of ds) {
          // The API turns escaped exceptions into E-internal diagnostics: still a failure here.
          if (d.code === "E-internal" && !KNOWN_INTERNAL_ERRORS.some((re) => re.test(d.message))) bad.push(`${label} threw: ${d.message}\n${m}`);
          const p = problems(m, d);
          if (p.length) bad.push(`${label}: ${d.code} "${d.message}": ${p.join("; ")}\n${m}`);
        }
      }
      expect(bad, bad[0]).toEqual([]);
      // A hang guard, not a timing: 300 compiles and runs of the 256-PE process network take over a
      // minute when every core of the machine is busy.
    }, 240_000);
  }
});

// ------------------------------------------------------------------------------ one mistake, one report
describe("a syntax error is reported once, without echoes", () => {
  const only = (src: string) => compile(src).diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`);
  it("an unexpected indent does not also report the kernel's names as undefined", () => {
    const src = "from allo.ir.types import int32\ndef k(A: int32[4]) -> int32:\n    x: int32 = 0\n      y: int32 = 1\n    return x\n";
    expect(only(src)).toEqual(["E-syntax@4:7"]);
  });
  it("a broken schedule call reports only the syntax error", () => {
    const src = "import allo\nfrom allo.ir.types import int32\ndef k(A: int32[4]):\n    for i in range(4):\n        A[i] = 0\ns = allo.customize(k)\ns.(\"j\")\n";
    const ds = compile(src).diagnostics;
    expect(ds.every((d) => d.message.trim() !== "")).toBe(true);
    expect(ds.map((d) => d.code)).toEqual(["E-syntax"]);
  });
  it("a misspelled import does not make every later use of its name an error", () => {
    const src = "imprt allo\nfrom allo.ir.types import int32\ndef k(A: int32[4]):\n    for i in allo.grid(4):\n        A[i] = 0\ns = allo.customize(k)\ns.pipeline(\"i\")\n";
    expect(compile(src).diagnostics.map((d) => d.code)).toEqual(["E-syntax"]);
  });
  it("re-declaring an array with the same type re-initializes it (Allo allows it)", () => {
    const src = "from allo.ir.types import int32\ndef k(A: int32[4]) -> int32[4]:\n    C: int32[4] = 1\n    C[0] = 5\n    C: int32[4] = 0\n    return C\n";
    const r = simulate(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.returns![0]!.data).toEqual([0, 0, 0, 0]);
  });
});

