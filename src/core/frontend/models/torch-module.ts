/**
 * The `torch`, `torch.nn` and `torch.nn.functional` namespaces of design files: which name is a
 * module class of the prelude (torch-prelude.ts), which a native function (tensor.ts), and the
 * state that belongs to one script run (the seeded generator behind torch.rand and parameters).
 */
import { NDArray, NumpyError } from "../numpy/ndarray";
import { Generator, draw } from "../numpy/random";
import { toArray } from "../numpy/module";
import type { PyObject, PyValue } from "../values";
import { describe, NONE, pyStr } from "../values";
import { tBinary, tEmbedding, tensor, tLayerNorm, tLinear, tMaskedFill, tMatmul, tPermute, tReshape, tSoftmax, tTranspose, tUnary } from "./tensor";
import { isSubclass } from "../classes";

type Kw = ReadonlyMap<string, PyValue>;
const fail = (type: string, msg: string): never => { throw new NumpyError(type, msg); };

export const PRELUDE_CLASSES = new Set(["Module", "Linear", "LayerNorm", "GELU", "ReLU", "Tanh", "Sigmoid", "Softmax", "Dropout", "Embedding", "ModuleList", "Sequential", "Identity"]);

const TORCH_FUNCS = new Set(["tensor", "from_numpy", "as_tensor", "ones", "zeros", "rand", "randn", "full", "arange", "tril", "triu", "matmul", "bmm", "softmax", "exp", "tanh", "sigmoid", "relu", "manual_seed", "transpose", "permute", "reshape", "masked_fill", "_param", "_const_param", "_normal_param", "_named_parameters", "_state_dict", "_load_state_dict", "no_grad", "where"]);
const F_FUNCS = new Set(["linear", "softmax", "gelu", "relu", "layer_norm", "dropout", "embedding", "tanh", "sigmoid"]);

/** `torch.X` / `nn.X` / `F.X`: a module path, a prelude class name ("class:Linear") or a native function. */
export function torchMember(path: string, attr: string): PyValue | { readonly preludeClass: string } | undefined {
  if (path === "torch") {
    if (attr === "nn") return { k: "module", path: "torch.nn" };
    if (attr === "Tensor" || attr === "float32" || attr === "float" || attr === "float64" || attr === "int64" || attr === "long" || attr === "bool") return { k: "builtin", name: `torch.${attr}` };
    if (TORCH_FUNCS.has(attr)) return { k: "builtin", name: `torch.${attr}` };
    return undefined;
  }
  if (path === "torch.nn") {
    if (attr === "functional") return { k: "module", path: "torch.nn.functional" };
    if (attr === "Parameter") return { k: "builtin", name: "torch.nn.Parameter" };
    if (PRELUDE_CLASSES.has(attr)) return { preludeClass: attr };
    return undefined;
  }
  if (path === "torch.nn.functional" && F_FUNCS.has(attr)) return { k: "builtin", name: `torch.nn.functional.${attr}` };
  return undefined;
}

/** Per-run torch state: the generator `torch.manual_seed` reseeds (seed 0 unless set). */
export class TorchState {
  rng = new Generator(0);
  /** The prelude's Module class (for walking parameters). */
  moduleClass?: PyValue & { k: "class" };
}

function shapeOf(args: readonly PyValue[]): number[] {
  const items = args.length === 1 && (args[0]!.k === "tuple" || args[0]!.k === "list") ? (args[0] as { items: readonly PyValue[] }).items : args;
  return items.map((x) => {
    if (x.k !== "int") fail("TypeError", `a size must be an int, got ${describe(x)}`);
    return Number((x as { v: bigint }).v);
  });
}

const num = (v: PyValue | undefined, dflt: number): number => (v === undefined || v.k === "none" ? dflt : v.k === "int" ? Number(v.v) : v.k === "float" ? v.v : v.k === "bool" ? (v.v ? 1 : 0) : fail("TypeError", `expected a number, got ${describe(v)}`));
const int = (v: PyValue | undefined, what: string): number => (v && v.k === "int" ? Number(v.v) : fail("TypeError", `${what} must be an int, got ${v ? describe(v) : "nothing"}`));
const positional = (args: readonly PyValue[], kw: Kw, i: number, name: string): PyValue | undefined => args[i] ?? kw.get(name);

