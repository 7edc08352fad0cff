// A model of Vitis HLS's ap_fixed.h for compiling exported C++ with g++ in tests (see ap_int.h).
//
// ap_fixed<W, I, Q, O, N> / ap_ufixed: W bits, I of them integer bits, value = raw / 2^(W-I).
//   - conversions (from double, from other fixed types, from integers) quantize with Q and handle overflow
//     with O. The defaults AP_TRN (floor toward -inf) and AP_WRAP (keep the low W bits) are the fast path;
//     AP_RND, AP_RND_ZERO, AP_RND_MIN_INF, AP_RND_INF, AP_RND_CONV, AP_TRN_ZERO and AP_SAT, AP_SAT_ZERO,
//     AP_SAT_SYM are modelled too; AP_WRAP_SM and saturation bits N > 0 are rejected at compile time;
//   - a double converts exactly (no intermediate rounding) before quantization; NaN gives 0, +-inf gives
//     0 under AP_WRAP and the extreme value under saturation;
//   - + - * & | ^ return the library's result types, which hold the exact result:
//     +,-: max(I)+1 integer bits (one more for a signed/unsigned mix) and max(F) fraction bits; *: W1+W2, I1+I2;
//   - / follows the library's C-simulation code: the dividend is shifted left by F2 bits and integer-divided
//     (truncating toward zero), giving W1 + S2 + max(F2, 0) bits with F1 fraction bits, i.e. the quotient
//     truncated toward zero at the dividend's resolution. This model divides exact values, so it differs
//     from the library only when the quotient overflows that type (e.g. the most negative value / -1);
//   - conversion to integers (to_int(), ap_int = fixed) truncates toward zero like a C cast;
//     to_double()/to_float() round to nearest even;
//   - operators with built-in integers treat them as ap_fixed<bits, bits>; comparisons with double compare
//     to_double(). Like the library, there is no arithmetic between ap_fixed and float/double (ambiguous);
//   - operator<< on an ostream prints to_double() with the stream's precision (the library prints its own
//     decimal expansion rounded to that many significant digits; values agree at default settings).
#ifndef ALLO_HLS_MODEL_AP_FIXED_H
#define ALLO_HLS_MODEL_AP_FIXED_H

#include "ap_int.h"

template <int W, int I, bool S = true, ap_q_mode Q = AP_TRN, ap_o_mode O = AP_WRAP, int N = 0>
struct ap_fixed_base;
template <int W, int I, ap_q_mode Q = AP_TRN, ap_o_mode O = AP_WRAP, int N = 0>
struct ap_fixed;
template <int W, int I, ap_q_mode Q = AP_TRN, ap_o_mode O = AP_WRAP, int N = 0>
struct ap_ufixed;

template <int W, int I, bool S>
struct ap_fixed_factory {
  typedef ap_fixed<W, I> type;
};
template <int W, int I>
struct ap_fixed_factory<W, I, false> {
  typedef ap_ufixed<W, I> type;
};

