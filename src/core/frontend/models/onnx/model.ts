/**
 * An ONNX file as plain data: the graph's nodes, initializers, inputs and outputs with static
 * shapes. The protobuf is decoded by onnx-proto (ONNX's onnx.proto compiled for protobufjs).
 */
import onnxProto from "onnx-proto";

/** ONNX TensorProto.DataType → the Allo/numpy element type name. */
const DTYPES: Record<number, string> = {
  1: "float32", 2: "uint8", 3: "int8", 4: "uint16", 5: "int16", 6: "int32", 7: "int64", 9: "bool", 10: "float16", 11: "float64", 12: "uint32", 13: "uint64",
};

export interface OnnxTensor {
  readonly dtype: string;
  readonly shape: readonly number[];
  /** A float32 initializer's raw data stays one Float32Array (a model's weights: millions of values). */
  readonly data: readonly number[] | Float32Array;
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export type AttrValue = number | string | readonly number[] | OnnxTensor;

export interface OnnxNode {
  readonly name: string;
  readonly opType: string;
  readonly domain: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attrs: ReadonlyMap<string, AttrValue>;
}

export interface OnnxValueInfo {
  readonly name: string;
  readonly dtype: string;
  /** Dimensions; a symbolic or missing dimension is undefined. */
  readonly shape: readonly (number | undefined)[];
}

export interface OnnxModel {
  readonly opset: number;
  readonly inputs: readonly OnnxValueInfo[];
  readonly outputs: readonly OnnxValueInfo[];
  readonly initializers: ReadonlyMap<string, OnnxTensor>;
  readonly nodes: readonly OnnxNode[];
}

export class OnnxFormatError extends Error {}

// onnx-proto is CommonJS: its namespace is the default export's `onnx`.
const onnx = (onnxProto as unknown as { onnx: OnnxNamespace }).onnx;
interface OnnxNamespace { ModelProto: { decode(b: Uint8Array): ProtoModel } }
type Long = number | { toNumber(): number };
interface ProtoTensor { dims?: Long[]; dataType?: number; rawData?: Uint8Array; floatData?: number[]; int32Data?: number[]; int64Data?: Long[]; doubleData?: number[]; name?: string; dataLocation?: number }
interface ProtoAttr { name: string; type?: number; f?: number; i?: Long; s?: Uint8Array; t?: ProtoTensor; floats?: number[]; ints?: Long[] }
interface ProtoValueInfo { name: string; type?: { tensorType?: { elemType?: number; shape?: { dim?: { dimValue?: Long; dimParam?: string }[] } } } }
interface ProtoModel {
  opsetImport?: { domain?: string; version?: Long }[];
  graph?: { node?: { name?: string; opType?: string; domain?: string; input?: string[]; output?: string[]; attribute?: ProtoAttr[] }[]; initializer?: ProtoTensor[]; input?: ProtoValueInfo[]; output?: ProtoValueInfo[] };
}

const num = (x: Long | undefined): number => (x === undefined ? 0 : typeof x === "number" ? x : x.toNumber());

function tensorOf(t: ProtoTensor, what: string): OnnxTensor {
  const dtype = DTYPES[t.dataType ?? 0];
  if (!dtype) throw new OnnxFormatError(`${what} has data type ${t.dataType}, which the importer does not know`);
  if (t.dataLocation === 1) throw new OnnxFormatError(`${what} keeps its data in an external file; save the model with its weights inside (onnx.save(model, path, save_as_external_data=False))`);
  const shape = (t.dims ?? []).map(num);
  const n = shape.reduce((a, b) => a * b, 1);
  let data: number[] | Float32Array;
  if (t.rawData && t.rawData.length > 0 && dtype === "float32" && LITTLE_ENDIAN_HOST && t.rawData.length >= n * 4) {
    // ONNX's raw data is little-endian: on such a host the bytes are the array (copied, so aligned).
    data = new Float32Array(t.rawData.slice(0, n * 4).buffer);
  } else if (t.rawData && t.rawData.length > 0) {
    const v = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    const out = new Array<number>(n);
    data = out;
    for (let i = 0; i < n; i++) {
      switch (dtype) {
        case "float32": out[i] = v.getFloat32(i * 4, true); break;
        case "float64": out[i] = v.getFloat64(i * 8, true); break;
        case "int8": out[i] = v.getInt8(i); break;
        case "uint8": case "bool": out[i] = v.getUint8(i); break;
        case "int16": out[i] = v.getInt16(i * 2, true); break;
        case "uint16": out[i] = v.getUint16(i * 2, true); break;
        case "int32": out[i] = v.getInt32(i * 4, true); break;
        case "uint32": out[i] = v.getUint32(i * 4, true); break;
        case "int64": out[i] = Number(v.getBigInt64(i * 8, true)); break;
        case "uint64": out[i] = Number(v.getBigUint64(i * 8, true)); break;
        default: throw new OnnxFormatError(`${what}: raw ${dtype} data is not supported`);
      }
    }
  } else if (dtype === "float32") data = [...(t.floatData ?? [])];
  else if (dtype === "float64") data = [...(t.doubleData ?? [])];
  else if (dtype === "int64" || dtype === "uint64") data = (t.int64Data ?? []).map(num);
  else data = [...(t.int32Data ?? [])];
  if (data.length !== n) throw new OnnxFormatError(`${what} holds ${data.length} values for shape [${shape.join(", ")}]`);
  return { dtype, shape, data };
}

function attrOf(a: ProtoAttr, node: string): AttrValue {
  switch (a.type) {
    case 1: return a.f ?? 0;
    case 2: return num(a.i);
    case 3: return new TextDecoder().decode(a.s ?? new Uint8Array());
    case 4: return tensorOf(a.t ?? {}, `attribute '${a.name}' of node '${node}'`);
    case 6: return [...(a.floats ?? [])];
    case 7: return (a.ints ?? []).map(num);
    default: return [];
  }
}

function valueInfo(v: ProtoValueInfo): OnnxValueInfo {
  const tt = v.type?.tensorType;
  return {
    name: v.name,
    dtype: DTYPES[tt?.elemType ?? 0] ?? `type ${tt?.elemType}`,
    shape: (tt?.shape?.dim ?? []).map((d) => (d.dimValue !== undefined && num(d.dimValue) > 0 ? num(d.dimValue) : undefined)),
  };
}

/** Decodes an .onnx file; a file that is not an ONNX model throws OnnxFormatError. */
export function decodeOnnx(bytes: Uint8Array): OnnxModel {
  let m: ProtoModel;
  try {
    m = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw new OnnxFormatError(`not an ONNX model (the protobuf does not decode: ${(e as Error).message})`);
  }
  const g = m.graph;
  if (!g || !g.node) throw new OnnxFormatError("the file holds no ONNX graph");
  const opset = num((m.opsetImport ?? []).find((o) => !o.domain || o.domain === "ai.onnx")?.version);
  const initializers = new Map((g.initializer ?? []).map((t) => [t.name ?? "", tensorOf(t, `initializer '${t.name}'`)] as const));
  return {
    opset,
    initializers,
    // Older exporters list initializers among the inputs too: those are weights, not arguments.
    inputs: (g.input ?? []).filter((i) => !initializers.has(i.name)).map(valueInfo),
    outputs: (g.output ?? []).map(valueInfo),
    nodes: g.node.map((n, i) => {
      const name = n.name || `${n.opType}_${i}`;
      return {
        name, opType: n.opType ?? "", domain: n.domain ?? "",
        inputs: [...(n.input ?? [])], outputs: [...(n.output ?? [])],
        attrs: new Map((n.attribute ?? []).map((a) => [a.name, attrOf(a, name)] as const)),
      };
    }),
  };
}
