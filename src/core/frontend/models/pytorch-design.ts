/**
 * A traced PyTorch graph (trace.ts) as an Allo design file built from the NN library: the top calls
 * one library kernel per operator instance (`nn.linear3d[float32, ..., "0"](x, p_query_weight, ...)`,
 * the string id giving each call its own function, `linear3d_0`), and the schedule composes every
 * instance's library schedule (`s.compose(nn.linear3d, instantiate=[...], id="0")`), as Allo's
 * from_pytorch builds its design from `allo.library.nn`. Weights and masks are module constants the
 * top passes to the kernels, so the top takes only the model's inputs. Library kernels have fixed
 * ranks, so an operator the library has only in 2-D (softmax, layer norm, tanh-GELU) works on a view
 * of its input as rows (a reshape kernel before and after it).
 */
import type { SourceRange } from "../../diagnostics";
import { scheduleOf } from "../../library/index";
import { NDArray } from "../numpy/ndarray";
import type { TraceNode, TraceOperand } from "./trace";

export interface GeneratedDesign {
  readonly source: string;
  /** Module-level arrays the kernels read, by the name the source uses. */
  readonly constants: ReadonlyMap<string, NDArray>;
  /** Each kernel's operator call in the user's source. */
  readonly kernelAt: ReadonlyMap<string, SourceRange>;
  /** Kernel name → operator kind ("view" for the reshapes around a row-wise operator), tensor shapes in/out, library kernel. */
  readonly kernels: readonly { readonly name: string; readonly op: string; readonly inputs: readonly (readonly number[])[]; readonly shape: readonly number[]; readonly library: string }[];
  /** The kernel each `s.compose(...)` line of the source schedules, in order. */
  readonly composed: readonly string[];
  readonly top: string;
}

export class DesignError extends Error {
  constructor(message: string, readonly at: SourceRange) {
    super(message);
  }
}

type Shape = readonly number[];
/** A value of the top: a variable (a kernel's result or an input) or a module constant, with its shape. */
interface Val { readonly v: string; readonly shape: Shape }

const F32 = "float32";
const size = (s: Shape) => s.reduce((a, b) => a * b, 1);
const same = (a: Shape, b: Shape) => a.length === b.length && a.every((d, i) => d === b[i]);
const ty = (shape: Shape, t = F32): string => `${t}[${shape.join(", ")}]`;
/** Infinities (masked_fill(-inf)) become ±1e38: a float32 constant every backend prints and exp() sends to 0. */
const finite = (v: number) => (v === Infinity ? 1e38 : v === -Infinity ? -1e38 : v);
const lit = (v: number): string => (Number.isInteger(v) && Math.abs(v) < 1e15 ? `${v}.0` : String(v));
const allFinite = (xs: readonly number[]) => {
  for (let i = 0; i < xs.length; i++) if (!Number.isFinite(xs[i]!)) return false;
  return true;
};
const pad1 = (s: Shape, r: number): number[] => [...Array<number>(Math.max(0, r - s.length)).fill(1), ...s];

