//===- AsyncOutput.h - Exporter output written by a thread of its own -----===//
//
// An exporter's bytes go into buffers that another thread writes to the
// raw_ostream: on a machine with two cores, the kernel's copy of each buffer
// into the page cache overlaps the computing of the next (VGG11-BN: 0.37 ->
// 0.32 s). The buffers are the output itself: protobuf serializes into them
// (a ZeroCopyOutputStream) and a weight is permuted straight into them
// (claim), so no byte is copied on its way to the file but by the kernel.
// Written buffers are reused, within a budget of twice the largest weight
// (one computed while the one before it is written) and a few MiB.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_EXPORT_ASYNCOUTPUT_H
#define T2T_LIB_EXPORT_ASYNCOUTPUT_H

#include "t2t/Support/ElementsAttrUtils.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

#include <google/protobuf/io/zero_copy_stream.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace t2t {

class AsyncOutput : public google::protobuf::io::ZeroCopyOutputStream {
public:
  explicit AsyncOutput(llvm::raw_ostream &os);
  /// Writes what is queued and stops the thread.
  ~AsyncOutput() override;

  bool Next(void **data, int *size) override;
  void BackUp(int count) override;
  int64_t ByteCount() const override { return byteCount; }

  /// The next `size` bytes of the output, for the caller to fill before
  /// anything else is written: a ClaimFn (t2t::forEachTransposedPiece).
  llvm::MutableArrayRef<char> claim(size_t size);
  /// Appends `bytes`, copied; nothing when they are the memory the last
  /// claim() gave, which is in the output already.
  void append(llvm::ArrayRef<char> bytes);

  /// The memory of the buffers now.
  size_t bufferBytes();

private:
  /// Output bytes: the first `used` of `memory`.
  struct Buffer {
    WeightMemory memory;
    size_t used = 0;
    size_t size() const { return memory.bytes().size(); }
    char *data() const { return memory.bytes().data(); }
  };

  /// Queues `current` and makes current a buffer of at least `size` bytes,
  /// a written one or a new one within the budget (waiting for the writer
  /// while over it).
  void startBuffer(size_t size);
  void drain();

  llvm::raw_ostream &os;
  Buffer current;
  int64_t byteCount = 0;
  const char *lastClaim = nullptr;

  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Buffer> queue;
  std::vector<Buffer> written;
  /// The bytes of all buffers, and their limit.
  size_t allocated = 0, budget = 0;
  bool closing = false;
  std::thread writer;
};

} // namespace t2t

#endif // T2T_LIB_EXPORT_ASYNCOUTPUT_H
