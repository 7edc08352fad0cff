/**
 * Operator families the ONNX and PyTorch paths need beyond Allo's library, one kernel per rank (and
 * per permutation for transposes), written out as Allo source by these generators because Allo
 * kernels have fixed ranks. Names say the rank: `add2d`, `tanh3d`, `reshape2d_4d`, `transpose4d_0213`.
 *
 * Broadcasting (numpy rules, operands already of the output's rank): an operand dimension of 1
 * against an output dimension Z is indexed `i * (A // Z)`, i.e. always 0, while a full dimension
 * gives `i * 1`, so one kernel text serves every broadcast pattern of its rank.
 */
import type { LibraryOp } from "../op";

const RANKS = [1, 2, 3, 4];
const iv = (r: number) => Array.from({ length: r }, (_, d) => `i${d}`);
const dims = (p: string, r: number) => Array.from({ length: r }, (_, d) => `${p}${d}`);
const ann = (ty: string, p: string, r: number) => `"${ty}[${dims(p, r).join(", ")}]"`;
const grid = (p: string, r: number, name: string) => `for ${iv(r).join(", ")} in allo.grid(${dims(p, r).join(", ")}, name="${name}"):`;
/** Index of a broadcast operand with dims `p` into an output with dims Z. */
const bidx = (p: string, r: number) => iv(r).map((i, d) => `${i} * (${p}${d} // Z${d})`).join(", ");

/** The schedule of a data-movement kernel: its innermost loop pipelined (one element a cycle). */
const innermostSchedule = (k: string, r: number) => `

def schedule_${k}(s):
    s.pipeline("${k}:i${r - 1}")
    return s
`;

/** Elementwise binary operators with numpy broadcasting: `{op}{r}d[Ty, Z.., A.., B..](A, B) -> Ty[Z..]`. */
const BINARY: Record<string, (a: string, b: string) => string> = {
  add: (a, b) => `${a} + ${b}`,
  sub: (a, b) => `${a} - ${b}`,
  mul: (a, b) => `${a} * ${b}`,
  div: (a, b) => `${a} / ${b}`,
  pow: (a, b) => `allo.power(${a}, ${b})`,
};

function binaryOp(op: string, r: number): LibraryOp {
  const k = `${op}${r}d`;
  const body = BINARY[op]!(`A[${bidx("A", r)}]`, `B[${bidx("B", r)}]`);
  return {
    kernel: k,
    schedule: `schedule_${k}`,
    source: `
def ${k}[Ty, ${dims("Z", r).join(", ")}, ${dims("A", r).join(", ")}, ${dims("B", r).join(", ")}](A: ${ann("Ty", "A", r)}, B: ${ann("Ty", "B", r)}) -> ${ann("Ty", "Z", r)}:
    Z: Ty[${dims("Z", r).join(", ")}]
    ${grid("Z", r, op)}
        Z[${iv(r).join(", ")}] = ${body}
    return Z


def schedule_${k}(s):
    s.pipeline("${k}:i${r - 1}")
    return s
`,
  };
}

/**
 * Elementwise unary operators `{op}{r}d[Ty, N..](X) -> Ty[N..]`. erf uses Abramowitz–Stegun 7.1.26
 * (|error| ≤ 1.5e-7, below float32's resolution of erf near 1), since HLS math has no erf; gelu is
 * torch's exact GELU, 0.5·x·(1 + erf(x/√2)), with that erf.
 */
const UNARY: Record<string, (x: string) => string> = {
  tanh: (x) => `allo.tanh(${x})`,
  sqrt: (x) => `allo.sqrt(${x})`,
  exp: (x) => `allo.exp(${x})`,
  log: (x) => `allo.log(${x})`,
  sigmoid: (x) => `1.0 / (1.0 + allo.exp(-${x}))`,
  neg: (x) => `-${x}`,
  abs: (x) => `allo.abs(${x})`,
};

