//===- LowerConv.cpp - onnx.Conv -> tfl.conv_2d between transposes --------===//
//
// A C++ pattern because the padding needs arithmetic on attributes:
//
//   Y[n, o, y, x] = B[o] + sum_{i, kh, kw} X[n, i, y*sh + kh*dh - top, x*sw + kw*dw - left]
//                                          * W[o, i, kh, kw]
//
// is tfl.conv_2d on NHWC data with an HWIO filter (tfl.depthwise_conv_2d when
// group == C and each group has one input channel): X is transposed
// [0, 2, 3, 1], W by [2, 3, 1, 0] (folded away when W is constant), the NHWC
// result transposed back by [0, 3, 1, 2]. The layout passes then cancel the
// activation transposes between consecutive layout-sensitive ops.
//
// Padding: see computeTFPadding (Padding.h).
//
// Dilation with a stride above 1 (TensorFlow's CPU kernels and TensorFlow.js
// reject the pair) and dilated transposed convolutions (which TensorFlow.js
// computes without the dilation) get a constant filter with the dilation
// written into it: taps (kh, kw) move to (kh * dh, kw * dw) of a
// ((k - 1) * d + 1)-sized filter, zeros between, and dilation 1. The output
// is the same: the zero taps add nothing.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "t2t/Support/Layout.h"
#include "UnitHeight.h"
#include "Padding.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

constexpr int64_t kOIHWToHWIO[] = {2, 3, 1, 0};

/// A constant [A, B, kh, kw] filter with `dilations` written into it (see
/// the file comment), or null when the filter is not a constant with a flat
/// buffer.
Value dilatedFilter(OpBuilder &builder, Location loc, Value filter, ArrayRef<int64_t> dilations) {
  ElementsAttr value;
  if (!matchPattern(filter, m_Constant(&value)))
    return {};
  std::vector<char> storage;
  std::optional<ArrayRef<char>> bytes = tfl::constantBytes(value, storage);
  auto type = cast<RankedTensorType>(value.getType());
  if (!bytes || type.getRank() != 4)
    return {};
  int64_t a = type.getDimSize(0), b = type.getDimSize(1), kh = type.getDimSize(2),
          kw = type.getDimSize(3);
  int64_t dh = dilations[0], dw = dilations[1];
  int64_t khd = (kh - 1) * dh + 1, kwd = (kw - 1) * dw + 1;
  size_t width = type.getElementTypeBitWidth() / 8;
  std::vector<char> out(static_cast<size_t>(a * b * khd * kwd) * width, 0);
  for (int64_t ab = 0; ab < a * b; ++ab)
    for (int64_t i = 0; i < kh; ++i)
      for (int64_t j = 0; j < kw; ++j)
        memcpy(&out[((ab * khd + i * dh) * kwd + j * dw) * width],
               &(*bytes)[((ab * kh + i) * kw + j) * width], width);
  return tfl::ConstOp::create(builder, loc,
                              elementsFromBytes(type.clone({a, b, khd, kwd}), out, "dilated_filter"));
}

/// Writes the dilation into a constant filter (`w` and `dilations` updated)
/// when `needed`; false when needed but the filter is not constant.
bool materializeDilation(OpBuilder &builder, Location loc, bool needed, Value &w,
                         SmallVectorImpl<int64_t> &dilations) {
  if (!needed)
    return true;
  Value dilated = dilatedFilter(builder, loc, w, dilations);
  if (!dilated)
    return false;
  w = dilated;
  dilations.assign({1, 1});
  return true;
}

bool anyAbove1(ArrayRef<int64_t> values) {
  return llvm::any_of(values, [](int64_t v) { return v > 1; });
}

