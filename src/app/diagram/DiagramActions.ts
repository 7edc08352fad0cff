/** What diagram nodes can ask of the diagram (kept out of node data so node objects stay stable). */
import { createContext } from "react";

export interface DiagramActionsValue { toggle(kernelId: string): void }

export const DiagramActions = createContext<DiagramActionsValue>({ toggle: () => {} });
