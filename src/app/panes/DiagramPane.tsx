/** Architecture diagram: disabled until the compiler produces architecture graphs. */
import { Pane } from "../layout/Pane";

export function DiagramPane() {
  return <Pane id="diagram" title="Architecture" disabledReason="the architecture graph arrives with the schedule work" />;
}
