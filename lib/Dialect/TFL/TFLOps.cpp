//===- TFLOps.cpp - Verifiers and folders of the tfl ops ------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Permutation.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"

#include <cstring>

using namespace mlir;
using namespace t2t::tfl;

#define GET_OP_CLASSES
#include "dialects/tfl/TFLOps.cpp.inc"

//===----------------------------------------------------------------------===//
// const
//===----------------------------------------------------------------------===//

OpFoldResult ConstOp::fold(FoldAdaptor) { return getValueAttr(); }

//===----------------------------------------------------------------------===//
// add, mul
//===----------------------------------------------------------------------===//

Type t2t::tfl::broadcastType(ValueRange operands, Type element) {
  Type type = operands.front().getType();
  for (Value operand : operands.drop_front())
    type = mlir::OpTrait::util::getBroadcastedType(type, operand.getType(),
                                                   getElementTypeOrSelf(type));
  assert(type && "operands do not broadcast");
  return cast<ShapedType>(type).clone(element);
}

Type t2t::tfl::transposedType(Value input, ArrayRef<int64_t> perm) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  return type.clone(shape);
}

static LogicalResult verifyBroadcastable(Operation *op, Value lhsValue, Value rhsValue) {
  SmallVector<int64_t> shape;
  auto lhs = dyn_cast<RankedTensorType>(lhsValue.getType());
  auto rhs = dyn_cast<RankedTensorType>(rhsValue.getType());
  if (lhs && rhs &&
      !mlir::OpTrait::util::getBroadcastedShape(lhs.getShape(), rhs.getShape(), shape))
    return op->emitOpError("operand shapes ")
           << lhs << " and " << rhs << " are not broadcast-compatible";
  return success();
}

LogicalResult AddOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult MulOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult SubOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult DivOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult PowOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult MaximumOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult MinimumOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult FloorModOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult FloorDivOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult PReluOp::verify() { return verifyBroadcastable(*this, getX(), getAlpha()); }
LogicalResult LogicalAndOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }
LogicalResult LogicalOrOp::verify() { return verifyBroadcastable(*this, getLhs(), getRhs()); }

/// Comparisons: broadcastable operands of one element type.
template <typename CompareOp> static LogicalResult verifyComparison(CompareOp op) {
  if (getElementTypeOrSelf(op.getLhs().getType()) != getElementTypeOrSelf(op.getRhs().getType()))
    return op.emitOpError("compares ") << op.getLhs().getType() << " with " << op.getRhs().getType()
                                       << ": element types differ";
  return verifyBroadcastable(op, op.getLhs(), op.getRhs());
}
LogicalResult EqualOp::verify() { return verifyComparison(*this); }
LogicalResult NotEqualOp::verify() { return verifyComparison(*this); }
LogicalResult LessOp::verify() { return verifyComparison(*this); }
LogicalResult LessEqualOp::verify() { return verifyComparison(*this); }
LogicalResult GreaterOp::verify() { return verifyComparison(*this); }
LogicalResult GreaterEqualOp::verify() { return verifyComparison(*this); }

LogicalResult SelectV2Op::verify() {
  Type element = getElementTypeOrSelf(getType());
  if (getElementTypeOrSelf(getX().getType()) != element ||
      getElementTypeOrSelf(getY().getType()) != element)
    return emitOpError("x, y and the result need one element type");
  if (failed(verifyBroadcastable(*this, getX(), getY())))
    return failure();
  return verifyBroadcastable(*this, getCondition(), getX());
}

//===----------------------------------------------------------------------===//
// softmax
//===----------------------------------------------------------------------===//

LogicalResult SoftmaxOp::verify() {
  auto type = dyn_cast<RankedTensorType>(getX().getType());
  if (type && type.getRank() < 1)
    return emitOpError("needs a tensor of rank at least 1 (softmax is over the last dim)");
  return success();
}

//===----------------------------------------------------------------------===//
// max_pool_2d
//===----------------------------------------------------------------------===//

