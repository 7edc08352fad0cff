/**
 * IR → Vitis HLS C++ (reference §4b, DESIGN §5/§8): kernel.cpp and kernel.h.
 *
 * The C++ must compute exactly the simulator's bits, so every IR value is spelled as a C++ expression of
 * exactly its IR type's C++ type (types.ts): arithmetic on ap types is exact and then wrapped by an explicit
 * conversion; arithmetic on C integers that could overflow goes through the unsigned type of the same width
 * (no undefined behaviour); the cases plain C++ gets wrong go through the helpers in helpers.ts.
 * Expressions stay nested (not one SSA statement per value) so `c ? a : b` evaluates only the arm taken,
 * like the simulator.
 *
 * Layout follows Allo's EmitVivadoHLS: loops labelled `l_<op>_<loop>:` (band heads) / `l_<loop>:`, loop
 * pragmas first in the loop body, function pragmas first in the function body, buffer pragmas after the
 * declaration. Every statement that came from a source line carries a `// line N` comment.
 */
import { cppComment, cppIdentifier } from "../escape";
import type { DiagnosticSink, LineMap, SourceRange } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import type { ArrayType, ScalarType } from "../../types/types";
import { arrayType, DYN, elementCount, isDynamic, typeToString } from "../../types/types";
import { apOf, cType, unsignedCarrier } from "./types";
import type { CType } from "./types";
import { helperText, isHelper } from "./helpers";
import { exprChildren as exprKids } from "../../ir/nodes";
import type { LineOrigin } from "../../output/origins";
import { bufferAttrKey, funcAttrKey, loopAttrKey } from "../../output/origins";
import { bandStreamPlan } from "../../schedule/to-band";
import type { BandStreamPlan } from "../../schedule/to-band";

export type HlsFlavor = "vhls" | "vitis_hls";

/** One port of the C++ top function, in parameter order. */
export interface TopPort {
  /** The C++ parameter name. */
  readonly cName: string;
  /** The Allo parameter name, or `return` / `return_<i>` for results. */
  readonly alloName: string;
  readonly kind: "array" | "scalar";
  readonly elem: ScalarType;
  readonly shape: readonly number[];
  /** in: read only (scalars), inout: an array argument, out: a returned value. */
  readonly dir: "in" | "inout" | "out";
  /** Index into the top's params (in/inout) or results (out). */
  readonly index: number;
  /** A dynamic-shaped argument (float32[...]): a pointer in the C++; `shape` is a run's, when known. */
  readonly dynamic?: boolean;
}

export interface EmittedKernel {
  readonly kernelCpp: string;
  readonly kernelH: string;
  /** The C++ name of the top function (renamed when it collides with C++ names). */
  readonly top: string;
  readonly ports: readonly TopPort[];
  /** Where each line of kernelCpp came from (index = line - 1), for the studio's source ↔ output links. */
  readonly cppLineOrigins: readonly (LineOrigin | undefined)[];
}

export interface EmitOptions {
  readonly flavor: HlsFlavor;
  /** Source text positions → lines for `// line N` comments. */
  readonly lines: LineMap;
  /** Where unsupported constructs are reported. */
  readonly sink: DiagnosticSink;
  /** A name for the header comment (e.g. the source file). */
  readonly designName?: string;
  /**
   * The sizes a run gave the top's dynamic-shaped arguments (`float32[...]`), by Allo name: the
   * kernel keeps its pointer, and the testbench and the m_axi `depth=` (what co-simulation transfers)
   * use these. Without them the ports keep their dynamic shape and `depth=` is left out.
   */
  readonly dynamicShapes?: Readonly<Record<string, readonly number[]>>;
}

const CPP_KEYWORDS = new Set(
  ("alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t class compl concept " +
    "const consteval constexpr constinit const_cast continue co_await co_return co_yield decltype default delete do double " +
    "dynamic_cast else enum explicit export extern false float for friend goto if inline int long mutable namespace new " +
    "noexcept not not_eq nullptr operator or or_eq private protected public register reinterpret_cast requires return short " +
    "signed sizeof static static_assert static_cast struct switch template this thread_local throw true try typedef typeid " +
    "typename union unsigned using virtual void volatile wchar_t while xor xor_eq").split(" "),
);
/** Names that would collide with the headers, libm, our helpers or the tools. */
const RESERVED = new Set(
  ("kernel main std hls min max abs exp exp2 log log2 log10 sqrt sin cos tan tanh pow floor ceil fabs fmod round trunc " +
    "memcpy printf NAN INFINITY int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t ap_int ap_uint ap_fixed " +
    "ap_ufixed ap_int_base half signbit isnan isinf").split(" "),
);

function isReservedName(n: string): boolean {
  return CPP_KEYWORDS.has(n) || RESERVED.has(n) || n.startsWith("allo_") || n.startsWith("__") || /^_[A-Z]/.test(n);
}

/** A C identifier from a user name (Allo names are Python identifiers; unicode is replaced). */
const sanitize = cppIdentifier;

/** Unique names within one C++ scope tree (we use one per function: simpler, never shadows). */
class Namer {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  take(want: string): string {
    let base = sanitize(want);
    if (isReservedName(base)) base = `${base}_`;
    let n = base;
    for (let k = 1; this.used.has(n); k++) n = `${base}${k}`;
    this.used.add(n);
    return n;
  }
}

class Unsupported extends Error {
  constructor(readonly what: string, readonly range: SourceRange | undefined) {
    super(what);
  }
}

type Range = [number, number];

/** How a function hands back its results in C++. */
type ResultMode = { kind: "none" } | { kind: "value"; type: ScalarType } | { kind: "out"; names: string[]; results: readonly (ScalarType | ArrayType)[] };

interface FuncSig {
  readonly cName: string;
  readonly mode: ResultMode;
}

export function emitKernel(m: ir.Module, opts: EmitOptions): EmittedKernel | undefined {
  const e = new Emitter(m, opts);
  try {
    return e.run();
  } catch (err) {
    if (err instanceof Unsupported) {
      const top = m.funcs.find((f) => f.name === m.top);
      opts.sink.error("E-hls-unsupported", `the HLS export cannot express ${err.what}; nothing was written`, err.range ?? top?.range ?? { from: 0, to: 0 });
      return undefined;
    }
    throw err;
  }
}

class Emitter {
  private out: string[] = [];
  private ind = "";
  private readonly helpers = new Set<string>();
  private readonly sigs = new Map<string, FuncSig>();
  private names = new Map<string, string>(); // key(buffer / param / loop var) → C name, per function
  private namer = new Namer();
  private labels = new Namer();
  private iterRanges = new Map<number, Range>();
  /** Some value is a float16 (`half`): kernel.cpp/kernel.h include hls_half.h. */
  private usesHalf = false;
  /**
   * Arrays streamed between the bands of the current function (`s.to(B, "band")`), by buffer id: the
   * plan and the hls::stream each reading band reads (the producer writes every one of them).
   */
  private bandFifos = new Map<number, { plan: BandStreamPlan; streams: Map<ir.For, string> }>();
  /** Arrays of channels declared in the current function (`StreamSpec.element`), by array name. */
  private channelArrays = new Map<string, string>();
  /** The top-level band being emitted (which of a forked array's FIFOs its loads read). */
  private curBand: ir.For | undefined;
  private resultMode: ResultMode = { kind: "none" };
  private isTop = false;
  private topPorts: TopPort[] = [];
  /** What the lines being printed come from, and the record per line of `out` / per function. */
  private origin: LineOrigin | undefined;
  private outOrigins: (LineOrigin | undefined)[] = [];
  private currentFunc = "";
  private readonly funcOrigins: (LineOrigin | undefined)[][] = [];

  constructor(private readonly m: ir.Module, private readonly opts: EmitOptions) {}

