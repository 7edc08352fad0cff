/**
 * Two panes and a draggable (and keyboard-operable) separator between them. The size is a document
 * fraction; while dragging it stays local and is committed once on release, so autosave runs once.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import type { PaneId } from "../document";
import { useActions, usePaneSize } from "../store/hooks";

interface SplitPaneProps {
  readonly pane: PaneId;
  /** `row`: side by side with a vertical separator; `column`: stacked. */
  readonly direction: "row" | "column";
  readonly label: string;
  readonly first: ReactNode;
  readonly second: ReactNode;
}

const KEY_STEP = 0.02;

export function SplitPane({ pane, direction, label, first, second }: SplitPaneProps) {
  const size = usePaneSize(pane);
  const actions = useActions();
  const [dragSize, setDragSize] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const shown = dragSize ?? size;
  const clamp = (v: number) => Math.min(0.9, Math.max(0.1, v));

  const fractionAt = (e: PointerEvent) => {
    const r = box.current!.getBoundingClientRect();
    return clamp(direction === "row" ? (e.clientX - r.left) / r.width : (e.clientY - r.top) / r.height);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    setDragSize(fractionAt(e));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragSize !== null) setDragSize(fractionAt(e));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (dragSize === null) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    actions.dispatch({ kind: "resize", pane, size: dragSize });
    setDragSize(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const less = direction === "row" ? "ArrowLeft" : "ArrowUp";
    const more = direction === "row" ? "ArrowRight" : "ArrowDown";
    if (e.key !== less && e.key !== more) return;
    e.preventDefault();
    actions.dispatch({ kind: "resize", pane, size: clamp(size + (e.key === more ? KEY_STEP : -KEY_STEP)) });
  };

  const template = `minmax(0, ${shown}fr) var(--splitter) minmax(0, ${1 - shown}fr)`;
  return (
    <div
      ref={box}
      className={`split split-${direction}${dragSize !== null ? " dragging" : ""}`}
      style={direction === "row" ? { gridTemplateColumns: template } : { gridTemplateRows: template }}
    >
      <div className="split-cell">{first}</div>
      <div
        className="splitter"
        role="separator"
        tabIndex={0}
        aria-label={label}
        aria-orientation={direction === "row" ? "vertical" : "horizontal"}
        aria-valuenow={Math.round(shown * 100)}
        aria-valuemin={10}
        aria-valuemax={90}
        data-pane={pane}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
      />
      <div className="split-cell">{second}</div>
    </div>
  );
}
