// Stand-in declarations of the XRT native API used by Allo Studio's exported AIE host test, so the
// test compiles in CI without XRT (it is never run against these). Only the members used are declared.
#ifndef ALLO_XRT_MODEL_DEVICE_H
#define ALLO_XRT_MODEL_DEVICE_H
#include <string>
namespace xrt {
struct uuid {};
class xclbin {
 public:
  explicit xclbin(const std::string &) {}
  uuid get_uuid() const { return {}; }
};
class device {
 public:
  explicit device(unsigned int) {}
  uuid register_xclbin(const xclbin &) { return {}; }
};
}  // namespace xrt
#endif
