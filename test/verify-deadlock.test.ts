/**
 * Both programs deadlock: the checker compares the deadlock states. The same blocked processes and FIFOs
 * with the same outputs written so far is an equivalent deadlock; a different blocked set, or different
 * values written before it, is a difference with the explanation; one program deadlocking and the other
 * finishing is a difference either way round.
 */
import { describe, expect, it } from "vitest";
import { verify } from "../src/core/api";
import { compileDesign } from "../src/core/compile";
import type { Module } from "../src/core/ir/nodes";
import { Verifier } from "../src/core/analysis/verify";
import { runModule } from "../src/core/sim/simulate";
import { SymbolicExecutor } from "../src/core/analysis/verify/exec";
import { makeSymbolicInputs } from "../src/core/analysis/verify/inputs";
import { TermStore } from "../src/core/analysis/verify/terms";
import { evaluate } from "../src/core/analysis/verify/evaluate";

/** A producer of `puts` values and a consumer of `gets` values on one FIFO of depth 2 (8 elements of A, B). */
function pc(o: { puts?: number; gets?: number; plus?: number; schedule?: string } = {}): string {
  const puts = o.puts ?? 8, gets = o.gets ?? 9;
  return `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df


@df.region()
def top(A: int32[8], B: int32[8]):
    q: Stream[int32, 2]

    @df.kernel(mapping=[1], args=[A])
    def load(A: int32[8]):
        for i in range(${puts}):
            q.put(A[i % 8])

    @df.kernel(mapping=[1], args=[B])
    def store(B: int32[8]):
        for i in range(${gets}):
            B[i % 8] = q.get() + ${o.plus ?? 0}


s = df.customize(top)
${o.schedule ?? 's.pipeline("store_0:i")'}
`;
}

function mod(source: string): Module {
  const d = compileDesign(source).design;
  expect(d, "compiles").toBeDefined();
  return d!.unscheduled;
}

describe("both programs deadlock", () => {
  it("the same blocked processes and the same outputs so far: an equivalent deadlock (per step, in the API)", () => {
    const src = pc();
    expect(runModule(mod(src), {}, 1, 1e7).ok).toBe(false); // the simulator deadlocks too
    const r = verify(src);
    const v = r.steps![0]!.verdict;
    expect(v.status).toBe("same-deadlock");
    if (v.status !== "same-deadlock") return;
    expect(v.reason).toContain("store_0 waits to get from 'q'");
    expect(v.reason).toContain("the outputs written before it are equal");
    expect(v.line).toBeGreaterThan(0);
  });

  it("the same blocked state but different values written before it: differs, naming the element", () => {
    const v = new Verifier(mod(pc())).check(mod(pc({ plus: 1 })));
    expect(v.status).toBe("differs");
    if (v.status !== "differs") return;
    expect(v.reason).toMatch(/^both deadlock in the same state \(store_0 waits to get from 'q'\), but 'B' at \[0\] was written differently before it: A\[0\] in the kernel as written, \(.*A\[0\].*1.*\) in the scheduled kernel$/);
  });

  it("different blocked processes: differs, saying who waits for what in each", () => {
    // Both deadlock after 8 values: one with the consumer waiting for a 9th, one with the producer stuck on a 12th.
    const v = new Verifier(mod(pc())).check(mod(pc({ puts: 11, gets: 8 })));
    expect(v.status).toBe("differs");
    if (v.status !== "differs") return;
    expect(v.reason).toBe("both deadlock, but in different states: in the kernel as written store_0 waits to get from 'q'; in the scheduled kernel load_0 waits to put to 'q'");
  });

  it("one deadlocks and the other finishes: differs, either way round", () => {
    const ok = mod(pc({ gets: 8 })), stuck = mod(pc());
    const a = new Verifier(ok).check(stuck);
    expect(a.status).toBe("differs");
    if (a.status === "differs") expect(a.reason).toMatch(/^the scheduled kernel deadlocks: .*store_0 waits to get from 'q'.*, and the kernel as written runs to completion$/);
    const b = new Verifier(stuck).check(ok);
    expect(b.status).toBe("differs");
    if (b.status === "differs") expect(b.reason).toMatch(/^the kernel as written deadlocks: .*, and the scheduled kernel runs to completion$/);
  });

  it("a deadlock in the reference does not hide a different deadlock in the next check (no stale cache)", () => {
    const v = new Verifier(mod(pc()));
    expect(v.check(mod(pc())).status).toBe("same-deadlock");
    expect(v.check(mod(pc({ plus: 2 }))).status).toBe("differs");
    expect(v.check(mod(pc())).status).toBe("same-deadlock");
  });
});

