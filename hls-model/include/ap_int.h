// A small, self-contained model of Vitis HLS's ap_int.h, written for this project's tests so exported C++
// can be compiled and run with plain g++ (the vendor headers ship with the proprietary tools).
//
// What it models (semantics of the C-simulation library):
//   - ap_int<W> / ap_uint<W>, any W >= 1, stored as little-endian 64-bit limbs kept sign- or zero-extended
//     above bit W-1 (so widening is a plain limb copy);
//   - binary operators return the library's result widths: a+b, a-b: max width + 1 (minus always signed),
//     a*b: W1+W2, a/b: W1 + S2, a%b: min(W1, W2 + (S1 && !S2)), & | ^: max width; nothing overflows inside
//     an expression, and assignment to a narrower type wraps (two's complement);
//   - built-in integers take part as ap_int of their own width (int = ap_int<32>, unsigned long = ap_uint<64>);
//     with float/double the ap value converts to the floating type;
//   - shifts keep the left operand's type (bits shifted out are lost); a negative signed shift amount shifts
//     the other way; >> is arithmetic for signed values;
//   - / truncates toward zero and % takes the dividend's sign, as in C; division by zero aborts with a message;
//   - comparisons compare mathematical values, also across signedness (ap_int<8>(-1) < 0u is true); the
//     library's C-simulation comparisons of a negative signed value with an unsigned one may differ, so
//     exported code should compare operands of one signedness;
//   - conversion from double truncates toward zero, then wraps; NaN and infinities give 0;
//   - operator[] bit references and range(hi, lo) / (hi, lo) part selects, readable and writable
//     (hi < lo reverses the bits, as in the library); implicit conversion to long long like the library.
// Not modelled: the concatenation operator (a, b), volatile overloads, half.
#ifndef ALLO_HLS_MODEL_AP_INT_H
#define ALLO_HLS_MODEL_AP_INT_H

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <type_traits>

enum ap_q_mode { AP_RND, AP_RND_ZERO, AP_RND_MIN_INF, AP_RND_INF, AP_RND_CONV, AP_TRN, AP_TRN_ZERO };
enum ap_o_mode { AP_SAT, AP_SAT_ZERO, AP_SAT_SYM, AP_WRAP, AP_WRAP_SM };

template <int W, bool S> struct ap_int_base;
template <int W> struct ap_int;
template <int W> struct ap_uint;
template <int W, bool S> struct ap_bit_ref;
template <int W, bool S> struct ap_range_ref;
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N> struct ap_fixed_base;

