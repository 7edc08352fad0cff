/** The export menu: HLS and AI Engine projects, MLIR and the diagram as downloads. */
import { useMenu } from "./useMenu";
import { EXPORTS } from "../studioController";
import { useCommands, useDiagramLayoutState, useExporting } from "../store/hooks";
import type { ExportTarget } from "../../worker/protocol";

const TARGETS: readonly { target: ExportTarget; detail: string }[] = [
  { target: "vitis_hls", detail: "kernel, testbench, run_hls.tcl, host code (.zip)" },
  { target: "vhls", detail: "kernel.cpp and kernel.h only (.zip)" },
  { target: "mlir", detail: "the scheduled design as MLIR (.mlir)" },
  { target: "aie", detail: "MLIR-AIE design, kernels, XRT host test for the Ryzen AI NPU (.zip)" },
];

export function ExportButtons() {
  const commands = useCommands();
  const exporting = useExporting();
  const layout = useDiagramLayoutState();
  const { open, setOpen, box, onButtonKeyDown, onMenuKeyDown } = useMenu();

  const busy = exporting.status === "running";
  const pick = (run: () => Promise<void>) => { setOpen(false); void run(); };
  return (
    <div className="menu" ref={box}>
      <button type="button" className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} onKeyDown={onButtonKeyDown} disabled={busy}>
        {busy ? `Exporting ${exporting.label}…` : "Export ▾"}
      </button>
      {open && (
        <div className="menu-popup menu-popup-right" role="menu" aria-label="Export" onKeyDown={onMenuKeyDown}>
          {TARGETS.map(({ target, detail }) => (
            <button key={target} type="button" role="menuitem" className="menu-item" onClick={() => pick(() => commands.exportProject(target))}>
              <span className="menu-item-name">{EXPORTS[target].label}</span>
              <span className="menu-item-desc">{detail}</span>
            </button>
          ))}
          <button type="button" role="menuitem" className="menu-item" disabled={!layout} onClick={() => pick(() => commands.exportDiagram("svg"))}>
            <span className="menu-item-name">Diagram as SVG</span>
            <span className="menu-item-desc">the architecture diagram as shown (.svg)</span>
          </button>
          <button type="button" role="menuitem" className="menu-item" disabled={!layout} onClick={() => pick(() => commands.exportDiagram("png"))}>
            <span className="menu-item-name">Diagram as PNG</span>
            <span className="menu-item-desc">the architecture diagram as an image (.png)</span>
          </button>
        </div>
      )}
    </div>
  );
}
