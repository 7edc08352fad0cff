/**
 * A kernel's loop count in the user's words: the loops written in its source, not the loops schedule
 * steps generated or moved (the compiler names buffers after the user's variables itself). Pure.
 */
import type { ArchGraph, ArchNode } from "../../core/arch/graph";

/** Loops written in a function's source: each name bound by a `for` header, and each `while`. */
export function writtenLoops(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/^[ \t]*for\s+(.+?)\s+in\b/gm)) n += m[1]!.split(",").filter((t) => t.trim()).length;
  n += (text.match(/^[ \t]*while\b/gm) ?? []).length;
  return n;
}

export function withWrittenLoops(graph: ArchGraph, source: string | undefined): ArchGraph {
  if (source === undefined) return graph;
  let changed = false;
  const nodes = graph.nodes.map((n): ArchNode => {
    if (n.kind === "kernel" && n.ranges[0]) {
      const text = source.slice(n.ranges[0].from, n.ranges[0].to);
      if (/^\s*(?:async\s+)?def\b/.test(text)) {
        const loops = writtenLoops(text);
        if (loops !== n.loops) { changed = true; return { ...n, loops }; }
      }
    }
    return n;
  });
  return changed ? { ...graph, nodes } : graph;
}
