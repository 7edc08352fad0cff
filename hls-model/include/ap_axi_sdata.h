// A model of Vitis HLS's ap_axi_sdata.h (AXI4-Stream side-channel structs) so exported C++ that includes
// it compiles with g++ in tests. Side channels of width 0 are kept as 1-bit fields here (the library
// removes them); only their presence, not their width, differs.
#ifndef ALLO_HLS_MODEL_AP_AXI_SDATA_H
#define ALLO_HLS_MODEL_AP_AXI_SDATA_H

#include "ap_int.h"

template <int D, int U = 0, int TI = 0, int TD = 0>
struct ap_axis {
  ap_int<D> data;
  ap_uint<(D + 7) / 8> keep;
  ap_uint<(D + 7) / 8> strb;
  ap_uint<(U > 0 ? U : 1)> user;
  ap_uint<1> last;
  ap_uint<(TI > 0 ? TI : 1)> id;
  ap_uint<(TD > 0 ? TD : 1)> dest;
};

template <int D, int U = 0, int TI = 0, int TD = 0>
struct ap_axiu {
  ap_uint<D> data;
  ap_uint<(D + 7) / 8> keep;
  ap_uint<(D + 7) / 8> strb;
  ap_uint<(U > 0 ? U : 1)> user;
  ap_uint<1> last;
  ap_uint<(TI > 0 ? TI : 1)> id;
  ap_uint<(TD > 0 ? TD : 1)> dest;
};

namespace hls {
template <typename T, int U = 0, int TI = 0, int TD = 0>
struct axis {
  T data;
  ap_uint<(sizeof(T) * 8 + 7) / 8> keep;
  ap_uint<(sizeof(T) * 8 + 7) / 8> strb;
  ap_uint<(U > 0 ? U : 1)> user;
  ap_uint<1> last;
  ap_uint<(TI > 0 ? TI : 1)> id;
  ap_uint<(TD > 0 ? TD : 1)> dest;
};
}  // namespace hls

#endif  // ALLO_HLS_MODEL_AP_AXI_SDATA_H
