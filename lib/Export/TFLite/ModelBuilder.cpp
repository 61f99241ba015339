//===- ModelBuilder.cpp - Tensors, constants and the model's tables -------===//

#include "ModelBuilder.h"

#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Locations.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;

namespace t2t::tflite_export {

/// Constants up to this size are stored in the tables; larger ones (weights)
/// are streamed after them from their blobs.
constexpr size_t kInlineBufferBytes = 4096;

FailureOr<tflite::TensorType> tensorType(Type element) {
  if (element.isF32())
    return tflite::TensorType_FLOAT32;
  if (element.isF16())
    return tflite::TensorType_FLOAT16;
  if (element.isF64())
    return tflite::TensorType_FLOAT64;
  if (auto integer = dyn_cast<IntegerType>(element)) {
    bool isUnsigned = integer.isUnsigned();
    switch (integer.getWidth()) {
    case 1:
      return tflite::TensorType_BOOL;
    case 8:
      return isUnsigned ? tflite::TensorType_UINT8 : tflite::TensorType_INT8;
    case 16:
      return isUnsigned ? tflite::TensorType_UINT16 : tflite::TensorType_INT16;
    case 32:
      return isUnsigned ? tflite::TensorType_UINT32 : tflite::TensorType_INT32;
    case 64:
      return isUnsigned ? tflite::TensorType_UINT64 : tflite::TensorType_INT64;
    default:
      break;
    }
  }
  return failure();
}

std::optional<tflite::BuiltinOperator> builtinNamed(StringRef name) {
  for (tflite::BuiltinOperator op : tflite::EnumValuesBuiltinOperator())
    if (name == tflite::EnumNameBuiltinOperator(op))
      return op;
  return std::nullopt;
}

bool fusesActivation(tflite::BuiltinOperator builtin) {
  // TFLite's interpreter (2.x as @tensorflow/tfjs-tflite runs it) ignores
  // TransposeConvOptions' fused activation, added to the schema later.
  return builtin != tflite::BuiltinOperator_TRANSPOSE_CONV;
}

std::string ModelBuilder::uniqueName(StringRef base) {
  std::string name = base.empty() ? "tensor" : base.str();
  for (int suffix = 1; !graph->usedNames.insert(name).second; ++suffix)
    name = (base.empty() ? "tensor" : base.str()) + "_" + std::to_string(suffix);
  return name;
}

FailureOr<int32_t> ModelBuilder::addTensor(Operation *user, Type type, StringRef name,
                                           uint32_t buffer) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return user->emitError("TFLite tensors need a rank: ") << type;
  FailureOr<tflite::TensorType> element = tensorType(ranked.getElementType());
  if (failed(element))
    return user->emitError("TFLite has no tensor type for ") << ranked.getElementType();
  TensorInfo info;
  info.type = *element;
  info.buffer = buffer;
  info.name = uniqueName(name);
  // A size known only at run time is 1 in `shape` (what the interpreter
  // allocates until resized) and -1 in `shape_signature`.
  for (int64_t dim : ranked.getShape()) {
    info.shape.push_back(ShapedType::isDynamic(dim) ? 1 : static_cast<int32_t>(dim));
    info.signature.push_back(ShapedType::isDynamic(dim) ? -1 : static_cast<int32_t>(dim));
  }
  if (ranked.hasStaticShape())
    info.signature.clear();
  graph->tensors.push_back(std::move(info));
  return static_cast<int32_t>(graph->tensors.size() - 1);
}

/// The bytes of a constant the blob machinery has no flat buffer for (splats,
/// booleans), computed into `storage`.
static std::optional<ArrayRef<char>> computedBytes(ElementsAttr value, std::vector<char> &storage) {
  auto dense = dyn_cast<DenseElementsAttr>(value);
  if (!dense)
    return std::nullopt;
  size_t count = static_cast<size_t>(dense.getNumElements());
  if (dense.getElementType().isInteger(1)) {
    storage.clear();
    for (bool b : dense.getValues<bool>())
      storage.push_back(b ? 1 : 0);
    return ArrayRef<char>(storage);
  }
  if (!dense.isSplat())
    return dense.getRawData();
  ArrayRef<char> element = dense.getRawData();
  storage.resize(element.size() * count);
  for (size_t i = 0; i < count; ++i)
    std::copy(element.begin(), element.end(), storage.begin() + i * element.size());
  return ArrayRef<char>(storage);
}

