//===- SmallTensorValues.h - Values of small constant tensors ---*- C++ -*-===//

#ifndef T2T_LIB_IMPORT_SMALLTENSORVALUES_H
#define T2T_LIB_IMPORT_SMALLTENSORVALUES_H

#include "onnx/onnx_pb.h"

#include <cstring>
#include <optional>
#include <vector>

namespace t2t::import {

/// The values of `t` stored as T (raw_data, or the typed field `typed`),
/// widened to Wide; nullopt if there are more than `limit` or raw_data is not
/// a whole number of them.
template <typename T, typename Wide, typename Field>
std::optional<std::vector<Wide>> readSmallTensor(const ::onnx::TensorProto &t, const Field &typed,
                                                 size_t limit) {
  if (!t.has_raw_data()) {
    if (static_cast<size_t>(typed.size()) > limit)
      return std::nullopt;
    return std::vector<Wide>(typed.begin(), typed.end());
  }
  const std::string &raw = t.raw_data();
  if (raw.size() % sizeof(T) || raw.size() / sizeof(T) > limit)
    return std::nullopt;
  std::vector<T> narrow(raw.size() / sizeof(T));
  if (!raw.empty()) // memcpy's pointers must not be null, even for no bytes.
    std::memcpy(narrow.data(), raw.data(), raw.size());
  return std::vector<Wide>(narrow.begin(), narrow.end());
}

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_SMALLTENSORVALUES_H
