/**
 * The `vhls` and `vitis_hls` exports (DESIGN §8). `vhls`: kernel.cpp + kernel.h. `vitis_hls`: a project
 * folder with a self-checking C-simulation testbench whose golden data our simulator computed, Tcl and
 * config-file flows for Vitis HLS, an XRT host program, a Makefile and a README.
 */
import { cppComment, makeComment, makeWord, markdownInline, tclComment, tclWord } from "../escape";
import type { Tensor } from "../../api-types";
import type { DiagnosticSink } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import type { ScalarType } from "../../types/types";
import { typeToString } from "../../types/types";
import { cType } from "./types";
import { emitKernel } from "./emit";
import { onChipCopies } from "../../arch/plan";
import type { EmittedKernel, TopPort } from "./emit";
import { goldenRun } from "./golden";
import type { RawTensor } from "./golden";
import { dynamicParams } from "../../sim/specialize";

/** A target board: the part for HLS, the Vitis platform for the kernel flow, the default clock. */
export interface Device {
  readonly name: string;
  readonly part: string;
  readonly platform: string;
  readonly mhz: number;
}

export const DEVICES: Readonly<Record<string, Device>> = {
  u280: { name: "u280", part: "xcu280-fsvh2892-2L-e", platform: "xilinx_u280_gen3x16_xdma_1_202211_1", mhz: 300 },
  u250: { name: "u250", part: "xcu250-figd2104-2L-e", platform: "xilinx_u250_gen3x16_xdma_4_1_202210_1", mhz: 300 },
  u200: { name: "u200", part: "xcu200-fsgd2104-2-e", platform: "xilinx_u200_gen3x16_xdma_2_202110_1", mhz: 300 },
  u55c: { name: "u55c", part: "xcu55c-fsvh2892-2L-e", platform: "xilinx_u55c_gen3x16_xdma_3_202210_1", mhz: 300 },
};
export const DEFAULT_DEVICE = "u280";

export interface HlsBuildInput {
  readonly module: ir.Module;
  readonly source: string;
  readonly sink: DiagnosticSink;
  readonly device?: string;
  readonly designName?: string;
  readonly seed?: number;
  /** Step budget of the golden run (the simulator's default when absent). */
  readonly stepBudget?: number;
  readonly inputs?: Readonly<Record<string, Tensor>>;
  readonly inputsFrom?: string;
}

export type Files = Record<string, string>;

export function buildVhls(input: HlsBuildInput): Files | undefined {
  const k = emitKernel(input.module, { flavor: "vhls", lines: input.sink.lines, sink: input.sink, designName: input.designName });
  if (!k) return undefined;
  return { "kernel.cpp": k.kernelCpp, "kernel.h": k.kernelH };
}

/**
 * The kernel.cpp / kernel.h of the vitis_hls project (also what the studio's HLS C++ pane shows).
 * Partitioned top-level arrays become on-chip copies of their m_axi ports (the hardware plan), so the
 * partition the estimate credits is the one synthesized.
 */
export function emitVitisKernel(input: Pick<HlsBuildInput, "module" | "sink" | "designName"> & { dynamicShapes?: Readonly<Record<string, readonly number[]>> }): EmittedKernel | undefined {
  const plan = onChipCopies(input.module);
  const k = emitKernel(plan.module, { flavor: "vitis_hls", lines: input.sink.lines, sink: input.sink, designName: input.designName, ...(input.dynamicShapes ? { dynamicShapes: input.dynamicShapes } : {}) });
  if (!k || plan.module === input.module) return k;
  // Pragmas link to the schedule call that set them: name the functions and buffers as it did.
  const scheduled = (key: string): string => {
    const [kind, func, ...rest] = key.split(":");
    const f = plan.scheduledFunc(func!);
    if (kind === "buffer") return [kind, f, plan.scheduledBuffer(func!, rest[0]!), ...rest.slice(1)].join(":");
    return [kind, f, ...rest].join(":");
  };
  return { ...k, cppLineOrigins: k.cppLineOrigins.map((o) => (o?.attrs ? { ...o, attrs: o.attrs.map(scheduled) } : o)) };
}

