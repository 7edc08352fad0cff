/** Re-fits the view whenever the laid-out diagram changes (the fitView prop only fits once). */
import { useEffect } from "react";
import { useReactFlow } from "@xyflow/react";
import type { DiagramLayout } from "./layoutTypes";

export function FitOnChange({ layout }: { readonly layout: DiagramLayout | null }) {
  const flow = useReactFlow();
  useEffect(() => {
    if (!layout) return;
    // Wait a frame so React Flow has the new nodes in its store before fitting.
    let raf2 = 0;
    const raf = requestAnimationFrame(() => { raf2 = requestAnimationFrame(() => void flow.fitView({ padding: 0.06, duration: 0 })); });
    return () => { cancelAnimationFrame(raf); cancelAnimationFrame(raf2); };
  }, [layout, flow]);
  return null;
}
