"""Writes the PyTorch reference of the from_pytorch GPT-2 test, once, with PyTorch installed.

test/fixtures/torch/gpt2.py is Allo's examples/torch/gpt2.py exactly as Allo ships it. This script
runs its model classes (the file up to "# Large size") in PyTorch with weights and inputs given by a formula the
test repeats inside Allo Studio (so no weights need committing), and saves the output as .npy.
Run: python3 scripts/torch-gpt2-reference.py  (needs torch and numpy; CI only reads the .npy).
"""
import os
import sys
import types
import numpy as np
import torch

# The model file imports allo (as Allo's example does); its classes use only torch, so stubs do.
allo = types.ModuleType("allo")
allo.backend = types.ModuleType("allo.backend")
allo.backend.hls = types.ModuleType("allo.backend.hls")
sys.modules.update({"allo": allo, "allo.backend": allo.backend, "allo.backend.hls": allo.backend.hls})

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "test", "fixtures", "torch")
namespace = {}
exec(open(os.path.join(FIX, "gpt2.py")).read().split("# Large size")[0], namespace)

# Small dims: vocab 3, embedding 8, 2 heads, 2 layers; batch 2, sequence 4.
model = namespace["GPT2"](3, 8, 2, 2).eval()
state = {}
for i, (name, p) in enumerate(model.state_dict().items()):
    n = p.numel()
    state[name] = torch.tensor((np.sin(np.arange(n) * 0.37 + i) * 0.4).reshape(tuple(p.shape)).astype(np.float32))
model.load_state_dict(state)
x = np.cos(np.arange(2 * 4 * 8) * 0.21).reshape((2, 4, 8)).astype(np.float32)
with torch.no_grad():
    out = model(torch.tensor(x)).numpy()
np.save(os.path.join(FIX, "gpt2_ref_out.npy"), out.astype(np.float32))
print("names:", list(state.keys()))
print("out shape", out.shape, "max |out|", float(np.abs(out).max()))