/** Calls torch.* / torch.nn.functional.* (name without the "torch." prefix for torch functions). */
export function callTorch(name: string, args: readonly PyValue[], kw: Kw, st: TorchState): PyValue {
  const a0 = args[0] ?? NONE;
  switch (name) {
    case "torch.tensor": case "torch.as_tensor": case "torch.from_numpy": return tensor(toArray(a0).astype("float32"));
    case "torch.ones": return tensor(NDArray.filled("float32", shapeOf(args), 1));
    case "torch.zeros": return tensor(NDArray.filled("float32", shapeOf(args), 0));
    case "torch.full": return tensor(NDArray.filled("float32", shapeOf([a0]), num(args[1], 0)));
    case "torch.rand": return tensor(draw(shapeOf(args), "float32", () => st.rng.random()));
    case "torch.randn": return tensor(draw(shapeOf(args), "float32", () => st.rng.normal()));
    case "torch.arange": {
      const [lo, hi] = args.length >= 2 ? [num(args[0], 0), num(args[1], 0)] : [0, num(a0, 0)];
      return tensor(NDArray.fromFlat("float32", [Math.max(0, Math.ceil(hi - lo))], Array.from({ length: Math.max(0, Math.ceil(hi - lo)) }, (_, i) => lo + i)));
    }
    case "torch.manual_seed": st.rng = new Generator(int(a0, "seed")); return NONE;
    case "torch.tril": case "torch.triu": {
      if (a0.k !== "tensor" || a0.a.ndim < 2) return fail("TypeError", `${name}() takes a tensor of at least 2 dimensions`);
      if (a0.node) return fail("NotImplementedError", `${name} of a traced tensor: build masks from sizes (x.size(1)), not from the inputs' values`);
      const k = num(positional(args, kw, 1, "diagonal"), 0);
      const [r, c] = a0.a.shape.slice(-2) as [number, number];
      const keep = (i: number, j: number) => (name === "torch.tril" ? j - i <= k : j - i >= k);
      return tensor(NDArray.fromFlat("float32", a0.a.shape, a0.a.data.map((v, f) => (keep(Math.floor(f / c) % r, f % c) ? v : 0))));
    }
    case "torch.matmul": case "torch.bmm": return tMatmul(a0, args[1] ?? NONE);
    case "torch.softmax": case "torch.nn.functional.softmax": {
      const dim = positional(args, kw, 1, "dim");
      if (!dim || dim.k === "none") return fail("TypeError", "softmax() needs dim= (PyTorch's implicit dim is deprecated)");
      return tSoftmax(a0, int(dim, "dim"));
    }
    case "torch.exp": case "torch.tanh": case "torch.sigmoid": case "torch.relu":
    case "torch.nn.functional.tanh": case "torch.nn.functional.sigmoid": case "torch.nn.functional.relu":
      return tUnary(name.slice(name.lastIndexOf(".") + 1) as "exp", a0);
    case "torch.nn.functional.gelu": {
      const ap = kw.get("approximate");
      return tUnary(ap && ap.k === "str" && ap.v === "tanh" ? "gelu_tanh" : "gelu", a0);
    }
    case "torch.transpose": return tTranspose(a0, int(args[1], "dim0"), int(args[2], "dim1"));
    case "torch.permute": return tPermute(a0, shapeOf([args[1] ?? NONE]));
    case "torch.reshape": return tReshape(a0, shapeOf([args[1] ?? NONE]));
    case "torch.masked_fill": return tMaskedFill(a0, args[1] ?? NONE, num(args[2], 0));
    case "torch.nn.functional.linear": return tLinear(a0, args[1] ?? NONE, positional(args, kw, 2, "bias"));
    case "torch.nn.functional.layer_norm": {
      const ns = positional(args, kw, 1, "normalized_shape") ?? NONE;
      return tLayerNorm(a0, shapeOf([ns]), positional(args, kw, 2, "weight"), positional(args, kw, 3, "bias"), num(positional(args, kw, 4, "eps"), 1e-5));
    }
    case "torch.nn.functional.dropout": return a0;
    case "torch.nn.functional.embedding": return tEmbedding(a0, args[1] ?? NONE);
    case "torch.nn.Parameter": return a0.k === "tensor" ? { k: "tensor", a: a0.a, param: true } : fail("TypeError", "nn.Parameter() takes a tensor");
    case "torch._param": {
      const bound = 1 / Math.sqrt(num(args[1], 1));
      return { k: "tensor", a: draw(shapeOf([a0]), "float32", () => (st.rng.random() * 2 - 1) * bound), param: true };
    }
    case "torch._const_param": return { k: "tensor", a: NDArray.filled("float32", shapeOf([a0]), num(args[1], 0)), param: true };
    case "torch._normal_param": return { k: "tensor", a: draw(shapeOf([a0]), "float32", () => st.rng.normal()), param: true };
    case "torch._named_parameters": return { k: "list", items: namedParameters(a0, st).map(([n, t]) => ({ k: "tuple", items: [pyStr(n), t] })) };
    case "torch._state_dict": return { k: "dict", entries: new Map(namedParameters(a0, st)) };
    case "torch._load_state_dict": {
      const sd = args[1] ?? NONE;
      if (sd.k !== "dict") return fail("TypeError", `load_state_dict() takes a dict of name → tensor or array, got ${describe(sd)}`);
      const params = new Map(namedParameters(a0, st));
      const missing = [...params.keys()].filter((k) => !sd.entries.has(k));
      const unexpected = [...sd.entries.keys()].filter((k) => !params.has(k));
      const strict = args[2] === undefined || args[2].k !== "bool" || args[2].v;
      if (strict && (missing.length || unexpected.length)) fail("RuntimeError", `Error(s) in loading state_dict: ${missing.length ? `Missing key(s): ${missing.map((m) => `"${m}"`).join(", ")}. ` : ""}${unexpected.length ? `Unexpected key(s): ${unexpected.map((m) => `"${m}"`).join(", ")}.` : ""}`);
      for (const [k, p] of params) {
        const v = sd.entries.get(k);
        if (!v || p.k !== "tensor") continue;
        const src = toArray(v.k === "tensor" ? { k: "ndarray", a: v.a } : v);
        if (src.size !== p.a.size || src.ndim !== p.a.ndim || src.shape.some((d, i) => d !== p.a.shape[i])) fail("RuntimeError", `size mismatch for ${k}: copying a param with shape (${src.shape.join(", ")}), the shape in the model is (${p.a.shape.join(", ")})`);
        for (let i = 0; i < src.size; i++) p.a.data[i] = Math.fround(src.data[i]!);
      }
      return NONE;
    }
    case "torch.no_grad": return NONE;
    default: return fail("NotImplementedError", `${name} is not supported by Allo Studio's torch subset`);
  }
}

/** state_dict order: a module's own parameters, then its submodules' (attribute order, as PyTorch registers them). */
export function namedParameters(root: PyValue, st: TorchState): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const seen = new Set<PyObject>();
  const walk = (m: PyObject, prefix: string): void => {
    if (seen.has(m)) return;
    seen.add(m);
    const subs: [string, PyObject][] = [];
    for (const [k, v] of m.attrs) {
      if (k.startsWith("_")) continue;
      if (v.k === "tensor" && v.param) out.push([prefix + k, v]);
      else if (v.k === "object" && (!st.moduleClass || isSubclass(v.cls, st.moduleClass))) subs.push([k, v]);
    }
    for (const [k, v] of subs) walk(v, `${prefix}${k}.`);
  };
  if (root.k !== "object") return fail("TypeError", `expected an nn.Module, got ${describe(root)}`);
  walk(root, "");
  return out;
}

export { tBinary };
