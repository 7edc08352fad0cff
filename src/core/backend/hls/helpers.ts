/**
 * C++ helper functions the emitted kernel calls where plain C++ would not compute the simulator's bits
 * (DESIGN §5): division by zero, INT_MIN / -1, floor division, shifts by any amount, bit access past the
 * width, JS-style float min/max, bitcasts. Only the helpers a kernel uses are emitted, in this fixed order,
 * so the output is deterministic. All are C++14 (Vitis HLS's front end) and synthesizable.
 */

interface Helper {
  readonly needs: readonly string[];
  readonly code: string;
}

const HELPERS: Readonly<Record<string, Helper>> = {
  div: {
    needs: [],
    code: `// a / b truncating toward zero, with a / 0 = 0 and wrapping (MIN / -1 = MIN), as the simulator defines it.
template <typename T> static inline T allo_div(T a, T b) { return b == 0 ? T(0) : T(a / b); }
template <> inline int32_t allo_div<int32_t>(int32_t a, int32_t b) { return b == 0 ? 0 : (int32_t)((int64_t)a / b); }
template <> inline int64_t allo_div<int64_t>(int64_t a, int64_t b) {
  return b == 0 ? 0 : b == -1 ? (int64_t)(0ULL - (uint64_t)a) : a / b;
}`,
  },
  rem: {
    needs: [],
    code: `// a % b with the dividend's sign (C), and a % 0 = a, as the simulator defines it.
template <typename T> static inline T allo_rem(T a, T b) { return b == 0 ? a : T(a % b); }
template <> inline int32_t allo_rem<int32_t>(int32_t a, int32_t b) { return b == 0 ? a : (int32_t)((int64_t)a % b); }
template <> inline int64_t allo_rem<int64_t>(int64_t a, int64_t b) { return b == 0 ? a : b == -1 ? 0 : a % b; }`,
  },
  floordiv: {
    needs: ["div", "rem"],
    code: `// Python's a // b (toward -infinity), a // 0 = 0.
template <typename T> static inline T allo_floordiv(T a, T b) {
  if (b == 0) return T(0);
  const T q = allo_div<T>(a, b);
  const T r = allo_rem<T>(a, b);
  return (r != 0 && ((r < 0) != (b < 0))) ? T(q - 1) : q;
}`,
  },
  fx_floordiv: {
    needs: ["floordiv"],
    code: `// Fixed-point a // b: the floor of the real quotient (an integer value), a // 0 = 0.
template <int W, int I> static inline ap_fixed<W, I> allo_fx_floordiv(ap_fixed<W, I> a, ap_fixed<W, I> b) {
  const ap_int<W + 1> ra = ap_int<W>(a.range(W - 1, 0)), rb = ap_int<W>(b.range(W - 1, 0));
  return ap_fixed<W, I>(allo_floordiv<ap_int<W + 1> >(ra, rb));
}
template <int W, int I> static inline ap_ufixed<W, I> allo_fx_floordiv(ap_ufixed<W, I> a, ap_ufixed<W, I> b) {
  const ap_uint<W> ra = a.range(W - 1, 0), rb = b.range(W - 1, 0);
  return ap_ufixed<W, I>(allo_floordiv<ap_uint<W> >(ra, rb));
}`,
  },
  fx_shift: {
    needs: ["shift"],
    code: `// Fixed-point << and >> move the raw bits (the type stays), by any amount, as the integer shifts do.
template <int W, int I> static inline ap_fixed<W, I> allo_fx_shl(ap_fixed<W, I> a, long long n) {
  ap_fixed<W, I> r;
  r.range(W - 1, 0) = allo_shl(ap_int<W>(a.range(W - 1, 0)), n);
  return r;
}
template <int W, int I> static inline ap_ufixed<W, I> allo_fx_shl(ap_ufixed<W, I> a, long long n) {
  ap_ufixed<W, I> r;
  r.range(W - 1, 0) = allo_shl(ap_uint<W>(a.range(W - 1, 0)), n);
  return r;
}
template <int W, int I> static inline ap_fixed<W, I> allo_fx_shr(ap_fixed<W, I> a, long long n) {
  ap_fixed<W, I> r;
  r.range(W - 1, 0) = allo_shr(ap_int<W>(a.range(W - 1, 0)), n);
  return r;
}
template <int W, int I> static inline ap_ufixed<W, I> allo_fx_shr(ap_ufixed<W, I> a, long long n) {
  ap_ufixed<W, I> r;
  r.range(W - 1, 0) = allo_shr(ap_uint<W>(a.range(W - 1, 0)), n);
  return r;
}`,
  },
  fx_rem: {
    needs: ["rem"],
    code: `// Fixed-point a % b on the raw values (same resolution), a % 0 = a.
template <int W, int I> static inline ap_fixed<W, I> allo_fx_rem(ap_fixed<W, I> a, ap_fixed<W, I> b) {
  ap_fixed<W, I> r;
  r.range(W - 1, 0) = allo_rem<ap_int<W> >(ap_int<W>(a.range(W - 1, 0)), ap_int<W>(b.range(W - 1, 0)));
  return r;
}
template <int W, int I> static inline ap_ufixed<W, I> allo_fx_rem(ap_ufixed<W, I> a, ap_ufixed<W, I> b) {
  ap_ufixed<W, I> r;
  r.range(W - 1, 0) = allo_rem<ap_uint<W> >(ap_uint<W>(a.range(W - 1, 0)), ap_uint<W>(b.range(W - 1, 0)));
  return r;
}`,
  },
  abs: {
    needs: [],
    code: `// |x| in x's type: the most negative value wraps to itself.
template <typename T> static inline T allo_abs(T x) { return x < 0 ? T(-x) : x; }
template <> inline int32_t allo_abs<int32_t>(int32_t x) { return x < 0 ? (int32_t)(0u - (uint32_t)x) : x; }
template <> inline int64_t allo_abs<int64_t>(int64_t x) { return x < 0 ? (int64_t)(0ULL - (uint64_t)x) : x; }`,
  },
  fminmax: {
    needs: [],
    code: `// min/max as the simulator computes them (JavaScript Math.min/max): NaN if either is NaN, -0 < +0.
template <typename F> static inline F allo_fmin(F a, F b) {
  if (a != a || b != b) return std::numeric_limits<F>::quiet_NaN();
  if (a == b) return std::signbit(a) ? a : b;
  return a < b ? a : b;
}
template <typename F> static inline F allo_fmax(F a, F b) {
  if (a != a || b != b) return std::numeric_limits<F>::quiet_NaN();
  if (a == b) return std::signbit(a) ? b : a;
  return a > b ? a : b;
}`,
  },
  shamt: {
    needs: [],
    code: `// A shift amount of any integer type, clamped (shifting by more than the width gives the same result).
template <int W, bool S> static inline long long allo_shamt(const ap_int_base<W, S>& n) {
  return n > 4096 ? 4096LL : n < -4096 ? -4096LL : (long long)n.to_int64();
}`,
  },
  shift: {
    needs: [],
    code: `// Shifts by any amount: bits shifted out are lost, >> is arithmetic on signed values, a negative amount
// shifts the other way (C++ leaves amounts outside [0, W) undefined).
template <int W> static inline ap_int<W> allo_shr(ap_int<W> a, long long n);
template <int W> static inline ap_uint<W> allo_shr(ap_uint<W> a, long long n);
template <int W> static inline ap_int<W> allo_shl(ap_int<W> a, long long n) {
  if (n < 0) return allo_shr(a, -n);
  return n >= W ? ap_int<W>(0) : ap_int<W>(a << (int)n);
}
template <int W> static inline ap_uint<W> allo_shl(ap_uint<W> a, long long n) {
  if (n < 0) return allo_shr(a, -n);
  return n >= W ? ap_uint<W>(0) : ap_uint<W>(a << (int)n);
}
template <int W> static inline ap_int<W> allo_shr(ap_int<W> a, long long n) {
  if (n < 0) return allo_shl(a, -n);
  if (n >= W) return a < 0 ? ap_int<W>(-1) : ap_int<W>(0);
  return ap_int<W>(a >> (int)n);
}
template <int W> static inline ap_uint<W> allo_shr(ap_uint<W> a, long long n) {
  if (n < 0) return allo_shl(a, -n);
  return n >= W ? ap_uint<W>(0) : ap_uint<W>(a >> (int)n);
}`,
  },
  get_bit: {
    needs: [],
    code: `// Bit i of x's two's-complement value: bits past the width read as the sign.
template <int W> static inline ap_uint<1> allo_get_bit(ap_int<W> x, long long i) {
  if (i < 0) return 0;
  if (i >= W) return x < 0 ? 1 : 0;
  return x[(int)i] ? 1 : 0;
}
template <int W> static inline ap_uint<1> allo_get_bit(ap_uint<W> x, long long i) {
  return (i < 0 || i >= W) ? 0 : (x[(int)i] ? 1 : 0);
}`,
  },
  get_slice: {
    needs: ["get_bit"],
    code: `// Bits lo..hi-1 of x (Allo's x[lo:hi]) as an unsigned RW-bit value; bits past the width read as the sign.
template <int RW, int W> static inline ap_uint<RW> allo_get_slice(ap_int<W> x, long long lo, long long hi) {
  ap_uint<RW> r = 0;
  for (long long i = lo; i < hi && i - lo < RW; ++i) r[(int)(i - lo)] = allo_get_bit(x, i);
  return r;
}
template <int RW, int W> static inline ap_uint<RW> allo_get_slice(ap_uint<W> x, long long lo, long long hi) {
  ap_uint<RW> r = 0;
  for (long long i = lo; i < hi && i - lo < RW; ++i) r[(int)(i - lo)] = allo_get_bit(x, i);
  return r;
}`,
  },
  set_bit: {
    needs: [],
    code: `// x with bit i replaced by v (a bit past the width changes nothing).
template <int W> static inline ap_int<W> allo_set_bit(ap_int<W> x, long long i, ap_uint<1> v) {
  if (i >= 0 && i < W) x[(int)i] = v;
  return x;
}
template <int W> static inline ap_uint<W> allo_set_bit(ap_uint<W> x, long long i, ap_uint<1> v) {
  if (i >= 0 && i < W) x[(int)i] = v;
  return x;
}`,
  },
  set_slice: {
    needs: ["get_bit"],
    code: `// x with bits lo..hi-1 replaced by the low bits of v (v sign-extended); bits past x's width are dropped.
template <int W, int VW> static inline ap_int<W> allo_set_slice(ap_int<W> x, long long lo, long long hi, ap_int<VW> v) {
  for (long long i = lo < 0 ? 0 : lo; i < hi && i < W; ++i) x[(int)i] = allo_get_bit(v, i - lo);
  return x;
}
template <int W, int VW> static inline ap_uint<W> allo_set_slice(ap_uint<W> x, long long lo, long long hi, ap_int<VW> v) {
  for (long long i = lo < 0 ? 0 : lo; i < hi && i < W; ++i) x[(int)i] = allo_get_bit(v, i - lo);
  return x;
}`,
  },
  reverse: {
    needs: [],
    code: `// The W bits of x in reverse order (Allo's x.reverse()).
template <int W> static inline ap_uint<W> allo_reverse(ap_uint<W> x) {
  ap_uint<W> r = 0;
  for (int i = 0; i < W; ++i) r[W - 1 - i] = x[i];
  return r;
}`,
  },
  bitcast: {
    needs: [],
    code: `// Bit-pattern reinterpretation between floats and same-width integers.
static inline uint32_t allo_f32_bits(float x) { uint32_t u; std::memcpy(&u, &x, 4); return u; }
static inline float allo_f32_from_bits(uint32_t u) { float x; std::memcpy(&x, &u, 4); return x; }
static inline uint64_t allo_f64_bits(double x) { uint64_t u; std::memcpy(&u, &x, 8); return u; }
static inline double allo_f64_from_bits(uint64_t u) { double x; std::memcpy(&x, &u, 8); return x; }`,
  },
  bitcast_half: {
    needs: [],
    code: `// half is its 16-bit pattern (in Vitis HLS and in the header model alike).
static inline uint16_t allo_f16_bits(half x) { uint16_t u; std::memcpy(&u, &x, 2); return u; }
static inline half allo_f16_from_bits(uint16_t u) { half x; std::memcpy(&x, &u, 2); return x; }`,
  },
  fx_bits: {
    needs: [],
    code: `// A fixed-point value from its raw bits (value = raw / 2^F).
template <typename T, int W> static inline T allo_fx_from_bits(ap_uint<W> bits) {
  T r;
  r.range(W - 1, 0) = bits;
  return r;
}`,
  },
};

const ORDER = Object.keys(HELPERS);

/** The C++ text of the used helpers and their dependencies, in a fixed order. */
export function helperText(used: ReadonlySet<string>): string {
  const all = new Set<string>();
  const add = (n: string): void => {
    if (all.has(n)) return;
    all.add(n);
    for (const d of HELPERS[n]!.needs) add(d);
  };
  for (const n of used) add(n);
  return ORDER.filter((n) => all.has(n)).map((n) => HELPERS[n]!.code).join("\n\n");
}

export function isHelper(name: string): boolean {
  return name in HELPERS;
}
