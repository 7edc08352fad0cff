/**
 * The guided tour overlay: dims the studio except the pane the current step talks about, and shows
 * the step beside it. Keyboard: → / Enter next, ← back, Esc closes; focus stays inside the dialog.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { TOUR_STEPS } from "./tourSteps";
import "./tour.css";

interface Rect { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

const CARD_W = 340;
const GAP = 12;

function targetRect(selector: string): Rect | undefined {
  const el = document.querySelector(selector);
  const r = el?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { x: r.left, y: r.top, w: r.width, h: r.height } : undefined;
}

/** Beside the target where there is room (right, left, below, above), else over it; always on screen. */
function cardPosition(t: Rect | undefined, cardH: number): { left: number; top: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const clampX = (x: number) => Math.max(GAP, Math.min(x, vw - CARD_W - GAP));
  const clampY = (y: number) => Math.max(GAP, Math.min(y, vh - cardH - GAP));
  if (!t) return { left: clampX((vw - CARD_W) / 2), top: clampY((vh - cardH) / 2) };
  if (t.x + t.w + GAP + CARD_W <= vw) return { left: t.x + t.w + GAP, top: clampY(t.y) };
  if (t.x - GAP - CARD_W >= 0) return { left: t.x - GAP - CARD_W, top: clampY(t.y) };
  if (t.y + t.h + GAP + cardH <= vh) return { left: clampX(t.x), top: t.y + t.h + GAP };
  if (t.y - GAP - cardH >= 0) return { left: clampX(t.x), top: t.y - GAP - cardH };
  return { left: clampX(t.x + (t.w - CARD_W) / 2), top: clampY(t.y + (t.h - cardH) / 2) };
}

export function Tour({ onClose }: { readonly onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const [rect, setRect] = useState<Rect | undefined>();
  const [cardH, setCardH] = useState(200);
  const card = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;

  const measure = useCallback(() => {
    const r = targetRect(step.target);
    // Same box, same object: the frame loop below re-renders only when something moved.
    setRect((old) => (old && r && old.x === r.x && old.y === r.y && old.w === r.w && old.h === r.h ? old : r));
    if (card.current) setCardH(card.current.offsetHeight);
  }, [step.target]);

  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    // Panes move while the tour is open (results arrive, badges widen the steps list, Monaco loads),
    // not only on window resizes: follow the target every frame.
    let frame = requestAnimationFrame(function follow() {
      measure();
      frame = requestAnimationFrame(follow);
    });
    return () => cancelAnimationFrame(frame);
  }, [measure]);
  useEffect(() => next.current?.focus(), [index]);

  const go = (i: number) => { if (i >= 0 && i < TOUR_STEPS.length) setIndex(i); };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") { e.preventDefault(); onClose(); return; }
    if (e.key === "ArrowRight") { e.preventDefault(); go(index + 1); return; }
    if (e.key === "ArrowLeft") { e.preventDefault(); go(index - 1); return; }
    if (e.key === "Tab" && card.current) {
      // Keep the focus in the dialog while it is open.
      const items = [...card.current.querySelectorAll<HTMLElement>("button:not(:disabled)")];
      const at = items.indexOf(document.activeElement as HTMLElement);
      const to = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at + 1) % items.length;
      e.preventDefault();
      items[to]?.focus();
    }
  };

  const pos = cardPosition(rect, cardH);
  return createPortal(
    <div className="tour" onKeyDown={onKeyDown}>
      {rect
        ? <div className="tour-spotlight" style={{ left: rect.x - 4, top: rect.y - 4, width: rect.w + 8, height: rect.h + 8 }} data-testid="tour-spotlight" />
        : <div className="tour-backdrop" />}
      <div
        ref={card} className="tour-card" role="dialog" aria-modal="true" aria-labelledby="tour-title" aria-describedby="tour-body"
        style={{ left: pos.left, top: pos.top, width: CARD_W }} data-target={step.target}
      >
        <p className="tour-count">Step {index + 1} of {TOUR_STEPS.length}</p>
        <h2 id="tour-title" className="tour-title">{step.title}</h2>
        <p id="tour-body" className="tour-body">{step.body}</p>
        <div className="tour-buttons">
          <button type="button" className="btn" onClick={onClose}>Close</button>
          <span className="spacer" />
          <button type="button" className="btn" onClick={() => go(index - 1)} disabled={index === 0}>Back</button>
          <button ref={next} type="button" className="btn primary" onClick={() => (last ? onClose() : go(index + 1))}>{last ? "Done" : "Next"}</button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