namespace ap_detail {

typedef unsigned long long u64;
__extension__ typedef unsigned __int128 u128;  // GCC/Clang extension, silences -Wpedantic

constexpr int limbs(int w) { return (w + 63) / 64; }
constexpr int amax(int a, int b) { return a > b ? a : b; }
constexpr int amin(int a, int b) { return a < b ? a : b; }

[[noreturn]] inline void fatal(const char* what) {
  std::fprintf(stderr, "ap_int model: %s\n", what);
  std::abort();
}

// Bits at and above w copy the sign (signed) or are zero (unsigned): the canonical form of a value.
template <int N>
inline void normalize(u64* v, int w, bool s) {
  const int b = w % 64;
  if (b == 0) return;
  const u64 mask = (u64(1) << b) - 1;
  if (s && ((v[N - 1] >> (b - 1)) & 1)) v[N - 1] |= ~mask;
  else v[N - 1] &= mask;
}

// Copy a canonical value into a (possibly different) number of limbs, extending by its sign.
template <int DN, int SN>
inline void extend(u64* d, const u64* s, bool src_signed) {
  const u64 fill = (src_signed && (s[SN - 1] >> 63)) ? ~u64(0) : u64(0);
  for (int i = 0; i < DN; ++i) d[i] = i < SN ? s[i] : fill;
}

template <int N>
inline void add(u64* r, const u64* a, const u64* b) {
  u64 c = 0;
  for (int i = 0; i < N; ++i) {
    u128 t = (u128)a[i] + b[i] + c;
    r[i] = (u64)t;
    c = (u64)(t >> 64);
  }
}

template <int N>
inline void sub(u64* r, const u64* a, const u64* b) {
  u64 borrow = 0;
  for (int i = 0; i < N; ++i) {
    u128 t = (u128)a[i] - b[i] - borrow;
    r[i] = (u64)t;
    borrow = (u64)(t >> 64) & 1;
  }
}

template <int N>
inline void negate(u64* r, const u64* a) {
  u64 c = 1;
  for (int i = 0; i < N; ++i) {
    u128 t = (u128)(~a[i]) + c;
    r[i] = (u64)t;
    c = (u64)(t >> 64);
  }
}

// Product modulo 2^(64N); exact for two's-complement operands when the true product fits.
template <int N>
inline void mul(u64* r, const u64* a, const u64* b) {
  u64 t[N];
  for (int i = 0; i < N; ++i) t[i] = 0;
  for (int i = 0; i < N; ++i) {
    if (a[i] == 0) continue;
    u64 c = 0;
    for (int j = 0; i + j < N; ++j) {
      u128 p = (u128)a[i] * b[j] + t[i + j] + c;
      t[i + j] = (u64)p;
      c = (u64)(p >> 64);
    }
  }
  for (int i = 0; i < N; ++i) r[i] = t[i];
}

template <int N>
inline void shl(u64* r, const u64* a, u64 sh) {
  if (sh >= (u64)64 * N) {
    for (int i = 0; i < N; ++i) r[i] = 0;
    return;
  }
  const int ls = (int)(sh / 64), bs = (int)(sh % 64);
  for (int i = N - 1; i >= 0; --i) {
    const int j = i - ls;
    u64 v = 0;
    if (j >= 0) {
      v = a[j] << bs;
      if (bs && j >= 1) v |= a[j - 1] >> (64 - bs);
    }
    r[i] = v;
  }
}

template <int N>
inline void shr(u64* r, const u64* a, u64 sh, bool arith) {
  const u64 fill = (arith && (a[N - 1] >> 63)) ? ~u64(0) : u64(0);
  if (sh >= (u64)64 * N) {
    for (int i = 0; i < N; ++i) r[i] = fill;
    return;
  }
  const int ls = (int)(sh / 64), bs = (int)(sh % 64);
  for (int i = 0; i < N; ++i) {
    const int j = i + ls;
    const u64 lo = j < N ? a[j] : fill;
    const u64 hi = j + 1 < N ? a[j + 1] : fill;
    r[i] = bs ? ((lo >> bs) | (hi << (64 - bs))) : lo;
  }
}

template <int N>
inline bool is_zero(const u64* a) {
  for (int i = 0; i < N; ++i)
    if (a[i]) return false;
  return true;
}

// Compare canonical values of N limbs; signed compares the full 64N-bit two's complement.
template <int N>
inline int compare(const u64* a, const u64* b, bool is_signed) {
  if (is_signed) {
    const long long x = (long long)a[N - 1], y = (long long)b[N - 1];
    if (x != y) return x < y ? -1 : 1;
  } else if (a[N - 1] != b[N - 1]) {
    return a[N - 1] < b[N - 1] ? -1 : 1;
  }
  for (int i = N - 2; i >= 0; --i)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

template <int N>
inline int top_bit(const u64* a) {
  for (int i = N - 1; i >= 0; --i)
    if (a[i]) return i * 64 + 63 - __builtin_clzll(a[i]);
  return -1;
}

// Unsigned long division of N-limb magnitudes (b != 0).
template <int N>
inline void udivmod(u64* q, u64* r, const u64* a, const u64* b) {
  if (N == 1) {
    const u64 x = a[0], y = b[0];
    q[0] = x / y;
    r[0] = x % y;
    return;
  }
  if (top_bit<N>(a) < 128 && top_bit<N>(b) < 128) {
    const u128 x = ((u128)a[1] << 64) | a[0], y = ((u128)b[1] << 64) | b[0];
    const u128 qq = x / y, rr = x % y;
    for (int i = 0; i < N; ++i) q[i] = r[i] = 0;
    q[0] = (u64)qq;
    q[1] = (u64)(qq >> 64);
    r[0] = (u64)rr;
    r[1] = (u64)(rr >> 64);
    return;
  }
  u64 qq[N], rr[N];
  for (int i = 0; i < N; ++i) qq[i] = rr[i] = 0;
  for (int i = top_bit<N>(a); i >= 0; --i) {
    shl<N>(rr, rr, 1);
    rr[0] |= (a[i / 64] >> (i % 64)) & 1;
    if (compare<N>(rr, b, false) >= 0) {
      sub<N>(rr, rr, b);
      qq[i / 64] |= u64(1) << (i % 64);
    }
  }
  for (int i = 0; i < N; ++i) {
    q[i] = qq[i];
    r[i] = rr[i];
  }
}

// Divide in place by a small divisor, returning the remainder (for decimal printing).
template <int N>
inline u64 divsmall(u64* a, u64 d) {
  u128 rem = 0;
  for (int i = N - 1; i >= 0; --i) {
    u128 cur = (rem << 64) | a[i];
    a[i] = (u64)(cur / d);
    rem = cur % d;
  }
  return (u64)rem;
}

// Round a non-negative N-limb integer to a floating type (nearest even), exactly once.
template <typename F, int N>
inline F to_fp_unsigned(const u64* a) {
  const int tb = top_bit<N>(a);
  if (tb < 64) return (F)a[0];
  // Keep the top 64 bits and fold everything below into a sticky bit: one correct rounding.
  const int sh = tb - 63;
  u64 t[N];
  shr<N>(t, a, (u64)sh, false);
  u64 top = t[0];
  bool sticky = false;
  for (int i = 0; i < sh / 64 && !sticky; ++i) sticky = a[i] != 0;
  if (!sticky && sh % 64) sticky = (a[sh / 64] & ((u64(1) << (sh % 64)) - 1)) != 0;
  if (sticky) top |= 1;
  return std::ldexp((F)top, sh);
}

inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Traits mapping every integer-like operand (ap types, bit/range references, built-in integers) to the
// ap_int_base type it behaves as.
template <typename T, typename Enable = void>
struct int_like {
  static const bool value = false, is_ap = false;
  static const int W = 1;
  static const bool S = false;
};
// (A template base so get() is only compiled once ap_int_base is complete.)
template <typename T, int BITS, bool SIGNED>
struct int_like_builtin {
  static const bool value = true, is_ap = false;
  static const int W = BITS;
  static const bool S = SIGNED;
  static ap_int_base<BITS, SIGNED> get(T x) { return ap_int_base<BITS, SIGNED>(x); }
};
#define AP_MODEL_BUILTIN(T, BITS, SIGNED) \
  template <>                             \
  struct int_like<T> : int_like_builtin<T, BITS, SIGNED> {};
AP_MODEL_BUILTIN(bool, 1, false)
AP_MODEL_BUILTIN(char, 8, std::is_signed<char>::value)
AP_MODEL_BUILTIN(signed char, 8, true)
AP_MODEL_BUILTIN(unsigned char, 8, false)
AP_MODEL_BUILTIN(short, 16, true)
AP_MODEL_BUILTIN(unsigned short, 16, false)
AP_MODEL_BUILTIN(int, 32, true)
AP_MODEL_BUILTIN(unsigned int, 32, false)
AP_MODEL_BUILTIN(long, 64, true)
AP_MODEL_BUILTIN(unsigned long, 64, false)
AP_MODEL_BUILTIN(long long, 64, true)
AP_MODEL_BUILTIN(unsigned long long, 64, false)
#undef AP_MODEL_BUILTIN

template <typename T>
struct is_fp : std::integral_constant<bool, std::is_same<T, float>::value || std::is_same<T, double>::value ||
                                                std::is_same<T, long double>::value> {};

}  // namespace ap_detail

template <int W, bool S>
struct ap_int_factory {
  typedef ap_int<W> type;
};
template <int W>
struct ap_int_factory<W, false> {
  typedef ap_uint<W> type;
};

template <int W, bool S>
struct ap_int_base {
  static_assert(W >= 1, "ap_int width must be at least 1");
  enum { NL = ap_detail::limbs(W) };
  static const int width = W;
  typedef typename std::conditional<S, long long, unsigned long long>::type RetType;

