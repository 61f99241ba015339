//===- PayloadSplitting.h - Weights left in the serialized model -*- C++ -*-===//
//
// Parsing a ModelProto copies every raw_data payload into a string: for a
// ResNet50 that is 100 MB of fresh pages, the largest cost of an import. The
// splitter walks the wire format instead and hands protobuf a skeleton of the
// model without the large payloads of the main graph's initializers, which
// stay where they are in the serialized bytes (a mapped file) until the
// importer makes resource blobs that point at them.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_PAYLOADSPLITTING_H
#define T2T_LIB_IMPORT_PAYLOADSPLITTING_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace t2t::import {

/// What a payload held outside its TensorProto leaves in the raw_data field:
/// one byte, as ONNX's checker wants a value field and an empty bytes field
/// is not serialized.
/// (A std::string_view: clang refuses an llvm::StringLiteral holding a NUL.)
inline constexpr std::string_view kPayloadPlaceholder("\0", 1);

/// A serialized ModelProto whose main-graph initializers of at least
/// kBlobThresholdBytes of raw_data hold kPayloadPlaceholder instead, and
/// those payloads by initializer name, as slices of the original bytes.
struct ModelSkeleton {
  std::string bytes;
  std::vector<std::pair<std::string, llvm::StringRef>> payloads;
};

/// Splits `model` as above; std::nullopt where it is not plain protobuf wire
/// format (truncated, malformed, or with groups, which ONNX never uses): the
/// caller parses it whole, and protobuf reports it.
std::optional<ModelSkeleton> splitInitializerPayloads(llvm::StringRef model);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_PAYLOADSPLITTING_H
