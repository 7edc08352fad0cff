/**
 * Re-fits the view whenever the laid-out diagram changes (the fitView prop only fits once). A wide
 * diagram is not shrunk below MIN_FIT_ZOOM, where its labels stop being readable: it is shown from
 * where the data enters (the left edge, or the top for a top-to-bottom layout) and the rest is a pan
 * away (the minimap shows where). After the user opens a kernel or block (`focus`) in a diagram that
 * does not fit, the view goes to what was opened instead.
 */
import { useEffect } from "react";
import { useReactFlow, useStore } from "@xyflow/react";
import { FIT_PADDING, fitViewport, focusViewport, type DiagramLayout } from "./layoutTypes";

export { FIT_PADDING, MIN_FIT_ZOOM } from "./layoutTypes";

export function FitOnChange({ layout, focus }: { readonly layout: DiagramLayout | null; readonly focus?: string }) {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // Refit when the geometry changes, not when a layout is only re-bound to new node data (an edit).
  const geometry = layout ? `${layout.top}|${layout.direction ?? "RIGHT"}|${layout.width}|${layout.height}|${layout.nodes.length}` : "";
  useEffect(() => {
    if (!layout) return;
    // Wait a frame so React Flow has the new nodes in its store before fitting.
    let raf2 = 0;
    const raf = requestAnimationFrame(() => {
      raf2 = requestAnimationFrame(() => {
        const v = (focus ? focusViewport(layout, focus, width, height) : null) ?? fitViewport(layout, width, height);
        if (v) void flow.setViewport(v, { duration: 0 });
        else void flow.fitView({ padding: FIT_PADDING, duration: 0 });
      });
    });
    return () => { cancelAnimationFrame(raf); cancelAnimationFrame(raf2); };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `geometry` stands for the layout
  }, [geometry, focus, flow, width, height]);
  return null;
}
