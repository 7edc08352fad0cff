/** A titled pane frame; `disabled` panes say why instead of showing anything made up. */
import type { ReactNode } from "react";

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
  return (
    <section className={`pane${disabled ? " pane-disabled" : ""}`} data-pane={id} aria-label={title} aria-disabled={disabled || undefined}>
      <header className="pane-header">
        <h2 className="pane-title">{title}</h2>
        {badge}
        <div className="pane-actions">{actions}</div>
      </header>
      <div className="pane-body">
        {disabled ? <p className="pane-disabled-reason" role="note">Not available yet: {disabledReason}.</p> : children}
      </div>
    </section>
  );
}
