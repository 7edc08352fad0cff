/** Latency/II/resource report: disabled until the estimator lands. */
import { Pane } from "../layout/Pane";

export function ReportPane() {
  return <Pane id="report" title="Report" disabledReason="latency, II and resource estimates arrive with the estimator" />;
}
