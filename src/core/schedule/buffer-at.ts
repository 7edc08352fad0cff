/**
 * `s.buffer_at(target, axis)`: accumulates the writes of `target` below `axis` in an on-chip buffer
 * (Allo's runBufferAt). With non-reduction loops inside `axis`, the buffer spans them and gets a
 * `<j>_init` loop nest (zero) before and a `<j>_back` nest (store to target) after the loop below
 * `axis`; when `axis` is the innermost non-reduction loop right above the reductions, a one-element
 * buffer is used without loops. As in Allo the buffer starts at zero: whatever the target held before
 * is overwritten by the write-back (the differential check shows it when that matters).
 */
import type * as ir from "../ir/nodes";
import { sameType } from "../types/types";
import { arg, constValue, fail, freshIds, ic, iter, mapStmtsExprs, mapList, namedBuffers, perfectNest, resolveBuffer, resolveLoop, sub, add, updateLoop } from "./ir-util";
import { definePrimitive, userName } from "./primitive";

export const bufferAt = definePrimitive((m, rec, ctx) => {
  const target = resolveBuffer(m, arg(rec, 0, "target"), rec, ctx);
  const ref = resolveLoop(m, arg(rec, 1, "axis"), rec, ctx);
  if (ref.func !== target.func) fail(rec, `buffer_at(): ${target.buf.name} belongs to ${target.func.name} but loop ${ref.loop.loopName} is in ${ref.func.name}`);
  const band = perfectNest(ref.root);
  const axis = band.indexOf(ref.loop);
  if (axis < 0) fail(rec, `Cannot find nested loops for buffer_at: loop ${ref.loop.loopName} is not in the perfect nest ${band.map((l) => l.loopName).join(" → ")} of band ${ref.band}`);
  const nonRed = band.filter((l) => !l.attrs.reduction);
  let firstRed = band.findIndex((l) => l.attrs.reduction);
  if (firstRed < 0) firstRed = band.length - 1;
  if (axis + 1 >= band.length) fail(rec, `Cannot buffer at the inner-most loop: axis=${axis} inner-most axis=${band.length - 1} (loop ${ref.loop.loopName} has no loop inside it in band ${ref.band})`);
  if (axis >= firstRed) fail(rec, `Cannot buffer inside the reduction loops: axis=${axis}, first reduction axis=${firstRed} (mark loops with allo.reduction; buffer at a loop outside them)`);
  const buf = target.buf;
  if (!writes(ref.root, buf)) {
    // Allo's systolic special case (library/systolic.py): buffering an input that the band only
    // reads names its feed `<A>_fifo`, which a later `s.to(buf_A, pe, ...)` turns into PE FIFOs.
    // Reading values does not change them, so the IR keeps reading the input itself.
    return {
      module: m,
      description: `${buf.name} is only read in band ${ref.band}: ${buf.name}_fifo names its feed to the PEs (Allo's systolic buffer_at); s.to() makes it a FIFO`,
      alias: [`${ctx.scheduleTop ?? ctx.defaultFunc}:buffer_at_${ctx.position}`, `${target.func.name}:${buf.name}`],
    };
  }
  const elem = buf.type.elem;
  const fresh = freshIds(m);
  const used = namedBuffers(ref.func);
  let bname = `${buf.name}_buf`;
  for (let n = 1; used.has(bname); n++) bname = `${buf.name}_buf${n}`;
  const zero: ir.Expr = { kind: "const", type: elem, value: elem.kind === "int" && elem.bits > 52 ? 0n : elem.kind === "fixed" && elem.bits > 52 ? 0n : 0 };
  const indexMatches = (indices: readonly ir.Expr[], loops: readonly ir.For[]) =>
    indices.length === loops.length && indices.every((e, i) => e.kind === "iter" && e.v.id === loops[i]!.iv.id);
  const checkAccesses = (ss: readonly ir.Stmt[], loops: readonly ir.For[]) => {
    let bad: string | undefined;
    mapStmtsExprs(ss, (e) => {
      if (e.kind === "load" && e.buf.id === buf.id && !indexMatches(e.indices, loops)) bad = "read";
      return undefined;
    });
    const walk = (xs: readonly ir.Stmt[]) => {
      for (const s of xs) {
        if (s.kind === "store" && s.buf.id === buf.id && !indexMatches(s.indices, loops)) bad = "written";
        else if ((s.kind === "call" && (s.args.some((a) => a.kind === "buffer" && a.id === buf.id))) || (s.kind === "copy" && (s.dst.id === buf.id || s.src.id === buf.id))) bad = "passed on";
        else if (s.kind === "for" || s.kind === "while") walk(s.body);
        else if (s.kind === "if") { walk(s.then); walk(s.else); }
      }
    };
    walk(ss);
    if (bad) fail(rec, `buffer_at(): ${buf.name} is ${bad} at other indices than [${loops.map((l) => l.loopName).join(", ")}] inside loop ${band[axis + 1]!.loopName}; the buffer can only replace accesses indexed by the non-reduction loops`);
  };
  const redirect = (ss: readonly ir.Stmt[], nb: ir.Buffer, idx: readonly ir.Expr[]): readonly ir.Stmt[] => {
    const loaded = mapStmtsExprs(ss, (e) => (e.kind === "load" && e.buf.id === buf.id ? { ...e, buf: nb, indices: idx } : undefined));
    const st = (xs: readonly ir.Stmt[]): readonly ir.Stmt[] => mapList(xs, (s): ir.Stmt => {
      if (s.kind === "store" && s.buf.id === buf.id) return { ...s, buf: nb, indices: idx };
      if (s.kind === "for" || s.kind === "while") { const body = st(s.body); return body === s.body ? s : { ...s, body }; }
      if (s.kind === "if") { const t = st(s.then), e = st(s.else); return t === s.then && e === s.else ? s : { ...s, then: t, else: e }; }
      return s;
    });
    return st(loaded);
  };
  if (buf.type.shape.length !== nonRed.length) fail(rec, `buffer_at(): ${buf.name} has ${buf.type.shape.length} dimensions but band ${ref.band} has ${nonRed.length} non-reduction loops (${nonRed.map((l) => l.loopName).join(", ")})`);
  if (!sameType(buf.type.elem, elem)) fail(rec, "buffer_at(): element type mismatch");

  const at = band[axis]!;
  if (axis === firstRed - 1 && firstRed === nonRed.length) {
    // One element: the target is indexed by exactly the loops outside the reductions.
    const red = band[firstRed]!;
    checkAccesses(red.body, nonRed);
    // A 0-d buffer (Allo: memref<1xT>): the IR's scalar form, which the simulator keeps in a local.
    const nb: ir.Buffer = { kind: "buffer", id: fresh(), name: bname, ...userName(rec), type: { kind: "array", elem, shape: [] }, storage: "local", range: buf.range };
    const idx0: ir.Expr[] = [];
    const red2: ir.For = { ...red, body: redirect(red.body, nb, idx0) };
    const load0: ir.Expr = { kind: "load", type: elem, buf: nb, indices: idx0 };
    const nuBody: ir.Stmt[] = [
      { kind: "alloc", buf: nb, range: red.range },
      { kind: "store", buf: nb, indices: idx0, value: zero, range: red.range },
      red2,
      { kind: "store", buf, indices: nonRed.map((l) => iter(l.iv)), value: load0, range: red.range },
    ];
    return {
      module: updateLoop(m, ref.func, at, [{ ...at, body: nuBody }]),
      description: `buffer ${target.func.name}:${buf.name} at ${ref.loop.loopName} in a scalar ${bname} around reduction loop ${red.loopName}`,
      alias: [`${ctx.scheduleTop ?? ctx.defaultFunc}:buffer_at_${ctx.position}`, `${ref.func.name}:${bname}`],
    };
  }
  const below = band[axis + 1]!;
  const inner = nonRed.slice(axis + 1);
  checkAccesses(below.body.length ? [below] : [], nonRed);
  const bounds = inner.map((l) => {
    const lb = constValue(l.lb), ub = constValue(l.ub);
    if (lb === undefined || ub === undefined || l.step !== 1) fail(rec, `buffer_at(): loop ${l.loopName} needs constant bounds and step 1`);
    return { lb, size: Math.max(0, ub - lb) };
  });
  const nb: ir.Buffer = { kind: "buffer", id: fresh(), name: bname, ...userName(rec), type: { kind: "array", elem, shape: bounds.map((b) => b.size) }, storage: "local", range: buf.range };
  const bufIdx = inner.map((l, i) => sub(iter(l.iv), ic(bounds[i]!.lb)));
  const nest = (suffix: string, leaf: (vs: ir.LoopVar[]) => ir.Stmt): ir.For => {
    const vs = inner.map((l) => ({ kind: "loop-var", id: fresh(), name: `${l.iv.name}_${suffix}` }) as ir.LoopVar);
    let body: ir.Stmt = leaf(vs);
    for (let i = inner.length - 1; i >= 0; i--) {
      body = {
        kind: "for", iv: vs[i]!, lb: ic(0), ub: ic(bounds[i]!.size), step: 1, body: [body],
        loopName: `${inner[i]!.loopName}_${suffix}`, attrs: i === inner.length - 1 ? { pipelineII: 1 } : {}, range: below.range,
      };
    }
    return body as ir.For;
  };
  const init = nest("init", (vs) => ({ kind: "store", buf: nb, indices: vs.map(iter), value: zero, range: below.range }));
  const back = nest("back", (vs) => ({
    kind: "store", buf, indices: [...nonRed.slice(0, axis + 1).map((l) => iter(l.iv)), ...vs.map((v, i) => add(iter(v), ic(bounds[i]!.lb)))],
    value: { kind: "load", type: elem, buf: nb, indices: vs.map(iter) }, range: below.range,
  }));
  const below2 = redirect([below], nb, bufIdx);
  const nuBody: ir.Stmt[] = [{ kind: "alloc", buf: nb, range: below.range }, init, ...below2, back];
  return {
    module: updateLoop(m, ref.func, at, [{ ...at, body: nuBody }]),
    description: `buffer ${target.func.name}:${buf.name} at ${ref.loop.loopName} in ${bname}[${bounds.map((b) => b.size).join("×")}] with ${init.loopName} and ${back.loopName} loops`,
    alias: [`${ctx.scheduleTop ?? ctx.defaultFunc}:buffer_at_${ctx.position}`, `${ref.func.name}:${bname}`],
  };
});
export const { check, apply } = bufferAt;

/** Whether any statement under `root` stores into `buf` (or passes it on, which may write it). */
function writes(root: ir.For, buf: ir.Buffer): boolean {
  let hit = false;
  const walk = (ss: readonly ir.Stmt[]): void => {
    for (const s of ss) {
      if (hit) return;
      if (s.kind === "store" && s.buf.id === buf.id) hit = true;
      else if (s.kind === "call" && s.args.some((a) => a.kind === "buffer" && a.id === buf.id)) hit = true;
      else if (s.kind === "copy" && s.dst.id === buf.id) hit = true;
      else if (s.kind === "for" || s.kind === "while") walk(s.body);
      else if (s.kind === "if") { walk(s.then); walk(s.else); }
    }
  };
  walk([root]);
  return hit;
}
