//===- GraphDefExporter.cpp - tfl dialect -> TensorFlow GraphDef ----------===//
//
// Each tfl op maps to one TensorFlow node (plus BiasAdd / activation nodes for
// what tfl fuses), with every attr TensorFlow's OpDef declares set explicitly:
// TensorFlow.js does not apply TF's attr defaults.
//
//===----------------------------------------------------------------------===//

#include "t2t/Export/GraphDefExporter.h"

#include "GraphDefWriter.h"
#include "lib/Export/graphdef.pb.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Locations.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <climits>
#include <optional>
#include <google/protobuf/text_format.h>

using namespace mlir;
namespace tf = t2t::tensorflow;

namespace t2t {
namespace {

// TensorFlow's GraphDef version range these graphs are valid for.
constexpr int kProducerVersion = 1205;

FailureOr<tf::DataType> convertType(Type type) {
  if (type.isF32()) return tf::DT_FLOAT;
  if (type.isF64()) return tf::DT_DOUBLE;
  if (type.isF16()) return tf::DT_HALF;
  if (type.isBF16()) return tf::DT_BFLOAT16;
  if (type.isInteger(1)) return tf::DT_BOOL;
  if (auto i = dyn_cast<IntegerType>(type)) {
    bool isUnsigned = i.isUnsigned();
    switch (i.getWidth()) {
    case 8:  return isUnsigned ? tf::DT_UINT8 : tf::DT_INT8;
    case 16: return isUnsigned ? tf::DT_UINT16 : tf::DT_INT16;
    case 32: return isUnsigned ? tf::DT_UINT32 : tf::DT_INT32;
    case 64: return isUnsigned ? tf::DT_UINT64 : tf::DT_INT64;
    default: break;
    }
  }
  return failure();
}

void setShape(tf::TensorShapeProto *proto, ShapedType type) {
  if (!type.hasRank()) {
    proto->set_unknown_rank(true);
    return;
  }
  for (int64_t d : type.getShape())
    proto->add_dim()->set_size(ShapedType::isDynamic(d) ? -1 : d);
}

/// A TensorFlow node name: [A-Za-z0-9.][A-Za-z0-9_./]*.
std::string sanitize(StringRef name) {
  std::string out;
  for (char c : name)
    out += (llvm::isAlnum(c) || c == '_' || c == '.' || c == '/') ? c : '_';
  if (out.empty() || !(llvm::isAlnum(out[0]) || out[0] == '.'))
    out = "n" + out;
  return out;
}

/// protobuf output into an llvm::raw_ostream.
class RawOstreamOutput : public google::protobuf::io::CopyingOutputStream {
public:
  explicit RawOstreamOutput(llvm::raw_ostream &os) : os(os) {}
  bool Write(const void *buffer, int size) override {
    os.write(static_cast<const char *>(buffer), size);
    return true;
  }

private:
  llvm::raw_ostream &os;
};

class GraphDefBuilder {
public:
  LogicalResult build(func::FuncOp func);
  tf::GraphDef &graph() { return graphDef; }
  /// Const contents left in their resource blobs (not copied into the proto).
  const ExternalContents &externalContents() const { return external; }

private:
  /// A fresh node with a unique, legal name derived from `base`.
  tf::NodeDef *addNode(StringRef op, StringRef base, ArrayRef<std::string> inputs = {});
  FailureOr<std::string> input(Operation *user, Value value) const;
  LogicalResult setType(Operation *op, tf::NodeDef *node, StringRef attr, Type type);
  static void setInts(tf::NodeDef *node, StringRef attr, ArrayRef<int64_t> values);
  static void setString(tf::NodeDef *node, StringRef attr, StringRef value);

  /// A Const node holding `value`; returns its name.
  FailureOr<std::string> addConst(Operation *op, ElementsAttr value, StringRef base);
  /// An int32 Const for shape-like operands (perm, axes, ...), 1-D unless
  /// `shape` is given ({} for a scalar).
  std::string addInt32Const(ArrayRef<int64_t> values, StringRef base,
                            std::optional<ArrayRef<int64_t>> shape = std::nullopt);
  /// Emits the activation a tfl op fused into its result; returns the name
  /// of the node that now produces the result.
  FailureOr<std::string> addActivation(Operation *op, StringRef activation,
                                       const std::string &producer);

