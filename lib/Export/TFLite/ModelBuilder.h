//===- ModelBuilder.h - A TFLite model built from tfl ops -------*- C++ -*-===//
//
// The TFLite exporter's state and steps, one concept per file:
// ModelBuilder.cpp (tensors, constants, operator codes, the subgraph and the
// model's tables), OperatorMapping.cpp (which builtin operator, inputs and
// options each tfl op becomes), Composites.cpp (ops TFLite has no builtin
// for, in builtins), ControlFlow.cpp (WHILE and IF with their regions as
// subgraphs), TFLiteExporter.cpp (the file: tables, then the weights
// streamed from their blobs).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_EXPORT_TFLITE_MODELBUILDER_H
#define T2T_LIB_EXPORT_TFLITE_MODELBUILDER_H

#include "lib/Export/TFLite/schema_generated.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Export/OnnxNames.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <string>
#include <vector>

namespace t2t::tflite_export {

/// A constant whose bytes are written after the model's tables: its Buffer
/// table's `data` is pointed at them once their place in the file is known.
struct StreamedBuffer {
  flatbuffers::Offset<tflite::Buffer> table;
  mlir::ElementsAttr value;
  size_t bytes;
};

/// The options table of an operator (NONE: no options).
struct Options {
  tflite::BuiltinOptions type = tflite::BuiltinOptions_NONE;
  flatbuffers::Offset<void> table;
};

class ModelBuilder {
public:
  explicit ModelBuilder(flatbuffers::FlatBufferBuilder &fbb) : fbb(fbb) {}

  /// Builds the model of @main; Finish()es the builder. `exposeOnnxValues`:
  /// each ONNX node's output tensor is a subgraph output too (exposedValues).
  mlir::LogicalResult build(mlir::func::FuncOp func, bool exposeOnnxValues = false);
  /// The ONNX node outputs made subgraph outputs, by tensor name.
  const std::vector<MappedValue> &exposedValues() const { return exposed; }
  /// The constants to write after the finished tables, in file order.
  const std::vector<StreamedBuffer> &streamedBuffers() const { return streamed; }
  /// Builtin operator name -> operator count.
  const llvm::StringMap<size_t> &operatorCounts() const { return counts; }
  size_t operatorCount() const { return operatorTotal; }

private:
  struct TensorInfo {
    std::vector<int32_t> shape, signature;
    tflite::TensorType type;
    uint32_t buffer = 0;
    std::string name;
  };

  // ModelBuilder.cpp
  /// A tensor of `type` (a ranked tensor type) named `name`.
  mlir::FailureOr<int32_t> addTensor(mlir::Operation *user, mlir::Type type, llvm::StringRef name,
                                     uint32_t buffer = 0);
  /// The value of `value` when known at export: a constant, or a piece of a
  /// split constant (a grouped convolution's filter and bias, computed: TFLite
  /// convolutions take constant filters).
  mlir::ElementsAttr constantOf(mlir::Value value);
  /// The tensor holding `value`: created where it is defined; a constant's
  /// tensor (with its buffer) on first use.
  mlir::FailureOr<int32_t> tensorOf(mlir::Operation *user, mlir::Value value);
  /// A constant tensor of `value`; `name` unless the value names itself.
  mlir::FailureOr<int32_t> constantTensor(mlir::Operation *user, mlir::ElementsAttr value,
                                          llvm::StringRef name);
  /// An int32 constant (perm, axes, shapes...), 1-D unless `shape` is given
  /// ({} for a scalar).
  int32_t int32Tensor(llvm::ArrayRef<int64_t> values, llvm::StringRef name,
                      std::optional<llvm::ArrayRef<int64_t>> shape = std::nullopt);
  /// Output tensors for `op`'s results.
  mlir::FailureOr<std::vector<int32_t>> resultTensors(mlir::Operation *op);
  /// The tensors of `op`'s operands, in order.
  mlir::FailureOr<std::vector<int32_t>> operandTensors(mlir::Operation *op);
  /// Appends an operator (its code added on first use).
  void addOperator(tflite::BuiltinOperator builtin, std::vector<int32_t> inputs,
                   std::vector<int32_t> outputs, Options options = {});
  /// addOperator for the operator that computes `op`: TFLite's kernels apply
  /// a fused activation as a clamp (RELU, RELU6, RELU_N1_TO_1), so a fused
  /// TANH, or any activation of an operator that does not fuse one, is an
  /// operator of its own after it (with NONE in the options).
  mlir::LogicalResult addOperatorOf(mlir::Operation *op, tflite::BuiltinOperator builtin,
                                    std::vector<int32_t> inputs, std::vector<int32_t> outputs,
                                    Options options = {});
  /// A name derived from `op`'s ONNX node, unique among the tensors.
  std::string uniqueName(llvm::StringRef base);

