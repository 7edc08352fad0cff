/**
 * The guided tour: one step per part of the studio, each pointing at the pane it talks about (a CSS
 * selector; a step whose target is not on screen is shown centred). The tutorial design's comments say
 * the same things in the source; the tour says where to look.
 */
export interface TourStep {
  readonly target: string;
  readonly title: string;
  readonly body: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    target: 'section[data-pane="editor"]',
    title: "Your design",
    body: "An Allo kernel (what it computes) and its schedule (how the hardware runs it), in plain Python. Everything else in the studio follows as you type. Ctrl/Cmd+Enter simulates; Ctrl+M lets Tab leave the editor.",
  },
  {
    target: 'section[data-pane="ir"] .steps',
    title: "Schedule steps",
    body: "Every schedule call (s.reorder, s.pipeline, s.partition, …) is one step. Pick a step to see the IR before and after it and the architecture at that point; ∎ means the step is proved to keep the results for every input, ✓ that it kept them on seeded inputs (not provable here; hover for why), ✗ that it changes them (click for a counterexample).",
  },
  {
    target: ".output-pane",
    title: "MLIR and HLS C++ beside the source",
    body: "The printed MLIR and the HLS C++ that the Vitis export writes (kernel.cpp, pragmas included), updated as you type. Put the cursor on a source line to see the output it produced, or on an output line to find its source: linked lines share a colour.",
  },
  {
    target: 'section[data-pane="diagram"]',
    title: "Architecture",
    body: "The hardware the schedule describes: kernels, processing elements, on-chip buffers with their banks, FIFOs and off-chip memories. Click a box to find its source; the cursor in the source highlights its box.",
  },
  {
    target: 'section[data-pane="simulation"]',
    title: "Simulation",
    body: "Run simulates the design bit-exactly (ap_int/ap_fixed semantics) on seeded random inputs. Dataflow designs show a timeline of each process and FIFO, and a deadlock is explained, not hung on.",
  },
  {
    target: 'section[data-pane="report"]',
    title: "Estimates",
    body: "Latency, initiation interval and resources per loop, as Vitis HLS would report them, with why each number is what it is. Import a csynth.xml after synthesis to compare.",
  },
  {
    target: ".topbar",
    title: "Gallery, share and export",
    body: "Gallery opens more designs (PolyBench kernels, systolic arrays, dataflow). Share puts the whole document in a link. Export writes a Vitis HLS project (C++, testbench with golden data, Tcl, Makefile) to synthesize offline.",
  },
];
