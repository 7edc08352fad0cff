/** Lays out the current architecture graph in the layout worker; keeps the last layout while a newer one is computed. */
import { useEffect, useRef, useState } from "react";
import type { ArchGraph } from "../../core/arch/graph";
import { createLayoutClient, type LayoutClient } from "./layoutClient";
import type { DiagramLayout } from "./layoutTypes";

export function useDiagramLayout(graph: ArchGraph | undefined, collapsed: ReadonlySet<string>): { layout: DiagramLayout | null; error: string | null; pending: boolean } {
  const client = useRef<LayoutClient | null>(null);
  const [state, setState] = useState<{ layout: DiagramLayout | null; error: string | null; pending: boolean }>({ layout: null, error: null, pending: false });

  useEffect(() => {
    client.current = createLayoutClient();
    return () => {
      client.current?.destroy();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    if (!graph || !client.current) {
      setState({ layout: null, error: null, pending: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, pending: true }));
    client.current.layout(graph, [...collapsed]).then(
      (layout) => { if (live) setState({ layout, error: null, pending: false }); },
      (e: Error) => { if (live) setState((s) => ({ ...s, error: e.message, pending: false })); },
    );
    return () => { live = false; };
  }, [graph, collapsed]);

  return state;
}
