/**
 * The dataflow runtime (DESIGN §6): a dataflow region runs as a Kahn process network. Every kernel
 * instance is a generator (sim/codegen.ts makes them) that yields only when it must block: on `get`
 * from an empty channel or `put` to a full one (bounded by the declared depth). A blocked process is
 * parked on its channel and becomes ready again when the other side moves data, so the scheduler
 * never resumes a process that cannot run; when no process is ready but some are unfinished, every
 * one of them is blocked and the run stops with a `Deadlock` naming who waits for what.
 *
 * Timed mode: each process carries a clock. Loops advance it by their iteration cost (II when
 * pipelined); an element put at cycle t can be taken at t + 1, and a put into a full FIFO waits for
 * the cycle its slot was freed. Clocks are derived from these max-plus rules only, so they do not
 * depend on the order the scheduler happens to run processes in.
 */

/** Events kept per process / channel for the timeline before recording stops (the run goes on). */
export const TIMELINE_LIMIT = 20_000;

export interface Process {
  readonly index: number;
  /** The function it runs (an index into the module's functions). */
  readonly fn: number;
  readonly gen: Iterator<unknown, unknown, unknown>;
  clk: number;
  done: boolean;
  /** What the process is blocked on, while it is. */
  blocked?: { readonly chan: Channel; readonly op: "get" | "put"; readonly site: number };
  /** Stall intervals [from, to) with the op and channel index that caused them. */
  readonly stalls: { from: number; to: number; op: "get" | "put"; chan: number }[];
  truncated: boolean;
}

/** Slots a channel starts with; its buffers grow by doubling up to its depth as it fills. */
const INITIAL_SLOTS = 8;

/**
 * A FIFO of bounded depth. Its storage is proportional to what it holds, not to its depth: a FIFO of
 * depth 1,000,000 that holds 3 elements keeps a few slots (a design may declare thousands of deep
 * FIFOs; pre-allocating them exhausted the heap).
 */
export class Channel {
  /** Ring of the held elements: `n` of them from `head`, `cap` slots (grown up to `depth`). */
  private vals: unknown[];
  /** Cycle at which each held element becomes available to `get` (same ring as `vals`). */
  private avail: Float64Array;
  private cap: number;
  private head = 0;
  /**
   * Cycles of the gets a later put must wait for: put number p reuses the slot freed by get number
   * p - depth, so the gets from number max(0, puts - depth) on are kept, oldest first (a ring of
   * `fN` from `fHead`). They are never more than depth - n, and never more than the gets made.
   */
  private freed: Float64Array;
  private fHead = 0;
  private fN = 0;
  n = 0;
  puts = 0;
  gets = 0;
  maxOccupancy = 0;
  /** Processes parked until this channel has data (`get`) or room (`put`). */
  readonly parkedGet: Process[] = [];
  readonly parkedPut: Process[] = [];
  /** Occupancy changes in time order per process, not globally: sorted when read. */
  readonly events: { t: number; d: 1 | -1 }[] = [];
  truncated = false;

  constructor(readonly index: number, readonly depth: number, private readonly net: Network) {
    this.cap = Math.min(depth, INITIAL_SLOTS);
    this.vals = new Array(this.cap);
    this.avail = new Float64Array(this.cap);
    this.freed = new Float64Array(Math.min(depth, INITIAL_SLOTS));
  }

  /** Slots allocated for elements and freed cycles (what the channel costs; tests check it stays small). */
  get slots(): number {
    return this.cap + this.freed.length;
  }

  /** Doubles the element ring (up to the depth), unrolled so the held elements start at slot 0. */
  private grow(): void {
    const cap = Math.min(this.depth, this.cap * 2);
    const vals = new Array<unknown>(cap);
    const avail = new Float64Array(cap);
    for (let k = 0, i = this.head; k < this.n; k++, i = i + 1 === this.cap ? 0 : i + 1) {
      vals[k] = this.vals[i];
      avail[k] = this.avail[i]!;
    }
    this.vals = vals;
    this.avail = avail;
    this.cap = cap;
    this.head = 0;
  }

  private pushFreed(t: number): void {
    const size = this.freed.length;
    if (this.fN === size) {
      const next = new Float64Array(Math.min(this.depth, size * 2));
      for (let k = 0, i = this.fHead; k < this.fN; k++, i = i + 1 === size ? 0 : i + 1) next[k] = this.freed[i]!;
      this.freed = next;
      this.fHead = 0;
    }
    let i = this.fHead + this.fN;
    if (i >= this.freed.length) i -= this.freed.length;
    this.freed[i] = t;
    this.fN++;
  }

  private shiftFreed(): number {
    const t = this.freed[this.fHead]!;
    this.fHead = this.fHead + 1 === this.freed.length ? 0 : this.fHead + 1;
    this.fN--;
    return t;
  }

  get(): unknown {
    const p = this.net.cur!;
    const h = this.head;
    const t = this.avail[h]!;
    if (t > p.clk) {
      this.net.stall(p, p.clk, t, "get", this.index);
      p.clk = t;
    }
    const v = this.vals[h];
    this.vals[h] = undefined;
    this.pushFreed(p.clk);
    this.head = h + 1 === this.cap ? 0 : h + 1;
    this.n--;
    this.gets++;
    this.net.ops++;
    if (this.parkedPut.length) this.net.wake(this.parkedPut);
    this.record(p.clk, -1);
    return v;
  }