function unaryOp(op: string, r: number): LibraryOp {
  const k = `${op}${r}d`;
  const x = `X[${iv(r).join(", ")}]`;
  const body = op === "gelu"
    ? `        x: Ty = ${x}
        z: Ty = x * 0.7071067811865476
        a: Ty = allo.abs(z)
        t: Ty = 1.0 / (1.0 + 0.3275911 * a)
        y: Ty = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * allo.exp(-a * a)
        e: Ty = y if z >= 0.0 else -y
        Z[${iv(r).join(", ")}] = 0.5 * x * (1.0 + e)`
    : op === "erf"
    ? `        x: Ty = ${x}
        a: Ty = allo.abs(x)
        t: Ty = 1.0 / (1.0 + 0.3275911 * a)
        y: Ty = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * allo.exp(-a * a)
        Z[${iv(r).join(", ")}] = y if x >= 0.0 else -y`
    : op === "relu"
      ? `        Z[${iv(r).join(", ")}] = max(0.0, ${x})`
      : `        Z[${iv(r).join(", ")}] = ${UNARY[op]!(x)}`;
  return {
    kernel: k,
    schedule: `schedule_${k}`,
    source: `
def ${k}[Ty, ${dims("N", r).join(", ")}](X: ${ann("Ty", "N", r)}) -> ${ann("Ty", "N", r)}:
    Z: Ty[${dims("N", r).join(", ")}]
    ${grid("N", r, op)}
${body}
    return Z


def schedule_${k}(s):
    s.pipeline("${k}:i${r - 1}")
    return s
`,
  };
}

/** `cast{r}d[TyI, TyO, N..](X) -> TyO[N..]`: float → int truncates toward zero, int → float rounds to nearest. */
function castOp(r: number): LibraryOp {
  const k = `cast${r}d`;
  return {
    kernel: k,
    schedule: `schedule_${k}`,
    source: `
def ${k}[TyI, TyO, ${dims("N", r).join(", ")}](X: ${ann("TyI", "N", r)}) -> ${ann("TyO", "N", r)}:
    Z: TyO[${dims("N", r).join(", ")}]
    ${grid("N", r, "cast")}
        Z[${iv(r).join(", ")}] = X[${iv(r).join(", ")}]
    return Z
${innermostSchedule(k, r)}`,
  };
}

/** `where{r}d[Ty, Z.., C.., A.., B..](C: bool, A, B) -> Ty[Z..]`: A where C else B, broadcasting all three. */
function whereOp(r: number): LibraryOp {
  const k = `where${r}d`;
  return {
    kernel: k,
    schedule: `schedule_${k}`,
    source: `
def ${k}[Ty, ${dims("Z", r).join(", ")}, ${dims("C", r).join(", ")}, ${dims("A", r).join(", ")}, ${dims("B", r).join(", ")}](C: ${ann("bool", "C", r)}, A: ${ann("Ty", "A", r)}, B: ${ann("Ty", "B", r)}) -> ${ann("Ty", "Z", r)}:
    Z: Ty[${dims("Z", r).join(", ")}]
    ${grid("Z", r, "where")}
        Z[${iv(r).join(", ")}] = A[${bidx("A", r)}] if C[${bidx("C", r)}] else B[${bidx("B", r)}]
    return Z
${innermostSchedule(k, r)}`,
  };
}

/**
 * `reshape{a}d_{b}d[Ty, N.., M..](X: Ty[N..]) -> Ty[M..]`: the same elements in C order (torch view,
 * ONNX Reshape/Flatten); the element counts must agree.
 */
function reshapeOp(a: number, b: number): LibraryOp {
  const k = `reshape${a}d_${b}d`;
  // flat index of the output position, then the input position it comes from
  const flat = iv(b).reduce((acc, i, d) => (d === 0 ? i : `(${acc}) * M${d} + ${i}`), "");
  const src = Array.from({ length: a }, (_, d) => {
    const stride = dims("N", a).slice(d + 1).join(" * ") || "1";
    return d === 0 ? `f // (${stride})` : `f // (${stride}) % N${d}`;
  });
  return {
    kernel: k,
    schedule: `schedule_${k}`,
    source: `
def ${k}[Ty, ${dims("N", a).join(", ")}, ${dims("M", b).join(", ")}](X: ${ann("Ty", "N", a)}) -> ${ann("Ty", "M", b)}:
    Z: Ty[${dims("M", b).join(", ")}]
    for ${iv(b).join(", ")} in allo.grid(${dims("M", b).join(", ")}, name="reshape"):
        f: index = ${flat}
        Z[${iv(b).join(", ")}] = X[${src.join(", ")}]
    return Z
${innermostSchedule(k, b)}`,
  };
}

/**
 * Row-wise operators over the last axis at ranks 3 and 4 (softmax2d and layer_norm_eps are the 2-D
 * ones), so a model's [B, L, D] or [B, H, L, L] tensor needs no reshape around them:
 * `softmax{r}d[Ty, N..](X) -> Ty[N..]` and `layer_norm{r}d[Ty, N..](X, gamma[N_last], beta[N_last], eps)`
 * (two-pass variance, as layer_norm_eps, so both give the same bits on a row).
 */
