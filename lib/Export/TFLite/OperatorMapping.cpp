//===- OperatorMapping.cpp - Which TFLite operator each tfl op becomes ----===//
//
// The builtin operator is the op's (ODS: tfliteBuiltin). Its inputs are the
// op's operands, then for ops declaring an index (ExportsWithIndexInput: perm,
// axes, shape, multiples) that index as an int32 constant, as in GraphDef;
// its options come from the op's attributes (optionsFor). The ops whose
// inputs differ are mapped here: convolutions (TFLite's filters are OHWI,
// [1, H, W, C*M] and OHWI for transposed ones, where tfl keeps TensorFlow's
// HWIO, HWCM and HWOI: the weight is permuted as it is written), and ops
// whose attributes are TFLite inputs (paddings, begin/size, splits).
//
//===----------------------------------------------------------------------===//

#include "ModelBuilder.h"

#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Locations.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;

namespace t2t::tflite_export {
namespace {

/// A fused activation as TFLite applies it (TANH: a separate operator, see
/// addOperatorOf).
tflite::ActivationFunctionType activation(StringRef name) {
  return llvm::StringSwitch<tflite::ActivationFunctionType>(name)
      .Case("RELU", tflite::ActivationFunctionType_RELU)
      .Case("RELU6", tflite::ActivationFunctionType_RELU6)
      .Case("RELU_N1_TO_1", tflite::ActivationFunctionType_RELU_N1_TO_1)
      .Default(tflite::ActivationFunctionType_NONE);
}

tflite::Padding padding(StringRef name) {
  return name == "SAME" ? tflite::Padding_SAME : tflite::Padding_VALID;
}

/// An op's attribute `name` (bool, integer, float, string), defaulted.
bool boolAttr(Operation *op, StringRef name) {
  auto attr = op->getAttrOfType<BoolAttr>(name);
  return attr && attr.getValue();
}
int64_t intAttr(Operation *op, StringRef name, int64_t otherwise = 0) {
  auto attr = op->getAttrOfType<IntegerAttr>(name);
  return attr ? attr.getInt() : otherwise;
}
float floatAttr(Operation *op, StringRef name, float otherwise) {
  auto attr = op->getAttrOfType<FloatAttr>(name);
  return attr ? static_cast<float>(attr.getValueAsDouble()) : otherwise;
}
StringRef stringAttr(Operation *op, StringRef name) {
  auto attr = op->getAttrOfType<StringAttr>(name);
  return attr ? attr.getValue() : StringRef();
}

int64_t product(ArrayRef<int64_t> dims) {
  int64_t n = 1;
  for (int64_t d : dims)
    n *= d;
  return n;
}

/// `value` laid out as `type`: its dims permuted by `perm` (result dim i is
/// value dim perm[i]), then reshaped. A weight stays a view written as it is
/// exported (PermutedElementsAttr, with a scaled one's channel stride moved
/// along); a view no permutation of the source gives is computed.
ElementsAttr relaidConstant(ElementsAttr value, ArrayRef<int64_t> perm, RankedTensorType type) {
  auto from = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> permutedShape;
  for (int64_t d : perm)
    permutedShape.push_back(from.getDimSize(d));
  auto permutedType = from.clone(permutedShape);
  if (auto scaled = dyn_cast<tfl::ScaledElementsAttr>(value)) {
    // The scaled channel is the dim with `stride` elements after it.
    ArrayRef<int64_t> shape = from.getShape();
    int64_t channels = scaled.getScale().getNumElements(), channel = -1;
    for (int64_t d = from.getRank() - 1; d >= 0 && channel < 0; --d)
      if (shape[d] == channels && product(shape.drop_front(d + 1)) == scaled.getStride())
        channel = d;
    ElementsAttr source =
        channel < 0 ? ElementsAttr() : relaidConstant(scaled.getSource(), perm, type);
    if (source) {
      int64_t at = llvm::find(perm, channel) - perm.begin();
      // After the reshape the channel's elements are still `stride` apart
      // when the reshape only splits or merges dims outside it.
      return tfl::ScaledElementsAttr::get(source, scaled.getScale(),
                                          product(ArrayRef(permutedShape).drop_front(at + 1)));
    }
  } else if (ElementsAttr permuted = tfl::permuteConstant(value, perm, permutedType)) {
    if (permutedType == type)
      return permuted;
    if (auto view = dyn_cast<tfl::PermutedElementsAttr>(permuted))
      if (tfl::PermutedElementsAttr reshaped = tfl::reshapePermuted(view, type))
        return reshaped;
    if (ElementsAttr reshaped = t2t::reshapedElements(permuted, type))
      return reshaped;
    value = permuted;
  }
  // Computed: a copy of the weight (no model of the zoo needs one).
  std::vector<char> storage;
  std::optional<ArrayRef<char>> bytes = tfl::constantBytes(value, storage);
  if (!bytes)
    return nullptr;
  std::vector<char> permuted =
      perm.empty() ? std::vector<char>(bytes->begin(), bytes->end())
                   : t2t::transposeBytes(cast<RankedTensorType>(value.getType()), *bytes, perm);
  return t2t::elementsFromBytes(type, permuted, "relaid");
}

/// Whether explicit `pads` ([top, bottom, left, right]) are what SAME gives
/// on this input: TFLite has SAME and VALID only.
bool padsAreSame(ArrayRef<int64_t> pads, RankedTensorType input, ArrayRef<int64_t> kernel,
                 ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  for (int d = 0; d < 2; ++d) {
    int64_t size = input.getDimSize(1 + d);
    if (ShapedType::isDynamic(size))
      return false;
    int64_t out = (size + strides[d] - 1) / strides[d];
    int64_t total =
        std::max<int64_t>((out - 1) * strides[d] + (kernel[d] - 1) * dilations[d] + 1 - size, 0);
    if (pads[2 * d] != total / 2 || pads[2 * d + 1] != total - total / 2)
      return false;
  }
  return true;
}

} // namespace

FailureOr<Options> ModelBuilder::optionsFor(Operation *op, tflite::BuiltinOperator builtin) {
  auto act = [&] { return activation(stringAttr(op, "fused_activation_function")); };
  auto options = [](tflite::BuiltinOptions type, auto table) {
    return Options{type, table.Union()};
  };
  switch (builtin) {
  case tflite::BuiltinOperator_ADD:
    return options(tflite::BuiltinOptions_AddOptions, tflite::CreateAddOptions(fbb, act()));
  case tflite::BuiltinOperator_MUL:
    return options(tflite::BuiltinOptions_MulOptions, tflite::CreateMulOptions(fbb, act()));
  case tflite::BuiltinOperator_SUB:
    return options(tflite::BuiltinOptions_SubOptions, tflite::CreateSubOptions(fbb, act()));
  case tflite::BuiltinOperator_DIV:
    return options(tflite::BuiltinOptions_DivOptions, tflite::CreateDivOptions(fbb, act()));
  case tflite::BuiltinOperator_CONCATENATION:
    return options(tflite::BuiltinOptions_ConcatenationOptions,
                   tflite::CreateConcatenationOptions(fbb, intAttr(op, "axis"), act()));
  case tflite::BuiltinOperator_FULLY_CONNECTED:
    return options(tflite::BuiltinOptions_FullyConnectedOptions,
                   tflite::CreateFullyConnectedOptions(fbb, act()));
  case tflite::BuiltinOperator_SOFTMAX:
    return options(tflite::BuiltinOptions_SoftmaxOptions,
                   tflite::CreateSoftmaxOptions(fbb, floatAttr(op, "beta", 1.0f)));
  case tflite::BuiltinOperator_LEAKY_RELU:
    return options(tflite::BuiltinOptions_LeakyReluOptions,
                   tflite::CreateLeakyReluOptions(fbb, floatAttr(op, "alpha", 0.2f)));
  case tflite::BuiltinOperator_GATHER:
    return options(tflite::BuiltinOptions_GatherOptions,
                   tflite::CreateGatherOptions(fbb, intAttr(op, "axis")));
  case tflite::BuiltinOperator_MEAN:
  case tflite::BuiltinOperator_SUM:
  case tflite::BuiltinOperator_REDUCE_MAX:
  case tflite::BuiltinOperator_REDUCE_MIN:
  case tflite::BuiltinOperator_REDUCE_PROD:
    return options(tflite::BuiltinOptions_ReducerOptions,
                   tflite::CreateReducerOptions(fbb, boolAttr(op, "keep_dims")));
  case tflite::BuiltinOperator_CUMSUM:
    return options(
        tflite::BuiltinOptions_CumsumOptions,
        tflite::CreateCumsumOptions(fbb, boolAttr(op, "exclusive"), boolAttr(op, "reverse")));
  case tflite::BuiltinOperator_STRIDED_SLICE:
    return options(tflite::BuiltinOptions_StridedSliceOptions,
                   tflite::CreateStridedSliceOptions(fbb, intAttr(op, "begin_mask"),
                                                     intAttr(op, "end_mask"), 0, 0,
                                                     intAttr(op, "shrink_axis_mask")));
  case tflite::BuiltinOperator_RESIZE_BILINEAR:
    return options(tflite::BuiltinOptions_ResizeBilinearOptions,
                   tflite::CreateResizeBilinearOptions(fbb, boolAttr(op, "align_corners"),
                                                       boolAttr(op, "half_pixel_centers")));
  case tflite::BuiltinOperator_RESIZE_NEAREST_NEIGHBOR:
    return options(tflite::BuiltinOptions_ResizeNearestNeighborOptions,
                   tflite::CreateResizeNearestNeighborOptions(fbb, boolAttr(op, "align_corners"),
                                                              boolAttr(op, "half_pixel_centers")));
  case tflite::BuiltinOperator_BATCH_MATMUL:
    return options(
        tflite::BuiltinOptions_BatchMatMulOptions,
        tflite::CreateBatchMatMulOptions(fbb, boolAttr(op, "adj_x"), boolAttr(op, "adj_y")));
  case tflite::BuiltinOperator_DEPTH_TO_SPACE:
    return options(tflite::BuiltinOptions_DepthToSpaceOptions,
                   tflite::CreateDepthToSpaceOptions(fbb, intAttr(op, "block_size")));
  case tflite::BuiltinOperator_LOCAL_RESPONSE_NORMALIZATION:
    return options(tflite::BuiltinOptions_LocalResponseNormalizationOptions,
                   tflite::CreateLocalResponseNormalizationOptions(
                       fbb, intAttr(op, "radius"), floatAttr(op, "bias", 1.0f),
                       floatAttr(op, "alpha", 1.0f), floatAttr(op, "beta", 0.5f)));
  case tflite::BuiltinOperator_MIRROR_PAD:
    return options(tflite::BuiltinOptions_MirrorPadOptions,
                   tflite::CreateMirrorPadOptions(fbb, stringAttr(op, "mode") == "SYMMETRIC"
                                                           ? tflite::MirrorPadMode_SYMMETRIC
                                                           : tflite::MirrorPadMode_REFLECT));
  case tflite::BuiltinOperator_SPLIT_V:
    return options(tflite::BuiltinOptions_SplitVOptions,
                   tflite::CreateSplitVOptions(fbb, op->getNumResults()));
  case tflite::BuiltinOperator_GELU:
    return options(tflite::BuiltinOptions_GeluOptions, tflite::CreateGeluOptions(fbb, false));
  case tflite::BuiltinOperator_CAST:
  case tflite::BuiltinOperator_SHAPE:
  case tflite::BuiltinOperator_ARG_MAX:
  case tflite::BuiltinOperator_ARG_MIN: {
    FailureOr<tflite::TensorType> out = tensorType(getElementTypeOrSelf(op->getResult(0)));
    if (failed(out))
      return op->emitError("TFLite has no tensor type for the result");
    if (builtin == tflite::BuiltinOperator_SHAPE)
      return options(tflite::BuiltinOptions_ShapeOptions, tflite::CreateShapeOptions(fbb, *out));
    if (builtin == tflite::BuiltinOperator_ARG_MAX)
      return options(tflite::BuiltinOptions_ArgMaxOptions, tflite::CreateArgMaxOptions(fbb, *out));
    if (builtin == tflite::BuiltinOperator_ARG_MIN)
      return options(tflite::BuiltinOptions_ArgMinOptions, tflite::CreateArgMinOptions(fbb, *out));
    FailureOr<tflite::TensorType> in = tensorType(getElementTypeOrSelf(op->getOperand(0)));
    if (failed(in))
      return op->emitError("TFLite has no tensor type for the operand");
    return options(tflite::BuiltinOptions_CastOptions, tflite::CreateCastOptions(fbb, *in, *out));
  }
  default:
    return Options{};
  }
}

/// The inputs TFLite's kernels read as int32 only (a shape, begin/end/
/// strides, reduction axes), which tfl also allows as int64.
static ArrayRef<unsigned> int32OnlyInputs(tflite::BuiltinOperator builtin) {
  static const unsigned kSecond[] = {1}, kIndices[] = {1, 2, 3};
  switch (builtin) {
  case tflite::BuiltinOperator_RESHAPE:
  case tflite::BuiltinOperator_SUM:
  case tflite::BuiltinOperator_CUMSUM:
    return kSecond;
  case tflite::BuiltinOperator_STRIDED_SLICE:
    return kIndices;
  default:
    return {};
  }
}

LogicalResult ModelBuilder::exportOperator(Operation *op, tflite::BuiltinOperator builtin,
                                           ArrayRef<int32_t> extra) {
  FailureOr<std::vector<int32_t>> inputs = operandTensors(op);
  if (failed(inputs))
    return failure();
  for (unsigned i : int32OnlyInputs(builtin)) {
    if (i >= op->getNumOperands() || getElementTypeOrSelf(op->getOperand(i)).isInteger(32))
      continue;
    auto type = cast<RankedTensorType>(op->getOperand(i).getType());
    FailureOr<int32_t> narrow = addTensor(op, type.clone(IntegerType::get(op->getContext(), 32)),
                                          nodeNameOrOpName(op) + "/int32");
    if (failed(narrow))
      return failure();
    addOperator(tflite::BuiltinOperator_CAST, {(*inputs)[i]}, {*narrow},
                {tflite::BuiltinOptions_CastOptions,
                 tflite::CreateCastOptions(fbb, tflite::TensorType_INT64, tflite::TensorType_INT32)
                     .Union()});
    (*inputs)[i] = *narrow;
  }
  inputs->insert(inputs->end(), extra.begin(), extra.end());
  FailureOr<Options> options = optionsFor(op, builtin);
  FailureOr<std::vector<int32_t>> outputs = resultTensors(op);
  if (failed(options) || failed(outputs))
    return failure();
  return addOperatorOf(op, builtin, std::move(*inputs), std::move(*outputs), *options);
}

FailureOr<int32_t> ModelBuilder::filterTensor(Operation *op, Value filter, ArrayRef<int64_t> perm,
                                              RankedTensorType type) {
  std::string name = nodeNameOrOpName(op) + "/filter";
  if (ElementsAttr constant = constantOf(filter)) {
    ElementsAttr relaid = relaidConstant(constant, perm, type);
    if (!relaid)
      return op->emitError("cannot lay the filter out as TFLite's");
    return constantTensor(op, relaid, name);
  }
  FailureOr<int32_t> tensor = tensorOf(op, filter);
  if (failed(tensor))
    return failure();
  auto filterType = cast<RankedTensorType>(filter.getType());
  if (!llvm::equal(perm, llvm::seq<int64_t>(0, filterType.getRank()))) {
    SmallVector<int64_t> shape;
    for (int64_t d : perm)
      shape.push_back(filterType.getDimSize(d));
    FailureOr<int32_t> permuted = addTensor(op, filterType.clone(shape), name + "/permuted");
    if (failed(permuted))
      return failure();
    addOperator(tflite::BuiltinOperator_TRANSPOSE, {*tensor, int32Tensor(perm, name + "/perm")},
                {*permuted});
    tensor = permuted;
    filterType = filterType.clone(shape);
  }
  if (filterType == type)
    return tensor;
  FailureOr<int32_t> reshaped = addTensor(op, type, name + "/reshaped");
  if (failed(reshaped))
    return failure();
  addOperator(tflite::BuiltinOperator_RESHAPE,
              {*tensor, int32Tensor(type.getShape(), name + "/shape")}, {*reshaped});
  return reshaped;
}

/// conv_2d: TFLite's filter is OHWI (tfl: HWIO); depthwise: [1, H, W, C*M]
/// (tfl: [H, W, C, M], the same bytes). Explicit padding (TFLite has none)
/// is SAME where it equals it, else a PAD before a VALID convolution.
LogicalResult ModelBuilder::exportConv(Operation *op, bool depthwise) {
  Value input = op->getOperand(0), filter = op->getOperand(1), bias = op->getOperand(2);
  auto filterType = cast<RankedTensorType>(filter.getType());
  if (!filterType.hasStaticShape())
    return op->emitError("TFLite convolutions need a filter of static shape");
  ArrayRef<int64_t> hwio = filterType.getShape();
  SmallVector<int64_t> perm =
      depthwise ? SmallVector<int64_t>{0, 1, 2, 3} : SmallVector<int64_t>{3, 0, 1, 2};
  auto tfliteType =
      filterType.clone(depthwise ? SmallVector<int64_t>{1, hwio[0], hwio[1], hwio[2] * hwio[3]}
                                 : SmallVector<int64_t>{hwio[3], hwio[0], hwio[1], hwio[2]});
  std::string name = nodeNameOrOpName(op);
  FailureOr<int32_t> in = tensorOf(op, input);
  FailureOr<int32_t> weights = filterTensor(op, filter, perm, tfliteType);
  FailureOr<int32_t> biasTensor = tensorOf(op, bias);
  if (failed(in) || failed(weights) || failed(biasTensor))
    return failure();
  StringRef pad = stringAttr(op, "padding");
  auto strides = op->getAttrOfType<DenseI64ArrayAttr>("strides").asArrayRef();
  auto dilations = op->getAttrOfType<DenseI64ArrayAttr>("dilations").asArrayRef();
  auto inputType = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t, 4> explicitPads(4, 0);
  if (auto given = op->getAttrOfType<DenseI64ArrayAttr>("explicit_padding");
      given && given.size() == 4)
    explicitPads.assign(given.asArrayRef().begin(), given.asArrayRef().end());
  if (pad == "EXPLICIT" &&
      padsAreSame(explicitPads, inputType, hwio.take_front(2), strides, dilations))
    pad = "SAME";
  if (pad == "EXPLICIT") {
    SmallVector<int64_t> padded(inputType.getShape());
    for (int d = 0; d < 2; ++d)
      if (!ShapedType::isDynamic(padded[1 + d]))
        padded[1 + d] += explicitPads[2 * d] + explicitPads[2 * d + 1];
    int32_t paddings = int32Tensor(
        {0, 0, explicitPads[0], explicitPads[1], explicitPads[2], explicitPads[3], 0, 0},
        name + "/paddings", ArrayRef<int64_t>{4, 2});
    FailureOr<int32_t> paddedTensor = addTensor(op, inputType.clone(padded), name + "/padded");
    if (failed(paddedTensor))
      return failure();
    addOperator(tflite::BuiltinOperator_PAD, {*in, paddings}, {*paddedTensor});
    in = *paddedTensor;
    pad = "VALID";
  }
  FailureOr<std::vector<int32_t>> outputs = resultTensors(op);
  if (failed(outputs))
    return failure();
  auto act = activation(stringAttr(op, "fused_activation_function"));
  Options options;
  if (depthwise) {
    options = {tflite::BuiltinOptions_DepthwiseConv2DOptions,
               tflite::CreateDepthwiseConv2DOptions(fbb, padding(pad), strides[1], strides[0],
                                                    hwio[3], act, dilations[1], dilations[0])
                   .Union()};
  } else {
    options = {tflite::BuiltinOptions_Conv2DOptions,
               tflite::CreateConv2DOptions(fbb, padding(pad), strides[1], strides[0], act,
                                           dilations[1], dilations[0])
                   .Union()};
  }
  return addOperatorOf(
      op, depthwise ? tflite::BuiltinOperator_DEPTHWISE_CONV_2D : tflite::BuiltinOperator_CONV_2D,
      {*in, *weights, *biasTensor}, std::move(*outputs), options);
}

FailureOr<int32_t> ModelBuilder::transposeConvOutputShape(tfl::TransposeConvOp op) {
  std::string name = nodeNameOrOpName(op) + "/output_shape";
  auto resultType = cast<RankedTensorType>(op.getType());
  ArrayRef<int64_t> shape = resultType.getShape();
  if (resultType.hasStaticShape())
    return int32Tensor(shape, name);
  // Sizes known only at run time come from the input's: the batch as it is,
  // H and W of the full output as in * stride + dilation * (kernel - 1) + 1
  // - stride.
  FailureOr<int32_t> in = tensorOf(op, op.getInput());
  if (failed(in))
    return failure();
  MLIRContext *context = op.getContext();
  auto vector = [&](int64_t n) {
    return RankedTensorType::get({n}, IntegerType::get(context, 32));
  };
  int32_t inShape = *addTensor(op, vector(4), name + "/input");
  addOperator(tflite::BuiltinOperator_SHAPE, {*in}, {inShape},
              {tflite::BuiltinOptions_ShapeOptions,
               tflite::CreateShapeOptions(fbb, tflite::TensorType_INT32).Union()});
  auto slice = [&](int64_t begin, int64_t size, StringRef suffix) {
    int32_t out = *addTensor(op, vector(size), name + "/" + suffix.str());
    addOperator(tflite::BuiltinOperator_SLICE,
                {inShape, int32Tensor({begin}, name + "/" + suffix.str() + "/begin"),
                 int32Tensor({size}, name + "/" + suffix.str() + "/size")},
                {out});
    return out;
  };
  auto strides = op.getStrides(), dilations = op.getDilations();
  auto kernel = cast<RankedTensorType>(op.getFilter().getType()).getShape();
  SmallVector<int64_t> extent;
  for (int d = 0; d < 2; ++d)
    extent.push_back(dilations[d] * (kernel[d] - 1) + 1 - strides[d]);
  int32_t batch = ShapedType::isDynamic(shape[0]) ? slice(0, 1, "batch")
                                                  : int32Tensor({shape[0]}, name + "/batch");
  int32_t hw;
  if (!ShapedType::isDynamic(shape[1]) && !ShapedType::isDynamic(shape[2])) {
    hw = int32Tensor({shape[1], shape[2]}, name + "/hw");
  } else {
    int32_t scaled = *addTensor(op, vector(2), name + "/strided_hw");
    addOperator(tflite::BuiltinOperator_MUL,
                {slice(1, 2, "input_hw"), int32Tensor({strides[0], strides[1]}, name + "/strides")},
                {scaled});
    hw = *addTensor(op, vector(2), name + "/output_hw");
    addOperator(tflite::BuiltinOperator_ADD, {scaled, int32Tensor(extent, name + "/extent")}, {hw});
  }
  int32_t sizes = *addTensor(op, vector(4), name);
  addOperator(tflite::BuiltinOperator_CONCATENATION,
              {batch, hw, int32Tensor({shape[3]}, name + "/channels")}, {sizes},
              {tflite::BuiltinOptions_ConcatenationOptions,
               tflite::CreateConcatenationOptions(fbb, 0).Union()});
  return sizes;
}

/// TRANSPOSE_CONV(output_shape, weights OHWI, input, bias); tfl's filter is
/// HWOI.
LogicalResult ModelBuilder::exportTransposeConv(tfl::TransposeConvOp op) {
  auto filterType = cast<RankedTensorType>(op.getFilter().getType());
  auto resultType = cast<RankedTensorType>(op.getType());
  if (!filterType.hasStaticShape() || resultType.isDynamicDim(3))
    return op.emitError("TFLite transposed convolutions need a filter and output channels of "
                        "static size");
  if (llvm::any_of(op.getDilations(), [](int64_t d) { return d != 1; }))
    return op.emitError("TFLite's TRANSPOSE_CONV has no dilation");
  ArrayRef<int64_t> hwoi = filterType.getShape();
  std::string name = nodeNameOrOpName(op);
  FailureOr<int32_t> outputShape = transposeConvOutputShape(op);
  if (failed(outputShape))
    return failure();
  FailureOr<int32_t> weights =
      filterTensor(op, op.getFilter(), {2, 0, 1, 3},
                   filterType.clone(SmallVector<int64_t>{hwoi[2], hwoi[0], hwoi[1], hwoi[3]}));
  FailureOr<int32_t> in = tensorOf(op, op.getInput());
  FailureOr<int32_t> bias = tensorOf(op, op.getBias());
  FailureOr<std::vector<int32_t>> outputs = resultTensors(op);
  if (failed(weights) || failed(in) || failed(bias) || failed(outputs))
    return failure();
  auto strides = op.getStrides();
  Options options{
      tflite::BuiltinOptions_TransposeConvOptions,
      tflite::CreateTransposeConvOptions(fbb, padding(op.getPadding()), strides[1], strides[0])
          .Union()};
  return addOperatorOf(op, tflite::BuiltinOperator_TRANSPOSE_CONV,
                       {*outputShape, *weights, *in, *bias}, std::move(*outputs), options);
}

LogicalResult ModelBuilder::exportOp(Operation *op) {
  if (isa<tfl::SoftplusOp, tfl::SeluOp, tfl::ReciprocalOp, tfl::IsNanOp, tfl::IsInfOp, tfl::ErfOp>(
          op))
    return exportComposite(op);
  auto named = dyn_cast<tfl::ExportsToTFLite>(op);
  StringRef builtinName = named ? named.getTFLiteBuiltin() : StringRef();
  std::optional<tflite::BuiltinOperator> builtin = builtinNamed(builtinName);
  std::string name = nodeNameOrOpName(op);
  if (!builtin) {
    InFlightDiagnostic error = op->emitError();
    if (StringRef node = onnxNodeName(op->getLoc()); !node.empty())
      error << "node '" << node << "': ";
    return error << "'" << op->getName()
                 << "' has no TFLite builtin operator (only builtins are written)";
  }
  auto index = [&](ArrayRef<int64_t> values, StringRef suffix,
                   std::optional<ArrayRef<int64_t>> shape = std::nullopt) {
    return int32Tensor(values, name + "/" + suffix.str(), shape);
  };

  if (auto loop = dyn_cast<tfl::WhileOp>(op))
    return exportWhile(loop);
  if (auto branch = dyn_cast<tfl::IfOp>(op))
    return exportIf(branch);
  if (auto withIndex = dyn_cast<tfl::ExportsWithIndexInput>(op)) {
    SmallVector<int64_t> values;
    StringRef source = withIndex.getTFIndexSource();
    if (source.empty()) {
      for (int64_t dim : cast<RankedTensorType>(op->getResult(0).getType()).getShape())
        values.push_back(ShapedType::isDynamic(dim) ? -1 : dim);
    } else if (auto array = op->getAttrOfType<DenseI64ArrayAttr>(source)) {
      values.assign(array.asArrayRef().begin(), array.asArrayRef().end());
    } else {
      values.push_back(intAttr(op, source));
    }
    bool scalar = withIndex.isTFIndexScalar();
    return exportOperator(op, *builtin,
                          {index(values, withIndex.getTFIndexSuffix(),
                                 scalar ? std::optional(ArrayRef<int64_t>{}) : std::nullopt)});
  }
  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](tfl::Conv2DOp) { return exportConv(op, false); })
      .Case([&](tfl::DepthwiseConv2DOp) { return exportConv(op, true); })
      .Case([&](tfl::TransposeConvOp t) { return exportTransposeConv(t); })
      .Case<tfl::MaxPool2DOp, tfl::AveragePool2DOp>([&](auto pool) -> LogicalResult {
        if (pool.getPadding() == "EXPLICIT")
          return op->emitError("TFLite pools have no explicit padding");
        FailureOr<std::vector<int32_t>> inputs = operandTensors(op);
        FailureOr<std::vector<int32_t>> outputs = resultTensors(op);
        if (failed(inputs) || failed(outputs))
          return failure();
        auto filter = pool.getFilter(), strides = pool.getStrides();
        Options options{tflite::BuiltinOptions_Pool2DOptions,
                        tflite::CreatePool2DOptions(fbb, padding(pool.getPadding()), strides[1],
                                                    strides[0], filter[1], filter[0])
                            .Union()};
        return addOperatorOf(op, *builtin, std::move(*inputs), std::move(*outputs), options);
      })
      .Case([&](tfl::PadV2Op p) -> LogicalResult {
        int64_t rank = static_cast<int64_t>(p.getPaddings().size()) / 2;
        Type element = getElementTypeOrSelf(p.getType());
        Attribute fill =
            isa<FloatType>(element)
                ? Attribute(FloatAttr::get(element, p.getConstantValue().convertToDouble()))
                : Attribute(IntegerAttr::get(element, p.getConstantValue().convertToDouble()));
        FailureOr<int32_t> value =
            constantTensor(op, DenseElementsAttr::get(RankedTensorType::get({}, element), fill),
                           name + "/constant_values");
        if (failed(value))
          return failure();
        return exportOperator(
            op, *builtin, {index(p.getPaddings(), "paddings", ArrayRef<int64_t>{rank, 2}), *value});
      })
      .Case([&](tfl::MirrorPadOp m) {
        int64_t rank = static_cast<int64_t>(m.getPaddings().size()) / 2;
        return exportOperator(op, *builtin,
                              {index(m.getPaddings(), "paddings", ArrayRef<int64_t>{rank, 2})});
      })
      .Case([&](tfl::SliceOp s) {
        return exportOperator(op, *builtin,
                              {index(s.getBegin(), "begin"), index(s.getSize(), "size")});
      })
      .Case([&](tfl::StridedSliceOp s) {
        return exportOperator(op, *builtin,
                              {index(s.getBegin(), "begin"), index(s.getEnd(), "end"),
                               index(s.getStrides(), "strides")});
      })
      .Case([&](tfl::SplitOp s) {
        return exportOperator(
            op, *builtin,
            {index(s.getSizeSplits(), "size_splits"),
             index({static_cast<int64_t>(s.getAxis())}, "axis", ArrayRef<int64_t>{})});
      })
      .Case<tfl::ArgMaxOp, tfl::ArgMinOp>([&](auto a) {
        return exportOperator(op, *builtin, {index({static_cast<int64_t>(a.getAxis())}, "axis")});
      })
      .Case<tfl::ResizeBilinearOp, tfl::ResizeNearestNeighborOp>([&](auto r) {
        if (r.getSize())
          return exportOperator(op, *builtin);
        auto shape = cast<RankedTensorType>(r.getType()).getShape();
        return exportOperator(op, *builtin, {index({shape[1], shape[2]}, "size")});
      })
      .Default([&](Operation *) { return exportOperator(op, *builtin); });
}

} // namespace t2t::tflite_export
