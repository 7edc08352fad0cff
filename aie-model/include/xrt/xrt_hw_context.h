// Stand-in (see xrt_device.h).
#ifndef ALLO_XRT_MODEL_HW_CONTEXT_H
#define ALLO_XRT_MODEL_HW_CONTEXT_H
#include "xrt/xrt_device.h"
namespace xrt {
class hw_context {
 public:
  hw_context(const device &, const uuid &) {}
};
}  // namespace xrt
#endif
