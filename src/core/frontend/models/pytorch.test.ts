import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { compile, runScript } from "../../api";
import { readNpy } from "../../sim/npy";
import { scheduleOf } from "../../library/index";

const FIX = join(__dirname, "../../../../test/fixtures/torch");
/** A small GPT of our own (view/transpose heads, tril + masked_fill mask, ModuleList of post-norm blocks). */
const CLASSES = `import allo\nimport numpy as np\n${readFileSync(join(FIX, "tiny_gpt.py"), "utf8")}`;
/** Allo's own examples/torch/gpt2.py, read from an Allo checkout when ALLO_REPO names one. */
const ALLO_GPT2 = process.env.ALLO_REPO ? join(process.env.ALLO_REPO, "examples/torch/gpt2.py") : undefined;

const run = (src: string) => {
  const r = runScript(src);
  return { text: r.output.map((o) => o.text).join(""), failure: r.failure };
};

describe("PyTorch models in design files", () => {
  it.skipIf(!ALLO_GPT2 || !existsSync(ALLO_GPT2))("runs Allo's examples/torch/gpt2.py unchanged: from_pytorch simulates to the eager model (atol 1e-3) and prints HLS", () => {
    const r = run(readFileSync(ALLO_GPT2!, "utf8"));
    expect(r.failure).toBeUndefined();
    expect(r.text).toContain("Test passed!");
    expect(r.text).toContain("void forward(");
  });

  it("matches PyTorch's own output for a two-block GPT (reference written by scripts/torch-gpt2-reference.py)", () => {
    const ref = readNpy(new Uint8Array(readFileSync(join(FIX, "gpt2_ref_out.npy"))));
    if ("error" in ref) throw new Error(ref.error);
    expect(ref.shape).toEqual([2, 4, 3]);
    const refList = JSON.stringify(Array.from(ref.data as ArrayLike<number>, Number));
    const r = run(`${CLASSES}
model = TinyGPT(3, 8, 2, 2).eval()
state = {}
for i, (name, p) in enumerate(model.state_dict().items()):
    n = p.numel()
    state[name] = torch.tensor((np.sin(np.arange(n) * 0.37 + i) * 0.4).reshape(tuple(p.shape)).astype(np.float32))
model.load_state_dict(state)
x = np.cos(np.arange(2 * 4 * 8) * 0.21).reshape((2, 4, 8)).astype(np.float32)
golden = model(torch.tensor(x)).detach().numpy()
mod = allo.frontend.from_pytorch(model, example_inputs=[torch.tensor(x)])
res = mod(x)
ref = np.array(${refList}, dtype=np.float32).reshape((2, 4, 3))
np.testing.assert_allclose(golden, ref, atol=1e-5)
np.testing.assert_allclose(res, ref, atol=1e-5)
print(res.shape, len(model.state_dict()))
`);
    expect(r.failure).toBeUndefined();
    expect(r.text).toBe("(2, 4, 3) 36\n");
  });

  it("compiles a from_pytorch design: one NN library kernel per operator instance in dataflow order, each with its library schedule", () => {
    const src = `${CLASSES}
block = Block(8, 2)
mod = allo.frontend.from_pytorch(block, example_inputs=[torch.rand(1, 4, 8)])
`;
    const c = compile(src);
    expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const names = c.design!.functions;
    expect(names[0]).toBe("forward");
    // each kernel is its own instance (the call's string id), named after the library kernel
    expect(names.slice(1).map((n, i) => { expect(n.endsWith(`_${i}`)).toBe(true); return n.slice(0, -`_${i}`.length); })).toEqual([
      "linear3d", "reshape3d_4d", "transpose4d_0213", "linear3d", "reshape3d_4d", "transpose4d_0213", "linear3d", "reshape3d_4d", "transpose4d_0213",
      "transpose4d_0132", "bmm4d", "div4d", "where4d", "softmax4d", "bmm4d", "transpose4d_0213", "reshape4d_3d",
      "linear3d", "add3d", "layer_norm3d", "linear3d", "gelu3d", "linear3d", "add3d", "layer_norm3d",
    ]);
    // every kernel is an instance of an allo.library.nn kernel that has a library schedule
    for (const n of names.slice(1)) expect(scheduleOf(n.replace(/_\d+$/, ""))?.module, n).toBe("allo.library.nn");
    // the schedule is one compose step per kernel, and each kernel comes out with its library schedule
    // applied: linear3d's three loops (init, MAC, write-back) pipelined, layer norm's three, softmax's two, one loop elsewhere
    expect(c.steps!.length).toBe(names.length - 1);
    expect(c.steps!.every((s) => s.status === "applied" && s.method === "compose")).toBe(true);
    const mlir = c.mlir!;
    for (const n of names.slice(1)) {
      const body = mlir.slice(mlir.indexOf(`func.func @${n}(`), mlir.indexOf("\n  }\n", mlir.indexOf(`func.func @${n}(`)));
      const want = n.startsWith("linear3d") || n.startsWith("layer_norm") ? 3 : n.startsWith("softmax") ? 2 : 1;
      expect([n, (body.match(/pipeline_ii = 1/g) ?? []).length]).toEqual([n, want]);
    }
    // a kernel's step and its IR point at the model line that made the operator
    expect(src.slice(c.steps![0]!.range.from, c.steps![0]!.range.to)).toBe("self.query(x)");
  });

  it("reports a bad model at the user's line: a shape mismatch inside nn.Linear points at the call", () => {
    const src = `
import torch
import torch.nn as nn
import allo

class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 4)
    def forward(self, x):
        return self.fc(x)

mod = allo.frontend.from_pytorch(M(), example_inputs=[torch.rand(2, 5)])
`;
    const c = compile(src);
    const err = c.diagnostics.find((d) => d.severity === "error");
    expect(err?.message).toContain("cannot be multiplied");
    expect(src.slice(err!.range.from, err!.range.to)).toBe("self.fc(x)");
  });

  it("nn.Sequential, ReLU and Dropout; parameters are seeded and deterministic", () => {
    const src = `
import torch
import torch.nn as nn
import numpy as np
import allo
torch.manual_seed(3)
net = nn.Sequential(nn.Linear(6, 5), nn.ReLU(), nn.Dropout(0.1), nn.Linear(5, 2))
x = torch.randn(3, 6)
mod = allo.frontend.from_pytorch(net, example_inputs=[x])
out = mod(x.numpy())
np.testing.assert_allclose(out, net(x).detach().numpy(), rtol=1e-5, atol=1e-6)
print([n for n, p in net.named_parameters()], float(net[0].weight.sum()))
`;
    const a = run(src);
    const b = run(src);
    expect(a.failure).toBeUndefined();
    expect(a.text).toBe(b.text);
    expect(a.text).toContain("['0.weight', '0.bias', '3.weight', '3.bias']");
  });

  it("prints a large weight table in MLIR's hex form, the float32 bytes little-endian", () => {
    const c = compile(`
import torch
import torch.nn as nn
import allo
m = nn.Linear(8, 600)
m.load_state_dict({"weight": torch.ones(600, 8) * 1.5, "bias": torch.zeros(600)})
mod = allo.frontend.from_pytorch(m, example_inputs=[torch.rand(2, 8)])
`);
    expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // 1.5f is 0x3FC00000: bytes 00 00 C0 3F
    expect(c.mlir).toContain(`memref<600x8xf32> = dense<"0x${"0000C03F".repeat(4800)}">`);
  });
});
