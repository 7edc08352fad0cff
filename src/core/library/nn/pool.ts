import type { LibraryOp } from "../op";

/**
 * `nn.maxpool2d[Ty, B, C, H, W, K, Oh, Ow, S, Pd](inp[B, C, H, W]) -> [B, C, Oh, Ow]`: K×K window,
 * stride S, padding Pd (padded cells never win).
 */
export const maxpool2d: LibraryOp = {
  kernel: "maxpool2d",
  schedule: "schedule_maxpool2d",
  source: String.raw`
def maxpool2d[Ty, B, C, H, W, K, Oh, Ow, S, Pd](inp: "Ty[B, C, H, W]") -> "Ty[B, C, Oh, Ow]":
    Z: Ty[B, C, Oh, Ow]
    for batch, c, oh, ow in allo.grid(B, C, Oh, Ow):
        max_val: Ty = -1000000000000.0
        for kh, kw in allo.grid(K, K):
            h_pos: int32 = oh * S + kh - Pd
            w_pos: int32 = ow * S + kw - Pd
            if h_pos >= 0 and h_pos < H and w_pos >= 0 and w_pos < W:
                new_max: Ty = max(max_val, inp[batch, c, h_pos, w_pos])
                max_val = new_max
        Z[batch, c, oh, ow] = max_val
    return Z


def schedule_maxpool2d(s):
    s.pipeline("maxpool2d:c")
    s.pipeline("maxpool2d:ow")
    return s
`,
};

/**
 * `nn.avgpool2d[Ty, B, C, H, W, K, Oh, Ow, S, Pd](inp[B, C, H, W]) -> [B, C, Oh, Ow]`: K×K window,
 * stride S, padding Pd counted in the divisor (torch's count_include_pad=True).
 */
export const avgpool2d: LibraryOp = {
  kernel: "avgpool2d",
  schedule: "schedule_avgpool2d",
  source: String.raw`
def avgpool2d[Ty, B, C, H, W, K, Oh, Ow, S, Pd](inp: "Ty[B, C, H, W]") -> "Ty[B, C, Oh, Ow]":
    Z: Ty[B, C, Oh, Ow]
    for batch, c, oh, ow in allo.grid(B, C, Oh, Ow):
        temp: Ty = 0.0
        for kh, kw in allo.grid(K, K):
            h_pos: int32 = oh * S + kh - Pd
            w_pos: int32 = ow * S + kw - Pd
            if h_pos >= 0 and h_pos < H and w_pos >= 0 and w_pos < W:
                temp += inp[batch, c, h_pos, w_pos]
        Z[batch, c, oh, ow] = temp / (K * K)
    return Z


def schedule_avgpool2d(s):
    s.pipeline("avgpool2d:c")
    s.pipeline("avgpool2d:ow")
    return s
`,
};
