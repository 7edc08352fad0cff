/**
 * Turns a finished (or deadlocked) dataflow run into plain data for the API: per process its clock and
 * stalls, per FIFO its traffic and occupancy over time, and for a deadlock who waits for whom.
 */
import type { DataflowTrace, DeadlockInfo, FifoTrace, ProcessTrace } from "../api-types";
import type * as ir from "../ir/nodes";
import { exprChildren, stmtExprs } from "../ir/nodes";
import { typeToString } from "../types/types";
import { processKinds } from "./process-kinds";
import type { CodegenOutput } from "./codegen";
import type { Network, Process } from "./kpn";

/** Which processes put to / get from each channel. */
function topology(m: ir.Module, out: CodegenOutput): { writers: Map<number, string[]>; readers: Map<number, string[]> } {
  const funcs = new Map(m.funcs.map((f) => [f.name, f]));
  const chanIndex = new Map(out.channels.map((b, i) => [b.id, i]));
  const writers = new Map<number, string[]>();
  const readers = new Map<number, string[]>();
  const add = (map: Map<number, string[]>, ch: number, p: string) => {
    const l = map.get(ch) ?? [];
    if (!l.includes(p)) l.push(p);
    map.set(ch, l);
  };
  /** Marks the channel ops of `f` (following calls), with `bind` mapping its channel params to region channels. */
  const scan = (f: ir.Func, bind: Map<number, number>, proc: string, depth: number): void => {
    if (depth > 16) return;
    const visitE = (e: ir.Expr): void => {
      if (e.kind === "stream-get") { const c = bind.get(e.stream.id); if (c !== undefined) add(readers, c, proc); }
      if (e.kind === "call-value") callee(e.callee, e.args);
      exprChildren(e).forEach(visitE);
    };
    const callee = (name: string, args: readonly ir.CallArg[]): void => {
      const g = funcs.get(name);
      if (!g) return;
      const inner = new Map<number, number>();
      args.forEach((a, i) => {
        const p = g.params[i];
        if (a.kind === "buffer" && p && p.kind === "buffer" && bind.has(a.id)) inner.set(p.id, bind.get(a.id)!);
      });
      if (inner.size) scan(g, inner, proc, depth + 1);
    };
    const visit = (ss: readonly ir.Stmt[]): void => {
      for (const s of ss) {
        if (s.kind === "stream-put") { const c = bind.get(s.stream.id); if (c !== undefined) add(writers, c, proc); visitE(s.value); }
        else if (s.kind === "stream-put-block") { const c = bind.get(s.stream.id); if (c !== undefined) add(writers, c, proc); }
        else if (s.kind === "stream-get-block") { const c = bind.get(s.stream.id); if (c !== undefined) add(readers, c, proc); }
        else if (s.kind === "call") callee(s.callee, s.args);
        if (s.kind === "for" || s.kind === "while") visit(s.body);
        if (s.kind === "if") { visit(s.then); visit(s.else); }
        if (s.kind === "for") stmtExprs(s).forEach(visitE);
        if (s.kind === "if" || s.kind === "while") visitE(s.cond);
        if (s.kind === "store") { s.indices.forEach(visitE); visitE(s.value); }
      }
    };
    visit(f.body);
  };
  // The processes each host starts, their channel parameters bound to its channels: a region called
  // from the region starts its calls in the caller's network (process-kinds.ts `spawners`); a region
  // called inside a kernel runs its own. Processes are named after their functions (net.processes).
  const { hosts, spawners } = processKinds(m);
  const started = new Set<string>();
  const start = (host: ir.Func, outer: ReadonlyMap<number, number>, depth: number): void => {
    started.add(host.name);
    for (const s of host.body) {
      if (s.kind !== "call") continue;
      const f = funcs.get(s.callee);
      if (!f) continue;
      const bind = new Map<number, number>();
      s.args.forEach((a, i) => {
        const p = f.params[i];
        const c = a.kind === "buffer" ? chanIndex.get(a.id) ?? outer.get(a.id) : undefined;
        if (c !== undefined && p && p.kind === "buffer") bind.set(p.id, c);
      });
      if (spawners.has(f.name) && depth < 16) start(f, bind, depth + 1);
      else scan(f, bind, s.callee, 0);
    }
  };
  const top = funcs.get(m.top)!;
  if (out.processes.has(top.name)) scan(top, new Map(), top.name, 0);
  else start(top, new Map(), 0);
  for (const f of m.funcs) if (hosts.has(f.name) && !started.has(f.name)) start(f, new Map(), 0);
  return { writers, readers };
}