struct LowerConv2D : OpRewritePattern<onnx::ConvOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto w = dyn_cast<RankedTensorType>(op.getW().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !w || !y || x.getRank() != 4 || !w.hasStaticShape() ||
        !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 2-D float conv with a static filter");
    int64_t group = op.getGroup(), channels = x.getDimSize(1);
    bool depthwise = group > 1 && group == channels && w.getDimSize(1) == 1;
    if (group < 1 || w.getDimSize(0) % group != 0 ||
        (group > 1 && !depthwise && ShapedType::isDynamic(channels)))
      return rewriter.notifyMatchFailure(op, "group does not divide the channels");

    SmallVector<int64_t> strides(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
    SmallVector<int64_t> dilations(op.getDilations().value_or(ArrayRef<int64_t>{1, 1}));
    Location loc = op.getLoc();
    Value weights = op.getW();
    if (!materializeDilation(rewriter, loc, anyAbove1(strides) && anyAbove1(dilations), weights,
                             dilations))
      return rewriter.notifyMatchFailure(op, "dilation with stride needs a constant filter");
    w = cast<RankedTensorType>(weights.getType());
    FailureOr<TFPadding> padding =
        computeTFPadding(op.getAutoPad(), op.getPads(), x, w.getShape().drop_front(2), strides,
                         dilations);
    if (failed(padding))
      return rewriter.notifyMatchFailure(op, "padding not expressible (SAME_LOWER needs static dims)");

    Value input = transposed(rewriter, loc, op.getX(), kToNHWC);
    // OIHW -> HWIO; for depthwise, [C*M, 1, kh, kw] -> [kh, kw, 1, C*M] ->
    // [kh, kw, C, M] (output channel c*M + m is filter[.., c, m]).
    Value filter = transposed(rewriter, loc, weights, kOIHWToHWIO);
    if (depthwise) {
      auto hwio = cast<RankedTensorType>(filter.getType());
      filter = tfl::ReshapeOp::create(
          rewriter, loc,
          RankedTensorType::get({hwio.getDimSize(0), hwio.getDimSize(1), channels,
                                 w.getDimSize(0) / channels},
                                hwio.getElementType()),
          filter);
    }
    Value bias = op.getB();
    if (isa<NoneType>(bias.getType())) {
      auto biasType = RankedTensorType::get({w.getDimSize(0)}, x.getElementType());
      bias = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(
          biasType, rewriter.getZeroAttr(x.getElementType())));
    }
    auto create = [&](auto opTag) -> Value {
      using ConvOp = decltype(opTag);
      return ConvOp::create(rewriter, loc, permuted(y, kToNHWC), input, filter, bias,
                            rewriter.getDenseI64ArrayAttr(strides),
                            rewriter.getDenseI64ArrayAttr(dilations),
                            rewriter.getStringAttr(padding->mode),
                            rewriter.getDenseI64ArrayAttr(padding->explicitPads),
                            rewriter.getStringAttr("NONE"));
    };
    Value conv;
    if (group == 1 || depthwise) {
      conv = depthwise ? create(tfl::DepthwiseConv2DOp()) : create(tfl::Conv2DOp());
    } else {
      // Grouped: one conv_2d per group on its slice of input channels, filter
      // and bias, joined along the channels (TensorFlow.js and TensorFlow's CPU
      // kernels do not take a filter with fewer input channels).
      auto nhwcType = permuted(y, kToNHWC);
      int64_t outPerGroup = w.getDimSize(0) / group;
      auto splitAlongLast = [&](Value v) {
        auto type = cast<RankedTensorType>(v.getType());
        SmallVector<int64_t> shape(type.getShape());
        shape.back() /= group;
        SmallVector<Type> types(group, type.clone(shape));
        return tfl::SplitOp::create(rewriter, loc, types, v, type.getRank() - 1,
                                    rewriter.getDenseI64ArrayAttr(
                                        SmallVector<int64_t>(group, type.getShape().back() / group)))
            .getResults();
      };
      ValueRange inputs = splitAlongLast(input), filters = splitAlongLast(filter),
                 biases = splitAlongLast(bias);
      SmallVector<int64_t> partShape(nhwcType.getShape());
      partShape.back() = outPerGroup;
      SmallVector<Value> parts;
      for (int64_t g = 0; g < group; ++g)
        parts.push_back(tfl::Conv2DOp::create(
            rewriter, loc, nhwcType.clone(partShape), inputs[g], filters[g], biases[g],
            rewriter.getDenseI64ArrayAttr(strides), rewriter.getDenseI64ArrayAttr(dilations),
            rewriter.getStringAttr(padding->mode),
            rewriter.getDenseI64ArrayAttr(padding->explicitPads), rewriter.getStringAttr("NONE")));
      conv = tfl::ConcatenationOp::create(rewriter, loc, nhwcType, parts, 3);
    }
    rewriter.replaceOp(op, transposed(rewriter, loc, conv, kToNCHW));
    return success();
  }
};

