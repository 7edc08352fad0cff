/**
 * One hardware, four views (DESIGN §8b): for every gallery and test design, the hardware plan
 * (src/core/arch/plan.ts) and each view that shows it agree.
 * - every array: the diagram's banks and storage = the plan's = the estimator's memory model, and its
 *   partition is a pragma in both exports (on the on-chip copy in the Vitis project when the array is
 *   a partitioned top-level argument; an unpartitioned one is an m_axi port with no partition);
 * - every FIFO: the diagram's node = the simulator's channel = an `hls::stream` of the export, with the
 *   same depth;
 * - the estimated latency of a dataflow design is the timed simulation's within LATENCY_TOLERANCE
 *   (not counting the on-chip copies, which the timeline starts after).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { estimate, simulate } from "../src/core/api";
import { buildArchGraph } from "../src/core/arch/graph";
import { externalPorts, hardwarePlan } from "../src/core/arch/plan";
import { memoryInfo } from "../src/core/analysis/memory";
import { exportProject } from "../src/core/backend/export";
import { compileDesign } from "../src/core/compile";
import type * as ir from "../src/core/ir/nodes";
import { buffersOf, exprChildren, stmtExprs, walkStmts } from "../src/core/ir/nodes";

const EXAMPLES = fileURLToPath(new URL("../public/examples/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const designs = [
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith(".py")).sort().map((f) => ({ name: f, path: join(EXAMPLES, f) })),
  ...readdirSync(FIXTURES).filter((f) => f.endsWith(".py")).sort().map((f) => ({ name: `fixtures/${f}`, path: join(FIXTURES, f) })),
];

/** Estimated vs timed-simulation cycles of a dataflow design: within 3 cycles or 3 %, whichever is larger. */
const LATENCY_TOLERANCE = { cycles: 3, fraction: 0.03 };

function kernelCpp(src: string, target: "vhls" | "vitis_hls"): string {
  const r = exportProject(src, { target });
  const entry = Object.entries(r.files ?? {}).find(([p]) => p.endsWith("kernel.cpp"));
  if (!entry) throw new Error(`${target} export failed: ${r.diagnostics.map((d) => d.message).join("; ")}`);
  return String(entry[1]);
}