  run(): EmittedKernel {
    // Function names first: calls refer to them.
    const global = new Namer();
    const topFunc = this.m.funcs.find((f) => f.name === this.m.top)!;
    for (const f of this.m.funcs) {
      let cName = sanitize(f.name);
      if (isReservedName(cName) || f.name !== cName) {
        const renamed = global.take(f.name === this.m.top ? `${cName}_top` : `${cName}_fn`);
        this.opts.sink.add("info", "I-hls-rename", `function '${f.name}' is named '${renamed}' in the C++ (its name collides with a C++ or HLS name)`, f.range);
        cName = renamed;
      } else cName = global.take(cName);
      const single = f.results.length === 1 && f.results[0]!.kind !== "array" && f.name !== this.m.top;
      const mode: ResultMode = f.results.length === 0 ? { kind: "none" } : single ? { kind: "value", type: f.results[0] as ScalarType } : { kind: "out", names: [], results: f.results };
      this.sigs.set(f.name, { cName, mode });
    }
    const bodies = this.m.funcs.map((f) => this.func(f));
    const top = this.sigs.get(this.m.top)!.cName;
    const flavor = this.opts.flavor;
    const header = [
      `// Automatically generated by Allo Studio for High-level Synthesis (Vitis HLS)${this.opts.designName ? ` from ${cppComment(this.opts.designName)}` : ""}.`,
      "// Every operation is written so that C simulation computes exactly the bits of Allo Studio's simulator.",
    ];
    const includes = ["#include <algorithm>", "#include <ap_axi_sdata.h>", "#include <ap_fixed.h>", "#include <ap_int.h>", "#include <cmath>", "#include <cstring>",
      ...(this.usesHalf ? ["#include <hls_half.h>"] : []), "#include <hls_math.h>", "#include <hls_stream.h>", "#include <hls_vector.h>", "#include <limits>", "#include <stdint.h>"];
    const helpers = helperText(this.helpers);
    const preamble = [
      ...header,
      ...includes,
      "",
      '#include "kernel.h"',
      "",
      ...(helpers ? [helpers, ""] : []),
    ];
    const cpp = [...preamble, bodies.join("\n\n"), ""].join("\n");
    const cppLineOrigins: (LineOrigin | undefined)[] = preamble.join("\n").split("\n").map(() => undefined);
    this.funcOrigins.forEach((o, i) => cppLineOrigins.push(...(i > 0 ? [undefined] : []), ...o));
    cppLineOrigins.push(undefined);
    const protoLine = this.prototype(topFunc, top);
    const h = [
      ...header,
      "#ifndef KERNEL_H",
      "#define KERNEL_H",
      "",
      ...includes,
      "",
      ...this.conventionComment(topFunc, top),
      flavor === "vitis_hls" ? `extern "C" ${protoLine};` : `${protoLine};`,
      "",
      "#endif  // KERNEL_H",
      "",
    ].join("\n");
    return { kernelCpp: cpp, kernelH: h, top, ports: this.topPorts, cppLineOrigins };
  }

  // ------------------------------------------------------------------ functions

  private paramDecl(p: ir.Param): string {
    const name = this.names.get(key(p))!;
    if (p.kind === "scalar-param") return `${this.ct(p.type, p.range).name} ${name}`;
    if (p.storage === "stream") return `hls::stream< ${this.streamElem(p)} > &${name}`;
    const elem = this.ct(p.type.elem, p.range).name;
    // A dynamic size is a pointer argument, as Allo emits it (float *A); rows of a static size stay
    // indexable as A[i][j] (float A[][4], a pointer to rows).
    if (isDynamic(p.type)) return p.type.shape.length === 1 ? `${elem} *${name}` : `${elem} ${name}[]${p.type.shape.slice(1).map((d) => `[${d}]`).join("")}`;
    return `${elem} ${name}${p.type.shape.map((d) => `[${d}]`).join("")}`;
  }

  private prototype(f: ir.Func, cName: string): string {
    return this.protoCache.get(f.name) ?? `void ${cName}()`;
  }
  private readonly protoCache = new Map<string, string>();

  private conventionComment(f: ir.Func, cName: string): string[] {
    const lines = [`// Top function '${cName}' (Allo: ${cppComment(f.name)}). Calling convention:`];
    for (const p of this.topPorts) {
      const t = p.shape.length ? typeToString(arrayType(p.elem, p.shape)) : typeToString(p.elem);
      const what = p.dir === "in" ? "input scalar, by value" : p.dir === "inout" ? `array argument: read, and written back like Allo's in-place updates${p.dynamic ? ` (declared ${typeToString(arrayType(p.elem, p.shape.map((d, i) => (i === 0 ? DYN : d))))}: a pointer of any size${p.shape.includes(DYN) ? "" : "; this size is the testbench's"})` : ""}` : p.kind === "array" ? `output: returned value ${p.alloName}, written by the kernel` : `output: returned scalar ${p.alloName}, written through the pointer`;
      lines.push(`//   ${p.cName}: ${t} -- ${cppComment(what)}`);
    }
    lines.push("// Arrays are row-major C arrays (a pointer to the first element on the host side).");
    return lines;
  }

  private func(f: ir.Func): string {
    const sig = this.sigs.get(f.name)!;
    this.isTop = f.name === this.m.top;
    this.currentFunc = f.name;
    this.names = new Map();
    const reserved = [...this.sigs.values()].map((s) => s.cName);
    this.namer = new Namer(reserved);
    this.labels = new Namer();
    this.iterRanges = new Map();
    this.bandFifos = new Map();
    this.channelArrays = new Map();
    this.curBand = undefined;
    this.out = [];
    this.outOrigins = [];
    this.origin = { range: f.range };
    this.ind = "  ";
    const params: string[] = [];
    for (const p of f.params) {
      this.names.set(key(p), this.namer.take(p.name));
      params.push(this.paramDecl(p));
    }
    let mode = sig.mode;
    if (mode.kind === "out") {
      const names = f.results.map((_, i) => this.namer.take(f.results.length === 1 ? "v_return" : `v_return_${i}`));
      mode = { kind: "out", names, results: f.results };
      f.results.forEach((r, i) => {
        if (r.kind === "array") params.push(`${this.ct(r.elem, f.range).name} ${names[i]}${r.shape.map((d) => `[${d}]`).join("")}`);
        else params.push(`${this.ct(r, f.range).name} *${names[i]}`);
      });
    }
    this.resultMode = mode;
    if (this.isTop) this.collectPorts(f, mode);
    const ret = mode.kind === "value" ? this.ct(mode.type, f.range).name : "void";
    const proto = `${ret} ${sig.cName}(${params.length > 2 ? `\n  ${params.join(",\n  ")}\n` : params.join(", ")})`;
    if (this.isTop) this.protoCache.set(f.name, proto);

    // Function directives (reference §4b): interfaces (kernel flow only), dataflow/inline, port storage.
    if (this.isTop && this.opts.flavor === "vitis_hls") {
      let bundle = 0;
      for (const p of this.topPorts) {
        if (p.kind === "array" || p.dir === "out") {
          // depth= is what co-simulation transfers; a dynamic size without a run's inputs has none to give.
          const depth = p.kind === "array" ? (p.shape.includes(DYN) ? undefined : p.shape.reduce((a, b) => a * b, 1)) : 1;
          this.line(`#pragma HLS interface m_axi port=${p.cName} offset=slave bundle=gmem${bundle++}${depth === undefined ? "" : ` depth=${depth}`}`);
        } else this.line(`#pragma HLS interface s_axilite port=${p.cName}`);
      }
      this.line("#pragma HLS interface s_axilite port=return");
    }
    if (f.attrs.dataflow) this.attrLine("#pragma HLS dataflow", funcAttrKey(f.name, "dataflow"));
    if (f.attrs.inline) this.attrLine("#pragma HLS inline", funcAttrKey(f.name, "inline"));
    for (const p of f.params) if (p.kind === "buffer") this.bufferPragmas(p, this.isTop);
    this.stmts(f.attrs.dataflow ? this.csimOrder(f) : f.body);
    const head = `${this.isTop ? "/// This is top function.\n" : ""}${proto} {${this.lineComment(f.range)}`;
    const fo: LineOrigin = { range: f.range };
    // An empty body still prints one (empty) line between the braces.
    this.funcOrigins.push([...head.split("\n").map(() => fo), ...(this.out.length ? this.outOrigins : [undefined]), fo]);
    return `${head}\n${this.out.join("\n")}\n}`;
  }

