import { describe, it, expect } from "vitest";
import { DiagnosticSink, LineMap } from "../diagnostics";
import type { Expr, FunctionDef, Module, Stmt } from "./ast";
import { parseModule } from "./parse";

// ------------------------------------------------------------------------------------------ helpers

function parse(src: string): { mod: Module; diags: string[] } {
  const sink = new DiagnosticSink(new LineMap(src));
  const mod = parseModule(src, sink);
  return { mod, diags: sink.items.map((d) => `${d.line}:${d.col}: ${d.message}`) };
}

/** Parses source that must be free of syntax errors. */
function ok(src: string): Stmt[] {
  const { mod, diags } = parse(src);
  expect(diags).toEqual([]);
  return [...mod.body];
}

/** The expression of a one-line `x = <expr>` or expression statement. */
function expr(src: string): Expr {
  const [s] = ok(src);
  if (s?.kind === "Expr") return s.value;
  if (s?.kind === "Assign") return s.value;
  throw new Error(`not an expression statement: ${src}`);
}

/** Drops source ranges so structures can be compared. */
function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === "range" || k === "opRange" || k === "attrRange" || k === "nameRange") continue;
      out[k] = strip(v);
    }
    return out;
  }
  return x;
}

/** A compact S-expression of an expression: the golden form for expression tests. */
function sx(e: Expr | undefined): string {
  if (!e) return "_";
  switch (e.kind) {
    case "Name": return e.id;
    case "Int": return `${e.value}`;
    case "Float": return Number.isInteger(e.value) ? `${e.value}.0` : `${e.value}`;
    case "Str": return JSON.stringify(e.value);
    case "Bool": return e.value ? "True" : "False";
    case "None": return "None";
    case "Ellipsis": return "...";
    case "BinOp": return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case "UnaryOp": return `(${e.op} ${sx(e.operand)})`;
    case "BoolOp": return `(${e.op} ${e.values.map(sx).join(" ")})`;
    case "Compare": return `(cmp ${sx(e.left)} ${e.ops.map((o, i) => `${o} ${sx(e.comparators[i])}`).join(" ")})`;
    case "Call": return `(call ${[sx(e.func), ...e.args.map(sx), ...e.keywords.map((k) => `${k.name}=${sx(k.value)}`)].join(" ")})`;
    case "Attribute": return `${sx(e.value)}.${e.attr}`;
    case "Subscript": return `${sx(e.value)}[${sx(e.index)}]`;
    case "Slice": return `(slice ${sx(e.lower)} ${sx(e.upper)} ${sx(e.step)})`;
    case "Tuple": return `(tuple${e.elts.map((x) => " " + sx(x)).join("")})`;
    case "List": return `[${e.elts.map(sx).join(" ")}]`;
    case "Dict": return `{${e.keys.map((k, i) => `${sx(k)}: ${sx(e.values[i])}`).join(", ")}}`;
    case "IfExp": return `(if ${sx(e.test)} ${sx(e.body)} ${sx(e.orelse)})`;
    case "ErrorExpr": return "<error>";
    case "UnsupportedExpr": return `<${e.what}>`;
    case "JoinedStr": return `(f ${e.parts.map((p) => (typeof p === "string" ? JSON.stringify(p) : `{${sx(p.value)}${p.conversion ? "!" + p.conversion : ""}${p.spec !== undefined ? ":" + p.spec : ""}}`)).join(" ")})`;
    case "Starred": return `*${sx(e.value)}`;
    case "ListComp": return `(listcomp ${sx(e.elt)} ${e.generators.map((g) => `for ${sx(g.target)} in ${sx(g.iter)}${g.ifs.map((c) => " if " + sx(c)).join("")}`).join(" ")})`;
  }
}

function text(src: string, r: { from: number; to: number }): string {
  return src.slice(r.from, r.to);
}

/** Visits every node object (anything with a range) in a module. */
function eachNode(x: unknown, f: (n: { kind?: string; range: { from: number; to: number } }) => void): void {
  if (Array.isArray(x)) for (const v of x) eachNode(v, f);
  else if (x && typeof x === "object") {
    if ("range" in x) f(x as { range: { from: number; to: number } });
    for (const [k, v] of Object.entries(x)) if (k !== "range" && k !== "opRange" && k !== "attrRange" && k !== "nameRange") eachNode(v, f);
  }
}

// ---------------------------------------------------------------------------------------- fixtures

const GEMM = `# GEMM with a schedule
import allo
from allo.ir.types import int32, float32

M, N, K = 32, 32, 32


def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    """C = A @ B"""
    C: int32[M, N] = 0
    for i, j in allo.grid(M, N, name="C"):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
s.reorder("k", "j")
s.split("i", factor=8)
s.pipeline("j")
s.partition(s.C, dim=0, factor=4)
mod = s.build(target="vhls")
`;

