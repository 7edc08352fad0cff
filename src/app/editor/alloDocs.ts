/**
 * Hover and completion docs for Allo's Python surface: `allo.*`, `df.*` and schedule primitives,
 * with the HLS code each primitive becomes. Facts from shared/reference/allo-surface.md (§1, §2.2, §3).
 */

export interface ApiDoc {
  readonly name: string;
  readonly signature: string;
  readonly summary: string;
  /** What the exported HLS C++ gets (schedule primitives). */
  readonly hls?: string;
}

const d = (name: string, signature: string, summary: string, hls?: string): ApiDoc => ({ name, signature, summary, hls });

/** Methods of a schedule (`s = allo.customize(kernel)`). */
export const SCHEDULE_DOCS: readonly ApiDoc[] = [
  d("reorder", "reorder(*axes)", "Permutes the loops of one perfectly nested band into the given order; loops not named keep their slots and the band name moves to the new outermost loop.", "Only the loop order of the emitted C++ changes; no pragma."),
  d("split", "split(axis, factor)", "Splits one loop into `axis.outer` and `axis.inner` (inner extent = factor); a factor that does not divide the bound gives `min` bounds. The factor must be smaller than the loop bound.", "Two labeled loops (`l_…_i_outer`, `l_…_i_inner`); no pragma."),
  d("fuse", "fuse(*axes) -> LoopWrapper", "Coalesces consecutive nested loops, outermost first, into one loop named `a_b_fused`. Needs at least two contiguous loops.", "One loop in place of the fused nest; no pragma."),
  d("tile", "tile(…)", "Not a Python method of Allo's Schedule (it exists only as a dialect op). Write it as `s.split` on each loop followed by `s.reorder`.", "As split + reorder."),
  d("pipeline", "pipeline(axis, initiation_interval=1, rewind=False)", "Marks a loop to be pipelined with the given initiation interval (attribute `pipeline_ii`).", "`#pragma HLS pipeline II=N` (plus `rewind` when asked)."),
  d("unroll", "unroll(axis, factor=0)", "Marks a loop to be unrolled, fully when factor is 0 (attribute `unroll`). The CPU simulation is unchanged.", "`#pragma HLS unroll` or `#pragma HLS unroll factor=N`."),
  d("parallel", "parallel(axis)", "Marks a loop as parallel (attribute `parallel`).", "No pragma is emitted by the Vivado HLS emitter."),
  d("partition", "partition(target, partition_type=Partition.Complete, dim=0, factor=0)", "Splits an array into banks: Complete (one register per element), Block (factor banks of ⌈n/factor⌉ consecutive elements) or Cyclic (element i in bank i mod factor). dim=0 means every dimension, else 1-based. Propagates to callers and callees that share the array.", "`#pragma HLS array_partition variable=v complete dim=1`, `… block dim=2 factor=4`, `… cyclic dim=1 factor=2`."),
  d("reshape", "reshape(target, shape)", "Changes an array's shape; accesses are rewritten through the linearised address.", "The array is declared with the new shape."),
  d("buffer_at", "buffer_at(target, axis)", "Creates an on-chip buffer for the writes of `target` inside loop `axis`, with `<loop>_init` and `<loop>_back` loops to fill and write it back. Not at the innermost loop nor inside reduction loops.", "A local array plus its init/write-back loops."),
  d("reuse_at", "reuse_at(target, axis) -> buffer", "Adds a line or window buffer for sliding-window reads of `target` along `axis` and returns it (chain `reuse_at` on the result for a window buffer).", "Shift-register style buffer code."),
  d("compute_at", "compute_at(from_loop, target_loop)", "Fuses the producer band containing `from_loop` into the consumer band at the depth of `target_loop`, guarding with conditions when bounds differ.", "One fused loop nest."),
  d("unfold", "unfold(band_name, axes)", "Physically replicates the loop body for the listed consecutive loops of a band (constant bounds starting at 0); called functions are cloned with suffixes `_<idx>`. Returns the axes, to pass as `dst` to `s.to`.", "Separate PE functions."),
  d("to", "to(target, dst, axis=None, depth=-1)", "Turns buffer `target` into a FIFO to stage or function `dst` (depth −1 = number of elements) and marks the owning function dataflow.", "`hls::stream<T>` with `.write()`/`.read()`, or `#pragma HLS stream variable=v depth=N` on function arguments."),
  d("compose", "compose(schs, id=None, instantiate=None)", "Replays each sub-schedule's primitives on the matching function (`name` or `name_<id>`) of this design.", "Each sub-kernel keeps its own pragmas."),
  d("dataflow", "dataflow(axis)", "Marks a function (by name) or a loop for task-level pipelining (attribute `dataflow`).", "`#pragma HLS dataflow`."),
  d("inline", "inline(axis=None)", "Marks a function (default: the top) to be inlined into its callers (attribute `inline`).", "`#pragma HLS inline`."),
  d("build", "build(target=None, mode=None, project=None, …)", "Builds the design for a backend: None/\"llvm\" (CPU), \"vhls\", \"vitis_hls\", and others. In the studio the simulator plays the CPU role; HLS export arrives with the backend work."),
  d("get_loops", "get_loops(func=None)", "Returns the loop bands of a function by band name (`loops.S_i_j_0.i`, `loops[\"C\"][\"k\"]`)."),
];

