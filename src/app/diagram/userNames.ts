/**
 * The diagram in the user's words: buffers a schedule call created are named after the variable the
 * user assigned them to (`LB = s.reuse_at(s.A, "y")` names `S_y_x_0_reuse_y` "LB"), and a kernel's loop
 * count is the loops written in its source (not the loops schedule steps generated or moved). Pure.
 */
import type { StepInfo } from "../../core/api-types";
import type { ArchGraph, ArchNode } from "../../core/arch/graph";

const ASSIGNED = /^\s*([A-Za-z_]\w*)\s*=\s*\w+\.(reuse_at|buffer_at)\s*\(\s*(?:\w+\.)?(\w+)\s*,\s*(?:axis\s*=\s*)?["'](\w+)["']/;

/** Loops written in a function's source: each name bound by a `for` header, and each `while`. */
export function writtenLoops(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/^[ \t]*for\s+(.+?)\s+in\b/gm)) n += m[1]!.split(",").filter((t) => t.trim()).length;
  n += (text.match(/^[ \t]*while\b/gm) ?? []).length;
  return n;
}

/** compiler buffer name suffix → the user's name, from the schedule's assignments. */
function aliases(source: string, steps: readonly StepInfo[]): { suffix: string; name: string }[] {
  const out: { suffix: string; name: string }[] = [];
  for (const st of steps) {
    if (st.method !== "reuse_at" && st.method !== "buffer_at") continue;
    const lineStart = source.lastIndexOf("\n", st.range.from - 1) + 1;
    const lineEnd = source.indexOf("\n", st.range.from);
    const m = ASSIGNED.exec(source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
    if (!m) continue;
    const [, name, method, target, axis] = m;
    out.push({ suffix: method === "reuse_at" ? `_reuse_${axis}` : `${target}_buf`, name: name! });
  }
  return out;
}

export function withUserNames(graph: ArchGraph, source: string | undefined, steps: readonly StepInfo[]): ArchGraph {
  if (source === undefined) return graph;
  const named = aliases(source, steps);
  let changed = false;
  const nodes = graph.nodes.map((n): ArchNode => {
    if (n.kind === "kernel" && n.ranges[0]) {
      const text = source.slice(n.ranges[0].from, n.ranges[0].to);
      if (/^\s*(?:async\s+)?def\b/.test(text)) {
        const loops = writtenLoops(text);
        if (loops !== n.loops) { changed = true; return { ...n, loops }; }
      }
    }
    if (n.kind === "buffer") {
      const hits = named.filter((a) => (a.suffix.startsWith("_") ? n.label.endsWith(a.suffix) : n.label === a.suffix));
      if (hits.length === 1 && hits[0]!.name !== n.label) { changed = true; return { ...n, label: hits[0]!.name }; }
    }
    return n;
  });
  return changed ? { ...graph, nodes } : graph;
}