export function dataflowTrace(m: ir.Module, out: CodegenOutput, net: Network, deadlocked: boolean): DataflowTrace {
  const { writers, readers } = topology(m, out);
  const chanName = (i: number) => out.channels[i]?.name ?? `fifo${i}`;
  const processes: ProcessTrace[] = net.processes.map((p, i) => {
    const func = m.funcs[p.fn];
    const inst = func?.attrs.instance;
    return {
      name: func?.name ?? `process${i}`,
      kernel: inst?.kernel,
      pid: inst?.pid,
      done: p.done,
      finish: p.clk,
      stalls: p.stalls.map((s) => ({ from: s.from, to: s.to, op: s.op, fifo: chanName(s.chan) })),
      truncated: p.truncated,
      range: func?.range ?? { from: 0, to: 0 },
    };
  });
  const fifos: FifoTrace[] = out.channels.map((b, i) => {
    const c = net.channels[i];
    const events = c ? [...c.events].sort((a, b2) => a.t - b2.t || b2.d - a.d) : [];
    let n = 0;
    const occupancy: { t: number; n: number }[] = [];
    for (const ev of events) {
      n += ev.d;
      const last = occupancy[occupancy.length - 1];
      if (last && last.t === ev.t) last.n = n;
      else occupancy.push({ t: ev.t, n });
      // Keep only changes: a steady stream would otherwise add a point per cycle.
      const before = occupancy[occupancy.length - 2];
      if (before && before.n === occupancy[occupancy.length - 1]!.n) occupancy.pop();
    }
    return {
      name: b.name,
      depth: b.stream?.depth ?? 2,
      type: typeToString(b.type.shape.length ? b.type : b.type.elem),
      writers: writers.get(i) ?? [],
      readers: readers.get(i) ?? [],
      puts: c?.puts ?? 0,
      gets: c?.gets ?? 0,
      // By cycle when the timeline was recorded; else in the order the scheduler happened to run.
      maxOccupancy: net.timeline && !c?.truncated && occupancy.length ? Math.max(...occupancy.map((o) => o.n)) : c?.maxOccupancy ?? 0,
      occupancy,
      truncated: c?.truncated ?? false,
      range: b.range,
    };
  });
  const cycles = Math.max(0, ...net.processes.map((p) => p.clk));
  const deadlock = deadlocked ? explain(net.processes, processes, fifos, out) : undefined;
  return { cycles, processes, fifos, deadlock };
}

/** Follows who waits for whom from the first blocked process until a process repeats (the cycle) or the chain ends. */
function explain(raw: readonly Process[], procs: readonly ProcessTrace[], fifos: readonly FifoTrace[], out: CodegenOutput): DeadlockInfo {
  const blocked = raw.flatMap((p, i) => {
    if (!p.blocked) return [];
    const f = fifos[p.blocked.chan.index]!;
    return [{ process: procs[i]!.name, op: p.blocked.op, fifo: f.name, range: out.sites[p.blocked.site]!.range, occupancy: p.blocked.chan.n, depth: f.depth }];
  });
  const blockedOf = new Map(blocked.map((b) => [b.process, b]));
  const waitsFor = (b: (typeof blocked)[number]): string[] => {
    const f = fifos.find((x) => x.name === b.fifo)!;
    return b.op === "get" ? [...f.writers] : [...f.readers];
  };
  const state = (b: (typeof blocked)[number]) => (b.op === "get" ? `waits to get from '${b.fifo}' (empty)` : `waits to put to '${b.fifo}' (full, depth ${b.depth})`);
  // Walk from every blocked process in turn; the first cycle found is reported.
  for (const start of blocked) {
    const path: string[] = [];
    let cur: string | undefined = start.process;
    while (cur !== undefined && !path.includes(cur)) {
      path.push(cur);
      const b = blockedOf.get(cur);
      cur = b ? waitsFor(b).find((w) => blockedOf.has(w)) : undefined;
    }
    if (cur === undefined) continue;
    const cycle = path.slice(path.indexOf(cur));
    const parts = cycle.map((p, i) => {
      const b = blockedOf.get(p)!;
      const next = cycle[(i + 1) % cycle.length]!;
      return `${p} ${state(b)} until ${next} ${b.op === "get" ? "puts to it" : "gets from it"}`;
    });
    // Deepening helps only a FIFO that is full; when every wait is on an empty FIFO, only the order can.
    const anyFull = cycle.some((p) => blockedOf.get(p)!.op === "put");
    const advice = anyFull
      ? "Deepen a FIFO on this cycle or reorder the puts and gets so each one can be matched."
      : "Every FIFO on this cycle is empty, so deepening one does not help: reorder so that one process puts before it gets.";
    const message = `deadlock: every process is blocked. ${parts.join("; ")}. ${advice}`;
    return { message, blocked, cycle, cycleFifos: cycle.map((p) => blockedOf.get(p)!.fifo) };
  }
  // No cycle: someone waits on a FIFO whose other end has finished or does not exist.
  const b = blocked[0]!;
  const other = waitsFor(b);
  const f = fifos.find((x) => x.name === b.fifo)!;
  const why = other.length === 0
    ? `no kernel ${b.op === "get" ? "puts to" : "gets from"} '${b.fifo}'`
    : `${other.join(" and ")} ${other.length > 1 ? "have" : "has"} finished after ${f.puts} put(s) and ${f.gets} get(s) on it`;
  return {
    message: `deadlock: ${b.process} ${state(b)}, but ${why}. Make the number of puts and gets on '${b.fifo}' match.`,
    blocked,
    cycle: [],
    cycleFifos: [],
  };
}