bool is1D(Value x, Value w, Value y) {
  auto xt = dyn_cast<RankedTensorType>(x.getType());
  auto wt = dyn_cast<RankedTensorType>(w.getType());
  auto yt = dyn_cast<RankedTensorType>(y.getType());
  return xt && wt && yt && xt.getRank() == 3 && wt.getRank() == 3 && yt.getRank() == 3 &&
         llvm::count_if(xt.getShape(), ShapedType::isDynamic) <= 1 &&
         llvm::count_if(yt.getShape(), ShapedType::isDynamic) <= 1 && wt.hasStaticShape();
}

struct LowerConv1D : OpRewritePattern<onnx::ConvOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ConvOp op, PatternRewriter &rewriter) const override {
    if (!is1D(op.getX(), op.getW(), op.getY()))
      return rewriter.notifyMatchFailure(op, "not a 1-D convolution");
    Location loc = op.getLoc();
    auto y = cast<RankedTensorType>(op.getY().getType());
    Value conv = onnx::ConvOp::create(
        rewriter, loc, y.clone({y.getDimSize(0), y.getDimSize(1), 1, y.getDimSize(2)}),
        addUnitHeight(rewriter, loc, op.getX()), addUnitHeight(rewriter, loc, op.getW()),
        op.getB(), op.getAutoPadAttr(), liftTo2D(rewriter, op.getDilations(), 1),
        op.getGroupAttr(), liftTo2D(rewriter, op.getKernelShape(), 1),
        liftTo2D(rewriter, op.getPads(), 0), liftTo2D(rewriter, op.getStrides(), 1));
    rewriter.replaceOpWithNewOp<tfl::ReshapeOp>(op, y, conv);
    return success();
  }
};

struct LowerConvTranspose1D : OpRewritePattern<onnx::ConvTransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ConvTransposeOp op, PatternRewriter &rewriter) const override {
    if (!is1D(op.getX(), op.getW(), op.getY()))
      return rewriter.notifyMatchFailure(op, "not a 1-D transposed convolution");
    Location loc = op.getLoc();
    auto y = cast<RankedTensorType>(op.getY().getType());
    Value conv = onnx::ConvTransposeOp::create(
        rewriter, loc, y.clone({y.getDimSize(0), y.getDimSize(1), 1, y.getDimSize(2)}),
        addUnitHeight(rewriter, loc, op.getX()), addUnitHeight(rewriter, loc, op.getW()),
        op.getB(), op.getAutoPadAttr(), liftTo2D(rewriter, op.getDilations(), 1),
        op.getGroupAttr(), liftTo2D(rewriter, op.getKernelShape(), 1),
        liftTo2D(rewriter, op.getOutputPadding(), 0), liftTo2D(rewriter, op.getOutputShape(), 1),
        liftTo2D(rewriter, op.getPads(), 0), liftTo2D(rewriter, op.getStrides(), 1));
    rewriter.replaceOpWithNewOp<tfl::ReshapeOp>(op, y, conv);
    return success();
  }
};