  /**
   * C simulation runs a dataflow function's calls one after the other, with unbounded streams: a
   * process must come after every process that writes a stream it reads. Calls are reordered
   * (stably) so writers precede readers; a cyclic network keeps the source order, with a note, since
   * no sequential order can run it (the JS simulator and co-simulation run it concurrently).
   */
  private csimOrder(f: ir.Func): readonly ir.Stmt[] {
    const calls = f.body.filter((s): s is ir.CallStmt => s.kind === "call");
    // The channels each callee's body uses, once per callee (a shared PE function is called per PE).
    const usedBy = new Map<string, Set<number>>();
    const chans = (c: ir.CallStmt, op: "stream-put" | "stream-get"): Set<number> => {
      const callee = this.m.funcs.find((g) => g.name === c.callee);
      const out = new Set<number>();
      if (!callee) return out;
      const memo = usedBy.get(`${op}:${callee.name}`);
      if (memo) {
        c.args.forEach((a, i) => {
          const p = callee.params[i];
          if (a.kind === "buffer" && p && p.kind === "buffer" && memo.has(p.id)) out.add(a.id);
        });
        return out;
      }
      const used = new Set<number>();
      usedBy.set(`${op}:${callee.name}`, used);
      const visitE = (e: ir.Expr): void => {
        if (e.kind === "stream-get" && op === "stream-get") used.add(e.stream.id);
        for (const x of exprKids(e)) visitE(x);
      };
      const visit = (ss: readonly ir.Stmt[]): void => {
        for (const st of ss) {
          if (st.kind === "stream-put") { if (op === "stream-put") used.add(st.stream.id); visitE(st.value); }
          else if (st.kind === "stream-put-block") { if (op === "stream-put") used.add(st.stream.id); }
          else if (st.kind === "stream-get-block") { if (op === "stream-get") used.add(st.stream.id); }
          else if (st.kind === "for" || st.kind === "while") visit(st.body);
          else if (st.kind === "if") { visitE(st.cond); visit(st.then); visit(st.else); }
          else if (st.kind === "store") { st.indices.forEach(visitE); visitE(st.value); }
        }
      };
      visit(callee.body);
      c.args.forEach((a, i) => {
        const p = callee.params[i];
        if (a.kind === "buffer" && p && p.kind === "buffer" && used.has(p.id)) out.add(a.id);
      });
      return out;
    };
    if (!calls.some((c) => c.args.some((a) => a.kind === "buffer" && a.storage === "stream"))) return f.body;
    const writes = calls.map((c) => chans(c, "stream-put"));
    const reads = calls.map((c) => chans(c, "stream-get"));
    // Most networks (a PE grid's chains among them) are already in an order C simulation can run.
    const lastWriter = new Map<number, number>();
    writes.forEach((w, i) => w.forEach((ch) => lastWriter.set(ch, i)));
    if (reads.every((r, i) => [...r].every((ch) => (lastWriter.get(ch) ?? -1) <= i))) return f.body;
    const order: number[] = [];
    const placed = new Set<number>();
    while (order.length < calls.length) {
      const next = calls.findIndex((_, i) => !placed.has(i) && [...reads[i]!].every((ch) => calls.every((__, j) => j === i || placed.has(j) || !writes[j]!.has(ch))));
      if (next < 0) {
        this.line("// These processes form a cycle through their streams: C simulation runs calls one after the other and cannot run it.");
        return f.body;
      }
      order.push(next);
      placed.add(next);
    }
    const sorted = order.map((i) => calls[i]!);
    let k = 0;
    return f.body.map((s) => (s.kind === "call" ? sorted[k++]! : s));
  }

  private collectPorts(f: ir.Func, mode: ResultMode): void {
    this.topPorts = [];
    f.params.forEach((p, i) => {
      const name = this.names.get(key(p))!;
      if (p.kind === "scalar-param" || p.type.shape.length === 0) {
        const elem = p.kind === "scalar-param" ? p.type : p.type.elem;
        this.topPorts.push({ cName: name, alloName: p.name, kind: "scalar", elem, shape: [], dir: "in", index: i });
      } else {
        const shape = isDynamic(p.type) ? this.opts.dynamicShapes?.[p.name] ?? p.type.shape : p.type.shape;
        this.topPorts.push({ cName: name, alloName: p.name, kind: "array", elem: p.type.elem, shape, dir: "inout", index: i, ...(isDynamic(p.type) ? { dynamic: true } : {}) });
      }
    });
    if (mode.kind === "out") {
      mode.results.forEach((r, i) => {
        const alloName = mode.results.length === 1 ? "return" : `return_${i}`;
        if (r.kind === "array") this.topPorts.push({ cName: mode.names[i]!, alloName, kind: "array", elem: r.elem, shape: r.shape, dir: "out", index: i });
        else this.topPorts.push({ cName: mode.names[i]!, alloName, kind: "scalar", elem: r, shape: [], dir: "out", index: i });
      });
    }
  }

  /** A row-major pointer to an array's first element. */
  private flat(b: ir.Buffer): string {
    return b.type.shape.length <= 1 ? this.bufName(b) : `(&${this.bufName(b)}${b.type.shape.map(() => "[0]").join("")})`;
  }

  /** The element type of a channel (`hls::vector` for block streams, as Allo emits them). */
  private streamElem(b: ir.Buffer): string {
    const c = this.ct(b.type.elem, b.range).name;
    return b.type.shape.length === 0 ? c : `hls::vector< ${c}, ${elementCount(b.type)} >`;
  }

  private bufferPragmas(b: ir.Buffer, topArg: boolean): void {
    const func = this.currentFunc;
    const name = this.names.get(key(b))!;
    if (b.storage === "stream") return; // a channel's depth pragma sits with its declaration
    if (b.partition?.some((d) => d)) {
      if (topArg && this.opts.flavor === "vitis_hls") {
        // Vitis rejects array_partition on m_axi ports; the project partitions an on-chip copy (arch/plan.ts).
        this.line(`// partition of '${name}' (a top-level m_axi port) is not applied in the kernel flow: copy it to a local buffer to partition it`);
      } else {
        b.partition.forEach((d, i) => {
          if (!d) return;
          this.attrLine(`#pragma HLS array_partition variable=${name} type=${d.mode}${d.mode !== "complete" ? ` factor=${d.factor}` : ""} dim=${i + 1}`, bufferAttrKey(func, b.name, "partition"));
        });
      }
    }
    // No stream pragma on an array: what `s.to` streams is an `hls::stream` channel of its own (between
    // kernels, bands or PEs); an array it could not stream stays the array the simulator and the plan
    // have (the step says why), which a stream pragma would make a FIFO that only C simulation ignores.
    if (b.memory) {
      const mem = b.memory;
      const type = cppIdentifier((mem.storageType ?? "ram_2p").toLowerCase()); // validated by the interpreter; kept a word here too
      this.attrLine(`#pragma HLS bind_storage variable=${name} type=${type} impl=${mem.resource.toLowerCase()}${mem.latency !== undefined ? ` latency=${mem.latency}` : ""}`, bufferAttrKey(func, b.name, "memory"));
    }
  }

  // ------------------------------------------------------------------ statements