  // Result types of binary operators, as defined by the library.
  template <int W2, bool S2>
  struct RType {
    enum {
      mult_w = W + W2,
      mult_s = S || S2,
      plus_w = ap_detail::amax(W + (S2 && !S), W2 + (S && !S2)) + 1,
      plus_s = S || S2,
      minus_w = ap_detail::amax(W + (S2 && !S), W2 + (S && !S2)) + 1,
      minus_s = true,
      div_w = W + S2,
      div_s = S || S2,
      mod_w = ap_detail::amin(W, W2 + (S && !S2)),
      mod_s = S,
      logic_w = ap_detail::amax(W + (S2 && !S), W2 + (S && !S2)),
      logic_s = S || S2
    };
    typedef ap_int_base<mult_w, mult_s> mult_base;
    typedef ap_int_base<plus_w, plus_s> plus_base;
    typedef ap_int_base<minus_w, minus_s> minus_base;
    typedef ap_int_base<logic_w, logic_s> logic_base;
    typedef ap_int_base<div_w, div_s> div_base;
    typedef ap_int_base<mod_w, mod_s> mod_base;
    typedef typename ap_int_factory<mult_w, mult_s>::type mult;
    typedef typename ap_int_factory<plus_w, plus_s>::type plus;
    typedef typename ap_int_factory<minus_w, minus_s>::type minus;
    typedef typename ap_int_factory<logic_w, logic_s>::type logic;
    typedef typename ap_int_factory<div_w, div_s>::type div;
    typedef typename ap_int_factory<mod_w, mod_s>::type mod;
    typedef typename ap_int_factory<W, S>::type arg1;
  };

  ap_detail::u64 v[NL];

  // ---- construction -------------------------------------------------------------------------------
  ap_int_base() { clear_all(); }
  template <int W2, bool S2>
  ap_int_base(const ap_int_base<W2, S2>& o) {
    ap_detail::extend<NL, ap_int_base<W2, S2>::NL>(v, o.v, S2);
    fix();
  }
  template <int W2, bool S2>
  ap_int_base(const ap_range_ref<W2, S2>& r) { *this = ap_int_base(r.get()); }
  template <int W2, bool S2>
  ap_int_base(const ap_bit_ref<W2, S2>& b) { set_u64((bool)b); }
  template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
  ap_int_base(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& f) { *this = ap_int_base(f.to_ap_int_base()); }
  ap_int_base(bool x) { set_u64(x); }
  ap_int_base(char x) { set_i64(x); }
  ap_int_base(signed char x) { set_i64(x); }
  ap_int_base(unsigned char x) { set_u64(x); }
  ap_int_base(short x) { set_i64(x); }
  ap_int_base(unsigned short x) { set_u64(x); }
  ap_int_base(int x) { set_i64(x); }
  ap_int_base(unsigned int x) { set_u64(x); }
  ap_int_base(long x) { set_i64(x); }
  ap_int_base(unsigned long x) { set_u64(x); }
  ap_int_base(long long x) { set_i64(x); }
  ap_int_base(unsigned long long x) { set_u64(x); }
  ap_int_base(double d) { set_double(d); }
  ap_int_base(float f) { set_double(f); }
  ap_int_base(const char* s, signed char radix = 0) { set_string(s, radix); }

  // ---- conversion to C types ----------------------------------------------------------------------
  operator RetType() const { return (RetType)v[0]; }
  bool to_bool() const { return !ap_detail::is_zero<NL>(v); }
  char to_char() const { return (char)v[0]; }
  signed char to_schar() const { return (signed char)v[0]; }
  unsigned char to_uchar() const { return (unsigned char)v[0]; }
  short to_short() const { return (short)v[0]; }
  unsigned short to_ushort() const { return (unsigned short)v[0]; }
  int to_int() const { return (int)v[0]; }
  unsigned to_uint() const { return (unsigned)v[0]; }
  long to_long() const { return (long)v[0]; }
  unsigned long to_ulong() const { return (unsigned long)v[0]; }
  long long to_int64() const { return (long long)v[0]; }
  unsigned long long to_uint64() const { return (unsigned long long)v[0]; }
  double to_double() const { return to_fp<double>(); }
  float to_float() const { return to_fp<float>(); }

  template <typename F>
  F to_fp() const {
    if (W <= 64) return S ? (F)(long long)v[0] : (F)(unsigned long long)v[0];
    if (sign()) {
      ap_detail::u64 m[NL];
      ap_detail::negate<NL>(m, v);
      return -ap_detail::to_fp_unsigned<F, NL>(m);
    }
    return ap_detail::to_fp_unsigned<F, NL>(v);
  }