export const ALLO_DOCS: readonly ApiDoc[] = [
  d("customize", "allo.customize(fn, instantiate=None, …) -> Schedule", "Parses and type-checks a kernel and returns its schedule: apply primitives (`s.split`, `s.pipeline`, …) and then `s.build(target=…)`. `instantiate=[float32, 4]` fills PEP 695 type parameters."),
  d("grid", "allo.grid(*extents, name=None)", "A perfect loop nest, one loop per extent: `for i, j in allo.grid(M, N):`. `name=` names the band (else `S_<iters>_<n>`)."),
  d("reduction", "allo.reduction(*extents)", "Like `allo.grid`, with loops marked as reductions (needed by `buffer_at`)."),
  d("matmul", "allo.matmul(A, B, name=None)", "Matrix product `[…, M, K] × […, K, N]` (leading dimensions broadcast). The result has A's element type, and the sums are computed in it, as in Allo."),
  d("bmm", "allo.bmm(A, B, name=None)", "Batched matrix product `[b, M, K] × [b, K, N]` of 3-D arrays."),
  d("linear", "allo.linear(X, W, b=None)", "`X @ W.T (+ b)`: W is `[out_features, in_features]`, b is `[out_features]`; the result has X's element type."),
  d("conv2d", "allo.conv2d(inp, filt)", "2-D convolution, NCHW input and FCHW filter, stride 1, no padding."),
  d("maxpool", "allo.maxpool(inp, k)", "Max pooling of an NCHW array, stride 1, window = the shape of the 2-D array `k`. Starts from 0, as Allo's generated code does (an all-negative window gives 0)."),
  d("sumpool", "allo.sumpool(inp, k)", "Sum pooling of an NCHW array, stride 1, window = the shape of the 2-D array `k`."),
  d("relu", "allo.relu(x)", "Elementwise max(x, 0)."),
  d("softmax", "allo.softmax(x)", "Softmax over the last axis."),
  d("layernorm", "allo.layernorm(x, gamma, beta)", "Layer normalisation over the last axis, eps 1e-5 (float arrays)."),
  d("gelu", "allo.gelu(x)", "GELU activation, tanh approximation (float arrays)."),
  d("tril", "allo.tril(x)", "Lower triangle (with the diagonal) of the last two dimensions; zeros above."),
  d("copy", "allo.copy(x)", "A copy of an array."),
  d("transpose", "allo.transpose(x, axes)", "Permutes array axes (`x.T` for 2-D)."),
  d("view", "allo.view(x, shape)", "The elements in row-major order under a new shape (a copy here)."),
  d("concat", "allo.concat(a, b, axis=0)", "Concatenates arrays whose shapes differ only along `axis`."),
  d("add", "allo.add(a, b)", "Elementwise sum with NumPy broadcasting (also `a + b`)."),
  d("sub", "allo.sub(a, b)", "Elementwise difference with NumPy broadcasting (also `a - b`)."),
  d("mul", "allo.mul(a, b)", "Elementwise product with NumPy broadcasting (also `a * b`)."),
  d("div", "allo.div(a, b)", "Elementwise quotient with NumPy broadcasting (also `a / b`)."),
  d("ones", "allo.ones(shape, dtype=int)", "An array of ones: `dtype=int…` gives int32, `dtype=float…` float32 (Allo reads the name)."),
  d("zeros", "allo.zeros(shape, dtype=int)", "An array of zeros: `dtype=int…` gives int32, `dtype=float…` float32 (Allo reads the name)."),
  d("exp", "allo.exp(x)", "e^x; on a scalar the result keeps the operand's type."),
  d("log", "allo.log(x)", "Natural logarithm."),
  d("log2", "allo.log2(x)", "Base-2 logarithm."),
  d("log10", "allo.log10(x)", "Base-10 logarithm."),
  d("sqrt", "allo.sqrt(x)", "Square root."),
  d("sin", "allo.sin(x)", "Sine."),
  d("cos", "allo.cos(x)", "Cosine."),
  d("tan", "allo.tan(x)", "Tangent."),
  d("tanh", "allo.tanh(x)", "Hyperbolic tangent."),
  d("power", "allo.power(x, y)", "x raised to y (floating point)."),
  d("abs", "allo.abs(x)", "Absolute value."),
  d("meta_if", "with allo.meta_if(cond):", "Compile-time `if`: only the taken branch is built (e.g. boundary PEs of a systolic array)."),
  d("meta_elif", "with allo.meta_elif(cond):", "Compile-time `elif` after `allo.meta_if`."),
  d("meta_else", "with allo.meta_else():", "Compile-time `else` after `allo.meta_if`."),
  d("meta_for", "with allo.meta_for(lb, ub, step) as i:", "Compile-time loop: the body is replicated with `i` a Python int."),
  d("Partition", "allo.Partition.Complete | Block | Cyclic", "Partition kinds for `s.partition`."),
  d("Memory", "allo.Memory(resource=\"BRAM\", storage_type=\"RAM_2P\", …)", "Binds an array to a memory resource: `buf: int32[32] @ Memory(resource=\"URAM\")`.", "`#pragma HLS bind_storage variable=… type=ram_2p impl=bram`."),
  d("verify", "allo.verify(s1, s2)", "Checks that two schedules of a kernel compute the same thing."),
];

