import { describe, expect, it } from "vitest";
import { formatReport, parseCsynthXml, parseXml } from "./report";

// Written to the documented csynth.xml schema (Vitis HLS 2024.x): <profile> with ReportVersion,
// UserAssignments, PerformanceEstimates (timing, overall latency, a loop tree with a latency range) and
// AreaEstimates (Resources / AvailableResources).
const CSYNTH = `<?xml version="1.0" encoding="UTF-8"?>
<!-- generated for tests -->
<profile>
  <ReportVersion><Version>2024.2</Version></ReportVersion>
  <UserAssignments>
    <unit>ns</unit><ProductFamily>virtexuplusHBM</ProductFamily><Part>xcu280-fsvh2892-2L-e</Part>
    <TopModelName>gemm</TopModelName><TargetClockPeriod>3.33</TargetClockPeriod>
  </UserAssignments>
  <PerformanceEstimates>
    <SummaryOfTimingAnalysis><unit>ns</unit><EstimatedClockPeriod>2.433</EstimatedClockPeriod></SummaryOfTimingAnalysis>
    <SummaryOfOverallLatency>
      <unit>clock cycles</unit><Best-caseLatency>33827</Best-caseLatency><Average-caseLatency>33827</Average-caseLatency>
      <Worst-caseLatency>35000</Worst-caseLatency><Interval-min>33828</Interval-min><Interval-max>35001</Interval-max>
    </SummaryOfOverallLatency>
    <SummaryOfLoopLatency>
      <l_S_i_j_0_i>
        <Name>l_S_i_j_0_i</Name><TripCount>32</TripCount><Latency>33824</Latency><IterationLatency>1057</IterationLatency>
        <l_S_k_0_k>
          <Name>l_S_k_0_k</Name><TripCount>32</TripCount>
          <Latency><range><min>1030</min><max>1054</max></range></Latency>
          <PipelineII>1</PipelineII><PipelineDepth>8</PipelineDepth>
        </l_S_k_0_k>
      </l_S_i_j_0_i>
    </SummaryOfLoopLatency>
  </PerformanceEstimates>
  <AreaEstimates>
    <Resources><BRAM_18K>2</BRAM_18K><DSP>5</DSP><FF>1240</FF><LUT>2211</LUT><URAM>0</URAM></Resources>
    <AvailableResources><BRAM_18K>4032</BRAM_18K><DSP>9024</DSP><FF>2607360</FF><LUT>1303680</LUT><URAM>960</URAM></AvailableResources>
  </AreaEstimates>
</profile>
`;

describe("csynth.xml import", () => {
  it("reads clock, latency, the loop tree and resources", () => {
    const r = parseCsynthXml(CSYNTH);
    if ("error" in r) throw new Error(r.error);
    expect(r).toMatchObject({ version: "2024.2", part: "xcu280-fsvh2892-2L-e", top: "gemm", targetClock: 3.33, estimatedClock: 2.433, latencyBest: 33827, latencyWorst: 35000, intervalMin: 33828, intervalMax: 35001 });
    expect(r.loops).toHaveLength(1);
    expect(r.loops[0]).toMatchObject({ name: "l_S_i_j_0_i", tripCount: 32, latency: 33824, iterationLatency: 1057 });
    expect(r.loops[0]!.loops[0]).toMatchObject({ name: "l_S_k_0_k", tripCount: 32, latencyMin: 1030, latencyMax: 1054, pipelineII: 1, pipelineDepth: 8 });
    expect(r.resources).toEqual({
      BRAM_18K: { used: 2, available: 4032 }, DSP: { used: 5, available: 9024 }, FF: { used: 1240, available: 2607360 },
      LUT: { used: 2211, available: 1303680 }, URAM: { used: 0, available: 960 },
    });
    const text = formatReport(r);
    expect(text).toContain("latency 33827..35000 cycles");
    expect(text).toContain("  loop l_S_k_0_k: trip 32, latency 1030..1054, II 1, depth 8");
    expect(text).toMatch(/DSP\s+5 \/ 9024 \(0\.1%\)/);
  });

  it("maps DSP48E (older reports) to DSP", () => {
    const r = parseCsynthXml("<profile><AreaEstimates><Resources><DSP48E>7</DSP48E></Resources></AreaEstimates></profile>");
    expect("error" in r ? r.error : r.resources.DSP).toEqual({ used: 7, available: undefined });
  });

  it("reports malformed and foreign files as errors", () => {
    expect(parseCsynthXml("<profile><PerformanceEstimates>")).toEqual({ error: "not a readable XML file: unclosed element <PerformanceEstimates>" });
    expect(parseCsynthXml("<html></html>")).toEqual({ error: "not a Vitis HLS csynth report (root element <html>, expected <profile>)" });
    expect(parseXml("<a>x &amp; y &#65;</a>")).toMatchObject({ name: "a", text: "x & y A" });
  });
});
