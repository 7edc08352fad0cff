/**
 * A traced PyTorch graph (trace.ts) as an Allo design file: one kernel per operator instance, in the
 * project's own dialect, and a top that calls them in dataflow order. Weights and masks are module
 * constants the kernels read (as Allo's from_pytorch captures them), so the top takes only the
 * model's inputs. The text is what `from_pytorch` compiles, and readable on its own.
 */
import type { SourceRange } from "../../diagnostics";
import type { NDArray } from "../numpy/ndarray";
import type { TraceNode, TraceOperand } from "./trace";

export interface GeneratedDesign {
  readonly source: string;
  /** Module-level arrays the kernels read, by the name the source uses. */
  readonly constants: ReadonlyMap<string, NDArray>;
  /** Each kernel's operator call in the user's source. */
  readonly kernelAt: ReadonlyMap<string, SourceRange>;
  /** Kernel name → operator kind, tensor shapes in/out (for the studio's model view). */
  readonly kernels: readonly { readonly name: string; readonly op: string; readonly inputs: readonly (readonly number[])[]; readonly shape: readonly number[] }[];
  readonly top: string;
}

export class DesignError extends Error {
  constructor(message: string, readonly at: SourceRange) {
    super(message);
  }
}

const ty = (shape: readonly number[]): string => `float32[${shape.join(", ")}]`;
const lit = (v: number): string => (Number.isInteger(v) && Math.abs(v) < 1e15 ? `${v}.0` : String(v).replace("Infinity", "1e38"));
const ivars = (n: number, p = "i"): string[] => Array.from({ length: n }, (_, i) => `${p}${i}`);

/** `for i0, i1 in allo.grid(a, b):` (range for one dimension); the caller indents the body by `depth`. */
function loops(shape: readonly number[], vars: readonly string[], pad: string): string {
  if (shape.length === 0) return "";
  if (shape.length === 1) return `${pad}for ${vars[0]} in range(${shape[0]}):\n`;
  return `${pad}for ${vars.join(", ")} in allo.grid(${shape.join(", ")}):\n`;
}

/** The index of an operand of shape `s` broadcast against result indices `idx` (numpy's rule). */
function bcast(s: readonly number[], out: readonly number[], idx: readonly string[]): string {
  const off = out.length - s.length;
  return s.map((d, k) => (d === 1 && out[off + k] !== 1 ? "0" : idx[off + k]!)).join(", ");
}