export function buildVitisHls(input: HlsBuildInput): Files | undefined {
  const deviceName = input.device ?? DEFAULT_DEVICE;
  const device = Object.hasOwn(DEVICES, deviceName.toLowerCase()) ? DEVICES[deviceName.toLowerCase()] : undefined;
  const top = input.module.funcs.find((f) => f.name === input.module.top)!;
  if (!device) {
    input.sink.error("E-export-device", `unknown device '${deviceName}'; known devices: ${Object.keys(DEVICES).join(", ")}`, top.range);
    return undefined;
  }
  const seed = input.seed ?? 1;
  const given = input.inputs ?? {};
  // A dynamic-shaped argument (float32[...]) stays a pointer in the kernel; the testbench and the m_axi
  // depth take the size of the array the inputs give it, and without inputs there is no size to test.
  const dyn = dynamicParams(input.module);
  const unsized = dyn.find((p) => !Object.hasOwn(given, p.name));
  if (unsized) {
    input.sink.error("E-export-shape", `'${unsized.name}' has a dynamic shape (${typeToString(unsized.type)}): the testbench needs its size. Call the built module in the design's script with numpy arrays (mod = s.build(); mod(...)): the export uses the first call's arguments; or pass the inputs with --in ${unsized.name}=${unsized.name}.npy; or give '${unsized.name}' a static shape. The kernel alone (target vhls) needs no size`, unsized.range);
    return undefined;
  }
  const dynamicShapes = Object.fromEntries(dyn.map((p) => [p.name, given[p.name]!.shape]));
  const k = emitVitisKernel({ ...input, dynamicShapes });
  if (!k) return undefined;
  const g = goldenRun(input.module, seed, input.stepBudget, given);
  if (!g.ok) {
    const top = input.module.funcs.find((f) => f.name === input.module.top)!;
    const random = top.params.filter((p) => !(p.name in given)).map((p) => p.name);
    // Random inputs go out of bounds for kernels whose inputs are indices or addresses: say how to give real ones.
    const hint = random.length === 0 ? "" : `; the testbench used seeded random values for ${random.join(", ")}: call the built module with real inputs in the design's script (mod = s.build(); mod(...)): the export uses the first call's arguments`;
    input.sink.error(g.code, `the golden data for the testbench could not be computed: ${g.message}${hint}`, g.range);
    return undefined;
  }
  const files: Files = { "kernel.cpp": k.kernelCpp, "kernel.h": k.kernelH };
  const data: { file: string; port: TopPort; tensor: RawTensor; golden: boolean }[] = [];
  for (const p of k.ports) {
    if (p.dir !== "out") data.push({ file: `in_${p.cName}.dat`, port: p, tensor: g.inputs[p.index]!, golden: false });
    if (p.dir === "inout") data.push({ file: `golden_${p.cName}.dat`, port: p, tensor: g.argsAfter[p.index]!, golden: true });
    if (p.dir === "out") data.push({ file: `golden_${p.cName}.dat`, port: p, tensor: g.returns[p.index]!, golden: true });
  }
  const origin = input.inputsFrom ? `inputs from ${input.inputsFrom}` : `seed ${seed}`;
  for (const d of data) files[`data/${d.file}`] = dataFile(d.tensor, d.port, d.golden, origin);
  files["data_io.h"] = DATA_IO_H;
  files["tb.cpp"] = testbench(k, seed);
  files["host.cpp"] = hostProgram(k);
  files["run_hls.tcl"] = runTcl(k, device, data.map((d) => d.file));
  files["hls_config.cfg"] = hlsConfig(k, device, data.map((d) => d.file));
  files["Makefile"] = makefile(k, device);
  files["README.md"] = readme(k, device, input.designName, seed, data.map((d) => d.file));
  return files;
}

// ------------------------------------------------------------------ data files

function encoding(t: ScalarType): string {
  if (t.kind === "float") return "IEEE-754 bit pattern in hexadecimal";
  if (t.kind === "fixed") return `raw integer in decimal (value = raw / 2^${t.frac})`;
  return "decimal integer";
}

function dataFile(t: RawTensor, p: TopPort, golden: boolean, origin: string): string {
  const what = golden ? `expected value of '${cppComment(p.alloName)}' after the kernel runs (Allo Studio simulator, ${origin})` : `input '${cppComment(p.alloName)}' (${origin})`;
  const shape = t.shape.length ? `[${t.shape.join(", ")}]` : "scalar";
  return `# ${what}\n# ${typeToString(t.type)} ${shape}, row-major, one value per line: ${encoding(t.type)}\n${t.tokens.join("\n")}\n`;
}