template <typename PoolOp> static LogicalResult verifyPool(PoolOp op) {
  auto input = dyn_cast<RankedTensorType>(op.getInput().getType());
  if (input && input.getRank() != 4)
    return op.emitOpError("input must be NHWC (rank 4), got rank ") << input.getRank();
  if (op.getFilter().size() != 2 || op.getStrides().size() != 2)
    return op.emitOpError("filter and strides need 2 entries (H, W)");
  if (llvm::any_of(op.getFilter(), [](int64_t k) { return k < 1; }) ||
      llvm::any_of(op.getStrides(), [](int64_t s) { return s < 1; }))
    return op.emitOpError("filter and strides must be positive");
  if (op.getPadding() == "EXPLICIT")
    return op.emitOpError("padding must be SAME or VALID (explicit padding is a tfl.padv2)");
  return success();
}

LogicalResult MaxPool2DOp::verify() { return verifyPool(*this); }
LogicalResult AveragePool2DOp::verify() { return verifyPool(*this); }

//===----------------------------------------------------------------------===//
// resize_bilinear, resize_nearest_neighbor
//===----------------------------------------------------------------------===//

template <typename ResizeOp> static LogicalResult verifyResize(ResizeOp op) {
  auto input = dyn_cast<RankedTensorType>(op.getInput().getType());
  auto output = dyn_cast<RankedTensorType>(op.getType());
  if ((input && input.getRank() != 4) || (output && output.getRank() != 4))
    return op.emitOpError("input and output must be NHWC (rank 4)");
  if (output && !op.getSize() &&
      (ShapedType::isDynamic(output.getDimSize(1)) || ShapedType::isDynamic(output.getDimSize(2))))
    return op.emitOpError("needs a size operand for an output H or W known only at run time");
  if (auto size = op.getSize(); size && cast<RankedTensorType>(size.getType()).getDimSize(0) != 2)
    return op.emitOpError("size must hold [H, W]");
  if (op.getAlignCorners() && op.getHalfPixelCenters())
    return op.emitOpError("align_corners and half_pixel_centers exclude each other");
  return success();
}

LogicalResult ResizeBilinearOp::verify() { return verifyResize(*this); }
LogicalResult ResizeNearestNeighborOp::verify() { return verifyResize(*this); }

//===----------------------------------------------------------------------===//
// padv2
//===----------------------------------------------------------------------===//

/// A pad of zero everywhere is its input (when it keeps the type).
template <typename PadOp> static OpFoldResult foldNoPadding(PadOp op) {
  if (op.getInput().getType() == op.getType() &&
      llvm::all_of(op.getPaddings(), [](int64_t p) { return p == 0; }))
    return op.getInput();
  return {};
}

OpFoldResult PadV2Op::fold(FoldAdaptor) { return foldNoPadding(*this); }
OpFoldResult MirrorPadOp::fold(FoldAdaptor) { return foldNoPadding(*this); }

LogicalResult PadV2Op::verify() {
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  if (input && static_cast<int64_t>(getPaddings().size()) != 2 * input.getRank())
    return emitOpError("paddings needs [before, after] for each of the ")
           << input.getRank() << " dimensions";
  if (llvm::any_of(getPaddings(), [](int64_t p) { return p < 0; }))
    return emitOpError("paddings must be non-negative");
  return success();
}

//===----------------------------------------------------------------------===//
// mean
//===----------------------------------------------------------------------===//

template <typename ReductionOp> static LogicalResult verifyReduction(ReductionOp op) {
  auto input = dyn_cast<RankedTensorType>(op.getInput().getType());
  if (!input)
    return success();
  SmallVector<bool> seen(input.getRank(), false);
  for (int64_t axis : op.getAxes()) {
    if (axis < 0 || axis >= input.getRank() || seen[axis])
      return op.emitOpError("axes must be distinct dimensions of the rank-")
             << input.getRank() << " input";
    seen[axis] = true;
  }
  return success();
}

LogicalResult MeanOp::verify() { return verifyReduction(*this); }
LogicalResult SumOp::verify() { return verifyReduction(*this); }
LogicalResult ReduceMaxOp::verify() { return verifyReduction(*this); }
LogicalResult ReduceMinOp::verify() { return verifyReduction(*this); }
LogicalResult ReduceProdOp::verify() { return verifyReduction(*this); }

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::verify() {
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  RankedTensorType output = getType();
  if (llvm::count_if(output.getShape(), ShapedType::isDynamic) > 1)
    return emitOpError("at most one result dimension may be dynamic");
  if (input && input.hasStaticShape() && output.hasStaticShape() &&
      input.getNumElements() != output.getNumElements())
    return emitOpError("cannot reshape ")
           << input.getNumElements() << " elements into " << output.getNumElements();
  return success();
}

