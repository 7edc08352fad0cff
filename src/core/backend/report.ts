/**
 * Reading a Vitis HLS synthesis report (`<top>_csynth.xml`, reference §4c): clock, overall latency and
 * interval, the loop latency tree, and resources used / available. Plain-data result; a malformed file is
 * a returned error, never a throw.
 */

export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
}

/** Element nesting a report may have (real reports nest loops a few levels; the reader of loops recurses). */
export const MAX_XML_NESTING = 256;

/** A character reference's text, or U+FFFD for one that names no character (`&#99999999;`). */
function charRef(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
}

/** A minimal XML reader for report files: elements, text, comments, declarations, CDATA, entities. */
export function parseXml(src: string): XmlElement | { error: string } {
  const root: XmlElement = { name: "#root", children: [], text: "" };
  const stack: XmlElement[] = [root];
  const decode = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|apos|#\d{1,10}|#x[0-9a-fA-F]{1,8});/g, (_, e: string) =>
      e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : e === "quot" ? '"' : e === "apos" ? "'" : charRef(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf("<", i);
    if (lt < 0) break;
    if (lt > i) stack[stack.length - 1]!.text += decode(src.slice(i, lt));
    if (src.startsWith("<!--", lt)) {
      const end = src.indexOf("-->", lt);
      if (end < 0) return { error: "unterminated comment" };
      i = end + 3;
    } else if (src.startsWith("<![CDATA[", lt)) {
      const end = src.indexOf("]]>", lt);
      if (end < 0) return { error: "unterminated CDATA section" };
      stack[stack.length - 1]!.text += src.slice(lt + 9, end);
      i = end + 3;
    } else if (src.startsWith("<?", lt) || src.startsWith("<!", lt)) {
      const end = src.indexOf(">", lt);
      if (end < 0) return { error: "unterminated declaration" };
      i = end + 1;
    } else {
      const end = src.indexOf(">", lt);
      if (end < 0) return { error: "unterminated tag" };
      const body = src.slice(lt + 1, end);
      i = end + 1;
      if (body.startsWith("/")) {
        const name = body.slice(1).trim();
        const top = stack.pop();
        if (!top || top.name !== name || stack.length === 0) return { error: `unexpected closing tag </${name}>` };
        continue;
      }
      const selfClosing = body.endsWith("/");
      const name = (/^[^\s/>]+/.exec(body) ?? [""])[0];
      if (!name) return { error: "a tag without a name" };
      const el: XmlElement = { name, children: [], text: "" };
      stack[stack.length - 1]!.children.push(el);
      if (!selfClosing) stack.push(el);
      if (stack.length > MAX_XML_NESTING) return { error: `elements nest more than ${MAX_XML_NESTING} levels deep` };
    }
  }
  if (stack.length !== 1) return { error: `unclosed element <${stack[stack.length - 1]!.name}>` };
  const top = root.children[0];
  return top ?? { error: "no root element" };
}

function child(e: XmlElement | undefined, path: string): XmlElement | undefined {
  let cur = e;
  for (const part of path.split("/")) cur = cur?.children.find((c) => c.name === part);
  return cur;
}

function text(e: XmlElement | undefined, path: string): string | undefined {
  const t = child(e, path)?.text.trim();
  return t === undefined || t === "" ? undefined : t;
}

/** A number, or undefined for "-", "undef" and other non-numbers. */
function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export interface LoopReport {
  readonly name: string;
  readonly tripCount?: number;
  readonly latency?: number;
  /** Set when the report gives a range (min/max). */
  readonly latencyMin?: number;
  readonly latencyMax?: number;
  readonly iterationLatency?: number;
  readonly pipelineII?: number;
  readonly pipelineDepth?: number;
  readonly loops: readonly LoopReport[];
}

export interface ResourceUse {
  readonly used?: number;
  readonly available?: number;
}

export interface SynthesisReport {
  readonly version?: string;
  readonly part?: string;
  readonly top?: string;
  /** ns */
  readonly targetClock?: number;
  readonly estimatedClock?: number;
  readonly latencyBest?: number;
  readonly latencyWorst?: number;
  readonly intervalMin?: number;
  readonly intervalMax?: number;
  readonly loops: readonly LoopReport[];
  /** BRAM_18K, DSP (DSP48E in older reports), FF, LUT, URAM. */
  readonly resources: Readonly<Record<string, ResourceUse>>;
}

