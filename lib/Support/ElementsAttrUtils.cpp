//===- ElementsAttrUtils.cpp - Layout changes of constant tensors ---------===//

#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

namespace t2t {

std::optional<ArrayRef<char>> rawBytes(ElementsAttr value) {
  if (value.getElementType().isInteger(1))
    return std::nullopt;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return blob->getData();
  if (auto dense = dyn_cast<DenseElementsAttr>(value); dense && !dense.isSplat())
    return dense.getRawData();
  return std::nullopt;
}

ElementsAttr elementsFromBytes(RankedTensorType type, ArrayRef<char> bytes, StringRef blobName) {
  if (bytes.size() < kBlobThresholdBytes)
    return DenseElementsAttr::getFromRawBuffer(type, bytes);
  size_t align = type.getElementTypeBitWidth() / 8;
  return DenseResourceElementsAttr::get(
      type, blobName, HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, align, false));
}

ElementsAttr transposeElements(ElementsAttr value, ArrayRef<int64_t> perm) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape() || static_cast<int64_t>(perm.size()) != type.getRank())
    return nullptr;
  SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  if (auto dense = dyn_cast<DenseElementsAttr>(value); dense && dense.isSplat())
    return dense.resizeSplat(resultType);

  std::optional<ArrayRef<char>> bytes = rawBytes(value);
  if (!bytes)
    return nullptr;
  return elementsFromBytes(resultType, transposeBytes(type, *bytes, perm), "transposed");
}

std::vector<char> transposeBytes(RankedTensorType type, ArrayRef<char> bytes,
                                 ArrayRef<int64_t> perm) {
  SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  size_t width = type.getElementTypeBitWidth() / 8;
  int64_t rank = type.getRank(), count = type.getNumElements();
  // Strides of the input, taken in the order the output visits dimensions.
  SmallVector<int64_t> inStrides(rank, 1), permStrides(rank);
  for (int64_t d = rank - 2; d >= 0; --d)
    inStrides[d] = inStrides[d + 1] * type.getDimSize(d + 1);
  for (int64_t i = 0; i < rank; ++i)
    permStrides[i] = inStrides[perm[i]];

  std::vector<char> out(count * width);
  SmallVector<int64_t> index(rank, 0);
  int64_t offset = 0; // Input element offset of `index`.
  for (int64_t o = 0; o < count; ++o) {
    std::memcpy(&out[o * width], &bytes[offset * width], width);
    // Advance the output index like an odometer, updating the input offset.
    for (int64_t d = rank - 1; d >= 0; --d) {
      offset += permStrides[d];
      if (++index[d] < shape[d])
        break;
      offset -= permStrides[d] * shape[d];
      index[d] = 0;
    }
  }
  return out;
}

} // namespace t2t
