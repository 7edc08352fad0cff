// A model of Vitis HLS's hls_math.h for compiling exported C++ with g++ in tests.
// Float and double functions forward to <cmath> (correctly rounded where libm is; the HLS library's
// hardware approximations can differ in the last bits for some functions). ap_fixed arguments are
// evaluated in double and converted back to the argument's type (AP_TRN: floor), which the HLS
// fixed-point math library approximates. half arguments are evaluated in double and rounded once to
// half (ties to even), which is what Allo Studio's simulator computes for float16.
#ifndef ALLO_HLS_MODEL_HLS_MATH_H
#define ALLO_HLS_MODEL_HLS_MATH_H

#include <cmath>
#include <cstdlib>

#include "ap_fixed.h"
#include "hls_half.h"

namespace hls {

#define HLS_MODEL_UNARY(NAME, IMPL)                                                             \
  inline float NAME(float x) { return IMPL(x); }                                               \
  inline double NAME(double x) { return IMPL(x); }                                             \
  inline float NAME##f(float x) { return IMPL(x); }                                            \
  inline half NAME(half x) { return half(IMPL(static_cast<double>(static_cast<float>(x)))); }  \
  template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>                              \
  inline ap_fixed_base<W, I, S, Q, O, N> NAME(const ap_fixed_base<W, I, S, Q, O, N>& x) {       \
    return ap_fixed_base<W, I, S, Q, O, N>(IMPL(x.to_double()));                                \
  }
HLS_MODEL_UNARY(exp, std::exp)
HLS_MODEL_UNARY(exp2, std::exp2)
HLS_MODEL_UNARY(log, std::log)
HLS_MODEL_UNARY(log2, std::log2)
HLS_MODEL_UNARY(log10, std::log10)
HLS_MODEL_UNARY(sqrt, std::sqrt)
HLS_MODEL_UNARY(sin, std::sin)
HLS_MODEL_UNARY(cos, std::cos)
HLS_MODEL_UNARY(tan, std::tan)
HLS_MODEL_UNARY(asin, std::asin)
HLS_MODEL_UNARY(acos, std::acos)
HLS_MODEL_UNARY(atan, std::atan)
HLS_MODEL_UNARY(sinh, std::sinh)
HLS_MODEL_UNARY(cosh, std::cosh)
HLS_MODEL_UNARY(tanh, std::tanh)
HLS_MODEL_UNARY(floor, std::floor)
HLS_MODEL_UNARY(ceil, std::ceil)
HLS_MODEL_UNARY(round, std::round)
HLS_MODEL_UNARY(trunc, std::trunc)
HLS_MODEL_UNARY(fabs, std::fabs)
#undef HLS_MODEL_UNARY

inline float rsqrt(float x) { return 1.0f / std::sqrt(x); }
inline double rsqrt(double x) { return 1.0 / std::sqrt(x); }
inline float recip(float x) { return 1.0f / x; }
inline double recip(double x) { return 1.0 / x; }

inline float pow(float x, float y) { return std::pow(x, y); }
inline half pow(half x, half y) { return half(std::pow(static_cast<double>(static_cast<float>(x)), static_cast<double>(static_cast<float>(y)))); }
inline half abs(half x) { return std::fabs(x); }
inline double pow(double x, double y) { return std::pow(x, y); }
inline float powf(float x, float y) { return std::pow(x, y); }
inline float atan2(float y, float x) { return std::atan2(y, x); }
inline double atan2(double y, double x) { return std::atan2(y, x); }
inline float fmod(float x, float y) { return std::fmod(x, y); }
inline double fmod(double x, double y) { return std::fmod(x, y); }
inline float fmin(float x, float y) { return std::fmin(x, y); }
inline double fmin(double x, double y) { return std::fmin(x, y); }
inline float fmax(float x, float y) { return std::fmax(x, y); }
inline double fmax(double x, double y) { return std::fmax(x, y); }

inline float abs(float x) { return std::fabs(x); }
inline double abs(double x) { return std::fabs(x); }
inline int abs(int x) { return std::abs(x); }
inline long abs(long x) { return std::labs(x); }
inline long long abs(long long x) { return std::llabs(x); }
// |x| in x's own type (the most negative value wraps to itself, as in hardware).
template <int W, bool S>
inline ap_int_base<W, S> abs(const ap_int_base<W, S>& x) {
  return x.sign() ? ap_int_base<W, S>(-x) : x;
}
template <int W, int I, bool S, ap_q_mode Q, ap_o_mode O, int N>
inline ap_fixed_base<W, I, S, Q, O, N> abs(const ap_fixed_base<W, I, S, Q, O, N>& x) {
  return x.is_neg() ? ap_fixed_base<W, I, S, Q, O, N>(-x) : x;
}

}  // namespace hls

#endif  // ALLO_HLS_MODEL_HLS_MATH_H
