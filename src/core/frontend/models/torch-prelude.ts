/**
 * torch.nn's module classes, written in the Python the script interpreter runs: user models derive
 * from them like from PyTorch's (`super().__init__()`, attributes, `forward`). Parameters are made by
 * `torch._param` (seeded, deterministic: PyTorch's default uniform(±1/√fan_in) ranges, our stream),
 * tensor math goes through torch.nn.functional, implemented natively (tensor.ts).
 */
export const TORCH_PRELUDE = `
class Module:
    def __init__(self):
        self.training = True
    def eval(self):
        self.training = False
        return self
    def train(self, mode=True):
        self.training = mode
        return self
    def named_parameters(self):
        return torch._named_parameters(self)
    def parameters(self):
        return [p for n, p in torch._named_parameters(self)]
    def state_dict(self):
        return torch._state_dict(self)
    def load_state_dict(self, state_dict, strict=True):
        return torch._load_state_dict(self, state_dict, strict)
    def to(self, device=None):
        return self
    def cpu(self):
        return self
    def float(self):
        return self
    def requires_grad_(self, flag=True):
        return self

class Identity(Module):
    def __init__(self, *args):
        super().__init__()
    def forward(self, x):
        return x

class Linear(Module):
    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = torch._param((out_features, in_features), in_features)
        if bias:
            self.bias = torch._param((out_features,), in_features)
        else:
            self.bias = None
    def forward(self, x):
        return F.linear(x, self.weight, self.bias)

class LayerNorm(Module):
    def __init__(self, normalized_shape, eps=1e-5, elementwise_affine=True, bias=True, device=None, dtype=None):
        super().__init__()
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        if elementwise_affine:
            self.weight = torch._const_param(self.normalized_shape, 1.0)
            if bias:
                self.bias = torch._const_param(self.normalized_shape, 0.0)
            else:
                self.bias = None
        else:
            self.weight = None
            self.bias = None
    def forward(self, x):
        return F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)

class GELU(Module):
    def __init__(self, approximate="none"):
        super().__init__()
        self.approximate = approximate
    def forward(self, x):
        return F.gelu(x, approximate=self.approximate)

class ReLU(Module):
    def __init__(self, inplace=False):
        super().__init__()
    def forward(self, x):
        return F.relu(x)

class Tanh(Module):
    def forward(self, x):
        return torch.tanh(x)

class Sigmoid(Module):
    def forward(self, x):
        return torch.sigmoid(x)

class Softmax(Module):
    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim
    def forward(self, x):
        return F.softmax(x, dim=self.dim)

class Dropout(Module):
    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        self.p = p
    def forward(self, x):
        return x

class Embedding(Module):
    def __init__(self, num_embeddings, embedding_dim, padding_idx=None):
        super().__init__()
        self.num_embeddings = num_embeddings
        self.embedding_dim = embedding_dim
        self.weight = torch._normal_param((num_embeddings, embedding_dim))
    def forward(self, x):
        return F.embedding(x, self.weight)

class ModuleList(Module):
    def __init__(self, modules=None):
        super().__init__()
        self._len = 0
        if modules is not None:
            for m in modules:
                self.append(m)
    def append(self, m):
        setattr(self, str(self._len), m)
        self._len = self._len + 1
        return self
    def __len__(self):
        return self._len
    def __iter__(self):
        return [getattr(self, str(i)) for i in range(self._len)]
    def __getitem__(self, i):
        if i < 0:
            i = i + self._len
        return getattr(self, str(i))

class Sequential(ModuleList):
    def __init__(self, *modules):
        super().__init__(modules)
    def forward(self, x):
        for m in self:
            x = m(x)
        return x
`;
