//===- TFLAttrs.cpp - The tfl dialect's attributes ------------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Permutation.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;

#define GET_ATTRDEF_CLASSES
#include "dialects/tfl/TFLAttrs.cpp.inc"

namespace t2t::tfl {

void TFLDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "dialects/tfl/TFLAttrs.cpp.inc"
      >();
}

LogicalResult PermutedElementsAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                           ShapedType type, ElementsAttr source,
                                           ArrayRef<int64_t> perm) {
  if (isa<PermutedElementsAttr>(source))
    return emitError() << "permutes a permuted constant (permutations compose)";
  auto sourceType = dyn_cast<RankedTensorType>(source.getType());
  if (!sourceType || !sourceType.hasStaticShape() || !type.hasStaticShape())
    return emitError() << "needs statically shaped source and result types";
  if (sourceType.getElementType() != type.getElementType())
    return emitError() << "element type " << type.getElementType() << " differs from the source's "
                       << sourceType.getElementType();
  if (sourceType.getNumElements() != type.getNumElements())
    return emitError() << "has " << type.getNumElements() << " elements but the source has "
                       << sourceType.getNumElements();
  if (static_cast<int64_t>(perm.size()) != sourceType.getRank() || !isPermutation(perm))
    return emitError() << "perm is not a permutation of the source's " << sourceType.getRank()
                       << " dims";
  return success();
}

std::optional<ArrayRef<char>> constantBytes(ElementsAttr value, std::vector<char> &storage) {
  auto permuted = dyn_cast<PermutedElementsAttr>(value);
  if (!permuted)
    return rawBytes(value);
  std::optional<ArrayRef<char>> source = rawBytes(permuted.getSource());
  if (!source)
    return std::nullopt;
  // Within its capacity, `storage` keeps its memory: no fresh pages.
  storage.resize(source->size());
  transposeBytesInto(cast<RankedTensorType>(permuted.getSource().getType()), *source,
                     permuted.getPerm(), storage);
  return ArrayRef<char>(storage);
}

} // namespace t2t::tfl