namespace ap_detail {

// Bit i of a canonical value, with bits past the width reading as the sign.
template <int W, bool S>
inline bool bit_at(const ap_int_base<W, S>& x, long i) {
  return i >= W ? x.sign() : x.get_bit((int)i);
}

// Whether any of bits [0, k) is set.
template <int W, bool S>
inline bool low_bits_nonzero(const ap_int_base<W, S>& x, long k) {
  if (k <= 0) return false;
  if (k >= W) return !x.iszero();
  for (int i = 0; i < (int)(k / 64); ++i)
    if (x.v[i]) return true;
  if (k % 64) return (x.v[k / 64] & ((u64(1) << (k % 64)) - 1)) != 0;
  return false;
}

// Quantize and overflow-handle an exact value r / 2^F2 into the raw bits of a W-bit type with W-I
// fraction bits (the general path, used for every mode other than AP_TRN + AP_WRAP).
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int WS>
inline ap_int_base<W, S> fx_quantize(const ap_int_base<WS, true>& r, long F2) {
  const long F = W - I;
  enum { WW = WS + W + 8 };
  typedef ap_int_base<WW, true> X;
  if (r.iszero()) return ap_int_base<W, S>(0);
  const bool neg = r.sign();
  const X maxv = X(X(1).shift_left(S ? W - 1 : W) - 1);
  X minv = S ? X(-X(1).shift_left(W - 1)) : X(0);
  if (O == AP_SAT_SYM && S) minv = X(-maxv);
  X x;
  if (F >= F2) {
    const long k = F - F2;
    if (k > W + 4) {  // the value is at least 2^(W+4) raw steps: out of range, and its low W bits are 0
      if (O == AP_WRAP || O == AP_SAT_ZERO) return ap_int_base<W, S>(0);
      return ap_int_base<W, S>(neg ? minv : maxv);
    }
    x = X(r).shift_left(k);
  } else {
    const long sh = F2 - F;
    const X rr(r);
    const X q = rr.shift_right(sh);  // floor
    const bool half = bit_at(rr, sh - 1), sticky = low_bits_nonzero(rr, sh - 1);
    bool inc = false;
    switch (Q) {
      case AP_TRN: break;
      case AP_TRN_ZERO: inc = neg && (half || sticky); break;
      case AP_RND: inc = half; break;
      case AP_RND_ZERO: inc = half && (sticky || neg); break;
      case AP_RND_MIN_INF: inc = half && sticky; break;
      case AP_RND_INF: inc = half && (sticky || !neg); break;
      case AP_RND_CONV: inc = half && (sticky || q.get_bit(0)); break;
    }
    x = inc ? X(q + 1) : q;
  }
  if (O == AP_WRAP) return ap_int_base<W, S>(x);
  if (x > maxv) return O == AP_SAT_ZERO ? ap_int_base<W, S>(0) : ap_int_base<W, S>(maxv);
  if (x < minv) return O == AP_SAT_ZERO ? ap_int_base<W, S>(0) : ap_int_base<W, S>(minv);
  return ap_int_base<W, S>(x);
}

// Traits mapping fixed-point operands and integer-like operands (as ap_fixed<W, W>) to ap_fixed_base.
template <typename T, typename Enable = void>
struct fx_like {
  static const bool value = false, is_fx = false;
  static const int W = 1, I = 1;
  static const bool S = false;
};
template <int W_, int I_, bool S_, ap_q_mode Q_, ap_o_mode O_, int N_>
struct fx_like<ap_fixed_base<W_, I_, S_, Q_, O_, N_> > {
  static const bool value = true, is_fx = true;
  static const int W = W_, I = I_;
  static const bool S = S_;
  static ap_fixed_base<W_, I_, S_> get(const ap_fixed_base<W_, I_, S_, Q_, O_, N_>& x) {
    ap_fixed_base<W_, I_, S_> r;
    r.V = x.V;
    return r;
  }
};
template <int W_, int I_, ap_q_mode Q_, ap_o_mode O_, int N_>
struct fx_like<ap_fixed<W_, I_, Q_, O_, N_> > : fx_like<ap_fixed_base<W_, I_, true, Q_, O_, N_> > {};
template <int W_, int I_, ap_q_mode Q_, ap_o_mode O_, int N_>
struct fx_like<ap_ufixed<W_, I_, Q_, O_, N_> > : fx_like<ap_fixed_base<W_, I_, false, Q_, O_, N_> > {};
template <typename T>
struct fx_like<T, typename std::enable_if<int_like<T>::value>::type> {
  static const bool value = true, is_fx = false;
  static const int W = int_like<T>::W, I = int_like<T>::W;
  static const bool S = int_like<T>::S;
  static ap_fixed_base<W, W, S> get(const T& x) {
    ap_fixed_base<W, W, S> r;
    r.V = int_like<T>::get(x);
    return r;
  }
};

// A pair of operands of which one is fixed-point and the other fixed or integer. For other pairs (say two
// floats wrapped in a class, like half) the operator templates below must drop out without instantiating
// any ap_fixed_base, so only the matching pairs get the result types.
template <typename A, typename B,
          bool = fx_like<A>::value && fx_like<B>::value && (fx_like<A>::is_fx || fx_like<B>::is_fx)>
struct fx_pair {
  static const bool value = false;
};
template <typename A, typename B>
struct fx_pair<A, B, true> {
  typedef fx_like<A> TA;
  typedef fx_like<B> TB;
  static const bool value = true;
  typedef ap_fixed_base<TA::W, TA::I, TA::S> LA;
  typedef ap_fixed_base<TB::W, TB::I, TB::S> LB;
  typedef typename LA::template RType<TB::W, TB::I, TB::S> R;
};

}  // namespace ap_detail