FailureOr<int32_t> ModelBuilder::constantTensor(Operation *user, ElementsAttr value,
                                                StringRef name) {
  auto type = cast<RankedTensorType>(value.getType());
  if (auto known = constantBuffers.find(value); known != constantBuffers.end())
    return addTensor(user, type, name, known->second);
  size_t elementBytes =
      type.getElementType().isInteger(1) ? 1 : (type.getElementTypeBitWidth() + 7) / 8;
  size_t size = elementBytes * static_cast<size_t>(type.getNumElements());
  uint32_t buffer = static_cast<uint32_t>(buffers.size());
  constantBuffers[value] = buffer;
  std::vector<char> storage;
  if (size > kInlineBufferBytes && !type.getElementType().isInteger(1) && tfl::storedBytes(value)) {
    buffers.push_back(tflite::CreateBuffer(fbb, emptyData));
    streamed.push_back({buffers.back(), value, size});
  } else {
    std::optional<ArrayRef<char>> bytes = computedBytes(value, storage);
    if (!bytes)
      bytes = tfl::constantBytes(value, storage);
    if (!bytes || bytes->size() != size)
      return user->emitError("cannot read the bytes of a constant of type ") << type;
    fbb.ForceVectorAlignment(size, sizeof(uint8_t), 16);
    auto data = fbb.CreateVector(reinterpret_cast<const uint8_t *>(bytes->data()), size);
    buffers.push_back(tflite::CreateBuffer(fbb, data));
  }
  return addTensor(user, type, name, buffer);
}

int32_t ModelBuilder::int32Tensor(ArrayRef<int64_t> values, StringRef name,
                                  std::optional<ArrayRef<int64_t>> shape) {
  std::vector<int32_t> narrow(values.begin(), values.end());
  fbb.ForceVectorAlignment(narrow.size() * sizeof(int32_t), sizeof(uint8_t), 16);
  auto data = fbb.CreateVector(reinterpret_cast<const uint8_t *>(narrow.data()),
                               narrow.size() * sizeof(int32_t));
  buffers.push_back(tflite::CreateBuffer(fbb, data));
  TensorInfo info;
  info.type = tflite::TensorType_INT32;
  info.buffer = static_cast<uint32_t>(buffers.size() - 1);
  info.name = uniqueName(name);
  if (shape)
    info.shape.assign(shape->begin(), shape->end());
  else
    info.shape.push_back(static_cast<int32_t>(values.size()));
  graph->tensors.push_back(std::move(info));
  return static_cast<int32_t>(graph->tensors.size() - 1);
}

ElementsAttr ModelBuilder::constantOf(Value value) {
  if (auto constant = value.getDefiningOp<tfl::ConstOp>())
    return constant.getValue();
  auto split = value.getDefiningOp<tfl::SplitOp>();
  ElementsAttr whole = split ? constantOf(split.getInput()) : ElementsAttr();
  if (!whole)
    return nullptr;
  // Piece k: along `axis`, the sizes before it skipped, in each of the
  // `outer` blocks of the row-major bytes.
  auto type = cast<RankedTensorType>(whole.getType());
  auto axis = static_cast<int64_t>(split.getAxis());
  unsigned k = cast<OpResult>(value).getResultNumber();
  ArrayRef<int64_t> sizes = split.getSizeSplits();
  int64_t start = 0;
  for (unsigned i = 0; i < k; ++i)
    start += sizes[i];
  std::vector<char> storage;
  std::optional<ArrayRef<char>> bytes = tfl::constantBytes(whole, storage);
  if (!bytes || !type.hasStaticShape() || type.getElementType().isInteger(1))
    return nullptr;
  int64_t inner = static_cast<int64_t>(bytes->size()) / type.getNumElements();
  for (int64_t d = axis + 1; d < type.getRank(); ++d)
    inner *= type.getDimSize(d);
  int64_t outer = 1;
  for (int64_t d = 0; d < axis; ++d)
    outer *= type.getDimSize(d);
  std::vector<char> piece;
  for (int64_t o = 0; o < outer; ++o) {
    const char *block = bytes->data() + (o * type.getDimSize(axis) + start) * inner;
    piece.insert(piece.end(), block, block + sizes[k] * inner);
  }
  return t2t::elementsFromBytes(cast<RankedTensorType>(value.getType()), piece, "split");
}

