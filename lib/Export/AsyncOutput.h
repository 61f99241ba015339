//===- AsyncOutput.h - Exporter output written by a thread of its own -----===//
//
// An exporter's bytes go into buffers that another thread writes to the
// raw_ostream: on a machine with two cores, the kernel's copy of each buffer
// into the page cache overlaps the computing of the next (VGG11-BN: 0.37 ->
// 0.32 s). The buffers are the output itself: protobuf serializes into them
// (a ZeroCopyOutputStream) and a weight is permuted straight into them
// (claim); a weight stored as it is written goes from its storage (the
// mapped model) to the file. No byte is copied on its way but by the kernel.
// Written buffers are reused, within a budget of twice the largest weight
// (one computed while the one before it is written) and a few MiB.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_EXPORT_ASYNCOUTPUT_H
#define T2T_LIB_EXPORT_ASYNCOUTPUT_H

#include "BlobRelease.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

#include <google/protobuf/io/zero_copy_stream.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace t2t {

class AsyncOutput : public google::protobuf::io::ZeroCopyOutputStream {
public:
  /// `size`, when known, is how many bytes will be written: `os` may reserve
  /// them (raw_ostream::reserveExtraSpace).
  explicit AsyncOutput(llvm::raw_ostream &os, size_t size = 0);
  /// Writes what is queued, runs the whenWritten callbacks as it goes, and
  /// stops the thread.
  ~AsyncOutput() override;

  bool Next(void **data, int *size) override;
  void BackUp(int count) override;
  int64_t ByteCount() const override { return byteCount; }

  /// The next `size` bytes of the output, for the caller to fill before
  /// anything else is written: a ClaimFn (t2t::forEachTransposedPiece).
  llvm::MutableArrayRef<char> claim(size_t size);
  /// Appends `bytes`, copied.
  void append(llvm::ArrayRef<char> bytes);
  /// Appends the bytes of a weight (tfl::forEachConstantPiece): computed
  /// ones (permuted, scaled) into the output's buffers, stored ones from
  /// where they are stored; `release`, if any, frees its blobs once their
  /// bytes are written. False, and nothing appended, for kinds without a
  /// flat buffer.
  bool appendWeight(mlir::ElementsAttr value, BlobRelease *release);
  /// Appends a piece from tfl::forEachConstantPiece: claimed memory is in
  /// place already; stored bytes are written from where they are (a large
  /// piece; its storage must stay until the whenWritten callbacks registered
  /// after it run) or copied.
  void appendWeightPiece(llvm::ArrayRef<char> piece);
  /// Calls `fn` on this thread once the stored pieces appended so far are
  /// written (their storage may then be freed): now if they are, else during
  /// a later call or when the output is destroyed. Freed at once, a weight
  /// permuted into the output does not stay resident while it waits.
  void whenWritten(std::function<void()> fn);

  /// The memory of the buffers now.
  size_t bufferBytes();

private:
  /// Output bytes: the first `used` of `memory`, or `stored` bytes.
  struct Buffer {
    WeightMemory memory;
    size_t used = 0;
    llvm::ArrayRef<char> stored;
    size_t size() const { return memory.bytes().size(); }
    char *data() const { return memory.bytes().data(); }
  };

  /// Queues `current` if it holds bytes (with `lock` held).
  void queueCurrent();
  /// Queues `current` and makes current a buffer of at least `size` bytes,
  /// a written one or a new one within the budget (waiting for the writer
  /// while over it).
  void startBuffer(size_t size);
  /// Runs the callbacks whose bytes are written (without the lock).
  void runWrittenCallbacks();
  void drain();

  llvm::raw_ostream &os;
  Buffer current;
  int64_t byteCount = 0;
  const char *lastClaim = nullptr;
  /// Callbacks, each with the count of queued buffers it waits for.
  std::deque<std::pair<uint64_t, std::function<void()>>> callbacks;

  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Buffer> queue;
  std::vector<Buffer> written;
  /// Buffers queued and written so far, in order, and the count queued up
  /// to the last stored piece.
  uint64_t queuedCount = 0, writtenCount = 0, lastStored = 0;
  /// The bytes of all buffers, and their limit; stored bytes queued.
  size_t allocated = 0, budget = 0, storedQueued = 0;
  bool closing = false;
  std::thread writer;
};

} // namespace t2t

#endif // T2T_LIB_EXPORT_ASYNCOUTPUT_H