const TEMPLATE = `import allo
from allo.ir.types import int32, float32, ConstExpr, Stateful
from allo.memory import Memory


def vadd[T: (int32, float32), L: int32, N](a: "T[L]", b: "T[L]" @ Memory(resource="URAM")) -> "T[L]":
    out: T[L] = 0
    acc: T @ Stateful = 0
    scale: ConstExpr[int32] = 2 * L
    for i in range(0, L, 2):
        with allo.meta_if(L > 2):
            out[i] = a[i] + b[i] * scale
        with allo.meta_else():
            out[i] = a[i] - b[i]
    return out


def top(x: float32[16], y: float32[16]) -> float32[16]:
    return vadd[float32, 16, "v16"](x, y)


s = allo.customize(vadd, instantiate=[int32, 8, 1])
`;

const REGION = `import allo
import allo.dataflow as df
from allo.ir.types import float32, Stream

M, N, K = 16, 16, 16
P0, P1 = M + 2, N + 2


@df.region()
def top(A: float32[M, K], B: float32[K, N], C: float32[M, N]):
    fifo_A: Stream[float32, 4][P0, P1]
    fifo_B: Stream[float32, 4][P0, P1]

    @df.kernel(mapping=[P0, P1], args=[A, B, C])
    def gemm(local_A: float32[M, K], local_B: float32[K, N], local_C: float32[M, N]):
        i, j = df.get_pid()
        with allo.meta_if(i in {0, M + 1} and j in {0, N + 1}):
            pass
        with allo.meta_elif(j == 0):
            for k in range(K):
                fifo_A[i, j + 1].put(local_A[i - 1, k])
        with allo.meta_else():
            c: float32 = 0
            for k in range(K):
                a: float32 = fifo_A[i, j].get()
                b: float32 = fifo_B[i, j].get()
                c += a * b
                fifo_A[i, j + 1].put(a)
            local_C[i - 1, j - 1] = c


mod = df.build(top, target="simulator")
`;

// ------------------------------------------------------------------------------------------ tests

describe("imports", () => {
  it("parses import forms with aliases and relative modules", () => {
    const body = ok(
      "import allo\nimport allo.ir.types as T, numpy as np\nfrom allo.ir.types import int8, Fixed as F\n" +
        "import allo.dataflow as df\nfrom x import *\nfrom ..pkg.mod import (a, b)\n",
    );
    expect(strip(body)).toEqual([
      { kind: "Import", names: [{ name: "allo" }] },
      { kind: "Import", names: [{ name: "allo.ir.types", asname: "T" }, { name: "numpy", asname: "np" }] },
      { kind: "ImportFrom", module: "allo.ir.types", names: [{ name: "int8" }, { name: "Fixed", asname: "F" }] },
      { kind: "Import", names: [{ name: "allo.dataflow", asname: "df" }] },
      { kind: "ImportFrom", module: "x", names: [{ name: "*" }] },
      { kind: "ImportFrom", module: "..pkg.mod", names: [{ name: "a" }, { name: "b" }] },
    ]);
  });
});

describe("function definitions", () => {
  it("keeps PEP 695 type parameters with bounds, annotations, defaults and the return annotation", () => {
    const [f] = ok('def f[T: (int32, float32), M: int32, N](A: "T[M, N]", B: int32[M, N] @ Memory(resource="URAM"), c=3) -> "T[M]":\n    return A\n');
    expect(f!.kind).toBe("FunctionDef");
    const fn = f as FunctionDef;
    expect(fn.name).toBe("f");
    expect(fn.typeParams.map((t) => [t.name, sx(t.bound)])).toEqual([
      ["T", "(tuple int32 float32)"],
      ["M", "int32"],
      ["N", "_"],
    ]);
    expect(fn.args.map((a) => [a.name, sx(a.annotation), sx(a.default)])).toEqual([
      ["A", '"T[M, N]"', "_"],
      ["B", '(@ int32[(tuple M N)] (call Memory resource="URAM"))', "_"],
      ["c", "_", "3"],
    ]);
    expect(sx(fn.returns)).toBe('"T[M]"');
    expect(fn.body.map((s) => s.kind)).toEqual(["Return"]);
  });

  it("builds decorator expressions from dotted names and argument lists", () => {
    const body = ok("@df.region()\ndef top():\n    @df.kernel(mapping=[2, 2], args=[A, B])\n    def k():\n        pass\n@plain\ndef g(): pass\n");
    const top = body[0] as FunctionDef;
    expect(top.decorators.map(sx)).toEqual(["(call df.region)"]);
    const k = top.body[0] as FunctionDef;
    expect(k.decorators.map(sx)).toEqual(["(call df.kernel mapping=[2 2] args=[A B])"]);
    expect((body[1] as FunctionDef).decorators.map(sx)).toEqual(["plain"]);
  });

  it("keeps docstrings as expression statements", () => {
    const fn = ok('def f():\n    """Doc\n    string."""\n    pass\n')[0] as FunctionDef;
    expect(strip(fn.body)).toEqual([{ kind: "Expr", value: { kind: "Str", value: "Doc\n    string." } }, { kind: "Pass" }]);
  });

  it("marks variadic and keyword-only parameters as unsupported annotations", () => {
    const fn = ok("def f(a, *args, b=1, **kw): pass")[0] as FunctionDef;
    expect(fn.args.map((a) => [a.name, sx(a.annotation)])).toEqual([
      ["a", "_"],
      ["*args", "<variadic parameter>"],
      ["b", "_"],
      ["**kw", "<variadic keyword parameter>"],
    ]);
  });
});

