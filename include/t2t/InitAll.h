//===- InitAll.h - Register every t2t dialect and pass ----------*- C++ -*-===//

#ifndef T2T_INITALL_H
#define T2T_INITALL_H

#include "mlir/IR/DialectRegistry.h"

namespace t2t {
/// Adds the onnx, tfl and the builtin dialects t2t's IR uses.
void registerAllDialects(mlir::DialectRegistry &registry);
/// Registers every t2t pass with the global pass registry.
void registerAllPasses();
} // namespace t2t

#endif // T2T_INITALL_H