export function generateDesign(nodes: readonly TraceNode[], output: number, paramNames: ReadonlyMap<NDArray, string>, topName = "forward"): GeneratedDesign {
  const constants = new Map<string, NDArray>();
  const constName = new Map<NDArray, string>();
  const kernelAt = new Map<string, SourceRange>();
  const kernels: { name: string; op: string; inputs: Shape[]; shape: Shape; library: string }[] = [];
  const composeLines: string[] = [];
  const composed: string[] = [];
  const lines: string[] = [];
  const inputs: string[] = [];
  const used = new Set<string>(["allo", "nn", "np", "s", "float32", "int32", "bool"]);
  const ident = (s: string) => {
    let n = s.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(\d)/, "_$1");
    while (used.has(n)) n += "_";
    used.add(n);
    return n;
  };
  const topFn = ident(topName);
  let instances = 0;
  let node: TraceNode = nodes[output]!;
  const fail = (msg: string): never => { throw new DesignError(`from_pytorch: ${msg}`, node.at); };
  const rankCheck = (s: Shape) => { if (s.length < 1 || s.length > 4) fail(`the ${node.op} operator works on a rank-${s.length} tensor; the NN library's kernels take ranks 1 to 4`); };

  /** A module constant (a weight keeps its state_dict name), viewed with `shape` when given. */
  const constant = (a: NDArray, shape: Shape = a.shape, dtype: "float32" | "bool" = F32): Val => {
    const plain = dtype === F32 && same(shape, a.shape);
    let n = plain ? constName.get(a) : undefined;
    if (!n) {
      const p = paramNames.get(a);
      n = ident(p ? `p_${p}` : `c${constants.size}`);
      const f = a.dtype === F32 ? a : a.astype(F32);
      const data = dtype === "bool" ? f.data.map((x) => (x !== 0 ? 1 : 0)) : allFinite(f.data) ? f.data : f.data.map(finite);
      constants.set(n, new NDArray(dtype, [...shape], data));
      if (plain) constName.set(a, n);
    }
    return { v: n, shape };
  };
  const scalar = (v: number, r: number): Val => constant(NDArray.filled(F32, Array<number>(r).fill(1), finite(v)));

  /** One library call: its own function (`kernel_<id>`), the library schedule composed onto it. */
  const call = (kernel: string, targs: readonly (string | number)[], args: readonly Val[], shape: Shape, op: string, hint: string): Val => {
    const id = String(instances++);
    const fn = `${kernel}_${id}`;
    const v = ident(`${hint}_${id}`);
    const t = targs.join(", ");
    lines.push(`    ${v} = nn.${kernel}[${t}, "${id}"](${args.map((a) => a.v).join(", ")})`);
    kernelAt.set(fn, node.at);
    kernels.push({ name: fn, op, inputs: args.filter((a) => !constants.has(a.v) && a.shape.length > 0).map((a) => a.shape), shape, library: kernel });
    if (scheduleOf(kernel)) {
      composeLines.push(`s.compose(nn.${kernel}, instantiate=[${t}], id="${id}")`);
      composed.push(fn);
    }
    return { v, shape };
  };
  /** The same elements with another shape (a reshape kernel; constants are reshaped in place). */
  const view = (x: Val, shape: Shape): Val => {
    if (same(x.shape, shape)) return x;
    const c = constants.get(x.v);
    if (c) return constant(c, shape);
    rankCheck(x.shape);
    rankCheck(shape);
    return call(`reshape${x.shape.length}d_${shape.length}d`, [F32, ...x.shape, ...shape], [x], shape, "view", "view");
  };
  /** Runs a 2-D library operator on x viewed as [rows, last axis], and views the result back. */
  const rows = (x: Val, f: (x2: Val, r: number, c: number) => Val): Val => {
    const c = x.shape[x.shape.length - 1]!;
    const r = size(x.shape.slice(0, -1));
    return view(f(view(x, [r, c]), r, c), x.shape);
  };

  // Only nodes the output depends on become kernels (torch.fx's dead-code elimination).
  const live = new Set<number>();
  const mark = (id: number) => {
    if (live.has(id)) return;
    live.add(id);
    for (const o of nodes[id]!.inputs) if (o.k === "node") mark(o.id);
  };
  mark(output);

  const vals = new Map<number, Val>();
  const shapeOf = (o: TraceOperand): Shape => (o.k === "node" ? nodes[o.id]!.shape : o.k === "const" ? o.a.shape : []);
  /** An operand as a value of rank `r` (padded with leading 1s, as broadcasting reads it). */
  const operand = (o: TraceOperand, r?: number): Val => {
    const s = r === undefined ? shapeOf(o) : pad1(shapeOf(o), r);
    if (o.k === "scalar") return scalar(o.v, s.length);
    if (o.k === "const") return constant(o.a, s);
    return view(vals.get(o.id)!, s);
  };

  for (const n of nodes) {
    if (!live.has(n.id)) continue;
    node = n;
    if (n.op === "input") {
      const v = ident(String(n.attrs.name ?? `x${n.id}`));
      vals.set(n.id, { v, shape: n.shape });
      inputs.push(`${v}: ${ty(n.shape)}`);
      continue;
    }
    const r = n.shape.length;
    const hint = n.op;
    let out: Val;
    switch (n.op) {
      case "add": case "sub": case "mul": case "div": {
        rankCheck(n.shape);
        const a = operand(n.inputs[0]!, r);
        const b = operand(n.inputs[1]!, r);
        out = call(`${n.op}${r}d`, [F32, ...n.shape, ...a.shape, ...b.shape], [a, b], n.shape, n.op, hint);
        break;
      }
      case "neg": case "exp": case "tanh": case "sigmoid": case "gelu": {
        rankCheck(n.shape);
        out = call(`${n.op}${r}d`, [F32, ...n.shape], [operand(n.inputs[0]!)], n.shape, n.op, hint);
        break;
      }
      case "relu": {
        rankCheck(n.shape);
        out = call(`relu${r}d`, [F32, ...n.shape], [operand(n.inputs[0]!)], n.shape, n.op, hint);
        break;
      }
      case "gelu_tanh":
        // Allo's GeLU (tanh approximation) is 2-D
        out = rows(operand(n.inputs[0]!), (x2, rr, c) => call("GeLU", [F32, rr, c], [x2], x2.shape, n.op, "gelu"));
        break;
      case "permute": {
        rankCheck(n.shape);
        const perm = n.attrs.perm as readonly number[];
        out = call(`transpose${r}d_${perm.join("")}`, [F32, ...shapeOf(n.inputs[0]!)], [operand(n.inputs[0]!)], n.shape, n.op, "transpose");
        break;
      }
      case "reshape": {
        const x = operand(n.inputs[0]!);
        rankCheck(x.shape);
        rankCheck(n.shape);
        out = call(`reshape${x.shape.length}d_${r}d`, [F32, ...x.shape, ...n.shape], [x], n.shape, n.op, "view");
        break;
      }
      case "softmax": {
        // The library's softmax kernels reduce the last axis: another axis is swapped with the last
        // one by a transpose kernel before and after (the swap is its own inverse).
        const d = Number(n.attrs.dim);
        const last = (x: Val): Val => r >= 3 && r <= 4
          ? call(`softmax${r}d`, [F32, ...x.shape], [x], x.shape, n.op, hint)
          : rows(x, (x2, rr, c) => call("softmax2d", [F32, rr, c], [x2], x2.shape, n.op, hint));
        if (d === r - 1) { out = last(operand(n.inputs[0]!)); break; }
        rankCheck(n.shape);
        const perm = [...n.shape.keys()];
        [perm[d], perm[r - 1]] = [r - 1, d];
        const swap = (x: Val): Val => call(`transpose${r}d_${perm.join("")}`, [F32, ...x.shape], [x], perm.map((p) => x.shape[p]!), "permute", "transpose");
        out = swap(last(swap(operand(n.inputs[0]!))));
        break;
      }
      case "slice": {
        // Each sliced axis is nn.slice3d on the tensor viewed as [outer, axis, inner]; integer indices
        // and None are a view of the result.
        const starts = n.attrs.starts as readonly number[];
        const lengths = n.attrs.lengths as readonly number[];
        let x = operand(n.inputs[0]!);
        const full = [...x.shape];
        for (let d = 0; d < full.length; d++) {
          if (starts[d] === 0 && lengths[d] === full[d]) continue;
          const B = size(full.slice(0, d));
          const C = size(full.slice(d + 1));
          const y = call("slice3d", [F32, B, full[d]!, C, starts[d]!, lengths[d]!], [view(x, [B, full[d]!, C])], [B, lengths[d]!, C], n.op, hint);
          full[d] = lengths[d]!;
          x = view(y, full);
        }
        out = view(x, n.shape);
        break;
      }
      case "layer_norm": {
        const d = n.shape[r - 1]!;
        const g = n.attrs.affine ? operand(n.inputs[1]!, 1) : constant(NDArray.filled(F32, [d], 1));
        const b = n.attrs.hasBias ? operand(n.inputs[n.attrs.affine ? 2 : 1]!, 1) : constant(NDArray.filled(F32, [d], 0));
        const eps = lit(Number(n.attrs.eps));
        // layer_norm_eps / layer_norm{3,4}d, not Allo's layer_norm: torch's epsilon and its two-pass variance
        const x = operand(n.inputs[0]!);
        const e = { v: eps, shape: [] };
        out = r >= 3 && r <= 4
          ? call(`layer_norm${r}d`, [F32, ...n.shape], [x, g, b, e], n.shape, n.op, hint)
          : rows(x, (x2, rr, c) => call("layer_norm_eps", [F32, rr, c], [x2, g, b, e], x2.shape, n.op, hint));
        break;
      }
      case "linear": {
        const x = operand(n.inputs[0]!);
        const w = operand(n.inputs[1]!);
        const [N, K] = w.shape as [number, number];
        const bias = n.inputs[2] ? operand(n.inputs[2], 1) : constant(NDArray.filled(F32, [N], 0));
        if (x.shape.length === 3) {
          const [B, L] = x.shape as [number, number];
          out = call("linear3d", [F32, F32, F32, B, L, K, N], [x, w, bias], n.shape, n.op, hint);
        } else {
          rankCheck(x.shape);
          const M = size(x.shape.slice(0, -1));
          out = view(call("linear2d", [F32, F32, F32, M, N, K], [view(x, [M, K]), w, bias], [M, N], n.op, hint), n.shape);
        }
        break;
      }
      case "matmul": {
        const sa = shapeOf(n.inputs[0]!);
        const sb = shapeOf(n.inputs[1]!);
        if (sa.length < 2 || sb.length < 2) fail("matmul of a 1-d tensor is not supported; reshape it to 2-d");
        rankCheck(n.shape);
        const K = sa[sa.length - 1]!;
        const N = sb[sb.length - 1]!;
        if (sb.length === 2) {
          const M = size(sa.slice(0, -1));
          const a2 = view(operand(n.inputs[0]!), [M, K]);
          out = view(call("matmul", [F32, F32, F32, M, K, N], [a2, operand(n.inputs[1]!)], [M, N], n.op, hint), n.shape);
        } else if (r === 2) {
          out = call("matmul", [F32, F32, F32, n.shape[0]!, K, N], [operand(n.inputs[0]!), operand(n.inputs[1]!)], n.shape, n.op, hint);
        } else {
          const a = operand(n.inputs[0]!, r);
          const b = operand(n.inputs[1]!, r);
          const M = n.shape[r - 2]!;
          const z = n.shape.slice(0, -2);
          out = call(`bmm${r}d`, [F32, ...z, M, K, N, ...a.shape.slice(0, -2), ...b.shape.slice(0, -2)], [a, b], n.shape, n.op, hint);
        }
        break;
      }
      case "masked_fill": {
        rankCheck(n.shape);
        const m = n.inputs[1]!;
        if (m.k !== "const") fail("masked_fill with a mask computed from the inputs is not supported; build the mask from sizes (torch.tril(torch.ones(n, n)))");
        const mask = constant((m as { a: NDArray }).a, pad1(shapeOf(m), r), "bool");
        const fill = scalar(Number(n.attrs.value), r);
        out = call(`where${r}d`, [F32, ...n.shape, ...mask.shape, ...fill.shape, ...n.shape], [mask, fill, operand(n.inputs[0]!)], n.shape, n.op, hint);
        break;
      }
      case "embedding": {
        const ids = operand(n.inputs[0]!);
        const table = operand(n.inputs[1]!);
        const [V, D] = table.shape as [number, number];
        const N = size(ids.shape);
        const flat = view(ids, [N]);
        const iv = call("cast1d", [F32, "int32", N], [flat], [N], "cast", "ids");
        out = view(call("embedding", ["int32", F32, V, D, N], [iv, table], [N, D], n.op, hint), n.shape);
        break;
      }
      default:
        return fail(`the operator '${n.op}' has no NN library kernel yet`);
    }
    vals.set(n.id, out);
  }
  node = nodes[output]!;
  let ret = vals.get(output)!;
  // A model returning its input unchanged still has a kernel between the top's argument and its result.
  if (node.op === "input") ret = call(`reshape${ret.shape.length}d_${ret.shape.length}d`, [F32, ...ret.shape, ...ret.shape], [ret], ret.shape, "view", "copy");
  const source = [
    "import allo",
    "from allo.ir.types import float32, int32, bool",
    "from allo.library import nn",
    "",
    "",
    `def ${topFn}(${inputs.join(", ")}) -> ${ty(ret.shape)}:`,
    ...lines,
    `    return ${ret.v}`,
    "",
    "",
    `s = allo.customize(${topFn})`,
    ...composeLines,
    "",
  ].join("\n");
  return { source, constants, kernelAt, kernels, composed, top: topFn };
}
