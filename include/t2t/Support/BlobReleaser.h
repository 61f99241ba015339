//===- BlobReleaser.h - Free weights no operation refers to -----*- C++ -*-===//
//
// A resource blob lives as long as its MLIRContext, whether or not an
// attribute still refers to it: a filter folded into a new blob (BatchNorm,
// dilation, or a small one permuted at once) left the old one resident, and
// ResNet50's conversion peaked at twice its weights. The releaser follows a rewrite as
// its listener, counts the operations that refer to each blob and frees a
// blob when the last of them is erased or becomes dead.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_SUPPORT_BLOBRELEASER_H
#define T2T_SUPPORT_BLOBRELEASER_H

#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/PatternMatch.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace t2t {

class BlobReleaser : public mlir::RewriterBase::Listener {
public:
  /// Counts the references of the operations under `root`. Blobs are only
  /// freed while this listener sees every change: no other rewriter may run
  /// on `root` in between.
  explicit BlobReleaser(mlir::Operation *root);

  void notifyOperationInserted(mlir::Operation *op, mlir::OpBuilder::InsertPoint) override;
  void notifyOperationModified(mlir::Operation *op) override;
  void notifyOperationErased(mlir::Operation *op) override;

private:
  using Blob = mlir::DialectResourceBlobManager::BlobEntry;
  /// Records the blobs `op`'s attributes refer to now, adjusting the counts.
  void recount(mlir::Operation *op);
  /// Drops `op`'s references, as when it is erased.
  void forget(mlir::Operation *op);
  /// Drops one reference to `blob`, freeing it after the last.
  void drop(Blob *blob);

  llvm::DenseMap<mlir::Operation *, llvm::SmallVector<Blob *, 1>> blobsOf;
  llvm::DenseMap<Blob *, int64_t> references;
};

} // namespace t2t

#endif // T2T_SUPPORT_BLOBRELEASER_H