describe("loops and control flow", () => {
  it("parses grid, reduction and range loops with tuple targets", () => {
    const body = ok('for i, j in allo.grid(M, N, name="C"):\n    for k in allo.reduction(K):\n        pass\nfor i in range(0, N, 2):\n    pass\n');
    const outer = body[0]!;
    if (outer.kind !== "For") throw new Error("expected For");
    expect(sx(outer.target)).toBe("(tuple i j)");
    expect(sx(outer.iter)).toBe('(call allo.grid M N name="C")');
    const inner = outer.body[0]!;
    expect(inner.kind === "For" && sx(inner.iter)).toBe("(call allo.reduction K)");
    expect(body[1]!.kind === "For" && sx(body[1]!.iter)).toBe("(call range 0 N 2)");
  });

  it("keeps else clauses of for and while loops", () => {
    const [f, w] = ok("for x in y:\n    pass\nelse:\n    a = 1\nwhile c:\n    break\nelse:\n    continue\n");
    expect(strip(f)).toMatchObject({ kind: "For", orelse: [{ kind: "Assign" }] });
    expect(strip(w)).toEqual({
      kind: "While", test: { kind: "Name", id: "c" }, body: [{ kind: "Break" }], orelse: [{ kind: "Continue" }],
    });
  });

  it("nests elif chains as If nodes in orelse", () => {
    const [s] = ok("if a:\n    x = 1\nelif b:\n    x = 2\nelif c: x = 3\nelse:\n    x = 4\n");
    const shape = (st: Stmt | undefined): unknown =>
      st?.kind === "If" ? { test: sx(st.test), body: st.body.length, orelse: st.orelse.map(shape) } : st?.kind;
    expect(shape(s)).toEqual({
      test: "a", body: 1, orelse: [{ test: "b", body: 1, orelse: [{ test: "c", body: 1, orelse: ["Assign"] }] }],
    });
  });

  it("parses with statements, meta_if and meta_for", () => {
    const [a, b, c] = ok("with allo.meta_if(M > 2):\n    pass\nwith allo.meta_for(4) as i:\n    pass\nwith a as b, c:\n    pass\n");
    const items = (s: Stmt | undefined) => (s?.kind === "With" ? s.items.map((it) => [sx(it.context), sx(it.vars)]) : []);
    expect(items(a)).toEqual([["(call allo.meta_if (cmp M > 2))", "_"]]);
    expect(items(b)).toEqual([["(call allo.meta_for 4)", "i"]]);
    expect(items(c)).toEqual([["a", "b"], ["c", "_"]]);
  });

  it("parses pass, break, continue, global and return", () => {
    const body = ok("pass\nbreak\ncontinue\nglobal a, b\nreturn\nreturn a, b\n");
    expect(strip(body)).toEqual([
      { kind: "Pass" }, { kind: "Break" }, { kind: "Continue" }, { kind: "Global", names: ["a", "b"] }, { kind: "Return" },
      { kind: "Return", value: { kind: "Tuple", elts: [{ kind: "Name", id: "a" }, { kind: "Name", id: "b" }] } },
    ]);
  });

  it("splits semicolon-separated statements", () => {
    expect(ok("a = 1; b = 2; pass").map((s) => s.kind)).toEqual(["Assign", "Assign", "Pass"]);
  });
});

describe("assignments", () => {
  it("parses chained and tuple assignments", () => {
    const [a, b, c] = ok("a = b = 0\na, b = f()\nC[i], D[i] = f()\n");
    expect(a!.kind === "Assign" && a!.targets.map(sx)).toEqual(["a", "b"]);
    expect(b!.kind === "Assign" && [b!.targets.map(sx), sx(b!.value)]).toEqual([["(tuple a b)"], "(call f)"]);
    expect(c!.kind === "Assign" && c!.targets.map(sx)).toEqual(["(tuple C[i] D[i])"]);
  });

  it("parses annotated assignments with refinements, ConstExpr and stream arrays", () => {
    const body = ok("x: int32 = 0\nacc: int32 @ Stateful = 0\nA: int32[M, N] = 0\nx: ConstExpr[int32] = 2 * M\npipe: Stream[int32, 4][P0, P1]\n");
    const ann = body.map((s) => (s.kind === "AnnAssign" ? [sx(s.target), sx(s.annotation), sx(s.value)] : s.kind));
    expect(ann).toEqual([
      ["x", "int32", "0"],
      ["acc", "(@ int32 Stateful)", "0"],
      ["A", "int32[(tuple M N)]", "0"],
      ["x", "ConstExpr[int32]", "(* 2 M)"],
      ["pipe", "Stream[(tuple int32 4)][(tuple P0 P1)]", "_"],
    ]);
  });

  it("parses every augmented assignment operator", () => {
    const ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];
    const body = ok(ops.map((op) => `x ${op}= 1`).join("\n"));
    expect(body.map((s) => (s.kind === "AugAssign" ? s.op : s.kind))).toEqual(ops);
  });
});