template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
struct ap_fixed_base {
  static_assert(W >= 1, "ap_fixed width must be at least 1");
  static_assert(int(O) != int(AP_WRAP_SM) && N == 0, "this ap_fixed model does not support AP_WRAP_SM or saturation bits");
  static const int width = W;
  static const int iwidth = I;
  static const ap_q_mode qmode = Q;
  static const ap_o_mode omode = O;
  static const int F = W - I;

  // Result types of binary operators, as defined by the library.
  template <int W2, int I2, bool S2>
  struct RType {
    enum {
      F2 = W2 - I2,
      mult_w = W + W2,
      mult_i = I + I2,
      mult_s = S || S2,
      plus_i = ap_detail::amax(I + (S2 && !S), I2 + (S && !S2)) + 1,
      plus_w = plus_i + ap_detail::amax(F, F2),
      plus_s = S || S2,
      minus_i = plus_i,
      minus_w = plus_w,
      minus_s = true,
      div_w = S2 + W + ap_detail::amax(F2, 0),
      div_i = S2 + I + F2,
      div_s = S || S2,
      logic_i = ap_detail::amax(I + (S2 && !S), I2 + (S && !S2)),
      logic_w = logic_i + ap_detail::amax(F, F2),
      logic_s = S || S2
    };
    typedef ap_fixed_base<mult_w, mult_i, mult_s> mult_base;
    typedef ap_fixed_base<plus_w, plus_i, plus_s> plus_base;
    typedef ap_fixed_base<minus_w, minus_i, minus_s> minus_base;
    typedef ap_fixed_base<logic_w, logic_i, logic_s> logic_base;
    typedef ap_fixed_base<div_w, div_i, div_s> div_base;
    typedef typename ap_fixed_factory<mult_w, mult_i, mult_s>::type mult;
    typedef typename ap_fixed_factory<plus_w, plus_i, plus_s>::type plus;
    typedef typename ap_fixed_factory<minus_w, minus_i, minus_s>::type minus;
    typedef typename ap_fixed_factory<logic_w, logic_i, logic_s>::type logic;
    typedef typename ap_fixed_factory<div_w, div_i, div_s>::type div;
  };

  /// The raw bits: value = V / 2^F.
  ap_int_base<W, S> V;

  // ---- construction -------------------------------------------------------------------------------
  ap_fixed_base() {}
  ap_fixed_base(const ap_fixed_base& o) : V(o.V) {}
  template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
  ap_fixed_base(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) { assign_fixed(o); }
  template <int W2, bool S2>
  ap_fixed_base(const ap_int_base<W2, S2>& o) { assign_int(o); }
  template <int W2, bool S2>
  ap_fixed_base(const ap_range_ref<W2, S2>& o) { assign_int(o.get()); }
  template <int W2, bool S2>
  ap_fixed_base(const ap_bit_ref<W2, S2>& o) { assign_int(ap_int_base<1, false>((bool)o)); }
  ap_fixed_base(bool x) { assign_int(ap_int_base<1, false>(x)); }
  ap_fixed_base(char x) { assign_int(ap_int_base<8, std::is_signed<char>::value>(x)); }
  ap_fixed_base(signed char x) { assign_int(ap_int_base<8, true>(x)); }
  ap_fixed_base(unsigned char x) { assign_int(ap_int_base<8, false>(x)); }
  ap_fixed_base(short x) { assign_int(ap_int_base<16, true>(x)); }
  ap_fixed_base(unsigned short x) { assign_int(ap_int_base<16, false>(x)); }
  ap_fixed_base(int x) { assign_int(ap_int_base<32, true>(x)); }
  ap_fixed_base(unsigned int x) { assign_int(ap_int_base<32, false>(x)); }
  ap_fixed_base(long x) { assign_int(ap_int_base<64, true>(x)); }
  ap_fixed_base(unsigned long x) { assign_int(ap_int_base<64, false>(x)); }
  ap_fixed_base(long long x) { assign_int(ap_int_base<64, true>(x)); }
  ap_fixed_base(unsigned long long x) { assign_int(ap_int_base<64, false>(x)); }
  ap_fixed_base(double d) { assign_double(d); }
  ap_fixed_base(float f) { assign_double(f); }
  // Decimal (or 0x hexadecimal) text, read as a double first.
  ap_fixed_base(const char* s, signed char radix = 0) {
    (void)radix;
    assign_double(std::strtod(s, 0));
  }
  ap_fixed_base& operator=(const ap_fixed_base& o) {
    V = o.V;
    return *this;
  }

