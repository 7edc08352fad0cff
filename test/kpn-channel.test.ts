/**
 * A KPN channel's storage follows what it holds, not its depth, and its timing is that of a ring of
 * `depth` slots (the channel before its storage grew lazily, kept here as the reference): every put and
 * get sees the same clocks and stalls on random traffic.
 */
import { describe, expect, it } from "vitest";
import { Network, type Process } from "../src/core/sim/kpn";

/** The ring of `depth` slots the channel was: put number p reuses the slot get number p - depth freed. */
class RingReference {
  private readonly vals: unknown[];
  private readonly avail: Float64Array;
  private readonly freed: Float64Array;
  private head = 0;
  n = 0;
  puts = 0;
  constructor(readonly depth: number) {
    this.vals = new Array(depth);
    this.avail = new Float64Array(depth);
    this.freed = new Float64Array(depth);
  }
  get(p: { clk: number }): unknown {
    const h = this.head;
    p.clk = Math.max(p.clk, this.avail[h]!);
    const v = this.vals[h];
    this.freed[h] = p.clk;
    this.head = h + 1 === this.depth ? 0 : h + 1;
    this.n--;
    return v;
  }
  put(p: { clk: number }, v: unknown): void {
    let i = this.head + this.n;
    if (i >= this.depth) i -= this.depth;
    if (this.puts >= this.depth) p.clk = Math.max(p.clk, this.freed[i]!);
    this.vals[i] = v;
    this.avail[i] = p.clk + 1;
    this.n++;
    this.puts++;
  }
}

const proc = (index: number): Process => ({ index, fn: 0, gen: [][Symbol.iterator](), clk: 0, done: false, stalls: [], truncated: false });

/** Deterministic pseudo-random numbers (xorshift), so a failure reproduces. */
function rng(seed: number) {
  let x = seed || 1;
  return (n: number) => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) % n;
  };
}

describe("KPN channel", () => {
  it("times every put and get as a ring of depth slots would, for depths 1 to 40 on random traffic", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = rng(seed);
      const depth = 1 + r(40);
      const net = new Network(false);
      const ch = net.chan(depth, 0);
      const ref = new RingReference(depth);
      const prod = proc(0), cons = proc(1);
      const refProd = { clk: 0 }, refCons = { clk: 0 };
      const got: unknown[] = [], want: unknown[] = [];
      for (let step = 0, sent = 0; step < 2000; step++) {
        const dt = r(5);
        if (ch.n < depth && (ch.n === 0 || r(seed % 3 + 2) > 0)) {
          prod.clk += dt; refProd.clk += dt;
          net.cur = prod; ch.put(sent); ref.put(refProd, sent++);
        } else {
          cons.clk += dt; refCons.clk += dt;
          net.cur = cons;
          got.push(ch.get()); want.push(ref.get(refCons));
        }
        got.push(prod.clk, cons.clk, ch.n); want.push(refProd.clk, refCons.clk, ref.n);
      }
      expect(got).toEqual(want);
    }
  });

  it("a FIFO of depth 1,000,000 that carries a few elements keeps a few slots", () => {
    const net = new Network(false);
    const ch = net.chan(1_000_000, 0);
    const p = proc(0);
    net.cur = p;
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < 3; i++) ch.put(i);
      for (let i = 0; i < 3; i++) expect(ch.get()).toBe(i);
    }
    // The freed cycles of the 300 gets are kept (put number 1,000,000 will wait for the first one).
    expect(ch.slots).toBeLessThanOrEqual(8 + 512);
    const fresh = net.chan(1_000_000, 1);
    for (let i = 0; i < 3; i++) fresh.put(i);
    expect(fresh.slots).toBe(16);
    expect(ch.maxOccupancy).toBe(3);
  });

  it("grows to the depth and no further when it fills", () => {
    const net = new Network(false);
    const ch = net.chan(100, 0);
    net.cur = proc(0);
    for (let i = 0; i < 100; i++) ch.put(i);
    for (let i = 0; i < 50; i++) expect(ch.get()).toBe(i);
    for (let i = 100; i < 150; i++) ch.put(i);
    for (let i = 50; i < 150; i++) expect(ch.get()).toBe(i);
    expect(ch.slots).toBe(200);
  });
});
