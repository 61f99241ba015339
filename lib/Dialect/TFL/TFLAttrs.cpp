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

LogicalResult ScaledElementsAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                         ShapedType type, ElementsAttr source,
                                         DenseFPElementsAttr scale, int64_t stride) {
  if (isa<ScaledElementsAttr>(source))
    return emitError() << "scales a scaled constant (scales compose)";
  if (source.getType() != type || !type.getElementType().isF32())
    return emitError() << "needs an f32 source of the result type " << type;
  if (!scale.getElementType().isF32() || scale.getNumElements() == 0)
    return emitError() << "needs f32 scales";
  if (stride < 1)
    return emitError() << "needs a positive stride";
  return success();
}

/// Multiplies the f32 elements `bytes` (element `first` of the weight
/// onwards) by their channel's factor into `out`.
static void scaleInto(ArrayRef<char> bytes, int64_t first, int64_t stride, ArrayRef<float> factors,
                      MutableArrayRef<char> out) {
  int64_t channels = factors.size();
  for (size_t i = 0, e = bytes.size() / sizeof(float); i < e; ++i) {
    float value;
    std::memcpy(&value, bytes.data() + i * sizeof(float), sizeof(float));
    value *= factors[((first + static_cast<int64_t>(i)) / stride) % channels];
    std::memcpy(out.data() + i * sizeof(float), &value, sizeof(float));
  }
}

static SmallVector<float> factorsOf(ScaledElementsAttr scaled) {
  return llvm::to_vector(scaled.getScale().getValues<float>());
}

std::optional<ArrayRef<char>> storedBytes(ElementsAttr value) {
  if (auto scaled = dyn_cast<ScaledElementsAttr>(value))
    return storedBytes(scaled.getSource());
  if (auto permuted = dyn_cast<PermutedElementsAttr>(value))
    return rawBytes(permuted.getSource());
  return rawBytes(value);
}

std::optional<ArrayRef<char>> constantBytes(ElementsAttr value, std::vector<char> &storage) {
  if (auto scaled = dyn_cast<ScaledElementsAttr>(value)) {
    std::optional<ArrayRef<char>> source = constantBytes(scaled.getSource(), storage);
    if (!source)
      return std::nullopt;
    // In place when the source was computed into `storage`.
    MutableArrayRef<char> out = scratchBytes(storage, source->size());
    scaleInto(*source, 0, scaled.getStride(), factorsOf(scaled), out);
    return ArrayRef<char>(out);
  }
  auto permuted = dyn_cast<PermutedElementsAttr>(value);
  if (!permuted)
    return rawBytes(value);
  std::optional<ArrayRef<char>> source = rawBytes(permuted.getSource());
  if (!source)
    return std::nullopt;
  MutableArrayRef<char> out = scratchBytes(storage, source->size());
  transposeBytesInto(cast<RankedTensorType>(permuted.getSource().getType()), *source,
                     permuted.getPerm(), out);
  return ArrayRef<char>(out);
}

PermutedElementsAttr reshapePermuted(PermutedElementsAttr permuted, ShapedType type) {
  // Size-1 dims aside, a reshape pairs runs of result dims with runs of
  // `type`'s dims of equal product. A result dim split into factors splits
  // its source dim alike; result dims merged into one merge their source
  // dims when those are adjacent and in order. Either way the reshape is a
  // permutation of the source viewed in another shape. Size-1 dims of
  // `type` become size-1 view dims.
  auto sourceType = cast<RankedTensorType>(permuted.getSource().getType());
  ArrayRef<int64_t> target = type.getShape();
  SmallVector<int64_t> dims, sizes; // The result's non-1 dims: source dim, size.
  for (int64_t d : permuted.getPerm())
    if (sourceType.getDimSize(d) != 1) {
      dims.push_back(d);
      sizes.push_back(sourceType.getDimSize(d));
    }
  SmallVector<int64_t> targets; // `type`'s non-1 dims.
  for (auto [t, size] : llvm::enumerate(target))
    if (size != 1)
      targets.push_back(t);
  // viewOf[source dim]: the target dims its view dims are (one for a merged
  // run, on its first source dim; none for the rest of the run).
  SmallVector<SmallVector<int64_t>> viewOf(sourceType.getRank());
  size_t i = 0, j = 0;
  while (i < dims.size() && j < targets.size()) {
    size_t iEnd = i + 1, jEnd = j + 1;
    int64_t inResult = sizes[i], inTarget = target[targets[j]];
    while (inResult != inTarget) {
      if (inResult < inTarget && iEnd < dims.size())
        inResult *= sizes[iEnd++];
      else if (inTarget < inResult && jEnd < targets.size())
        inTarget *= target[targets[jEnd++]];
      else
        return nullptr;
    }
    if (iEnd - i > 1 && jEnd - j > 1)
      return nullptr;
    for (size_t k = i + 1; k < iEnd; ++k)
      if (dims[k] < dims[k - 1] ||
          !llvm::all_of(llvm::seq(dims[k - 1] + 1, dims[k]),
                        [&](int64_t d) { return sourceType.getDimSize(d) == 1; }))
        return nullptr;
    for (size_t k = j; k < jEnd; ++k)
      viewOf[dims[i]].push_back(targets[k]);
    i = iEnd;
    j = jEnd;
  }
  if (i != dims.size() || j != targets.size())
    return nullptr;
  SmallVector<int64_t> viewShape, viewDimOf(target.size(), -1);
  for (ArrayRef<int64_t> view : viewOf)
    for (int64_t t : view) {
      viewDimOf[t] = viewShape.size();
      viewShape.push_back(target[t]);
    }
  for (auto [t, dim] : llvm::enumerate(viewDimOf))
    if (dim < 0) {
      dim = viewShape.size();
      viewShape.push_back(1);
    }
  auto viewType = RankedTensorType::get(viewShape, sourceType.getElementType());
  ElementsAttr view = reshapedElements(permuted.getSource(), viewType);
  if (!view)
    return nullptr;
  return PermutedElementsAttr::get(type, view, viewDimOf);
}

bool forEachConstantPiece(ElementsAttr value, size_t maxPiece, ClaimFn claim,
                          llvm::function_ref<void(ArrayRef<char>)> fn) {
  if (auto scaled = dyn_cast<ScaledElementsAttr>(value)) {
    // The source's pieces (a stored weight's: all of it) computed into a
    // buffer of their own, scaled in bounded parts into claimed memory.
    SmallVector<float> factors = factorsOf(scaled);
    std::vector<char> sourceScratch;
    int64_t first = 0;
    return forEachConstantPiece(
        scaled.getSource(), maxPiece, scratchClaim(sourceScratch), [&](ArrayRef<char> piece) {
          for (size_t start = 0; start < piece.size(); start += maxPiece) {
            ArrayRef<char> bytes = piece.slice(start, std::min(maxPiece, piece.size() - start));
            MutableArrayRef<char> out = claim(bytes.size());
            scaleInto(bytes, first, scaled.getStride(), factors, out);
            first += bytes.size() / sizeof(float);
            fn(out);
          }
        });
  }
  auto permuted = dyn_cast<PermutedElementsAttr>(value);
  std::optional<ArrayRef<char>> source = storedBytes(value);
  if (!source)
    return false;
  if (!permuted) { // Its own bytes: nothing to compute.
    fn(*source);
    return true;
  }
  forEachTransposedPiece(cast<RankedTensorType>(permuted.getSource().getType()), *source,
                         permuted.getPerm(), maxPiece, claim, fn);
  return true;
}

} // namespace t2t::tfl
