/**
 * `s.to(target, dst, axis=None, depth=-1)` (Allo's relay): a FIFO of `depth` elements (−1: as many as
 * the buffer holds) flowing to `dst`. Between two kernels (`dst` a kernel name), when the producer
 * writes and the consumer reads every element once in one order, the array becomes a real channel
 * (schedule/kernel-stream.ts); otherwise, and without a kernel, it marks `target` as a stream on the
 * buffer and every buffer it is passed as (an array the HLS tools stream), and the step says why it
 * is not a channel. The function that owns it becomes `dataflow`. With `axis` (after `unfold`, `dst` is the
 * unfolded axes) the buffer's reads inside the PE grid become real FIFO channels between neighbouring
 * PEs along that grid axis (schedule/relay.ts): the values computed do not change, and the simulator,
 * the MLIR, the HLS export and the diagram all see the same channels. With `dst` a loop band of the
 * buffer's kernel, the array flows between two bands of one kernel (schedule/to-band.ts). When the
 * PEs write the buffer too, passing its slices on to each other as sub-views (`kernel(A_fifo[i, j],
 * A_fifo[i, j + 1])`), each slice becomes a FIFO between its writer and its reader
 * (schedule/subview-fifo.ts).
 */
import type * as ir from "../ir/nodes";
import { elementCount } from "../types/types";
import { arg, bandsOf, fail, intArg, replaceBufferInFunc, resolveBuffer, withFunc } from "./ir-util";
import { equivalentBuffers } from "./partition";
import { definePrimitive } from "./primitive";
import { expandGrids, relayCompact } from "./grid";
import { streamGridOutput } from "./grid-stream-out";
import { checkBandStream, findBand } from "./to-band";
import { gridProducer, streamBetweenKernels } from "./kernel-stream";
import { isSubviewChannelArray, streamSubviewArray } from "./subview-fifo";
import type { ScheduleDiagnostic } from "./ir-util";