  // ---- queries and bit helpers --------------------------------------------------------------------
  int length() const { return W; }
  bool iszero() const { return ap_detail::is_zero<NL>(v); }
  bool is_zero() const { return iszero(); }
  bool sign() const { return S && (v[NL - 1] >> 63); }
  bool get_bit(int i) const { return (v[i / 64] >> (i % 64)) & 1; }
  bool test(int i) const { return get_bit(i); }
  void set_bit(int i, bool b) {
    check_index(i);
    if (b) v[i / 64] |= ap_detail::u64(1) << (i % 64);
    else v[i / 64] &= ~(ap_detail::u64(1) << (i % 64));
    fix();
  }
  void set(int i) { set_bit(i, true); }
  void set(int i, bool b) { set_bit(i, b); }
  void clear(int i) { set_bit(i, false); }
  void invert(int i) { set_bit(i, !get_bit(i)); }
  void b_not() { *this = ~*this; }
  ap_int_base& reverse() {
    ap_int_base r;
    for (int i = 0; i < W; ++i) r.set_bit(W - 1 - i, get_bit(i));
    return *this = r;
  }
  ap_int_base& lrotate(int n) {
    ap_int_base r;
    for (int i = 0; i < W; ++i) r.set_bit((i + n) % W, get_bit(i));
    return *this = r;
  }
  ap_int_base& rrotate(int n) { return lrotate((W - n % W) % W); }
  int countLeadingZeros() const {
    for (int i = W - 1; i >= 0; --i)
      if (get_bit(i)) return W - 1 - i;
    return W;
  }
  bool and_reduce() const {
    for (int i = 0; i < W; ++i)
      if (!get_bit(i)) return false;
    return true;
  }
  bool or_reduce() const { return !iszero(); }
  bool xor_reduce() const {
    bool x = false;
    for (int i = 0; i < W; ++i) x ^= get_bit(i);
    return x;
  }
  bool nand_reduce() const { return !and_reduce(); }
  bool nor_reduce() const { return !or_reduce(); }
  bool xnor_reduce() const { return !xor_reduce(); }

  // ---- bit and part selects -----------------------------------------------------------------------
  ap_bit_ref<W, S> operator[](int i) { check_index(i); return ap_bit_ref<W, S>(this, i); }
  template <int W2, bool S2>
  ap_bit_ref<W, S> operator[](const ap_int_base<W2, S2>& i) { return (*this)[i.to_int()]; }
  bool operator[](int i) const { check_index(i); return get_bit(i); }
  template <int W2, bool S2>
  bool operator[](const ap_int_base<W2, S2>& i) const { return (*this)[i.to_int()]; }
  ap_bit_ref<W, S> bit(int i) { return (*this)[i]; }
  bool bit(int i) const { return (*this)[i]; }

  ap_range_ref<W, S> range(int hi, int lo) const {
    check_index(hi);
    check_index(lo);
    return ap_range_ref<W, S>(const_cast<ap_int_base*>(this), hi, lo);
  }
  template <int W2, bool S2, int W3, bool S3>
  ap_range_ref<W, S> range(const ap_int_base<W2, S2>& hi, const ap_int_base<W3, S3>& lo) const {
    return range(hi.to_int(), lo.to_int());
  }
  ap_range_ref<W, S> range() const { return range(W - 1, 0); }
  ap_range_ref<W, S> operator()(int hi, int lo) const { return range(hi, lo); }
  template <int W2, bool S2, int W3, bool S3>
  ap_range_ref<W, S> operator()(const ap_int_base<W2, S2>& hi, const ap_int_base<W3, S3>& lo) const {
    return range(hi.to_int(), lo.to_int());
  }

  // ---- unary operators ----------------------------------------------------------------------------
  typename RType<W, S>::arg1 operator+() const { return *this; }
  // Same width as 0 - x: RType's formula is symmetric.
  typename RType<1, false>::minus operator-() const {
    return ap_int_base<1, false>(0) - *this;
  }
  bool operator!() const { return iszero(); }
  typename RType<W, S>::arg1 operator~() const {
    ap_int_base r;
    for (int i = 0; i < NL; ++i) r.v[i] = ~v[i];
    r.fix();
    return r;
  }
  ap_int_base& operator++() { return *this = *this + ap_int_base<1, false>(1); }
  ap_int_base& operator--() { return *this = *this - ap_int_base<1, false>(1); }
  const typename RType<W, S>::arg1 operator++(int) {
    ap_int_base t = *this;
    ++*this;
    return t;
  }
  const typename RType<W, S>::arg1 operator--(int) {
    ap_int_base t = *this;
    --*this;
    return t;
  }

  // ---- compound assignment (computed at full width, then wrapped) --------------------------------
#define AP_MODEL_COMPOUND(OP)                                                                 \
  template <typename B>                                                                      \
  typename std::enable_if<ap_detail::int_like<B>::value, ap_int_base&>::type operator OP##=( \
      const B& b) {                                                                          \
    return *this = ap_int_base(*this OP b);                                                  \
  }
  AP_MODEL_COMPOUND(+)
  AP_MODEL_COMPOUND(-)
  AP_MODEL_COMPOUND(*)
  AP_MODEL_COMPOUND(/)
  AP_MODEL_COMPOUND(%)
  AP_MODEL_COMPOUND(&)
  AP_MODEL_COMPOUND(|)
  AP_MODEL_COMPOUND(^)
  AP_MODEL_COMPOUND(<<)
  AP_MODEL_COMPOUND(>>)
#undef AP_MODEL_COMPOUND

  // ---- shifts (result keeps this type) ------------------------------------------------------------
  ap_int_base shift_left(long long sh) const {
    if (sh < 0) return shift_right(-sh);
    ap_int_base r;
    ap_detail::shl<NL>(r.v, v, (ap_detail::u64)sh);
    r.fix();
    return r;
  }
  ap_int_base shift_right(long long sh) const {
    if (sh < 0) return shift_left(-sh);
    ap_int_base r;
    ap_detail::shr<NL>(r.v, v, (ap_detail::u64)sh, S);
    r.fix();
    return r;
  }

