//===- GraphDefBuilder.h - A GraphDef built from tfl ops --------*- C++ -*-===//
//
// The exporter's state and steps, one concept per file: GraphDefBuilder.cpp
// (names, types, constants, simple nodes, graph inputs and outputs),
// OpMapping.cpp (which TensorFlow node each tfl op becomes), Layers.cpp
// (convs and fully connected layers with bias and fused activation),
// Composites.cpp (ops TensorFlow writes as several nodes),
// GraphDefExporter.cpp (size check, streaming and weight release).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_EXPORT_GRAPHDEFBUILDER_H
#define T2T_LIB_EXPORT_GRAPHDEFBUILDER_H

#include "GraphDefWriter.h"
#include "t2t/Export/GraphDefExporter.h"
#include "lib/Export/graphdef.pb.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <optional>
#include <string>

namespace t2t {

/// TensorFlow's GraphDef version range these graphs are valid for.
inline constexpr int kProducerVersion = 1205;

/// The TensorFlow dtype of an element type.
mlir::FailureOr<tensorflow::DataType> convertType(mlir::Type type);
void setShape(tensorflow::TensorShapeProto *proto, mlir::ShapedType type);
/// A TensorFlow node name: [A-Za-z0-9.][A-Za-z0-9_./]*.
std::string sanitize(llvm::StringRef name);

/// Maps each op of @main to TensorFlow nodes.
class GraphDefBuilder {
public:
  mlir::LogicalResult build(mlir::func::FuncOp func);
  tensorflow::GraphDef &graph() { return graphDef; }
  /// For each ONNX node of @main's ops, where its output went (MappedValue).
  std::vector<MappedValue> mappedValues(mlir::func::FuncOp func) const;
  /// Const contents left in their resource blobs (not copied into the proto).
  const ExternalContents &externalContents() const { return external; }

private:
  /// A fresh node with a unique, legal name derived from `base`.
  tensorflow::NodeDef *addNode(llvm::StringRef op, llvm::StringRef base,
                               llvm::ArrayRef<std::string> inputs = {});
  /// The node output holding `value` where `user` is: a value defined
  /// outside the regions `user` is in enters (loops) or is switched into
  /// (branches) each of them first.
  mlir::FailureOr<std::string> input(mlir::Operation *user, mlir::Value value) {
    return inputInFrame(user, value, frames.size());
  }
  /// `value` as seen inside the outermost `depth` regions.
  mlir::FailureOr<std::string> inputInFrame(mlir::Operation *user, mlir::Value value,
                                            size_t depth);
  /// The node outputs holding `op`'s operands.
  mlir::FailureOr<llvm::SmallVector<std::string>> operandInputs(mlir::Operation *op);
  mlir::LogicalResult setType(mlir::Operation *op, tensorflow::NodeDef *node, llvm::StringRef attr,
                              mlir::Type type);
  static void setInts(tensorflow::NodeDef *node, llvm::StringRef attr,
                      llvm::ArrayRef<int64_t> values);
  static void setString(tensorflow::NodeDef *node, llvm::StringRef attr, llvm::StringRef value);
  /// Copies `op`'s attributes `names` (bool, integer or string) to `node`.
  mlir::LogicalResult copyAttrs(mlir::Operation *op, tensorflow::NodeDef *node,
                                llvm::ArrayRef<llvm::StringRef> names);

  /// A Const node holding `value`; returns its name.
  mlir::FailureOr<std::string> addConst(mlir::Operation *op, mlir::ElementsAttr value,
                                        llvm::StringRef base);
  /// An int32 Const for shape-like operands (perm, axes, ...), 1-D unless
  /// `shape` is given ({} for a scalar).
  std::string addInt32Const(llvm::ArrayRef<int64_t> values, llvm::StringRef base,
                            std::optional<llvm::ArrayRef<int64_t>> shape = std::nullopt);
  /// Emits the activation a tfl op fused into its result; returns the name
  /// of the node that now produces the result.
  mlir::FailureOr<std::string> addActivation(mlir::Operation *op, llvm::StringRef activation,
                                             const std::string &producer);

