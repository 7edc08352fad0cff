// Stand-in (see xrt_device.h).
#ifndef ALLO_XRT_MODEL_BO_H
#define ALLO_XRT_MODEL_BO_H
#include <cstddef>
#include <vector>
#include "xrt/xrt_device.h"
#define XCL_BO_FLAGS_CACHEABLE (1u << 24)
#define XRT_BO_FLAGS_HOST_ONLY (1u << 29)
enum xclBOSyncDirection { XCL_BO_SYNC_BO_TO_DEVICE = 0, XCL_BO_SYNC_BO_FROM_DEVICE = 1 };
namespace xrt {
class bo {
 public:
  using flags = unsigned int;
  bo(const device &, size_t bytes, unsigned int, int) : data_(bytes) {}
  template <typename T> T map() { return reinterpret_cast<T>(data_.data()); }
  void sync(xclBOSyncDirection) {}
 private:
  std::vector<char> data_;
};
}  // namespace xrt
#endif
