// A model of Vitis HLS's hls_vector.h for compiling exported C++ with g++ in tests:
// hls::vector<T, N> is N values of T with element access and element-wise arithmetic. Each element result
// is converted back to T (so ap_int elements wrap to their width, as in the library).
#ifndef ALLO_HLS_MODEL_HLS_VECTOR_H
#define ALLO_HLS_MODEL_HLS_VECTOR_H

#include <cstddef>
#include <initializer_list>

namespace hls {

template <typename T, std::size_t N>
class vector {
 public:
  typedef T value_type;

  vector() {
    for (std::size_t i = 0; i < N; ++i) data_[i] = T();
  }
  vector(const T& x) {  // broadcast, implicit like the library's
    for (std::size_t i = 0; i < N; ++i) data_[i] = x;
  }
  vector(std::initializer_list<T> l) {
    std::size_t i = 0;
    for (const T& x : l) {
      if (i < N) data_[i++] = x;
    }
    for (; i < N; ++i) data_[i] = T();
  }

  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  static constexpr std::size_t size() { return N; }
  T* begin() { return data_; }
  T* end() { return data_ + N; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + N; }

#define HLS_MODEL_VEC_OP(OP)                                                  \
  vector& operator OP##=(const vector& o) {                                  \
    for (std::size_t i = 0; i < N; ++i) data_[i] = T(data_[i] OP o.data_[i]); \
    return *this;                                                            \
  }                                                                          \
  friend vector operator OP(const vector& a, const vector& b) {              \
    vector r(a);                                                             \
    r OP##= b;                                                               \
    return r;                                                                \
  }                                                                          \
  friend vector operator OP(const vector& a, const T& b) { return a OP vector(b); } \
  friend vector operator OP(const T& a, const vector& b) { return vector(a) OP b; }
  HLS_MODEL_VEC_OP(+)
  HLS_MODEL_VEC_OP(-)
  HLS_MODEL_VEC_OP(*)
  HLS_MODEL_VEC_OP(/)
#undef HLS_MODEL_VEC_OP

  vector operator-() const {
    vector r;
    for (std::size_t i = 0; i < N; ++i) r.data_[i] = T(-data_[i]);
    return r;
  }
  friend bool operator==(const vector& a, const vector& b) {
    for (std::size_t i = 0; i < N; ++i)
      if (!(a.data_[i] == b.data_[i])) return false;
    return true;
  }
  friend bool operator!=(const vector& a, const vector& b) { return !(a == b); }

  T reduce_add() const {
    T r = data_[0];
    for (std::size_t i = 1; i < N; ++i) r = T(r + data_[i]);
    return r;
  }
  T reduce_mult() const {
    T r = data_[0];
    for (std::size_t i = 1; i < N; ++i) r = T(r * data_[i]);
    return r;
  }

 private:
  T data_[N];
};

}  // namespace hls

#endif  // ALLO_HLS_MODEL_HLS_VECTOR_H
