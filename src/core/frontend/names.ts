/**
 * What the names of Allo's Python packages resolve to in the script interpreter. One table, so the
 * interpreter, the kernel lowering and the editor's hover docs agree on the surface.
 */
import type { ScalarType } from "../types/types";
import { BF16, BOOL, F16, F32, F64, INDEX, intType } from "../types/types";
import { editDistance } from "../suggest";
import type { PyValue } from "./values";
import { STDLIB_MODULES, stdlibMember, stdlibMembers } from "./script-native";

function typeAliases(): Map<string, ScalarType> {
  const m = new Map<string, ScalarType>();
  for (let b = 1; b <= 16; b++) {
    m.set(`int${b}`, intType(b, true));
    m.set(`uint${b}`, intType(b, false));
  }
  for (const b of [32, 64, 128, 256, 512]) {
    m.set(`int${b}`, intType(b, true));
    m.set(`uint${b}`, intType(b, false));
  }
  m.set("bool", BOOL);
  m.set("index", INDEX);
  m.set("float16", F16);
  m.set("half", F16);
  m.set("bfloat16", BF16);
  m.set("float32", F32);
  m.set("float64", F64);
  return m;
}

export const TYPE_ALIASES: ReadonlyMap<string, ScalarType> = typeAliases();

/** Names exported by `allo` that are callables/markers of the kernel language or the schedule script. */
const ALLO_BUILTINS = [
  "customize", "grid", "reduction", "matmul", "bmm", "add", "sub", "mul", "div", "exp", "log", "log2", "log10",
  "sqrt", "sin", "cos", "tan", "tanh", "power", "abs", "relu", "copy", "transpose", "meta_if", "meta_elif",
  "meta_else", "meta_for", "Memory", "Layout", "verify", "ones", "zeros", "linear", "softmax", "conv2d",
  "maxpool", "sumpool", "view", "concat", "layernorm", "gelu", "tril", "get_pid", "LLVMModule", "HLSModule",
];
/** The kernel-language functions of `allo/dsl.py` (also exported as `allo.<name>`). */
const DSL_BUILTINS = [
  "grid", "reduction", "matmul", "bmm", "add", "sub", "mul", "div", "exp", "log", "log2", "log10", "sqrt", "sin",
  "cos", "tan", "tanh", "power", "abs", "relu", "copy", "transpose", "ones", "zeros", "linear", "softmax", "conv2d",
  "maxpool", "sumpool", "view", "concat", "layernorm", "gelu", "tril",
];
const TYPES_BUILTINS = ["Int", "UInt", "Float", "Fixed", "UFixed", "Stateful", "ConstExpr", "Stream", "Struct", "Memory"];
const DATAFLOW_BUILTINS = ["region", "kernel", "get_pid", "build", "customize", "pipe", "array", "gather", "scatter"];

