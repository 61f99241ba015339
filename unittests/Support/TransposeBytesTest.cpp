//===- TransposeBytesTest.cpp - Permutations of constant bytes ------------===//
//
// transposeBytesInto's fast paths (tiled planes, outer-to-inner blocks on
// one or two threads, row blocks when the outer dim is long) and
// forEachTransposedPiece's pieces against an element-by-element reference,
// for every element width and shapes that are not multiples of the tiles.
//
//===----------------------------------------------------------------------===//

#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace mlir;

namespace {

/// The permutation element by element: output element i (row-major in the
/// permuted shape) is the input element at the matching index.
std::vector<char> referenceTranspose(RankedTensorType type, ArrayRef<char> bytes,
                                     ArrayRef<int64_t> perm) {
  int64_t rank = type.getRank(), width = type.getElementTypeBitWidth() / 8;
  SmallVector<int64_t> inStrides(rank, 1), shape;
  for (int64_t d = rank - 2; d >= 0; --d)
    inStrides[d] = inStrides[d + 1] * type.getDimSize(d + 1);
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  std::vector<char> out(bytes.size());
  SmallVector<int64_t> index(rank, 0);
  for (int64_t i = 0, e = type.getNumElements(); i < e; ++i) {
    int64_t offset = 0;
    for (int64_t d = 0; d < rank; ++d)
      offset += index[d] * inStrides[perm[d]];
    std::memcpy(out.data() + i * width, bytes.data() + offset * width, width);
    for (int64_t d = rank - 1; d >= 0 && ++index[d] == shape[d]; --d)
      index[d] = 0;
  }
  return out;
}

/// Distinct bytes: every element differs from its neighbours in each byte.
std::vector<char> patternBytes(size_t size) {
  std::vector<char> bytes(size);
  for (size_t i = 0; i < size; ++i)
    bytes[i] = static_cast<char>(i * 131 + i / 251);
  return bytes;
}

struct Case {
  std::vector<int64_t> shape, perm;
};

void PrintTo(const Case &c, std::ostream *os) {
  *os << "shape " << ::testing::PrintToString(c.shape) << " perm "
      << ::testing::PrintToString(c.perm);
}

class TransposeBytesTest : public ::testing::TestWithParam<std::tuple<Case, unsigned>> {
protected:
  MLIRContext context;
};

TEST_P(TransposeBytesTest, MatchesReference) {
  auto [c, bits] = GetParam();
  auto type = RankedTensorType::get(c.shape, IntegerType::get(&context, bits));
  std::vector<char> bytes = patternBytes(type.getNumElements() * bits / 8);
  std::vector<char> expected = referenceTranspose(type, bytes, c.perm);
  EXPECT_EQ(t2t::transposeBytes(type, bytes, c.perm), expected);

  // Into memory not aligned for the elements, as an exporter's output is
  // (UBSan checks the stores).
  std::vector<char> unaligned(bytes.size() + 1);
  t2t::transposeBytesInto(type, bytes, c.perm, llvm::MutableArrayRef<char>(unaligned).drop_front());
  EXPECT_TRUE(std::equal(expected.begin(), expected.end(), unaligned.begin() + 1));

  // In pieces of at most 4 KiB: the same bytes, in order.
  std::vector<char> pieces, scratch;
  t2t::forEachTransposedPiece(
      type, bytes, c.perm, 4096, t2t::scratchClaim(scratch), [&](ArrayRef<char> piece) {
        EXPECT_LE(piece.size(), std::max<size_t>(4096, c.shape.back() * bits / 8));
        pieces.insert(pieces.end(), piece.begin(), piece.end());
      });
  EXPECT_EQ(pieces, expected);
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, TransposeBytesTest,
    ::testing::Combine(::testing::Values(
                           // OIHW -> HWIO filters: outer-to-inner blocks; the second over
                           // 1 MiB in 4-byte elements (two threads), odd sizes.
                           Case{{16, 3, 3, 3}, {2, 3, 1, 0}}, Case{{37, 5, 3, 3}, {2, 3, 1, 0}},
                           Case{{130, 257, 3, 3}, {2, 3, 1, 0}},
                           // Matrix transposes: an outer dim longer than a block holds
                           // (row blocks), and one over 1 MiB.
                           Case{{70001, 5}, {1, 0}}, Case{{1031, 263}, {1, 0}},
                           // Other permutations: tiled planes (OIHW -> OHWI, NCHW -> NHWC).
                           Case{{33, 17, 3, 5}, {0, 2, 3, 1}}, Case{{2, 7, 1, 11}, {3, 0, 2, 1}},
                           Case{{5}, {0}}),
                       ::testing::Values(8u, 16u, 32u, 64u)));

} // namespace
