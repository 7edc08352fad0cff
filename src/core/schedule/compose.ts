/**
 * `s.compose(sub, id=None)`: replays each sub-schedule's primitives on the matching function of this
 * design (`name_<id>` with `id=`, an error naming the instances when there is none; without `id=`,
 * `name` or `name_0`, with a warning when no compose schedules the other instances), with plain loop names and
 * handles redirected to that function (Allo's compose/get_name).
 */
import type { PrimitiveRecord, ScheduleValue } from "../frontend/schedule-record";
import type { PyValue } from "../frontend/values";
import type * as ir from "../ir/nodes";
import { walkStmts } from "../ir/nodes";
import { ScheduleError, fail, failAtArg } from "./ir-util";
import type { ScheduleContext, ScheduleDiagnostic } from "./ir-util";
import { definePrimitive } from "./primitive";
import { primitiveFor } from "./registry";

/** Schedules being replayed right now: a cycle of compose calls would never end. */
const active = new Set<ScheduleValue>();

export const compose = definePrimitive((m, rec, ctx) => {
  const first = rec.kwargs.get("schs") ?? rec.args[0];
  const subs: ScheduleValue[] = [];
  const add = (v: typeof first) => {
    if (v && v.k === "schedule") subs.push(v.s);
    else if (v && (v.k === "list" || v.k === "tuple")) v.items.forEach(add);
    else fail(rec, "The first argument must be a Schedule object (compose(sch) or compose([sch0, sch1]))");
  };
  add(first);
  for (const a of rec.args.slice(1)) if (a.k === "schedule") subs.push(a.s);
  const idv = rec.kwargs.get("id");
  const id = idv === undefined || idv.k === "none" ? undefined : idv.k === "int" ? String(idv.v) : idv.k === "str" ? idv.v : fail(rec, "compose(): id must be an int or a string");
  let out = m;
  let reorders = false;
  const parts: string[] = [];
  const warnings: ScheduleDiagnostic[] = [];
  const composed: string[] = [];
  const unscheduled: { top: string; target: string; others: string[]; range: ScheduleDiagnostic["range"] }[] = [];
  for (const s of subs) {
    const has = (n: string) => out.funcs.some((f) => f.name === n);
    const instances = instancesOf(out, s);
    if (id !== undefined && !has(`${s.top}_${id}`)) {
      // Falling back to another instance would put this instance's schedule on a different call.
      const where = instances.length ? `the design's instances of ${s.top} are ${instances.join(", ")}` : `the design has no instance of ${s.top} (its functions are ${out.funcs.map((f) => f.name).join(", ")})`;
      failAtArg(rec, idv, `compose(): no function ${s.top}_${id} for id=${JSON.stringify(id)}; ${where}. Pass the id the call instantiated (the string after the kernel's template arguments)`, undefined, [], "E-compose-instance");
    }
    const target = id !== undefined ? `${s.top}_${id}` : has(s.top) ? s.top : has(`${s.top}_0`) ? `${s.top}_0` : undefined;
    if (!target && instances.length) fail(rec, `compose(): ${s.top} has no unnamed instance; its instances are ${instances.join(", ")}: compose each with id= (id="${instances[0]!.slice(s.top.length + 1)}" for ${instances[0]})`, "E-compose-instance");
    if (!target) fail(rec, `Cannot find schedule target for kernel ${s.top}: the design's functions are ${out.funcs.map((f) => f.name).join(", ")}`);
    composed.push(target);
    // Allo's rule: without id= the schedule goes to the first instance. The others are warned about
    // at the end of the schedule if no compose with id= reaches them (schedule/index.ts).
    if (id === undefined && instances.length > 1) unscheduled.push({ top: s.top, target, others: instances.filter((n) => n !== target), range: rec.range });
    // A kernel the top calls is the instance this target calls: `systolic_tile` of the sub-schedule is
    // `systolic_tile_1` inside systolic_FFN2 when FFN2's template arguments made a second instance.
    const called = calledFrom(out, target);
    const instanceOf = (n: string) => {
      if (called.has(n)) return n;
      const xs = [...called].filter((c) => c.startsWith(`${n}_`) && /^\d+$/.test(c.slice(n.length + 1)));
      return xs.length === 1 ? xs[0]! : n;
    };
    const rename = (n: string) => (n === s.top ? target : id !== undefined && has(`${n}_${id}`) ? `${n}_${id}` : instanceOf(n));
    const sub: ScheduleContext = { defaultFunc: target, scheduleTop: s.top, partitions: ctx.partitions, aliases: new Map(), position: 1, rename, replayed: ctx.replayed };
    if (active.has(s)) fail(rec, `the schedule of ${s.top} composes itself (directly or through another schedule); compose each sub-schedule once`);
    // Like Allo, a schedule replays the primitives recorded before this compose call.
    const own = s.records.indexOf(rec);
    const records = own >= 0 ? s.records.slice(0, own) : s.records;
    active.add(s);
    try {
    records.forEach((r, i) => {
      const c: ScheduleContext = { ...sub, position: i + 1 };
      // A function every instance shares (not the composed top, not renamed by id=) is scheduled by
      // the first compose that reaches it; Allo's compose applies the record to it again, which
      // changes nothing there (an unfolded band is unfolded), so it is applied once here.
      const shared = sharedFuncs(r, s.top, rename);
      // (By position and text: compose(kernel, instantiate=...) makes a new schedule of the same records each time.)
      const key = `${s.top}#${i}#${r.text}`;
      const seen = ctx.replayed?.get(key);
      if (shared.length && seen && shared.every((f) => seen.has(f))) {
        parts.push(`${r.text}: already applied to ${shared.join(", ")}, which the instances share`);
        return;
      }
      try {
        const p = primitiveFor(r.method).plan(out, r, c);
        out = p.module;
        reorders ||= !!p.reordersFloatReduction;
        p.partitions?.forEach(([k, d]) => ctx.partitions.set(k, [...(ctx.partitions.get(k) ?? []), d]));
        if (p.alias) sub.aliases.set(p.alias[0], p.alias[1]);
        if (p.warnings) warnings.push(...p.warnings);
        // A compose inside the sub-schedule counts for the whole schedule's instance check.
        p.composed?.forEach((n) => composed.push(n));
        if (p.unscheduledInstances) unscheduled.push(...p.unscheduledInstances.map((u) => ({ ...u, others: [...u.others] })));
        parts.push(p.description);
        if (shared.length && ctx.replayed) ctx.replayed.set(key, new Set([...(seen ?? []), ...shared]));
      } catch (e) {
        if (!(e instanceof ScheduleError)) throw e;
        fail(rec, `in the schedule of ${s.top} composed into ${target}, ${r.text}: ${e.message}`, e.code);
      }
    });
    } finally {
      active.delete(s);
    }
  }
  return {
    module: out as ir.Module,
    description: `compose ${subs.map((s) => s.top).join(", ")} (${parts.length} primitive${parts.length === 1 ? "" : "s"})${parts.length ? `: ${parts.join("; ")}` : ""}`,
    reordersFloatReduction: reorders,
    ...(warnings.length ? { warnings } : {}),
    composed,
    ...(unscheduled.length ? { unscheduledInstances: unscheduled } : {}),
  };
});
export const { check, apply } = compose;