/** Whether `f` (or a function it passes `p` to) both loads and stores array `p`. */
function readsAndWrites(m: ir.Module, f: ir.Func, p: ir.Buffer): boolean {
  let loads = false, stores = false;
  const visit = (g: ir.Func, q: ir.Buffer, depth: number): void => {
    if (depth > 8) return;
    const ex = (e: ir.Expr): void => { if (e.kind === "load" && e.buf.id === q.id) loads = true; exprChildren(e).forEach(ex); };
    walkStmts(g.body, (s) => {
      if (s.kind === "store" && s.buf.id === q.id) stores = true;
      if (s.kind === "call") {
        const h = m.funcs.find((x) => x.name === s.callee);
        s.args.forEach((a, i) => { const r = h?.params[i]; if (a.kind === "buffer" && a.id === q.id && h && r?.kind === "buffer") visit(h, r, depth + 1); });
      }
      stmtExprs(s).forEach(ex);
    });
  };
  visit(f, p, 0);
  return loads && stores;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function partitionPragma(cpp: string, variable: string, d: ir.DimPartition, dim: number): boolean {
  const factor = d.mode === "complete" ? "" : ` factor=${d.factor}`;
  return new RegExp(`#pragma HLS array_partition variable=${escape(variable)}(_\\d+)? type=${d.mode}${factor} dim=${dim + 1}\\b`).test(cpp);
}

function streams(cpp: string): string[] {
  return [...cpp.matchAll(/hls::stream< .+? > (\w+);[^\n]*\n\s*#pragma HLS stream variable=\1 depth=(\d+)/g)].map((x) => `${x[1]}:${x[2]}`).sort();
}

describe("the diagram, the estimator, the simulator and both exports describe one hardware", () => {
  it("covers the gallery and the test designs", () => expect(designs.length).toBeGreaterThan(25));

  for (const d of designs) {
    it(d.name, () => {
      // df_pingpong.py is a template: its FIFO depth decides whether it deadlocks (deep enough here).
      const src = readFileSync(d.path, "utf8").replaceAll("DEPTH", "64");
      const c = compileDesign(src);
      expect(c.design, c.sink.items.map((x) => x.message).join("; ")).toBeDefined();
      const m = c.design!.module;
      const plan = hardwarePlan(m);
      const graph = buildArchGraph(m);
      const byId = new Map(graph.nodes.map((n) => [n.id, n]));
      const buffers = new Map<number, ir.Buffer>();
      for (const f of m.funcs) for (const b of buffersOf(f)) buffers.set(b.id, b);
      const external = externalPorts(m);
      const vhls = kernelCpp(src, "vhls");
      const vitis = kernelCpp(src, "vitis_hls");

      for (const mem of plan.memories) {
        const b = buffers.get(mem.id)!;
        const what = `${d.name} ${mem.func}:${mem.name}`;
        // The estimator's banks.
        expect(memoryInfo(b, external.has(b.id)).banks, what).toBe(mem.banks);
        // The diagram's node (buffers of functions the top never calls are not drawn).
        const node = mem.interface === "on-chip" ? byId.get(`buffer:${mem.func}:${mem.name}:${mem.id}`) : byId.get(`memory:${mem.name}`);
        if (node) {
          expect(node.banks, what).toBe(mem.banks);
          expect(node.storage, what).toBe(mem.storage);
          if (mem.interface !== "on-chip") expect(node.interface, what).toBe(mem.interface);
        } else expect(mem.interface, `${what} is missing from the diagram`).toBe("on-chip");
        // Both exports partition it as planned.
        b.partition?.forEach((p, dim) => {
          if (!p) return;
          expect(partitionPragma(vhls, mem.name, p, dim), `${what}: vhls partition of dim ${dim + 1}`).toBe(true);
          expect(partitionPragma(vitis, mem.interface === "on-chip copy" ? `${mem.name}_local` : mem.name, p, dim), `${what}: vitis_hls partition of dim ${dim + 1}`).toBe(true);
        });
        if (mem.interface === "m_axi") {
          expect(vitis, what).toMatch(new RegExp(`#pragma HLS interface m_axi port=${escape(mem.name)}\\b`));
          expect(vitis, what).not.toMatch(new RegExp(`#pragma HLS array_partition variable=${escape(mem.name)} `));
        }
      }
      expect(vitis).not.toMatch(/is not applied in the kernel flow/);
      // No loop left empty (a grid's unfolded nest is its PE calls, not a loop), and no stream pragma
      // on an array (what s.to streams is an hls::stream; what it could not stream stays an array).
      for (const cpp of [vhls, vitis]) {
        expect(cpp, `${d.name}: an empty loop`).not.toMatch(/for \([^\n]*\{[^\n]*\n(\s*#pragma[^\n]*\n)*\s*\}/);
        expect(cpp, `${d.name}: a stream pragma on an array`).not.toMatch(/#pragma HLS stream variable=\S+ depth=\d+ type=fifo/);
      }

      // PE instances: plan = diagram (grid positions).
      const planPEs = plan.kernels.filter((k) => k.pe).map((k) => `${k.name}@${k.pe!.grid.join(",")}`).sort();
      expect(graph.nodes.filter((n) => n.kind === "pe").map((n) => `${n.label}@${n.grid!.join(",")}`).sort(), d.name).toEqual(planPEs);

      // Loaders and drainers at a streamed grid's edges: plan = diagram = simulator's processes = a
      // function of both exports; the PEs they serve take only streams (and scalars).
      const edges = plan.kernels.filter((k) => k.edge);
      const simProcs = new Set((simulate(src).dataflow?.processes ?? []).map((p) => p.name));
      for (const k of edges) {
        expect(byId.get(`kernel:${k.name}`)?.kind, `${d.name}: ${k.name} in the diagram`).toBe("kernel");
        // (The trace names the processes of the top's region; those of a region nested deeper are numbered.)
        const caller = m.funcs.find((f) => f.body.some((st) => st.kind === "call" && st.callee === k.name));
        if (caller?.name === m.top) expect(simProcs.has(k.name), `${d.name}: ${k.name} runs as a process`).toBe(true);
        for (const cpp of [vhls, vitis]) expect(cpp, `${d.name}: ${k.name} exported`).toMatch(new RegExp(`void ${escape(k.name)}\\(`));
      }
      if (edges.length > 0) {
        for (const k of plan.kernels.filter((x) => x.pe)) {
          const f = m.funcs.find((x) => x.name === k.name)!;
          // (An array a PE both reads and writes, `C[i, j] += a * b`, stays its argument: no edge kernel can serve it.)
          for (const p of f.params) if (p.kind === "buffer" && !readsAndWrites(m, f, p)) expect(p.storage, `${d.name}: ${k.name}(${p.name})`).toBe("stream");
        }
      }

      // Loop directives: every planned pipeline / unroll is a pragma of both exports, and no other.
      const pragmas = (cpp: string, re: RegExp) => [...cpp.matchAll(re)].map((x) => x[1]!).sort();
      const planII = plan.loops.filter((l) => l.pipelineII !== undefined).map((l) => `${l.pipelineII}`).sort();
      const planUnroll = plan.loops.filter((l) => l.unroll !== undefined).map((l) => (l.unroll === 0 ? "" : `${l.unroll}`)).sort();
      for (const cpp of [vhls, vitis]) {
        expect(pragmas(cpp, /#pragma HLS pipeline II=(\d+)/g), `${d.name}: pipeline pragmas`).toEqual(planII);
        expect(pragmas(cpp, /#pragma HLS unroll(?: factor=(\d+))?\n/g).map((x) => x ?? ""), `${d.name}: unroll pragmas`).toEqual(planUnroll);
      }

      // FIFOs: plan = diagram = simulator = export.
      const planned = plan.fifos.map((f) => `${f.name}:${f.depth}`).sort();
      expect(graph.nodes.filter((n) => n.kind === "fifo").map((n) => `${n.label}:${n.depth}`).sort()).toEqual(planned);
      expect(streams(vitis)).toEqual(planned);
      expect(streams(vhls)).toEqual(planned);
      const sim = simulate(src, { timeline: true });
      if (planned.length > 0) expect(sim.dataflow!.fifos.map((f) => `${f.name}:${f.depth}`).sort()).toEqual(planned);

      // Latency: the estimate's model is the timed simulation's.
      if (sim.dataflow && !sim.dataflow.deadlock && sim.diagnostics.length === 0) {
        const e = estimate(src).estimate!;
        const estimated = e.latency - (e.onChipCopyCycles ?? 0);
        const measured = sim.dataflow.cycles;
        const tolerance = Math.max(LATENCY_TOLERANCE.cycles, LATENCY_TOLERANCE.fraction * measured);
        expect(Math.abs(estimated - measured), `${d.name}: estimated ${estimated}, simulated ${measured}`).toBeLessThanOrEqual(tolerance);
      }
    }, 120_000);
  }
});

/**
 * A grid exported in the shared PE form (over SHARED_PE_EXPORT PEs, or asked for): the export still
 * builds the plan's hardware. Every planned FIFO is an element of an exported channel array with the
 * planned depth and is passed to the processes the plan connects; the only other elements passed are
 * the ends of relay lines, each handed to one PE only (the last of its line, which never writes it);
 * every planned loader and drainer is a function of the export, and the one PE function is called
 * once per planned PE.
 */
describe("a grid exported as one shared PE function is the plan's hardware", () => {
  const systolic = readFileSync(join(EXAMPLES, "systolic_4x4.py"), "utf8");
  const cases = [
    { name: "systolic_4x4.py (shared PE)", src: systolic, sharedPEs: true },
    { name: "systolic 3x5, K = 7 (shared PE)", src: systolic.replace("M, N, K = 4, 4, 4", "M, N, K = 3, 5, 7"), sharedPEs: true },
    { name: "systolic_64x64.py (4096 PEs)", src: readFileSync(fileURLToPath(new URL("../bench/designs/systolic_64x64.py", import.meta.url)), "utf8"), sharedPEs: undefined },
  ];
  for (const cs of cases) {
    it(cs.name, () => {
      const m = compileDesign(cs.src).design!.module;
      const plan = hardwarePlan(m);
      for (const target of ["vhls", "vitis_hls"] as const) {
        const r = exportProject(cs.src, { target, sharedPEs: cs.sharedPEs });
        const cpp = String(Object.entries(r.files ?? {}).find(([p]) => p.endsWith("kernel.cpp"))?.[1] ?? "");
        // (The function that declares the channels is the top, or its core behind on-chip copies.)
        const top = cpp;
        // Channel arrays and the elements the top passes to processes (with how many calls take each).
        const arrays = new Map([...top.matchAll(/hls::stream< .+? > (\w+)((?:\[\d+\])+);[^\n]*\n\s*#pragma HLS stream variable=\1 depth=(\d+)/g)].map((x) => [x[1]!, Number(x[3])]));
        expect(arrays.size, `${target}: channel arrays`).toBeGreaterThan(0);
        const uses = new Map<string, number>();
        for (const x of top.matchAll(/\b(\w+)((?:\[\d+\])+)/g)) {
          if (!arrays.has(x[1]!)) continue;
          const el = `${x[1]}_${[...x[2]!.matchAll(/\d+/g)].map((y) => y[0]).join("_")}`;
          uses.set(el, (uses.get(el) ?? 0) + 1);
        }
        // (The declaration itself matches once per array, as `name[shape]`, and is not an element use.)
        for (const [a] of arrays) uses.delete(`${a}_${top.match(new RegExp(`${a}((?:\\[\\d+\\])+);`))![1]!.match(/\d+/g)!.join("_")}`);
        const planned = new Map(plan.fifos.map((f) => [f.name, f.depth]));
        for (const [name, depth] of planned) {
          const arr = [...arrays.keys()].find((a) => name.startsWith(`${a}_`) && /^\d+(_\d+)*$/.test(name.slice(a.length + 1)));
          expect(arr, `${target}: ${name} is an element of a channel array`).toBeDefined();
          expect(arrays.get(arr!), `${target}: depth of ${name}`).toBe(depth);
          // A writer and a reader.
          expect(uses.get(name), `${target}: processes connected by ${name}`).toBe(2);
        }
        const extra = [...uses.keys()].filter((e) => !planned.has(e));
        for (const e of extra) {
          expect(e, `${target}: ${e} is not planned`).toMatch(/_fifo_\d+_\d+$/);
          expect(uses.get(e), `${target}: ${e} is a line end`).toBe(1);
        }
        const pes = plan.kernels.filter((k) => k.pe);
        const lines = plan.fifos.filter((f) => /_fifo_/.test(f.name)).length;
        expect(lines, cs.name).toBeGreaterThan(0);
        // One line end per line of each relay: PEs minus the relay FIFOs along the line, per chain.
        const chains = new Set(plan.fifos.filter((f) => /_fifo_/.test(f.name)).map((f) => f.name.replace(/_fifo_.*/, "")));
        expect(extra.length, `${target}: line ends`).toBe(chains.size * pes.length - lines);
        const callee = cpp.match(/^void (\w+)\(\n  int \w+,\n  int \w+,/m)![1]!;
        expect(cpp.match(new RegExp(`^  ${callee}\\(`, "gm"))?.length, `${target}: PE calls`).toBe(pes.length);
        for (const k of plan.kernels.filter((x) => x.edge)) expect(cpp, `${target}: ${k.name}`).toMatch(new RegExp(`^void ${k.name}\\(`, "m"));
      }
    }, 300_000);
  }
});