describe("expressions", () => {
  it("parses subscripts with tuples, slices and ellipsis", () => {
    expect(sx(expr("A[i, j]"))).toBe("A[(tuple i j)]");
    expect(sx(expr("x[0:4]"))).toBe("x[(slice 0 4 _)]");
    expect(sx(expr("A[:, 1]"))).toBe("A[(tuple (slice _ _ _) 1)]");
    expect(sx(expr("A[1:4:2]"))).toBe("A[(slice 1 4 2)]");
    expect(sx(expr("A[::2]"))).toBe("A[(slice _ _ 2)]");
    expect(sx(expr("float32[...]"))).toBe("float32[...]");
    expect(sx(expr("A[i,]"))).toBe("A[(tuple i)]");
  });

  it("parses attribute chains and calls with keywords", () => {
    expect(sx(expr("a.b.c(d, e=f.g)[h].i"))).toBe("(call a.b.c d e=f.g)[h].i");
    expect(sx(expr("f(x)(y)"))).toBe("(call (call f x) y)");
  });

  it("respects Python precedence and associativity for arithmetic", () => {
    expect(sx(expr("a + b * c - d"))).toBe("(- (+ a (* b c)) d)");
    expect(sx(expr("a ** b ** c"))).toBe("(** a (** b c))");
    expect(sx(expr("-x ** 2"))).toBe("(- (** x 2))");
    expect(sx(expr("a | b ^ c & d << e"))).toBe("(| a (^ b (& c (<< d e))))");
    expect(sx(expr("a @ b // c % d / e"))).toBe("(/ (% (// (@ a b) c) d) e)");
    expect(sx(expr("~a + +b - -c"))).toBe("(- (+ (~ a) (+ b)) (- c))");
  });

  it("flattens bool chains and comparisons like Python", () => {
    expect(sx(expr("a and b and c"))).toBe("(and a b c)");
    expect(sx(expr("a or b or c"))).toBe("(or a b c)");
    expect(sx(expr("a and b or c and d"))).toBe("(or (and a b) (and c d))");
    expect(sx(expr("(a and b) and c"))).toBe("(and (and a b) c)");
    expect(sx(expr("a < b <= c"))).toBe("(cmp a < b <= c)");
    expect(sx(expr("(a < b) < c"))).toBe("(cmp (cmp a < b) < c)");
    expect(sx(expr("a in b"))).toBe("(cmp a in b)");
    expect(sx(expr("a not in b is not c is d"))).toBe("(cmp a not in b is not c is d)");
  });

  it("gives `not` Python's precedence (Lezer binds it too loosely)", () => {
    expect(sx(expr("not a and b or c"))).toBe("(or (and (not a) b) c)");
    expect(sx(expr("a and not b or c"))).toBe("(or (and a (not b)) c)");
    expect(sx(expr("not a < b"))).toBe("(not (cmp a < b))");
    expect(sx(expr("not not a"))).toBe("(not (not a))");
    expect(sx(expr("x if not a else y"))).toBe("(if (not a) x y)");
  });

  it("parses ternaries, tuples, lists and dicts", () => {
    expect(sx(expr("a if b else c if d else e"))).toBe("(if b a (if d c e))");
    expect(sx(expr("(x,)"))).toBe("(tuple x)");
    expect(sx(expr("()"))).toBe("(tuple)");
    expect(sx(expr("(1)"))).toBe("1");
    expect(sx(expr("1, 2"))).toBe("(tuple 1 2)");
    expect(sx(expr("[1, [2]]"))).toBe("[1 [2]]");
    expect(sx(expr('{"x": a, 1: b}'))).toBe('{"x": a, 1: b}');
  });

  it("decodes string literals", () => {
    expect(sx(expr("'a' \"b\" '''c''' \"\"\"d\"\"\""))).toBe('"abcd"');
    expect(expr(String.raw`r"a\n\d"`)).toMatchObject({ kind: "Str", value: String.raw`a\n\d` });
    expect(expr(String.raw`'e\tf\\g\'h\x41\u00e9\101\0'`)).toMatchObject({ kind: "Str", value: "e\tf\\g'hAéA\0" });
    expect(expr(String.raw`"\d\N{DASH}"`)).toMatchObject({ kind: "Str", value: String.raw`\d\N{DASH}` });
    expect(expr("'a\\\nb'")).toMatchObject({ kind: "Str", value: "ab" });
  });

  it("parses integer literals exactly", () => {
    expect(strip(ok("0x_FF; 0o17; 0b1010; 1_000_000; 12345678901234567890123; 0").map((s) => s.kind === "Expr" && s.value))).toEqual([
      { kind: "Int", value: 255n }, { kind: "Int", value: 15n }, { kind: "Int", value: 10n }, { kind: "Int", value: 1000000n },
      { kind: "Int", value: 12345678901234567890123n }, { kind: "Int", value: 0n },
    ]);
  });

  it("parses float literals, including the forms Lezer's tokenizer splits", () => {
    const vals = ok("1.0; 1e-3; .5; 1_000.0; 2.5E+3; 1.; 3.e2").map((s) => (s.kind === "Expr" ? s.value : s));
    expect(vals.map((v) => (v.kind === "Float" ? v.value : v.kind))).toEqual([1, 0.001, 0.5, 1000, 2500, 1, 300]);
  });

  it("parses True, False, None and Ellipsis", () => {
    expect(sx(expr("(True, False, None, ...)"))).toBe("(tuple True False None ...)");
  });
});