FailureOr<int32_t> ModelBuilder::tensorOf(Operation *user, Value value) {
  if (auto it = graph->valueTensors.find(value); it != graph->valueTensors.end())
    return it->second;
  ElementsAttr constant = constantOf(value);
  if (!constant)
    return user->emitError("operand has no TFLite tensor (defined by an op that was not "
                           "exported)");
  Operation *producer = value.getDefiningOp();
  FailureOr<int32_t> tensor = constantTensor(producer, constant, onnxNodeName(producer->getLoc()));
  if (succeeded(tensor))
    graph->valueTensors[value] = *tensor;
  return tensor;
}

FailureOr<std::vector<int32_t>> ModelBuilder::operandTensors(Operation *op) {
  std::vector<int32_t> inputs;
  for (Value operand : op->getOperands()) {
    FailureOr<int32_t> tensor = tensorOf(op, operand);
    if (failed(tensor))
      return failure();
    inputs.push_back(*tensor);
  }
  return inputs;
}

FailureOr<std::vector<int32_t>> ModelBuilder::resultTensors(Operation *op) {
  std::vector<int32_t> outputs;
  std::string name = nodeNameOrOpName(op);
  for (Value result : op->getResults()) {
    FailureOr<int32_t> tensor = addTensor(op, result.getType(), name);
    if (failed(tensor))
      return failure();
    graph->valueTensors[result] = *tensor;
    outputs.push_back(*tensor);
  }
  return outputs;
}

void ModelBuilder::addOperator(tflite::BuiltinOperator builtin, std::vector<int32_t> inputs,
                               std::vector<int32_t> outputs, Options options) {
  auto [it, inserted] = codeIndex.try_emplace(builtin, static_cast<uint32_t>(codes.size()));
  if (inserted) {
    // Readers before builtin_code read deprecated_builtin_code, which holds
    // the codes below PLACEHOLDER_FOR_GREATER_OP_CODES.
    int8_t deprecated = static_cast<int8_t>(
        std::min<int32_t>(builtin, tflite::BuiltinOperator_PLACEHOLDER_FOR_GREATER_OP_CODES));
    // Version 1 of every builtin t2t writes but BROADCAST_TO: its version 1
    // was withdrawn, the interpreter registers versions 2 and 3.
    int32_t version = builtin == tflite::BuiltinOperator_BROADCAST_TO ? 2 : 1;
    codes.push_back(tflite::CreateOperatorCode(fbb, deprecated, 0, version, builtin));
  }
  ++counts[tflite::EnumNameBuiltinOperator(builtin)];
  ++operatorTotal;
  graph->operators.push_back(tflite::CreateOperator(fbb, it->second, fbb.CreateVector(inputs),
                                                    fbb.CreateVector(outputs), options.type,
                                                    options.table));
}

LogicalResult ModelBuilder::addOperatorOf(Operation *op, tflite::BuiltinOperator builtin,
                                          std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                                          Options options) {
  auto activation = op->getAttrOfType<StringAttr>("fused_activation_function");
  std::optional<tflite::BuiltinOperator> separate =
      activation ? builtinNamed(activation.getValue()) : std::nullopt;
  if (!separate || (activation.getValue() != "TANH" && fusesActivation(builtin))) {
    addOperator(builtin, std::move(inputs), std::move(outputs), options);
    return success();
  }
  FailureOr<int32_t> linear =
      addTensor(op, op->getResult(0).getType(), graph->tensors[outputs[0]].name + "/linear");
  if (failed(linear))
    return failure();
  addOperator(builtin, std::move(inputs), {*linear}, options);
  addOperator(*separate, {*linear}, std::move(outputs));
  return success();
}

LogicalResult ModelBuilder::exportBlock(Block &block) {
  // Constants, and splits of them, become tensors where they are used.
  for (Operation &op : block.without_terminator())
    if (!isa<tfl::ConstOp>(op) && !(isa<tfl::SplitOp>(op) && constantOf(op.getOperand(0))) &&
        failed(exportOp(&op)))
      return failure();
  return success();
}