function rowOp(op: "softmax" | "layer_norm", r: number): LibraryOp {
  const k = `${op}${r}d`;
  const o = iv(r - 1);
  const last = `N${r - 1}`;
  const at = (j: string) => `X[${[...o, j].join(", ")}]`;
  const out = (j: string) => `Z[${[...o, j].join(", ")}]`;
  const head = `for ${o.join(", ")} in allo.grid(${dims("N", r - 1).join(", ")}, name="rows"):`;
  const body = op === "softmax"
    ? `    E: Ty[${last}]
    ${head}
        m: Ty = -1000000000000.0
        for j in range(${last}):
            if ${at("j")} > m:
                m = ${at("j")}
        s: Ty = 0.0
        for j1 in range(${last}):
            E[j1] = allo.exp(${at("j1")} - m)
            s += E[j1]
        for j2 in range(${last}):
            ${out("j2")} = E[j2] / s`
    : `    ${head}
        mean: Ty = 0.0
        for j in range(${last}):
            mean += ${at("j")}
        var: Ty = 0.0
        for j1 in range(${last}):
            d: Ty = ${at("j1")} - mean / float(${last})
            var += d * d
        for j2 in range(${last}):
            ${out("j2")} = gamma[j2] * (${at("j2")} - mean / float(${last})) / allo.sqrt(var / float(${last}) + eps) + beta[j2]`;
  const params = op === "softmax" ? `X: ${ann("Ty", "N", r)}` : `X: ${ann("Ty", "N", r)}, gamma: "Ty[${last}]", beta: "Ty[${last}]", eps: "Ty"`;
  const loops = op === "softmax" ? ["j1", "j2"] : ["j", "j1", "j2"];
  return {
    kernel: k,
    schedule: `schedule_${k}`,
    source: `
def ${k}[Ty, ${dims("N", r).join(", ")}](${params}) -> ${ann("Ty", "N", r)}:
    Z: Ty[${dims("N", r).join(", ")}]
${body}
    return Z


def schedule_${k}(s):
${loops.map((l) => `    s.pipeline("${k}:${l}")`).join("\n")}
    return s
`,
  };
}

function permutations(r: number): number[][] {
  if (r === 1) return [[0]];
  const out: number[][] = [];
  for (const p of permutations(r - 1)) for (let at = 0; at <= p.length; at++) out.push([...p.slice(0, at), r - 1, ...p.slice(at)]);
  return out.sort((x, y) => x.join("").localeCompare(y.join("")));
}

/** `transpose{r}d_{perm}[Ty, N..](X: Ty[N..]) -> Ty[N[perm]..]`: output dim d is input dim perm[d] (numpy/ONNX). */
function transposeOp(perm: readonly number[]): LibraryOp {
  const r = perm.length;
  const k = `transpose${r}d_${perm.join("")}`;
  const outDims = perm.map((p) => `N${p}`);
  const srcIdx = Array.from({ length: r }, (_, d) => `i${perm.indexOf(d)}`);
  return {
    kernel: k,
    schedule: `schedule_${k}`,
    source: `
def ${k}[Ty, ${dims("N", r).join(", ")}](X: ${ann("Ty", "N", r)}) -> "Ty[${outDims.join(", ")}]":
    Z: Ty[${outDims.join(", ")}]
    for ${iv(r).join(", ")} in allo.grid(${outDims.join(", ")}, name="transpose"):
        Z[${iv(r).join(", ")}] = X[${srcIdx.join(", ")}]
    return Z
${innermostSchedule(k, r)}`,
  };
}

export const GENERATED_OPS: readonly LibraryOp[] = [
  ...RANKS.flatMap((r) => Object.keys(BINARY).map((op) => binaryOp(op, r))),
  ...RANKS.flatMap((r) => [...Object.keys(UNARY), "erf", "gelu"].map((op) => unaryOp(op, r))),
  unaryOp("relu", 1),
  ...RANKS.map(castOp),
  ...RANKS.map(whereOp),
  ...[3, 4].flatMap((r) => [rowOp("softmax", r), rowOp("layer_norm", r)]),
  ...RANKS.flatMap((a) => RANKS.map((b) => reshapeOp(a, b))),
  ...[2, 3, 4].flatMap((r) => permutations(r).filter((p) => p.some((x, i) => x !== i)).map(transposeOp)),
];
