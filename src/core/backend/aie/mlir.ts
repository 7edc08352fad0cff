/**
 * The MLIR-AIE text of a mapping (AIE reference §2): `aie.device`, tiles, object FIFOs and links, one
 * `aie.core` per compute tile whose endless loop acquires the objects of each kernel, calls it and
 * releases them, the kernels as private `func.func`s, and the runtime sequence of shim transfers.
 * `syntax: "current"` is mlir-aie of mid-2026 (`npu1`, func-level `link_with`, `aie.runtime_sequence`);
 * `"v1"` the v1.0 forms Allo pins (`npu1_4col`, core-level `link_with`, `aiex.runtime_sequence`, the
 * `(0, 0, ...)` transfer prefix).
 */
import type { ScalarType } from "../../types/types";
import { elementCount } from "../../types/types";
import type { AieMapping, Fifo, TileRef } from "./mapping";
import { tileKind } from "./device";

export type AieSyntax = "current" | "v1";

export function mlirElem(t: ScalarType): string {
  if (t.kind === "float") return "f32";
  if (t.kind === "index") return "i32";
  if (t.kind === "int") return t.bits === 1 ? "i8" : `i${t.bits}`;
  return "i32";
}

export function memrefType(shape: readonly number[], t: ScalarType): string {
  return `memref<${shape.length ? `${shape.join("x")}x` : ""}${mlirElem(t)}>`;
}

export function tileName(m: AieMapping, t: TileRef): string {
  const k = tileKind(m.device, t.col, t.row);
  return k === "shim" ? `%shim_noc_tile_${t.col}_${t.row}` : k === "mem" ? `%mem_tile_${t.col}_${t.row}` : `%tile_${t.col}_${t.row}`;
}

const fifoType = (f: Fifo) => `!aie.objectfifo<${memrefType(f.shape, f.elem)}>`;

/** Object file of a kernel symbol. */
export const objectFile = (symbol: string) => `${symbol}.o`;

export function printAieMlir(m: AieMapping, syntax: AieSyntax, header: string): string {
  const out: string[] = [];
  const L = (ind: number, s: string) => out.push(" ".repeat(ind) + s);
  out.push(...header.split("\n").map((l) => `// ${l}`));
  L(0, "module {");
  L(2, `aie.device(${syntax === "v1" ? m.device.legacyName : m.device.name}) {`);
  const tiles = new Map<string, TileRef>();
  const add = (t: TileRef) => tiles.set(`${t.col},${t.row}`, t);
  for (const f of m.fifos) { add(f.producer); f.consumers.forEach(add); }
  for (const c of m.cores) add(c.tile);
  for (const t of [...tiles.values()].sort((a, b) => a.col - b.col || a.row - b.row)) L(4, `${tileName(m, t)} = aie.tile(${t.col}, ${t.row})`);
  out.push("");
  for (const f of m.fifos) {
    L(4, `// ${f.what}`);
    L(4, `aie.objectfifo @${f.name}(${tileName(m, f.producer)}, {${f.consumers.map((t) => tileName(m, t)).join(", ")}}, ${f.depth} : i32) : ${fifoType(f)}`);
  }
  for (const l of m.links) {
    L(4, `aie.objectfifo.link [${l.inputs.map((n) => `@${n}`).join(", ")}] -> [${l.outputs.map((n) => `@${n}`).join(", ")}]([${l.srcOffsets.join(", ")}] [${l.dstOffsets.join(", ")}])`);
  }
  out.push("");
  const declared = new Set<string>();
  for (const c of m.cores) {
    for (const s of c.steps) {
      if (declared.has(s.symbol)) continue;
      declared.add(s.symbol);
      const types = s.view.func.params.map((p) => memrefType(p.kind === "buffer" ? p.type.shape : [], p.kind === "buffer" ? p.type.elem : p.type));
      L(4, `func.func private @${s.symbol}(${types.join(", ")})${syntax === "current" ? ` attributes {link_with = "${objectFile(s.symbol)}"}` : ""}`);
    }
  }
  out.push("");
  for (const c of m.cores) {
    L(4, `// ${c.steps.map((s) => s.view.instance.name).join(", ")}`);
    L(4, `aie.core(${tileName(m, c.tile)}) {`);
    L(6, "%c0 = arith.constant 0 : index");
    L(6, "%c1 = arith.constant 1 : index");
    L(6, "%c_forever = arith.constant 9223372036854775807 : index");
    L(6, "scf.for %iter = %c0 to %c_forever step %c1 {");
    let v = 0;
    for (const s of c.steps) {
      const args: string[] = [];
      const types: string[] = [];
      for (const p of s.ports) {
        const f = m.fifos.find((x) => x.name === p.fifo)!;
        const mt = memrefType(f.shape, f.elem);
        const sv = `%sub${v}`;
        const ev = `%elem${v}`;
        v++;
        L(8, `${sv} = aie.objectfifo.acquire @${f.name}(${p.mode}, 1) : !aie.objectfifosubview<${mt}>`);
        L(8, `${ev} = aie.objectfifo.subview.access ${sv}[0] : !aie.objectfifosubview<${mt}> -> ${mt}`);
        args.push(ev);
        types.push(mt);
      }
      L(8, `func.call @${s.symbol}(${args.join(", ")}) : (${types.join(", ")}) -> ()`);
      for (const p of s.ports) L(8, `aie.objectfifo.release @${p.fifo}(${p.mode}, 1)`);
    }
    L(6, "}");
    L(6, "aie.end");
    const objs = [...new Set(c.steps.map((s) => objectFile(s.symbol)))];
    L(4, syntax === "v1" ? `} {link_with = "${objs[0]}"}` : "}");
  }
  if (m.device.hasRuntime) {
    out.push("");
    const args = m.region.args.map((a, i) => `%arg${i}: ${memrefType([elementCount(a.param.type)], a.param.type.elem)}`);
    L(4, `${syntax === "v1" ? "aiex" : "aie"}.runtime_sequence(${args.join(", ")}) {`);
    const bd = new Map<string, number>();
    const ordered = [...m.transfers.filter((t) => t.dir === "out"), ...m.transfers.filter((t) => t.dir === "in")];
    for (const t of ordered) {
      const k = `${t.shim.col}`;
      const id = bd.get(k) ?? 0;
      bd.set(k, id + 1);
      const a = m.region.args[t.argIndex]!.param;
      const mt = memrefType([elementCount(a.type)], a.type.elem);
      const p = t.pattern;
      const attrs = `{id = ${id} : i64, metadata = @${t.fifo}${t.dir === "in" ? ", issue_token = true" : ""}}`;
      L(6, `// ${t.dir === "in" ? "send" : "receive"} ${a.name} (shim ${t.shim.col})`);
      L(6, `aiex.npu.dma_memcpy_nd(${syntax === "v1" ? "0, 0, " : ""}%arg${t.argIndex}[0, 0, 0, ${p.offset}][${p.sizes.join(", ")}][${p.strides.join(", ")}]) ${attrs} : ${mt}`);
    }
    for (const t of m.transfers.filter((x) => x.dir === "out")) L(6, `aiex.npu.dma_wait {symbol = @${t.fifo}}`);
    L(4, "}");
  }
  L(2, "}");
  L(0, "}");
  return out.join("\n") + "\n";
}
