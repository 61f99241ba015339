//===- OnnxNames.h - What exported models name after the ONNX model -*- C++ -*-===//
//
// The exporters (GraphDef, TFLite, DOT) name inputs, outputs and nodes after
// the ONNX model's, and say where each ONNX node's output went (for
// verify.mjs --per-op): the same rules for every format, here.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_EXPORT_ONNXNAMES_H
#define T2T_EXPORT_ONNXNAMES_H

#include "mlir/IR/Block.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <string>
#include <vector>

namespace t2t {

/// An interface value's ONNX name (its `onnx.name` attribute), else
/// `fallback`.
std::string interfaceName(mlir::DictionaryAttr attrs, llvm::StringRef fallback);

/// What an op's exported nodes or tensors are named after: its ONNX node,
/// else its op name.
std::string nodeNameOrOpName(mlir::Operation *op);

/// Where an ONNX node's (first) output is in an exported model: the output
/// of the last op lowered from that node (a fused layer's result is its last
/// node's), in that op's shape (NHWC where the lowering moved the layout; -1
/// for a size known at run time). What `t2t-convert --map` writes for
/// `verify.mjs --per-op`.
struct MappedValue {
  std::string onnxNode;
  std::string output; // GraphDef: "node" or "node:k"; TFLite: the tensor name
  llvm::SmallVector<int64_t> shape;
  /// The ONNX nodes folded into it (a fused layer's other nodes), whose own
  /// outputs the exported model does not hold.
  std::vector<std::string> fused;
};

/// The op holding each ONNX node's output among `block`'s top-level ops (a
/// loop's or branch's values exist per iteration): the last op lowered from
/// the node, constants aside, for which `exported` holds. In the order the
/// nodes first appear.
llvm::SmallVector<mlir::Operation *>
onnxValueHolders(mlir::Block &block, llvm::function_ref<bool(mlir::Operation *)> exported);

/// The MappedValue of `holder`, whose first result is exported as `output`.
MappedValue mappedValue(mlir::Operation *holder, std::string output);

} // namespace t2t

#endif // T2T_EXPORT_ONNXNAMES_H
