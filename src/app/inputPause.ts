/**
 * Starting Monaco takes one long main-thread task (≈ 0.6 s on a 2-core machine). While the user is
 * typing into the plain editor that shows the source meanwhile, that task would freeze their
 * keystrokes, so it waits for a pause in their input; without input it starts at once.
 */
let lastInput = -Infinity;
const note = () => { lastInput = performance.now(); };
if (typeof window !== "undefined") {
  for (const type of ["keydown", "pointerdown", "input"]) window.addEventListener(type, note, { capture: true, passive: true });
}

/**
 * Resolves after the next frame once the user has not typed or clicked for `quietMs`, or after
 * `maxWaitMs` of continuous input (the full editor must arrive eventually).
 */
export function afterInputPause(quietMs = 500, maxWaitMs = 8000): Promise<void> {
  if (typeof window === "undefined") return Promise.resolve();
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const quiet = now - lastInput;
      if (quiet >= quietMs || now - start >= maxWaitMs) resolve();
      else setTimeout(check, Math.min(quietMs - quiet, maxWaitMs - (now - start)));
    };
    requestAnimationFrame(() => setTimeout(check, 0));
  });
}