  LogicalResult exportOp(Operation *op);
  /// One node of the op's TF type with the operands as inputs.
  LogicalResult exportAsNode(Operation *op, tfl::ExportsAsNode node);
  /// Conv2D / DepthwiseConv2dNative with every attr, then bias and activation.
  template <typename ConvOp>
  LogicalResult exportConv(ConvOp op, StringRef tfOp);
  LogicalResult exportFullyConnected(tfl::FullyConnectedOp op);
  /// Conv2DBackpropInput with the output size as a Const, then bias and activation.
  LogicalResult exportTransposeConv(tfl::TransposeConvOp op);
  // TensorFlow has no single op for these; they are written as the
  // composition their tfl summaries give.
  LogicalResult exportHardSwish(tfl::HardSwishOp op);
  LogicalResult exportGelu(tfl::GeluOp op);
  LogicalResult exportPRelu(tfl::PReluOp op);
  /// A node `tfOp`(inputs) with attr T of `op`'s result element type.
  FailureOr<std::string> addMathNode(Operation *op, StringRef tfOp, StringRef base,
                                     ArrayRef<std::string> inputs);
  /// A scalar Const of `op`'s result element type.
  FailureOr<std::string> addScalar(Operation *op, double value, StringRef base);
  /// BiasAdd(producer, bias) then the fused activation; maps `op`'s result.
  LogicalResult addBiasAndActivation(Operation *op, tf::NodeDef *producer, Value bias,
                                     StringRef activation);
  /// A node with the operands as inputs (plus `extraInputs`) and attr T of the
  /// result's element type; maps `op`'s result to it.
  FailureOr<tf::NodeDef *> addSimpleNode(Operation *op, StringRef tfOp,
                                         ArrayRef<std::string> extraInputs = {});

