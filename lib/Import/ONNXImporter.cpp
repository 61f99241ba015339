//===- ONNXImporter.cpp - ONNX GraphProto -> onnx dialect -----------------===//
//
// Each node becomes the generated op `onnx.<OpType>` built generically from
// its schema: inputs in formal-parameter order (`none` for an omitted optional
// one), attributes under their ONNX names, GRAPH attributes as regions ended
// by onnx.Yield. Locations carry the ONNX node name.
//
//===----------------------------------------------------------------------===//

#include "t2t/Import/ONNXImporter.h"

#include "GraphEditing.h"
#include "ModelLoader.h"
#include "TensorImport.h"
#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "onnx/defs/schema.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using llvm::Expected;

namespace t2t {
namespace {

/// The MLIR op name for an ONNX (domain, op type), matching the generator.
std::string opName(StringRef domain, StringRef type) {
  if (domain == "ai.onnx.ml")
    return ("onnx.ml." + type).str();
  if (domain == "ai.onnx.preview.training")
    return ("onnx.training." + type).str();
  return ("onnx." + type).str();
}

/// Pairs a node's input (or output) names with the schema's formal
/// parameters, in order: one name per parameter, every remaining name for a
/// trailing variadic one, "" where the node omits it.
template <typename Fn>
LogicalResult forEachParameter(const std::vector<::onnx::OpSchema::FormalParameter> &formals,
                               const google::protobuf::RepeatedPtrField<std::string> &names,
                               Fn &&fn) {
  size_t count = names.size();
  for (size_t i = 0; i < formals.size(); ++i) {
    bool variadic = formals[i].GetOption() == ::onnx::OpSchema::Variadic;
    size_t end = variadic ? std::max(i + 1, count) : i + 1;
    for (size_t j = i; j < end; ++j)
      if (failed(fn(formals[i], j < count ? StringRef(names.Get(j)) : StringRef())))
        return failure();
  }
  return success();
}

class GraphImporter {
public:
  GraphImporter(MLIRContext *context, StringRef modelPath)
      : context(context), builder(context), modelDir(llvm::sys::path::parent_path(modelPath)),
        file(StringAttr::get(context, modelPath)) {}

  OwningOpRef<ModuleOp> importModel(import::LoadedModel &model);

private:
  /// Imports `graph`'s initializers and nodes at the builder's insertion
  /// point. Values visible from enclosing graphs stay visible (ONNX subgraphs
  /// may capture them).
  LogicalResult importNodes(::onnx::GraphProto &graph);
  LogicalResult importNode(::onnx::NodeProto &node, int index);
  LogicalResult importRegion(Region &region, ::onnx::GraphProto &graph, Location loc);
  Expected<Attribute> convertAttribute(::onnx::AttributeProto &attr);

  Value lookup(StringRef name) const {
    for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope)
      if (auto it = scope->find(name); it != scope->end())
        return it->second;
    return {};
  }
  const ::onnx::TypeProto *declaredType(StringRef name) const {
    for (auto scope = typeScopes.rbegin(); scope != typeScopes.rend(); ++scope)
      if (auto it = scope->find(name); it != scope->end())
        return it->second;
    return nullptr;
  }
  void pushScope(const ::onnx::GraphProto &graph);
  void popScope() {
    scopes.pop_back();
    typeScopes.pop_back();
  }

  Location nodeLoc(StringRef name, int index) {
    return NameLoc::get(StringAttr::get(context, name), FileLineColLoc::get(file, index + 1, 0));
  }