  // ---- text ---------------------------------------------------------------------------------------
  // Radix 10 prints the signed value (when S and sign); radix 2, 8 and 16 print the bit pattern with a
  // 0b / 0o / 0x prefix, like the library (whose default radix is 2).
  std::string to_string(int radix = 2, bool sign_ = S) const {
    if (radix == 10) {
      bool neg = sign_ && sign();
      ap_detail::u64 m[NL];
      if (neg) ap_detail::negate<NL>(m, v);
      else for (int i = 0; i < NL; ++i) m[i] = v[i];
      if (!S || !sign_) {
        ap_int_base<W, false> u(*this);  // the W-bit pattern as an unsigned number
        for (int i = 0; i < NL; ++i) m[i] = u.v[i];
        neg = false;
      }
      std::string digits;
      do {
        ap_detail::u64 chunk = ap_detail::divsmall<NL>(m, 10000000000000000000ull);
        bool more = !ap_detail::is_zero<NL>(m);
        for (int k = 0; k < 19 && (more || chunk); ++k) {
          digits.insert(digits.begin(), char('0' + chunk % 10));
          chunk /= 10;
        }
        if (!more) break;
      } while (true);
      if (digits.empty()) digits = "0";
      return neg ? "-" + digits : digits;
    }
    const int bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;
    const char* prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b";
    std::string digits;
    for (int i = 0; i < W; i += bits) {
      int d = 0;
      for (int k = bits - 1; k >= 0; --k) d = d * 2 + ((i + k < W) ? get_bit(i + k) : 0);
      digits.insert(digits.begin(), "0123456789abcdef"[d]);
    }
    size_t nz = digits.find_first_not_of('0');
    digits = nz == std::string::npos ? "0" : digits.substr(nz);
    return prefix + digits;
  }

  // ---- internals ----------------------------------------------------------------------------------
  void fix() { ap_detail::normalize<NL>(v, W, S); }
  void clear_all() {
    for (int i = 0; i < NL; ++i) v[i] = 0;
  }
  void set_u64(ap_detail::u64 x) {
    clear_all();
    v[0] = x;
    fix();
  }
  void set_i64(long long x) {
    for (int i = 0; i < NL; ++i) v[i] = x < 0 ? ~ap_detail::u64(0) : 0;
    v[0] = (ap_detail::u64)x;
    fix();
  }
  // Truncate toward zero, then wrap (the library's conversion from double).
  void set_double(double d) {
    clear_all();
    if (!std::isfinite(d)) return;
    d = std::trunc(d);
    if (d == 0) return;
    const bool neg = d < 0;
    int e;
    const double f = std::frexp(std::fabs(d), &e);  // |d| = f * 2^e, f in [0.5, 1)
    const ap_detail::u64 m = (ap_detail::u64)std::ldexp(f, 53);  // exact 53-bit integer
    const int sh = e - 53;
    if (sh < 0) v[0] = m >> (-sh);
    else {
      v[0] = m;
      ap_detail::shl<NL>(v, v, (ap_detail::u64)sh);
    }
    if (neg) ap_detail::negate<NL>(v, v);
    fix();
  }
  void set_string(const char* s, int radix) {
    clear_all();
    bool neg = false;
    while (*s == ' ') ++s;
    if (*s == '-' || *s == '+') neg = *s++ == '-';
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && (radix == 0 || radix == 16)) { radix = 16; s += 2; }
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B') && (radix == 0 || radix == 2)) { radix = 2; s += 2; }
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O') && (radix == 0 || radix == 8)) { radix = 8; s += 2; }
    if (radix == 0) radix = 10;
    // Accumulate in a type with room for any digit string that wraps into W bits correctly.
    ap_int_base acc;
    for (; *s; ++s) {
      if (*s == '_' || *s == '\'') continue;
      const int d = ap_detail::digit_value(*s);
      if (d >= radix) break;
      acc = ap_int_base(acc * ap_int_base<8, false>(radix) + ap_int_base<8, false>(d));
    }
    *this = neg ? ap_int_base(-acc) : acc;
  }
  static void check_index(int i) {
    if (i < 0 || i >= W) {
      std::fprintf(stderr, "ap_int model: bit index %d out of range for a %d-bit value\n", i, W);
      std::abort();
    }
  }
};