export const DF_DOCS: readonly ApiDoc[] = [
  d("region", "@df.region()", "A dataflow region: its parameters are the global arrays, its body declares streams and `@df.kernel`s."),
  d("kernel", "@df.kernel(mapping=[P0, P1], args=[A, B])", "A kernel inside a region, instantiated once per point of the mapping grid (functions `<name>_<p0>_<p1>`); `args` binds region arrays to its parameters."),
  d("get_pid", "df.get_pid()", "The compile-time index of this kernel instance in its mapping (`i = df.get_pid()`, `pi, pj = df.get_pid()`)."),
  d("build", "df.build(region, target=\"vitis_hls\", …)", "Builds a region; the studio simulates it as a process network with bounded FIFOs."),
  d("customize", "df.customize(region) -> Schedule", "The schedule of a whole region; kernels appear as `name_0`, region arguments as `\"top:A\"`."),
  d("gather", "df.gather(pipes)", "Moves a list of block streams into one buffer."),
  d("scatter", "df.scatter(buf, pipes)", "Moves a buffer out to a list of block streams."),
  d("pipe", "df.pipe(dtype, shape=(), depth=2)", "The PLDI'24 paper's stream declaration (today written `Stream[T, depth]`)."),
  d("array", "df.array(pipe, shape)", "The PLDI'24 paper's array of streams (today written `Stream[T, depth][P0, P1]`)."),
];

export const TYPE_DOCS: readonly ApiDoc[] = [
  d("Stream", "Stream[T, depth] / Stream[T, depth][P0, P1]", "A FIFO of elements (or blocks) of type T between dataflow kernels; `put(v)` blocks when full, `get()` when empty.", "`hls::stream<T>` with `#pragma HLS stream variable=… depth=N`."),
];

const byName = (docs: readonly ApiDoc[]) => new Map(docs.map((x) => [x.name, x]));
const SCHEDULE = byName(SCHEDULE_DOCS);
const ALLO = byName(ALLO_DOCS);
const DF = byName(DF_DOCS);
const TYPES = byName(TYPE_DOCS);

/** Variables bound to a schedule: `s = allo.customize(...)` / `sch = df.customize(...)`. */
export function scheduleVariables(source: string): Set<string> {
  const names = new Set<string>(["s"]);
  for (const m of source.matchAll(/^\s*([A-Za-z_]\w*)\s*=\s*(?:allo|df)\s*\.\s*customize\s*\(/gm)) names.add(m[1]!);
  return names;
}

/** The docs for `word`, given the identifier before its dot (`allo`, `df`, a schedule variable) if any. */
export function lookupDoc(qualifier: string | undefined, word: string, scheduleVars: ReadonlySet<string>): ApiDoc | undefined {
  if (qualifier === "allo") return ALLO.get(word);
  if (qualifier === "df" || qualifier === "dataflow") return DF.get(word);
  if (qualifier && scheduleVars.has(qualifier)) return SCHEDULE.get(word);
  if (!qualifier) return TYPES.get(word);
  return undefined;
}

/** Completions after `qualifier.`. */
export function completionsFor(qualifier: string, scheduleVars: ReadonlySet<string>): readonly ApiDoc[] {
  if (qualifier === "allo") return ALLO_DOCS;
  if (qualifier === "df") return DF_DOCS;
  if (scheduleVars.has(qualifier)) return SCHEDULE_DOCS;
  return [];
}

export function docMarkdown(doc: ApiDoc, qualifier?: string): string {
  const head = qualifier && !doc.signature.startsWith(qualifier) && !doc.signature.startsWith("@") && !doc.signature.startsWith("with")
    ? `${qualifier}.${doc.signature}` : doc.signature;
  const lines = ["```python", head, "```", doc.summary];
  if (doc.hls) lines.push("", `**HLS:** ${doc.hls}`);
  return lines.join("\n");
}