describe("unsupported Python", () => {
  it("names unsupported expressions without reporting them", () => {
    const cases: [string, string][] = [
      ["lambda x: x", "lambda"],
      ['rf"{a}"', "raw f-string"],
      ['b"abc"', "bytes literal"],
      ["(y := 2)", "walrus operator"],
      ["*a, b", "starred expression"],
      ["{**a}", "dict unpacking"],
      ["1j", "complex number"],
    ];
    for (const [src, what] of cases) {
      const e = expr(src);
      const found: string[] = [];
      eachNode(e, (n) => {
        if (n.kind === "UnsupportedExpr") found.push((n as unknown as { what: string }).what);
      });
      expect(found, src).toEqual([what]);
    }
  });

  it("parses *args in calls; reports **kw as unsupported", () => {
    expect(sx(expr("f(*args, x, **kw)"))).toBe("(call f *args x <keyword argument unpacking (**)>)");
  });

  it("marks set displays, set comprehensions and generator expressions", () => {
    const set = expr("{a, b}");
    expect(set.kind === "Tuple" && set.set).toBe(true);
    const sc = expr("{a for a in b}");
    expect(sc.kind === "ListComp" && sc.form).toBe("set");
    const g = expr("(a for a in b)");
    expect(g.kind === "ListComp" && g.form).toBe("generator");
    const d = expr("{k: f(v) for k, v in d.items() if k}");
    expect(d.kind === "ListComp" && d.form).toBe("dict");
    expect(d.kind === "ListComp" && d.key && sx(d.key)).toBe("k");
    expect(sx(d)).toBe("(listcomp (call f v) for (tuple k v) in (call d.items) if k)");
  });

  it("reads a generator expression as a call's only argument as a list comprehension (sum(x for x, y in z))", () => {
    expect(sx(expr("f(a for a in b)"))).toBe("(call f (listcomp a for a in b))");
    expect(sx(expr("sum(x + y for x, y in zip(a, b) if x)"))).toMatch(/^\(call sum \(listcomp \(\+ x y\) for \(tuple x y\) in \(call zip a b\) if x\)\)$/);
  });

  it("names unsupported statements", () => {
    const src = [
      "del x", "async def g(): pass",
      "nonlocal q", "match x:\n    case 1: pass", "type X = int",
    ].join("\n");
    const whats = ok(src).map((s) => (s.kind === "UnsupportedStmt" ? s.what : s.kind));
    expect(whats).toEqual([
      "del statement", "async function",
      "nonlocal statement", "match statement", "type alias statement",
    ]);
  });

  it("parses class definitions with bases, decorators and a body", () => {
    const [c] = ok("@dec\nclass A(B, nn.Module):\n    x = 1\n    def f(self): return self.x\n");
    expect(c!.kind).toBe("ClassDef");
    if (c!.kind !== "ClassDef") return;
    expect(c.name).toBe("A");
    expect(c.bases.map(sx)).toEqual(["B", "nn.Module"]);
    expect(c.decorators.map(sx)).toEqual(["dec"]);
    expect(c.body.map((s) => s.kind)).toEqual(["Assign", "FunctionDef"]);
    const [d] = ok("class C: pass\n");
    expect(d!.kind === "ClassDef" && d.bases.length === 0 && d.body.length === 1).toBe(true);
  });

  it("parses f-strings into text and fields, with conversions and format specs", () => {
    expect(sx(expr('f"a{b:.3f} {c!r}}}"'))).toBe('(f "a" {b:.3f} " " {c!r} "}")');
    expect(sx(expr('"x=" f"{x}"'))).toBe('(f "x=" {x})');
  });

  it("parses list comprehensions with several for and if clauses", () => {
    expect(sx(expr("[i * j for i in range(3) if i for j in b]"))).toBe("(listcomp (* i j) for i in (call range 3) if i for j in b)");
  });

  it("parses assert, raise and try statements", () => {
    const [a, r, t] = ok('assert x == 1, "m"\nraise ValueError("v") from e\ntry:\n    f()\nexcept (A, B) as err:\n    pass\nexcept C:\n    pass\nelse:\n    g()\nfinally:\n    h()\n');
    expect(a!.kind === "Assert" && sx(a.test) + " " + sx(a.msg)).toBe('(cmp x == 1) "m"');
    expect(r!.kind === "Raise" && sx(r.exc) + " " + sx(r.cause)).toBe('(call ValueError "v") e');
    if (t!.kind !== "Try") throw new Error("not a try");
    expect(t.handlers.map((h) => `${sx(h.type)} ${h.name ?? "-"} ${h.body.length}`)).toEqual(["(tuple A B) err 1", "C - 1"]);
    expect([t.body.length, t.orelse.length, t.finalbody.length]).toEqual([1, 1, 1]);
  });

  it("keeps yield and await as unsupported expressions", () => {
    const fn = ok("def g():\n    yield x\n    y = yield\n    await z\n")[0] as FunctionDef;
    expect(fn.body.map((s) => (s.kind === "Expr" ? sx(s.value) : s.kind === "Assign" ? sx(s.value) : s.kind))).toEqual([
      "<yield>", "<yield>", "<await expression>",
    ]);
  });
});