/// True if transposing by `perm` keeps the row-major element order: the
/// dimensions larger than 1 stay in the same relative order.
static bool keepsElementOrder(RankedTensorType type, ArrayRef<int64_t> perm) {
  int64_t last = -1;
  for (int64_t d : perm) {
    if (type.getDimSize(d) == 1)
      continue;
    if (d < last)
      return false;
    last = d;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// shape
//===----------------------------------------------------------------------===//

LogicalResult ShapeOp::verify() {
  int64_t rank = getInput().getType().getRank();
  auto type = cast<RankedTensorType>(getType());
  if (!type.isDynamicDim(0) && type.getDimSize(0) != rank)
    return emitOpError("result has ")
           << type.getDimSize(0) << " dims for an input of rank " << rank;
  return success();
}

LogicalResult FillOp::verify() {
  if (auto value = dyn_cast<RankedTensorType>(getValue().getType()); value && value.getRank() != 0)
    return emitOpError("value must be a scalar");
  int64_t rank = cast<RankedTensorType>(getType()).getRank();
  auto dims = cast<RankedTensorType>(getDims().getType());
  if (!dims.isDynamicDim(0) && dims.getDimSize(0) != rank)
    return emitOpError("dims has ") << dims.getDimSize(0) << " entries for a result of rank " << rank;
  return success();
}

LogicalResult TopKV2Op::verify() {
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  auto values = dyn_cast<RankedTensorType>(getValues().getType());
  auto indices = dyn_cast<RankedTensorType>(getIndices().getType());
  if (!input || !values || !indices)
    return success();
  if (input.getRank() == 0 || values.getRank() != input.getRank() ||
      failed(verifyCompatibleShape(values.getShape(), indices.getShape())))
    return emitOpError("values and indices must have the input's rank (at least 1) and agree");
  if (failed(verifyCompatibleShape(values.getShape().drop_back(), input.getShape().drop_back())))
    return emitOpError("values must keep the input's leading dims");
  return success();
}

LogicalResult NonMaxSuppressionV5Op::verify() {
  auto boxes = dyn_cast<RankedTensorType>(getBoxes().getType());
  auto scores = dyn_cast<RankedTensorType>(getScores().getType());
  if (boxes && (boxes.getRank() != 2 || (!boxes.isDynamicDim(1) && boxes.getDimSize(1) != 4)))
    return emitOpError("boxes must be [N, 4]");
  if (scores && scores.getRank() != 1)
    return emitOpError("scores must be [N]");
  if (boxes && scores && failed(verifyCompatibleShape(boxes.getShape().take_front(),
                                                      scores.getShape())))
    return emitOpError("one score per box");
  return success();
}

LogicalResult WhereOp::verify() {
  auto index = cast<RankedTensorType>(getType());
  int64_t rank = getInput().getType().getRank();
  if (!index.isDynamicDim(1) && index.getDimSize(1) != rank)
    return emitOpError("index rows have ") << index.getDimSize(1) << " entries for an input of rank "
                                           << rank;
  return success();
}

OpFoldResult ShapeOp::fold(FoldAdaptor) {
  auto input = getInput().getType();
  auto type = cast<RankedTensorType>(getType());
  if (!input.hasStaticShape() || !type.hasStaticShape())
    return {};
  SmallVector<APInt> dims;
  for (int64_t d : input.getShape())
    dims.push_back(APInt(type.getElementTypeBitWidth(), d));
  return DenseElementsAttr::get(type, dims);
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  auto value = dyn_cast_if_present<ElementsAttr>(adaptor.getInput());
  auto type = dyn_cast<RankedTensorType>(getType());
  if (!value || !type || !type.hasStaticShape())
    return {};
  // Integers (a quantized model's weights, as dense literals) to floats:
  // each exactly when it fits, else rounded to nearest even.
  auto fromInt = dyn_cast<IntegerType>(value.getElementType());
  auto toFloat = dyn_cast<FloatType>(type.getElementType());
  if (auto dense = dyn_cast<DenseElementsAttr>(value); dense && fromInt && toFloat) {
    return dense.mapValues(toFloat, [&](const APInt &element) {
      APFloat converted(toFloat.getFloatSemantics());
      converted.convertFromAPInt(element, /*IsSigned=*/!fromInt.isUnsigned(),
                                 APFloat::rmNearestTiesToEven);
      return converted.bitcastToAPInt();
    });
  }
  auto from = dyn_cast<FloatType>(value.getElementType());
  auto to = dyn_cast<FloatType>(type.getElementType());
  if (!from || !to || from.getWidth() > 64 || to.getWidth() > 64)
    return {};
  if (from == to)
    return value;
  // Each element rounded to nearest, ties to even, as TensorFlow's Cast.
  auto convert = [&](const APFloat &element) {
    APFloat converted = element;
    bool lost;
    converted.convert(to.getFloatSemantics(), APFloat::rmNearestTiesToEven, &lost);
    return converted.bitcastToAPInt();
  };
  if (auto dense = dyn_cast<DenseElementsAttr>(value); dense && dense.isSplat())
    return DenseElementsAttr::get(
        type, APFloat(to.getFloatSemantics(), convert(dense.getSplatValue<APFloat>())));
  std::vector<char> storage;
  std::optional<ArrayRef<char>> bytes = constantBytes(value, storage);
  unsigned fromBytes = from.getWidth() / 8, toBytes = to.getWidth() / 8;
  if (!bytes || bytes->size() != static_cast<size_t>(value.getNumElements()) * fromBytes)
    return {};
  std::vector<char> result(value.getNumElements() * toBytes);
  for (int64_t i = 0, e = value.getNumElements(); i < e; ++i) {
    uint64_t raw = 0;
    std::memcpy(&raw, bytes->data() + i * fromBytes, fromBytes);
    APInt converted = convert(APFloat(from.getFloatSemantics(), APInt(from.getWidth(), raw)));
    uint64_t out = converted.getZExtValue();
    std::memcpy(result.data() + i * toBytes, &out, toBytes);
  }
  return elementsFromBytes(type, result, "cast");
}

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType())
    return getInput();
  // reshape(reshape(x)) and reshape(transpose(x)) of an order-keeping
  // permutation are one reshape of x.
  if (auto inner = getInput().getDefiningOp<ReshapeOp>()) {
    getInputMutable().assign(inner.getInput());
    return getResult();
  }
  if (auto t = getInput().getDefiningOp<TransposeOp>()) {
    auto type = dyn_cast<RankedTensorType>(t.getInput().getType());
    if (type && keepsElementOrder(type, t.getPerm())) {
      getInputMutable().assign(t.getInput());
      return getResult();
    }
  }
  if (!getType().hasStaticShape())
    return {};
  // A reshaped weight keeps its bytes; a permuted one stays a permutation,
  // of its source viewed in another shape where it can, else read as
  // `getType()` in its permuted order.
  if (auto permuted = dyn_cast_if_present<PermutedElementsAttr>(adaptor.getInput())) {
    if (PermutedElementsAttr view = reshapePermuted(permuted, getType()))
      return view;
    return PermutedElementsAttr::get(getType(), permuted.getSource(), permuted.getPerm());
  }
  if (auto value = dyn_cast_if_present<ElementsAttr>(adaptor.getInput()))
    return t2t::reshapedElements(value, getType());
  return {};
}