const LOOP_FIELDS = new Set(["TripCount", "Latency", "AbsoluteTimeLatency", "IterationLatency", "PipelineII", "PipelineDepth", "Slack", "InstanceList", "Name", "PipelineType"]);

function loopReport(e: XmlElement): LoopReport {
  const minMax = (field: string) => ({ min: num(text(e, `${field}/range/min`)), max: num(text(e, `${field}/range/max`)) });
  const lat = minMax("Latency");
  return {
    name: text(e, "Name") ?? e.name,
    tripCount: num(text(e, "TripCount")) ?? minMax("TripCount").max,
    latency: num(text(e, "Latency")),
    ...(lat.min !== undefined ? { latencyMin: lat.min, latencyMax: lat.max } : {}),
    iterationLatency: num(text(e, "IterationLatency")) ?? minMax("IterationLatency").max,
    pipelineII: num(text(e, "PipelineII")),
    pipelineDepth: num(text(e, "PipelineDepth")),
    // Nested loops are the child elements that are not fields.
    loops: e.children.filter((c) => !LOOP_FIELDS.has(c.name) && c.children.length > 0).map(loopReport),
  };
}

export function parseCsynthXml(src: string): SynthesisReport | { error: string } {
  const root = parseXml(src);
  if ("error" in root) return { error: `not a readable XML file: ${root.error}` };
  if (root.name !== "profile") return { error: `not a Vitis HLS csynth report (root element <${root.name}>, expected <profile>)` };
  const perf = child(root, "PerformanceEstimates");
  const area = child(root, "AreaEstimates");
  if (!perf && !area) return { error: "the report has neither PerformanceEstimates nor AreaEstimates" };
  const resources: Record<string, ResourceUse> = {};
  for (const key of ["BRAM_18K", "DSP", "DSP48E", "FF", "LUT", "URAM"]) {
    const used = num(text(area, `Resources/${key}`));
    const available = num(text(area, `AvailableResources/${key}`));
    if (used === undefined && available === undefined) continue;
    resources[key === "DSP48E" ? "DSP" : key] = { used, available };
  }
  return {
    version: text(root, "ReportVersion/Version"),
    part: text(root, "UserAssignments/Part"),
    top: text(root, "UserAssignments/TopModelName"),
    targetClock: num(text(root, "UserAssignments/TargetClockPeriod")),
    estimatedClock: num(text(perf, "SummaryOfTimingAnalysis/EstimatedClockPeriod")),
    latencyBest: num(text(perf, "SummaryOfOverallLatency/Best-caseLatency")),
    latencyWorst: num(text(perf, "SummaryOfOverallLatency/Worst-caseLatency")),
    intervalMin: num(text(perf, "SummaryOfOverallLatency/Interval-min")),
    intervalMax: num(text(perf, "SummaryOfOverallLatency/Interval-max")),
    loops: (child(perf, "SummaryOfLoopLatency")?.children ?? []).map(loopReport),
    resources,
  };
}

/** A plain-text summary for the CLI. */
export function formatReport(r: SynthesisReport): string {
  const lines: string[] = [];
  const v = (x: number | undefined) => (x === undefined ? "-" : String(x));
  lines.push(`top ${r.top ?? "?"}${r.part ? ` on ${r.part}` : ""}${r.version ? ` (Vitis HLS ${r.version})` : ""}`);
  lines.push(`clock   target ${v(r.targetClock)} ns, estimated ${v(r.estimatedClock)} ns`);
  lines.push(`latency ${v(r.latencyBest)}${r.latencyWorst !== r.latencyBest ? `..${v(r.latencyWorst)}` : ""} cycles, interval ${v(r.intervalMin)}${r.intervalMax !== r.intervalMin ? `..${v(r.intervalMax)}` : ""}`);
  const walk = (ls: readonly LoopReport[], depth: number) => {
    for (const l of ls) {
      lines.push(`${"  ".repeat(depth)}loop ${l.name}: trip ${v(l.tripCount)}, latency ${l.latencyMin !== undefined ? `${l.latencyMin}..${v(l.latencyMax)}` : v(l.latency)}, II ${v(l.pipelineII)}, depth ${v(l.pipelineDepth)}`);
      walk(l.loops, depth + 1);
    }
  };
  walk(r.loops, 0);
  for (const [k, u] of Object.entries(r.resources)) {
    const pct = u.used !== undefined && u.available ? ` (${((100 * u.used) / u.available).toFixed(1)}%)` : "";
    lines.push(`${k.padEnd(8)} ${v(u.used)} / ${v(u.available)}${pct}`);
  }
  return lines.join("\n");
}