/** Resolves `module.attr` for the Python packages a design may import. */
export function moduleMember(path: string, attr: string): PyValue | undefined {
  const full = `${path}.${attr}`;
  switch (path) {
    case "allo":
      if (attr === "ir") return { k: "module", path: "allo.ir" };
      if (attr === "dataflow") return { k: "module", path: "allo.dataflow" };
      if (attr === "dsl") return { k: "module", path: "allo.dsl" };
      if (attr === "Partition") return { k: "module", path: "allo.Partition" };
      if (attr === "frontend") return { k: "module", path: "allo.frontend" };
      if (attr === "backend") return { k: "module", path: "allo.backend" };
      if (attr === "library") return { k: "module", path: "allo.library" };
      if (ALLO_BUILTINS.includes(attr)) return { k: "builtin", name: full };
      return typesMember(attr);
    case "allo.ir":
      if (attr === "types") return { k: "module", path: "allo.ir.types" };
      return undefined;
    case "allo.ir.types":
      return typesMember(attr);
    case "allo.library":
      // the library's modules (their members come from the library's own source, library/load.ts)
      if (attr === "nn" || attr === "systolic") return { k: "module", path: full };
      return undefined;
    case "allo.Partition":
      if (attr === "Complete" || attr === "Block" || attr === "Cyclic") return { k: "builtin", name: full };
      return undefined;
    case "allo.dataflow":
      if (DATAFLOW_BUILTINS.includes(attr)) return { k: "builtin", name: full };
      return undefined;
    case "allo.frontend":
      if (attr === "from_pytorch") return { k: "builtin", name: full };
      return undefined;
    case "allo.backend":
      if (attr === "hls" || attr === "xls") return { k: "module", path: full };
      return { k: "opaque", what: full };
    case "allo.backend.hls": case "allo.backend.xls":
      // No vendor tool (Vitis, XLS) runs here: is_available() is False, so guarded hardware runs skip.
      if (attr === "is_available") return { k: "builtin", name: full };
      return { k: "opaque", what: full };
    case "allo.dsl":
      // `from allo import dsl; dsl.grid(...)` is `allo.grid`. A near miss of a known function is an error
      // (with "did you mean"); other names stay unmodelled, as before.
      if (DSL_BUILTINS.includes(attr)) return { k: "builtin", name: `allo.${attr}` };
      return DSL_BUILTINS.some((b) => editDistance(attr, b) <= Math.max(1, Math.floor(attr.length / 3))) ? undefined : { k: "opaque", what: full };
    case "ml_dtypes":
      // ml_dtypes' bfloat16 is a numpy dtype here (float8 and int4 types are not)
      if (attr === "bfloat16") return { k: "builtin", name: "numpy.bfloat16" };
      return undefined;
    case "allo.primitives":
      if (attr === "unify") return { k: "module", path: full };
      return { k: "opaque", what: full };
    case "allo.primitives.unify":
      if (attr === "unify") return { k: "builtin", name: full };
      return { k: "opaque", what: full };
    case "allo.ir.utils":
      // MockBuffer("func", "name"): a buffer of a function, as schedule primitives take it
      if (attr === "MockBuffer") return { k: "builtin", name: full };
      return { k: "opaque", what: full };
    case "allo.utils":
      // get_np_struct_type: named so that calling it says why it cannot run (interp.ts), not "opaque"
      if (attr === "get_np_struct_type") return { k: "builtin", name: full };
      return { k: "opaque", what: full };
    case "allo.memory":
      if (attr === "Memory" || attr === "Layout") return { k: "builtin", name: `allo.${attr}` };
      return undefined;
    case "allo.Layout":
      if (attr === "Shard" || attr === "Replicate") return { k: "builtin", name: full };
      return undefined;
    case "math":
      if (attr === "pi") return { k: "float", v: Math.PI };
      if (attr === "e") return { k: "float", v: Math.E };
      return { k: "builtin", name: full };
    case "numpy":
      if (attr === "array" || attr === "asarray") return { k: "builtin", name: full };
      return { k: "opaque", what: full };
    default:
      if (STDLIB_MODULES.has(path)) return stdlibMember(path, attr);
      // anything else we do not model: opaque, evaluated lazily to nothing.
      return { k: "opaque", what: `${full}` };
  }
}

function typesMember(attr: string): PyValue | undefined {
  const t = TYPE_ALIASES.get(attr);
  if (t) return { k: "type", t };
  if (TYPES_BUILTINS.includes(attr)) return { k: "builtin", name: `allo.ir.types.${attr}` };
  return undefined;
}

/** The members of a module `moduleMember` knows by name (the candidates for a misspelled one; [] if unlisted). */
export function moduleMembers(path: string): string[] {
  switch (path) {
    case "allo": return ["ir", "dataflow", "dsl", "Partition", ...ALLO_BUILTINS, ...TYPE_ALIASES.keys(), ...TYPES_BUILTINS];
    case "allo.ir": return ["types"];
    case "allo.ir.types": return [...TYPE_ALIASES.keys(), ...TYPES_BUILTINS];
    case "allo.Partition": return ["Complete", "Block", "Cyclic"];
    case "allo.dataflow": return [...DATAFLOW_BUILTINS];
    case "allo.dsl": return [...DSL_BUILTINS];
    default: return STDLIB_MODULES.has(path) ? stdlibMembers(path) : [];
  }
}

/** Canonical module path of an import ("allo.ir.types"), or undefined if we do not know it. */
export function knownModule(path: string): boolean {
  return ["allo", "allo.ir", "allo.ir.types", "allo.dataflow", "numpy", "math", "allo.customize", "allo.memory",
    "allo.ir.utils", "allo.backend", "allo.library", "allo.spmw", "pytest", "sys", "os", "typing",
    "allo.template", "allo.dsl", "torch", "torch.nn", "torch.nn.functional", "ml_dtypes"].includes(path) || STDLIB_MODULES.has(path) || path.startsWith("allo.") || path.startsWith("numpy");
}

/** Schedule methods (reference §2.2); the value is what the call returns to the script. */
export const SCHEDULE_METHODS = new Set([
  "split", "reorder", "fuse", "tile", "unroll", "pipeline", "parallel", "partition", "reshape", "buffer_at",
  "reuse_at", "compute_at", "to", "unfold", "inline", "dataflow", "compose", "get_loops", "build",
  "get_equivalent_variables", "relay", "bind", "outline",
]);
