"""Writes the fixtures of the from_pytorch weight-loading tests, once, with PyTorch installed.

A small model (Linear, LayerNorm, GELU, Linear) with PyTorch's own initialisation (seed 0) saves its
state_dict twice: as one .npz (np.savez, keys are the state_dict names) and as one .npy per parameter.
Two design files load them (model.load_state_dict(np.load("net.npz")): Allo Studio's np.load of an
.npz is a dict of arrays, which load_state_dict takes; and np.load of each .npy); the input
x.npy and PyTorch's output ref.npy let the test check the simulated design against PyTorch itself.
Run: python3 scripts/torch-weights-fixtures.py  (needs torch and numpy; CI only reads the files).
"""
import os
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test", "fixtures", "torch", "weights")
os.makedirs(OUT, exist_ok=True)

MODEL = '''import numpy as np
import torch
import torch.nn as nn
import allo


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(6, 8)
        self.norm = nn.LayerNorm(8)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc2(self.act(self.norm(self.fc1(x))))


model = Net().eval()
'''
namespace = {}
exec(MODEL.replace("import allo\n", ""), namespace)
torch.manual_seed(0)
model = namespace["Net"]().eval()
state = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
np.savez(os.path.join(OUT, "net.npz"), **state)
for k, v in state.items():
    np.save(os.path.join(OUT, k.replace(".", "_") + ".npy"), v)
x = torch.rand(4, 6)
np.save(os.path.join(OUT, "x.npy"), x.numpy().astype(np.float32))
with torch.no_grad():
    np.save(os.path.join(OUT, "ref.npy"), model(x).numpy().astype(np.float32))

TAIL = "mod = allo.frontend.from_pytorch(model, example_inputs=[torch.rand(4, 6)])\n"
with open(os.path.join(OUT, "design_npz.py"), "w") as f:
    f.write("# The weights come from net.npz beside this file (np.savez of the model's state_dict).\n" + MODEL
            + 'model.load_state_dict(np.load("net.npz"))\n' + TAIL)
with open(os.path.join(OUT, "design_npy.py"), "w") as f:
    loads = ", ".join('"%s": torch.from_numpy(np.load("%s.npy"))' % (k, k.replace(".", "_")) for k in state)
    f.write("# The weights come from one .npy file per parameter beside this file.\n" + MODEL
            + "model.load_state_dict({%s})\n" % loads + TAIL)
print("wrote", sorted(os.listdir(OUT)))
