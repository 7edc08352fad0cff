/**
 * Diagram layout off the main thread: ELK's layered algorithm runs in ELK's own web worker
 * (elk-worker.min.js, loaded as an asset); the graph preparation around it (layoutGraph) is cheap.
 * `createLayoutClient() → { layout, destroy }`.
 */
import ELK from "elkjs/lib/elk-api.js";
import elkWorkerUrl from "elkjs/lib/elk-worker.min.js?url";
import type { ArchGraph } from "../../core/arch/graph";
import { layoutGraph } from "./layoutGraph";
import type { DiagramLayout, LayoutDirection } from "./layoutTypes";

export interface LayoutClient {
  layout(graph: ArchGraph, collapsed: readonly string[], direction?: LayoutDirection): Promise<DiagramLayout>;
  destroy(): void;
}

export function createLayoutClient(): LayoutClient {
  const elk = new ELK({ workerFactory: () => new Worker(elkWorkerUrl, { name: "allo-layout" }) });
  return {
    layout: (graph, collapsed, direction) => layoutGraph(elk, graph, new Set(collapsed), direction),
    destroy: () => elk.terminateWorker(),
  };
}