  MLIRContext *context;
  OpBuilder builder;
  StringRef modelDir;
  StringAttr file;
  /// The model being imported, whose main graph's initializers may have
  /// their payloads held outside the proto.
  const import::LoadedModel *loaded = nullptr;
  const ::onnx::GraphProto *mainGraph = nullptr;
  SmallVector<llvm::StringMap<Value>> scopes;
  SmallVector<llvm::StringMap<const ::onnx::TypeProto *>> typeScopes;
};

void GraphImporter::pushScope(const ::onnx::GraphProto &graph) {
  scopes.emplace_back();
  auto &types = typeScopes.emplace_back();
  for (const auto &info : graph.input())
    types[info.name()] = &info.type();
  for (const auto &info : graph.value_info())
    types[info.name()] = &info.type();
  for (const auto &info : graph.output())
    types[info.name()] = &info.type();
}

Expected<Attribute> GraphImporter::convertAttribute(::onnx::AttributeProto &attr) {
  using ::onnx::AttributeProto;
  switch (attr.type()) {
  case AttributeProto::FLOAT:
    return builder.getF32FloatAttr(attr.f());
  case AttributeProto::INT:
    return builder.getI64IntegerAttr(attr.i());
  case AttributeProto::STRING:
    return builder.getStringAttr(attr.s());
  case AttributeProto::INTS:
    return builder.getDenseI64ArrayAttr(
        SmallVector<int64_t>(attr.ints().begin(), attr.ints().end()));
  case AttributeProto::FLOATS:
    return builder.getDenseF32ArrayAttr(
        SmallVector<float>(attr.floats().begin(), attr.floats().end()));
  case AttributeProto::STRINGS:
    return builder.getStrArrayAttr(
        SmallVector<StringRef>(attr.strings().begin(), attr.strings().end()));
  case AttributeProto::TENSOR: {
    auto value = import::convertTensor(*attr.mutable_t(), modelDir, context);
    if (!value)
      return value.takeError();
    return Attribute(*value);
  }
  default:
    return llvm::createStringError("attribute type %s is not supported",
                                   AttributeProto::AttributeType_Name(attr.type()).c_str());
  }
}

LogicalResult GraphImporter::importRegion(Region &region, ::onnx::GraphProto &graph, Location loc) {
  Block *block = &region.emplaceBlock();
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(block);
  pushScope(graph);
  llvm::scope_exit done([&] { popScope(); });
  for (const auto &input : graph.input()) {
    auto type = import::convertTensorType(input.type(), context);
    if (!type)
      return emitError(loc) << "subgraph '" << graph.name() << "' input '" << input.name()
                            << "': " << llvm::toString(type.takeError());
    scopes.back()[input.name()] = block->addArgument(*type, loc);
  }
  if (failed(importNodes(graph)))
    return failure();
  SmallVector<Value> results;
  for (const auto &output : graph.output()) {
    Value value = lookup(output.name());
    if (!value)
      return emitError(loc) << "subgraph '" << graph.name() << "' output '" << output.name()
                            << "' is not produced by any node";
    results.push_back(value);
  }
  onnx::YieldOp::create(builder, loc, results);
  return success();
}

LogicalResult GraphImporter::importNode(::onnx::NodeProto &node, int index) {
  std::string name = import::nodeName(node, index);
  Location loc = nodeLoc(name, index);
  auto fail = [&]() {
    return emitError(loc) << "node '" << name << "' (" << node.op_type() << "): ";
  };

  StringRef domain = node.domain();
  if (!domain.empty() && domain != "ai.onnx" && domain != "ai.onnx.ml" &&
      domain != "ai.onnx.preview.training")
    return fail() << "operator domain '" << domain << "' is not supported";
  const ::onnx::OpSchema *schema = ::onnx::OpSchemaRegistry::Schema(
      node.op_type(), INT_MAX, domain == "ai.onnx" ? "" : node.domain());
  std::optional<RegisteredOperationName> opInfo =
      RegisteredOperationName::lookup(opName(domain, node.op_type()), context);
  if (!schema || !opInfo)
    return fail() << "unknown operator '" << node.op_type() << "'";

  // Operands, positionally by formal parameter; only the last may be variadic.
  OperationState state(loc, *opInfo);
  const auto &formals = schema->inputs();
  if (static_cast<size_t>(node.input_size()) > formals.size() &&
      (formals.empty() || formals.back().GetOption() != ::onnx::OpSchema::Variadic))
    return fail() << "has " << node.input_size() << " inputs, the schema allows " << formals.size();
  auto addOperand = [&](const ::onnx::OpSchema::FormalParameter &formal,
                        StringRef input) -> LogicalResult {
    if (input.empty()) {
      if (formal.GetOption() == ::onnx::OpSchema::Single)
        return fail() << "required input '" << formal.GetName() << "' is missing";
      if (formal.GetOption() == ::onnx::OpSchema::Optional)
        state.operands.push_back(onnx::NoValueOp::create(builder, loc, builder.getNoneType()));
      return success();
    }
    Value value = lookup(input);
    if (!value)
      return fail() << "input '" << input
                    << "' is not a graph input, an initializer or the output of an "
                       "earlier node (missing, or the graph has a cycle)";
    state.operands.push_back(value);
    return success();
  };
  if (failed(forEachParameter(formals, node.input(), addOperand)))
    return failure();

  // Results: inferred types; an omitted optional output is `none`.
  SmallVector<std::string> resultNames;
  auto addResult = [&](const ::onnx::OpSchema::FormalParameter &formal,
                       StringRef output) -> LogicalResult {
    if (output.empty()) {
      if (formal.GetOption() != ::onnx::OpSchema::Variadic) {
        state.types.push_back(builder.getNoneType());
        resultNames.emplace_back();
      }
      return success();
    }
    const ::onnx::TypeProto *declared = declaredType(output);
    if (!declared)
      return fail() << "the type of output '" << output
                    << "' is unknown (ONNX shape inference could not infer it)";
    auto type = import::convertTensorType(*declared, context);
    if (!type)
      return fail() << "output '" << output << "': " << llvm::toString(type.takeError());
    state.types.push_back(*type);
    resultNames.push_back(output.str());
    return success();
  };
  if (failed(forEachParameter(schema->outputs(), node.output(), addResult)))
    return failure();

  // Attributes, and subgraphs as regions in the schema's attribute order.
  llvm::StringMap<::onnx::AttributeProto *> graphs;
  for (auto &attr : *node.mutable_attribute()) {
    if (!attr.ref_attr_name().empty())
      return fail() << "attribute '" << attr.name() << "' refers to a function attribute";
    if (attr.type() == ::onnx::AttributeProto::GRAPH) {
      graphs[attr.name()] = &attr;
      continue;
    }
    auto value = convertAttribute(attr);
    if (!value)
      return fail() << "attribute '" << attr.name() << "': " << llvm::toString(value.takeError());
    state.addAttribute(attr.name(), *value);
  }
  for (const auto &[attrName, attr] : schema->attributes()) {
    if (attr.type != ::onnx::AttributeProto::GRAPH)
      continue;
    Region *region = state.addRegion();
    if (auto it = graphs.find(attrName); it != graphs.end())
      if (failed(importRegion(*region, *it->second->mutable_g(), loc)))
        return failure();
  }

  Operation *op = builder.create(state);
  for (auto [result, resultName] : llvm::zip(op->getResults(), resultNames))
    if (!resultName.empty())
      scopes.back()[resultName] = result;
  return success();
}

LogicalResult GraphImporter::importNodes(::onnx::GraphProto &graph) {
  for (auto &tensor : *graph.mutable_initializer()) {
    auto value = import::convertTensor(
        tensor, modelDir, context, &graph == mainGraph ? loaded->payloadOf(tensor) : std::nullopt);
    Location loc =
        NameLoc::get(builder.getStringAttr(tensor.name()), FileLineColLoc::get(file, 0, 0));
    if (!value)
      return emitError(loc) << "initializer '" << tensor.name()
                            << "': " << llvm::toString(value.takeError());
    // An initializer overrides a graph input of the same name: a constant.
    scopes.back()[tensor.name()] =
        onnx::ConstantOp::create(builder, loc, TypeRange{value->getType()}, ValueRange{},
                                 builder.getNamedAttr("value", *value));
  }
  for (auto [index, node] : llvm::enumerate(*graph.mutable_node()))
    if (failed(importNode(node, index)))
      return failure();
  return success();
}

OwningOpRef<ModuleOp> GraphImporter::importModel(import::LoadedModel &model) {
  loaded = &model;
  ::onnx::GraphProto &graph = *model.proto->mutable_graph();
  mainGraph = &graph;
  Location fileLoc = FileLineColLoc::get(file, 0, 0);
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  builder.setInsertionPointToEnd(module->getBody());
  pushScope(graph);

  llvm::StringSet<> initializers;
  for (const auto &tensor : graph.initializer())
    initializers.insert(tensor.name());
  SmallVector<Type> argTypes;
  SmallVector<StringRef> argNames;
  for (const auto &input : graph.input()) {
    if (initializers.contains(input.name()))
      continue;
    auto type = import::convertTensorType(input.type(), context);
    if (!type) {
      emitError(fileLoc) << "graph input '" << input.name()
                         << "': " << llvm::toString(type.takeError());
      return nullptr;
    }
    argTypes.push_back(*type);
    argNames.push_back(input.name());
  }

  auto func = func::FuncOp::create(builder, fileLoc, "main", builder.getFunctionType(argTypes, {}));
  Block *entry = func.addEntryBlock();
  for (auto [i, argName] : llvm::enumerate(argNames)) {
    scopes.back()[argName] = entry->getArgument(i);
    func.setArgAttr(i, "onnx.name", builder.getStringAttr(argName));
  }
  builder.setInsertionPointToStart(entry);
  if (failed(importNodes(graph)))
    return nullptr;

  SmallVector<Value> results;
  llvm::StringSet<> outputNames;
  for (const auto &output : graph.output()) {
    Value value = lookup(output.name());
    if (!value) {
      emitError(fileLoc) << "graph output '" << output.name() << "' is not produced by any node";
      return nullptr;
    }
    // TensorFlow fetches outputs by node name: two cannot share one.
    if (!outputNames.insert(output.name()).second) {
      emitError(fileLoc) << "graph output '" << output.name() << "' is listed twice";
      return nullptr;
    }
    results.push_back(value);
  }
  func::ReturnOp::create(builder, fileLoc, results);
  func.setType(builder.getFunctionType(argTypes, TypeRange(ValueRange(results))));
  for (auto [i, output] : llvm::enumerate(graph.output()))
    func.setResultAttr(i, "onnx.name", builder.getStringAttr(output.name()));
  return module;
}

} // namespace

/// Builds the module from a loaded model, or reports why it could not load.
static OwningOpRef<ModuleOp> importLoaded(Expected<import::LoadedModel> model, StringRef modelPath,
                                          MLIRContext *context) {
  if (!model) {
    emitError(FileLineColLoc::get(context, modelPath, 0, 0)) << llvm::toString(model.takeError());
    return nullptr;
  }
  OwningOpRef<ModuleOp> module = GraphImporter(context, modelPath).importModel(*model);
  if (module && failed(verify(*module)))
    return nullptr;
  return module;
}

OwningOpRef<ModuleOp> importONNXModel(llvm::MemoryBufferRef buffer, StringRef modelPath,
                                      MLIRContext *context, const ImportOptions &options) {
  context->loadDialect<onnx::ONNXDialect, func::FuncDialect>();
  return importLoaded(import::loadModel(buffer, llvm::sys::path::parent_path(modelPath), options),
                      modelPath, context);
}

OwningOpRef<ModuleOp> importONNXFile(StringRef modelPath, MLIRContext *context,
                                     const ImportOptions &options) {
  context->loadDialect<onnx::ONNXDialect, func::FuncDialect>();
  return importLoaded(import::loadModelFile(modelPath, options), modelPath, context);
}

} // namespace t2t
