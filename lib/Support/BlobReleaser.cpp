//===- BlobReleaser.cpp - Free weights no operation refers to -------------===//

#include "t2t/Support/BlobReleaser.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;

namespace t2t {

BlobReleaser::BlobReleaser(Operation *root) {
  root->walk([&](Operation *op) { recount(op); });
}

void BlobReleaser::drop(Blob *blob) {
  if (--references[blob] == 0)
    blob->setBlob(AsmResourceBlob());
}

void BlobReleaser::recount(Operation *op) {
  SmallVector<Blob *, 1> now;
  for (NamedAttribute attr : op->getAttrs())
    forEachResourceBlob(attr.getValue(), [&](Blob *blob) { now.push_back(blob); });
  auto &recorded = blobsOf[op];
  // Counted before the old references drop, so that a blob the operation
  // keeps is never seen unreferenced.
  for (Blob *blob : now)
    ++references[blob];
  for (Blob *blob : recorded)
    drop(blob);
  if (now.empty())
    blobsOf.erase(op);
  else
    recorded = std::move(now);
}

void BlobReleaser::forget(Operation *op) {
  auto it = blobsOf.find(op);
  if (it == blobsOf.end())
    return;
  for (Blob *blob : it->second)
    drop(blob);
  blobsOf.erase(it);
}

void BlobReleaser::notifyOperationInserted(Operation *op, OpBuilder::InsertPoint) { recount(op); }

void BlobReleaser::notifyOperationModified(Operation *op) { recount(op); }

void BlobReleaser::notifyOperationErased(Operation *op) {
  forget(op);
  // A constant only `op` used is dead from now on, but the greedy driver
  // erases it only when its worklist reaches it: after folding every other
  // weight, at twice the weights' memory. Its blobs go now; a dead constant
  // is not read again (and rawBytes refuses a blob of the wrong size).
  for (Value operand : op->getOperands())
    if (Operation *def = operand.getDefiningOp();
        def && blobsOf.count(def) &&
        llvm::all_of(def->getUsers(), [&](Operation *user) { return user == op; }))
      forget(def);
}

} // namespace t2t