  /// The node output holding each SSA value, as "name" or "name:k".
  llvm::DenseMap<Value, std::string> values;
  llvm::StringSet<> usedNames;
  tf::GraphDef graphDef;
  ExternalContents external;
};

tf::NodeDef *GraphDefBuilder::addNode(StringRef op, StringRef base,
                                      ArrayRef<std::string> inputs) {
  std::string name = sanitize(base.empty() ? op : base);
  for (int suffix = 1; !usedNames.insert(name).second; ++suffix)
    name = sanitize(base.empty() ? op : base) + "_" + std::to_string(suffix);
  tf::NodeDef *node = graphDef.add_node();
  node->set_name(name);
  node->set_op(op.str());
  for (const std::string &in : inputs)
    node->add_input(in);
  return node;
}

FailureOr<std::string> GraphDefBuilder::input(Operation *user, Value value) const {
  auto it = values.find(value);
  if (it == values.end())
    return user->emitError("operand is not produced by an exported node");
  return it->second;
}

LogicalResult GraphDefBuilder::setType(Operation *op, tf::NodeDef *node, StringRef attr,
                                       Type type) {
  FailureOr<tf::DataType> dtype = convertType(getElementTypeOrSelf(type));
  if (failed(dtype))
    return op->emitError("element type ")
           << getElementTypeOrSelf(type) << " has no TensorFlow DataType";
  (*node->mutable_attr())[attr.str()].set_type(*dtype);
  return success();
}

void GraphDefBuilder::setInts(tf::NodeDef *node, StringRef attr, ArrayRef<int64_t> values) {
  auto *list = (*node->mutable_attr())[attr.str()].mutable_list();
  for (int64_t v : values)
    list->add_i(v);
}

void GraphDefBuilder::setString(tf::NodeDef *node, StringRef attr, StringRef value) {
  (*node->mutable_attr())[attr.str()].set_s(value.str());
}

/// An op's `axis` (an I64Attr, whose accessor is unsigned) as the int64_t
/// index-constant writers take.
template <typename OpTy>
static int64_t axisOf(OpTy op) {
  return static_cast<int64_t>(op.getAxis());
}

/// A large splat as one value in the dtype's repeated field: TensorFlow
/// repeats the last value to fill the shape, so a ConstantOfShape of 10^9
/// elements costs a few bytes, not 4 GB. Small splats keep tensor_content.
/// Returns false for element types without such a field.
static bool setRepeatedSplat(DenseElementsAttr splat, tf::TensorProto *tensor) {
  Type type = splat.getElementType();
  size_t width = std::max<size_t>(1, type.getIntOrFloatBitWidth() / 8);
  if (static_cast<size_t>(splat.getNumElements()) * width < kBlobThresholdBytes)
    return false;
  if (type.isF32())
    tensor->add_float_val(splat.getSplatValue<float>());
  else if (type.isF64())
    tensor->add_double_val(splat.getSplatValue<double>());
  else if (type.isInteger(1))
    tensor->add_bool_val(splat.getSplatValue<bool>());
  else if (type.isInteger(64))
    tensor->add_int64_val(splat.getSplatValue<APInt>().getSExtValue());
  else if (type.isInteger(32) || type.isInteger(16) || type.isInteger(8))
    tensor->add_int_val(static_cast<int32_t>(type.isUnsignedInteger()
                                                 ? splat.getSplatValue<APInt>().getZExtValue()
                                                 : splat.getSplatValue<APInt>().getSExtValue()));
  else
    return false;
  return true;
}

FailureOr<std::string> GraphDefBuilder::addConst(Operation *op, ElementsAttr value,
                                                 StringRef base) {
  tf::NodeDef *node = addNode("Const", base);
  if (failed(setType(op, node, "dtype", value.getType())))
    return failure();
  tf::TensorProto *tensor = (*node->mutable_attr())["value"].mutable_tensor();
  tensor->set_dtype((*node->mutable_attr())["dtype"].type());
  setShape(tensor->mutable_tensor_shape(), value.getShapedType());

  // tensor_content is the row-major little-endian buffer (bools: one byte).
  std::string *content = tensor->mutable_tensor_content();
  if (isa<DenseResourceElementsAttr, tfl::PermutedElementsAttr>(value)) {
    auto permuted = dyn_cast<tfl::PermutedElementsAttr>(value);
    if (!rawBytes(permuted ? permuted.getSource() : value))
      return op->emitError("constant's resource blob does not hold its ")
             << value.getNumElements() << " elements";
    external[node] = value;
    return node->name();
  }
  auto dense = dyn_cast<DenseElementsAttr>(value);
  if (!dense)
    return op->emitError("constant kind ") << value << " cannot be exported";
  if (dense.isSplat() && setRepeatedSplat(dense, tensor))
    return node->name();
  if (dense.getElementType().isInteger(1)) {
    for (bool b : dense.getValues<bool>())
      content->push_back(b ? 1 : 0);
  } else if (dense.isSplat()) {
    ArrayRef<char> one = dense.getRawData();
    content->reserve(one.size() * dense.getNumElements());
    for (int64_t i = 0, e = dense.getNumElements(); i < e; ++i)
      content->append(one.data(), one.size());
  } else {
    content->assign(dense.getRawData().data(), dense.getRawData().size());
  }
  return node->name();
}

std::string GraphDefBuilder::addInt32Const(ArrayRef<int64_t> values, StringRef base,
                                           std::optional<ArrayRef<int64_t>> shape) {
  tf::NodeDef *node = addNode("Const", base);
  (*node->mutable_attr())["dtype"].set_type(tf::DT_INT32);
  tf::TensorProto *tensor = (*node->mutable_attr())["value"].mutable_tensor();
  tensor->set_dtype(tf::DT_INT32);
  SmallVector<int64_t> dims = shape ? SmallVector<int64_t>(*shape)
                                    : SmallVector<int64_t>{static_cast<int64_t>(values.size())};
  tf::TensorShapeProto *shapeProto = tensor->mutable_tensor_shape(); // Present even for scalars.
  for (int64_t d : dims)
    shapeProto->add_dim()->set_size(d);
  for (int64_t v : values)
    tensor->add_int_val(static_cast<int32_t>(v));
  return node->name();
}

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
      ElementsAttr attr = DenseElementsAttr::get(
          RankedTensorType::get({}, getElementTypeOrSelf(type)), APFloat(v));
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

template <typename ConvOp>
LogicalResult GraphDefBuilder::exportConv(ConvOp op, StringRef tfOp) {
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
  // The batch is only known at run time when dynamic: it is taken from the
  // input's shape then.
  ArrayRef<int64_t> shape = op.getType().getShape();
  std::string sizes;
  if (ShapedType::isDynamic(shape[0])) {
    tf::NodeDef *inShape = addNode("Shape", name + "/input_shape", {*in});
    if (failed(setType(op, inShape, "T", op.getInput().getType())))
      return failure();
    (*inShape->mutable_attr())["out_type"].set_type(tf::DT_INT32);
    tf::NodeDef *batch = addNode("StridedSlice", name + "/batch",
                                 {inShape->name(), addInt32Const({0}, name + "/batch/begin"),
                                  addInt32Const({1}, name + "/batch/end"),
                                  addInt32Const({1}, name + "/batch/strides")});
    auto &attrs = *batch->mutable_attr();
    attrs["T"].set_type(tf::DT_INT32);
    attrs["Index"].set_type(tf::DT_INT32);
    for (const char *mask : {"begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask"})
      attrs[mask].set_i(0);
    attrs["shrink_axis_mask"].set_i(0);
    tf::NodeDef *concat = addNode(
        "ConcatV2", name + "/input_sizes",
        {batch->name(), addInt32Const(shape.drop_front(), name + "/spatial_sizes"),
         addInt32Const({0}, name + "/input_sizes/axis", ArrayRef<int64_t>{})});
    (*concat->mutable_attr())["T"].set_type(tf::DT_INT32);
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

FailureOr<std::string> GraphDefBuilder::addMathNode(Operation *op, StringRef tfOp,
                                                    StringRef base,
                                                    ArrayRef<std::string> inputs) {
  tf::NodeDef *node = addNode(tfOp, base, inputs);
  if (failed(setType(op, node, "T", op->getResult(0).getType())))
    return failure();
  return node->name();
}

FailureOr<std::string> GraphDefBuilder::addScalar(Operation *op, double value, StringRef base) {
  Type element = getElementTypeOrSelf(op->getResult(0).getType());
  return addConst(op,
                  DenseElementsAttr::get(RankedTensorType::get({}, element),
                                         FloatAttr::get(element, value)),
                  base);
}

LogicalResult GraphDefBuilder::exportHardSwish(tfl::HardSwishOp op) {
  FailureOr<std::string> x = input(op, op.getX());
  if (failed(x))
    return failure();
  std::string name = onnxNodeName(op.getLoc()).empty() ? "HardSwish" : onnxNodeName(op.getLoc()).str();
  FailureOr<std::string> three = addScalar(op, 3.0, name + "/three");
  FailureOr<std::string> sixth = addScalar(op, 1.0 / 6.0, name + "/one_sixth");
  if (failed(three) || failed(sixth))
    return failure();
  FailureOr<std::string> shifted = addMathNode(op, "AddV2", name + "/add", {*x, *three});
  if (failed(shifted))
    return failure();
  FailureOr<std::string> gate = addMathNode(op, "Relu6", name + "/relu6", {*shifted});
  if (failed(gate))
    return failure();
  FailureOr<std::string> scaled = addMathNode(op, "Mul", name + "/scale", {*gate, *sixth});
  if (failed(scaled))
    return failure();
  FailureOr<std::string> out = addMathNode(op, "Mul", name, {*x, *scaled});
  if (failed(out))
    return failure();
  values[op.getResult()] = *out;
  return success();
}

LogicalResult GraphDefBuilder::exportGelu(tfl::GeluOp op) {
  FailureOr<std::string> x = input(op, op.getX());
  if (failed(x))
    return failure();
  std::string name = onnxNodeName(op.getLoc()).empty() ? "Gelu" : onnxNodeName(op.getLoc()).str();
  FailureOr<std::string> invSqrt2 = addScalar(op, M_SQRT1_2, name + "/one_over_sqrt2");
  FailureOr<std::string> one = addScalar(op, 1.0, name + "/one");
  FailureOr<std::string> half = addScalar(op, 0.5, name + "/half");
  if (failed(invSqrt2) || failed(one) || failed(half))
    return failure();
  FailureOr<std::string> scaled = addMathNode(op, "Mul", name + "/scale", {*x, *invSqrt2});
  if (failed(scaled))
    return failure();
  FailureOr<std::string> erf = addMathNode(op, "Erf", name + "/erf", {*scaled});
  if (failed(erf))
    return failure();
  FailureOr<std::string> gate = addMathNode(op, "AddV2", name + "/add", {*erf, *one});
  if (failed(gate))
    return failure();
  FailureOr<std::string> halfX = addMathNode(op, "Mul", name + "/half_x", {*x, *half});
  if (failed(halfX))
    return failure();
  FailureOr<std::string> out = addMathNode(op, "Mul", name, {*halfX, *gate});
  if (failed(out))
    return failure();
  values[op.getResult()] = *out;
  return success();
}

LogicalResult GraphDefBuilder::exportPRelu(tfl::PReluOp op) {
  // relu(x) + alpha * min(x, 0)
  FailureOr<std::string> x = input(op, op.getX()), alpha = input(op, op.getAlpha());
  if (failed(x) || failed(alpha))
    return failure();
  std::string name = onnxNodeName(op.getLoc()).empty() ? "PRelu" : onnxNodeName(op.getLoc()).str();
  FailureOr<std::string> zero = addScalar(op, 0.0, name + "/zero");
  if (failed(zero))
    return failure();
  FailureOr<std::string> pos = addMathNode(op, "Relu", name + "/relu", {*x});
  FailureOr<std::string> neg = addMathNode(op, "Minimum", name + "/negative", {*x, *zero});
  if (failed(pos) || failed(neg))
    return failure();
  FailureOr<std::string> scaled = addMathNode(op, "Mul", name + "/scale", {*alpha, *neg});
  if (failed(scaled))
    return failure();
  FailureOr<std::string> out = addMathNode(op, "AddV2", name, {*pos, *scaled});
  if (failed(out))
    return failure();
  values[op.getResult()] = *out;
  return success();
}

FailureOr<tf::NodeDef *> GraphDefBuilder::addSimpleNode(Operation *op, StringRef tfOp,
                                                        ArrayRef<std::string> extraInputs) {
  SmallVector<std::string> inputs;
  for (Value operand : op->getOperands()) {
    FailureOr<std::string> in = input(op, operand);
    if (failed(in))
      return failure();
    inputs.push_back(*in);
  }
  inputs.append(extraInputs.begin(), extraInputs.end());
  StringRef base = onnxNodeName(op->getLoc());
  tf::NodeDef *node = addNode(tfOp, base.empty() ? tfOp : base, inputs);
  if (failed(setType(op, node, "T", op->getResult(0).getType())))
    return failure();
  values[op->getResult(0)] = node->name();
  return node;
}

LogicalResult GraphDefBuilder::exportAsNode(Operation *op, tfl::ExportsAsNode iface) {
  SmallVector<std::string> inputs;
  for (Value operand : op->getOperands()) {
    FailureOr<std::string> in = input(op, operand);
    if (failed(in))
      return failure();
    inputs.push_back(*in);
  }
  StringRef tfOp = iface.getTFOp(), base = onnxNodeName(op->getLoc());
  tf::NodeDef *node = addNode(tfOp, base.empty() ? tfOp : base, inputs);
  StringRef typeAttr = iface.getTFTypeAttr();
  if (!typeAttr.empty() &&
      failed(setType(op, node, typeAttr, op->getOperand(iface.getTFTypeOperand()).getType())))
    return failure();
  if (tfOp == "Equal" || tfOp == "NotEqual")
    (*node->mutable_attr())["incompatible_shape_error"].set_b(true);
  StringRef indexTypeAttr = iface.getTFIndexTypeAttr();
  if (!indexTypeAttr.empty() &&
      failed(setType(op, node, indexTypeAttr,
                     op->getOperand(iface.getTFIndexTypeOperand()).getType())))
    return failure();
  values[op->getResult(0)] = node->name();
  return success();
}

LogicalResult GraphDefBuilder::exportOp(Operation *op) {
  StringRef base = onnxNodeName(op->getLoc());
  // Ops whose single TF node takes the operands as they are, with attr T.
  auto simple = [&](StringRef tfOp, StringRef activation = "NONE") -> LogicalResult {
    FailureOr<tf::NodeDef *> node = addSimpleNode(op, tfOp);
    if (failed(node))
      return failure();
    FailureOr<std::string> out = addActivation(op, activation, (*node)->name());
    if (failed(out))
      return failure();
    values[op->getResult(0)] = *out;
    return success();
  };
  std::string name = base.empty() ? op->getName().stripDialect().str() : base.str();
  // Ops whose last input is an int32 index-like Const (perm, shape, axes,
  // paddings), with `indexAttr` naming its type.
  auto withIndexInput = [&](StringRef tfOp, ArrayRef<int64_t> index, StringRef suffix,
                            StringRef indexAttr, std::optional<ArrayRef<int64_t>> shape =
                                                     std::nullopt) -> FailureOr<tf::NodeDef *> {
    FailureOr<tf::NodeDef *> node =
        addSimpleNode(op, tfOp, {addInt32Const(index, name + "/" + suffix.str(), shape)});
    if (succeeded(node))
      (*(*node)->mutable_attr())[indexAttr.str()].set_type(tf::DT_INT32);
    return node;
  };
  auto pool = [&](StringRef tfOp, ArrayRef<int64_t> filter, ArrayRef<int64_t> strides,
                  StringRef padding) -> LogicalResult {
    FailureOr<tf::NodeDef *> node = addSimpleNode(op, tfOp);
    if (failed(node))
      return failure();
    setInts(*node, "ksize", {1, filter[0], filter[1], 1});
    setInts(*node, "strides", {1, strides[0], strides[1], 1});
    setString(*node, "padding", padding);
    setString(*node, "data_format", "NHWC");
    if (tfOp == "MaxPool") // AvgPool has no explicit_paddings attr.
      (*(*node)->mutable_attr())["explicit_paddings"].mutable_list();
    return success();
  };
  auto resize = [&](StringRef tfOp, Type type, bool alignCorners,
                    bool halfPixelCenters) -> LogicalResult {
    auto shape = cast<RankedTensorType>(type).getShape();
    FailureOr<tf::NodeDef *> node = addSimpleNode(
        op, tfOp, {addInt32Const({shape[1], shape[2]}, name + "/size")});
    if (failed(node))
      return failure();
    (*(*node)->mutable_attr())["align_corners"].set_b(alignCorners);
    (*(*node)->mutable_attr())["half_pixel_centers"].set_b(halfPixelCenters);
    return success();
  };
  auto reduction = [&](StringRef tfOp, ArrayRef<int64_t> axes, bool keepDims) -> LogicalResult {
    FailureOr<tf::NodeDef *> node = withIndexInput(tfOp, axes, "reduction_indices", "Tidx");
    if (failed(node))
      return failure();
    (*(*node)->mutable_attr())["keep_dims"].set_b(keepDims);
    return success();
  };

  if (auto node = dyn_cast<tfl::ExportsAsNode>(op))
    return exportAsNode(op, node);

  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](tfl::ConstOp c) -> LogicalResult {
        FailureOr<std::string> name = addConst(op, c.getValue(), base.empty() ? "Const" : base);
        if (failed(name))
          return failure();
        values[c.getResult()] = *name;
        return success();
      })
      .Case([&](tfl::LeakyReluOp l) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "LeakyRelu");
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["alpha"].set_f(l.getAlpha().convertToFloat());
        return success();
      })
      .Case([&](tfl::SoftmaxOp s) -> LogicalResult {
        if (!s.getBeta().isExactlyValue(1.0))
          return op->emitError("softmax with beta != 1 has no export mapping yet");
        return success(succeeded(addSimpleNode(op, "Softmax")));
      })
      .Case([&](tfl::CastOp c) -> LogicalResult {
        FailureOr<std::string> in = input(op, c.getInput());
        if (failed(in))
          return failure();
        tf::NodeDef *node = addNode("Cast", name, {*in});
        if (failed(setType(op, node, "SrcT", c.getInput().getType())) ||
            failed(setType(op, node, "DstT", c.getType())))
          return failure();
        (*node->mutable_attr())["Truncate"].set_b(false);
        values[c.getResult()] = node->name();
        return success();
      })
      .Case([&](tfl::AddOp a) { return simple("AddV2", a.getFusedActivationFunction()); })
      .Case([&](tfl::MulOp m) { return simple("Mul", m.getFusedActivationFunction()); })
      .Case([&](tfl::Conv2DOp c) { return exportConv(c, "Conv2D"); })
      .Case([&](tfl::DepthwiseConv2DOp c) { return exportConv(c, "DepthwiseConv2dNative"); })
      .Case([&](tfl::ConcatenationOp c) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = withIndexInput(
            "ConcatV2", {axisOf(c)}, "axis", "Tidx", ArrayRef<int64_t>{});
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["N"].set_i(c.getValues().size());
        return success();
      })
      .Case([&](tfl::FullyConnectedOp f) { return exportFullyConnected(f); })
      .Case([&](tfl::TransposeOp t) {
        return success(succeeded(withIndexInput("Transpose", t.getPerm(), "perm", "Tperm")));
      })
      .Case([&](tfl::ReshapeOp r) {
        SmallVector<int64_t> shape;
        for (int64_t d : r.getType().getShape())
          shape.push_back(ShapedType::isDynamic(d) ? -1 : d);
        return success(succeeded(withIndexInput("Reshape", shape, "shape", "Tshape")));
      })
      .Case([&](tfl::MeanOp m) { return reduction("Mean", m.getAxes(), m.getKeepDims()); })
      .Case([&](tfl::SumOp m) { return reduction("Sum", m.getAxes(), m.getKeepDims()); })
      .Case([&](tfl::ReduceMaxOp m) { return reduction("Max", m.getAxes(), m.getKeepDims()); })
      .Case([&](tfl::ReduceMinOp m) { return reduction("Min", m.getAxes(), m.getKeepDims()); })
      .Case([&](tfl::MaxPool2DOp m) { return pool("MaxPool", m.getFilter(), m.getStrides(), m.getPadding()); })
      .Case([&](tfl::AveragePool2DOp m) { return pool("AvgPool", m.getFilter(), m.getStrides(), m.getPadding()); })
      .Case([&](tfl::ResizeBilinearOp r) { return resize("ResizeBilinear", r.getType(), r.getAlignCorners(), r.getHalfPixelCenters()); })
      .Case([&](tfl::ResizeNearestNeighborOp r) { return resize("ResizeNearestNeighbor", r.getType(), r.getAlignCorners(), r.getHalfPixelCenters()); })
      .Case([&](tfl::PadV2Op p) -> LogicalResult {
        Type element = getElementTypeOrSelf(p.getType());
        Attribute fill = isa<FloatType>(element)
                             ? Attribute(FloatAttr::get(element, p.getConstantValue().convertToDouble()))
                             : Attribute(IntegerAttr::get(element, p.getConstantValue().convertToDouble()));
        FailureOr<std::string> value = addConst(
            op, DenseElementsAttr::get(RankedTensorType::get({}, element), fill),
            name + "/constant_values");
        if (failed(value))
          return failure();
        int64_t rank = static_cast<int64_t>(p.getPaddings().size()) / 2;
        FailureOr<tf::NodeDef *> node = addSimpleNode(
            op, "PadV2",
            {addInt32Const(p.getPaddings(), name + "/paddings", ArrayRef<int64_t>{rank, 2}), *value});
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["Tpaddings"].set_type(tf::DT_INT32);
        return success();
      })
      .Case([&](tfl::ReduceProdOp m) { return reduction("Prod", m.getAxes(), m.getKeepDims()); })
      .Case([&](tfl::EinsumOp e) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "Einsum");
        if (failed(node))
          return failure();
        setString(*node, "equation", e.getEquation());
        (*(*node)->mutable_attr())["N"].set_i(e.getInputs().size());
        return success();
      })
      .Case([&](tfl::SumByOperandOp m) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "Sum");
        if (failed(node) || failed(setType(op, *node, "Tidx", m.getAxes().getType())))
          return failure();
        (*(*node)->mutable_attr())["keep_dims"].set_b(m.getKeepDims());
        return success();
      })
      .Case([&](tfl::HardSwishOp h) { return exportHardSwish(h); })
      .Case([&](tfl::GeluOp g) { return exportGelu(g); })
      .Case([&](tfl::PReluOp p) { return exportPRelu(p); })
      .Case([&](tfl::TransposeConvOp t) { return exportTransposeConv(t); })
      .Case<tfl::ArgMaxOp, tfl::ArgMinOp>([&](auto a) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = withIndexInput(
            isa<tfl::ArgMaxOp>(op) ? "ArgMax" : "ArgMin", {axisOf(a)}, "dimension", "Tidx",
            ArrayRef<int64_t>{});
        if (failed(node) || failed(setType(op, *node, "T", a.getInput().getType())) ||
            failed(setType(op, *node, "output_type", a.getType())))
          return failure();
        return success();
      })
      .Case([&](tfl::CumsumOp c) -> LogicalResult {
        FailureOr<tf::NodeDef *> node =
            withIndexInput("Cumsum", {axisOf(c)}, "axis", "Tidx", ArrayRef<int64_t>{});
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["exclusive"].set_b(c.getExclusive());
        (*(*node)->mutable_attr())["reverse"].set_b(c.getReverse());
        return success();
      })
      .Case([&](tfl::BatchMatMulOp b) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "BatchMatMulV2");
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["adj_x"].set_b(b.getAdjX());
        (*(*node)->mutable_attr())["adj_y"].set_b(b.getAdjY());
        return success();
      })
      .Case([&](tfl::SliceOp sl) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(
            op, "Slice", {addInt32Const(sl.getBegin(), name + "/begin"),
                          addInt32Const(sl.getSize(), name + "/size")});
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["Index"].set_type(tf::DT_INT32);
        return success();
      })
      .Case([&](tfl::StridedSliceOp sl) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(
            op, "StridedSlice", {addInt32Const(sl.getBegin(), name + "/begin"),
                                 addInt32Const(sl.getEnd(), name + "/end"),
                                 addInt32Const(sl.getStrides(), name + "/strides")});
        if (failed(node))
          return failure();
        auto &attrs = *(*node)->mutable_attr();
        attrs["Index"].set_type(tf::DT_INT32);
        attrs["begin_mask"].set_i(sl.getBeginMask());
        attrs["end_mask"].set_i(sl.getEndMask());
        attrs["ellipsis_mask"].set_i(0);
        attrs["new_axis_mask"].set_i(0);
        attrs["shrink_axis_mask"].set_i(sl.getShrinkAxisMask());
        return success();
      })
      .Case([&](tfl::GatherOp g) -> LogicalResult {
        FailureOr<std::string> params = input(op, g.getParams()), indices = input(op, g.getIndices());
        if (failed(params) || failed(indices))
          return failure();
        std::string axis = addInt32Const({axisOf(g)}, name + "/axis", ArrayRef<int64_t>{});
        tf::NodeDef *node = addNode("GatherV2", name, {*params, *indices, axis});
        if (failed(setType(op, node, "Tparams", g.getType())) ||
            failed(setType(op, node, "Tindices", g.getIndices().getType())))
          return failure();
        (*node->mutable_attr())["Taxis"].set_type(tf::DT_INT32);
        (*node->mutable_attr())["batch_dims"].set_i(0);
        values[g.getResult()] = node->name();
        return success();
      })
      .Case([&](tfl::SplitOp sp) -> LogicalResult {
        FailureOr<std::string> in = input(op, sp.getInput());
        if (failed(in))
          return failure();
        tf::NodeDef *node = addNode(
            "SplitV", name,
            {*in, addInt32Const(sp.getSizeSplits(), name + "/size_splits"),
             addInt32Const({axisOf(sp)}, name + "/axis", ArrayRef<int64_t>{})});
        if (failed(setType(op, node, "T", sp.getInput().getType())))
          return failure();
        (*node->mutable_attr())["Tlen"].set_type(tf::DT_INT32);
        (*node->mutable_attr())["num_split"].set_i(sp.getNumResults());
        for (auto [k, result] : llvm::enumerate(sp.getResults()))
          values[result] = k == 0 ? node->name() : node->name() + ":" + std::to_string(k);
        return success();
      })
      .Case([&](tfl::MirrorPadOp m) -> LogicalResult {
        int64_t rank = static_cast<int64_t>(m.getPaddings().size()) / 2;
        FailureOr<tf::NodeDef *> node = withIndexInput("MirrorPad", m.getPaddings(), "paddings",
                                                       "Tpaddings", ArrayRef<int64_t>{rank, 2});
        if (failed(node))
          return failure();
        setString(*node, "mode", m.getMode());
        return success();
      })
      .Case([&](tfl::TileOp t) {
        return success(succeeded(withIndexInput("Tile", t.getMultiples(), "multiples", "Tmultiples")));
      })
      .Case([&](tfl::BroadcastToOp b) {
        return success(succeeded(withIndexInput("BroadcastTo", b.getType().getShape(), "shape", "Tidx")));
      })
      .Case([&](tfl::DepthToSpaceOp b) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "DepthToSpace");
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["block_size"].set_i(b.getBlockSize());
        setString(*node, "data_format", "NHWC");
        return success();
      })
      .Case([&](tfl::LocalResponseNormalizationOp l) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "LRN");
        if (failed(node))
          return failure();
        auto &attrs = *(*node)->mutable_attr();
        attrs["depth_radius"].set_i(l.getRadius());
        attrs["bias"].set_f(l.getBias().convertToFloat());
        attrs["alpha"].set_f(l.getAlpha().convertToFloat());
        attrs["beta"].set_f(l.getBeta().convertToFloat());
        return success();
      })
      .Default([&](Operation *) {
        return op->emitError("'") << op->getName() << "' has no GraphDef export mapping";
      });
}

