/** HLS and AIE project export: shown disabled, with the reason, until the backends land. */
const REASON = "Not available yet: project export arrives with the HLS and AIE backends";

export function ExportButtons() {
  return (
    <>
      <button type="button" className="btn" disabled title={REASON} aria-description={REASON}>Export HLS</button>
      <button type="button" className="btn" disabled title={REASON} aria-description={REASON}>Export AIE</button>
    </>
  );
}