  ap_fixed_base& setBits(unsigned long long bits) {
    V = ap_int_base<W, S>(bits);
    return *this;
  }
  static ap_fixed_base bitsToFixed(unsigned long long bits) {
    ap_fixed_base r;
    r.setBits(bits);
    return r;
  }

  // ---- conversion ---------------------------------------------------------------------------------
  /// The integer part, truncated toward zero like a C cast.
  ap_int_base<ap_detail::amax(I, 1), S> to_ap_int_base(bool Cnative = true) const {
    typedef ap_int_base<ap_detail::amax(I, 1), S> R;
    if (F <= 0) return R(ap_int_base<ap_detail::amax(W - F, 1), S>(V).shift_left(-F));
    const ap_int_base<W, S> q = V.shift_right(F);
    if (Cnative && V.sign() && ap_detail::low_bits_nonzero(V, F)) return R(q + 1);
    return R(q);
  }
  double to_double() const { return std::ldexp(V.template to_fp<double>(), -F); }
  float to_float() const { return std::ldexp(V.template to_fp<float>(), -F); }
  long double to_ldouble() const { return std::ldexp(V.template to_fp<long double>(), -F); }
  char to_char() const { return to_ap_int_base().to_char(); }
  int to_int() const { return to_ap_int_base().to_int(); }
  unsigned to_uint() const { return to_ap_int_base().to_uint(); }
  long to_long() const { return to_ap_int_base().to_long(); }
  unsigned long to_ulong() const { return to_ap_int_base().to_ulong(); }
  long long to_int64() const { return to_ap_int_base().to_int64(); }
  unsigned long long to_uint64() const { return to_ap_int_base().to_uint64(); }
  bool to_bool() const { return !V.iszero(); }

  operator long double() const { return to_ldouble(); }
  operator double() const { return to_double(); }
  operator float() const { return to_float(); }
  operator bool() const { return !V.iszero(); }
  operator char() const { return (char)to_int(); }
  operator signed char() const { return (signed char)to_int(); }
  operator unsigned char() const { return (unsigned char)to_uint(); }
  operator short() const { return (short)to_int(); }
  operator unsigned short() const { return (unsigned short)to_uint(); }
  operator int() const { return to_int(); }
  operator unsigned int() const { return to_uint(); }
  operator long() const { return to_long(); }
  operator unsigned long() const { return to_ulong(); }
  operator long long() const { return to_int64(); }
  operator unsigned long long() const { return to_uint64(); }

  // ---- queries, bits ------------------------------------------------------------------------------
  int length() const { return W; }
  int wl() const { return W; }
  int iwl() const { return I; }
  ap_q_mode q_mode() const { return Q; }
  ap_o_mode o_mode() const { return O; }
  int n_bits() const { return N; }
  bool is_zero() const { return V.iszero(); }
  bool is_neg() const { return V.sign(); }
  int countLeadingZeros() const { return V.countLeadingZeros(); }
  ap_bit_ref<W, S> operator[](int i) { return V[i]; }
  bool operator[](int i) const { return V[i]; }
  ap_bit_ref<W, S> bit(int i) { return V[i]; }
  bool bit(int i) const { return V[i]; }
  /// Bit i counted from the binary point (i = -1 is the first fraction bit).
  bool get_bit(int i) const { return V.get_bit(i + F); }
  ap_range_ref<W, S> range(int hi, int lo) const { return V.range(hi, lo); }
  ap_range_ref<W, S> range() const { return V.range(); }
  ap_range_ref<W, S> operator()(int hi, int lo) const { return V.range(hi, lo); }

  // ---- unary --------------------------------------------------------------------------------------
  ap_fixed_base operator+() const { return *this; }
  ap_fixed_base<W + 1, I + 1, true> operator-() const {
    ap_fixed_base<W + 1, I + 1, true> r(*this);
    r.V = ap_int_base<W + 1, true>(-r.V);
    return r;
  }
  bool operator!() const { return V.iszero(); }
  ap_fixed_base<W, I, S> operator~() const {
    ap_fixed_base<W, I, S> r;
    r.V = ~V;
    return r;
  }
  ap_fixed_base& operator++() { return *this += 1; }
  ap_fixed_base& operator--() { return *this -= 1; }
  const ap_fixed_base operator++(int) {
    ap_fixed_base t(*this);
    ++*this;
    return t;
  }
  const ap_fixed_base operator--(int) {
    ap_fixed_base t(*this);
    --*this;
    return t;
  }

