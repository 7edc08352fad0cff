"""Writes the PyTorch reference of the from_pytorch GPT test, once, with PyTorch installed.

Runs the model classes of test/fixtures/torch/tiny_gpt.py in PyTorch with weights and inputs given by a
formula the test repeats inside Allo Studio (so no weights need committing), and saves the output as .npy.
Run: python3 scripts/torch-gpt2-reference.py  (needs torch and numpy; CI only reads the .npy).
"""
import os
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "test", "fixtures", "torch")
namespace = {}
exec(open(os.path.join(FIX, "tiny_gpt.py")).read(), namespace)

# Small dims: vocab 3, width 8, 2 heads, 2 blocks; batch 2, sequence 4.
model = namespace["TinyGPT"](3, 8, 2, 2).eval()
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