// ------------------------------------------------------------------ testbench and host

function cName(t: ScalarType): string {
  return cType(t)!.name;
}

function dims(p: TopPort): string {
  return p.shape.map((d) => `[${d}]`).join("");
}

function count(p: TopPort): number {
  return p.shape.reduce((a, b) => a * b, 1);
}

function firstElem(p: TopPort): string {
  return p.kind === "array" ? `&${p.cName}${p.shape.map(() => "[0]").join("")}` : `&${p.cName}`;
}

function shapeArray(p: TopPort): string {
  return p.shape.length ? `{${p.shape.join(", ")}}` : "{1}";
}

function testbench(k: EmittedKernel, seed: number): string {
  const L: string[] = [];
  L.push(`// Self-checking C-simulation testbench for '${k.top}', generated by Allo Studio.`);
  L.push("// It reads the inputs from DATA_DIR/in_*.dat, runs the kernel, and compares every output element with");
  L.push(`// DATA_DIR/golden_*.dat, which Allo Studio's simulator computed from the same inputs (seed ${seed}).`);
  L.push("// Exit status: 0 when every element matches bit for bit; 1 at the first mismatch (printed with its name,");
  L.push("// index, expected and actual value); 2 when a data file is missing or malformed.");
  L.push("// Usage: ./tb [DATA_DIR]   (default: ./data, or . when the HLS tools copied the data files next to tb)");
  L.push("#include <cstdio>");
  L.push("#include <string>");
  L.push("");
  L.push('#include "kernel.h"');
  L.push('#include "data_io.h"');
  L.push("");
  L.push("int main(int argc, char** argv) {");
  const probe = k.ports.find((p) => p.dir !== "out") ?? k.ports[0];
  L.push(`  const std::string dir = allo_io::data_dir(argc, argv, "${probe ? (probe.dir === "out" ? `golden_${probe.cName}.dat` : `in_${probe.cName}.dat`) : "README"}");`);
  L.push("  // Static storage: large arrays stay off the stack, and everything starts zeroed.");
  for (const p of k.ports) L.push(`  static ${cName(p.elem)} ${p.cName}${dims(p)};`);
  for (const p of k.ports) {
    if (p.dir === "out") continue;
    L.push(`  if (!allo_io::load(dir, "in_${p.cName}.dat", ${firstElem(p)}, ${count(p)})) return 2;`);
  }
  const args = k.ports.map((p) => (p.kind === "scalar" && p.dir === "out" ? `&${p.cName}` : p.cName));
  L.push(`  ${k.top}(${args.join(", ")});`);
  L.push("  int status = 0;");
  let checked = 0;
  for (const p of k.ports) {
    if (p.dir === "in") continue;
    checked++;
    L.push(`  {`);
    L.push(`    const int shape[] = ${shapeArray(p)};`);
    L.push(`    status = allo_io::check(dir, "golden_${p.cName}.dat", "${p.cName}", ${firstElem(p)}, shape, ${p.shape.length});`);
    L.push("    if (status != 0) return status;");
    L.push("  }");
  }
  L.push(`  std::printf("PASS: ${k.top}: all ${checked} output(s) match the simulator bit for bit\\n");`);
  L.push("  return 0;");
  L.push("}");
  return L.join("\n") + "\n";
}