LogicalResult GraphDefBuilder::build(func::FuncOp func) {
  graphDef.mutable_versions()->set_producer(kProducerVersion);

  // The interface names come first so that they keep their exact names.
  auto interfaceName = [](DictionaryAttr attrs, StringRef fallback) {
    auto name = attrs ? attrs.getAs<StringAttr>("onnx.name") : StringAttr();
    return sanitize(name ? name.getValue() : fallback);
  };
  SmallVector<std::string> outputNames;
  for (unsigned i = 0; i < func.getNumResults(); ++i) {
    outputNames.push_back(interfaceName(func.getResultAttrDict(i), "output_" + std::to_string(i)));
    if (!usedNames.insert(outputNames.back()).second)
      return func.emitError("output name '") << outputNames.back() << "' is used twice";
  }
  for (BlockArgument arg : func.getArguments()) {
    std::string name = interfaceName(func.getArgAttrDict(arg.getArgNumber()),
                                     "input_" + std::to_string(arg.getArgNumber()));
    if (!usedNames.insert(name).second)
      return func.emitError("input name '") << name << "' is used twice";
    tf::NodeDef *node = graphDef.add_node();
    node->set_name(name);
    node->set_op("Placeholder");
    if (failed(setType(func, node, "dtype", arg.getType())))
      return failure();
    setShape((*node->mutable_attr())["shape"].mutable_shape(), cast<ShapedType>(arg.getType()));
    values[arg] = name;
  }

  for (Operation &op : func.getBody().front().without_terminator())
    if (failed(exportOp(&op)))
      return failure();

  auto ret = cast<func::ReturnOp>(func.getBody().front().getTerminator());
  for (auto [value, name] : llvm::zip(ret.getOperands(), outputNames)) {
    FailureOr<std::string> in = input(ret, value);
    if (failed(in))
      return failure();
    tf::NodeDef *node = graphDef.add_node();
    node->set_name(name);
    node->set_op("Identity");
    node->add_input(*in);
    if (failed(setType(ret, node, "T", value.getType())))
      return failure();
  }
  return success();
}

} // namespace

