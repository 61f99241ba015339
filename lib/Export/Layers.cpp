//===- Layers.cpp - Convs and fully connected layers ----------------------===//
//
// Conv2D / DepthwiseConv2dNative / MatMul / Conv2DBackpropInput with every
// attr TensorFlow.js reads, then BiasAdd and the fused activation as nodes.
//
//===----------------------------------------------------------------------===//

#include "GraphDefBuilder.h"

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Locations.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
namespace tf = t2t::tensorflow;

namespace t2t {

FailureOr<std::string> GraphDefBuilder::addActivation(Operation *op, StringRef activation,
                                                      const std::string &producer) {
  if (activation == "NONE")
    return producer;
  Type type = op->getResult(0).getType();
  auto unary = [&](StringRef tfOp) -> FailureOr<std::string> {
    tf::NodeDef *node = addNode(tfOp, producer + "/" + tfOp.str(), {producer});
    if (failed(setType(op, node, "T", type)))
      return failure();
    return node->name();
  };
  if (activation == "RELU")
    return unary("Relu");
  if (activation == "RELU6")
    return unary("Relu6");
  if (activation == "TANH")
    return unary("Tanh");
  if (activation == "RELU_N1_TO_1") {
    // clip(x, -1, 1) as Minimum(Maximum(x, -1), 1) with scalar constants.
    auto scalar = [&](float v, StringRef suffix) {
      ElementsAttr attr =
          DenseElementsAttr::get(RankedTensorType::get({}, getElementTypeOrSelf(type)), APFloat(v));
      return addConst(op, attr, producer + "/" + suffix.str());
    };
    FailureOr<std::string> lo = scalar(-1.0f, "lo"), hi = scalar(1.0f, "hi");
    if (failed(lo) || failed(hi))
      return failure();
    tf::NodeDef *max = addNode("Maximum", producer + "/Maximum", {producer, *lo});
    tf::NodeDef *min = addNode("Minimum", producer + "/Minimum", {max->name(), *hi});
    if (failed(setType(op, max, "T", type)) || failed(setType(op, min, "T", type)))
      return failure();
    return min->name();
  }
  return op->emitError("fused activation ") << activation << " has no export mapping";
}

template <typename ConvOp> LogicalResult GraphDefBuilder::exportConv(ConvOp op, StringRef tfOp) {
  FailureOr<std::string> in = input(op, op.getInput()), filter = input(op, op.getFilter());
  if (failed(in) || failed(filter))
    return failure();
  StringRef base = onnxNodeName(op.getLoc());
  tf::NodeDef *conv = addNode(tfOp, base.empty() ? tfOp : base, {*in, *filter});
  if (failed(setType(op, conv, "T", op.getType())))
    return failure();
  auto strides = op.getStrides(), dilations = op.getDilations();
  setInts(conv, "strides", {1, strides[0], strides[1], 1});
  setInts(conv, "dilations", {1, dilations[0], dilations[1], 1});
  setString(conv, "padding", op.getPadding());
  setString(conv, "data_format", "NHWC");
  if (tfOp == "Conv2D")
    (*conv->mutable_attr())["use_cudnn_on_gpu"].set_b(true);
  auto pads = op.getExplicitPadding();
  if (op.getPadding() == "EXPLICIT")
    setInts(conv, "explicit_paddings", {0, 0, pads[0], pads[1], pads[2], pads[3], 0, 0});
  else
    (*conv->mutable_attr())["explicit_paddings"].mutable_list();

  return addBiasAndActivation(op, conv, op.getBias(), op.getFusedActivationFunction());
}

template LogicalResult GraphDefBuilder::exportConv(tfl::Conv2DOp, StringRef);
template LogicalResult GraphDefBuilder::exportConv(tfl::DepthwiseConv2DOp, StringRef);

LogicalResult GraphDefBuilder::addBiasAndActivation(Operation *op, tf::NodeDef *producer,
                                                    Value biasValue, StringRef activation) {
  FailureOr<std::string> bias = input(op, biasValue);
  if (failed(bias))
    return failure();
  std::string producerName = producer->name();
  tf::NodeDef *biasAdd = addNode("BiasAdd", producerName + "/BiasAdd", {producerName, *bias});
  if (failed(setType(op, biasAdd, "T", op->getResult(0).getType())))
    return failure();
  setString(biasAdd, "data_format", "NHWC");
  FailureOr<std::string> out = addActivation(op, activation, biasAdd->name());
  if (failed(out))
    return failure();
  values[op->getResult(0)] = *out;
  return success();
}

LogicalResult GraphDefBuilder::exportFullyConnected(tfl::FullyConnectedOp op) {
  FailureOr<std::string> in = input(op, op.getInput()), filter = input(op, op.getFilter());
  if (failed(in) || failed(filter))
    return failure();
  StringRef base = onnxNodeName(op.getLoc());
  tf::NodeDef *matmul = addNode("MatMul", base.empty() ? "MatMul" : base, {*in, *filter});
  if (failed(setType(op, matmul, "T", op.getType())))
    return failure();
  (*matmul->mutable_attr())["transpose_a"].set_b(false);
  (*matmul->mutable_attr())["transpose_b"].set_b(true);
  return addBiasAndActivation(op, matmul, op.getBias(), op.getFusedActivationFunction());
}

LogicalResult GraphDefBuilder::exportTransposeConv(tfl::TransposeConvOp op) {
  FailureOr<std::string> in = input(op, op.getInput()), filter = input(op, op.getFilter());
  if (failed(in) || failed(filter))
    return failure();
  StringRef base = onnxNodeName(op.getLoc());
  std::string name = base.empty() ? "Conv2DBackpropInput" : base.str();
  // Dims known only at run time are taken from the input's shape then: the
  // batch as it is, H and W of the full output as in * stride +
  // (dilation * (kernel - 1) + 1 - stride).
  ArrayRef<int64_t> shape = op.getType().getShape();
  std::string sizes;
  tf::NodeDef *inShape = nullptr;
  auto shapeSlice = [&](int64_t begin, int64_t end, const std::string &suffix) -> std::string {
    tf::NodeDef *slice =
        addNode("StridedSlice", name + "/" + suffix,
                {inShape->name(), addInt32Const({begin}, name + "/" + suffix + "/begin"),
                 addInt32Const({end}, name + "/" + suffix + "/end"),
                 addInt32Const({1}, name + "/" + suffix + "/strides")});
    auto &attrs = *slice->mutable_attr();
    attrs["T"].set_type(tf::DT_INT32);
    attrs["Index"].set_type(tf::DT_INT32);
    for (const char *mask : {"begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask"})
      attrs[mask].set_i(0);
    attrs["shrink_axis_mask"].set_i(0);
    return slice->name();
  };
  auto int32Node = [&](StringRef tfOp, const std::string &nodeName, ArrayRef<std::string> inputs) {
    tf::NodeDef *node = addNode(tfOp, nodeName, inputs);
    (*node->mutable_attr())["T"].set_type(tf::DT_INT32);
    return node;
  };
  if (llvm::any_of(shape.take_front(3), ShapedType::isDynamic)) {
    inShape = addNode("Shape", name + "/input_shape", {*in});
    if (failed(setType(op, inShape, "T", op.getInput().getType())))
      return failure();
    (*inShape->mutable_attr())["out_type"].set_type(tf::DT_INT32);
  }
  if (ShapedType::isDynamic(shape[1]) || ShapedType::isDynamic(shape[2])) {
    auto strides = op.getStrides(), dilations = op.getDilations();
    auto kernel = cast<RankedTensorType>(op.getFilter().getType()).getShape();
    SmallVector<int64_t> extra;
    for (int d = 0; d < 2; ++d)
      extra.push_back(dilations[d] * (kernel[d] - 1) + 1 - strides[d]);
    std::string hw = shapeSlice(1, 3, "input_hw");
    tf::NodeDef *scaled =
        int32Node("Mul", name + "/strided_hw",
                  {hw, addInt32Const({strides[0], strides[1]}, name + "/hw_strides")});
    tf::NodeDef *full = int32Node("AddV2", name + "/output_hw",
                                  {scaled->name(), addInt32Const(extra, name + "/hw_extent")});
    std::string batch = ShapedType::isDynamic(shape[0])
                            ? shapeSlice(0, 1, "batch")
                            : addInt32Const({shape[0]}, name + "/batch");
    tf::NodeDef *concat =
        int32Node("ConcatV2", name + "/input_sizes",
                  {batch, full->name(), addInt32Const({shape[3]}, name + "/channels"),
                   addInt32Const({0}, name + "/input_sizes/axis", ArrayRef<int64_t>{})});
    (*concat->mutable_attr())["Tidx"].set_type(tf::DT_INT32);
    (*concat->mutable_attr())["N"].set_i(3);
    sizes = concat->name();
  } else if (ShapedType::isDynamic(shape[0])) {
    tf::NodeDef *concat = int32Node(
        "ConcatV2", name + "/input_sizes",
        {shapeSlice(0, 1, "batch"), addInt32Const(shape.drop_front(), name + "/spatial_sizes"),
         addInt32Const({0}, name + "/input_sizes/axis", ArrayRef<int64_t>{})});
    (*concat->mutable_attr())["Tidx"].set_type(tf::DT_INT32);
    (*concat->mutable_attr())["N"].set_i(2);
    sizes = concat->name();
  } else {
    sizes = addInt32Const(shape, name + "/input_sizes");
  }
  tf::NodeDef *conv = addNode("Conv2DBackpropInput", name, {sizes, *filter, *in});
  if (failed(setType(op, conv, "T", op.getType())))
    return failure();
  auto strides = op.getStrides(), dilations = op.getDilations();
  setInts(conv, "strides", {1, strides[0], strides[1], 1});
  setInts(conv, "dilations", {1, dilations[0], dilations[1], 1});
  setString(conv, "padding", op.getPadding());
  setString(conv, "data_format", "NHWC");
  (*conv->mutable_attr())["use_cudnn_on_gpu"].set_b(true);
  (*conv->mutable_attr())["explicit_paddings"].mutable_list();
  return addBiasAndActivation(op, conv, op.getBias(), op.getFusedActivationFunction());
}

} // namespace t2t
