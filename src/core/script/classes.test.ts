import { describe, expect, it } from "vitest";
import { compile, runScript } from "../api";

const out = (src: string) => {
  const r = runScript(src);
  return { text: r.output.map((o) => o.text).join(""), failure: r.failure };
};

describe("Python classes in scripts", () => {
  it("runs __init__, methods, self attributes and class attributes", () => {
    const r = out(`
class Counter:
    step = 2
    def __init__(self, start, name="c"):
        self.n = start
        self.name = name
    def bump(self):
        self.n = self.n + self.step
        return self.n
c = Counter(5)
c.bump()
print(c.name, c.bump(), Counter.step, c.step)
Counter.step = 10
print(c.bump())
`);
    expect(r.failure).toBeUndefined();
    expect(r.text).toBe("c 9 2 2\n19\n");
  });

  it("inherits with super().__init__() and super(Cls, self), overrides and isinstance", () => {
    const r = out(`
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return "base " + str(self.x)
    def twice(self):
        return self.describe() + "!"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
    def describe(self):
        return "leaf " + super().describe()
l = Leaf()
print(l.x, l.y, l.twice())
print(isinstance(l, Base), isinstance(l, (int, Mid)), isinstance(Base(3), Leaf), issubclass(Leaf, Base), isinstance(3, int))
print(type(l).__name__, hasattr(l, "y"), hasattr(l, "z"), getattr(l, "z", 7))
`);
    expect(r.failure).toBeUndefined();
    expect(r.text).toBe("1 2 leaf base 1!\nTrue True False True True\nLeaf True False 7\n");
  });

  it("calls an object: __call__ if defined, else forward (nn.Module's rule); *args spread", () => {
    const r = out(`
class Module:
    def __init__(self):
        pass
class Double(Module):
    def forward(self, x, y):
        return 2 * x + y
class Adder:
    def __call__(self, a, b):
        return a + b
class Seq:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return self.items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
args = [3, 4]
print(Double()(*args), Adder()(*args), len(Seq([1, 2, 3])), Seq([5, 6])[1], [x * 10 for x in Seq([1, 2])])
`);
    expect(r.failure).toBeUndefined();
    expect(r.text).toBe("10 7 3 6 [10, 20]\n");
  });

  it("reports a missing attribute as AttributeError with a suggestion", () => {
    const r = out(`
class A:
    def __init__(self):
        self.weight = 1
a = A()
print(a.wieght)
`);
    expect(r.failure?.type).toBe("AttributeError");
    expect(r.failure?.message).toContain("did you mean 'weight'");
  });

  it("design files may define classes beside kernels; annotated methods are interpreted, not compiled", () => {
    const c = compile(`
from allo.ir.types import int32
import allo
class Sizes:
    def __init__(self, n: int):
        self.n = n
S = Sizes(8)
N = S.n
def k(A: int32[N]) -> int32[N]:
    B: int32[N] = 0
    for i in range(N):
        B[i] = A[i] + 1
    return B
s = allo.customize(k)
`);
    expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