FailureOr<int32_t> ModelBuilder::outputTensor(Operation *user, Value value,
                                              llvm::DenseSet<int32_t> &taken, StringRef name) {
  FailureOr<int32_t> tensor = tensorOf(user, value);
  if (failed(tensor))
    return failure();
  if (taken.contains(*tensor) || graph->tensors[*tensor].buffer != 0) {
    // An input, a constant or another output returned as this output: a
    // tensor of its own, a RESHAPE to the same shape (TFLite has no identity
    // operator); a shape with several sizes known only at run time is read
    // by SHAPE (RESHAPE infers one -1 at most).
    FailureOr<int32_t> copy = addTensor(user, value.getType(), name);
    if (failed(copy))
      return failure();
    auto type = cast<RankedTensorType>(value.getType());
    SmallVector<int64_t> shape;
    for (int64_t dim : type.getShape())
      shape.push_back(ShapedType::isDynamic(dim) ? -1 : dim);
    int32_t newShape;
    if (llvm::count(shape, -1) > 1) {
      newShape = *addTensor(
          user, RankedTensorType::get({type.getRank()}, IntegerType::get(type.getContext(), 32)),
          name.str() + "/shape");
      addOperator(tflite::BuiltinOperator_SHAPE, {*tensor}, {newShape},
                  {tflite::BuiltinOptions_ShapeOptions,
                   tflite::CreateShapeOptions(fbb, tflite::TensorType_INT32).Union()});
    } else {
      newShape = int32Tensor(shape, name.str() + "/shape");
    }
    addOperator(tflite::BuiltinOperator_RESHAPE, {*tensor, newShape}, {*copy});
    tensor = copy;
  } else {
    // The output tensor carries the output's name (its producer's is free again).
    graph->usedNames.erase(graph->tensors[*tensor].name);
    graph->tensors[*tensor].name = uniqueName(name);
  }
  taken.insert(*tensor);
  return tensor;
}

flatbuffers::Offset<tflite::SubGraph>
ModelBuilder::subgraphTable(ArrayRef<int32_t> inputs, ArrayRef<int32_t> outputs, StringRef name) {
  std::vector<flatbuffers::Offset<tflite::Tensor>> tensorTables;
  for (const TensorInfo &t : graph->tensors)
    tensorTables.push_back(tflite::CreateTensor(
        fbb, fbb.CreateVector(t.shape), t.type, t.buffer, fbb.CreateString(t.name), 0, false, 0,
        t.signature.empty() ? 0 : fbb.CreateVector(t.signature)));
  return tflite::CreateSubGraph(fbb, fbb.CreateVector(tensorTables), fbb.CreateVector(inputs.vec()),
                                fbb.CreateVector(outputs.vec()), fbb.CreateVector(graph->operators),
                                fbb.CreateString(name.str()));
}

SmallVector<Value> ModelBuilder::capturesOf(ArrayRef<Region *> regions) {
  llvm::SetVector<Value> captured;
  for (Region *region : regions)
    region->walk([&](Operation *inner) {
      for (Value operand : inner->getOperands())
        if (!region->isAncestor(operand.getParentRegion()) && !constantOf(operand))
          captured.insert(operand);
    });
  return captured.takeVector();
}

FailureOr<int32_t> ModelBuilder::regionSubgraph(Region &region, ArrayRef<Value> captures,
                                                bool passCaptures, StringRef name) {
  auto index = static_cast<int32_t>(subgraphs.size());
  subgraphs.emplace_back();
  Subgraph sub;
  Subgraph *enclosing = graph;
  graph = &sub;
  llvm::scope_exit restore([&] { graph = enclosing; });
  Block &block = region.front();
  std::vector<int32_t> inputs;
  for (BlockArgument arg : block.getArguments()) {
    FailureOr<int32_t> tensor = addTensor(region.getParentOp(), arg.getType(),
                                          name.str() + "/arg" + std::to_string(arg.getArgNumber()));
    if (failed(tensor))
      return failure();
    graph->valueTensors[arg] = *tensor;
    inputs.push_back(*tensor);
  }
  for (Value captured : captures) {
    FailureOr<int32_t> tensor =
        addTensor(region.getParentOp(), captured.getType(), name.str() + "/captured");
    if (failed(tensor))
      return failure();
    graph->valueTensors[captured] = *tensor;
    inputs.push_back(*tensor);
  }
  if (failed(exportBlock(block)))
    return failure();
  Operation *terminator = block.getTerminator();
  llvm::DenseSet<int32_t> taken(inputs.begin(), inputs.end());
  std::vector<int32_t> outputs;
  for (auto [i, value] : llvm::enumerate(terminator->getOperands())) {
    FailureOr<int32_t> tensor =
        outputTensor(terminator, value, taken, name.str() + "/out" + std::to_string(i));
    if (failed(tensor))
      return failure();
    outputs.push_back(*tensor);
  }
  if (passCaptures)
    for (auto [i, captured] : llvm::enumerate(captures)) {
      FailureOr<int32_t> tensor =
          outputTensor(terminator, captured, taken, name.str() + "/passed" + std::to_string(i));
      if (failed(tensor))
        return failure();
      outputs.push_back(*tensor);
    }
  subgraphs[index] = subgraphTable(inputs, outputs, name);
  return index;
}