function hostProgram(k: EmittedKernel): string {
  const L: string[] = [];
  L.push(`// XRT host program for the '${k.top}' kernel (XRT native C++ API), generated by Allo Studio.`);
  L.push("// It loads the xclbin, copies the inputs from DATA_DIR/in_*.dat into device buffers, runs the kernel once,");
  L.push("// copies the outputs back and compares them with DATA_DIR/golden_*.dat like tb.cpp does.");
  L.push(`// Usage: ./host ${k.top}.xclbin [DATA_DIR]   (exit status as for tb.cpp)`);
  L.push("// Note: arrays of ap_int/ap_fixed elements are copied with the host compiler's layout of those types;");
  L.push("// widths other than 8/16/32/64 bits may need packing to match the kernel's m_axi layout.");
  L.push("#include <cstdio>");
  L.push("#include <string>");
  L.push("");
  L.push("#include <xrt/xrt_bo.h>");
  L.push("#include <xrt/xrt_device.h>");
  L.push("#include <xrt/xrt_kernel.h>");
  L.push("");
  L.push('#include "kernel.h"');
  L.push('#include "data_io.h"');
  L.push("");
  L.push("int main(int argc, char** argv) {");
  L.push("  if (argc < 2) {");
  L.push(`    std::fprintf(stderr, "usage: %s ${k.top}.xclbin [DATA_DIR]\\n", argv[0]);`);
  L.push("    return 2;");
  L.push("  }");
  L.push("  const std::string xclbin = argv[1];");
  L.push('  const std::string dir = argc > 2 ? argv[2] : "data";');
  L.push("  xrt::device device(0);");
  L.push("  const xrt::uuid uuid = device.load_xclbin(xclbin);");
  L.push(`  xrt::kernel krnl(device, uuid, "${k.top}");`);
  k.ports.forEach((p, i) => {
    const T = cName(p.elem);
    if (p.kind === "scalar" && p.dir === "in") {
      L.push(`  ${T} ${p.cName};`);
      L.push(`  if (!allo_io::load(dir, "in_${p.cName}.dat", &${p.cName}, 1)) return 2;`);
      return;
    }
    L.push(`  xrt::bo bo_${p.cName}(device, sizeof(${T}) * ${count(p)}, krnl.group_id(${i}));`);
    L.push(`  ${T}* ${p.cName} = bo_${p.cName}.map<${T}*>();`);
    if (p.dir === "inout") {
      L.push(`  if (!allo_io::load(dir, "in_${p.cName}.dat", ${p.cName}, ${count(p)})) return 2;`);
      L.push(`  bo_${p.cName}.sync(XCL_BO_SYNC_BO_TO_DEVICE);`);
    }
  });
  const args = k.ports.map((p) => (p.kind === "scalar" && p.dir === "in" ? p.cName : `bo_${p.cName}`));
  L.push(`  xrt::run run = krnl(${args.join(", ")});`);
  L.push("  run.wait();");
  L.push("  int status = 0;");
  for (const p of k.ports) {
    if (p.dir === "in") continue;
    L.push("  {");
    L.push(`    bo_${p.cName}.sync(XCL_BO_SYNC_BO_FROM_DEVICE);`);
    L.push(`    const int shape[] = ${shapeArray(p)};`);
    L.push(`    status = allo_io::check(dir, "golden_${p.cName}.dat", "${p.cName}", ${p.cName}, shape, ${p.shape.length});`);
    L.push("    if (status != 0) return status;");
    L.push("  }");
  }
  L.push(`  std::printf("PASS: ${k.top} on the device matches the simulator bit for bit\\n");`);
  L.push("  return 0;");
  L.push("}");
  return L.join("\n") + "\n";
}