  // ---- shifts move the raw bits; the type stays (bits shifted out are lost) -----------------------
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_fixed_base>::type operator<<(const B& b) const {
    ap_fixed_base r;
    r.V = V << b;
    return r;
  }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_fixed_base>::type operator>>(const B& b) const {
    ap_fixed_base r;
    r.V = V >> b;
    return r;
  }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_fixed_base&>::type operator<<=(const B& b) {
    return *this = *this << b;
  }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_fixed_base&>::type operator>>=(const B& b) {
    return *this = *this >> b;
  }

  // ---- compound assignment (exact result, then quantized into this type) ---------------------------
#define AP_MODEL_FX_COMPOUND(OP)                                                                      \
  template <typename B>                                                                              \
  typename std::enable_if<ap_detail::fx_like<B>::value, ap_fixed_base&>::type operator OP##=(const B& b) { \
    return *this = ap_fixed_base(*this OP b);                                                        \
  }
  AP_MODEL_FX_COMPOUND(+)
  AP_MODEL_FX_COMPOUND(-)
  AP_MODEL_FX_COMPOUND(*)
  AP_MODEL_FX_COMPOUND(/)
  AP_MODEL_FX_COMPOUND(&)
  AP_MODEL_FX_COMPOUND(|)
  AP_MODEL_FX_COMPOUND(^)
#undef AP_MODEL_FX_COMPOUND

  // ---- text ---------------------------------------------------------------------------------------
  /// The exact decimal value (radix 10, the default here); other radices print the raw bits.
  std::string to_string(int radix = 10) const {
    if (radix != 10) return V.to_string(radix, false);
    enum { MW = ap_detail::amax(W, ap_detail::amax(F, 0)) + 8 };
    typedef ap_int_base<MW, false> M;
    const bool neg = V.sign();
    M mag = neg ? M(-V) : M(V);
    std::string out = neg ? "-" : "";
    if (F <= 0) return out + ap_int_base<MW - F, false>(mag).shift_left(-F).to_string(10);
    out += M(mag.shift_right(F)).to_string(10);
    M frac = M(mag - M(mag.shift_right(F)).shift_left(F));
    if (!frac.iszero()) {
      out += '.';
      while (!frac.iszero()) {
        frac = M(frac * 10);
        out += char('0' + M(frac.shift_right(F)).to_int());
        frac = M(frac - M(frac.shift_right(F)).shift_left(F));
      }
    }
    return out;
  }

  // ---- internals ----------------------------------------------------------------------------------
  template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
  void assign_fixed(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) {
    const int F2 = W2 - I2;
    if (Q == AP_TRN && O == AP_WRAP) {
      // floor, then keep the low W bits: shifting left after wrapping gives the same low bits.
      if (F >= F2) V = ap_int_base<W, S>(o.V).shift_left(F - F2);
      else V = ap_int_base<W, S>(o.V.shift_right(F2 - F));
    } else {
      V = ap_detail::fx_quantize<W, I, S, Q, O>(ap_int_base<W2 + 1, true>(o.V), F2);
    }
  }
  template <int W2, bool S2>
  void assign_int(const ap_int_base<W2, S2>& x) {
    ap_fixed_base<W2, W2, S2> t;
    t.V = x;
    assign_fixed(t);
  }
  void assign_double(double d) {
    V = ap_int_base<W, S>(0);
    if (std::isnan(d) || d == 0) return;
    if (std::isinf(d)) {
      if (O == AP_WRAP || O == AP_SAT_ZERO) return;
      // +-1 at a resolution far coarser than the type's: saturates like any out-of-range value.
      V = ap_detail::fx_quantize<W, I, S, Q, O>(ap_int_base<2, true>(d < 0 ? -1 : 1), (long)F - (W + 5));
      return;
    }
    int e;
    const double f = std::frexp(d, &e);  // d = f * 2^e, |f| in [0.5, 1)
    const long long m = (long long)std::ldexp(f, 53);  // exact: d = m / 2^(53 - e)
    const long F2 = 53 - (long)e;
    if (Q == AP_TRN && O == AP_WRAP) {
      const long k = (long)F - F2;
      if (k >= 0) {
        if (k < W) V = ap_int_base<W, S>(m).shift_left(k);  // else every kept bit is 0
      } else {
        const long sh = -k;
        V = ap_int_base<W, S>(sh >= 63 ? (m < 0 ? -1LL : 0LL) : (m >> sh));  // arithmetic shift: floor
      }
    } else {
      V = ap_detail::fx_quantize<W, I, S, Q, O>(ap_int_base<64, true>(m), F2);
    }
  }
};