  put(v: unknown): void {
    const p = this.net.cur!;
    if (this.puts >= this.depth) {
      const t = this.shiftFreed();
      if (t > p.clk) {
        this.net.stall(p, p.clk, t, "put", this.index);
        p.clk = t;
      }
    }
    if (this.n === this.cap) this.grow();
    let i = this.head + this.n;
    if (i >= this.cap) i -= this.cap;
    this.vals[i] = v;
    this.avail[i] = p.clk + 1;
    this.n++;
    this.puts++;
    if (this.n > this.maxOccupancy) this.maxOccupancy = this.n;
    this.net.ops++;
    if (this.parkedGet.length) this.net.wake(this.parkedGet);
    // The element holds its slot from the cycle it is written (it can be taken one cycle later).
    this.record(p.clk, 1);
  }

  /** Slow path of `get` (generated code calls it only when the channel is empty). */
  *waitGet(site: number): Generator<undefined, unknown, unknown> {
    while (this.n === 0) {
      const p = this.net.cur!;
      p.blocked = { chan: this, op: "get", site };
      this.parkedGet.push(p);
      yield;
    }
    this.net.cur!.blocked = undefined;
    return this.get();
  }

  /** Slow path of `put` (generated code calls it only when the channel is full). */
  *waitPut(site: number): Generator<undefined, void, unknown> {
    while (this.n >= this.depth) {
      const p = this.net.cur!;
      p.blocked = { chan: this, op: "put", site };
      this.parkedPut.push(p);
      yield;
    }
    this.net.cur!.blocked = undefined;
  }

  private record(t: number, d: 1 | -1): void {
    if (!this.net.timeline) return;
    if (this.events.length >= TIMELINE_LIMIT) { this.truncated = true; return; }
    this.events.push({ t, d });
  }
}

/** Thrown when every live process is blocked. */
export class Deadlock {
  constructor(readonly processes: readonly Process[], readonly channels: readonly Channel[]) {}
}

/** One run of a region: its channels and processes. Generated code reaches it as `env`. */
export class Network {
  cur: Process | undefined;
  ops = 0;
  readonly channels: Channel[] = [];
  processes: Process[] = [];

  constructor(readonly timeline: boolean) {}

  /** The channel `index` of the compiled module (sim/codegen.ts numbers them), of the given depth. */
  chan(depth: number, index: number): Channel {
    const c = new Channel(index, Math.max(1, depth), this);
    this.channels[index] = c;
    return c;
  }

  stall(p: Process, from: number, to: number, op: "get" | "put", chan: number): void {
    if (!this.timeline) return;
    if (p.stalls.length >= TIMELINE_LIMIT) { p.truncated = true; return; }
    const last = p.stalls[p.stalls.length - 1];
    if (last && last.to === from && last.op === op && last.chan === chan) last.to = to;
    else p.stalls.push({ from, to, op, chan });
  }

  private ready: Process[] = [];

  /** Moves the processes parked on a channel to the ready queue (they re-check their condition). */
  wake(parked: Process[]): void {
    for (const p of parked) this.ready.push(p);
    parked.length = 0;
  }

  /**
   * Runs the processes to completion (each until it blocks, in the order they become ready) or throws
   * Deadlock. A process that calls a nested region runs that region's processes here to completion
   * before it goes on (a call returns when the callee is done): they start at the caller's clock, the
   * caller resumes at the last one's, and they join `processes` after the outer ones.
   */
  run(starts: readonly ProcessStart[]): void {
    const caller = this.cur;
    const outerReady = this.ready;
    const t0 = caller?.clk ?? 0;
    const base = caller ? this.processes.length : 0;
    const procs: Process[] = starts.map((s, i) => ({ index: base + i, fn: s.fn, gen: s.gen, clk: t0, done: false, stalls: [], truncated: false }));
    this.processes = caller ? [...this.processes, ...procs] : procs;
    this.ready = [...procs];
    let finished = 0;
    for (let head = 0; head < this.ready.length; head++) {
      // Compact the queue now and then: it only grows at its end.
      if (head > 4096 && head * 2 > this.ready.length) { this.ready = this.ready.slice(head); head = 0; }
      const p = this.ready[head]!;
      this.cur = p;
      p.blocked = undefined;
      if (p.gen.next().done) {
        p.done = true;
        finished++;
      }
    }
    if (finished < procs.length) throw new Deadlock(this.processes, this.channels);
    this.cur = caller;
    this.ready = outerReady;
    if (caller) caller.clk = Math.max(caller.clk, ...procs.map((p) => p.clk));
  }
}

/** A process to start: the function it runs (for its name in traces) and its generator. */
export interface ProcessStart {
  readonly fn: number;
  readonly gen: Iterator<unknown, unknown, unknown>;
}

/** Wraps a plain (non-streaming) call as a process that runs it in one step. */
export function* callOnce(f: () => unknown): Generator<undefined, void, unknown> {
  f();
}