/// Frees each weight blob of `contents` once the last content referring to
/// it has been written.
class BlobRelease {
public:
  explicit BlobRelease(const ExternalContents &contents) {
    for (const auto &[node, value] : contents)
      forEachResourceBlob(value, [&](ResourceBlob *blob) { ++pending[blob]; });
  }
  void written(ElementsAttr value) {
    forEachResourceBlob(value, [&](ResourceBlob *blob) {
      if (--pending[blob] == 0)
        blob->setBlob(AsmResourceBlob());
    });
  }

private:
  llvm::DenseMap<ResourceBlob *, int64_t> pending;
};

LogicalResult exportGraphDef(ModuleOp module, llvm::raw_ostream &os, GraphDefFormat format,
                             GraphDefStats *stats, WeightRelease release) {
  auto func = module.lookupSymbol<func::FuncOp>("main");
  if (!func || func.getBody().getBlocks().size() != 1)
    return module.emitError("expected a single-block func.func @main to export");
  GraphDefBuilder builder;
  if (failed(builder.build(func)))
    return failure();

  tf::GraphDef &graph = builder.graph();
  // Checked before anything is written, so a failure leaves no partial file.
  size_t size = graphDefSize(graph, builder.externalContents());
  if (size > static_cast<size_t>(INT_MAX))
    return module.emitError("the GraphDef would be ")
           << size << " bytes, over protobuf's 2 GB limit on one message";

  // Streamed into `os`: no second in-memory copy of the serialized graph.
  RawOstreamOutput sink(os);
  // kStreamChunkBytes writes, not protobuf's 8 KiB: ResNet50 took 12,500
  // write calls.
  google::protobuf::io::CopyingOutputStreamAdaptor stream(&sink, kStreamChunkBytes);
  if (format == GraphDefFormat::Text) {
    inlineContents(graph, builder.externalContents());
    if (!google::protobuf::TextFormat::Print(graph, &stream))
      return module.emitError("cannot print the GraphDef as text");
  } else {
    // Deterministic: attr maps are written in key order, so the same module
    // always gives the same bytes; weights go from their blobs to `os`.
    google::protobuf::io::CodedOutputStream coded(&stream);
    std::optional<BlobRelease> blobs;
    if (release == WeightRelease::AfterWriting)
      blobs.emplace(builder.externalContents());
    writeGraphDef(graph, builder.externalContents(), coded, [&](ElementsAttr value) {
      if (blobs)
        blobs->written(value);
    });
  }
  stream.Flush();
  if (stats) {
    stats->nodes = graph.node_size();
    for (const tf::NodeDef &node : graph.node())
      ++stats->opCounts[node.op()];
    stats->bytes = format == GraphDefFormat::Text ? stream.ByteCount() : size;
  }
  return success();
}

} // namespace t2t
