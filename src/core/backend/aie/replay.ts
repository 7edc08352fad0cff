/**
 * A replay of an emitted aie.mlir under object-FIFO semantics (AIE reference §5, last sentence): cores run
 * their loops (acquire blocks until the objects are there — filled ones for Consume, free buffers for
 * Produce; a FIFO has `depth` buffers; a broadcast object is freed when every consumer released it),
 * links distribute/join at the mem tiles, and the runtime sequence's transfers move host memory through
 * the shims. Kernel calls run the given kernel functions on the objects held. It reads the text only, so
 * it checks what was written: the outputs it leaves in host memory must equal the KPN simulation's, and
 * when nothing can move before the host's waits are satisfied it reports the deadlock with the cycle of
 * FIFOs the blocked processes wait on. Fresh buffers are filled with a poison value, so a kernel that
 * does not write all of an object it sends shows up as a difference.
 */
import { parseMemref } from "./validate";

export type KernelFn = (objects: Float64Array[]) => void;

export type ReplayResult =
  | { readonly ok: true; readonly host: Float64Array[] }
  | { readonly ok: false; readonly deadlock: true; readonly message: string; readonly cycle: readonly string[] }
  | { readonly ok: false; readonly deadlock: false; readonly message: string };

export const POISON = -1234567;

interface FifoDecl { name: string; producer: string; consumers: string[]; depth: number; size: number }

class FifoState {
  /** Counts every change of state (the replay's progress measure). */
  moves = 0;
  filled: { data: Float64Array; remaining: number }[] = [];
  prodHeld: Float64Array[] = [];
  readonly pos = new Map<string, number>();
  readonly held = new Map<string, number>();
  constructor(readonly d: FifoDecl) {
    for (const c of d.consumers) { this.pos.set(c, 0); this.held.set(c, 0); }
  }
  /** Acquire so that `n` objects are held; undefined while blocked. */
  acquire(port: "Consume" | "Produce", who: string, n: number): Float64Array[] | undefined {
    if (port === "Produce") {
      while (this.prodHeld.length < n) {
        if (this.filled.length + this.prodHeld.length >= this.d.depth) return undefined;
        this.prodHeld.push(new Float64Array(this.d.size).fill(POISON));
        this.moves++;
      }
      return this.prodHeld.slice(0, n);
    }
    const p = this.pos.get(who)!;
    if (this.filled.length - p < n) return undefined;
    if (this.held.get(who)! < n) { this.held.set(who, n); this.moves++; }
    return this.filled.slice(p, p + n).map((o) => o.data);
  }
  release(port: "Consume" | "Produce", who: string, n: number): void {
    this.moves++;
    if (port === "Produce") {
      for (const data of this.prodHeld.splice(0, n)) this.filled.push({ data, remaining: this.d.consumers.length });
      return;
    }
    const p = this.pos.get(who)!;
    for (let k = 0; k < n; k++) this.filled[p + k]!.remaining--;
    this.pos.set(who, p + n);
    this.held.set(who, this.held.get(who)! - n);
    while (this.filled.length && this.filled[0]!.remaining === 0) {
      this.filled.shift();
      for (const [c, q] of this.pos) this.pos.set(c, q - 1);
    }
  }
}

type Op =
  | { k: "for"; count: number; body: Op[] }
  | { k: "acquire"; v: string; fifo: string; port: "Consume" | "Produce"; n: number }
  | { k: "access"; v: string; sub: string; index: number }
  | { k: "call"; sym: string; args: string[] }
  | { k: "release"; fifo: string; port: "Consume" | "Produce"; n: number };

interface Transfer { arg: number; fifo: string; offset: number; sizes: number[]; strides: number[] }

/** Blocked on: FIFO and port. */
type Wait = { fifo: string; port: "Consume" | "Produce" | "wait" };

