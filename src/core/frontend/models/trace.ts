/**
 * The graph `allo.frontend.from_pytorch` records while a model's forward runs (as torch.fx does):
 * one node per tensor operation whose operands come from the traced inputs. Tensors that do not
 * depend on the inputs (weights, a causal mask built from sizes) are constants of the graph.
 */
import type { SourceRange } from "../../diagnostics";
import type { NDArray } from "../numpy/ndarray";
import type { PyValue, TraceRef } from "../values";

/** An operand: another node's result, a constant tensor (weights, masks) or a Python scalar. */
export type TraceOperand =
  | { readonly k: "node"; readonly id: number }
  | { readonly k: "const"; readonly a: NDArray }
  | { readonly k: "scalar"; readonly v: number };

export type TraceOp =
  | "input" | "linear" | "matmul" | "add" | "sub" | "mul" | "div" | "permute" | "reshape" | "softmax"
  | "layer_norm" | "gelu" | "gelu_tanh" | "relu" | "tanh" | "sigmoid" | "exp" | "neg" | "masked_fill" | "embedding" | "slice";

export interface TraceNode {
  readonly id: number;
  readonly op: TraceOp;
  readonly inputs: readonly TraceOperand[];
  /** perm (permute), dim (softmax), eps (layer_norm), value (masked_fill), name (input), starts/lengths (slice). */
  readonly attrs: Readonly<Record<string, number | string | readonly number[]>>;
  readonly shape: readonly number[];
  /** Where in the user's source the operation was called (the line that made it). */
  readonly at: SourceRange;
}

export class Tracer {
  readonly nodes: TraceNode[] = [];
  /** Weight arrays by identity → their state_dict name (filled before forward runs). */
  readonly paramNames = new Map<NDArray, string>();
  constructor(readonly at: () => SourceRange) {}

  ref(id: number): TraceRef {
    return { tracer: this, id };
  }

  /** The operand a value stands for in this trace (undefined: not a tensor or number). */
  operand(v: PyValue): TraceOperand | undefined {
    if (v.k === "tensor") return v.node && v.node.tracer === this ? { k: "node", id: v.node.id } : { k: "const", a: v.a };
    if (v.k === "int") return { k: "scalar", v: Number(v.v) };
    if (v.k === "float") return { k: "scalar", v: v.v };
    if (v.k === "bool") return { k: "scalar", v: v.v ? 1 : 0 };
    return undefined;
  }

  /** Records an operation when one of its operands is traced; returns the result tensor value. */
  record(op: TraceOp, operands: readonly PyValue[], attrs: TraceNode["attrs"], result: NDArray): PyValue {
    const traced = operands.some((v) => v.k === "tensor" && v.node?.tracer === this);
    if (!traced) return { k: "tensor", a: result };
    const inputs = operands.map((v) => this.operand(v) ?? { k: "scalar" as const, v: 0 });
    const id = this.nodes.length;
    this.nodes.push({ id, op, inputs, attrs, shape: [...result.shape], at: this.at() });
    return { k: "tensor", a: result, node: this.ref(id) };
  }

  input(name: string, a: NDArray): PyValue {
    const id = this.nodes.length;
    this.nodes.push({ id, op: "input", inputs: [], attrs: { name }, shape: [...a.shape], at: this.at() });
    return { k: "tensor", a, node: this.ref(id) };
  }
}

/** The tracer of the forward being traced, if any (tensor operations record into it). */
let active: Tracer | undefined;
export function activeTracer(): Tracer | undefined {
  return active;
}
export function withTracer<T>(t: Tracer, f: () => T): T {
  const prev = active;
  active = t;
  try {
    return f();
  } finally {
    active = prev;
  }
}