/// ConvTranspose (2-D, one group): Conv2DBackpropInput computes the full
/// VALID output, of size s*(in-1) + (k-1)*d + 1 per spatial dim; ONNX's
/// output is that cropped by pads [begin, end] and extended by output_padding
/// at the end (extension pixels only get the bias):
///   out = s*(in-1) + output_padding + (k-1)*d + 1 - begin - end.
/// With output_shape given, the total padding follows from it (SAME_UPPER
/// puts the odd pixel at the end, else at the start).
struct LowerConvTranspose2D : OpRewritePattern<onnx::ConvTransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ConvTransposeOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto w = dyn_cast<RankedTensorType>(op.getW().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !w || !y || x.getRank() != 4 || !w.hasStaticShape() || op.getGroup() != 1 ||
        !isa<FloatType>(x.getElementType()) || x.isDynamicDim(2) || x.isDynamicDim(3) ||
        y.isDynamicDim(1) || y.isDynamicDim(2) || y.isDynamicDim(3))
      return rewriter.notifyMatchFailure(op, "needs a 2-D, one-group float transposed conv "
                                             "with static spatial dims and filter");
    SmallVector<int64_t> strides(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
    SmallVector<int64_t> dilations(op.getDilations().value_or(ArrayRef<int64_t>{1, 1}));
    Location loc = op.getLoc();
    Value weights = op.getW();
    if (!materializeDilation(rewriter, loc, anyAbove1(dilations), weights, dilations))
      return rewriter.notifyMatchFailure(op, "dilation needs a constant filter");
    w = cast<RankedTensorType>(weights.getType());
    SmallVector<int64_t> outPad(op.getOutputPadding().value_or(ArrayRef<int64_t>{0, 0}));
    SmallVector<int64_t> pads(op.getPads().value_or(ArrayRef<int64_t>{0, 0, 0, 0}));
    SmallVector<int64_t> full(2), begin(2), size(2);
    for (int d = 0; d < 2; ++d) {
      int64_t k = w.getDimSize(2 + d);
      full[d] = strides[d] * (x.getDimSize(2 + d) - 1) + (k - 1) * dilations[d] + 1;
      int64_t out = y.getDimSize(2 + d);
      int64_t total = full[d] + outPad[d] - out;
      if (op.getOutputShape() || op.getAutoPad() == "SAME_UPPER" || op.getAutoPad() == "SAME_LOWER")
        begin[d] = op.getAutoPad() == "SAME_UPPER" ? total / 2 : total - total / 2;
      else
        begin[d] = pads[d];
      size[d] = out;
      if (begin[d] < 0)
        return rewriter.notifyMatchFailure(op, "negative padding");
    }
    Type element = x.getElementType();
    int64_t outChannels = y.getDimSize(1);
    // [I, O, kh, kw] -> [kh, kw, O, I]
    Value filter = transposed(rewriter, loc, weights, {2, 3, 1, 0});
    auto zeroBias = [&]() -> Value {
      auto type = RankedTensorType::get({outChannels}, element);
      return tfl::ConstOp::create(rewriter, loc,
                                  DenseElementsAttr::get(type, rewriter.getZeroAttr(element)));
    };
    bool extends = false;
    for (int d = 0; d < 2; ++d)
      extends |= begin[d] + size[d] > full[d];
    // The bias goes into the conv unless extension pixels need it too.
    Value convBias = isAbsent(op.getB()) || extends ? zeroBias() : op.getB();
    auto nhwcFull = RankedTensorType::get({y.getDimSize(0), full[0], full[1], outChannels}, element);
    Value v = tfl::TransposeConvOp::create(
        rewriter, loc, nhwcFull, transposed(rewriter, loc, op.getX(), kToNHWC), filter, convBias,
        rewriter.getDenseI64ArrayAttr(strides), rewriter.getDenseI64ArrayAttr(dilations),
        rewriter.getStringAttr("VALID"), rewriter.getStringAttr("NONE"));
    auto nhwcY = permuted(y, kToNHWC);
    if (extends) {
      int64_t extraH = std::max<int64_t>(0, begin[0] + size[0] - full[0]);
      int64_t extraW = std::max<int64_t>(0, begin[1] + size[1] - full[1]);
      v = tfl::PadV2Op::create(
          rewriter, loc,
          RankedTensorType::get({y.getDimSize(0), full[0] + extraH, full[1] + extraW, outChannels},
                                element),
          v, rewriter.getDenseI64ArrayAttr({0, 0, 0, extraH, 0, extraW, 0, 0}),
          rewriter.getF32FloatAttr(0.0f));
    }
    if (begin[0] != 0 || begin[1] != 0 || v.getType() != nhwcY)
      v = tfl::SliceOp::create(rewriter, loc, nhwcY, v,
                               rewriter.getDenseI64ArrayAttr({0, begin[0], begin[1], 0}),
                               rewriter.getDenseI64ArrayAttr({-1, size[0], size[1], -1}));
    if (extends && !isAbsent(op.getB()))
      v = tfl::AddOp::create(rewriter, loc, nhwcY, v, op.getB(), rewriter.getStringAttr("NONE"));
    rewriter.replaceOp(op, transposed(rewriter, loc, v, kToNCHW));
    return success();
  }
};

} // namespace

void populateConvLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerConv2D, LowerConv1D, LowerConvTranspose2D, LowerConvTranspose1D>(
      patterns.getContext());
}

} // namespace t2t