function* run(ops: Op[], env: Map<string, unknown>, tile: string, fifos: Map<string, FifoState>, kernels: Readonly<Record<string, KernelFn>>): Generator<Wait, void, void> {
  for (const op of ops) {
    switch (op.k) {
      case "for":
        for (let i = 0; i < op.count; i++) yield* run(op.body, env, tile, fifos, kernels);
        break;
      case "acquire": {
        const f = fifos.get(op.fifo)!;
        let got: Float64Array[] | undefined;
        while (!(got = f.acquire(op.port, tile, op.n))) yield { fifo: op.fifo, port: op.port };
        env.set(op.v, got);
        break;
      }
      case "access": env.set(op.v, (env.get(op.sub) as Float64Array[])[op.index]); break;
      case "call": {
        const k = kernels[op.sym];
        if (!k) throw new Error(`no kernel function for @${op.sym}`);
        k(op.args.map((a) => env.get(a) as Float64Array));
        break;
      }
      case "release": fifos.get(op.fifo)!.release(op.port, tile, op.n); break;
    }
  }
}

function* patternIndices(t: Transfer): Generator<number> {
  const [s3, s2, s1, s0] = t.sizes as [number, number, number, number];
  const [t3, t2, t1] = t.strides as [number, number, number, number];
  const t0 = t.strides[3]!;
  for (let a = 0; a < s3; a++) for (let b = 0; b < s2; b++) for (let c = 0; c < s1; c++) for (let d = 0; d < s0; d++) yield t.offset + a * t3 + b * t2 + c * t1 + d * t0;
}