const DATA_IO_H = `// Reading and checking the testbench data files (generated by Allo Studio; shared by tb.cpp and host.cpp).
// Format: one value per line, row-major; blank lines and lines starting with '#' are ignored.
//   integers: decimal; fixed-point: the raw integer in decimal (value = raw / 2^F);
//   half/float/double: the IEEE-754 bit pattern in hexadecimal (exact, including -0 and infinities).
// Outputs compare bit for bit, except that any NaN equals any NaN (payload bits are not portable).
#ifndef ALLO_DATA_IO_H
#define ALLO_DATA_IO_H

#include <ap_fixed.h>
#include <ap_int.h>
#include <hls_half.h>
#include <stdint.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace allo_io {

// (std::string::append rather than operator+: some ap_fixed header versions declare catch-all operator
// templates that make string + literal ambiguous.)
inline std::string path_of(const std::string& dir, const char* file) { return std::string(dir).append("/").append(file); }

// The data directory: argv[1] if given, else ./data, else . (csim/cosim copy testbench files next to the binary).
inline std::string data_dir(int argc, char** argv, const char* probe) {
  if (argc > 1) return argv[1];
  std::ifstream f(path_of("data", probe).c_str());
  return f ? "data" : ".";
}

inline bool read_tokens(const std::string& path, std::vector<std::string>& out) {
  std::ifstream f(path.c_str());
  if (!f) {
    std::fprintf(stderr, "ERROR: cannot open %s\\n", path.c_str());
    return false;
  }
  std::string line;
  while (std::getline(f, line)) {
    const std::size_t a = line.find_first_not_of(" \\t\\r");
    if (a == std::string::npos || line[a] == '#') continue;
    const std::size_t b = line.find_last_not_of(" \\t\\r");
    out.push_back(line.substr(a, b - a + 1));
  }
  return true;
}

// ---- text -> value
inline void parse(const std::string& s, int8_t& v) { v = (int8_t)std::strtoll(s.c_str(), 0, 10); }
inline void parse(const std::string& s, int16_t& v) { v = (int16_t)std::strtoll(s.c_str(), 0, 10); }
inline void parse(const std::string& s, int32_t& v) { v = (int32_t)std::strtoll(s.c_str(), 0, 10); }
inline void parse(const std::string& s, int64_t& v) { v = (int64_t)std::strtoll(s.c_str(), 0, 10); }
inline void parse(const std::string& s, uint8_t& v) { v = (uint8_t)std::strtoull(s.c_str(), 0, 10); }
inline void parse(const std::string& s, uint16_t& v) { v = (uint16_t)std::strtoull(s.c_str(), 0, 10); }
inline void parse(const std::string& s, uint32_t& v) { v = (uint32_t)std::strtoull(s.c_str(), 0, 10); }
inline void parse(const std::string& s, uint64_t& v) { v = (uint64_t)std::strtoull(s.c_str(), 0, 10); }
inline void parse(const std::string& s, float& v) {
  const uint32_t u = (uint32_t)std::strtoull(s.c_str(), 0, 16);
  std::memcpy(&v, &u, 4);
}
inline void parse(const std::string& s, half& v) {
  const uint16_t u = (uint16_t)std::strtoull(s.c_str(), 0, 16);
  std::memcpy(&v, &u, 2);
}
inline void parse(const std::string& s, double& v) {
  const uint64_t u = (uint64_t)std::strtoull(s.c_str(), 0, 16);
  std::memcpy(&v, &u, 8);
}
template <int W> void parse(const std::string& s, ap_int<W>& v) { v = ap_int<W>(s.c_str(), 10); }
template <int W> void parse(const std::string& s, ap_uint<W>& v) { v = ap_uint<W>(s.c_str(), 10); }
template <int W, int I> void parse(const std::string& s, ap_fixed<W, I>& v) { v.range(W - 1, 0) = ap_int<W>(s.c_str(), 10); }
template <int W, int I> void parse(const std::string& s, ap_ufixed<W, I>& v) { v.range(W - 1, 0) = ap_uint<W>(s.c_str(), 10); }

// ---- value -> the same text (plus the real value where the text is a bit pattern)
inline std::string format(long long v) { return std::to_string(v); }
inline std::string format(int8_t v) { return std::to_string((long long)v); }
inline std::string format(int16_t v) { return std::to_string((long long)v); }
inline std::string format(int32_t v) { return std::to_string((long long)v); }
inline std::string format(int64_t v) { return std::to_string((long long)v); }
inline std::string format(uint8_t v) { return std::to_string((unsigned long long)v); }
inline std::string format(uint16_t v) { return std::to_string((unsigned long long)v); }
inline std::string format(uint32_t v) { return std::to_string((unsigned long long)v); }
inline std::string format(uint64_t v) { return std::to_string((unsigned long long)v); }
inline std::string format(float v) {
  uint32_t u;
  std::memcpy(&u, &v, 4);
  char buf[64];
  std::snprintf(buf, sizeof buf, "0x%08x (%.9g)", (unsigned)u, (double)v);
  return buf;
}
inline std::string format(half v) {
  uint16_t u;
  std::memcpy(&u, &v, 2);
  char buf[64];
  std::snprintf(buf, sizeof buf, "0x%04x (%.6g)", (unsigned)u, (double)(float)v);
  return buf;
}
inline std::string format(double v) {
  uint64_t u;
  std::memcpy(&u, &v, 8);
  char buf[80];
  std::snprintf(buf, sizeof buf, "0x%016llx (%.17g)", (unsigned long long)u, v);
  return buf;
}
template <int W> std::string format(const ap_int<W>& v) { return v.to_string(10); }
template <int W> std::string format(const ap_uint<W>& v) { return v.to_string(10); }
template <int W, int I> std::string format(const ap_fixed<W, I>& v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " (%.17g)", v.to_double());
  return ap_int<W>(v.range(W - 1, 0)).to_string(10).append(buf);
}
template <int W, int I> std::string format(const ap_ufixed<W, I>& v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " (%.17g)", v.to_double());
  return ap_uint<W>(v.range(W - 1, 0)).to_string(10).append(buf);
}

// ---- equality: exact (floats by bit pattern, any NaN equal to any NaN)
template <typename T> bool same(const T& a, const T& b) { return a == b; }
inline bool same(const float& a, const float& b) {
  if (a != a && b != b) return true;
  return std::memcmp(&a, &b, 4) == 0;
}
inline bool same(const half& a, const half& b) {
  if (a != a && b != b) return true;
  return std::memcmp(&a, &b, 2) == 0;
}
inline bool same(const double& a, const double& b) {
  if (a != a && b != b) return true;
  return std::memcmp(&a, &b, 8) == 0;
}

template <typename T>
bool load(const std::string& dir, const char* file, T* dst, std::size_t n) {
  std::vector<std::string> tok;
  if (!read_tokens(path_of(dir, file), tok)) return false;
  if (tok.size() != n) {
    std::fprintf(stderr, "ERROR: %s/%s has %zu values, expected %zu\\n", dir.c_str(), file, tok.size(), n);
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) parse(tok[i], dst[i]);
  return true;
}

// Compares n = prod(shape) elements with the golden file; prints the first mismatch. 0 = all equal.
template <typename T>
int check(const std::string& dir, const char* file, const char* name, const T* got, const int* shape, int rank) {
  std::vector<std::string> tok;
  if (!read_tokens(path_of(dir, file), tok)) return 2;
  std::size_t n = 1;
  for (int d = 0; d < rank; ++d) n *= (std::size_t)shape[d];
  if (tok.size() != n) {
    std::fprintf(stderr, "ERROR: %s/%s has %zu values, expected %zu\\n", dir.c_str(), file, tok.size(), n);
    return 2;
  }
  for (std::size_t i = 0; i < n; ++i) {
    T want;
    parse(tok[i], want);
    if (!same(got[i], want)) {
      std::string idx;
      std::size_t rest = i;
      std::vector<std::size_t> sub((std::size_t)rank);
      for (int d = rank - 1; d >= 0; --d) {
        sub[(std::size_t)d] = rest % (std::size_t)shape[d];
        rest /= (std::size_t)shape[d];
      }
      for (int d = 0; d < rank; ++d) idx.append("[").append(std::to_string(sub[(std::size_t)d])).append("]");
      std::printf("MISMATCH %s%s (element %zu of %zu): expected %s, got %s\\n", name, idx.c_str(), i, n,
                  format(want).c_str(), format(got[i]).c_str());
      return 1;
    }
  }
  return 0;
}

}  // namespace allo_io

#endif  // ALLO_DATA_IO_H
`;

