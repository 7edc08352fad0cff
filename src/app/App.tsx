/**
 * Allo Studio: one studio per page. The store, the compiler worker and the controller start at once;
 * the studio's UI (Monaco and everything else) loads as its own chunk, fetched in parallel with this
 * one (modulepreload, see vite.config.ts), while StudioShell shows the page frame and the source in a
 * plain editor.
 */
import { lazy, Suspense } from "react";
import { StudioProvider } from "./StudioProvider";
import { StudioShell } from "./StudioShell";
import { afterInputPause } from "./inputPause";
import "./styles.css";

// Fetched and compiled from the start (modulepreload); run once the user pauses typing (inputPause).
const Studio = lazy(() => afterInputPause().then(() => import("./Studio")).then((m) => ({ default: m.Studio })));

export function App() {
  return (
    <StudioProvider>
      <Suspense fallback={<StudioShell />}>
        <Studio />
      </Suspense>
    </StudioProvider>
  );
}