  private line(s: string): void {
    this.out.push(this.ind + s);
    for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) this.outOrigins.push(this.origin);
    this.outOrigins.push(this.origin);
  }

  /** A line that spells a schedule attribute (a pragma): linked to the schedule call that set it too. */
  private attrLine(s: string, attr: string): void {
    const saved = this.origin;
    this.origin = { range: saved?.range, attrs: [attr] };
    this.line(s);
    this.origin = saved;
  }

  private lineComment(r: SourceRange | undefined): string {
    if (!r) return "";
    return `  // line ${this.opts.lines.lineCol(r.from).line}`;
  }

  private block(ss: readonly ir.Stmt[]): void {
    const saved = this.ind;
    this.ind += "  ";
    this.stmts(ss);
    this.ind = saved;
  }

  private stmts(ss: readonly ir.Stmt[]): void {
    for (const s of ss) this.stmt(s);
  }

  private stmt(s: ir.Stmt): void {
    const saved = this.origin;
    this.origin = { range: s.range };
    const band = this.curBand;
    if (s.kind === "for" && [...this.bandFifos.values()].some((x) => x.plan.producer === s || x.plan.readers.includes(s))) this.curBand = s;
    this.stmtAt(s);
    this.curBand = band;
    this.origin = saved;
  }

  private stmtAt(s: ir.Stmt): void {
    switch (s.kind) {
      case "for": return this.forLoop(s);
      case "while": {
        this.line(`while (${this.cond(s.cond)}) {${this.lineComment(s.range)}`);
        this.block(s.body);
        this.line("}");
        return;
      }
      case "if": {
        this.line(`if (${this.cond(s.cond)}) {${this.lineComment(s.range)}`);
        this.block(s.then);
        if (s.else.length) {
          this.line("} else {");
          this.block(s.else);
        }
        this.line("}");
        return;
      }
      case "store": {
        const fifo = this.bandFifos.get(s.buf.id);
        if (fifo) {
          // The producer band of a band FIFO: each element goes to every reading band's stream.
          const streams = [...fifo.streams.values()];
          if (streams.length === 1) this.line(`${streams[0]}.write(${this.ex(s.value)});${this.lineComment(s.range)}`);
          else {
            const tmp = this.namer.take(`${s.buf.name}_v`);
            this.line(`${this.ct(s.buf.type.elem, s.range).name} ${tmp} = ${this.ex(s.value)};${this.lineComment(s.range)}`);
            for (const n of streams) this.line(`${n}.write(${tmp});`);
          }
          return;
        }
        this.line(`${this.ref(s.buf, s.indices)} = ${this.ex(s.value)};${this.lineComment(s.range)}`);
        return;
      }
      case "alloc":
        this.alloc(s.buf, s.range);
        return;
      case "call": return this.call(s);
      case "return": return this.ret(s);
      case "copy": return this.copy(s.dst, s.src, s.range);
      case "stream-put-block": {
        // A block travels as one hls::vector (Allo's form); arrays are copied in row-major order.
        const n = elementCount(s.src.type);
        const v = this.namer.take(`${s.src.name}_blk`);
        this.line(`{${this.lineComment(s.range)}`);
        this.line(`  ${this.streamElem(s.stream)} ${v};`);
        this.line(`  for (int k = 0; k < ${n}; k++) ${v}[k] = ${this.flat(s.src)}[k];`);
        this.line(`  ${this.bufName(s.stream)}.write(${v});`);
        this.line("}");
        return;
      }
      case "stream-get-block": {
        const name = this.namer.take(s.dst.name);
        this.names.set(key(s.dst), name);
        const c = this.ct(s.dst.type.elem, s.dst.range);
        const v = this.namer.take(`${s.dst.name}_blk`);
        this.line(`${c.name} ${name}${s.dst.type.shape.map((d) => `[${d}]`).join("")};${this.lineComment(s.range)}`);
        this.line(`{`);
        this.line(`  ${this.streamElem(s.stream)} ${v} = ${this.bufName(s.stream)}.read();`);
        this.line(`  for (int k = 0; k < ${elementCount(s.dst.type)}; k++) ${this.flat(s.dst)}[k] = ${v}[k];`);
        this.line("}");
        return;
      }
      case "stream-put":
        this.line(`${this.bufName(s.stream)}.write(${this.convert(this.ex(s.value), s.value.type, s.stream.type.elem, s.range)});${this.lineComment(s.range)}`);
        return;
    }
  }

  private forLoop(s: ir.For): void {
    const v = this.namer.take(s.iv.name);
    this.names.set(key(s.iv), v);
    const constBounds = s.lb.kind === "const" && s.ub.kind === "const";
    if (constBounds) {
      const lo = Number((s.lb as ir.ConstExpr).value);
      const hi = Number((s.ub as ir.ConstExpr).value);
      if (hi > lo) this.iterRanges.set(s.iv.id, [lo, hi - 1]);
    }
    let lb = this.ex(s.lb);
    let ub = this.ex(s.ub);
    const dynStep = typeof s.step === "number" ? undefined : s.step;
    let stepText = typeof s.step === "number" ? String(s.step) : this.ex(s.step);
    if (!constBounds || dynStep) {
      // The simulator evaluates the bounds and the step once, before the loop.
      this.line("{");
      this.ind += "  ";
      const lbv = this.namer.take(`${v}_lb`);
      const ubv = this.namer.take(`${v}_ub`);
      this.line(`const int ${lbv} = ${lb};`);
      this.line(`const int ${ubv} = ${ub};`);
      lb = lbv;
      ub = ubv;
      if (dynStep) {
        const stv = this.namer.take(`${v}_step`);
        this.line(`const int ${stv} = ${stepText};`);
        stepText = stv;
      }
    }
    const label = this.labels.take(s.opName ? `l_${s.opName}_${s.loopName}` : `l_${s.loopName}`);
    const step = s.step === 1 ? `${v}++` : `${v} += ${stepText}`;
    this.line(`${label}: for (int ${v} = ${lb}; ${v} < ${ub}; ${step}) {${this.lineComment(s.range)}`);
    const saved = this.ind;
    this.ind += "  ";
    const a = s.attrs;
    const fn = this.currentFunc;
    if (a.pipelineII !== undefined) this.attrLine(`#pragma HLS pipeline II=${a.pipelineII}${a.rewind ? " rewind" : ""}`, loopAttrKey(fn, s.loopName, "pipeline"));
    if (a.unroll !== undefined) this.attrLine(a.unroll === 0 ? "#pragma HLS unroll" : `#pragma HLS unroll factor=${a.unroll}`, loopAttrKey(fn, s.loopName, "unroll"));
    if (a.dataflow) this.attrLine("#pragma HLS dataflow", loopAttrKey(fn, s.loopName, "dataflow"));
    this.stmts(s.body);
    this.ind = saved;
    this.line("}");
    if (!constBounds || dynStep) {
      this.ind = this.ind.slice(2);
      this.line("}");
    }
  }

  private alloc(b: ir.Buffer, range: SourceRange): void {
    const el = b.stream?.element;
    if (b.storage === "stream" && el) {
      // One element of an array of channels (a large PE grid's FIFOs, schedule/grid-fold.ts): the
      // array is declared with its first element; all its elements have this depth and type.
      let arr = this.channelArrays.get(el.array);
      if (!arr) {
        arr = this.namer.take(el.array);
        this.channelArrays.set(el.array, arr);
        this.line(`hls::stream< ${this.streamElem(b)} > ${arr}${el.shape.map((d) => `[${d}]`).join("")};${this.lineComment(range)}`);
        this.line(`#pragma HLS stream variable=${arr} depth=${b.stream!.depth}`);
      }
      this.names.set(key(b), `${arr}${el.at.map((x) => `[${x}]`).join("")}`);
      return;
    }
    const name = this.namer.take(b.name);
    this.names.set(key(b), name);
    if (b.storage === "stream") {
      this.line(`hls::stream< ${this.streamElem(b)} > ${name};${this.lineComment(range)}`);
      this.line(`#pragma HLS stream variable=${name} depth=${b.stream?.depth ?? 2}`);
      return;
    }
    const c = this.ct(b.type.elem, b.range);
    const dims = b.type.shape.map((d) => `[${d}]`).join("");
    const lc = this.lineComment(range);
    const stat = b.storage === "stateful" ? "static " : b.storage === "const" ? "static const " : "";
    if (b.type.shape.length === 0) {
      const v = b.init?.kind === "fill" ? b.init.value : b.init?.kind === "data" ? b.init.values[0]! : 0;
      this.line(`${stat}${c.name} ${name} = ${this.lit(b.type.elem, v)};${lc}`);
    } else if (b.stream?.band) {
      // FIFOs between bands (`s.to(B, "band")`), as Allo emits them: hls::stream B with B.write in the
      // producer band and B.read in the reader; a fork (several reading bands) has one stream per
      // reader. Checked again here: schedule steps after `to` may have changed the bands.
      const f = this.m.funcs.find((x) => x.name === this.currentFunc)!;
      const plan = bandStreamPlan(f, b);
      if (typeof plan === "string") throw new Unsupported(`the FIFO '${b.name}' between loop bands (s.to): ${plan}`, b.range);
      const streams = new Map<ir.For, string>();
      plan.readers.forEach((r, i) => streams.set(r, i === 0 ? name : this.namer.take(`${b.name}_${r.opName ?? r.loopName}`)));
      this.bandFifos.set(b.id, { plan, streams });
      for (const n of streams.values()) {
        this.line(`hls::stream< ${c.name} > ${n};${lc}`);
        this.line(`#pragma HLS stream variable=${n} depth=${b.stream.depth}`);
      }
      return;
    } else if (b.init?.kind === "data") {
      const vals = Array.from(b.init.values as ArrayLike<number | bigint>, (x) => this.lit(b.type.elem, x));
      this.line(`${stat}${c.name} ${name}${dims} = {${lc}`);
      for (let i = 0; i < vals.length; i += 8) this.line(`  ${vals.slice(i, i + 8).join(", ")}${i + 8 < vals.length ? "," : ""}`);
      this.line("};");
    } else {
      // The simulator zero-fills (or fills) every allocation each time control passes it.
      const v = b.init?.kind === "fill" ? b.init.value : 0;
      const zero = typeof v === "bigint" ? v === 0n : v === 0 && !Object.is(v, -0);
      if (b.storage === "stateful") {
        this.statefulInit(b, name, c, dims, v, lc);
      } else if (zero && (c.native || c.float)) {
        this.line(`${c.name} ${name}${dims} = {};${lc}`);
      } else {
        this.line(`${c.name} ${name}${dims};${lc}`);
        this.fillLoops(name, b.type, this.lit(b.type.elem, v));
      }
    }
    this.bufferPragmas(b, false);
  }

  /** A static array keeps its contents across calls; it is filled once, on the first call. */
  private statefulInit(b: ir.Buffer, name: string, c: CType, dims: string, v: number | bigint, lc: string): void {
    const zero = typeof v === "bigint" ? v === 0n : v === 0;
    if (zero && (c.native || c.float)) {
      this.line(`static ${c.name} ${name}${dims} = {};${lc}`);
      return;
    }
    this.line(`static ${c.name} ${name}${dims};${lc}`);
    const flag = this.namer.take(`${name}_ready`);
    this.line(`static bool ${flag} = false;`);
    this.line(`if (!${flag}) {`);
    this.ind += "  ";
    this.fillLoops(name, b.type, this.lit(b.type.elem, v));
    this.line(`${flag} = true;`);
    this.ind = this.ind.slice(2);
    this.line("}");
  }

  private fillLoops(name: string, t: ArrayType, value: string): void {
    const vars = t.shape.map((_, i) => this.namer.take(`${name}_i${i}`));
    const label = this.labels.take(`l_init_${name}`);
    t.shape.forEach((d, i) => {
      this.line(`${i === 0 ? `${label}: ` : ""}for (int ${vars[i]} = 0; ${vars[i]} < ${d}; ${vars[i]}++) {`);
      this.ind += "  ";
    });
    this.line(`${name}${vars.map((v) => `[${v}]`).join("")} = ${value};`);
    t.shape.forEach(() => {
      this.ind = this.ind.slice(2);
      this.line("}");
    });
  }

  private copyLoops(dstRef: (idx: string) => string, srcRef: (idx: string) => string, shape: readonly number[], conv: (x: string) => string, lc: string, hint: string): void {
    if (shape.length === 0) {
      this.line(`${dstRef("")} = ${conv(srcRef(""))};${lc}`);
      return;
    }
    const vars = shape.map((_, i) => this.namer.take(`${hint}_i${i}`));
    const label = this.labels.take(`l_copy_${hint}`);
    shape.forEach((d, i) => {
      this.line(`${i === 0 ? `${label}: ` : ""}for (int ${vars[i]} = 0; ${vars[i]} < ${d}; ${vars[i]}++) {${i === 0 ? lc : ""}`);
      this.ind += "  ";
    });
    const idx = vars.map((v) => `[${v}]`).join("");
    this.line(`${dstRef(idx)} = ${conv(srcRef(idx))};`);
    shape.forEach(() => {
      this.ind = this.ind.slice(2);
      this.line("}");
    });
  }

  private copy(dst: ir.Buffer, src: ir.Buffer, range: SourceRange): void {
    const d = this.bufName(dst);
    const s = this.bufName(src);
    this.copyLoops((i) => `${d}${i}`, (i) => `${s}${i}`, dst.type.shape, (x) => this.convert(x, src.type.elem, dst.type.elem, range), this.lineComment(range), d);
  }

  private callArgs(args: readonly ir.CallArg[]): string[] {
    return args.map((a) => (a.kind === "buffer" ? this.bufName(a) : this.ex(a)));
  }

  private call(s: ir.CallStmt): void {
    const sig = this.sigs.get(s.callee);
    if (!sig) throw new Unsupported(`a call of '${s.callee}', which is not part of the design`, s.range);
    const args = this.callArgs(s.args);
    const lc = this.lineComment(s.range);
    // Results are declared here, as the call defines them.
    for (const r of s.results) {
      const name = this.namer.take(r.name);
      this.names.set(key(r), name);
      this.line(`${this.ct(r.type.elem, r.range).name} ${name}${r.type.shape.map((d) => `[${d}]`).join("")};`);
    }
    const mode = sig.mode;
    if (mode.kind === "value") {
      this.line(`${this.names.get(key(s.results[0]!))} = ${sig.cName}(${args.join(", ")});${lc}`);
    } else if (mode.kind === "out") {
      const outs = s.results.map((r) => (r.type.shape.length === 0 ? `&${this.names.get(key(r))}` : this.names.get(key(r))!));
      this.line(`${sig.cName}(${[...args, ...outs].join(", ")});${lc}`);
    } else this.line(`${sig.cName}(${args.join(", ")});${lc}`);
    for (const r of s.results) this.bufferPragmas(r, false);
  }

  private ret(s: ir.Return): void {
    const lc = this.lineComment(s.range);
    const mode = this.resultMode;
    if (mode.kind === "none") {
      this.line(`return;${lc}`);
      return;
    }
    if (mode.kind === "value") {
      const v = s.values[0]!;
      this.line(`return ${v.kind === "buffer" ? this.bufName(v) : this.ex(v)};${lc}`);
      return;
    }
    s.values.forEach((v, i) => {
      const out = mode.names[i]!;
      const rt = mode.results[i]!;
      if (v.kind === "buffer") {
        if (rt.kind === "array") {
          const src = this.bufName(v);
          this.copyLoops((x) => `${out}${x}`, (x) => `${src}${x}`, rt.shape, (x) => this.convert(x, v.type.elem, rt.elem, s.range), i === 0 ? lc : "", out);
        } else this.line(`*${out} = ${this.convert(this.bufName(v), v.type.elem, rt, s.range)};${i === 0 ? lc : ""}`);
      } else {
        this.line(`*${out} = ${this.ex(v)};${i === 0 ? lc : ""}`);
      }
    });
    this.line("return;");
  }

  // ------------------------------------------------------------------ expressions

  private ct(t: ScalarType, range?: SourceRange): CType {
    const c = cType(t);
    if (!c) throw new Unsupported(`the type ${typeToString(t)} (Vitis HLS has no bit-exact ${typeToString(t)} in C simulation here; use float32)`, range);
    if (c.bits === 16 && c.float) this.usesHalf = true;
    return c;
  }

  private use(h: string): void {
    if (!isHelper(h)) throw new Error(`unknown helper ${h}`);
    this.helpers.add(h);
  }

  private bufName(b: ir.Buffer): string {
    const n = this.names.get(key(b));
    if (n === undefined) throw new Unsupported(`a use of '${b.name}' outside the scope that defines it`, b.range);
    return n;
  }

  private ref(b: ir.Buffer, idx: readonly ir.Expr[]): string {
    return `${this.bufName(b)}${idx.map((i) => `[${this.ex(i)}]`).join("")}`;
  }

  /** A C++ condition (bool). */
  private cond(e: ir.Expr): string {
    if (e.kind === "compare") return this.compare(e);
    if (e.kind === "unary" && e.op === "not" && isBool(e.type)) return `!(${this.cond(e.x)})`;
    if (e.kind === "binary" && isBool(e.type) && (e.op === "and" || e.op === "or")) return `(${this.cond(e.lhs)} ${e.op === "and" ? "&&" : "||"} ${this.cond(e.rhs)})`;
    this.ct(e.type, e.range);
    return `(${this.ex(e)} != 0)`;
  }

  private compare(e: ir.Compare): string {
    const op = { eq: "==", ne: "!=", lt: "<", le: "<=", gt: ">", ge: ">=" }[e.pred];
    return `(${this.ex(e.lhs)} ${op} ${this.ex(e.rhs)})`;
  }

  /** An expression whose C++ type is exactly the C++ type of e.type. */
  ex(e: ir.Expr): string {
    switch (e.kind) {
      case "const": return this.lit(e.type, e.value);
      case "param": return this.names.get(key(e.param)) ?? sanitize(e.param.name);
      case "iter": {
        const n = this.names.get(key(e.v));
        if (n === undefined) throw new Unsupported(`a use of loop variable '${e.v.name}' outside its loop`, e.range);
        return n;
      }
      case "load": {
        const fifo = this.bandFifos.get(e.buf.id);
        if (fifo) {
          const n = this.curBand && fifo.streams.get(this.curBand);
          if (!n) throw new Error(`load of band FIFO ${e.buf.name} outside its reading bands`);
          return `${n}.read()`;
        }
        return this.ref(e.buf, e.indices);
      }
      case "stream-get": return `${this.bufName(e.stream)}.read()`;
      case "cast": return this.convert(this.ex(e.x), e.x.type, e.type, e.range);
      case "binary": return this.binary(e);
      case "compare": return `ap_uint<1>${this.compare(e)}`;
      case "unary": return this.unary(e);
      case "select": return `(${this.cond(e.cond)} ? ${this.ex(e.a)} : ${this.ex(e.b)})`;
      case "math": return this.math(e);
      case "get-bit": {
        this.use("get_bit");
        const r = `allo_get_bit(${this.apInt(e.x)}, ${this.shamt(e.bit)})`;
        return this.fromAp(r, { bits: 1, signed: false }, e.type);
      }
      case "get-slice": return this.getSlice(e);
      case "set-bit": {
        this.use("set_bit");
        const r = `allo_set_bit(${this.apInt(e.x)}, ${this.shamt(e.bit)}, ${this.convert(this.ex(e.value), e.value.type, { kind: "int", bits: 1, signed: false }, e.range)})`;
        return this.fromAp(r, this.intOf(e.x.type, e.range), e.type);
      }
      case "set-slice": {
        this.use("set_slice");
        const vt = this.intOf(e.value.type, e.range);
        const vc = this.ct(e.value.type, e.range);
        const v = vt.signed ? this.apInt(e.value) : `ap_int<${vc.bits + 1}>(${this.ex(e.value)})`;
        const r = `allo_set_slice(${this.apInt(e.x)}, ${this.shamt(e.lo)}, ${this.shamt(e.hi)}, ${v})`;
        return this.fromAp(r, this.intOf(e.x.type, e.range), e.type);
      }
      case "bit-reverse": {
        this.use("reverse");
        const c = this.ct(e.type, e.range);
        const r = `allo_reverse(ap_uint<${c.bits}>(${this.ex(e.x)}))`;
        return this.fromAp(r, { bits: c.bits, signed: false }, e.type);
      }
      case "bitcast": return this.bitcast(e);
      case "call-value": {
        const sig = this.sigs.get(e.callee);
        if (!sig || sig.mode.kind !== "value") throw new Unsupported(`the call of '${e.callee}' in an expression`, e.range);
        return `${sig.cName}(${this.callArgs(e.args).join(", ")})`;
      }
    }
  }

  /** The integer type of an int/index expression (fixed-point and floats have no bit access here). */
  private intOf(t: ScalarType, range?: SourceRange): { kind: "int"; bits: number; signed: boolean } {
    if (t.kind === "index") return { kind: "int", bits: 32, signed: true };
    if (t.kind === "int") return { kind: "int", bits: t.bits, signed: t.signed };
    throw new Unsupported(`bit access on a ${typeToString(t)} value`, range);
  }

  /** e as an ap_int/ap_uint of its own width (C integers are widened to their ap twin). */
  private apInt(e: ir.Expr): string {
    const t = this.intOf(e.type, e.range);
    const c = this.ct(e.type, e.range);
    const x = this.ex(e);
    if (c.ap) return x;
    return `${apOf({ ...c, bits: t.bits, signed: t.signed })}(${x})`;
  }

  /** A shift amount / bit index as a long long. */
  private shamt(e: ir.Expr): string {
    const c = this.ct(e.type, e.range);
    if (c.native && (c.bits <= 32 || c.signed)) return e.kind === "const" ? String(e.value) : `(long long)(${this.ex(e)})`;
    this.use("shamt");
    return `allo_shamt(${this.apInt(e)})`;
  }

  /** Converts an ap_int/ap_uint value of type `from` to the C++ type of `to` (an integer type). */
  private fromAp(x: string, from: { bits: number; signed: boolean }, to: ScalarType): string {
    const c = this.ct(to);
    if (c.ap && c.bits === from.bits && c.signed === from.signed) return x;
    if (c.native) return `(${c.name})(${x})`;
    return `${c.name}(${x})`;
  }

  private getSlice(e: ir.GetSlice): string {
    const xt = this.intOf(e.x.type, e.range);
    const rc = this.ct(e.type, e.range);
    const rw = rc.bits;
    const lo = e.lo.kind === "const" ? Number(e.lo.value) : undefined;
    const hi = e.hi.kind === "const" ? Number(e.hi.value) : undefined;
    let r: string;
    if (lo !== undefined && hi !== undefined && lo >= 0 && hi > lo && hi <= xt.bits) {
      r = `ap_uint<${rw}>(${this.apInt(e.x)}.range(${hi - 1}, ${lo}))`;
    } else {
      this.use("get_slice");
      r = `allo_get_slice<${rw}>(${this.apInt(e.x)}, ${this.shamt(e.lo)}, ${this.shamt(e.hi)})`;
    }
    return this.fromAp(r, { bits: rw, signed: false }, e.type);
  }

  private bitcast(e: ir.Bitcast): string {
    const from = e.x.type;
    const to = e.type;
    const x = this.ex(e.x);
    const fc = this.ct(from, e.range);
    const tc = this.ct(to, e.range);
    if (fc.bits !== tc.bits) throw new Unsupported(`a bitcast between ${typeToString(from)} and ${typeToString(to)} (widths differ)`, e.range);
    const w = fc.bits;
    // The source's bit pattern as an unsigned value of width w.
    let bits: string;
    if (fc.float) {
      this.use(w === 16 ? "bitcast_half" : "bitcast");
      bits = w === 16 ? `allo_f16_bits(${x})` : w === 32 ? `allo_f32_bits(${x})` : `allo_f64_bits(${x})`;
      if (tc.float) return x;
      if (tc.fixed) {
        this.use("fx_bits");
        return `allo_fx_from_bits<${tc.name}>(ap_uint<${w}>(${bits}))`;
      }
      return tc.native ? `(${tc.name})(${bits})` : `${tc.name}(${bits})`;
    }
    bits = fc.fixed ? `ap_uint<${w}>(${x}.range(${w - 1}, 0))` : fc.native ? `(${w === 64 ? "uint64_t" : "uint32_t"})(${x})` : `ap_uint<${w}>(${x})`;
    if (tc.float) {
      this.use(w === 16 ? "bitcast_half" : "bitcast");
      const u = fc.native ? bits : `(${w === 64 ? "uint64_t" : "uint32_t"})(${bits})`;
      return w === 16 ? `allo_f16_from_bits(${u})` : w === 32 ? `allo_f32_from_bits(${u})` : `allo_f64_from_bits(${u})`;
    }
    if (tc.fixed) {
      this.use("fx_bits");
      return `allo_fx_from_bits<${tc.name}>(ap_uint<${w}>(${bits}))`;
    }
    return tc.native ? `(${tc.name})(${bits})` : `${tc.name}(${bits})`;
  }

  /** Conversion with DESIGN §5 semantics (wrap; floor for fixed; trunc toward zero for float → int; RNE to float). */
  private convert(x: string, s: ScalarType, t: ScalarType, range?: SourceRange): string {
    const sc = this.ct(s, range);
    const tc = this.ct(t, range);
    if (sc.name === tc.name) return x;
    if (sc.float) {
      if (tc.float) return `(${tc.name})(${x})`;
      if (tc.fixed) return `${tc.name}((double)(${x}))`;
      // float → int: ap_int's conversion from double truncates toward zero and wraps (NaN/inf → 0).
      if (tc.native) return `(${tc.name})(${apOf(tc)}((double)(${x})))`;
      return `${tc.name}((double)(${x}))`;
    }
    if (sc.fixed) {
      if (tc.float) return toFloat(x, tc);
      if (tc.fixed) return `${tc.name}(${x})`;
      // fixed → int truncates toward zero (ap_int's conversion), then wraps.
      if (tc.native) return `(${tc.name})(${apOf(tc)}(${x}))`;
      return `${tc.name}(${x})`;
    }
    // integer source
    if (tc.float) {
      if (sc.native) return `(${tc.name})(${x})`;
      return toFloat(x, tc);
    }
    if (tc.fixed) return `${tc.name}(${x})`;
    if (tc.native) return `(${tc.name})(${x})`;
    return `${tc.name}(${x})`;
  }

  private binary(e: ir.Binary): string {
    const t = e.type;
    const c = this.ct(t, e.range);
    const a = this.ex(e.lhs);
    const b = e.op === "shl" || e.op === "shr" ? "" : this.ex(e.rhs);
    const T = c.name;
    if (c.float) {
      const d = (x: string) => (c.bits < 64 ? `(double)(${x})` : x);
      const r = (x: string) => narrowFloat(x, c);
      switch (e.op) {
        case "add": return `(${a} + ${b})`;
        case "sub": return `(${a} - ${b})`;
        case "mul": return `(${a} * ${b})`;
        case "div": return `(${a} / ${b})`;
        // The simulator floors the double quotient of the operands, then rounds to the type.
        case "floordiv": return r(`std::floor(${d(a)} / ${d(b)})`);
        case "rem": return r(`std::fmod(${d(a)}, ${d(b)})`);
        case "pow": return r(`std::pow(${d(a)}, ${d(b)})`);
        case "min": this.use("fminmax"); return `allo_fmin<${T}>(${a}, ${b})`;
        case "max": this.use("fminmax"); return `allo_fmax<${T}>(${a}, ${b})`;
        default: throw new Unsupported(`'${e.op}' on ${typeToString(t)}`, e.range);
      }
    }
    if (c.fixed) {
      switch (e.op) {
        case "add": return `${T}(${a} + ${b})`;
        case "sub": return `${T}(${a} - ${b})`;
        case "mul": return `${T}(${a} * ${b})`;
        case "div": this.use("div"); return `allo_div<${T} >(${a}, ${b})`;
        case "floordiv": this.use("fx_floordiv"); return `allo_fx_floordiv(${a}, ${b})`;
        case "rem": this.use("fx_rem"); return `allo_fx_rem(${a}, ${b})`;
        case "and": return `${T}(${a} & ${b})`;
        case "or": return `${T}(${a} | ${b})`;
        case "xor": return `${T}(${a} ^ ${b})`;
        case "min": return `std::min<${T} >(${a}, ${b})`;
        case "max": return `std::max<${T} >(${a}, ${b})`;
        case "shl": case "shr": this.use("fx_shift"); return `allo_fx_${e.op}(${a}, ${this.shamt(e.rhs)})`;
        default: throw new Unsupported(`'${e.op}' on ${typeToString(t)}`, e.range);
      }
    }
    // integers and index
    switch (e.op) {
      case "add": case "sub": case "mul": {
        const op = { add: "+", sub: "-", mul: "*" }[e.op];
        if (c.ap) return `${T}(${a} ${op} ${b})`;
        if (this.fits(e)) return c.bits < 32 ? `(${T})(${a} ${op} ${b})` : `(${a} ${op} ${b})`;
        // Wrapping arithmetic without signed overflow: compute modulo 2^n in the unsigned type.
        const U = unsignedCarrier(c);
        return `(${T})((${U})(${a}) ${op} (${U})(${b}))`;
      }
      case "div": this.use("div"); return `allo_div<${T} >(${a}, ${b})`;
      case "floordiv": this.use("floordiv"); return `allo_floordiv<${T} >(${a}, ${b})`;
      case "rem": this.use("rem"); return `allo_rem<${T} >(${a}, ${b})`;
      case "and": case "or": case "xor": {
        const op = { and: "&", or: "|", xor: "^" }[e.op];
        if (c.ap) return `${T}(${a} ${op} ${b})`;
        return c.bits < 32 ? `(${T})(${a} ${op} ${b})` : `(${a} ${op} ${b})`;
      }
      case "shl": case "shr": {
        this.use("shift");
        const r = `allo_${e.op}(${this.apInt(e.lhs)}, ${this.shamt(e.rhs)})`;
        return this.fromAp(r, this.intOf(t), t);
      }
      case "min": return `std::min<${T} >(${a}, ${b})`;
      case "max": return `std::max<${T} >(${a}, ${b})`;
      case "pow": throw new Unsupported(`integer '**' (${typeToString(t)})`, e.range);
    }
  }

  private unary(e: ir.Unary): string {
    const c = this.ct(e.type, e.range);
    const x = this.ex(e.x);
    const T = c.name;
    if (e.op === "neg") {
      if (c.float) return `(-${x})`;
      if (!c.native) return `${T}(-${x})`;
      if (c.bits < 32) return `(${T})(-${x})`;
      const r = this.range(e.x);
      if (this.within([-r[1], -r[0]], e.type)) return `(-${x})`;
      return `(${T})(0 - (${unsignedCarrier(c)})(${x}))`;
    }
    if (c.float) throw new Unsupported(`'~' on ${typeToString(e.type)}`, e.range);
    if (!c.native) return `${T}(~${x})`;
    return c.bits < 32 ? `(${T})(~${x})` : `(~${x})`;
  }

  private math(e: ir.MathCall): string {
    const c = this.ct(e.type, e.range);
    const x = this.ex(e.args[0]!);
    if (e.fn === "abs") {
      if (c.float) return `std::fabs(${x})`;
      this.use("abs");
      return `allo_abs<${c.name} >(${x})`;
    }
    if (!c.float) throw new Unsupported(`${e.fn}() on ${typeToString(e.type)}`, e.range);
    // half math goes through hls_math.h's half overloads (as Allo emits it); the header model computes
    // them in double and rounds once to half, as the simulator does.
    if (c.bits === 16) return e.fn === "pow" ? `hls::pow(${x}, ${this.ex(e.args[1]!)})` : `hls::${e.fn}(${x})`;
    // float32 math is computed in double and rounded once, as the simulator does.
    const f32 = c.bits === 32;
    const d = (s: string) => (f32 ? `(double)(${s})` : s);
    const call = e.fn === "pow" ? `std::pow(${d(x)}, ${d(this.ex(e.args[1]!))})` : `std::${e.fn}(${d(x)})`;
    return f32 ? `(float)(${call})` : call;
  }

  // ------------------------------------------------------------------ literals

  lit(t: ScalarType, v: number | bigint): string {
    const c = this.ct(t);
    if (c.float) return c.bits === 16 ? `half(${doubleLit(Number(v))})` : floatLit(Number(v), c.bits === 32);
    if (c.fixed) {
      const raw = BigInt(v);
      const frac = (t as { frac: number }).frac;
      const abs = raw < 0n ? -raw : raw;
      if (abs <= 1n << 53n) return `${c.name}(${doubleLit(Number(raw) * 2 ** -frac)})`;
      this.use("fx_bits");
      return `allo_fx_from_bits<${c.name} >(ap_uint<${c.bits}>(ap_int<${c.bits + 1}>("${raw}", 10)))`;
    }
    const n = BigInt(v);
    if (t.kind === "index") return n === -(1n << 31n) ? "(-2147483647 - 1)" : n < 0n ? `(${n})` : `${n}`;
    if (c.native) {
      if (c.bits === 64) {
        if (!c.signed) return `(uint64_t)${n}ULL`;
        if (n === -(1n << 63n)) return "(int64_t)(-9223372036854775807LL - 1)";
        return `(int64_t)${n < 0n ? `(${n}LL)` : `${n}LL`}`;
      }
      if (c.bits === 32) {
        if (!c.signed) return `${n}u`;
        if (n === -(1n << 31n)) return "(-2147483647 - 1)";
        return n < 0n ? `(${n})` : `${n}`;
      }
      return `(${c.name})${n < 0n ? `(${n})` : n}`;
    }
    // ap_int / ap_uint
    if (n >= -(1n << 31n) && n < 1n << 31n) return `${c.name}(${n < 0n ? `(${n})` : n})`;
    if (n >= -(1n << 63n) + 1n && n < 1n << 63n) return `${c.name}(${n}LL)`;
    return `${c.name}("${n}", 10)`;
  }

  // ------------------------------------------------------------------ ranges

  /** Is a native add/sub/mul free of overflow in its type (so plain C++ arithmetic is exact)? */
  private fits(e: ir.Binary): boolean {
    const a = this.range(e.lhs);
    const b = this.range(e.rhs);
    let r: Range;
    if (e.op === "add") r = [a[0] + b[0], a[1] + b[1]];
    else if (e.op === "sub") r = [a[0] - b[1], a[1] - b[0]];
    else {
      const ps = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
      r = [Math.min(...ps), Math.max(...ps)];
    }
    // Bounds beyond 2^53 are rounded doubles: for 64-bit types keep a wide margin (the rounding is relative
    // 2^-52, so a true bound above 2^63 cannot show up below 2^62).
    const m = Math.max(Math.abs(r[0]), Math.abs(r[1]));
    if (m < 2 ** 53) return this.within(r, e.type);
    return this.ct(e.type).bits === 64 && m <= 2 ** 62 && this.within(r, e.type);
  }

  private within(r: Range, t: ScalarType): boolean {
    const [lo, hi] = typeRange(t);
    return r[0] >= lo && r[1] <= hi;
  }

  private range(e: ir.Expr): Range {
    switch (e.kind) {
      case "const": {
        const n = Number(e.value);
        return [n, n];
      }
      case "iter": return this.iterRanges.get(e.v.id) ?? typeRange(e.type);
      case "cast": {
        const inner = this.range(e.x);
        const isInt = (t: ScalarType) => t.kind === "int" || t.kind === "index";
        if (isInt(e.x.type) && isInt(e.type) && this.within(inner, e.type)) return inner;
        return typeRange(e.type);
      }
      case "binary": {
        if (e.type.kind !== "int" && e.type.kind !== "index") return typeRange(e.type);
        const a = this.range(e.lhs);
        const b = this.range(e.rhs);
        let r: Range | undefined;
        if (e.op === "add") r = [a[0] + b[0], a[1] + b[1]];
        else if (e.op === "sub") r = [a[0] - b[1], a[1] - b[0]];
        else if (e.op === "mul") {
          const ps = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
          r = [Math.min(...ps), Math.max(...ps)];
        } else if (e.op === "min" || e.op === "max") r = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
        if (r && this.within(r, e.type)) return r;
        return typeRange(e.type);
      }
      default: return typeRange(e.type);
    }
  }
}

