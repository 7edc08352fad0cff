/**
 * Kernels an imported design defines itself, for ONNX operators the NN library has no kernel for
 * (ReduceSum, Clip). They are written into design.py above the top, as readable Allo templates a
 * user can edit, and compiled like any user kernel.
 */

export interface LocalKernel {
  readonly name: string;
  readonly source: string;
}

const iv = (r: number) => Array.from({ length: r }, (_, d) => `i${d}`);
const dims = (r: number) => Array.from({ length: r }, (_, d) => `N${d}`);

/** `reduce_sum2d[Ty, B, C](X[B, C]) -> [B, 1]`: row sums, accumulated in the element type (as ONNX). */
const reduceSum2d: LocalKernel = {
  name: "reduce_sum2d",
  source: `def reduce_sum2d[Ty, B, C](X: "Ty[B, C]") -> "Ty[B, 1]":
    Z: Ty[B, 1]
    for i in range(B, name="sum"):
        acc: Ty = 0
        for j in allo.reduction(C):
            acc += X[i, j]
        Z[i, 0] = acc
    return Z`,
};

/** `reduce_{max,min}2d[Ty, B, C](X[B, C]) -> [B, 1]`: each row's largest / smallest element (ONNX ReduceMax / ReduceMin). */
function reduceExtreme(kind: "max" | "min"): LocalKernel {
  return {
    name: `reduce_${kind}2d`,
    source: `def reduce_${kind}2d[Ty, B, C](X: "Ty[B, C]") -> "Ty[B, 1]":
    Z: Ty[B, 1]
    for i in range(B, name="${kind}"):
        acc: Ty = X[i, 0]
        for j in allo.reduction(C):
            if X[i, j] ${kind === "max" ? ">" : "<"} acc:
                acc = X[i, j]
        Z[i, 0] = acc
    return Z`,
  };
}

/** `clip{r}d[Ty, N..](X, lo, hi) -> [N..]`: ONNX Clip, max(lo) first then min(hi), so lo > hi gives hi. */
function clip(r: number): LocalKernel {
  const ix = iv(r).join(", ");
  return {
    name: `clip${r}d`,
    source: `def clip${r}d[Ty, ${dims(r).join(", ")}](X: "Ty[${dims(r).join(", ")}]", lo: "Ty", hi: "Ty") -> "Ty[${dims(r).join(", ")}]":
    Z: Ty[${dims(r).join(", ")}]
    for ${ix} in allo.grid(${dims(r).join(", ")}, name="clip"):
        v: Ty = X[${ix}]
        if v < lo:
            v = lo
        if v > hi:
            v = hi
        Z[${ix}] = v
    return Z`,
  };
}

export const LOCAL: Readonly<Record<string, LocalKernel>> = {
  reduce_sum2d: reduceSum2d,
  reduce_max2d: reduceExtreme("max"),
  reduce_min2d: reduceExtreme("min"),
  clip1d: clip(1),
  clip2d: clip(2),
  clip3d: clip(3),
  clip4d: clip(4),
};

/** The values of an ONNX integer element type (for a Clip bound left out). */
export function intRange(dtype: string): [number, number] {
  const bits = Number(dtype.replace(/\D+/g, "")) || 32;
  if (dtype.startsWith("u")) return [0, 2 ** bits - 1];
  return [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}
