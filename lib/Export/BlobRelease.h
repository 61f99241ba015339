//===- BlobRelease.h - Free weight blobs once written ------------*- C++ -*-===//
//
// An exporter done with the module frees each weight blob as soon as the
// last constant referring to it is written, so that the export holds no
// weight it is done with (t2t-convert's WeightRelease::AfterWriting).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_EXPORT_BLOBRELEASE_H
#define T2T_LIB_EXPORT_BLOBRELEASE_H

#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/DenseMap.h"

namespace t2t {

class BlobRelease {
public:
  /// Counts the references of `values` (each written once) to their blobs.
  template <typename Range> explicit BlobRelease(const Range &values) {
    for (mlir::ElementsAttr value : values)
      forEachResourceBlob(value, [&](ResourceBlob *blob) { ++pending[blob]; });
  }
  /// `value` was written: frees the blobs no other value still needs.
  void written(mlir::ElementsAttr value) {
    forEachResourceBlob(value, [&](ResourceBlob *blob) {
      if (--pending[blob] == 0)
        blob->setBlob(mlir::AsmResourceBlob());
    });
  }

private:
  llvm::DenseMap<ResourceBlob *, int64_t> pending;
};

} // namespace t2t

#endif // T2T_LIB_EXPORT_BLOBRELEASE_H