//===----------------------------------------------------------------------===//
// fully_connected
//===----------------------------------------------------------------------===//

LogicalResult FullyConnectedOp::verify() {
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  auto filter = dyn_cast<RankedTensorType>(getFilter().getType());
  auto bias = dyn_cast<RankedTensorType>(getBias().getType());
  if (input && input.getRank() != 2)
    return emitOpError("input must be [batch, in], got rank ") << input.getRank();
  if (filter && filter.getRank() != 2)
    return emitOpError("filter must be [out, in], got rank ") << filter.getRank();
  if (bias && bias.getRank() != 1)
    return emitOpError("bias must have rank 1, got rank ") << bias.getRank();
  if (input && filter && !ShapedType::isDynamic(input.getDimSize(1)) &&
      !ShapedType::isDynamic(filter.getDimSize(1)) && input.getDimSize(1) != filter.getDimSize(1))
    return emitOpError("input has ")
           << input.getDimSize(1) << " features, filter expects " << filter.getDimSize(1);
  if (filter && bias && filter.getDimSize(0) != bias.getDimSize(0))
    return emitOpError("bias has ")
           << bias.getDimSize(0) << " entries for " << filter.getDimSize(0) << " outputs";
  return success();
}

//===----------------------------------------------------------------------===//
// conv_2d
//===----------------------------------------------------------------------===//