template <int W>
struct ap_int : ap_int_base<W, true> {
  typedef ap_int_base<W, true> Base;
  ap_int() {}
  template <int W2, bool S2>
  ap_int(const ap_int_base<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_int(const ap_range_ref<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_int(const ap_bit_ref<W2, S2>& o) : Base(o) {}
  template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
  ap_int(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) : Base(o) {}
  ap_int(bool x) : Base(x) {}
  ap_int(char x) : Base(x) {}
  ap_int(signed char x) : Base(x) {}
  ap_int(unsigned char x) : Base(x) {}
  ap_int(short x) : Base(x) {}
  ap_int(unsigned short x) : Base(x) {}
  ap_int(int x) : Base(x) {}
  ap_int(unsigned int x) : Base(x) {}
  ap_int(long x) : Base(x) {}
  ap_int(unsigned long x) : Base(x) {}
  ap_int(long long x) : Base(x) {}
  ap_int(unsigned long long x) : Base(x) {}
  ap_int(double x) : Base(x) {}
  ap_int(float x) : Base(x) {}
  ap_int(const char* s, signed char radix = 0) : Base(s, radix) {}
};

template <int W>
struct ap_uint : ap_int_base<W, false> {
  typedef ap_int_base<W, false> Base;
  ap_uint() {}
  template <int W2, bool S2>
  ap_uint(const ap_int_base<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_uint(const ap_range_ref<W2, S2>& o) : Base(o) {}
  template <int W2, bool S2>
  ap_uint(const ap_bit_ref<W2, S2>& o) : Base(o) {}
  template <int W2, int I2, bool S2, ap_q_mode Q2, ap_o_mode O2, int N2>
  ap_uint(const ap_fixed_base<W2, I2, S2, Q2, O2, N2>& o) : Base(o) {}
  ap_uint(bool x) : Base(x) {}
  ap_uint(char x) : Base(x) {}
  ap_uint(signed char x) : Base(x) {}
  ap_uint(unsigned char x) : Base(x) {}
  ap_uint(short x) : Base(x) {}
  ap_uint(unsigned short x) : Base(x) {}
  ap_uint(int x) : Base(x) {}
  ap_uint(unsigned int x) : Base(x) {}
  ap_uint(long x) : Base(x) {}
  ap_uint(unsigned long x) : Base(x) {}
  ap_uint(long long x) : Base(x) {}
  ap_uint(unsigned long long x) : Base(x) {}
  ap_uint(double x) : Base(x) {}
  ap_uint(float x) : Base(x) {}
  ap_uint(const char* s, signed char radix = 0) : Base(s, radix) {}
};

// A writable reference to one bit.
template <int W, bool S>
struct ap_bit_ref {
  ap_int_base<W, S>* p;
  int idx;
  ap_bit_ref(ap_int_base<W, S>* p_, int i) : p(p_), idx(i) {}
  operator bool() const { return p->get_bit(idx); }
  bool to_bool() const { return p->get_bit(idx); }
  int length() const { return 1; }
  bool operator~() const { return !p->get_bit(idx); }
  bool operator!() const { return !p->get_bit(idx); }
  ap_bit_ref& operator=(bool b) {
    p->set_bit(idx, b);
    return *this;
  }
  ap_bit_ref& operator=(int x) { return *this = (x != 0); }
  ap_bit_ref& operator=(unsigned x) { return *this = (x != 0); }
  ap_bit_ref& operator=(long long x) { return *this = (x != 0); }
  ap_bit_ref& operator=(unsigned long long x) { return *this = (x != 0); }
  ap_bit_ref& operator=(const ap_bit_ref& o) { return *this = (bool)o; }
  template <int W2, bool S2>
  ap_bit_ref& operator=(const ap_bit_ref<W2, S2>& o) { return *this = (bool)o; }
  template <int W2, bool S2>
  ap_bit_ref& operator=(const ap_int_base<W2, S2>& o) { return *this = !o.iszero(); }
};

// A writable reference to bits hi..lo (hi < lo selects them in reverse order).
template <int W, bool S>
struct ap_range_ref {
  ap_int_base<W, S>* p;
  int hi, lo;
  ap_range_ref(ap_int_base<W, S>* p_, int h, int l) : p(p_), hi(h), lo(l) {}
  int length() const { return (hi >= lo ? hi - lo : lo - hi) + 1; }
  ap_int_base<W, false> get() const {
    ap_int_base<W, false> r;
    const int n = length();
    for (int k = 0; k < n; ++k) r.set_bit(k, p->get_bit(hi >= lo ? lo + k : lo - k));
    return r;
  }
  operator ap_int_base<W, false>() const { return get(); }
  operator unsigned long long() const { return get().to_uint64(); }
  bool to_bool() const { return !get().iszero(); }
  int to_int() const { return get().to_int(); }
  unsigned to_uint() const { return get().to_uint(); }
  long to_long() const { return get().to_long(); }
  unsigned long to_ulong() const { return get().to_ulong(); }
  long long to_int64() const { return get().to_int64(); }
  unsigned long long to_uint64() const { return get().to_uint64(); }
  double to_double() const { return get().to_double(); }
  std::string to_string(int radix = 2) const { return get().to_string(radix, false); }
  bool and_reduce() const {
    ap_int_base<W, false> g = get();
    for (int k = 0; k < length(); ++k)
      if (!g.get_bit(k)) return false;
    return true;
  }
  bool or_reduce() const { return get().or_reduce(); }
  bool xor_reduce() const { return get().xor_reduce(); }
  bool operator[](int i) const { return get().get_bit(i); }

  template <int W2, bool S2>
  ap_range_ref& operator=(const ap_int_base<W2, S2>& val) {
    // The value is extended by its own sign to the range's length, then its low bits are stored.
    const ap_int_base<ap_detail::amax(W2, W), S2> x(val);
    const int n = length();
    for (int k = 0; k < n; ++k) p->set_bit(hi >= lo ? lo + k : lo - k, x.get_bit(k));
    return *this;
  }
  ap_range_ref& operator=(const ap_range_ref& o) { return *this = o.get(); }
  template <int W2, bool S2>
  ap_range_ref& operator=(const ap_range_ref<W2, S2>& o) { return *this = o.get(); }
  template <int W2, bool S2>
  ap_range_ref& operator=(const ap_bit_ref<W2, S2>& o) { return *this = ap_int_base<1, false>((bool)o); }
  ap_range_ref& operator=(bool x) { return *this = ap_int_base<1, false>(x); }
  ap_range_ref& operator=(char x) { return *this = ap_int_base<8, std::is_signed<char>::value>(x); }
  ap_range_ref& operator=(signed char x) { return *this = ap_int_base<8, true>(x); }
  ap_range_ref& operator=(unsigned char x) { return *this = ap_int_base<8, false>(x); }
  ap_range_ref& operator=(short x) { return *this = ap_int_base<16, true>(x); }
  ap_range_ref& operator=(unsigned short x) { return *this = ap_int_base<16, false>(x); }
  ap_range_ref& operator=(int x) { return *this = ap_int_base<32, true>(x); }
  ap_range_ref& operator=(unsigned int x) { return *this = ap_int_base<32, false>(x); }
  ap_range_ref& operator=(long x) { return *this = ap_int_base<64, true>(x); }
  ap_range_ref& operator=(unsigned long x) { return *this = ap_int_base<64, false>(x); }
  ap_range_ref& operator=(long long x) { return *this = ap_int_base<64, true>(x); }
  ap_range_ref& operator=(unsigned long long x) { return *this = ap_int_base<64, false>(x); }
  ap_range_ref& operator=(const char* s) { return *this = ap_int_base<W, false>(s); }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_range_ref&>::type operator+=(const B& b) { return *this = ap_int_base<W, false>(get() + b); }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_range_ref&>::type operator-=(const B& b) { return *this = ap_int_base<W, false>(get() - b); }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_range_ref&>::type operator&=(const B& b) { return *this = ap_int_base<W, false>(get() & b); }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_range_ref&>::type operator|=(const B& b) { return *this = ap_int_base<W, false>(get() | b); }
  template <typename B>
  typename std::enable_if<ap_detail::int_like<B>::value, ap_range_ref&>::type operator^=(const B& b) { return *this = ap_int_base<W, false>(get() ^ b); }
};

// ---- binary operators on any pair of integer-like operands where at least one is an ap type --------
namespace ap_detail {
template <int W_, bool S_>
struct int_like<ap_int_base<W_, S_> > {
  static const bool value = true, is_ap = true;
  static const int W = W_;
  static const bool S = S_;
  static const ap_int_base<W_, S_>& get(const ap_int_base<W_, S_>& x) { return x; }
};
template <int W_>
struct int_like<ap_int<W_> > : int_like<ap_int_base<W_, true> > {};
template <int W_>
struct int_like<ap_uint<W_> > : int_like<ap_int_base<W_, false> > {};
template <int W_, bool S_>
struct int_like<ap_range_ref<W_, S_> > {
  static const bool value = true, is_ap = true;
  static const int W = W_;
  static const bool S = false;
  static ap_int_base<W_, false> get(const ap_range_ref<W_, S_>& x) { return x.get(); }
};
template <int W_, bool S_>
struct int_like<ap_bit_ref<W_, S_> > {
  static const bool value = true, is_ap = true;
  static const int W = 1;
  static const bool S = false;
  static ap_int_base<1, false> get(const ap_bit_ref<W_, S_>& x) { return ap_int_base<1, false>((bool)x); }
};

template <typename A, typename B>
struct int_pair {
  typedef int_like<A> TA;
  typedef int_like<B> TB;
  static const bool value = TA::value && TB::value && (TA::is_ap || TB::is_ap);
  typedef ap_int_base<TA::W, TA::S> LA;
  typedef ap_int_base<TB::W, TB::S> LB;
  typedef typename LA::template RType<TB::W, TB::S> R;
};
}  // namespace ap_detail

#define AP_MODEL_ARITH(OP, KIND, BODY)                                                                      \
  template <typename A, typename B>                                                                         \
  inline typename std::enable_if<ap_detail::int_pair<A, B>::value,                                          \
                                 typename ap_detail::int_pair<A, B>::R::KIND>::type                         \
  operator OP(const A& a_, const B& b_) {                                                                   \
    typedef typename ap_detail::int_pair<A, B>::R::KIND##_base T;                                           \
    const T a(ap_detail::int_like<A>::get(a_)), b(ap_detail::int_like<B>::get(b_));                         \
    T r;                                                                                                    \
    BODY;                                                                                                   \
    r.fix();                                                                                                \
    return r;                                                                                               \
  }
AP_MODEL_ARITH(+, plus, ap_detail::add<T::NL>(r.v, a.v, b.v))
AP_MODEL_ARITH(-, minus, ap_detail::sub<T::NL>(r.v, a.v, b.v))
AP_MODEL_ARITH(*, mult, ap_detail::mul<T::NL>(r.v, a.v, b.v))
AP_MODEL_ARITH(&, logic, for (int i = 0; i < T::NL; ++i) r.v[i] = a.v[i] & b.v[i])
AP_MODEL_ARITH(|, logic, for (int i = 0; i < T::NL; ++i) r.v[i] = a.v[i] | b.v[i])
AP_MODEL_ARITH(^, logic, for (int i = 0; i < T::NL; ++i) r.v[i] = a.v[i] ^ b.v[i])
#undef AP_MODEL_ARITH

namespace ap_detail {
// Truncating division of exact values; quotient and remainder are wrapped into the result types.
template <typename Q, typename R, typename LA, typename LB>
inline void divide(Q* q, R* r, const LA& a, const LB& b) {
  enum { CW = amax(LA::width, LB::width) + 2 };
  typedef ap_int_base<CW, true> C;
  C x(a), y(b);
  if (y.iszero()) fatal("division by zero");
  const bool nx = x.sign(), ny = y.sign();
  if (nx) x = C(-x);
  if (ny) y = C(-y);
  C qq, rr;
  udivmod<C::NL>(qq.v, rr.v, x.v, y.v);
  qq.fix();
  rr.fix();
  if (nx != ny) qq = C(-qq);
  if (nx) rr = C(-rr);
  if (q) *q = Q(qq);
  if (r) *r = R(rr);
}
}  // namespace ap_detail

template <typename A, typename B>
inline typename std::enable_if<ap_detail::int_pair<A, B>::value, typename ap_detail::int_pair<A, B>::R::div>::type
operator/(const A& a, const B& b) {
  typename ap_detail::int_pair<A, B>::R::div_base q;
  ap_detail::divide(&q, (typename ap_detail::int_pair<A, B>::R::div_base*)0, ap_detail::int_like<A>::get(a),
                    ap_detail::int_like<B>::get(b));
  return q;
}

template <typename A, typename B>
inline typename std::enable_if<ap_detail::int_pair<A, B>::value, typename ap_detail::int_pair<A, B>::R::mod>::type
operator%(const A& a, const B& b) {
  typename ap_detail::int_pair<A, B>::R::mod_base r;
  ap_detail::divide((typename ap_detail::int_pair<A, B>::R::mod_base*)0, &r, ap_detail::int_like<A>::get(a),
                    ap_detail::int_like<B>::get(b));
  return r;
}

// Shifts: the left operand must be an ap type (a built-in on the left converts the ap operand instead).
template <typename A, typename B>
inline typename std::enable_if<ap_detail::int_like<A>::is_ap && ap_detail::int_like<B>::value,
                               typename ap_int_factory<ap_detail::int_like<A>::W, ap_detail::int_like<A>::S>::type>::type
operator<<(const A& a, const B& b) {
  const ap_int_base<ap_detail::int_like<B>::W, ap_detail::int_like<B>::S> sh(ap_detail::int_like<B>::get(b));
  const ap_int_base<ap_detail::int_like<A>::W, ap_detail::int_like<A>::S> x(ap_detail::int_like<A>::get(a));
  // Amounts beyond 2^31 shift everything out anyway; clamp so they fit a long long.
  const long long n = sh.sign() ? (sh < -(1 << 30) ? -(1LL << 30) : sh.to_int64())
                                : (sh > (1 << 30) ? (1LL << 30) : (long long)sh.to_uint64());
  return x.shift_left(n);
}

template <typename A, typename B>
inline typename std::enable_if<ap_detail::int_like<A>::is_ap && ap_detail::int_like<B>::value,
                               typename ap_int_factory<ap_detail::int_like<A>::W, ap_detail::int_like<A>::S>::type>::type
operator>>(const A& a, const B& b) {
  const ap_int_base<ap_detail::int_like<B>::W, ap_detail::int_like<B>::S> sh(ap_detail::int_like<B>::get(b));
  const ap_int_base<ap_detail::int_like<A>::W, ap_detail::int_like<A>::S> x(ap_detail::int_like<A>::get(a));
  const long long n = sh.sign() ? (sh < -(1 << 30) ? -(1LL << 30) : sh.to_int64())
                                : (sh > (1 << 30) ? (1LL << 30) : (long long)sh.to_uint64());
  return x.shift_right(n);
}

// Comparisons of exact values.
namespace ap_detail {
template <typename A, typename B>
inline int cmp(const A& a_, const B& b_) {
  enum { CW = amax(int_like<A>::W, int_like<B>::W) + 1 };
  const ap_int_base<CW, true> a(int_like<A>::get(a_)), b(int_like<B>::get(b_));
  return compare<ap_int_base<CW, true>::NL>(a.v, b.v, true);
}
}  // namespace ap_detail

#define AP_MODEL_CMP(OP)                                                                              \
  template <typename A, typename B>                                                                   \
  inline typename std::enable_if<ap_detail::int_pair<A, B>::value, bool>::type operator OP(const A& a, \
                                                                                          const B& b) { \
    return ap_detail::cmp(a, b) OP 0;                                                                 \
  }
AP_MODEL_CMP(==)
AP_MODEL_CMP(!=)
AP_MODEL_CMP(<)
AP_MODEL_CMP(>)
AP_MODEL_CMP(<=)
AP_MODEL_CMP(>=)
#undef AP_MODEL_CMP

// With floating point: the ap value converts to the floating type (correctly rounded), then C rules apply.
#define AP_MODEL_FP(OP, RET)                                                                                   \
  template <typename A, typename F>                                                                           \
  inline typename std::enable_if<ap_detail::int_like<A>::is_ap && ap_detail::is_fp<F>::value, RET>::type        \
  operator OP(const A& a, F f) {                                                                              \
    return ap_int_base<ap_detail::int_like<A>::W, ap_detail::int_like<A>::S>(ap_detail::int_like<A>::get(a))    \
               .template to_fp<F>() OP f;                                                                     \
  }                                                                                                           \
  template <typename A, typename F>                                                                           \
  inline typename std::enable_if<ap_detail::int_like<A>::is_ap && ap_detail::is_fp<F>::value, RET>::type        \
  operator OP(F f, const A& a) {                                                                              \
    return f OP ap_int_base<ap_detail::int_like<A>::W, ap_detail::int_like<A>::S>(ap_detail::int_like<A>::get(a)) \
                    .template to_fp<F>();                                                                     \
  }
AP_MODEL_FP(+, F)
AP_MODEL_FP(-, F)
AP_MODEL_FP(*, F)
AP_MODEL_FP(/, F)
AP_MODEL_FP(==, bool)
AP_MODEL_FP(!=, bool)
AP_MODEL_FP(<, bool)
AP_MODEL_FP(>, bool)
AP_MODEL_FP(<=, bool)
AP_MODEL_FP(>=, bool)
#undef AP_MODEL_FP

template <int W, bool S>
inline std::ostream& operator<<(std::ostream& os, const ap_int_base<W, S>& x) {
  const std::ios_base::fmtflags f = os.flags();
  if (f & std::ios_base::hex) return os << x.to_string(16, false);
  if (f & std::ios_base::oct) return os << x.to_string(8, false);
  return os << x.to_string(10);
}
template <int W, bool S>
inline std::ostream& operator<<(std::ostream& os, const ap_range_ref<W, S>& x) {
  return os << x.get();
}
template <int W, bool S>
inline std::istream& operator>>(std::istream& is, ap_int_base<W, S>& x) {
  std::string s;
  is >> s;
  x = ap_int_base<W, S>(s.c_str());
  return is;
}

#endif  // ALLO_HLS_MODEL_AP_INT_H