describe("source ranges", () => {
  it("covers exactly the source of each node", () => {
    const src = "x = foo.bar(a[i, 1:2], k=(b + c)) * -d\n";
    const [s] = ok(src);
    if (s?.kind !== "Assign" || s.value.kind !== "BinOp") throw new Error("shape");
    expect(text(src, s.range)).toBe("x = foo.bar(a[i, 1:2], k=(b + c)) * -d");
    const call = s.value.left;
    if (call.kind !== "Call" || call.func.kind !== "Attribute") throw new Error("shape");
    expect(text(src, call.range)).toBe("foo.bar(a[i, 1:2], k=(b + c))");
    expect(text(src, call.func.attrRange)).toBe("bar");
    expect(text(src, s.value.opRange)).toBe("*");
    const sub = call.args[0]!;
    if (sub.kind !== "Subscript" || sub.index.kind !== "Tuple") throw new Error("shape");
    expect(text(src, sub.index.range)).toBe("i, 1:2");
    expect(text(src, sub.index.elts[1]!.range)).toBe("1:2");
    expect(text(src, call.keywords[0]!.range)).toBe("k=(b + c)");
    // parenthesized expressions exclude their parentheses, as in CPython
    expect(text(src, call.keywords[0]!.value.range)).toBe("b + c");
  });

  it("ends compound statements at their last body statement", () => {
    const src = "@dec\ndef f(a: int = 3):\n    if a:\n        pass\n    else:\n        x = 1  # trailing\n    # comment\n\ny = 2\n";
    const [f] = ok(src);
    const fn = f as FunctionDef;
    expect(text(src, fn.range)).toBe("def f(a: int = 3):\n    if a:\n        pass\n    else:\n        x = 1");
    expect(text(src, fn.nameRange)).toBe("f");
    expect(text(src, fn.args[0]!.range)).toBe("a: int = 3");
    expect(text(src, fn.decorators[0]!.range)).toBe("dec");
    expect(text(src, fn.body[0]!.range)).toBe("if a:\n        pass\n    else:\n        x = 1");
  });

  it("starts elif clauses at the elif keyword and bool/compare chains at their first operand", () => {
    const src = "if a:\n    pass\nelif (b) and c < d:\n    pass\n";
    const [s] = ok(src);
    if (s?.kind !== "If") throw new Error("shape");
    const elif = s.orelse[0]!;
    expect(text(src, elif.range)).toBe("elif (b) and c < d:\n    pass");
    if (elif.kind !== "If") throw new Error("shape");
    expect(text(src, elif.test.range)).toBe("(b) and c < d");
  });

  it("uses UTF-16 offsets", () => {
    const src = 's = "héllo 😀"\nt = 1\n';
    const body = ok(src);
    expect(text(src, body[1]!.range)).toBe("t = 1");
    expect(body[0]!.kind === "Assign" && body[0]!.value).toMatchObject({ kind: "Str", value: "héllo 😀" });
  });

  it("keeps every range inside the source and children inside parents", () => {
    for (const src of [GEMM, TEMPLATE, REGION]) {
      const { mod } = parse(src);
      eachNode(mod.body, (n) => {
        expect(n.range.from).toBeGreaterThanOrEqual(0);
        expect(n.range.to).toBeLessThanOrEqual(src.length);
        expect(n.range.from).toBeLessThanOrEqual(n.range.to);
      });
    }
  });
});

