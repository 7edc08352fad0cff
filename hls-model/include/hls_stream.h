// A model of Vitis HLS's hls_stream.h for C simulation with g++ in tests.
//
// hls::stream<T> is an unbounded FIFO: C simulation runs the dataflow processes one after another, so a
// write never blocks (full() is always false, the depth is not enforced). A read() from an empty stream
// cannot be satisfied by anyone in sequential C simulation, so it prints an error naming the stream and
// aborts instead of hanging. Like the library, leftover data at destruction prints a warning.
#ifndef ALLO_HLS_MODEL_HLS_STREAM_H
#define ALLO_HLS_MODEL_HLS_STREAM_H

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>

namespace hls {

template <typename T, int DEPTH = 0>
class stream {
 public:
  typedef T value_type;

  stream() : name_("hls::stream") {}
  explicit stream(const char* name) : name_(name) {}
  explicit stream(const std::string& name) : name_(name) {}
  stream(const stream&) = delete;
  stream& operator=(const stream&) = delete;
  ~stream() {
    if (!q_.empty())
      std::fprintf(stderr, "WARNING: hls::stream '%s' contains leftover data (%zu elements)\n", name_.c_str(),
                   q_.size());
  }

  bool empty() const { return q_.empty(); }
  bool full() const { return false; }
  std::size_t size() const { return q_.size(); }
  const char* name() const { return name_.c_str(); }

  T read() {
    if (q_.empty()) {
      std::fprintf(stderr,
                   "ERROR: hls::stream '%s' is read while empty; in C simulation nothing can fill it any more, "
                   "so the design would block forever\n",
                   name_.c_str());
      std::abort();
    }
    T v = q_.front();
    q_.pop_front();
    return v;
  }
  void read(T& out) { out = read(); }
  void operator>>(T& out) { out = read(); }
  bool read_nb(T& out) {
    if (q_.empty()) return false;
    out = read();
    return true;
  }

  void write(const T& v) { q_.push_back(v); }
  void operator<<(const T& v) { write(v); }
  bool write_nb(const T& v) {
    write(v);
    return true;
  }

 private:
  std::deque<T> q_;
  std::string name_;
};

}  // namespace hls

#endif  // ALLO_HLS_MODEL_HLS_STREAM_H
