//===- GraphDefBuilder.cpp - Names, types, constants and graph I/O --------===//

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

FailureOr<tf::DataType> convertType(Type type) {
  if (type.isF32())
    return tf::DT_FLOAT;
  if (type.isF64())
    return tf::DT_DOUBLE;
  if (type.isF16())
    return tf::DT_HALF;
  if (type.isBF16())
    return tf::DT_BFLOAT16;
  if (type.isInteger(1))
    return tf::DT_BOOL;
  if (auto i = dyn_cast<IntegerType>(type)) {
    bool isUnsigned = i.isUnsigned();
    switch (i.getWidth()) {
    case 8:
      return isUnsigned ? tf::DT_UINT8 : tf::DT_INT8;
    case 16:
      return isUnsigned ? tf::DT_UINT16 : tf::DT_INT16;
    case 32:
      return isUnsigned ? tf::DT_UINT32 : tf::DT_INT32;
    case 64:
      return isUnsigned ? tf::DT_UINT64 : tf::DT_INT64;
    default:
      break;
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

std::string sanitize(StringRef name) {
  std::string out;
  for (char c : name)
    out += (llvm::isAlnum(c) || c == '_' || c == '.' || c == '/') ? c : '_';
  if (out.empty() || !(llvm::isAlnum(out[0]) || out[0] == '.'))
    out = "n" + out;
  return out;
}

tf::NodeDef *GraphDefBuilder::addNode(StringRef op, StringRef base, ArrayRef<std::string> inputs) {
  std::string name = sanitize(base.empty() ? op : base);
  for (int suffix = 1; !usedNames.insert(name).second; ++suffix)
    name = sanitize(base.empty() ? op : base) + "_" + std::to_string(suffix);
  tf::NodeDef *node = graphDef.add_node();
  node->set_name(name);
  node->set_op(op.str());
  for (const std::string &in : inputs)
    node->add_input(in);
  // A node of a loop's frame that reads no loop value runs in each
  // iteration only when it hangs on the pivot (TensorFlow.js otherwise runs
  // it in the first iteration alone).
  if (!frames.empty() && llvm::all_of(inputs, [&](const std::string &in) {
        return frames.back().invariants.contains(in);
      }))
    node->add_input("^" + frames.back().pivot);
  return node;
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
  if (isa<DenseResourceElementsAttr, tfl::PermutedElementsAttr, tfl::ScaledElementsAttr>(value)) {
    if (!tfl::storedBytes(value))
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

FailureOr<SmallVector<std::string>> GraphDefBuilder::operandInputs(Operation *op) {
  SmallVector<std::string> inputs;
  for (Value operand : op->getOperands()) {
    FailureOr<std::string> in = input(op, operand);
    if (failed(in))
      return failure();
    inputs.push_back(*in);
  }
  return inputs;
}

FailureOr<tf::NodeDef *> GraphDefBuilder::addSimpleNode(Operation *op, StringRef tfOp,
                                                        ArrayRef<std::string> extraInputs) {
  FailureOr<SmallVector<std::string>> inputs = operandInputs(op);
  if (failed(inputs))
    return failure();
  inputs->append(extraInputs.begin(), extraInputs.end());
  StringRef base = onnxNodeName(op->getLoc());
  tf::NodeDef *node = addNode(tfOp, base.empty() ? tfOp : base, *inputs);
  if (failed(setType(op, node, "T", op->getResult(0).getType())))
    return failure();
  values[op->getResult(0)] = node->name();
  return node;
}

LogicalResult GraphDefBuilder::exportAsNode(Operation *op, tfl::ExportsAsNode iface) {
  FailureOr<SmallVector<std::string>> inputs = operandInputs(op);
  if (failed(inputs))
    return failure();
  StringRef tfOp = iface.getTFOp(), base = onnxNodeName(op->getLoc());
  tf::NodeDef *node = addNode(tfOp, base.empty() ? tfOp : base, *inputs);
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
  if (failed(copyAttrs(op, node, iface.getTFCopiedAttrs())))
    return failure();
  values[op->getResult(0)] = node->name();
  return success();
}

LogicalResult GraphDefBuilder::copyAttrs(Operation *op, tf::NodeDef *node,
                                         ArrayRef<StringRef> names) {
  auto &attrs = *node->mutable_attr();
  for (StringRef copied : names) {
    Attribute attr = op->getAttr(copied);
    if (auto flag = dyn_cast<BoolAttr>(attr))
      attrs[copied.str()].set_b(flag.getValue());
    else if (auto integer = dyn_cast<IntegerAttr>(attr))
      attrs[copied.str()].set_i(integer.getInt());
    else if (auto text = dyn_cast<StringAttr>(attr))
      attrs[copied.str()].set_s(text.str());
    else
      return op->emitError("attribute '") << copied << "' has no GraphDef form";
  }
  return success();
}

LogicalResult GraphDefBuilder::exportWithIndexInput(Operation *op,
                                                    tfl::ExportsWithIndexInput iface) {
  SmallVector<int64_t> index;
  if (StringRef source = iface.getTFIndexSource(); source.empty()) {
    for (int64_t d : cast<RankedTensorType>(op->getResult(0).getType()).getShape())
      index.push_back(ShapedType::isDynamic(d) ? -1 : d);
  } else if (auto array = op->getAttrOfType<DenseI64ArrayAttr>(source)) {
    index.assign(array.asArrayRef().begin(), array.asArrayRef().end());
  } else {
    index.push_back(op->getAttrOfType<IntegerAttr>(source).getInt());
  }
  std::string name = nodeNameOrOpName(op);
  std::optional<ArrayRef<int64_t>> shape;
  if (iface.isTFIndexScalar())
    shape = ArrayRef<int64_t>{};
  std::string indexConst = addInt32Const(index, name + "/" + iface.getTFIndexSuffix().str(), shape);
  FailureOr<tf::NodeDef *> node = addSimpleNode(op, iface.getTFOp(), {indexConst});
  if (failed(node))
    return failure();
  (*(*node)->mutable_attr())[iface.getTFIndexTypeAttr().str()].set_type(tf::DT_INT32);
  return copyAttrs(op, *node, iface.getTFCopiedAttrs());
}

std::vector<MappedValue> GraphDefBuilder::mappedValues(func::FuncOp func) const {
  std::vector<MappedValue> mapped;
  for (Operation *holder : onnxValueHolders(func.getBody().front(), [&](Operation *op) {
         return values.contains(op->getResult(0));
       }))
    mapped.push_back(mappedValue(holder, values.lookup(holder->getResult(0))));
  return mapped;
}

LogicalResult GraphDefBuilder::build(func::FuncOp func) {
  graphDef.mutable_versions()->set_producer(kProducerVersion);

  // The interface names come first so that they keep their exact names.
  SmallVector<std::string> outputNames;
  for (unsigned i = 0; i < func.getNumResults(); ++i) {
    outputNames.push_back(
        sanitize(interfaceName(func.getResultAttrDict(i), "output_" + std::to_string(i))));
    if (!usedNames.insert(outputNames.back()).second)
      return func.emitError("output name '") << outputNames.back() << "' is used twice";
  }
  for (BlockArgument arg : func.getArguments()) {
    std::string name = sanitize(interfaceName(func.getArgAttrDict(arg.getArgNumber()),
                                              "input_" + std::to_string(arg.getArgNumber())));
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

} // namespace t2t