export function generateDesign(nodes: readonly TraceNode[], output: number, paramNames: ReadonlyMap<NDArray, string>, topName = "forward"): GeneratedDesign {
  const constants = new Map<string, NDArray>();
  const constName = new Map<NDArray, string>();
  const kernelAt = new Map<string, SourceRange>();
  const kernels: { name: string; op: string; inputs: (readonly number[])[]; shape: readonly number[] }[] = [];
  const used = new Set<string>();
  const ident = (s: string) => {
    let n = s.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(\d)/, "_$1");
    while (used.has(n)) n += "_";
    used.add(n);
    return n;
  };
  const constOf = (a: NDArray): string => {
    let n = constName.get(a);
    if (!n) {
      const p = paramNames.get(a);
      n = ident(p ? `p_${p}` : `c${constants.size}`);
      constName.set(a, n);
      constants.set(n, a.dtype === "float32" ? a : a.astype("float32"));
    }
    return n;
  };
  // Only nodes the output depends on become kernels (torch.fx's dead-code elimination).
  const live = new Set<number>();
  const mark = (id: number) => {
    if (live.has(id)) return;
    live.add(id);
    for (const o of nodes[id]!.inputs) if (o.k === "node") mark(o.id);
  };
  mark(output);
  const shapeOfOperand = (o: TraceOperand): readonly number[] => (o.k === "node" ? nodes[o.id]!.shape : o.k === "const" ? o.a.shape : []);

  let body = "";
  const top: string[] = [];
  const inputs: string[] = [];
  const varOf = new Map<number, string>();
  for (const n of nodes) {
    if (!live.has(n.id)) continue;
    if (n.op === "input") {
      const v = ident(String(n.attrs.name ?? `x${n.id}`));
      varOf.set(n.id, v);
      inputs.push(`${v}: ${ty(n.shape)}`);
      continue;
    }
    const kname = ident(`${n.op}_${n.id}`);
    kernelAt.set(kname, n.at);
    // Kernel arguments: node operands in order (X0, X1, ...); constants by their global name; scalars inline.
    const args: string[] = [];
    const callArgs: string[] = [];
    const ref = n.inputs.map((o) => {
      if (o.k === "node") {
        const a = `X${args.length}`;
        args.push(`${a}: ${ty(nodes[o.id]!.shape)}`);
        callArgs.push(varOf.get(o.id)!);
        return a;
      }
      if (o.k === "const") return constOf(o.a);
      return undefined;
    });
    const scalar = (i: number) => { const o = n.inputs[i]!; return o.k === "scalar" ? lit(o.v) : undefined; };
    const at = (i: number, idx: readonly string[]) => {
      const s = scalar(i);
      if (s !== undefined) return s;
      const shp = shapeOfOperand(n.inputs[i]!);
      return shp.length === 0 ? `${ref[i]}` : `${ref[i]}[${bcast(shp, n.shape, idx)}]`;
    };
    const r = n.shape.length;
    const I = ivars(r);
    const Y = `Y[${I.join(", ")}]`;
    let k = `def ${kname}(${args.join(", ")}) -> ${ty(n.shape)}:\n    Y: ${ty(n.shape)} = 0.0\n`;
    const outer = n.shape.slice(0, -1);
    const last = n.shape[r - 1]!;
    const O = ivars(r - 1);
    const row = (j: string) => [...O, j].join(", ");
    switch (n.op) {
      case "add": case "sub": case "mul": case "div": {
        const sym = { add: "+", sub: "-", mul: "*", div: "/" }[n.op];
        k += loops(n.shape, I, "    ") + `        ${Y} = ${at(0, I)} ${sym} ${at(1, I)}\n`;
        break;
      }
      case "neg": k += loops(n.shape, I, "    ") + `        ${Y} = -${at(0, I)}\n`; break;
      case "exp": k += loops(n.shape, I, "    ") + `        ${Y} = allo.exp(${at(0, I)})\n`; break;
      case "tanh": k += loops(n.shape, I, "    ") + `        ${Y} = allo.tanh(${at(0, I)})\n`; break;
      case "sigmoid": k += loops(n.shape, I, "    ") + `        ${Y} = 1.0 / (1.0 + allo.exp(-${at(0, I)}))\n`; break;
      case "relu":
        k += loops(n.shape, I, "    ") + `        v: float32 = ${at(0, I)}\n        if v > 0.0:\n            ${Y} = v\n`;
        break;
      case "gelu_tanh":
        k += loops(n.shape, I, "    ") + `        v: float32 = ${at(0, I)}\n        ${Y} = 0.5 * v * (1.0 + allo.tanh(0.7978845608028654 * (v + 0.044715 * v * v * v)))\n`;
        break;
      case "gelu":
        // erf by Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7, below float32's resolution of GELU's range)
        k += loops(n.shape, I, "    ") +
          `        v: float32 = ${at(0, I)}\n        z: float32 = v * 0.7071067811865476\n        a: float32 = allo.abs(z)\n` +
          `        t: float32 = 1.0 / (1.0 + 0.3275911 * a)\n` +
          `        e: float32 = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * allo.exp(-a * a)\n` +
          `        if z < 0.0:\n            e = -e\n        ${Y} = 0.5 * v * (1.0 + e)\n`;
        break;
      case "permute": {
        const perm = n.attrs.perm as readonly number[];
        const xi = new Array<string>(r);
        perm.forEach((p, d) => { xi[p] = I[d]!; });
        k += loops(n.shape, I, "    ") + `        ${Y} = ${ref[0]}[${xi.join(", ")}]\n`;
        break;
      }
      case "reshape": {
        const ins = shapeOfOperand(n.inputs[0]!);
        const ostr = n.shape.map((_, d) => n.shape.slice(d + 1).reduce((x, y) => x * y, 1));
        const istr = ins.map((_, d) => ins.slice(d + 1).reduce((x, y) => x * y, 1));
        const flat = I.map((v, d) => (ostr[d] === 1 ? v : `${v} * ${ostr[d]}`)).join(" + ");
        const xi = ins.map((dim, e) => (istr[e] === 1 ? `(f % ${dim})` : `((f // ${istr[e]}) % ${dim})`));
        k += loops(n.shape, I, "    ") + `        f: int32 = ${flat}\n        ${Y} = ${ref[0]}[${xi.join(", ")}]\n`;
        break;
      }
      case "softmax": {
        if (n.attrs.dim !== r - 1) throw new DesignError(`from_pytorch: softmax over dimension ${n.attrs.dim} of a ${r}-d tensor; only the last dimension (dim=-1) is supported`, n.at);
        const p = "        ";
        k += (outer.length ? loops(outer, O, "    ") : "    if True:\n") +
          `${p}m: float32 = ${ref[0]}[${row("0")}]\n${p}for j in range(1, ${last}):\n${p}    if ${ref[0]}[${row("j")}] > m:\n${p}        m = ${ref[0]}[${row("j")}]\n` +
          `${p}s: float32 = 0.0\n${p}for j in range(${last}):\n${p}    e: float32 = allo.exp(${ref[0]}[${row("j")}] - m)\n${p}    Y[${row("j")}] = e\n${p}    s += e\n` +
          `${p}for j in range(${last}):\n${p}    Y[${row("j")}] = Y[${row("j")}] / s\n`;
        break;
      }
      case "layer_norm": {
        const p = "        ";
        const g = n.attrs.affine ? ref[1] : undefined;
        const b = n.attrs.hasBias ? ref[n.attrs.affine ? 2 : 1] : undefined;
        k += (outer.length ? loops(outer, O, "    ") : "    if True:\n") +
          `${p}mean: float32 = 0.0\n${p}for j in range(${last}):\n${p}    mean += ${ref[0]}[${row("j")}]\n${p}mean = mean / ${lit(last)}\n` +
          `${p}var: float32 = 0.0\n${p}for j in range(${last}):\n${p}    d: float32 = ${ref[0]}[${row("j")}] - mean\n${p}    var += d * d\n` +
          `${p}inv: float32 = 1.0 / allo.sqrt(var / ${lit(last)} + ${lit(Number(n.attrs.eps))})\n` +
          `${p}for j in range(${last}):\n${p}    Y[${row("j")}] = (${ref[0]}[${row("j")}] - mean) * inv${g ? ` * ${g}[j]` : ""}${b ? ` + ${b}[j]` : ""}\n`;
        break;
      }
      case "linear": {
        const W = ref[1]!;
        const K = shapeOfOperand(n.inputs[1]!)[1]!;
        const p = "        ";
        k += loops(n.shape, I, "    ") + `${p}acc: float32 = ${n.inputs[2] ? `${ref[2]}[${I[r - 1]}]` : "0.0"}\n` +
          `${p}for k in range(${K}):\n${p}    acc += ${ref[0]}[${[...O, "k"].join(", ")}] * ${W}[${I[r - 1]}, k]\n${p}${Y} = acc\n`;
        break;
      }
      case "matmul": {
        const sa = shapeOfOperand(n.inputs[0]!);
        const sb = shapeOfOperand(n.inputs[1]!);
        if (sa.length < 2 || sb.length < 2) throw new DesignError("from_pytorch: matmul of a 1-d tensor is not supported; reshape it to 2-d", n.at);
        const K = sa[sa.length - 1]!;
        const batch = n.shape.slice(0, -2);
        const B = I.slice(0, -2);
        const ia = (x: string, y: string) => [...bcast(sa.slice(0, -2), batch, B).split(", ").filter((s) => s !== ""), x, y].join(", ");
        const ib = (x: string, y: string) => [...bcast(sb.slice(0, -2), batch, B).split(", ").filter((s) => s !== ""), x, y].join(", ");
        const p = "        ";
        k += loops(n.shape, I, "    ") + `${p}acc: float32 = 0.0\n${p}for k in range(${K}):\n${p}    acc += ${ref[0]}[${ia(I[r - 2]!, "k")}] * ${ref[1]}[${ib("k", I[r - 1]!)}]\n${p}${Y} = acc\n`;
        break;
      }
      case "masked_fill":
        k += loops(n.shape, I, "    ") + `        ${Y} = ${at(0, I)}\n        if ${at(1, I)} != 0.0:\n            ${Y} = ${lit(Number(n.attrs.value))}\n`;
        break;
      default:
        throw new DesignError(`from_pytorch: the operator '${n.op}' has no kernel yet`, n.at);
    }
    k += "    return Y\n";
    body += `\n${k}`;
    const v = `v${n.id}`;
    varOf.set(n.id, v);
    top.push(`    ${v}: ${ty(n.shape)} = ${kname}(${callArgs.join(", ")})`);
    kernels.push({ name: kname, op: n.op, inputs: n.inputs.filter((o) => o.k === "node").map((o) => shapeOfOperand(o)), shape: n.shape });
  }
  const outNode = nodes[output]!;
  const topFn = ident(topName);
  if (outNode.op === "input") top.push(`    ${varOf.get(output)}_copy: ${ty(outNode.shape)} = ${varOf.get(output)}`);
  const ret = outNode.op === "input" ? `${varOf.get(output)}_copy` : varOf.get(output)!;
  const source = `import allo\nfrom allo.ir.types import float32, int32\n${body}\n\ndef ${topFn}(${inputs.join(", ")}) -> ${ty(outNode.shape)}:\n${top.join("\n")}\n    return ${ret}\n\n\ns = allo.customize(${topFn})\n`;
  return { source, constants, kernelAt, kernels, top: topFn };
}
