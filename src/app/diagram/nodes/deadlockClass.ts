import type { ArchNodeData } from "../flowTypes";

/** The class a deadlock mark adds to a node (" is-deadlock-cycle", " is-deadlock-blocked" or ""). */
export function deadlockClass(data: ArchNodeData): string {
  return data.deadlock ? ` is-deadlock-${data.deadlock}` : "";
}
