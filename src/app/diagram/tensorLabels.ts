/**
 * Tensor shapes on the edges of a model's dataflow: an operator kernel (a kernel another kernel calls)
 * reading a tensor of the top or writing its result is labelled with the tensor it moves, `16×192 i8`,
 * as model diagrams are read, instead of an element count. Pure.
 */
import type { ArchEdge, ArchNode } from "../../core/arch/graph";

const SHORT: Record<string, string> = {
  float16: "f16", bfloat16: "bf16", float32: "f32", float64: "f64", bool: "bool", index: "index",
};

/** `int8[16, 192]` → `16×192 i8`; `float32` → `f32`; undefined when the type has no such form. */
export function compactType(type: string | undefined): string | undefined {
  if (!type) return undefined;
  const m = /^([A-Za-z_][\w(), ]*?)(?:\[([\d, ]+)\])?$/.exec(type.trim());
  if (!m) return undefined;
  const elem = m[1]!.trim();
  const short = SHORT[elem] ?? elem.replace(/^int(\d+)$/, "i$1").replace(/^uint(\d+)$/, "u$1");
  const dims = m[2] ? m[2].split(",").map((d) => d.trim()).filter(Boolean) : [];
  return dims.length ? `${dims.join("×")} ${short}` : short;
}

/** The tensor an edge moves between an operator kernel and a tensor of its caller, if it is one. */
export function edgeTensor(e: Pick<ArchEdge, "kind" | "from" | "to">, byId: ReadonlyMap<string, ArchNode>): string | undefined {
  if (e.kind !== "read" && e.kind !== "write") return undefined;
  const from = byId.get(e.from);
  const to = byId.get(e.to);
  if (!from || !to) return undefined;
  // The model's result: its last tensor leaving for the output memory.
  if (from.kind === "buffer" && to.kind === "memory") return compactType(to.type);
  const [tensor, kernel] = e.kind === "read" ? [from, to] : [to, from];
  if (kernel.kind !== "kernel" || !kernel.parent) return undefined;
  const outside = tensor.kind === "memory" || (tensor.kind === "buffer" && tensor.parent !== kernel.id && !isInside(tensor, kernel.id, byId));
  return outside ? compactType(tensor.type) : undefined;
}

function isInside(n: ArchNode, kernel: string, byId: ReadonlyMap<string, ArchNode>): boolean {
  for (let p = n.parent, hops = 0; p && hops < 64; p = byId.get(p)?.parent, hops++) if (p === kernel) return true;
  return false;
}