// ------------------------------------------------------------------ tool flows

function period(d: Device): string {
  return (1000 / d.mhz).toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
}

function runTcl(k: EmittedKernel, d: Device, dataFiles: readonly string[]): string {
  return `# Vitis HLS Tcl flow for '${tclComment(k.top)}' (generated by Allo Studio).
# Vitis HLS 2024.1 and earlier:  vitis_hls -f run_hls.tcl -tclargs "csim csynth cosim export"
# Vitis 2024.2 / 2025.1:         vitis-run --mode hls --tcl run_hls.tcl -tclargs "csim csynth"
# Steps (default "csim csynth"): csim = C simulation with tb.cpp, csynth = C synthesis,
# cosim = C/RTL co-simulation with the same testbench, export = package the kernel as a .xo.
set steps {csim csynth}
if {$argc > 0} { set steps [lindex $argv 0] }

open_project -reset ${tclWord(`${k.top}_prj`)}
set_top ${tclWord(k.top)}
add_files kernel.cpp -cflags "-std=c++14"
add_files -tb tb.cpp -cflags "-std=c++14 -I."
add_files -tb data_io.h
${dataFiles.map((f) => `add_files -tb ${tclWord(`data/${f}`)}`).join("\n")}
open_solution -reset solution1 -flow_target vitis
set_part {${d.part}}
create_clock -period ${period(d)} -name default

# The testbench reads ./data, or "." when the tool copied the data files next to the executable.
if {[lsearch $steps csim] >= 0} { csim_design }
if {[lsearch $steps csynth] >= 0 || [lsearch $steps cosim] >= 0 || [lsearch $steps export] >= 0} { csynth_design }
if {[lsearch $steps cosim] >= 0} { cosim_design }
if {[lsearch $steps export] >= 0} { export_design -format xo -output ${tclWord(`${k.top}.xo`)} }
exit
`;
}