/// Checks shared by the convolutions: NHWC input, rank-4 filter, 1-D bias,
/// strides, dilations and padding attributes.
template <typename ConvOp>
static LogicalResult verifyConvWindow(ConvOp op, StringRef filterLayout) {
  auto input = dyn_cast<RankedTensorType>(op.getInput().getType());
  auto filter = dyn_cast<RankedTensorType>(op.getFilter().getType());
  auto bias = dyn_cast<RankedTensorType>(op.getBias().getType());
  if (input && input.getRank() != 4)
    return op.emitOpError("input must be NHWC (rank 4), got rank ") << input.getRank();
  if (filter && filter.getRank() != 4)
    return op.emitOpError("filter must be ")
           << filterLayout << " (rank 4), got rank " << filter.getRank();
  if (bias && bias.getRank() != 1)
    return op.emitOpError("bias must have rank 1, got rank ") << bias.getRank();
  if (op.getStrides().size() != 2 || op.getDilations().size() != 2)
    return op.emitOpError("strides and dilations need 2 entries (H, W)");
  if (llvm::any_of(op.getStrides(), [](int64_t s) { return s < 1; }) ||
      llvm::any_of(op.getDilations(), [](int64_t d) { return d < 1; }))
    return op.emitOpError("strides and dilations must be positive");
  if (op.getExplicitPadding().size() != 4 ||
      llvm::any_of(op.getExplicitPadding(), [](int64_t p) { return p < 0; }))
    return op.emitOpError(
        "explicit_padding needs 4 non-negative entries (top, bottom, left, right)");
  if (op.getPadding() != "EXPLICIT" &&
      llvm::any_of(op.getExplicitPadding(), [](int64_t p) { return p; }))
    return op.emitOpError("explicit_padding is set but padding is ") << op.getPadding();
  return success();
}

/// The bias must have one entry per output channel.
static LogicalResult verifyBiasSize(Operation *op, Value biasValue, int64_t outputs) {
  auto bias = dyn_cast<RankedTensorType>(biasValue.getType());
  if (bias && bias.getRank() == 1 && !ShapedType::isDynamic(outputs) &&
      !ShapedType::isDynamic(bias.getDimSize(0)) && outputs != bias.getDimSize(0))
    return op->emitOpError("bias has ")
           << bias.getDimSize(0) << " entries for " << outputs << " output channels";
  return success();
}

