// A model of Vitis HLS's `half` (hls_half.h) for compiling exported C++ with g++ in tests: IEEE-754
// binary16 held as its 16-bit pattern. Every conversion into half rounds once, to nearest with ties to
// even (overflow to +-infinity, subnormals kept), which is what Allo Studio's simulator does (roundF16).
// Arithmetic converts both operands to float, operates, and rounds the float result to half: float has
// 24 >= 2*11+2 significand bits, so for + - * / and sqrt that double rounding equals a single correct
// rounding of the exact result. Comparisons and everything else go through the implicit conversion to
// float (exact). The layout is the 16-bit pattern alone, so data files can memcpy it.
#ifndef ALLO_HLS_MODEL_HLS_HALF_H
#define ALLO_HLS_MODEL_HLS_HALF_H

#include <stdint.h>

#include <cmath>
#include <limits>
#include <type_traits>

class half {
 public:
  half() : bits_(0) {}
  half(float x) : bits_(round_from(static_cast<double>(x))) {}
  half(double x) : bits_(round_from(x)) {}
  // Integers convert through double (exact up to 2^53; the simulator converts the same way).
  template <typename I, typename std::enable_if<std::is_integral<I>::value, int>::type = 0>
  half(I x) : bits_(round_from(static_cast<double>(x))) {}

  operator float() const { return static_cast<float>(value_of(bits_)); }

  uint16_t bits() const { return bits_; }
  static half from_bits(uint16_t b) {
    half h;
    h.bits_ = b;
    return h;
  }

  half operator-() const { return from_bits(static_cast<uint16_t>(bits_ ^ 0x8000u)); }
  half operator+() const { return *this; }
  friend half operator+(half a, half b) { return half(static_cast<float>(a) + static_cast<float>(b)); }
  friend half operator-(half a, half b) { return half(static_cast<float>(a) - static_cast<float>(b)); }
  friend half operator*(half a, half b) { return half(static_cast<float>(a) * static_cast<float>(b)); }
  friend half operator/(half a, half b) { return half(static_cast<float>(a) / static_cast<float>(b)); }
  half& operator+=(half b) { return *this = *this + b; }
  half& operator-=(half b) { return *this = *this - b; }
  half& operator*=(half b) { return *this = *this * b; }
  half& operator/=(half b) { return *this = *this / b; }

  // The value of a binary16 pattern (exact in double and in float).
  static double value_of(uint16_t h) {
    const int e = (h >> 10) & 0x1f;
    const int m = h & 0x3ff;
    double v;
    if (e == 0) {
      v = std::ldexp(static_cast<double>(m), -24);
    } else if (e == 31) {
      v = m ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    } else {
      v = std::ldexp(static_cast<double>(1024 + m), e - 25);
    }
    return (h & 0x8000) ? -v : v;
  }

  // The binary16 pattern nearest to x (ties to even); NaN becomes the canonical quiet NaN 0x7e00.
  static uint16_t round_from(double x) {
    if (x != x) return 0x7e00;
    const uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    const double a = std::fabs(x);
    if (a >= 65520.0) return sign | 0x7c00;  // max finite 65504 plus half an ulp (2^4) rounds up
    int e;
    std::frexp(a, &e);  // a = f * 2^e, f in [0.5, 1): the unbiased exponent is e - 1
    int exp = e - 1;
    if (exp < -14) exp = -14;  // subnormal range: the quantum stays 2^-24
    // Scale so the quantum 2^(exp-10) becomes 1 (exact: a power of two), then round to an integer.
    const double scaled = std::ldexp(a, 10 - exp);
    double r = std::floor(scaled);
    const double rem = scaled - r;
    if (rem > 0.5 || (rem == 0.5 && std::fmod(r, 2.0) != 0.0)) r += 1.0;
    // r is in [0, 2048]; for normals the implicit bit (1024) is folded into the exponent field, and a
    // carry to 2048 moves to the next binade by the same addition.
    const int ri = static_cast<int>(r);
    if (a < 6.103515625e-05) return static_cast<uint16_t>(sign | ri);  // below 2^-14: subnormal (or 2^-14)
    return static_cast<uint16_t>(sign | (((exp + 15) << 10) + ri - 1024));
  }

 private:
  uint16_t bits_;
};

namespace std {
template <>
class numeric_limits<half> {
 public:
  static const bool is_specialized = true;
  static const bool is_signed = true;
  static const bool is_integer = false;
  static const bool is_exact = false;
  static const bool has_infinity = true;
  static const bool has_quiet_NaN = true;
  static const int digits = 11;
  static half min() { return half::from_bits(0x0400); }
  static half lowest() { return half::from_bits(0xfbff); }
  static half max() { return half::from_bits(0x7bff); }
  static half epsilon() { return half::from_bits(0x1400); }
  static half infinity() { return half::from_bits(0x7c00); }
  static half quiet_NaN() { return half::from_bits(0x7e00); }
  static half denorm_min() { return half::from_bits(0x0001); }
};
inline bool signbit(half x) { return (x.bits() & 0x8000) != 0; }
inline bool isnan(half x) { return (x.bits() & 0x7fff) > 0x7c00; }
inline bool isinf(half x) { return (x.bits() & 0x7fff) == 0x7c00; }
inline half fabs(half x) { return half::from_bits(static_cast<uint16_t>(x.bits() & 0x7fff)); }
}  // namespace std

#endif  // ALLO_HLS_MODEL_HLS_HALF_H
