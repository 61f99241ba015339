//===- Locations.h - ONNX node names carried by locations -------*- C++ -*-===//

#ifndef T2T_SUPPORT_LOCATIONS_H
#define T2T_SUPPORT_LOCATIONS_H

#include "mlir/IR/Location.h"
#include "mlir/IR/Visitors.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

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

/// Every ONNX node name in `loc`, in the order onnxNodeName looks: a fused
/// layer's FusedLoc names the node it is named after first, then the nodes
/// folded into it.
inline llvm::SmallVector<llvm::StringRef> onnxNodeNames(mlir::Location loc) {
  llvm::SmallVector<llvm::StringRef> names;
  loc->walk([&](mlir::Location inner) {
    if (auto name = llvm::dyn_cast<mlir::NameLoc>(inner);
        name && !llvm::is_contained(names, name.getName()))
      names.push_back(name.getName());
    return mlir::WalkResult::advance();
  });
  return names;
}

} // namespace t2t

#endif // T2T_SUPPORT_LOCATIONS_H
