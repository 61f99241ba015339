//===- Locations.h - ONNX node names carried by locations -------*- C++ -*-===//

#ifndef T2T_SUPPORT_LOCATIONS_H
#define T2T_SUPPORT_LOCATIONS_H

#include "mlir/IR/Location.h"

namespace t2t {

/// The ONNX node name an op came from (the importer's NameLoc, possibly inside
/// a FusedLoc), or "" when its location carries none.
inline llvm::StringRef onnxNodeName(mlir::Location loc) {
  if (auto name = llvm::dyn_cast<mlir::NameLoc>(loc))
    return name.getName();
  if (auto fused = llvm::dyn_cast<mlir::FusedLoc>(loc))
    for (mlir::Location inner : fused.getLocations())
      if (llvm::StringRef name = onnxNodeName(inner); !name.empty())
        return name;
  return "";
}

} // namespace t2t

#endif // T2T_SUPPORT_LOCATIONS_H
