//===- SchemaRepairs.h - libonnx 1.12 inference bugs, fixed -----*- C++ -*-===//
//
// Shape inference functions of libonnx 1.12 that contradict the operator's
// specification, replaced in the worker's schema registry by ones that follow
// it. Each would otherwise make a valid model fail to import or import with a
// wrong static shape.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_SCHEMAREPAIRS_H
#define T2T_LIB_IMPORT_SCHEMAREPAIRS_H

namespace t2t::import {

/// Installs the repaired inference functions; idempotent. Called in the
/// libonnx worker before it serves requests.
void repairSchemas();

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_SCHEMAREPAIRS_H
