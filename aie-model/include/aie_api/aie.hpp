// A small stand-in for AMD's aie_api (aie_api/aie.hpp) so the exported AI Engine kernels compile and run
// with g++ in Allo Studio's tests. Only what the exporter emits is modelled: fixed-length vectors,
// aligned loads and stores, and lane-wise add/sub, which wrap modulo 2^n as on the AI Engine.
#ifndef ALLO_AIE_MODEL_AIE_HPP
#define ALLO_AIE_MODEL_AIE_HPP
#include <cstddef>
#include <cstdint>
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

}  // namespace aie
#endif
