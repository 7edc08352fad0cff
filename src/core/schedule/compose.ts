/**
 * `s.compose(sub, id=None)`: replays each sub-schedule's primitives on the matching function of this
 * design (`name`, or `name_<id>` with `id=`, falling back to `name_0`), with plain loop names and
 * handles redirected to that function (Allo's compose/get_name).
 */
import type { ScheduleValue } from "../frontend/schedule-record";
import type * as ir from "../ir/nodes";
import { ScheduleError, fail } from "./ir-util";
import type { ScheduleContext } from "./ir-util";
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
  for (const s of subs) {
    const has = (n: string) => out.funcs.some((f) => f.name === n);
    const target = id !== undefined && has(`${s.top}_${id}`) ? `${s.top}_${id}` : has(s.top) ? s.top : has(`${s.top}_0`) ? `${s.top}_0` : undefined;
    if (!target) fail(rec, `Cannot find schedule target for kernel ${s.top}${id !== undefined ? ` (id ${id})` : ""}: the design's functions are ${out.funcs.map((f) => f.name).join(", ")}`);
    const rename = (n: string) => (n === s.top ? target : id !== undefined && has(`${n}_${id}`) ? `${n}_${id}` : n);
    const sub: ScheduleContext = { defaultFunc: target, scheduleTop: s.top, partitions: ctx.partitions, aliases: new Map(), position: 1, rename };
    if (active.has(s)) fail(rec, `the schedule of ${s.top} composes itself (directly or through another schedule); compose each sub-schedule once`);
    // Like Allo, a schedule replays the primitives recorded before this compose call.
    const own = s.records.indexOf(rec);
    const records = own >= 0 ? s.records.slice(0, own) : s.records;
    active.add(s);
    try {
    records.forEach((r, i) => {
      const c: ScheduleContext = { ...sub, position: i + 1 };
      try {
        const p = primitiveFor(r.method).plan(out, r, c);
        out = p.module;
        reorders ||= !!p.reordersFloatReduction;
        p.partitions?.forEach(([k, d]) => ctx.partitions.set(k, [...(ctx.partitions.get(k) ?? []), d]));
        if (p.alias) sub.aliases.set(p.alias[0], p.alias[1]);
        parts.push(p.description);
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
  };
});
export const { check, apply } = compose;