describe("syntax errors", () => {
  const cases: [string, string[]][] = [
    ["x = \ny = 1", ["1:5: invalid syntax: expected an expression"]],
    ["x = (1 + \ny = 2", ["1:5: invalid syntax: '(' was never closed"]],
    ["x = f(1, 2\n", ["1:6: invalid syntax: '(' was never closed"]],
    ["for i in range(3)\n    x = 1", ["1:18: invalid syntax: expected ':'"]],
    ["x = 1\n    y = 2\n    z = 3\nw = 4", ["2:5: invalid syntax: unexpected indent"]],
    ["if x:\ny = 1", ["2:1: invalid syntax: expected an indented block after 'if' statement on line 1"]],
    ["def f():\n    x = 1\n  y = 2", ["3:3: invalid syntax: unindent does not match any outer indentation level"]],
    ["x = a +* b\ny = 1", ["1:8: invalid syntax: expected an expression"]],
    ['x = "abc\ny = 1', ["1:5: invalid syntax: unterminated string literal"]],
    ['x = """abc\ny = 1', ["1:5: invalid syntax: unterminated triple-quoted string literal"]],
    ["x = )\ny = 1", ["1:5: invalid syntax: unmatched ')'"]],
    ["a b c d\nz = 1", ["1:3: invalid syntax: unexpected 'b'"]],
    ["print x", ["1:1: invalid syntax: missing parentheses in call to 'print'"]],
    ["f() = 3", ["1:1: invalid syntax: cannot assign to a function call"]],
    ["x = 007", ["1:5: invalid syntax: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"]],
    ["x = a if b", ["1:11: invalid syntax: expected 'else' after the condition"]],
    ["x = a.\ny = 2", ["1:7: invalid syntax: expected a name"]],
    ["else:\n    pass\ny = 1", ["1:1: invalid syntax: unexpected 'else'"]],
  ];
  for (const [src, want] of cases) {
    it(`reports ${JSON.stringify(src)}`, () => {
      expect(parse(src).diags).toEqual(want);
    });
  }

  it("reports one error per line and keeps parsing later statements", () => {
    const src = "def f(A: int32[4]):\n    x = (1 +\n    y = 2\n\ndef g():\n    return 1 +* 2\n\nz = 3\n";
    const { mod, diags } = parse(src);
    expect(diags).toEqual(["2:9: invalid syntax: '(' was never closed", "6:15: invalid syntax: expected an expression"]);
    expect(mod.body.map((s) => (s.kind === "FunctionDef" ? s.name : s.kind))).toEqual(["f", "g", "Assign"]);
  });

  it("folds a broken line into one ErrorStmt", () => {
    const src = "a b c d\nz = 1\n";
    const { mod } = parse(src);
    expect(mod.body.map((s) => s.kind)).toEqual(["ErrorStmt", "Assign"]);
    expect(text(src, mod.body[0]!.range)).toBe("a b c d");
  });

  it("recovers the statements of a body whose ':' is missing", () => {
    const { mod } = parse("for i in range(3)\n    x = 1\n");
    const f = mod.body[0]!;
    expect(f.kind === "For" && f.body.map((s) => s.kind)).toEqual(["Assign"]);
  });

  it("reports syntax errors inside unsupported constructs", () => {
    expect(parse("class A:\n    def f(self): return 1 +").diags).toEqual(["2:28: invalid syntax: expected an expression"]);
  });

  it("limits nesting depth instead of overflowing the stack", () => {
    const { diags } = parse("x = " + "(".repeat(3000) + "1" + ")".repeat(3000));
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatch(/nested too deeply/);
  });

  it("accepts long left-deep sums", () => {
    const src = "x = " + Array.from({ length: 300 }, (_, i) => `a${i}`).join(" + ");
    expect(parse(src).diags).toEqual([]);
  });
});