/** The functions `name` calls, directly or through the functions it calls. */
function calledFrom(m: ir.Module, name: string): Set<string> {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const out = new Set<string>();
  const visit = (n: string) => {
    const f = byName.get(n);
    if (!f) return;
    walkStmts(f.body, (st) => { if (st.kind === "call" && !out.has(st.callee)) { out.add(st.callee); visit(st.callee); } });
  };
  visit(name);
  return out;
}

/** The functions other than the sub-schedule's top that record `r` names (`"f:PE"`, `MockBuffer("f", "A")`, handles of f) and composing leaves unrenamed. */
function sharedFuncs(r: PrimitiveRecord, top: string, rename: (n: string) => string): string[] {
  const out = new Set<string>();
  const see = (v: PyValue | undefined): void => {
    if (!v) return;
    let f: string | undefined;
    if (v.k === "str" && v.v.includes(":")) f = v.v.slice(0, v.v.indexOf(":"));
    else if (v.k === "buffer-handle" || v.k === "loop-handle") f = v.func;
    else if (v.k === "list" || v.k === "tuple") v.items.forEach(see);
    if (f && f !== top && rename(f) === f) out.add(f);
  };
  r.args.forEach(see);
  r.kwargs.forEach(see);
  return [...out];
}

/**
 * The design's functions that instantiate the sub-schedule's kernel: named `top` or `top_<id>` and
 * defined where the kernel is (instances share their definition's range, which keeps `layer_norm`
 * out of the instances of a kernel `layer`).
 */
function instancesOf(m: ir.Module, s: ScheduleValue): string[] {
  const def = s.module?.funcs.find((f) => f.name === s.top)?.range;
  return m.funcs
    .filter((f) => (f.name === s.top || f.name.startsWith(`${s.top}_`)) && (!def || (f.range?.from === def.from && f.range?.to === def.to)))
    .map((f) => f.name);
}
