/**
 * Lays out the current architecture graph in the layout worker; keeps the last layout while a newer
 * one is computed. ELK (and its worker) loads on the first layout; a graph whose structure did not
 * change (e.g. an edit inside a comment) reuses the previous positions without running ELK. The
 * direction (left to right, or top to bottom) follows the diagram pane's shape.
 */
import { useEffect, useRef, useState } from "react";
import type { ArchGraph } from "../../core/arch/graph";
import { layoutKey, rebindLayout } from "./layoutCache";
import type { LayoutClient } from "./layoutClient";
import { layoutDirectionFor, type DiagramLayout, type LayoutDirection } from "./layoutTypes";

interface LayoutState { readonly layout: DiagramLayout | null; readonly error: string | null; readonly pending: boolean }

/** The body of the diagram pane (this hook runs inside it), whose shape picks the layout direction. */
const paneBody = () => document.querySelector<HTMLElement>('section[data-pane="diagram"] > .pane-body');

/** The layout direction for the diagram pane's current shape, updated when the pane is resized. */
function usePaneDirection(): LayoutDirection {
  const [direction, setDirection] = useState<LayoutDirection>(() => {
    const el = typeof document === "undefined" ? null : paneBody();
    return el ? layoutDirectionFor(el.clientWidth, el.clientHeight) : "RIGHT";
  });
  useEffect(() => {
    const el = paneBody();
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => setDirection((d) => layoutDirectionFor(el.clientWidth, el.clientHeight, d)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return direction;
}

export function useDiagramLayout(graph: ArchGraph | undefined, collapsed: ReadonlySet<string>): LayoutState {
  const client = useRef<Promise<LayoutClient> | null>(null);
  const last = useRef<{ key: string; layout: DiagramLayout } | null>(null);
  const [state, setState] = useState<LayoutState>({ layout: null, error: null, pending: false });
  const direction = usePaneDirection();

  useEffect(() => () => {
    void client.current?.then((c) => c.destroy());
    client.current = null;
  }, []);

  useEffect(() => {
    if (!graph) {
      setState({ layout: null, error: null, pending: false });
      return;
    }
    const key = `${direction}\n${layoutKey(graph, collapsed)}`;
    if (last.current?.key === key) {
      const layout = rebindLayout(last.current.layout, graph);
      last.current = { key, layout };
      setState((s) => (s.layout === layout && !s.pending && !s.error ? s : { layout, error: null, pending: false }));
      return;
    }
    let live = true;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    client.current ??= import("./layoutClient").then((m) => m.createLayoutClient());
    client.current.then((c) => c.layout(graph, [...collapsed], direction)).then(
      (layout) => {
        if (!live) return;
        last.current = { key, layout };
        setState({ layout, error: null, pending: false });
      },
      (e: Error) => { if (live) setState((s) => ({ ...s, error: e.message, pending: false })); },
    );
    return () => { live = false; };
  }, [graph, collapsed, direction]);

  return state;
}