function hlsConfig(k: EmittedKernel, d: Device, dataFiles: readonly string[]): string {
  return `# Vitis unified-flow configuration for '${k.top}' (generated by Allo Studio; Vitis 2024.2 / 2025.1).
#   C simulation:   vitis-run --mode hls --csim  --config hls_config.cfg --work_dir ${k.top}_hls
#   C synthesis:    v++ -c --mode hls --config hls_config.cfg --work_dir ${k.top}_hls
#   co-simulation:  vitis-run --mode hls --cosim --config hls_config.cfg --work_dir ${k.top}_hls
part=${d.part}

[hls]
flow_target=vitis
clock=${period(d)}ns
syn.file=kernel.cpp
syn.top=${k.top}
tb.file=tb.cpp
tb.file=data_io.h
${dataFiles.map((f) => `tb.file=data/${f}`).join("\n")}
tb.cflags=-std=c++14 -I.
package.output.format=xo
package.output.file=${k.top}.xo
`;
}

function makefile(k: EmittedKernel, d: Device): string {
  return `# Build and run '${makeComment(k.top)}' (generated by Allo Studio). Source Vitis (settings64.sh) and XRT (setup.sh) first.
#   make csim      C simulation with Vitis HLS (vitis-run, unified flow)
#   make tb        C simulation with plain g++ against the HLS headers: builds ./tb and runs it
#   make csynth    C synthesis (v++ -c --mode hls), reports in ${makeComment(k.top)}_hls/
#   make cosim     C/RTL co-simulation
#   make sw_emu | hw_emu | hw    build the xclbin for the platform and run host.cpp on it
TOP := ${makeWord(k.top)}
PLATFORM ?= ${d.platform}
HLS_INCLUDE ?= $(XILINX_HLS)/include
CXX ?= g++
CXXFLAGS ?= -std=c++17 -O2 -Wno-unknown-pragmas -ffp-contract=off
WORK := $(TOP)_hls

.PHONY: csim tb csynth cosim sw_emu hw_emu hw run clean

csim:
\tvitis-run --mode hls --csim --config hls_config.cfg --work_dir $(WORK)

tb: kernel.cpp kernel.h tb.cpp data_io.h
\t$(CXX) $(CXXFLAGS) -I$(HLS_INCLUDE) -I. kernel.cpp tb.cpp -o tb
\t./tb data

csynth:
\tv++ -c --mode hls --config hls_config.cfg --work_dir $(WORK)

cosim: csynth
\tvitis-run --mode hls --cosim --config hls_config.cfg --work_dir $(WORK)

# ---- kernel flow: TARGET = sw_emu | hw_emu | hw
BUILD = build_dir.$(TARGET)
XO = $(BUILD)/$(TOP).xo
XCLBIN = $(BUILD)/$(TOP).xclbin

sw_emu hw_emu hw:
\t$(MAKE) run TARGET=$@

$(BUILD)/$(TOP).xo: kernel.cpp kernel.h
\tmkdir -p $(BUILD)
\tv++ -c -t $(TARGET) --platform $(PLATFORM) -k $(TOP) -I. --temp_dir $(BUILD)/tmp -o $@ kernel.cpp

$(BUILD)/$(TOP).xclbin: $(BUILD)/$(TOP).xo
\tv++ -l -t $(TARGET) --platform $(PLATFORM) --temp_dir $(BUILD)/tmp -o $@ $<

host: host.cpp kernel.h data_io.h
\t$(CXX) -std=c++17 -O2 -Wno-unknown-pragmas -I$(XILINX_XRT)/include -I$(HLS_INCLUDE) -I. host.cpp -o host \\
\t  -L$(XILINX_XRT)/lib -lxrt_coreutil -pthread

emconfig.json:
\temconfigutil --platform $(PLATFORM) --od .

run: host $(XCLBIN)
ifeq ($(TARGET),hw)
\t./host $(XCLBIN) data
else
\t$(MAKE) emconfig.json
\tXCL_EMULATION_MODE=$(TARGET) ./host $(XCLBIN) data
endif

clean:
\trm -rf tb host $(WORK) $(TOP)_prj build_dir.* emconfig.json *.log _x .Xil .run
`;
}