export function replayAieMlir(text: string, hostInputs: readonly Float64Array[], kernels: Readonly<Record<string, KernelFn>>, maxRounds = 1_000_000): ReplayResult {
  const lines = text.split("\n").map((l) => l.replace(/\/\/.*$/, "").trim());
  const decls = new Map<string, FifoDecl>();
  const links: { ins: string[]; outs: string[]; src: number[]; dst: number[] }[] = [];
  const cores: { tile: string; ops: Op[] }[] = [];
  const host: { k: "memcpy"; t: Transfer; dir?: "in" | "out" }[] | { k: "wait"; fifo: string }[] = [];
  const hostOps: ({ k: "memcpy"; t: Transfer } | { k: "wait"; fifo: string })[] = host as never;
  const consts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    let m: RegExpExecArray | null;
    if ((m = /^aie\.objectfifo @(\w+)\((%\w+)(?: dimensionsToStream \[[^\]]*\])?, \{([^}]*)\}, (\d+|\[[\d, ]*\]) : i32\) : !aie\.objectfifo<(memref<[^>]*>)>$/.exec(ln))) {
      const r = parseMemref(m[5]!)!;
      const depths = m[4]!.startsWith("[") ? m[4]!.slice(1, -1).split(",").map(Number) : [Number(m[4])];
      decls.set(m[1]!, { name: m[1]!, producer: m[2]!, consumers: m[3]!.split(",").map((s) => s.trim()).filter(Boolean), depth: Math.max(...depths), size: r.shape.reduce((a, b) => a * b, 1) });
    } else if ((m = /^aie\.objectfifo\.link \[([^\]]*)\] -> \[([^\]]*)\]\(\[([^\]]*)\] \[([^\]]*)\]\)$/.exec(ln))) {
      const names = (s: string) => s.split(",").map((x) => x.trim().replace(/^@/, "")).filter(Boolean);
      const nums = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean).map(Number);
      links.push({ ins: names(m[1]!), outs: names(m[2]!), src: nums(m[3]!), dst: nums(m[4]!) });
    } else if ((m = /^aie\.core\((%\w+)\) \{$/.exec(ln))) {
      const stack: Op[][] = [[]];
      for (i = i + 1; i < lines.length; i++) {
        const l = lines[i]!;
        let t: RegExpExecArray | null;
        if ((t = /^(%\w+) = arith\.constant (-?\d+) : index$/.exec(l))) consts.set(t[1]!, Number(t[2]));
        else if ((t = /^scf\.for %\w+ = (%\w+) to (%\w+) step (%\w+) \{$/.exec(l))) {
          const lo = consts.get(t[1]!)!, hi = consts.get(t[2]!)!, st = consts.get(t[3]!)!;
          const body: Op[] = [];
          stack[stack.length - 1]!.push({ k: "for", count: Math.ceil((hi - lo) / st), body });
          stack.push(body);
        } else if ((t = /^(%\w+) = aie\.objectfifo\.acquire @(\w+)\((Consume|Produce), (\d+)\)/.exec(l))) stack[stack.length - 1]!.push({ k: "acquire", v: t[1]!, fifo: t[2]!, port: t[3] as "Consume", n: Number(t[4]) });
        else if ((t = /^(%\w+) = aie\.objectfifo\.subview\.access (%\w+)\[(\d+)\]/.exec(l))) stack[stack.length - 1]!.push({ k: "access", v: t[1]!, sub: t[2]!, index: Number(t[3]) });
        else if ((t = /^func\.call @(\w+)\(([^)]*)\)/.exec(l))) stack[stack.length - 1]!.push({ k: "call", sym: t[1]!, args: t[2]!.split(",").map((s) => s.trim()).filter(Boolean) });
        else if ((t = /^aie\.objectfifo\.release @(\w+)\((Consume|Produce), (\d+)\)$/.exec(l))) stack[stack.length - 1]!.push({ k: "release", fifo: t[1]!, port: t[2] as "Consume", n: Number(t[3]) });
        else if (l.startsWith("}")) {
          if (stack.length === 1) break;
          stack.pop();
        }
      }
      cores.push({ tile: m[1]!, ops: stack[0]! });
    } else if ((m = /^aiex\.npu\.dma_memcpy_nd\((?:0, 0, )?%arg(\d+)\[([^\]]*)\]\[([^\]]*)\]\[([^\]]*)\]\) \{(.*)\}/.exec(ln))) {
      const nums = (s: string) => s.split(",").map((x) => Number(x.trim()));
      const offs = nums(m[2]!), sizes = nums(m[3]!), strides = nums(m[4]!);
      const offset = offs.reduce((a, o, k) => a + o * (k === 3 ? 1 : strides[k]!), 0);
      hostOps.push({ k: "memcpy", t: { arg: Number(m[1]), fifo: /metadata = @(\w+)/.exec(m[5]!)![1]!, offset, sizes, strides } });
    } else if ((m = /^aiex\.npu\.dma_wait \{symbol = @(\w+)\}$/.exec(ln))) hostOps.push({ k: "wait", fifo: m[1]! });
  }
  const fifos = new Map([...decls].map(([n, d]) => [n, new FifoState(d)]));
  const hostMem = hostInputs.map((a) => Float64Array.from(a));
  const procs: { name: string; gen: Generator<Wait, void, void>; done: boolean; waiting?: Wait; forever: boolean }[] = [];
  for (const c of cores) procs.push({ name: `core ${c.tile}`, gen: run(c.ops, new Map(), c.tile, fifos, kernels), done: false, forever: true });
  links.forEach((l, k) => {
    const tile = decls.get(l.outs[0]!)!.producer;
    function* link(): Generator<Wait, void, void> {
      for (;;) {
        const ins: Float64Array[] = [];
        for (const n of l.ins) { let g; while (!(g = fifos.get(n)!.acquire("Consume", tile, 1))) yield { fifo: n, port: "Consume" }; ins.push(g[0]!); }
        const outs: Float64Array[] = [];
        for (const n of l.outs) { let g; while (!(g = fifos.get(n)!.acquire("Produce", tile, 1))) yield { fifo: n, port: "Produce" }; outs.push(g[0]!); }
        if (l.ins.length === 1) {
          let off = 0;
          l.outs.forEach((_, j) => { const o = outs[j]!; const at = l.dst[j] ?? off; o.set(ins[0]!.subarray(at, at + o.length)); off = at + o.length; });
        } else {
          let off = 0;
          l.ins.forEach((_, j) => { const x = ins[j]!; const at = l.src[j] ?? off; outs[0]!.set(x, at); off = at + x.length; });
        }
        for (const n of l.ins) fifos.get(n)!.release("Consume", tile, 1);
        for (const n of l.outs) fifos.get(n)!.release("Produce", tile, 1);
      }
    }
    procs.push({ name: `link ${k} at ${tile}`, gen: link(), done: false, forever: true });
  });
  const transfersDone = new Map<string, number>();
  const pending = new Map<string, number>();
  function* hostProc(): Generator<Wait, void, void> {
    for (const op of hostOps) {
      if (op.k === "wait") {
        while ((pending.get(op.fifo) ?? 0) > 0) yield { fifo: op.fifo, port: "wait" };
        continue;
      }
      const t = op.t;
      const d = decls.get(t.fifo)!;
      const shim = d.producer.startsWith("%shim") ? "in" : "out";
      pending.set(t.fifo, (pending.get(t.fifo) ?? 0) + 1);
      const idx = [...patternIndices(t)];
      const mem = hostMem[t.arg]!;
      function* task(): Generator<Wait, void, void> {
        const f = fifos.get(t.fifo)!;
        const who = shim === "in" ? d.producer : d.consumers.find((c) => c.startsWith("%shim"))!;
        for (let base = 0; base < idx.length; base += d.size) {
          const port = shim === "in" ? "Produce" : "Consume";
          let g;
          while (!(g = f.acquire(port, who, 1))) yield { fifo: t.fifo, port };
          const o = g[0]!;
          for (let k = 0; k < d.size; k++) { if (shim === "in") o[k] = mem[idx[base + k]!]!; else mem[idx[base + k]!] = o[k]!; }
          f.release(port, who, 1);
        }
        pending.set(t.fifo, pending.get(t.fifo)! - 1);
        transfersDone.set(t.fifo, (transfersDone.get(t.fifo) ?? 0) + 1);
      }
      procs.push({ name: `shim transfer of %arg${t.arg} on @${t.fifo}`, gen: task(), done: false, forever: false });
    }
  }
  const hostP = { name: "host runtime sequence", gen: hostProc(), done: false, forever: false };
  procs.unshift(hostP);
  const moves = () => [...fifos.values()].reduce((a, f) => a + f.moves, 0);
  for (let round = 0; round < maxRounds; round++) {
    const before = moves();
    let progress = false;
    for (let k = 0; k < procs.length; k++) {
      const p = procs[k]!;
      if (p.done) continue;
      const r = p.gen.next();
      if (r.done) { p.done = true; p.waiting = undefined; progress = true; continue; }
      p.waiting = r.value;
    }
    if (moves() !== before) progress = true;
    if (hostP.done && procs.every((p) => p.done || p.forever)) return { ok: true, host: hostMem };
    if (!progress) {
      const blocked = procs.filter((p) => !p.done && p.waiting);
      const cycle = findCycle(blocked, decls);
      const what = blocked.map((p) => `${p.name} waits on @${p.waiting!.fifo} (${p.waiting!.port})`).join("; ");
      return { ok: false, deadlock: true, message: `deadlock: ${what}${cycle.length ? `; cycle through FIFOs ${cycle.map((f) => `@${f}`).join(" → ")}` : ""}`, cycle };
    }
  }
  return { ok: false, deadlock: false, message: `the replay did not finish within ${maxRounds} rounds` };
}

/** FIFOs on a cycle of "waits for the process at the other end" among blocked processes. */
function findCycle(blocked: { name: string; waiting?: Wait }[], decls: Map<string, FifoDecl>): string[] {
  const tileOfProc = (name: string) => /(%\w+)/.exec(name)?.[1];
  const edges = new Map<string, { to: string; fifo: string }[]>();
  for (const p of blocked) {
    const w = p.waiting!;
    const d = decls.get(w.fifo);
    if (!d) continue;
    const others = w.port === "Consume" || w.port === "wait" ? [d.producer] : d.consumers;
    edges.set(p.name, blocked.filter((q) => q !== p && others.includes(tileOfProc(q.name) ?? "")).map((q) => ({ to: q.name, fifo: w.fifo })));
  }
  for (const start of edges.keys()) {
    const path: { node: string; fifo: string }[] = [];
    const seen = new Set<string>();
    let cur = start;
    while (!seen.has(cur)) {
      seen.add(cur);
      const e = edges.get(cur)?.[0];
      if (!e) break;
      path.push({ node: cur, fifo: e.fifo });
      cur = e.to;
      if (cur === start) return path.map((x) => x.fifo);
    }
  }
  return [];
}
