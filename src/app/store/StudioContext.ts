/** React context carrying one studio's store and commands (created by <StudioProvider>). */
import { createContext, useContext } from "react";
import type { StudioCommands } from "../studioController";
import type { StudioStore } from "./studioStore";

export interface StudioContextValue {
  readonly store: StudioStore;
  readonly commands: StudioCommands;
}

export const StudioContext = createContext<StudioContextValue | null>(null);

export function useStudioContext(): StudioContextValue {
  const ctx = useContext(StudioContext);
  if (!ctx) throw new Error("studio hooks must be used inside <StudioProvider>");
  return ctx;
}
