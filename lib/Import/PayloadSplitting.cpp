//===- PayloadSplitting.cpp - Weights left in the serialized model --------===//

#include "PayloadSplitting.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include "llvm/ADT/STLFunctionalExtras.h"

namespace t2t::import {
namespace {

// onnx.proto's field numbers on the way to a weight.
constexpr uint64_t kModelGraph = 7, kGraphInitializer = 5, kTensorName = 8, kTensorRawData = 9;

// Protobuf's wire types (groups, 3 and 4, are refused).
enum WireType : uint64_t { kVarint = 0, kFixed64 = 1, kLengthDelimited = 2, kFixed32 = 5 };

/// One field of a serialized message: its number, wire type, all its bytes,
/// and for a length-delimited field its payload.
struct Field {
  uint64_t number;
  uint64_t wireType;
  llvm::StringRef bytes;
  llvm::StringRef payload;

  bool isLengthDelimited(uint64_t n) const { return number == n && wireType == kLengthDelimited; }
};

/// The base-128 varint at `at`, which moves past it; nullopt if truncated or
/// longer than ten bytes.
std::optional<uint64_t> readVarint(llvm::StringRef data, size_t &at) {
  uint64_t value = 0;
  for (unsigned shift = 0; shift < 64 && at < data.size(); shift += 7) {
    auto byte = static_cast<uint8_t>(data[at++]);
    value |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80))
      return value;
  }
  return std::nullopt;
}

/// Calls `fn` on each field of `message` in order; false where the message
/// is not well-formed wire format.
bool forEachField(llvm::StringRef message, llvm::function_ref<void(const Field &)> fn) {
  size_t at = 0;
  while (at < message.size()) {
    size_t start = at;
    std::optional<uint64_t> tag = readVarint(message, at);
    if (!tag || (*tag >> 3) == 0)
      return false;
    Field field{*tag >> 3, *tag & 7, {}, {}};
    size_t length = 0;
    switch (field.wireType) {
    case kVarint:
      if (!readVarint(message, at))
        return false;
      break;
    case kFixed64:
      length = 8;
      break;
    case kFixed32:
      length = 4;
      break;
    case kLengthDelimited:
      if (std::optional<uint64_t> declared = readVarint(message, at); declared)
        length = *declared;
      else
        return false;
      break;
    default:
      return false;
    }
    if (length > message.size() - at)
      return false;
    field.payload = message.substr(at, length);
    at += length;
    field.bytes = message.slice(start, at);
    fn(field);
  }
  return true;
}

void appendVarint(std::string &out, uint64_t value) {
  for (; value >= 0x80; value >>= 7)
    out.push_back(static_cast<char>(value | 0x80));
  out.push_back(static_cast<char>(value));
}

void appendLengthDelimited(std::string &out, uint64_t number, llvm::StringRef payload) {
  appendVarint(out, number << 3 | kLengthDelimited);
  appendVarint(out, payload.size());
  out.append(payload.data(), payload.size());
}

/// Appends the initializer without a large payload. Protobuf keeps the last
/// of repeated singular fields: the payload kept aside is the last raw_data,
/// and only if that one is large.
bool splitInitializer(llvm::StringRef tensor, std::string &out, ModelSkeleton &skeleton) {
  std::string kept;
  llvm::StringRef name;
  std::optional<llvm::StringRef> payload;
  bool wellFormed = forEachField(tensor, [&](const Field &field) {
    if (field.isLengthDelimited(kTensorName))
      name = field.payload;
    if (field.isLengthDelimited(kTensorRawData)) {
      payload.reset();
      if (field.payload.size() >= kBlobThresholdBytes) {
        payload = field.payload;
        appendLengthDelimited(kept, kTensorRawData, kPayloadPlaceholder);
        return;
      }
    }
    kept.append(field.bytes.data(), field.bytes.size());
  });
  if (!wellFormed)
    return false;
  if (payload)
    skeleton.payloads.emplace_back(name.str(), *payload);
  appendLengthDelimited(out, kGraphInitializer, kept);
  return true;
}

bool splitGraph(llvm::StringRef graph, std::string &out, ModelSkeleton &skeleton) {
  std::string kept;
  bool initializersWellFormed = true;
  bool wellFormed = forEachField(graph, [&](const Field &field) {
    if (field.isLengthDelimited(kGraphInitializer))
      initializersWellFormed &= splitInitializer(field.payload, kept, skeleton);
    else
      kept.append(field.bytes.data(), field.bytes.size());
  });
  appendLengthDelimited(out, kModelGraph, kept);
  return wellFormed && initializersWellFormed;
}

} // namespace

std::optional<ModelSkeleton> splitInitializerPayloads(llvm::StringRef model) {
  ModelSkeleton skeleton;
  bool graphsWellFormed = true;
  bool wellFormed = forEachField(model, [&](const Field &field) {
    if (field.isLengthDelimited(kModelGraph))
      graphsWellFormed &= splitGraph(field.payload, skeleton.bytes, skeleton);
    else
      skeleton.bytes.append(field.bytes.data(), field.bytes.size());
  });
  if (!wellFormed || !graphsWellFormed)
    return std::nullopt;
  return skeleton;
}

} // namespace t2t::import
