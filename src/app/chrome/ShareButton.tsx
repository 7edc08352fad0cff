/** Copies a link carrying the whole document (compressed into the URL fragment). */
import { useState } from "react";
import { useCommands } from "../store/hooks";

export function ShareButton() {
  const commands = useCommands();
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className="share">
      <button type="button" className="btn" onClick={async () => setLink(await commands.share())}>Share</button>
      {link && (
        <input className="share-link" aria-label="Share link" readOnly value={link}
          onFocus={(e) => e.currentTarget.select()} onBlur={() => setLink(null)} autoFocus />
      )}
    </div>
  );
}
