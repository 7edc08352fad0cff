"""Writes the fixtures of the from_pytorch softmax-axis and tensor-indexing tests, once, with PyTorch.

A small model takes softmax over the token axis (dim=1) and over the batch axis (dim=0), not the
last one, and indexes its traced tensors with basic indexing (`c[:, -1]`, `c[:, 1:4, 2:6]`,
`c[..., :4]`, `last[:, None, :3]`). Its weights (PyTorch's initialisation, seed 0) go to net.npz, which
the design file loads with a dict comprehension; x.npy is the input and ref.npy PyTorch's output.
Run: python3 scripts/torch-index-fixtures.py  (needs torch and numpy; CI only reads the files).
"""
import os
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test", "fixtures", "torch", "index")
os.makedirs(OUT, exist_ok=True)

MODEL = '''import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import allo


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 8)
        self.head = nn.Linear(4, 3)

    def forward(self, x):
        h = self.fc(x)
        c = F.softmax(h, dim=1) + torch.softmax(h, dim=0)
        last = c[:, -1]
        y = self.head(c[:, 1:4, 2:6]) + self.head(c[..., :4])[:, 2:]
        return y + last[:, None, :3]


model = Net().eval()
'''
namespace = {}
exec(MODEL.replace("import allo\n", ""), namespace)
torch.manual_seed(0)
model = namespace["Net"]().eval()
state = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
np.savez(os.path.join(OUT, "net.npz"), **state)
x = torch.rand(2, 5, 6)
np.save(os.path.join(OUT, "x.npy"), x.numpy().astype(np.float32))
with torch.no_grad():
    np.save(os.path.join(OUT, "ref.npy"), model(x).numpy().astype(np.float32))

with open(os.path.join(OUT, "design.py"), "w") as f:
    f.write("# Softmax over dims 0 and 1 and basic indexing of traced tensors; weights from net.npz.\n" + MODEL
            + 'model.load_state_dict({k: torch.from_numpy(v) for k, v in np.load("net.npz").items()})\n'
            + "mod = allo.frontend.from_pytorch(model, example_inputs=[torch.rand(2, 5, 6)])\n")
print("wrote", sorted(os.listdir(OUT)))
