/** Opening a share link while different work is autosaved: ask before replacing it. */
import { useEffect, useRef } from "react";
import { useCommands, usePendingShare } from "../store/hooks";

export function ShareDialog() {
  const shared = usePendingShare();
  const commands = useCommands();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (shared && d && !d.open) d.showModal();
    if (!shared && d?.open) d.close();
  }, [shared]);

  if (!shared) return null;
  const lines = shared.source.split("\n").length;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="share-dialog-title" onCancel={(e) => { e.preventDefault(); commands.resolveShare(false); }}>
      <h2 id="share-dialog-title">Open the shared design?</h2>
      <p>
        This link carries a design ({lines} lines{shared.example ? `, from ${shared.example}` : ""}). You have different
        work saved in this browser. Opening the shared design replaces it.
      </p>
      <pre className="dialog-preview">{shared.source.split("\n").slice(0, 8).join("\n")}</pre>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={() => commands.resolveShare(false)}>Keep mine</button>
        <button type="button" className="btn primary" onClick={() => commands.resolveShare(true)}>Open shared</button>
      </div>
    </dialog>
  );
}