/** Buffers, scalar parameters and loop variables number their ids separately. */
function key(x: { readonly kind: string; readonly id: number }): string {
  return `${x.kind}:${x.id}`;
}

function isBool(t: ScalarType): boolean {
  return t.kind === "int" && t.bits === 1 && !t.signed;
}

function typeRange(t: ScalarType): Range {
  switch (t.kind) {
    case "float": return [-Infinity, Infinity];
    case "index": return [-(2 ** 31), 2 ** 31 - 1];
    case "int": case "fixed":
      return t.signed ? [-(2 ** (t.bits - 1)), 2 ** (t.bits - 1) - 1] : [0, 2 ** t.bits - 1];
  }
}

/** A C++ double literal that parses to exactly v (shortest round-trip decimal). */
function doubleLit(v: number): string {
  if (Number.isNaN(v)) return "std::numeric_limits<double>::quiet_NaN()";
  if (!Number.isFinite(v)) return v > 0 ? "std::numeric_limits<double>::infinity()" : "(-std::numeric_limits<double>::infinity())";
  if (Object.is(v, -0)) return "(-0.0)";
  let s = String(v);
  if (!/[.eE]/.test(s)) s += ".0";
  return v < 0 ? `(${s})` : s;
}

/** A double (from a fixed-point or ap_int value) as the float type c. */
function toFloat(x: string, c: CType): string {
  if (c.bits === 32) return `(${x}).to_float()`;
  return c.bits === 16 ? `half((${x}).to_double())` : `(${x}).to_double()`;
}

/** A double result rounded once to the float type c (float32: a cast; half: its rounding constructor). */
function narrowFloat(x: string, c: CType): string {
  if (c.bits === 32) return `(float)(${x})`;
  return c.bits === 16 ? `half(${x})` : x;
}

function floatLit(v: number, f32: boolean): string {
  if (!f32) return doubleLit(v);
  if (Number.isNaN(v)) return "std::numeric_limits<float>::quiet_NaN()";
  if (!Number.isFinite(v)) return v > 0 ? "std::numeric_limits<float>::infinity()" : "(-std::numeric_limits<float>::infinity())";
  if (Object.is(v, -0)) return "(-0.0f)";
  let s = String(v);
  if (!/[.eE]/.test(s)) s += ".0";
  // v is a float32 value; its shortest double decimal rounds back to it as a float literal.
  return v < 0 ? `(${s}f)` : `${s}f`;
}

/** Elements of an array type (for callers sizing data). */
export function portElements(p: TopPort): number {
  return p.kind === "array" ? elementCount({ kind: "array", elem: p.elem, shape: p.shape }) : 1;
}
