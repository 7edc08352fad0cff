/**
 * Allo's tensor functions called outside a kernel (`allo.matmul(np_A, np_B)` in a script): Allo's
 * allo/dsl.py defines them as numpy code, so a script gets numpy's results, dtypes included. Inside a
 * kernel the same names are lowered to loops (frontend/tensor-ops.ts), with the generated code's types.
 */
import type { PyValue } from "../values";
import { NONE, pyFloat, pyInt } from "../values";
import { callNumpy, toArray, wrap } from "./module";
import { NDArray, NumpyError } from "./ndarray";
import { kindOf, promote } from "./dtype";

type Kw = ReadonlyMap<string, PyValue>;

const NO_KW: Kw = new Map();
const np = (fn: string, args: readonly PyValue[], kw: Kw = NO_KW): PyValue => callNumpy(`numpy.${fn}`, args, kw);
const kwOf = (entries: Record<string, PyValue>): Kw => new Map(Object.entries(entries));

/** The dsl.py functions, each a numpy model. */
const DSL = new Set([
  "grid", "reduction", "matmul", "bmm", "add", "sub", "mul", "div", "copy", "transpose", "exp", "log", "log2", "log10", "abs", "softmax",
  "sqrt", "sin", "cos", "tan", "tanh", "power", "relu", "conv2d", "maxpool", "sumpool", "linear", "view", "layernorm",
  "gelu", "ones", "zeros", "tril", "concat",
]);

export function isAlloDslFunction(name: string): boolean {
  return DSL.has(name);
}

/** `allo.<name>(...)` on numpy values, as allo/dsl.py computes it. `name=` (and a loop's `pipeline=`/`unroll=`) are accepted and ignored, as there. */
export function callAlloDsl(name: string, args: readonly PyValue[], kwIn: Kw): PyValue {
  const kw = new Map(kwIn);
  kw.delete("name");
  const arg = (i: number, key: string, fallback?: PyValue): PyValue => {
    const v = args[i] ?? kw.get(key) ?? fallback;
    if (v === undefined) throw new NumpyError("TypeError", `allo.${name}() missing required argument '${key}'`);
    return v;
  };
  switch (name) {
    // np.ndindex(*extents): index tuples, also for one extent (`for k in allo.reduction(K)` gives (k,) in CPython)
    case "grid": case "reduction": return np("ndindex", args);
    case "matmul": return np("matmul", [arg(0, "lhs"), arg(1, "rhs")]);
    case "bmm": {
      const [a, b] = [toArray(arg(0, "lhs")), toArray(arg(1, "rhs"))];
      // np.einsum("ijk,ikn->ijn", ...): 3-D operands with equal batch and inner sizes
      if (a.ndim !== 3 || b.ndim !== 3 || a.shape[0] !== b.shape[0] || a.shape[2] !== b.shape[1]) {
        throw new NumpyError("ValueError", `einsum ijk,ikn->ijn: operands of shape (${a.shape.join(", ")}) and (${b.shape.join(", ")}) do not match`);
      }
      return np("matmul", [{ k: "ndarray", a }, { k: "ndarray", a: b }]);
    }
    case "add": return np("add", [arg(0, "lhs"), arg(1, "rhs")]);
    case "sub": return np("subtract", [arg(0, "lhs"), arg(1, "rhs")]);
    case "mul": return np("multiply", [arg(0, "lhs"), arg(1, "rhs")]);
    case "div": return np("divide", [arg(0, "lhs"), arg(1, "rhs")]);
    case "copy": return np("copy", [arg(0, "x")]);
    case "transpose": return np("transpose", [arg(0, "x"), arg(1, "axes", NONE)]);
    case "exp": case "log": case "log2": case "log10": case "abs": case "sqrt": case "sin": case "cos": case "tan": case "tanh":
      return np(name, [arg(0, "x")]);
    case "power": return np("power", [arg(0, "x"), arg(1, "y")]);
    case "relu": return np("maximum", [arg(0, "x"), pyInt(0)]);
    case "softmax": {
      const x = arg(0, "x");
      const e = np("exp", [np("subtract", [x, np("max", [x], kwOf({ axis: pyInt(-1), keepdims: { k: "bool", v: true } }))])]);
      return np("divide", [e, np("sum", [e], kwOf({ axis: pyInt(-1), keepdims: { k: "bool", v: true } }))]);
    }
    case "linear": {
      const w = arg(1, "A");
      const y = np("matmul", [arg(0, "X"), np("transpose", [w])]);
      const b = arg(2, "bias", NONE);
      return b.k === "none" ? y : np("add", [y, b]);
    }
    case "view": return np("reshape", [arg(0, "x"), arg(1, "shape")]);
    case "layernorm": {
      const x = arg(0, "x");
      const eps = arg(3, "eps", pyFloat(1e-5));
      const axis = kwOf({ axis: pyInt(-1), keepdims: { k: "bool", v: true } });
      const mean = np("mean", [x], axis);
      const variance = np("var", [x], axis);
      const num = np("multiply", [arg(1, "gamma"), np("subtract", [x, mean])]);
      return np("add", [np("divide", [num, np("sqrt", [np("add", [variance, eps])])]), arg(2, "beta")]);
    }
    case "gelu": {
      // 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x**3)))
      const x = arg(0, "x");
      const inner = np("multiply", [pyFloat(Math.sqrt(2 / Math.PI)), np("add", [x, np("multiply", [pyFloat(0.044715), np("power", [x, pyInt(3)])])])]);
      return np("multiply", [np("multiply", [pyFloat(0.5), x]), np("add", [pyInt(1), np("tanh", [inner])])]);
    }
    case "ones": case "zeros": return np(name, [arg(0, "shape")], kwOf({ dtype: arg(1, "dtype", NONE) }));
    case "tril": return np("tril", [arg(0, "x")]);
    case "concat": return np("concatenate", [{ k: "tuple", items: [arg(0, "x"), arg(1, "y")] }], kwOf({ axis: arg(2, "axis", pyInt(0)) }));
    case "conv2d": return window("conv2d", toArray(arg(0, "inp")), toArray(arg(1, "filter")));
    case "maxpool": case "sumpool": return window(name, toArray(arg(0, "inp")), toArray(arg(1, "filter")));
    default: throw new NumpyError("NotImplementedError", `allo.${name}() has no numpy model here`);
  }
}

