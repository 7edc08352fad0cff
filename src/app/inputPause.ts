/**
 * Starting Monaco takes one long main-thread task (≈ 0.6 s on a 2-core machine). While the user is
 * typing into the plain editor that shows the source meanwhile, that task would freeze their
 * keystrokes, so it waits for a pause in their input. Without input it waits a short grace after the
 * first frame, so that a click that comes as soon as the page shows is not stuck behind it.
 */
let lastInput = -Infinity;
const note = () => { lastInput = performance.now(); };
if (typeof window !== "undefined") {
  for (const type of ["keydown", "pointerdown", "input"]) window.addEventListener(type, note, { capture: true, passive: true });
}

export interface PauseOptions {
  /** Quiet time needed after the last keystroke or click. */
  readonly quietMs?: number;
  /** Time after the first frame before starting when there was no input. */
  readonly graceMs?: number;
  /** Continuous input delays at most this long: the full editor must arrive eventually. */
  readonly maxWaitMs?: number;
}

/** Resolves once the user has paused (see PauseOptions), measured from the next frame. */
export function afterInputPause({ quietMs = 500, graceMs = 250, maxWaitMs = 8000 }: PauseOptions = {}): Promise<void> {
  if (typeof window === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      const check = () => {
        const now = performance.now();
        const due = Math.min(lastInput > start - quietMs ? lastInput + quietMs : start + graceMs, start + maxWaitMs);
        if (now >= due) resolve();
        else setTimeout(check, due - now);
      };
      check();
    });
  });
}
