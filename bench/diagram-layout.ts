/**
 * `node --import tsx bench/diagram-layout.ts`: what folding repeated blocks buys the diagram of a large
 * model. The 12-layer transformer imported from ONNX (test/fixtures/onnx/stack12.onnx, weights inline
 * as the studio imports it): build the architecture graph, fold repeated blocks, and lay it out with
 * ELK (the same layered layout the studio runs in its worker) folded (how it opens), with the ×12
 * group open (its blocks closed), with one block open, and unfolded (every kernel call drawn). Median of 3 after a warm-up. `--write PATH.py` also writes the imported
 * design, for `npm run bench:ui` with BENCH_FILES=PATH.py (keystroke → diagram on it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import ELK from "elkjs/lib/elk.bundled.js";
import { buildArchGraph } from "../src/core/arch/graph";
import { compileDesign } from "../src/core/compile";
import { importOnnx } from "../src/core/frontend/models/onnx/import";
import { groupRepeats } from "../src/app/diagram/repeatBlocks";
import { layoutGraph } from "../src/app/diagram/layoutGraph";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r = importOnnx(new Uint8Array(readFileSync(new URL("../test/fixtures/onnx/stack12.onnx", import.meta.url))), { inlineWeights: true });
const out = process.argv.indexOf("--write");
if (out > 0 && process.argv[out + 1]) writeFileSync(process.argv[out + 1]!, r.design!);
const graph = buildArchGraph(compileDesign(r.design!).design!.module);
const elk = new ELK();
const time = async (label: string, f: () => Promise<number>) => {
  const t: number[] = [];
  let nodes = 0;
  for (let i = 0; i <= 3; i++) {
    const t0 = performance.now();
    nodes = await f();
    if (i > 0) t.push(performance.now() - t0);
  }
  console.log(`${label}: ${median(t).toFixed(0)} ms (${nodes} nodes drawn)`);
};
console.log(`stack12: ${graph.nodes.length} graph nodes, ${graph.edges.length} edges`);
await time("fold repeated blocks (groupRepeats)", async () => groupRepeats(graph).graph.nodes.length);
const { graph: folded, groups } = groupRepeats(graph);
await time("layout, folded (as it opens)", async () => (await layoutGraph(elk, folded, new Set(groups))).nodes.length);
// The ×12 group opened (its 12 blocks drawn closed), then one block of it opened, as the studio allows.
const layers = groups.find((id) => folded.nodes.find((n) => n.id === id)?.repeat?.count === 12)!;
const third = folded.nodes.find((n) => n.parent === layers && n.block?.index === 2)!.id;
await time("layout, the ×12 group open (12 blocks)", async () => (await layoutGraph(elk, folded, new Set(groups.filter((id) => id !== layers)))).nodes.length);
await time("layout, the group and its 3rd block open", async () => (await layoutGraph(elk, folded, new Set(groups.filter((id) => id !== layers && id !== third)))).nodes.length);
await time("layout, unfolded (every call drawn)", async () => (await layoutGraph(elk, graph, new Set())).nodes.length);
console.log(`machine: ${cpus().length}× ${cpus()[0]?.model}, node ${process.version}`);
