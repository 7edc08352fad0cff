/** The AI Engine mapping of the current source, requested after a short pause in typing (live view). */
import { useEffect, useState } from "react";
import type { AieMappingView } from "../../core/backend/aie/view-model";
import { useCommands, useSource } from "../store/hooks";

const PAUSE_MS = 300;

export function useAieMapping(device: string): { view?: AieMappingView; pending: boolean } {
  const source = useSource();
  const commands = useCommands();
  const [state, setState] = useState<{ view?: AieMappingView; key?: string }>({});
  const key = `${device}\n${source}`;
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      void commands.aieMapping(source, device).then((view) => {
        if (live && view) setState({ view, key });
      });
    }, PAUSE_MS);
    return () => { live = false; clearTimeout(t); };
  }, [commands, source, device, key]);
  return { view: state.view, pending: state.key !== key };
}