describe("realistic Allo files", () => {
  it("parses a GEMM kernel with a schedule", () => {
    const body = ok(GEMM);
    expect(body.map((s) => s.kind)).toEqual([
      "Import", "ImportFrom", "Assign", "FunctionDef", "Assign", "Expr", "Expr", "Expr", "Expr", "Assign",
    ]);
    const gemm = body[3] as FunctionDef;
    expect(gemm.args.map((a) => `${a.name}: ${sx(a.annotation)}`)).toEqual(["A: int32[(tuple M K)]", "B: int32[(tuple K N)]"]);
    expect(sx(gemm.returns)).toBe("int32[(tuple M N)]");
    expect(strip(gemm.body[2])).toMatchObject({
      kind: "For",
      body: [{ kind: "For", body: [{ kind: "AugAssign", op: "+" }] }],
    });
    const split = body[6]!;
    expect(split.kind === "Expr" && sx(split.value)).toBe('(call s.split "i" factor=8)');
    const last = body[9]!;
    expect(last.kind === "Assign" && sx(last.value)).toBe('(call s.build target="vhls")');
  });

  it("parses a template kernel", () => {
    const body = ok(TEMPLATE);
    const vadd = body[3] as FunctionDef;
    expect(vadd.typeParams.map((t) => t.name)).toEqual(["T", "L", "N"]);
    expect(sx(vadd.args[1]!.annotation)).toBe('(@ "T[L]" (call Memory resource="URAM"))');
    expect(vadd.body.map((s) => s.kind)).toEqual(["AnnAssign", "AnnAssign", "AnnAssign", "For", "Return"]);
    const loop = vadd.body[3]!;
    expect(loop.kind === "For" && loop.body.map((s) => (s.kind === "With" ? sx(s.items[0]!.context) : s.kind))).toEqual([
      "(call allo.meta_if (cmp L > 2))", "(call allo.meta_else)",
    ]);
    const top = body[4] as FunctionDef;
    const ret = top.body[0]!;
    expect(ret.kind === "Return" && sx(ret.value)).toBe('(call vadd[(tuple float32 16 "v16")] x y)');
  });

  it("parses a dataflow region with kernels and streams", () => {
    const body = ok(REGION);
    const top = body.find((s): s is FunctionDef => s.kind === "FunctionDef")!;
    expect(top.decorators.map(sx)).toEqual(["(call df.region)"]);
    expect(top.body.map((s) => s.kind)).toEqual(["AnnAssign", "AnnAssign", "FunctionDef"]);
    const pe = top.body[2] as FunctionDef;
    expect(pe.decorators.map(sx)).toEqual(["(call df.kernel mapping=[P0 P1] args=[A B C])"]);
    const metaIf = pe.body[1]!;
    expect(metaIf.kind === "With" && sx(metaIf.items[0]!.context)).toBe(
      "(call allo.meta_if (and (cmp i in (tuple 0 (+ M 1))) (cmp j in (tuple 0 (+ N 1)))))",
    );
  });
});

describe("gallery", () => {
  const designs = import.meta.glob("/public/examples/*.py", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
  for (const [path, src] of Object.entries(designs)) {
    it(`parses ${path.split("/").pop()} without diagnostics or error nodes`, () => {
      const { mod, diags } = parse(src);
      expect(diags).toEqual([]);
      eachNode(mod.body, (n) => expect(n.kind === "ErrorExpr" || n.kind === "ErrorStmt").toBe(false));
    });
  }
});

describe("robustness", () => {
  /** A deterministic PRNG so failures reproduce. */
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  const JUNK = ["(", ")", "[", "]", ":", "\n", "    ", "\t", '"', "'''", "\\", "#", "=", "@", "def ", "if ", "else", ",", "*", "ä", "😀", "\r\n"];

  function check(src: string): void {
    const sink = new DiagnosticSink(new LineMap(src));
    const mod = parseModule(src, sink);
    let placeholders = 0;
    eachNode(mod.body, (n) => {
      if (n.range.from < 0 || n.range.to > src.length || n.range.from > n.range.to) throw new Error(`bad range in ${JSON.stringify(src)}`);
      if (n.kind === "ErrorExpr" || n.kind === "ErrorStmt") placeholders++;
    });
    // every placeholder is explained by a diagnostic
    if (placeholders > 0 && sink.items.length === 0) throw new Error(`silent error node in ${JSON.stringify(src)}`);
    for (const d of sink.items) expect(d.code).toBe("E-syntax");
  }

  it("never throws on truncations of a real file", () => {
    const src = REGION + TEMPLATE;
    for (let i = 0; i <= src.length; i += 7) check(src.slice(0, i));
  });

  it("never throws on random edits of a real file", () => {
    const rand = rng(42);
    const base = GEMM + REGION;
    for (let round = 0; round < 300; round++) {
      let src = base;
      const edits = 1 + Math.floor(rand() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * src.length);
        const r = rand();
        if (r < 0.4) src = src.slice(0, at) + src.slice(at + 1 + Math.floor(rand() * 10));
        else if (r < 0.8) src = src.slice(0, at) + JUNK[Math.floor(rand() * JUNK.length)] + src.slice(at);
        else src = src.slice(0, at) + src.slice(Math.floor(rand() * src.length));
      }
      check(src);
    }
  });

  it("never throws on random garbage", () => {
    const rand = rng(7);
    for (let round = 0; round < 200; round++) {
      let src = "";
      const n = Math.floor(rand() * 60);
      for (let i = 0; i < n; i++) src += rand() < 0.5 ? JUNK[Math.floor(rand() * JUNK.length)] : String.fromCharCode(32 + Math.floor(rand() * 95));
      check(src);
    }
  });

  it("reports nothing for an empty or blank file", () => {
    expect(parse("").diags).toEqual([]);
    expect(parse("\n\n   \n# only a comment\n").mod.body).toEqual([]);
  });
});