/**
 * dsl.py's strided-window models: conv2d (einsum "fcij,nchwij->nfhw", dtype of both operands
 * promoted), maxpool (np.max over the window, the input's dtype) and sumpool (np.sum, integers widened
 * to 64 bits as numpy's sum does).
 */
function window(op: "conv2d" | "maxpool" | "sumpool", inp: NDArray, filt: NDArray): PyValue {
  if (inp.ndim !== 4) throw new NumpyError("ValueError", `allo.${op}() takes an NCHW input (4-D); got shape (${inp.shape.join(", ")})`);
  const conv = op === "conv2d";
  if (filt.ndim !== (conv ? 4 : 2)) throw new NumpyError("ValueError", `allo.${op}() takes a ${conv ? "4-D FCHW filter" : "2-D window"}; got shape (${filt.shape.join(", ")})`);
  const [N, C, H, W] = inp.shape as [number, number, number, number];
  const [KH, KW] = filt.shape.slice(-2) as [number, number];
  const F = conv ? filt.shape[0]! : C;
  if (conv && filt.shape[1] !== C) throw new NumpyError("ValueError", `allo.conv2d(): the input has ${C} channels and the filter ${filt.shape[1]}`);
  const OH = H - KH + 1;
  const OW = W - KW + 1;
  if (OH < 1 || OW < 1) throw new NumpyError("ValueError", `allo.${op}(): the ${KH}x${KW} window is larger than the ${H}x${W} input`);
  const at = (n: number, c: number, h: number, w: number) => inp.data[((n * C + c) * H + h) * W + w]!;
  const dtype = conv ? promote(inp.dtype, filt.dtype)
    : op === "sumpool" && kindOf(inp.dtype) !== "f" ? (kindOf(inp.dtype) === "u" ? "uint64" : "int64") : inp.dtype;
  const data: number[] = [];
  for (let n = 0; n < N; n++) for (let f = 0; f < F; f++) for (let oh = 0; oh < OH; oh++) for (let ow = 0; ow < OW; ow++) {
    let acc = op === "maxpool" ? -Infinity : 0;
    for (let c = conv ? 0 : f; c < (conv ? C : f + 1); c++) for (let i = 0; i < KH; i++) for (let j = 0; j < KW; j++) {
      const x = at(n, c, oh + i, ow + j);
      if (op === "maxpool") acc = Number.isNaN(x) || x > acc ? x : acc;
      else acc += conv ? x * filt.data[((f * C + c) * KH + i) * KW + j]! : x;
    }
    data.push(acc);
  }
  return wrap(NDArray.fromFlat(dtype, [N, F, OH, OW], data));
}
