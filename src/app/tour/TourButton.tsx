/** The header's "Tour" button: opens the guided tour; focus returns to the button when it closes. */
import { lazy, Suspense, useRef, useState } from "react";

const Tour = lazy(() => import("./Tour").then((m) => ({ default: m.Tour })));

export function TourButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="btn" aria-haspopup="dialog" aria-expanded={open} title="A guided tour of the studio" onClick={() => setOpen(true)}>
        Tour
      </button>
      {open && <Suspense fallback={null}><Tour onClose={close} /></Suspense>}
    </>
  );
}