LogicalResult ModelBuilder::build(func::FuncOp func, bool exposeOnnxValues) {
  // buffers[0]: the empty buffer of tensors without data.
  emptyData = fbb.CreateVector(static_cast<const uint8_t *>(nullptr), 0);
  buffers.push_back(tflite::CreateBuffer(fbb));
  Subgraph main;
  graph = &main;
  subgraphs.emplace_back(); // @main is subgraph 0.

  std::vector<std::pair<std::string, int32_t>> inputs, outputs;
  for (BlockArgument arg : func.getArguments()) {
    std::string name = interfaceName(func.getArgAttrDict(arg.getArgNumber()),
                                     "input_" + std::to_string(arg.getArgNumber()));
    FailureOr<int32_t> tensor = addTensor(func, arg.getType(), name);
    if (failed(tensor))
      return failure();
    graph->valueTensors[arg] = *tensor;
    inputs.emplace_back(name, *tensor);
  }
  if (failed(exportBlock(func.getBody().front())))
    return failure();
  auto ret = cast<func::ReturnOp>(func.getBody().front().getTerminator());
  llvm::DenseSet<int32_t> taken;
  for (const auto &input : inputs)
    taken.insert(input.second);
  for (auto [i, value] : llvm::enumerate(ret.getOperands())) {
    std::string name = interfaceName(func.getResultAttrDict(i), "output_" + std::to_string(i));
    FailureOr<int32_t> tensor = outputTensor(ret, value, taken, name);
    if (failed(tensor))
      return failure();
    outputs.emplace_back(name, *tensor);
  }

  auto indices = [&](const auto &interface) {
    std::vector<int32_t> result;
    for (const auto &entry : interface)
      result.push_back(entry.second);
    return result;
  };
  std::vector<int32_t> subgraphOutputs = indices(outputs);
  if (exposeOnnxValues)
    for (Operation *holder : onnxValueHolders(func.getBody().front(), [&](Operation *op) {
           return graph->valueTensors.contains(op->getResult(0));
         })) {
      int32_t tensor = graph->valueTensors.lookup(holder->getResult(0));
      exposed.push_back(mappedValue(holder, graph->tensors[tensor].name));
      if (!llvm::is_contained(subgraphOutputs, tensor))
        subgraphOutputs.push_back(tensor);
    }
  auto maps = [&](const auto &interface) {
    std::vector<flatbuffers::Offset<tflite::TensorMap>> result;
    for (const auto &[name, tensor] : interface)
      result.push_back(
          tflite::CreateTensorMap(fbb, fbb.CreateString(name), static_cast<uint32_t>(tensor)));
    return fbb.CreateVector(result);
  };
  subgraphs[0] = subgraphTable(indices(inputs), subgraphOutputs, "main");
  auto signature = tflite::CreateSignatureDef(fbb, maps(inputs), maps(outputs),
                                              fbb.CreateString("serving_default"), 0);
  auto model = tflite::CreateModel(
      fbb, /*version=*/3, fbb.CreateVector(codes), fbb.CreateVector(subgraphs),
      fbb.CreateString("t2t"), fbb.CreateVector(buffers), 0, 0, fbb.CreateVector(&signature, 1));
  fbb.Finish(model, tflite::ModelIdentifier());
  graph = nullptr;
  return success();
}

} // namespace t2t::tflite_export