  // OperatorMapping.cpp
  mlir::LogicalResult exportOp(mlir::Operation *op);
  /// The options a builtin operator takes, from `op`'s attributes.
  mlir::FailureOr<Options> optionsFor(mlir::Operation *op, tflite::BuiltinOperator builtin);
  mlir::LogicalResult exportConv(mlir::Operation *op, bool depthwise);
  /// A filter in TFLite's layout `type`: tfl's dims permuted by `perm`, then
  /// reshaped; a constant relaid as it is written, one known only at run
  /// time by TRANSPOSE and RESHAPE operators.
  mlir::FailureOr<int32_t> filterTensor(mlir::Operation *op, mlir::Value filter,
                                        llvm::ArrayRef<int64_t> perm, mlir::RankedTensorType type);
  mlir::LogicalResult exportTransposeConv(tfl::TransposeConvOp op);
  /// TRANSPOSE_CONV's output_shape input: a constant, or computed from the
  /// input's shape where the output's sizes are known only at run time.
  mlir::FailureOr<int32_t> transposeConvOutputShape(tfl::TransposeConvOp op);

  /// One operator of `builtin` whose inputs are `op`'s operands then
  /// `extra`, whose outputs are `op`'s results.
  mlir::LogicalResult exportOperator(mlir::Operation *op, tflite::BuiltinOperator builtin,
                                     llvm::ArrayRef<int32_t> extra = {});

  // Composites.cpp
  /// An op TFLite has no builtin for, as several builtin operators.
  mlir::LogicalResult exportComposite(mlir::Operation *op);

  flatbuffers::FlatBufferBuilder &fbb;
  /// One subgraph being built: @main, or a loop's or branch's region.
  struct Subgraph {
    std::vector<TensorInfo> tensors;
    llvm::DenseMap<mlir::Value, int32_t> valueTensors;
    std::vector<flatbuffers::Offset<tflite::Operator>> operators;
    llvm::StringSet<> usedNames;
  };

  // ModelBuilder.cpp, subgraphs
  /// Exports the ops of `block` (not its terminator) into the current subgraph.
  mlir::LogicalResult exportBlock(mlir::Block &block);
  /// The tensor `value` is output as, named `name`: its own, or a RESHAPE
  /// copy where it is an input, a constant or an output already (`taken`).
  mlir::FailureOr<int32_t> outputTensor(mlir::Operation *user, mlir::Value value,
                                        llvm::DenseSet<int32_t> &taken, llvm::StringRef name);
  /// The current subgraph's table.
  flatbuffers::Offset<tflite::SubGraph> subgraphTable(llvm::ArrayRef<int32_t> inputs,
                                                      llvm::ArrayRef<int32_t> outputs,
                                                      llvm::StringRef name);
  /// `region` as a subgraph of its own; returns its index. Its inputs are the
  /// block's arguments, then `captures` (values of the enclosing graph it
  /// uses); its outputs the terminator's operands, then, if `passCaptures`,
  /// the captures again (a loop body carries them to the next iteration).
  mlir::FailureOr<int32_t> regionSubgraph(mlir::Region &region,
                                          llvm::ArrayRef<mlir::Value> captures, bool passCaptures,
                                          llvm::StringRef name);
  /// The values `regions` use that are defined outside them and are not
  /// constants (constants are tensors of every subgraph that uses them).
  llvm::SmallVector<mlir::Value> capturesOf(llvm::ArrayRef<mlir::Region *> regions);

  // ControlFlow.cpp
  mlir::LogicalResult exportWhile(tfl::WhileOp op);
  mlir::LogicalResult exportIf(tfl::IfOp op);

  Subgraph *graph = nullptr;
  /// Subgraph tables by index (0: @main, set last).
  std::vector<flatbuffers::Offset<tflite::SubGraph>> subgraphs;
  size_t operatorTotal = 0;
  /// The buffer of each constant written, shared by the subgraphs using it.
  llvm::DenseMap<mlir::Attribute, uint32_t> constantBuffers;
  std::vector<flatbuffers::Offset<tflite::Buffer>> buffers;
  std::vector<StreamedBuffer> streamed;
  std::vector<flatbuffers::Offset<tflite::OperatorCode>> codes;
  llvm::DenseMap<int32_t, uint32_t> codeIndex;
  llvm::StringMap<size_t> counts;
  std::vector<MappedValue> exposed;
  flatbuffers::Offset<flatbuffers::Vector<uint8_t>> emptyData;
};

/// The TFLite tensor type of an element type.
mlir::FailureOr<tflite::TensorType> tensorType(mlir::Type element);
/// Whether TFLite applies `builtin`'s fused activation option.
bool fusesActivation(tflite::BuiltinOperator builtin);
/// The builtin operator named `name` (a BuiltinOperator enum name).
std::optional<tflite::BuiltinOperator> builtinNamed(llvm::StringRef name);

} // namespace t2t::tflite_export

#endif // T2T_LIB_EXPORT_TFLITE_MODELBUILDER_H
