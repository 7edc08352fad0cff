/**
 * A titled pane frame; `disabled` panes say why instead of showing anything made up. Double-clicking
 * the title bar maximizes the pane over the workspace, and again (or Escape) restores it.
 */
import { useEffect, type ReactNode } from "react";
import { useActions, useMaximizedPane } from "../store/hooks";

interface PaneProps {
  readonly id: string;
  readonly title: string;
  readonly badge?: ReactNode;
  readonly actions?: ReactNode;
  /** When set, the pane is disabled and shows this reason. */
  readonly disabledReason?: string;
  readonly children?: ReactNode;
}

export function Pane({ id, title, badge, actions, disabledReason, children }: PaneProps) {
  const disabled = disabledReason !== undefined;
  const maximized = useMaximizedPane() === id;
  const studio = useActions();
  useEffect(() => {
    if (!maximized) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === "Escape" && !e.defaultPrevented) studio.toggleMaximized(null); };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, [maximized, studio]);
  return (
    <section className={`pane${disabled ? " pane-disabled" : ""}${maximized ? " is-maximized" : ""}`} data-pane={id} aria-label={title} aria-disabled={disabled || undefined}>
      <header
        className="pane-header"
        onDoubleClick={(e) => { if (!(e.target as Element).closest("button, input, select, label, a")) studio.toggleMaximized(id); }}
      >
        <h2 className="pane-title" title={maximized ? "Double-click (or Escape) to restore the layout" : "Double-click to maximize this pane"}>{title}</h2>
        {badge}
        <div className="pane-actions">
          {actions}
          <button type="button" className="btn-small pane-max" aria-pressed={maximized} aria-label={maximized ? `Restore ${title}` : `Maximize ${title}`} title={maximized ? "Restore the layout (Escape)" : "Maximize (or double-click the title)"} onClick={() => studio.toggleMaximized(id)}>
            {maximized ? "⤡" : "⤢"}
          </button>
        </div>
      </header>
      <div className="pane-body">
        {disabled ? <p className="pane-disabled-reason" role="note">Not available yet: {disabledReason}.</p> : children}
      </div>
    </section>
  );
}
