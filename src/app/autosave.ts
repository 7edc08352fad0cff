/** Local autosave of the document (localStorage), validated on the way back in. */
import { parseDocument, type StudioDocument } from "./document";

export const AUTOSAVE_KEY = "allo-studio:document";

export interface AutosaveStore {
  load(): StudioDocument | undefined;
  save(doc: StudioDocument): void;
}

export function createAutosave(storage: Pick<Storage, "getItem" | "setItem"> | undefined = safeLocalStorage()): AutosaveStore {
  return {
    load() {
      const text = storage?.getItem(AUTOSAVE_KEY);
      if (!text) return undefined;
      try {
        const parsed = parseDocument(JSON.parse(text));
        return parsed.ok ? parsed.value : undefined;
      } catch {
        return undefined;
      }
    },
    save(doc) {
      try {
        storage?.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
      } catch {
        // Storage full or disabled: the document stays in memory; nothing else to do.
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
