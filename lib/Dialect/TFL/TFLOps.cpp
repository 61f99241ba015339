//===- TFLOps.cpp - Verifiers and folders of the tfl ops ------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Permutation.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace t2t::tfl;

#define GET_OP_CLASSES
#include "dialects/tfl/TFLOps.cpp.inc"

//===----------------------------------------------------------------------===//
// const
//===----------------------------------------------------------------------===//

OpFoldResult ConstOp::fold(FoldAdaptor) { return getValueAttr(); }

//===----------------------------------------------------------------------===//
// add
//===----------------------------------------------------------------------===//

LogicalResult AddOp::verify() {
  SmallVector<int64_t> shape;
  auto lhs = dyn_cast<RankedTensorType>(getLhs().getType());
  auto rhs = dyn_cast<RankedTensorType>(getRhs().getType());
  if (lhs && rhs && !OpTrait::util::getBroadcastedShape(lhs.getShape(), rhs.getShape(), shape))
    return emitOpError("operand shapes ")
           << lhs << " and " << rhs << " are not broadcast-compatible";
  return success();
}

//===----------------------------------------------------------------------===//
// conv_2d
//===----------------------------------------------------------------------===//

LogicalResult Conv2DOp::verify() {
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  auto filter = dyn_cast<RankedTensorType>(getFilter().getType());
  auto bias = dyn_cast<RankedTensorType>(getBias().getType());
  if (input && input.getRank() != 4)
    return emitOpError("input must be NHWC (rank 4), got rank ") << input.getRank();
  if (filter && filter.getRank() != 4)
    return emitOpError("filter must be HWIO (rank 4), got rank ") << filter.getRank();
  if (bias && bias.getRank() != 1)
    return emitOpError("bias must have rank 1, got rank ") << bias.getRank();
  if (getStrides().size() != 2 || getDilations().size() != 2)
    return emitOpError("strides and dilations need 2 entries (H, W)");
  if (llvm::any_of(getStrides(), [](int64_t s) { return s < 1; }) ||
      llvm::any_of(getDilations(), [](int64_t d) { return d < 1; }))
    return emitOpError("strides and dilations must be positive");
  if (getExplicitPadding().size() != 4 ||
      llvm::any_of(getExplicitPadding(), [](int64_t p) { return p < 0; }))
    return emitOpError("explicit_padding needs 4 non-negative entries (top, bottom, left, right)");
  if (getPadding() != "EXPLICIT" && llvm::any_of(getExplicitPadding(), [](int64_t p) { return p; }))
    return emitOpError("explicit_padding is set but padding is ") << getPadding();

  if (filter && bias && !ShapedType::isDynamic(filter.getDimSize(3)) &&
      !ShapedType::isDynamic(bias.getDimSize(0)) && filter.getDimSize(3) != bias.getDimSize(0))
    return emitOpError("bias has ") << bias.getDimSize(0) << " entries for "
                                    << filter.getDimSize(3) << " output channels";
  if (input && filter) {
    int64_t channels = input.getDimSize(3), perGroup = filter.getDimSize(2);
    if (!ShapedType::isDynamic(channels) && !ShapedType::isDynamic(perGroup) &&
        (perGroup == 0 || channels % perGroup != 0))
      return emitOpError("input has ") << channels << " channels, not a multiple of the filter's "
                                       << perGroup << " input channels";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::verify() {
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  auto output = dyn_cast<RankedTensorType>(getOutput().getType());
  ArrayRef<int64_t> perm = getPerm();
  if (!input)
    return success();
  if (static_cast<int64_t>(perm.size()) != input.getRank() || !t2t::isPermutation(perm))
    return emitOpError("perm is not a permutation of the ") << input.getRank()
                                                           << " input dimensions";
  if (output) {
    for (auto [i, d] : llvm::enumerate(perm)) {
      int64_t want = input.getDimSize(d), got = output.getDimSize(i);
      if (!ShapedType::isDynamic(want) && !ShapedType::isDynamic(got) && want != got)
        return emitOpError("result dim ") << i << " is " << got << ", expected " << want;
    }
  }
  return success();
}

OpFoldResult TransposeOp::fold(FoldAdaptor adaptor) {
  // transpose(transpose(x, p1), p2) == transpose(x, p1[p2[i]]): fold in place.
  if (auto inner = getInput().getDefiningOp<TransposeOp>()) {
    SmallVector<int64_t> composed;
    for (int64_t d : getPerm())
      composed.push_back(inner.getPerm()[d]);
    getInputMutable().assign(inner.getInput());
    setPerm(composed);
    return getResult();
  }
  // The identity permutation is a no-op.
  if (llvm::all_of(llvm::enumerate(getPerm()),
                   [](auto it) { return static_cast<int64_t>(it.index()) == it.value(); }) &&
      getInput().getType() == getType())
    return getInput();
  // A constant is permuted once, at compile time.
  if (auto value = dyn_cast_if_present<ElementsAttr>(adaptor.getInput()))
    if (ElementsAttr permuted = t2t::transposeElements(value, getPerm());
        permuted && permuted.getType() == getType())
      return permuted;
  return {};
}
