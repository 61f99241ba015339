//===- TFLDialect.h - The channels-last tfl dialect -------------*- C++ -*-===//

#ifndef T2T_DIALECT_TFL_TFLDIALECT_H
#define T2T_DIALECT_TFL_TFLDIALECT_H

#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <optional>
#include <vector>

namespace t2t::tfl {
/// True for the activation names a tfl op may fuse into its result.
bool isFusedActivation(llvm::StringRef name);

/// The numpy broadcast of the shapes of `operands` with `element` type (for
/// the builders of broadcasting elementwise ops).
mlir::Type broadcastType(mlir::ValueRange operands, mlir::Type element);

/// The type of tfl.transpose of ranked `input` by `perm`.
mlir::Type transposedType(mlir::Value input, llvm::ArrayRef<int64_t> perm);

namespace OpTrait {
/// Elementwise with numpy broadcasting (TFL_Elementwise in ODS): transposes
/// of all operands commute with the op.
template <typename ConcreteType>
class Elementwise : public mlir::OpTrait::TraitBase<ConcreteType, Elementwise> {};
} // namespace OpTrait
} // namespace t2t::tfl

#include "dialects/tfl/TFLDialect.h.inc"
#include "dialects/tfl/TFLInterfaces.h.inc"

#define GET_ATTRDEF_CLASSES
#include "dialects/tfl/TFLAttrs.h.inc"

namespace t2t::tfl {
/// The row-major bytes of a constant: its own buffer, or for a permuted or
/// scaled one (PermutedElementsAttr, ScaledElementsAttr) the elements
/// computed into `storage`. nullopt for kinds without a flat buffer (splats,
/// bools, sparse).
std::optional<llvm::ArrayRef<char>> constantBytes(mlir::ElementsAttr value,
                                                  std::vector<char> &storage);
/// The stored bytes a constant's elements are computed from (a permuted or
/// scaled weight's source's), nullopt for kinds without a flat buffer.
std::optional<llvm::ArrayRef<char>> storedBytes(mlir::ElementsAttr value);
/// `permuted` reshaped to `type` as a permutation of its source viewed in
/// another shape (the view shares the source's bytes), when the reshape
/// splits dims, merges dims adjacent in the source, or adds or drops size-1
/// dims; null otherwise.
PermutedElementsAttr reshapePermuted(PermutedElementsAttr permuted, mlir::ShapedType type);
/// `value` permuted by `perm` (result dim i is value dim perm[i]) into
/// `type`. A weight (a resource blob of kBlobThresholdBytes or more) is
/// permuted when an exporter writes it (PermutedElementsAttr), and
/// permutations of it compose; smaller constants are permuted now, so that
/// folders can read them. Null when the value cannot be permuted.
mlir::ElementsAttr permuteConstant(mlir::ElementsAttr value, llvm::ArrayRef<int64_t> perm,
                                   mlir::ShapedType type);
/// The same bytes given to `fn` in consecutive pieces, at most `maxPiece`
/// bytes each (see t2t::forEachTransposedPiece): how exporters write
/// weights. A computed piece (permuted, scaled) is computed into memory from
/// `claim`, a stored one is given as it is stored. False, and no call, for
/// kinds without a flat buffer.
bool forEachConstantPiece(mlir::ElementsAttr value, size_t maxPiece, ClaimFn claim,
                          llvm::function_ref<void(llvm::ArrayRef<char>)> fn);
} // namespace t2t::tfl

#define GET_OP_CLASSES
#include "dialects/tfl/TFLOps.h.inc"

#endif // T2T_DIALECT_TFL_TFLDIALECT_H