template <int W, int I, ap_q_mode Q, ap_o_mode O, int N>
struct ap_fixed : ap_fixed_base<W, I, true, Q, O, N> {
  typedef ap_fixed_base<W, I, true, Q, O, N> Base;
  ap_fixed() {}
  template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
  ap_fixed(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_fixed(const ap_int_base<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_fixed(const ap_range_ref<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_fixed(const ap_bit_ref<W2, S2>& o) : Base(o) {}
  ap_fixed(bool x) : Base(x) {}
  ap_fixed(char x) : Base(x) {}
  ap_fixed(signed char x) : Base(x) {}
  ap_fixed(unsigned char x) : Base(x) {}
  ap_fixed(short x) : Base(x) {}
  ap_fixed(unsigned short x) : Base(x) {}
  ap_fixed(int x) : Base(x) {}
  ap_fixed(unsigned int x) : Base(x) {}
  ap_fixed(long x) : Base(x) {}
  ap_fixed(unsigned long x) : Base(x) {}
  ap_fixed(long long x) : Base(x) {}
  ap_fixed(unsigned long long x) : Base(x) {}
  ap_fixed(double x) : Base(x) {}
  ap_fixed(float x) : Base(x) {}
  ap_fixed(const char* s, signed char radix = 0) : Base(s, radix) {}
};

template <int W, int I, ap_q_mode Q, ap_o_mode O, int N>
struct ap_ufixed : ap_fixed_base<W, I, false, Q, O, N> {
  typedef ap_fixed_base<W, I, false, Q, O, N> Base;
  ap_ufixed() {}
  template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
  ap_ufixed(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_ufixed(const ap_int_base<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_ufixed(const ap_range_ref<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_ufixed(const ap_bit_ref<W2, S2>& o) : Base(o) {}
  ap_ufixed(bool x) : Base(x) {}
  ap_ufixed(char x) : Base(x) {}
  ap_ufixed(signed char x) : Base(x) {}
  ap_ufixed(unsigned char x) : Base(x) {}
  ap_ufixed(short x) : Base(x) {}
  ap_ufixed(unsigned short x) : Base(x) {}
  ap_ufixed(int x) : Base(x) {}
  ap_ufixed(unsigned int x) : Base(x) {}
  ap_ufixed(long x) : Base(x) {}
  ap_ufixed(unsigned long x) : Base(x) {}
  ap_ufixed(long long x) : Base(x) {}
  ap_ufixed(unsigned long long x) : Base(x) {}
  ap_ufixed(double x) : Base(x) {}
  ap_ufixed(float x) : Base(x) {}
  ap_ufixed(const char* s, signed char radix = 0) : Base(s, radix) {}
};

// ---- binary operators where at least one operand is fixed-point (the other may be integer-like) -----
#define AP_MODEL_FX_ARITH(OP, KIND)                                                                       \
  template <typename A, typename B>                                                                       \
  inline typename std::enable_if<ap_detail::fx_pair<A, B>::value,                                         \
                                 typename ap_detail::fx_pair<A, B>::R::KIND>::type                        \
  operator OP(const A& a_, const B& b_) {                                                                 \
    typedef typename ap_detail::fx_pair<A, B>::R::KIND##_base T;                                          \
    const T a(ap_detail::fx_like<A>::get(a_)), b(ap_detail::fx_like<B>::get(b_)); /* exact alignment */   \
    T r;                                                                                                  \
    r.V = a.V OP b.V;                                                                                     \
    return r;                                                                                             \
  }
AP_MODEL_FX_ARITH(+, plus)
AP_MODEL_FX_ARITH(-, minus)
AP_MODEL_FX_ARITH(&, logic)
AP_MODEL_FX_ARITH(|, logic)
AP_MODEL_FX_ARITH(^, logic)
#undef AP_MODEL_FX_ARITH

template <typename A, typename B>
inline typename std::enable_if<ap_detail::fx_pair<A, B>::value, typename ap_detail::fx_pair<A, B>::R::mult>::type
operator*(const A& a_, const B& b_) {
  typename ap_detail::fx_pair<A, B>::R::mult_base r;
  r.V = ap_detail::fx_like<A>::get(a_).V * ap_detail::fx_like<B>::get(b_).V;  // raw product: exact
  return r;
}

template <typename A, typename B>
inline typename std::enable_if<ap_detail::fx_pair<A, B>::value, typename ap_detail::fx_pair<A, B>::R::div>::type
operator/(const A& a_, const B& b_) {
  typedef ap_detail::fx_pair<A, B> P;
  enum { F2 = P::TB::W - P::TB::I, SH = F2 > 0 ? F2 : 0 };
  typename P::R::div_base r;
  const typename P::LA a(ap_detail::fx_like<A>::get(a_));
  const typename P::LB b(ap_detail::fx_like<B>::get(b_));
  const ap_int_base<P::TA::W + SH + 1, P::TA::S> dividend =
      ap_int_base<P::TA::W + SH + 1, P::TA::S>(a.V).shift_left(SH);
  r.V = dividend / b.V;  // truncates toward zero
  return r;
}

// Comparisons of exact values (aligned to the finer resolution).
namespace ap_detail {
template <typename A, typename B>
inline int fx_cmp(const A& a_, const B& b_) {
  typedef fx_pair<A, B> P;
  enum { FA = P::TA::W - P::TA::I, FB = P::TB::W - P::TB::I, FM = amax(FA, FB),
         IM = amax(P::TA::I, P::TB::I) + 1 };
  typedef ap_fixed_base<IM + FM, IM, true> C;  // holds both values exactly
  const C a(fx_like<A>::get(a_)), b(fx_like<B>::get(b_));
  return compare<ap_int_base<IM + FM, true>::NL>(a.V.v, b.V.v, true);
}
}  // namespace ap_detail

#define AP_MODEL_FX_CMP(OP)                                                                            \
  template <typename A, typename B>                                                                    \
  inline typename std::enable_if<ap_detail::fx_pair<A, B>::value, bool>::type operator OP(const A& a,   \
                                                                                         const B& b) { \
    return ap_detail::fx_cmp(a, b) OP 0;                                                               \
  }                                                                                                    \
  template <typename A, typename D>                                                                    \
  inline typename std::enable_if<ap_detail::fx_like<A>::is_fx && ap_detail::is_fp<D>::value, bool>::type \
  operator OP(const A& a, D d) {                                                                       \
    return a.to_double() OP(double) d;                                                                 \
  }                                                                                                    \
  template <typename A, typename D>                                                                    \
  inline typename std::enable_if<ap_detail::fx_like<A>::is_fx && ap_detail::is_fp<D>::value, bool>::type \
  operator OP(D d, const A& a) {                                                                       \
    return (double)d OP a.to_double();                                                                 \
  }
AP_MODEL_FX_CMP(==)
AP_MODEL_FX_CMP(!=)
AP_MODEL_FX_CMP(<)
AP_MODEL_FX_CMP(>)
AP_MODEL_FX_CMP(<=)
AP_MODEL_FX_CMP(>=)
#undef AP_MODEL_FX_CMP

// ap_int op= fixed: the fixed value is first truncated to an integer (as the library does).
#define AP_MODEL_INT_FX_COMPOUND(OP)                                                                  \
  template <int W2, bool S2, int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>                   \
  inline ap_int_base<W2, S2>& operator OP(ap_int_base<W2, S2>& a, const ap_fixed_base<W, I, S, Q, O, N>& f) { \
    return a OP f.to_ap_int_base();                                                                   \
  }
AP_MODEL_INT_FX_COMPOUND(+=)
AP_MODEL_INT_FX_COMPOUND(-=)
AP_MODEL_INT_FX_COMPOUND(*=)
AP_MODEL_INT_FX_COMPOUND(/=)
AP_MODEL_INT_FX_COMPOUND(&=)
AP_MODEL_INT_FX_COMPOUND(|=)
AP_MODEL_INT_FX_COMPOUND(^=)
#undef AP_MODEL_INT_FX_COMPOUND

template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
inline std::ostream& operator<<(std::ostream& os, const ap_fixed_base<W, I, S, Q, O, N>& x) {
  return os << x.to_double();
}
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
inline std::istream& operator>>(std::istream& is, ap_fixed_base<W, I, S, Q, O, N>& x) {
  double d;
  is >> d;
  x = ap_fixed_base<W, I, S, Q, O, N>(d);
  return is;
}

#endif  // ALLO_HLS_MODEL_AP_FIXED_H