export const to = definePrimitive((m, rec, ctx) => {
  const target = resolveBuffer(m, arg(rec, 0, "target"), rec, ctx);
  const dst = arg(rec, 1, "dst");
  if (dst === undefined) fail(rec, "to() needs a destination: the axes returned by unfold, or a kernel name");
  const axisV = arg(rec, 2, "axis");
  const axis = axisV === undefined || axisV.k === "none" ? undefined : axisV.k === "int" ? Number(axisV.v) : fail(rec, "to(): axis must be an integer");
  const depthRaw = intArg(rec, 3, ["depth"], -1);
  if (target.buf.type.shape.length === 0) fail(rec, `Cannot stream ${target.buf.name}: it is a scalar`);
  if (depthRaw === 0 || depthRaw < -1) fail(rec, `Invalid depth ${depthRaw}: a FIFO holds at least one element (or -1 for the whole buffer)`);
  const depth = depthRaw === -1 ? elementCount(target.buf.type) : depthRaw;
  let toName: string | undefined;
  let toBand = false;
  let kept: string | undefined;
  const warnings: ScheduleDiagnostic[] = [];
  if (dst.k === "str") {
    toName = dst.v;
    if (!m.funcs.some((f) => f.name === toName)) {
      const band = findBand(target.func, toName);
      if (!band) {
        const bands = bandsOf(target.func).map((b) => b.name);
        fail(rec, `to(): ${toName} is neither a kernel (${m.funcs.map((f) => f.name).join(", ")}) nor a loop band of ${target.func.name}${bands.length ? ` (${bands.join(", ")})` : ""}`);
      }
      checkBandStream(target.func, target.buf, band, toName, rec);
      toBand = true;
    }
  } else if (dst.k === "list" || dst.k === "tuple") {
    if (axis === undefined) fail(rec, "to(): streaming between unfolded PEs needs axis= (the PE-grid axis the data flows along)");
    if (axis < 0 || axis >= dst.items.length) fail(rec, `to(): axis ${axis} is not one of the unfolded axes (0..${dst.items.length - 1})`);
    if (!target.func.attrs.dataflow) fail(rec, `to(): ${target.func.name} has no PE array yet; call s.unfold(...) before streaming between PEs`);
  } else if (dst.k !== "none") {
    fail(rec, "to(): dst is the axes returned by unfold or a kernel name");
  }
  if (axis !== undefined && (dst.k === "list" || dst.k === "tuple")) {
    if (isSubviewChannelArray(m, target.func, target.buf)) {
      // The PEs pass the array on to each other through sub-views: each slice is a FIFO of its own.
      return streamSubviewArray(m, target.func, target.buf, axis, depth, rec);
    }
    const relay = relayCompact(m, target.func, target.buf, axis, dst.items.length, depth, rec);
    return {
      module: relay.module,
      description: `stream ${target.func.name}:${target.buf.name} through FIFOs of depth ${depth} along PE axis ${relay.axis}: the first PE of each line reads it and forwards each element to its neighbour${relay.note ? ` (${relay.note})` : ""}`,
    };
  }
  if (toName && !toBand) {
    // Between two kernels: a real channel when the producer and the consumer move every element once, in one order.
    const real = streamBetweenKernels(m, target.func, target.buf, toName, depth);
    if ("module" in real) {
      return { module: real.module, description: `stream ${target.func.name}:${target.buf.name} as a FIFO of depth ${depth} to ${toName}: the producer puts each element, ${toName} gets it` };
    }
    kept = real.why;
    const grid = gridProducer(m, target.func, target.buf);
    if (grid) {
      // Out of a streamed PE grid: the grid's drainer puts into the FIFO (schedule/grid-stream-out.ts,
      // applied where the grid is expanded). Tried here on the expanded module so the step can say
      // whether it is built, and why not.
      const marked = markStream(m, target, { depth, to: toName });
      const x = expandGrids(marked);
      const xOwner = x.funcs.find((f) => f.name === target.func.name);
      const xBuf = xOwner?.body.find((s): s is ir.Alloc => s.kind === "alloc" && s.buf.id === target.buf.id)?.buf;
      // Expansion streams it when it can; otherwise the array is still there and says why not.
      const r = !xBuf ? { module: x } : xOwner ? streamGridOutput(x, xOwner, xBuf) : { why: `${target.buf.name} is not a local array of ${target.func.name}` };
      if ("module" in r) {
        return {
          module: marked,
          description: `stream ${target.func.name}:${target.buf.name} as a FIFO of depth ${depth} to ${toName}: the drainer of ${grid.producer}'s PE grid puts each result, ${toName} gets it`,
        };
      }
      const b = target.buf.name, P = grid.producer;
      warnings.push({
        code: "W-to-grid-output", range: rec.range,
        message: `to(): ${b} is ${grid.returned ? `the array ${P} returns` : `written by ${P}`}, and the PE grid of ${P} produces it, but it stays an array between ${P} and ${toName}: ${r.why} (${toName} starts once ${P} has finished; inside ${P} the PEs still stream, and a drainer collects their results). Remove this s.to, or read ${b} in ${toName} in the order the grid delivers it`,
      });
    }
  }
  const spec: ir.StreamSpec = { depth, ...(toName ? { to: toName } : {}), ...(toBand ? { band: true } : {}) };
  // Not a channel: the array keeps Allo's stream mark (printed in the MLIR); the HLS export writes no
  // stream pragma for an array (it stays the array the simulator and the plan have).
  const out = markStream(m, target, spec);
  return {
    module: out,
    description: `stream ${target.func.name}:${target.buf.name} as a FIFO of depth ${depth}${toName ? ` to ${toBand ? "band " : ""}${toName}` : ""}${kept ? ` (it stays an array, not a channel: ${kept})` : ""}`,
    ...(warnings.length ? { warnings } : {}),
  };
});
export const { check, apply } = to;

/** `m` with `target` (and every buffer it is passed as) marked as streamed with `spec`, its owner a dataflow region. */
function markStream(m: ir.Module, target: { func: ir.Func; buf: ir.Buffer }, spec: ir.StreamSpec): ir.Module {
  const updated = new Map<string, ir.Func>();
  for (const mem of equivalentBuffers(m, target)) {
    const current = updated.get(mem.func.name) ?? mem.func;
    updated.set(mem.func.name, replaceBufferInFunc(current, mem.buf, { ...mem.buf, stream: spec }));
  }
  const out: ir.Module = { ...m, funcs: m.funcs.map((f) => updated.get(f.name) ?? f) };
  const owner = out.funcs.find((f) => f.name === target.func.name)!;
  return owner.attrs.dataflow ? out : withFunc(out, { ...owner, attrs: { ...owner.attrs, dataflow: true } });
}