function readme(k: EmittedKernel, d: Device, designName: string | undefined, seed: number, dataFiles: readonly string[]): string {
  const ports = k.ports
    .map((p) => `| \`${p.cName}\` | ${markdownInline(p.alloName)} | ${typeToString(p.elem)}${p.shape.length ? `[${p.shape.join(", ")}]` : ""}${p.dynamic ? " (declared with a dynamic size: a pointer of any size; this size is the testbench's)" : ""} | ${p.dir === "in" ? "input (s_axilite)" : p.dir === "inout" ? "in/out array (m_axi)" : "output (m_axi)"} |`)
    .join("\n");
  return `# ${k.top}: Vitis HLS project exported by Allo Studio

Exported from ${designName ? `\`${markdownInline(designName)}\`` : "an Allo design"} for ${d.name.toUpperCase()} (part \`${d.part}\`,
platform \`${d.platform}\`, ${d.mhz} MHz). Written for the Vitis 2024.2 / 2025.1 unified flow
(\`v++ -c --mode hls\`, \`vitis-run\`); \`run_hls.tcl\` also works with the classic \`vitis_hls -f\` of 2023.x/2024.1.

The kernel computes exactly the bits Allo Studio's simulator computes (integers wrap, fixed-point uses AP_TRN/AP_WRAP,
float32 is rounded after every operation). The testbench checks this: its golden data came from the simulator.

## Files

| File | What it is |
|---|---|
| \`kernel.cpp\` | the kernel: C++ with \`ap_int\`/\`ap_fixed\` and HLS pragmas, one function per Allo function |
| \`kernel.h\` | the top function's prototype and calling convention |
| \`tb.cpp\` | self-checking C-simulation testbench: exit 0 = every output matches, 1 = first mismatch printed |
| \`data_io.h\` | reading the data files and comparing values (used by \`tb.cpp\` and \`host.cpp\`) |
| \`data/in_*.dat\` | inputs (seed ${seed}); \`data/golden_*.dat\`: expected outputs from the simulator |
| \`run_hls.tcl\` | Tcl flow: csim, csynth, cosim, export |
| \`hls_config.cfg\` | unified-flow config for \`v++ -c --mode hls\` and \`vitis-run --mode hls\` |
| \`host.cpp\` | XRT native-API host program (\`xrt::device\`, \`xrt::kernel\`, \`xrt::bo\`) running the xclbin |
| \`Makefile\` | targets \`csim\`, \`tb\`, \`csynth\`, \`cosim\`, \`sw_emu\`, \`hw_emu\`, \`hw\` |

Data files (${dataFiles.length}): one value per line after \`#\` comment lines; integers in decimal, fixed-point as the raw
integer (value = raw / 2^F), floats as IEEE-754 bit patterns in hex, so every value round-trips exactly.

## Top-level interface

| C++ port | Allo | type | direction |
|---|---|---|---|
${ports}

Returned arrays become trailing output arrays; returned scalars are written through a pointer. Arrays are
\`m_axi\` ports (one bundle each), scalars \`s_axilite\`.

## Commands

\`\`\`sh
make tb         # g++ -std=c++17 -I$XILINX_HLS/include kernel.cpp tb.cpp -o tb && ./tb data
make csim       # vitis-run --mode hls --csim  --config hls_config.cfg --work_dir ${k.top}_hls
make csynth     # v++ -c --mode hls --config hls_config.cfg --work_dir ${k.top}_hls
make cosim      # vitis-run --mode hls --cosim --config hls_config.cfg --work_dir ${k.top}_hls
make hw_emu     # v++ -c/-l for PLATFORM=${d.platform}, then XCL_EMULATION_MODE=hw_emu ./host
vitis_hls -f run_hls.tcl -tclargs "csim csynth cosim export"   # classic Tcl flow
\`\`\`

## Notes

- float32 math functions (\`exp\`, \`sqrt\`, ...) are computed in double and rounded once, as the simulator does;
  \`hls::expf\` and friends are cheaper in hardware but may differ in the last bit.
- Division by zero gives 0 and \`x % 0\` gives \`x\` (the simulator's convention), through small helper functions.
- Partitioning a top-level \`m_axi\` port is not allowed in the kernel flow; such schedule requests appear as comments.
`;
}
