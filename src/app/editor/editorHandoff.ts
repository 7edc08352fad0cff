/**
 * What the plain editor (shown while Monaco loads) hands to Monaco when it takes over: the selection,
 * whether it had the keyboard focus, and the scroll position, so typing carries on where it was. The
 * text itself needs no handoff: every plain edit goes to the store at once.
 */
export interface EditorView {
  /** Selection as source offsets (anchor = where it started, head = the caret). */
  readonly anchor: number;
  readonly head: number;
  readonly focused: boolean;
  /** The first line on screen (1-based). */
  readonly firstLine: number;
}

let pending: EditorView | undefined;

export function handOffView(view: EditorView): void {
  pending = view;
}

/**
 * The view left by the plain editor, for the Monaco that replaces it. Cleared on the next task, not at
 * once: React's development StrictMode mounts the editor twice in one commit, and both must see it; a
 * later remount (another pane layout) must not steal the focus with an old selection.
 */
export function takeHandedOffView(): EditorView | undefined {
  const v = pending;
  if (v) setTimeout(() => { if (pending === v) pending = undefined; }, 0);
  return v;
}
