//===- AsyncOutputTest.cpp - The exporters' output buffers ----------------===//
//
// Whatever mix of protobuf's writes, claimed memory and appended bytes an
// exporter uses, the stream gets them once each and in order, also when the
// claims are larger than the buffers before them and than the budget's
// slack (buffers reused, grown, freed).
//
//===----------------------------------------------------------------------===//

#include "lib/Export/AsyncOutput.h"

#include <google/protobuf/io/coded_stream.h>
#include <gtest/gtest.h>

#include <numeric>

namespace {

std::string patternString(size_t size, char seed) {
  std::string bytes(size, 0);
  for (size_t i = 0; i < size; ++i)
    bytes[i] = static_cast<char>(seed + i * 7 + i / 4093);
  return bytes;
}

TEST(AsyncOutputTest, WritesEverythingOnceInOrder) {
  std::string written, expected;
  int released = 0;
  {
    llvm::raw_string_ostream os(written);
    t2t::AsyncOutput output(os);
    google::protobuf::io::CodedOutputStream coded(&output);
    char seed = 0;
    // Claims of a few bytes to 20 MiB (over the 1 MiB buffers and the 8 MiB
    // slack), each after protobuf's writes, some appended as external bytes.
    for (size_t size : {size_t(3), size_t(1) << 20, size_t(5) << 20, size_t(100), size_t(20) << 20,
                        size_t(2) << 20, size_t(20) << 20, size_t(7)}) {
      std::string header = patternString(1 + size % 97, ++seed);
      coded.WriteRaw(header.data(), static_cast<int>(header.size()));
      coded.Trim();
      expected += header;
      std::string content = patternString(size, ++seed);
      if (seed % 3 == 0) {
        output.append(content);
      } else if (seed % 4 == 0) {
        // Written from where it is, and kept until its callback runs.
        auto stored = std::make_shared<std::string>(std::move(content));
        output.appendWeightPiece(*stored);
        output.whenWritten([&, stored] { ++released; });
        expected += *stored;
        continue;
      } else {
        llvm::MutableArrayRef<char> claimed = output.claim(size);
        std::copy(content.begin(), content.end(), claimed.begin());
        output.appendWeightPiece(claimed); // Already in place: not written twice.
      }
      expected += content;
    }
    std::string tail = patternString(3 << 20, ++seed);
    coded.WriteRaw(tail.data(), static_cast<int>(tail.size()));
    expected += tail;
    coded.Trim();
    EXPECT_EQ(output.ByteCount(), static_cast<int64_t>(expected.size()));
  }
  ASSERT_EQ(written.size(), expected.size());
  EXPECT_TRUE(written == expected);
  EXPECT_EQ(released, 3);
}

TEST(AsyncOutputTest, BuffersStayWithinTwiceTheLargestClaim) {
  std::string written;
  llvm::raw_string_ostream os(written);
  t2t::AsyncOutput output(os);
  // Bytes stored elsewhere, appended whole, are copied a buffer at a time.
  std::string stored = patternString(64 << 20, 1);
  output.append(stored);
  EXPECT_LE(output.bufferBytes(), size_t(10) << 20);
  // Claims of 24 MiB: two such buffers and the slack at most.
  for (int i = 0; i < 4; ++i) {
    llvm::MutableArrayRef<char> claimed = output.claim(24 << 20);
    std::fill(claimed.begin(), claimed.end(), static_cast<char>(i));
    EXPECT_LE(output.bufferBytes(), size_t(2 * 24 + 8) << 20);
  }
}

} // namespace
