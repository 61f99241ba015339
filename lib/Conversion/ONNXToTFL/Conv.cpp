//===- Conv.cpp - onnx Conv, ConvTranspose -> tfl convs -------------------===//
//
// The patterns are declarative (dialects/conversion/ONNXToTFL/Conv.td); here
// is the window arithmetic they call, and the builders of the three pieces a
// declarative pattern cannot say: the dilated constant filter (a new
// weight), the per-group convs of a grouped convolution (as many as groups)
// and a transposed conv's crop and extension (ops only where needed).
//
//===----------------------------------------------------------------------===//

#include "Padding.h"
#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Layout.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <cstring>

using namespace mlir;

namespace t2t::lowering {
namespace {

bool anyAbove1(ArrayRef<int64_t> values) {
  return llvm::any_of(values, [](int64_t v) { return v > 1; });
}

/// The bytes of a constant 4-D filter, or nullopt.
std::optional<ArrayRef<char>> constantFilterBytes(Value filter, std::vector<char> &storage,
                                                  ElementsAttr &value) {
  if (!matchPattern(filter, m_Constant(&value)) ||
      cast<RankedTensorType>(value.getType()).getRank() != 4)
    return std::nullopt;
  return tfl::constantBytes(value, storage);
}

/// What TensorFlow needs of an ONNX conv or transposed conv: strides, the
/// dilations it runs with (1 when written into the filter), the filter's
/// spatial size after that, and for Conv its padding.
struct ConvWindow {
  SmallVector<int64_t> strides, dilations, kernel;
  /// The ONNX dilations, written into the filter when dilateFilter.
  SmallVector<int64_t> filterDilations;
  bool dilateFilter = false;
  TFPadding padding;
};

template <typename ConvOp> ConvWindow convWindow(ConvOp op) {
  ConvWindow window;
  auto w = cast<RankedTensorType>(op.getW().getType());
  window.strides.assign(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
  window.dilations.assign(op.getDilations().value_or(ArrayRef<int64_t>{1, 1}));
  window.kernel.assign(w.getShape().drop_front(2).begin(), w.getShape().end());
  // Conv: TensorFlow rejects dilation with a stride; ConvTranspose:
  // TensorFlow.js ignores its dilation.
  bool transposed = std::is_same_v<ConvOp, onnx::ConvTransposeOp>;
  window.dilateFilter = anyAbove1(window.dilations) && (transposed || anyAbove1(window.strides));
  window.filterDilations = window.dilations;
  if (window.dilateFilter) {
    for (int d = 0; d < 2; ++d)
      window.kernel[d] = (window.kernel[d] - 1) * window.dilations[d] + 1;
    window.dilations.assign({1, 1});
  }
  return window;
}

/// The window of the conv or transposed conv whose result is `y`, without
/// Conv's padding.
ConvWindow filterWindow(Value y) {
  if (auto conv = y.getDefiningOp<onnx::ConvOp>())
    return convWindow(conv);
  return convWindow(y.getDefiningOp<onnx::ConvTransposeOp>());
}

/// The window with Conv's padding (known to be expressible).
ConvWindow window(Value y) {
  ConvWindow w = filterWindow(y);
  if (auto conv = y.getDefiningOp<onnx::ConvOp>())
    w.padding = *computeTFPadding(conv.getAutoPad(), conv.getPads(),
                                  cast<RankedTensorType>(conv.getX().getType()), w.kernel,
                                  w.strides, w.dilations);
  return w;
}

bool hasConstantFilter(Value filter) {
  std::vector<char> storage;
  ElementsAttr value;
  return constantFilterBytes(filter, storage, value).has_value();
}

/// A transposed conv's crop of its full output: the begin of the kept
/// window per spatial dim and the full size, or failure for negative pads.
struct ConvTransposeCrop {
  /// Dynamic (with `size`) for an input H or W known only at run time; the
  /// window then ends `endCrop` before the full output's end.
  int64_t full[2], begin[2], size[2], endCrop[2] = {0, 0};
  bool extends() const {
    return llvm::any_of(llvm::seq(0, 2), [&](int d) {
      return !ShapedType::isDynamic(full[d]) && begin[d] + size[d] > full[d];
    });
  }
  bool runTimeSize() const {
    return ShapedType::isDynamic(full[0]) || ShapedType::isDynamic(full[1]);
  }
};

FailureOr<ConvTransposeCrop> crop(onnx::ConvTransposeOp op) {
  ConvWindow w = convWindow(op);
  auto x = cast<RankedTensorType>(op.getX().getType());
  auto y = cast<RankedTensorType>(op.getY().getType());
  SmallVector<int64_t> outPad(op.getOutputPadding().value_or(ArrayRef<int64_t>{0, 0}));
  SmallVector<int64_t> pads(op.getPads().value_or(ArrayRef<int64_t>{0, 0, 0, 0}));
  ConvTransposeCrop c;
  for (int d = 0; d < 2; ++d) {
    if (x.isDynamicDim(2 + d)) {
      // Explicit pads of at least the output padding: the output is the
      // full one cut by pads[d] at the start, pads[2 + d] - output_padding
      // at the end, whatever its run-time size.
      if (op.getOutputShape() || op.getAutoPad() != "NOTSET" || pads[2 + d] < outPad[d] ||
          pads[d] < 0)
        return failure();
      c.full[d] = c.size[d] = ShapedType::kDynamic;
      c.begin[d] = pads[d];
      c.endCrop[d] = pads[2 + d] - outPad[d];
      continue;
    }
    c.full[d] = w.strides[d] * (x.getDimSize(2 + d) - 1) + w.kernel[d];
    int64_t out = y.getDimSize(2 + d), total = c.full[d] + outPad[d] - out;
    if (op.getOutputShape() || op.getAutoPad() == "SAME_UPPER" || op.getAutoPad() == "SAME_LOWER")
      c.begin[d] = op.getAutoPad() == "SAME_UPPER" ? total / 2 : total - total / 2;
    else
      c.begin[d] = pads[d];
    c.size[d] = out;
    if (c.begin[d] < 0)
      return failure();
  }
  if (c.runTimeSize() && c.extends())
    return failure(); // Output padding past the pads, beside a run-time size.
  return c;
}

/// Zeros for the output channels of the conv whose result is `y`.
Value zeroBias(OpBuilder &builder, Location loc, Value y) {
  Type element = getElementTypeOrSelf(y.getType());
  auto type = RankedTensorType::get({cast<RankedTensorType>(y.getType()).getDimSize(1)}, element);
  return tfl::ConstOp::create(builder, loc,
                              DenseElementsAttr::get(type, builder.getZeroAttr(element)));
}

} // namespace

enum class ConvKind { Plain, Depthwise, Grouped };

bool groupsDivideChannels(Value y) {
  auto op = y.getDefiningOp<onnx::ConvOp>();
  auto x = cast<RankedTensorType>(op.getX().getType());
  auto w = cast<RankedTensorType>(op.getW().getType());
  int64_t group = op.getGroup(), channels = x.getDimSize(1);
  bool depthwise = group > 1 && group == channels && w.getDimSize(1) == 1;
  return group >= 1 && w.getDimSize(0) % group == 0 &&
         (group == 1 || depthwise || !ShapedType::isDynamic(channels));
}

bool hasDilatableFilter(Value y) {
  return !filterWindow(y).dilateFilter || hasConstantFilter(y.getDefiningOp()->getOperand(1));
}

bool hasConvPadding(Value y) {
  auto op = y.getDefiningOp<onnx::ConvOp>();
  ConvWindow w = convWindow(op);
  return succeeded(computeTFPadding(op.getAutoPad(), op.getPads(),
                                    cast<RankedTensorType>(op.getX().getType()), w.kernel,
                                    w.strides, w.dilations));
}

ConvKind convKind(Value y) {
  auto op = y.getDefiningOp<onnx::ConvOp>();
  int64_t group = op.getGroup();
  if (group == 1)
    return ConvKind::Plain;
  auto x = cast<RankedTensorType>(op.getX().getType());
  auto w = cast<RankedTensorType>(op.getW().getType());
  return group == x.getDimSize(1) && w.getDimSize(1) == 1 ? ConvKind::Depthwise : ConvKind::Grouped;
}

Value convFilter(OpBuilder &builder, Location loc, Value y) {
  Value filter = y.getDefiningOp()->getOperand(1);
  ConvWindow w = filterWindow(y);
  if (!w.dilateFilter)
    return filter;
  // Taps (kh, kw) of the [A, B, kh, kw] filter move to (kh * dh, kw * dw).
  // Computed now, a copy of the filter with zeros between its taps: no view
  // of the weight's bytes says it, and only a dilated conv that TensorFlow
  // cannot dilate itself (strided, or transposed) takes this path.
  std::vector<char> storage;
  ElementsAttr value;
  ArrayRef<char> bytes = *constantFilterBytes(filter, storage, value);
  auto type = cast<RankedTensorType>(value.getType());
  int64_t a = type.getDimSize(0), b = type.getDimSize(1), kh = type.getDimSize(2),
          kw = type.getDimSize(3);
  int64_t dh = w.filterDilations[0], dw = w.filterDilations[1];
  int64_t khd = w.kernel[0], kwd = w.kernel[1];
  size_t width = type.getElementTypeBitWidth() / 8;
  std::vector<char> out(static_cast<size_t>(a * b * khd * kwd) * width, 0);
  for (int64_t ab = 0; ab < a * b; ++ab)
    for (int64_t i = 0; i < kh; ++i)
      for (int64_t j = 0; j < kw; ++j)
        memcpy(&out[((ab * khd + i * dh) * kwd + j * dw) * width],
               &bytes[((ab * kh + i) * kw + j) * width], width);
  return tfl::ConstOp::create(
      builder, loc, elementsFromBytes(type.clone({a, b, khd, kwd}), out, "dilated_filter"));
}

DenseI64ArrayAttr convStrides(Value y) {
  return DenseI64ArrayAttr::get(y.getContext(), filterWindow(y).strides);
}

DenseI64ArrayAttr convDilations(Value y) {
  return DenseI64ArrayAttr::get(y.getContext(), filterWindow(y).dilations);
}

StringAttr convPadding(Value y) { return StringAttr::get(y.getContext(), window(y).padding.mode); }

DenseI64ArrayAttr convExplicitPadding(Value y) {
  return DenseI64ArrayAttr::get(y.getContext(), window(y).padding.explicitPads);
}

Value convBias(OpBuilder &builder, Location loc, Value bias, Value y) {
  return isAbsent(bias) ? zeroBias(builder, loc, y) : bias;
}

Type depthwiseFilterType(Value y) {
  // [C*M, 1, kh, kw] -> HWIO [kh, kw, 1, C*M] -> [kh, kw, C, M] (output
  // channel c*M + m is filter[.., c, m]).
  auto conv = y.getDefiningOp<onnx::ConvOp>();
  auto w = cast<RankedTensorType>(conv.getW().getType());
  int64_t channels = cast<RankedTensorType>(conv.getX().getType()).getDimSize(1);
  ConvWindow window = convWindow(conv);
  return w.clone({window.kernel[0], window.kernel[1], channels, w.getDimSize(0) / channels});
}

Value groupedConv2D(OpBuilder &builder, Location loc, Value input, Value filter, Value bias,
                    Value y) {
  auto conv = y.getDefiningOp<onnx::ConvOp>();
  ConvWindow w = window(y);
  int64_t group = conv.getGroup();
  auto nhwc = cast<RankedTensorType>(nhwcType(y));
  auto splitAlongLast = [&](Value v) {
    auto type = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> shape(type.getShape());
    shape.back() /= group;
    SmallVector<Type> types(group, type.clone(shape));
    return tfl::SplitOp::create(builder, loc, types, v, type.getRank() - 1,
                                builder.getDenseI64ArrayAttr(
                                    SmallVector<int64_t>(group, type.getShape().back() / group)))
        .getResults();
  };
  ValueRange inputs = splitAlongLast(input), filters = splitAlongLast(filter),
             biases = splitAlongLast(bias);
  SmallVector<int64_t> partShape(nhwc.getShape());
  partShape.back() = cast<RankedTensorType>(conv.getW().getType()).getDimSize(0) / group;
  SmallVector<Value> parts;
  for (int64_t g = 0; g < group; ++g)
    parts.push_back(tfl::Conv2DOp::create(
        builder, loc, nhwc.clone(partShape), inputs[g], filters[g], biases[g],
        builder.getDenseI64ArrayAttr(w.strides), builder.getDenseI64ArrayAttr(w.dilations),
        builder.getStringAttr(w.padding.mode), builder.getDenseI64ArrayAttr(w.padding.explicitPads),
        builder.getStringAttr("NONE")));
  return tfl::ConcatenationOp::create(builder, loc, nhwc, parts, 3);
}

bool hasTransposedConvShapes(Value x, Value y) {
  auto xType = cast<RankedTensorType>(x.getType());
  auto yType = dyn_cast<RankedTensorType>(y.getType());
  if (!yType || yType.getRank() != 4 || yType.isDynamicDim(1))
    return false;
  // An H or W known only at run time in gives one out; a static one, a
  // static one.
  return llvm::all_of(llvm::seq(2, 4),
                      [&](int d) { return xType.isDynamicDim(d) || !yType.isDynamicDim(d); });
}

bool hasConvTransposeCrop(Value y) {
  return succeeded(crop(y.getDefiningOp<onnx::ConvTransposeOp>()));
}

Type convTransposeFullType(Value y) {
  ConvTransposeCrop c = *crop(y.getDefiningOp<onnx::ConvTransposeOp>());
  auto type = cast<RankedTensorType>(y.getType());
  return type.clone({type.getDimSize(0), c.full[0], c.full[1], type.getDimSize(1)});
}

Value convTransposeBias(OpBuilder &builder, Location loc, Value bias, Value y) {
  // The bias goes into the conv unless extension pixels need it too.
  bool extends = crop(y.getDefiningOp<onnx::ConvTransposeOp>())->extends();
  return isAbsent(bias) || extends ? zeroBias(builder, loc, y) : bias;
}

Value croppedToOutput(OpBuilder &builder, Location loc, Value full, Value bias, Value y) {
  ConvTransposeCrop c = *crop(y.getDefiningOp<onnx::ConvTransposeOp>());
  auto nhwcY = cast<RankedTensorType>(nhwcType(y));
  Value v = full;
  if (c.extends()) {
    int64_t extraH = std::max<int64_t>(0, c.begin[0] + c.size[0] - c.full[0]);
    int64_t extraW = std::max<int64_t>(0, c.begin[1] + c.size[1] - c.full[1]);
    v = tfl::PadV2Op::create(builder, loc,
                             nhwcY.clone({nhwcY.getDimSize(0), c.full[0] + extraH,
                                          c.full[1] + extraW, nhwcY.getDimSize(3)}),
                             v, builder.getDenseI64ArrayAttr({0, 0, 0, extraH, 0, extraW, 0, 0}),
                             builder.getF32FloatAttr(0.0f));
  }
  if (c.runTimeSize()) {
    // Cut from both ends of sizes known only at run time: a strided slice
    // whose ends count from the end (masked where nothing is cut; N and C
    // whole).
    int64_t endMask = 0b1001;
    SmallVector<int64_t> begin = {0, 0, 0, 0}, end = {0, 0, 0, 0};
    for (int d = 0; d < 2; ++d) {
      int64_t cut =
          ShapedType::isDynamic(c.full[d]) ? c.endCrop[d] : c.full[d] - c.begin[d] - c.size[d];
      begin[1 + d] = c.begin[d];
      end[1 + d] = -cut;
      if (cut == 0)
        endMask |= 1 << (1 + d);
    }
    if (llvm::any_of(begin, [](int64_t b) { return b != 0; }) || endMask != 0b1111)
      v = tfl::StridedSliceOp::create(
          builder, loc, nhwcY, v, builder.getDenseI64ArrayAttr(begin),
          builder.getDenseI64ArrayAttr(end), builder.getDenseI64ArrayAttr({1, 1, 1, 1}),
          builder.getI64IntegerAttr(0b1001), builder.getI64IntegerAttr(endMask),
          builder.getI64IntegerAttr(0));
    return v;
  }
  if (c.begin[0] != 0 || c.begin[1] != 0 || v.getType() != nhwcY)
    v = tfl::SliceOp::create(builder, loc, nhwcY, v,
                             builder.getDenseI64ArrayAttr({0, c.begin[0], c.begin[1], 0}),
                             builder.getDenseI64ArrayAttr({-1, c.size[0], c.size[1], -1}));
  if (c.extends() && !isAbsent(bias))
    v = tfl::AddOp::create(builder, loc, nhwcY, v, bias, builder.getStringAttr("NONE"));
  return v;
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Conv.inc"
} // namespace

void t2t::populateConvLoweringPatterns(RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