describe("processes that block and resume", () => {
  /** Two producers and a consumer on depth-2 FIFOs: every process blocks mid-loop, mid-statement and resumes. */
  const chain = (o: { n?: number; swap?: boolean } = {}) => `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df


@df.region()
def top(A: int32[8], B: int32[8], C: int32[8]):
    p: Stream[int32, 2]
    q: Stream[int32, 2]

    @df.kernel(mapping=[1], args=[A])
    def left(A: int32[8]):
        for i in range(8):
            p.put(A[i] * 3)

    @df.kernel(mapping=[1], args=[B])
    def right(B: int32[8]):
        for i in range(8):
            for j in range(1):
                q.put(B[i] + ${o.n ?? 0})

    @df.kernel(mapping=[1], args=[C])
    def sink(C: int32[8]):
        for i in range(8):
            if i % 2 == 0:
                C[i] = ${o.swap ? "q.get() - p.get()" : "p.get() - q.get()"}
            else:
                C[i] = p.get() - q.get()
`;

  it("compute, element by element, what the simulator computes (every block and resume replayed exactly)", () => {
    const m = mod(chain());
    const sim = runModule(m, {}, 7, 1e7);
    expect(sim.ok).toBe(true);
    if (!sim.ok) return;
    const store = new TermStore();
    const top = m.funcs.find((f) => f.name === m.top)!;
    const outs = new SymbolicExecutor(m, store, { deadline: Infinity, maxOps: Infinity, now: () => 0 }).run(makeSymbolicInputs(store, top));
    const value = (k: number) => Number(sim.inputs[store.symbols[k]!.name]!.data[store.symbols[k]!.flat]);
    const c = outs.find((o) => o.name === "C")!;
    const got = Array.from(c.mem.t, (t) => Number(evaluate(store, t, value)));
    expect(got).toEqual(Array.from(sim.args.C!.data, Number));
    expect(new Set(got).size).toBeGreaterThan(4); // not a trivially constant output
  });

  it("finish with the values of the kernel they replay, and a changed value is caught", () => {
    const ref = mod(chain());
    expect(runModule(ref, {}, 1, 1e7).ok).toBe(true);
    const v = new Verifier(ref);
    expect(v.check(mod(chain())).status).toBe("proved");
    const bad = mod(chain({ n: 1 }));
    const plus = v.check(bad);
    expect(plus.status).toBe("differs");
    // The symbolic run's values are the simulator's: the counterexample's values, evaluated from the
    // terms both runs built through every block and resume, are what the simulator computes on its inputs.
    const c = plus.status === "differs" ? plus.counterexample! : undefined;
    expect(c?.confirmed).toBe(true);
    const flat = c!.index[0]!;
    const simRef = runModule(ref, c!.inputs, 1, 1e7), simBad = runModule(bad, c!.inputs, 1, 1e7);
    expect(simRef.ok && simBad.ok).toBe(true);
    if (simRef.ok && simBad.ok) {
      expect(String(simRef.args[c!.output]!.data[flat])).toBe(c!.before.value);
      expect(String(simBad.args[c!.output]!.data[flat])).toBe(c!.after.value);
    }
    const swapped = v.check(mod(chain({ swap: true })));
    expect(swapped.status).toBe("differs");
    if (swapped.status === "differs") expect(swapped.counterexample?.index).toEqual([0]);
  });
});
