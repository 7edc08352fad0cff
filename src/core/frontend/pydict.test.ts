import { describe, expect, it } from "vitest";
import { runScript } from "../api";

/** Runs a script and returns what it printed (expected texts were printed by CPython 3.11). */
function run(src: string): string {
  const r = runScript(src);
  expect(r.failure).toBeUndefined();
  return r.output.map((o) => o.text).join("");
}

describe("dicts hash their keys as Python does", () => {
  it("keeps int and str keys apart and prints them as Python does", () => {
    expect(run(`d = {1: 'a'}\nprint(d)\nd['1'] = 'b'\nprint(d)\nprint(d[1], d['1'], len(d))\n`)).toBe(
      "{1: 'a'}\n{1: 'a', '1': 'b'}\na b 2\n",
    );
  });

  it("treats 1, 1.0 and True as one key, keeping the first key object", () => {
    expect(run(`d = {1: 'a', 1.0: 'b', True: 'c'}\nprint(d, d[True], d[1.0])\ne = {True: 1}\ne[1] = 2\nprint(e)\n`)).toBe(
      "{1: 'c'} c c\n{True: 2}\n",
    );
  });

  it("keys by tuple, None, float and bool, and iterates keys and items as those objects", () => {
    expect(run(`d = {(1, 2): 'p', None: 'n', 2.5: 'f', False: 'z', 'x': 0}
print(d)
print(d[(1, 2)], d[None], d[2.5], d[0])
for k, v in d.items():
    print(repr(k), v)
print(list(d.keys()), (1, 2) in d, (2, 1) in d, 0.0 in d)
`)).toBe(`{(1, 2): 'p', None: 'n', 2.5: 'f', False: 'z', 'x': 0}
p n f z
(1, 2) p
None n
2.5 f
False z
'x' 0
[(1, 2), None, 2.5, False, 'x'] True False True
`);
  });

  it("get, pop, setdefault, update, copy, clear and dict() keep non-str keys", () => {
    expect(run(`d = {}
d[3] = 'three'
print(d.get(3), d.get('3'), d.get(3.0))
print(d.setdefault(4, 'four'), d)
e = d.copy()
e.update({5: 'five'})
e.update([(6, 'six')], seven=7)
print(e)
print(e.pop(5), e.pop(5, 'gone'), 5 in e)
f = dict([(1, 'one'), ((0, 0), 'origin')])
print(f, f == {1.0: 'one', (0, 0): 'origin'}, f == {'1': 'one', (0, 0): 'origin'})
g = {i: i * i for i in range(4)}
print(g, g[2])
f.clear()
print(f)
`)).toBe(`three None three
four {3: 'three', 4: 'four'}
{3: 'three', 4: 'four', 5: 'five', 6: 'six', 'seven': 7}
five gone False
{1: 'one', (0, 0): 'origin'} True False
{0: 0, 1: 1, 2: 4, 3: 9} 4
{}
`);
  });

  it("raises KeyError naming the key's repr, and TypeError for an unhashable key", () => {
    const miss = runScript(`d = {1: 'a'}\nprint(d['1'])\n`);
    expect(miss.failure?.type).toBe("KeyError");
    expect(miss.failure?.message).toContain("'1'");
    expect(run(`d = {1: 'a'}\ntry:\n    d[2]\nexcept KeyError:\n    print('missing')\n`)).toBe("missing\n");
    const bad = runScript(`d = {[1, 2]: 'a'}\n`);
    expect(bad.failure?.type).toBe("TypeError");
    expect(bad.failure?.message).toContain("unhashable type: 'list'");
  });

  it("a str key that starts with NUL stays a str", () => {
    expect(run(`d = {'\\x00n1': 'a', 1: 'b'}\nprint(len(d), list(d.keys())[0] == '\\x00n1')\n`)).toBe("2 True\n");
  });
});
