// A small stand-in for AMD's aie_api (aie_api/aie.hpp) so the exported AI Engine kernels compile and run
// with g++ in Allo Studio's tests. Only what the exporter emits is modelled: fixed-length vectors,
// aligned loads and stores, lane-wise add/sub, which wrap modulo 2^n as on the AI Engine, and aie::mmul
// (blocked matrix multiply-accumulate) for integer inputs with the saturation modes of the output conversion.
#ifndef ALLO_AIE_MODEL_AIE_HPP
#define ALLO_AIE_MODEL_AIE_HPP
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace aie {

template <typename T, unsigned N>
struct vector {
  static_assert(std::is_integral<T>::value, "the stand-in models integer vectors only");
  T lane[N];
  T get(unsigned i) const { return lane[i]; }
  static constexpr unsigned size() { return N; }
};

template <unsigned N, typename T>
vector<T, N> load_v(const T *p) {
  vector<T, N> v;
  for (unsigned i = 0; i < N; i++) v.lane[i] = p[i];
  return v;
}

template <typename T, unsigned N>
void store_v(T *p, const vector<T, N> &v) {
  for (unsigned i = 0; i < N; i++) p[i] = v.lane[i];
}

template <typename T, unsigned N>
vector<T, N> add(const vector<T, N> &a, const vector<T, N> &b) {
  using U = typename std::make_unsigned<T>::type;
  vector<T, N> r;
  for (unsigned i = 0; i < N; i++) r.lane[i] = (T)(U)((U)a.lane[i] + (U)b.lane[i]);
  return r;
}

template <typename T, unsigned N>
vector<T, N> sub(const vector<T, N> &a, const vector<T, N> &b) {
  using U = typename std::make_unsigned<T>::type;
  vector<T, N> r;
  for (unsigned i = 0; i < N; i++) r.lane[i] = (T)(U)((U)a.lane[i] - (U)b.lane[i]);
  return r;
}

enum class saturation_mode { none, truncate, saturate, symmetric };

namespace detail {
inline saturation_mode &saturation() {
  static saturation_mode m = saturation_mode::none;
  return m;
}
}  // namespace detail

inline void set_saturation(saturation_mode m) { detail::saturation() = m; }
inline saturation_mode get_saturation() { return detail::saturation(); }

// C (M×N) += A (M×K) · B (K×N) on row-major blocks held in vectors. The accumulator is modelled with
// 64-bit lanes that wrap; the AI Engine's (32-bit for int8 inputs, 64-bit for int16) holds the exact sum
// for the block counts the exporter emits, so the low bits agree.
template <unsigned M, unsigned K, unsigned N, typename TypeA, typename TypeB>
struct mmul {
  static_assert(std::is_integral<TypeA>::value && std::is_integral<TypeB>::value, "the stand-in models integer mmul only");
  static constexpr unsigned size_A = M * K;
  static constexpr unsigned size_B = K * N;
  static constexpr unsigned size_C = M * N;
  int64_t acc[M * N];

  mmul() {
    for (unsigned i = 0; i < size_C; i++) acc[i] = 0;
  }

  void mul(const vector<TypeA, size_A> &a, const vector<TypeB, size_B> &b) {
    for (unsigned i = 0; i < size_C; i++) acc[i] = 0;
    mac(a, b);
  }

  void mac(const vector<TypeA, size_A> &a, const vector<TypeB, size_B> &b) {
    for (unsigned m = 0; m < M; m++)
      for (unsigned n = 0; n < N; n++) {
        uint64_t s = (uint64_t)acc[m * N + n];
        for (unsigned k = 0; k < K; k++) s += (uint64_t)((int64_t)a.lane[m * K + k] * (int64_t)b.lane[k * N + n]);
        acc[m * N + n] = (int64_t)s;
      }
  }

  // Shift-round-saturate to T with shift 0: the low bits without saturation, clamped with it.
  template <typename T>
  vector<T, size_C> to_vector(int shift = 0) const {
    vector<T, size_C> r;
    const int64_t hi = (int64_t)std::numeric_limits<T>::max();
    const int64_t lo = get_saturation() == saturation_mode::symmetric ? -hi : (int64_t)std::numeric_limits<T>::min();
    for (unsigned i = 0; i < size_C; i++) {
      int64_t x = shift > 0 ? acc[i] >> shift : acc[i];
      if (get_saturation() == saturation_mode::none) {
        using U = typename std::make_unsigned<T>::type;
        r.lane[i] = (T)(U)(uint64_t)x;
      } else {
        r.lane[i] = (T)(x > hi ? hi : x < lo ? lo : x);
      }
    }
    return r;
  }
};

}  // namespace aie
#endif