  mlir::LogicalResult exportOp(mlir::Operation *op);
  /// The ops of a single-block region, its terminator aside.
  mlir::LogicalResult exportRegion(mlir::Region &region);
  /// A loop as a TensorFlow frame, an if as Switch / Merge (ControlFlow.cpp).
  mlir::LogicalResult exportWhile(tfl::WhileOp loop);
  mlir::LogicalResult exportIf(tfl::IfOp op);
  tensorflow::NodeDef *addEnter(const std::string &frame, const std::string &from,
                                tensorflow::DataType type, bool isConstant);
  /// A node `op`(inputs) with attr T = `type`.
  tensorflow::NodeDef *addTypedNode(llvm::StringRef op, llvm::StringRef base,
                                    llvm::ArrayRef<std::string> inputs, tensorflow::DataType type);
  /// One node of the op's TF type with the operands as inputs.
  /// One node of the op's TF type, the operands and an int32 index Const as
  /// inputs, the declared attributes copied.
  mlir::LogicalResult exportWithIndexInput(mlir::Operation *op, tfl::ExportsWithIndexInput node);
  mlir::LogicalResult exportAsNode(mlir::Operation *op, tfl::ExportsAsNode node);
  /// Conv2D / DepthwiseConv2dNative with every attr, then bias and activation.
  template <typename ConvOp> mlir::LogicalResult exportConv(ConvOp op, llvm::StringRef tfOp);
  mlir::LogicalResult exportFullyConnected(tfl::FullyConnectedOp op);
  /// Conv2DBackpropInput with the output size as a Const, then bias and activation.
  mlir::LogicalResult exportTransposeConv(tfl::TransposeConvOp op);
  // TensorFlow has no single op for these; they are written as the
  // composition their tfl summaries give.
  mlir::LogicalResult exportHardSwish(tfl::HardSwishOp op);
  mlir::LogicalResult exportGelu(tfl::GeluOp op);
  mlir::LogicalResult exportPRelu(tfl::PReluOp op);
  /// A node `tfOp`(inputs) with attr T of `op`'s result element type.
  mlir::FailureOr<std::string> addMathNode(mlir::Operation *op, llvm::StringRef tfOp,
                                           llvm::StringRef base,
                                           llvm::ArrayRef<std::string> inputs);
  /// A scalar Const of `op`'s result element type.
  mlir::FailureOr<std::string> addScalar(mlir::Operation *op, double value, llvm::StringRef base);
  /// BiasAdd(producer, bias) then the fused activation; maps `op`'s result.
  mlir::LogicalResult addBiasAndActivation(mlir::Operation *op, tensorflow::NodeDef *producer,
                                           mlir::Value bias, llvm::StringRef activation);
  /// A node with the operands as inputs (plus `extraInputs`) and attr T of the
  /// result's element type; maps `op`'s result to it.
  mlir::FailureOr<tensorflow::NodeDef *>
  addSimpleNode(mlir::Operation *op, llvm::StringRef tfOp,
                llvm::ArrayRef<std::string> extraInputs = {});

  /// A region being exported: a loop's frame (its name), or an if's branch
  /// (its predicate and which Switch output it takes); the node its nodes
  /// that read nothing of the region depend on (a loop's first Merge in
  /// cond and first Identity in the body, a branch's Identity of the
  /// predicate's Switch), the outside values already brought in (entered or
  /// switched), and the names of a loop's constant Enters.
  struct RegionScope {
    mlir::Operation *op;
    std::string name, pivot;
    std::string predicate; // Branches only.
    bool taken = false;    // Branches: the then branch (Switch output 1).
    llvm::DenseMap<mlir::Value, std::string> entered;
    llvm::StringSet<> invariants;
  };
  llvm::SmallVector<RegionScope> frames;

  /// The node output holding each SSA value, as "name" or "name:k".
  llvm::DenseMap<mlir::Value, std::string> values;
  llvm::StringSet<> usedNames;
  tensorflow::GraphDef graphDef;
  ExternalContents external;
};

} // namespace t2t

#endif // T2T_LIB_EXPORT_GRAPHDEFBUILDER_H
