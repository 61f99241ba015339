//===- ElementsAttrUtils.h - Layout changes of constant tensors -*- C++ -*-===//

#ifndef T2T_SUPPORT_ELEMENTSATTRUTILS_H
#define T2T_SUPPORT_ELEMENTSATTRUTILS_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <vector>

namespace t2t {

/// Constants of at least this many bytes are weights: resource blobs (not
/// uniqued, not copied), kept out of ONNX's version converter. Smaller ones
/// stay inline DenseElementsAttrs that folders can read.
inline constexpr size_t kBlobThresholdBytes = 1024;

/// The most of a weight an exporter computes at once (permuted, scaled):
/// larger ones are computed and written in pieces.
inline constexpr size_t kWeightPieceBytes = 64 << 20;

/// The first `size` bytes of `scratch`, grown if shorter but never shrunk:
/// a vector regrown after shrinking zero-fills the regrown part, which for
/// weights written one after the other cost more than permuting them. From
/// 2 MiB on, new memory is asked for in huge pages (fewer faults).
llvm::MutableArrayRef<char> scratchBytes(std::vector<char> &scratch, size_t size);

/// Memory for bytes about to be written once (a computed weight, an
/// exporter's output): not zero-filled (the writes fault it in, on every
/// thread that writes; a vector's resize touched it all once more, on one),
/// and from 2 MiB on mapped in huge pages where the kernel allows (faulting
/// in 4 KiB pages cost a fifth of permuting ResNet50's filters).
class WeightMemory {
public:
  WeightMemory() = default;
  explicit WeightMemory(size_t size);
  WeightMemory(WeightMemory &&other) noexcept { *this = std::move(other); }
  WeightMemory &operator=(WeightMemory &&other) noexcept;
  ~WeightMemory();

  llvm::MutableArrayRef<char> bytes() const { return {data, size}; }

private:
  char *data = nullptr;
  size_t size = 0;
  bool mapped = false;
};

/// The raw row-major bytes of a dense or resource-backed constant, or
/// std::nullopt for kinds without a flat buffer (splats, bools, sparse).
std::optional<llvm::ArrayRef<char>> rawBytes(mlir::ElementsAttr value);

/// A weight's storage: a blob of the builtin dialect's resource manager.
using ResourceBlob = mlir::DialectResourceBlobManager::BlobEntry;

/// Calls `fn` on each resource blob `attr` refers to, nested ones included
/// (a tfl::PermutedElementsAttr refers to its source's). Freeing one
/// (`setBlob({})`) leaves attributes over it without elements (rawBytes).
void forEachResourceBlob(mlir::Attribute attr, llvm::function_ref<void(ResourceBlob *)> fn);

/// Builds a constant of `type` from row-major bytes: a resource blob when
/// large (no uniquing of big weights), an inline dense attribute otherwise.
mlir::ElementsAttr elementsFromBytes(mlir::RankedTensorType type, llvm::ArrayRef<char> bytes,
                                     llvm::StringRef blobName);

/// `value` read as `type` (as many elements): a dense or resource-backed
/// constant shares its storage. Null for other kinds.
mlir::ElementsAttr reshapedElements(mlir::ElementsAttr value, mlir::ShapedType type);

/// `value` with its dimensions permuted (result dim i = input dim perm[i]),
/// computed once at compile time. Returns null when the value's storage is
/// not supported (e.g. bools, sparse).
mlir::ElementsAttr transposeElements(mlir::ElementsAttr value, llvm::ArrayRef<int64_t> perm);

/// The row-major `bytes` of a static tensor of `type` with its dimensions
/// permuted (result dim i = input dim perm[i]).
std::vector<char> transposeBytes(mlir::RankedTensorType type, llvm::ArrayRef<char> bytes,
                                 llvm::ArrayRef<int64_t> perm);
/// The same into `out` (as many bytes), for callers that own the storage.
/// Elements are 1, 2, 4 or 8 bytes.
void transposeBytesInto(mlir::RankedTensorType type, llvm::ArrayRef<char> bytes,
                        llvm::ArrayRef<int64_t> perm, llvm::MutableArrayRef<char> out);

/// Gives memory for the next piece of a computed weight, of the size asked:
/// a scratch buffer (scratchClaim), or the output itself, so that a weight
/// is computed where it is written.
using ClaimFn = llvm::function_ref<llvm::MutableArrayRef<char>(size_t)>;

/// A ClaimFn over `scratch` (scratchBytes).
inline auto scratchClaim(std::vector<char> &scratch) {
  return [&scratch](size_t size) { return scratchBytes(scratch, size); };
}

/// Calls `fn` on consecutive pieces of the bytes transposeBytes would give,
/// each computed into memory from `claim`: all at once up to `maxPiece`
/// bytes, else in pieces of at most 256 KiB (or one innermost row if
/// longer). A weight is written through a buffer of bounded size instead of
/// one of its own.
void forEachTransposedPiece(mlir::RankedTensorType type, llvm::ArrayRef<char> bytes,
                            llvm::ArrayRef<int64_t> perm, size_t maxPiece, ClaimFn claim,
                            llvm::function_ref<void(llvm::ArrayRef<char>)> fn);

} // namespace t2t

#endif // T2T_SUPPORT_ELEMENTSATTRUTILS_H
