//===- Permutation.h - Checks on dimension permutations ---------*- C++ -*-===//

#ifndef T2T_SUPPORT_PERMUTATION_H
#define T2T_SUPPORT_PERMUTATION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

namespace t2t {

/// True if `perm` holds each of 0..perm.size()-1 exactly once.
inline bool isPermutation(llvm::ArrayRef<int64_t> perm) {
  llvm::SmallVector<bool> seen(perm.size(), false);
  for (int64_t d : perm) {
    if (d < 0 || d >= static_cast<int64_t>(perm.size()) || seen[d])
      return false;
    seen[d] = true;
  }
  return true;
}

} // namespace t2t

#endif // T2T_SUPPORT_PERMUTATION_H