LogicalResult Conv2DOp::verify() {
  if (failed(verifyConvWindow(*this, "HWIO")))
    return failure();
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  auto filter = dyn_cast<RankedTensorType>(getFilter().getType());
  if (filter && failed(verifyBiasSize(*this, getBias(), filter.getDimSize(3))))
    return failure();
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
// depthwise_conv_2d
//===----------------------------------------------------------------------===//

LogicalResult DepthwiseConv2DOp::verify() {
  if (failed(verifyConvWindow(*this, "[H, W, C, multiplier]")))
    return failure();
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  auto filter = dyn_cast<RankedTensorType>(getFilter().getType());
  if (!filter)
    return success();
  if (input && !ShapedType::isDynamic(input.getDimSize(3)) &&
      input.getDimSize(3) != filter.getDimSize(2))
    return emitOpError("input has ")
           << input.getDimSize(3) << " channels, the filter " << filter.getDimSize(2);
  return verifyBiasSize(*this, getBias(), filter.getDimSize(2) * filter.getDimSize(3));
}

//===----------------------------------------------------------------------===//
// concatenation
//===----------------------------------------------------------------------===//

LogicalResult ConcatenationOp::verify() {
  if (getValues().empty())
    return emitOpError("needs at least one value");
  auto first = dyn_cast<RankedTensorType>(getValues().front().getType());
  if (!first)
    return success();
  int64_t axis = getAxis();
  if (axis < 0 || axis >= first.getRank())
    return emitOpError("axis ") << axis << " is out of range for rank " << first.getRank();
  for (Value value : getValues()) {
    auto type = dyn_cast<RankedTensorType>(value.getType());
    if (!type)
      continue;
    if (type.getRank() != first.getRank())
      return emitOpError("values must have the same rank");
    for (int64_t d = 0; d < type.getRank(); ++d)
      if (d != axis && !ShapedType::isDynamic(type.getDimSize(d)) &&
          !ShapedType::isDynamic(first.getDimSize(d)) && type.getDimSize(d) != first.getDimSize(d))
        return emitOpError("values differ in dimension ") << d << ", which is not the axis";
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
    return emitOpError("perm is not a permutation of the ")
           << input.getRank() << " input dimensions";
  if (output) {
    for (auto [i, d] : llvm::enumerate(perm)) {
      int64_t want = input.getDimSize(d), got = output.getDimSize(i);
      if (!ShapedType::isDynamic(want) && !ShapedType::isDynamic(got) && want != got)
        return emitOpError("result dim ") << i << " is " << got << ", expected " << want;
    }
  }
  return success();
}

ElementsAttr t2t::tfl::permuteConstant(ElementsAttr value, ArrayRef<int64_t> perm, ShapedType type) {
  auto permuted = dyn_cast<PermutedElementsAttr>(value);
  if (!permuted) {
    if (isa<DenseResourceElementsAttr>(value) && type.hasStaticShape())
      if (std::optional<ArrayRef<char>> bytes = t2t::rawBytes(value);
          bytes && bytes->size() >= t2t::kBlobThresholdBytes)
        return PermutedElementsAttr::get(type, value, perm);
    ElementsAttr eager = t2t::transposeElements(value, perm);
    return eager && eager.getType() == type ? eager : nullptr;
  }
  // Result dim i is value dim perm[i], which is source dim inner[perm[i]],
  // unless a reshape viewed the permutation in a shape that no view of the
  // source permutes to (reshapePermuted): then that view is computed into
  // a blob, the source. Its cost is a copy of the weight; no model of the
  // zoo has one.
  if (PermutedElementsAttr view = reshapePermuted(permuted, permuted.getType()))
    permuted = view;
  auto source = cast<RankedTensorType>(permuted.getSource().getType());
  ArrayRef<int64_t> inner = permuted.getPerm();
  bool plain = llvm::all_of(llvm::enumerate(inner), [&](auto it) {
    return permuted.getType().getDimSize(it.index()) == source.getDimSize(it.value());
  });
  if (!plain) {
    std::vector<char> storage;
    std::optional<ArrayRef<char>> bytes = constantBytes(permuted, storage);
    if (!bytes)
      return nullptr;
    auto viewType = cast<RankedTensorType>(permuted.getType());
    return PermutedElementsAttr::get(type, t2t::elementsFromBytes(viewType, *bytes, "permuted"),
                                     perm);
  }
  SmallVector<int64_t> composed;
  for (int64_t d : perm)
    composed.push_back(inner[d]);
  if (llvm::equal(composed, llvm::seq<int64_t>(0, composed.size())))
    return t2t::reshapedElements(permuted.getSource(), type);
  return PermutedElementsAttr::get(type, permuted.getSource(), composed);
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
  if (auto value = dyn_cast_if_present<ElementsAttr>(adaptor.getInput()))
    if (ElementsAttr permuted = permuteConstant(value, getPerm(), getType()))
      return permuted;
  return {};
}

//===----------------------------------------------------------------------===//
// NHWC ops
//===----------------------------------------------------------------------===//

/// NHWC operands: rank 4 when ranked.
static LogicalResult verifyNHWC(Operation *op, ArrayRef<Value> values) {
  for (Value v : values)
    if (auto type = dyn_cast<RankedTensorType>(v.getType()); type && type.getRank() != 4)
      return op->emitOpError("needs NHWC (rank-4) tensors, got ") << type;
  return success();
}

LogicalResult DepthToSpaceOp::verify() {
  if (failed(verifyNHWC(*this, {getInput(), getOutput()})))
    return failure();
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  int64_t channels = input ? input.getDimSize(3) : ShapedType::kDynamic;
  int64_t b = getBlockSize();
  if (!ShapedType::isDynamic(channels) && channels % (b * b) != 0)
    return emitOpError("channels ") << channels << " are not a multiple of " << b * b;
  return success();
}

LogicalResult LocalResponseNormalizationOp::verify() {
  if (failed(verifyNHWC(*this, {getInput()})))
    return failure();
  if (getRadius() < 0)
    return emitOpError("radius must be non-negative");
  return success();
}

LogicalResult TransposeConvOp::verify() {
  if (failed(verifyNHWC(*this, {getInput(), getFilter(), getOutput()})))
    return failure();
  if (getStrides().size() != 2 || getDilations().size() != 2 ||
      llvm::any_of(getStrides(), [](int64_t s) { return s < 1; }) ||
      llvm::any_of(getDilations(), [](int64_t d) { return d < 1; }))
    return emitOpError("strides and dilations need 2 positive entries (H, W)");
  if (getPadding() == "EXPLICIT")
    return emitOpError("padding must be SAME or VALID (explicit padding is a following slice)");
  auto output = dyn_cast<RankedTensorType>(getType());
  if (output && output.isDynamicDim(3))
    return emitOpError("the output channels must be static");
  auto filter = dyn_cast<RankedTensorType>(getFilter().getType());
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  if (filter && input && !filter.isDynamicDim(3) && !input.isDynamicDim(3) &&
      filter.getDimSize(3) != input.getDimSize(3))
    return emitOpError("filter expects ")
           << filter.getDimSize(3) << " input channels, input has " << input.getDimSize(3);
  if (filter && output && filter.getDimSize(2) != output.getDimSize(3))
    return emitOpError("filter has ")
           << filter.getDimSize(2) << " output channels, result has " << output.getDimSize(3);
  return verifyBiasSize(*this, getBias(), output ? output.getDimSize(3) : ShapedType::kDynamic);
}

LogicalResult BatchMatMulOp::verify() {
  auto x = dyn_cast<RankedTensorType>(getX().getType());
  auto y = dyn_cast<RankedTensorType>(getY().getType());
  if ((x && x.getRank() < 2) || (y && y.getRank() < 2))
    return emitOpError("operands need rank 2 or more");
  if (!x || !y)
    return success();
  int64_t inner = x.getDimSize(x.getRank() - (getAdjX() ? 2 : 1));
  int64_t yInner = y.getDimSize(y.getRank() - (getAdjY() ? 1 : 2));
  if (!ShapedType::isDynamic(inner) && !ShapedType::isDynamic(yInner) && inner != yInner)
    return emitOpError("contracts ") << inner << " with " << yInner << " elements";
  SmallVector<int64_t> batch;
  if (!mlir::OpTrait::util::getBroadcastedShape(x.getShape().drop_back(2),
                                                y.getShape().drop_back(2), batch))
    return emitOpError("batch dims of ") << x << " and " << y << " do not broadcast";
  return success();
}

LogicalResult SumByOperandOp::verify() {
  auto axes = dyn_cast<RankedTensorType>(getAxes().getType());
  if (axes && axes.getRank() > 1)
    return emitOpError("axes must be a scalar or a 1-D tensor");
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  auto output = dyn_cast<RankedTensorType>(getType());
  if (getKeepDims() && input && output && input.getRank() != output.getRank())
    return emitOpError("keep_dims keeps the rank");
  return success();
}

LogicalResult EinsumOp::verify() {
  StringRef equation = getEquation();
  size_t arrow = equation.find("->");
  if (arrow == StringRef::npos)
    return emitOpError("needs an explicit equation (with '->')");
  SmallVector<StringRef> terms;
  equation.take_front(arrow).split(terms, ',');
  if (terms.size() != getInputs().size())
    return emitOpError("equation has ")
           << terms.size() << " input terms for " << getInputs().size() << " operands";
  return success();
}
