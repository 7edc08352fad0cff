import type { LibraryOp } from "../op";

/**
 * `nn.conv2d[Ty, B, Cin, Cout, H, W, Kh, Kw, Oh, Ow, Sh, Sw, Pd0, Pd1](inp[B, Cin, H, W],
 * kernel[Cout, Cin, Kh, Kw], bias[Cout]) -> [B, Cout, Oh, Ow]`: torch.nn.Conv2d with strides Sh, Sw
 * and zero padding Pd0 (rows), Pd1 (columns); dilation 1, groups 1.
 */
export const conv2d: LibraryOp = {
  kernel: "conv2d",
  schedule: "schedule_conv2d",
  source: String.raw`
def conv2d[Ty, B, Cin, Cout, H, W, Kh, Kw, Oh, Ow, Sh, Sw, Pd0, Pd1](inp: "Ty[B, Cin, H, W]", kernel: "Ty[Cout, Cin, Kh, Kw]", bias: "Ty[Cout]") -> "Ty[B, Cout, Oh, Ow]":
    Z: Ty[B, Cout, Oh, Ow]
    for batch, cout, oh, ow in allo.grid(B, Cout, Oh, Ow):
        temp: Ty = bias[cout]
        for cin, kh, kw in allo.grid(Cin, Kh, Kw):
            # positions are integers here (Allo types them Ty); outside the input is the zero padding
            h_pos: int32 = oh * Sh + kh - Pd0
            w_pos: int32 = ow * Sw + kw - Pd1
            if h_pos >= 0 and h_pos < H and w_pos >= 0 and w_pos < W:
                temp += inp[batch, cin, h_pos, w_pos] * kernel[cout, cin, kh, kw]
        Z[batch, cout, oh, ow] = temp
    return Z


def schedule_conv2d(s):
    s.pipeline("conv2d:cout")
    s.pipeline("conv2d:ow")
    return s
`,
};
