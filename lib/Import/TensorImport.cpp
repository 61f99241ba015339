//===- TensorImport.cpp - ONNX TensorProto -> ElementsAttr ----------------===//

#include "TensorImport.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <cstring>

#include <sys/mman.h>

using namespace mlir;
using llvm::createStringError;
using llvm::Expected;
using ::onnx::TensorProto;

namespace t2t::import {

Expected<Type> convertElementType(int32_t onnxType, MLIRContext *context) {
  Builder b(context);
  switch (onnxType) {
  case TensorProto::FLOAT:
    return b.getF32Type();
  case TensorProto::DOUBLE:
    return b.getF64Type();
  case TensorProto::FLOAT16:
    return b.getF16Type();
  case TensorProto::BFLOAT16:
    return b.getBF16Type();
  case TensorProto::INT8:
    return b.getIntegerType(8);
  case TensorProto::INT16:
    return b.getIntegerType(16);
  case TensorProto::INT32:
    return b.getIntegerType(32);
  case TensorProto::INT64:
    return b.getIntegerType(64);
  case TensorProto::UINT8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case TensorProto::UINT16:
    return b.getIntegerType(16, /*isSigned=*/false);
  case TensorProto::UINT32:
    return b.getIntegerType(32, /*isSigned=*/false);
  case TensorProto::UINT64:
    return b.getIntegerType(64, /*isSigned=*/false);
  case TensorProto::BOOL:
    return b.getI1Type();
  default:
    break;
  }
  const std::string &name =
      TensorProto::DataType_Name(static_cast<TensorProto::DataType>(onnxType));
  return createStringError("element type %s (%d) is not supported",
                           name.empty() ? "<unknown>" : name.c_str(), onnxType);
}

Expected<TensorType> convertTensorType(const ::onnx::TypeProto &type, MLIRContext *context) {
  if (!type.has_tensor_type())
    return createStringError("only tensor types are supported (sequence, map and optional "
                             "types are not)");
  const auto &tensor = type.tensor_type();
  auto element = convertElementType(tensor.elem_type(), context);
  if (!element)
    return element.takeError();
  if (!tensor.has_shape())
    return UnrankedTensorType::get(*element);
  SmallVector<int64_t> dims;
  for (const auto &dim : tensor.shape().dim()) {
    if (dim.has_dim_value() && dim.dim_value() < 0)
      return createStringError("negative dimension %lld", (long long)dim.dim_value());
    dims.push_back(dim.has_dim_value() ? dim.dim_value() : ShapedType::kDynamic);
  }
  return RankedTensorType::get(dims, *element);
}

namespace {

/// Bytes per element in ONNX's little-endian raw layout (bool: one byte).
size_t storageBytes(Type element) {
  return element.isInteger(1) ? 1 : element.getIntOrFloatBitWidth() / 8;
}

/// Builds the attribute from little-endian bytes already in storage layout.
/// Bools are normalized to 0/1 and always inline.
ElementsAttr fromBytes(RankedTensorType type, ArrayRef<char> bytes) {
  if (type.getElementType().isInteger(1)) {
    SmallVector<bool> values;
    values.reserve(bytes.size());
    for (char c : bytes)
      values.push_back(c != 0);
    return DenseElementsAttr::get(type, values);
  }
  return DenseElementsAttr::getFromRawBuffer(type, bytes);
}

/// A blob over `data`, which stays alive until `owner` is released. Data at
/// an arbitrary offset of a file is not always aligned for its elements: the
/// blob declares the alignment it has, and t2t reads blobs bytewise
/// (rawBytes), so nothing is copied to align it.
template <typename Owner>
ElementsAttr blobOver(RankedTensorType type, StringRef name, ArrayRef<char> data, Owner owner) {
  size_t align =
      std::min<size_t>(storageBytes(type.getElementType()),
                       size_t(1) << llvm::countr_zero(reinterpret_cast<uintptr_t>(data.data())));
  AsmResourceBlob blob = UnmanagedAsmResourceBlob::allocateWithAlign(
      data, align, [owner = std::move(owner)](void *, size_t, size_t) mutable { owner(); });
  return DenseResourceElementsAttr::get(type, name.empty() ? "tensor" : name, std::move(blob));
}

/// A blob over the `bytes` of a mapped `file` (the model or an external data
/// file). Released, it gives its pages back: a weight the lowering replaced
/// (a filter a fold rewrote) or t2t-convert has written does not stay
/// resident until the whole file is unmapped.
ElementsAttr blobOverMappedFile(RankedTensorType type, StringRef name, ArrayRef<char> bytes,
                                std::shared_ptr<llvm::MemoryBuffer> file) {
  return blobOver(type, name, bytes, [file = std::move(file), bytes]() mutable {
    static const uintptr_t pageSize = llvm::sys::Process::getPageSizeEstimate();
    if (file->getBufferKind() == llvm::MemoryBuffer::MemoryBuffer_MMap) {
      // Only the pages wholly inside the tensor: its neighbours may share
      // the first and the last.
      uintptr_t begin = llvm::alignTo(reinterpret_cast<uintptr_t>(bytes.data()), pageSize);
      uintptr_t end = llvm::alignDown(reinterpret_cast<uintptr_t>(bytes.end()), pageSize);
      if (begin < end)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
    }
    file.reset();
  });
}

/// The value of `key` in the tensor's external_data entries, if present.
std::optional<std::string> externalEntry(const TensorProto &tensor, StringRef key) {
  for (const auto &entry : tensor.external_data())
    if (entry.key() == key)
      return entry.value();
  return std::nullopt;
}

} // namespace

Expected<std::string> resolveExternalLocation(const TensorProto &tensor, StringRef modelDir) {
  std::optional<std::string> location = externalEntry(tensor, "location");
  if (!location || location->empty())
    return createStringError("external data has no location");
  StringRef loc = *location;
  if (llvm::sys::path::is_absolute(loc) || loc.starts_with("/") || loc.starts_with("\\"))
    return createStringError("external data location '%s' is absolute; only paths inside "
                             "the model's folder are allowed",
                             location->c_str());
  for (auto it = llvm::sys::path::begin(loc), e = llvm::sys::path::end(loc); it != e; ++it)
    if (*it == "..")
      return createStringError("external data location '%s' contains '..'", location->c_str());

  SmallString<256> dir(modelDir.empty() ? "." : modelDir), realDir, path, realPath;
  if (llvm::sys::fs::real_path(dir, realDir))
    return createStringError("cannot resolve the model's folder '%s'", dir.c_str());
  path = dir;
  llvm::sys::path::append(path, loc);
  if (llvm::sys::fs::real_path(path, realPath))
    return createStringError("external data file '%s' does not exist", location->c_str());
  if (!StringRef(realPath).starts_with((realDir + llvm::sys::path::get_separator()).str()))
    return createStringError("external data file '%s' resolves outside the model's folder",
                             location->c_str());
  if (!llvm::sys::fs::is_regular_file(realPath))
    return createStringError("external data '%s' is not a regular file", location->c_str());
  return std::string(realPath);
}

namespace {

/// Maps the `length` bytes of an external-data tensor, checking the declared
/// offset and length against the file.
Expected<std::unique_ptr<llvm::MemoryBuffer>> mapExternalData(const TensorProto &tensor,
                                                              StringRef modelDir, uint64_t length) {
  Expected<std::string> realPath = resolveExternalLocation(tensor, modelDir);
  if (!realPath)
    return realPath.takeError();
  std::string location = *externalEntry(tensor, "location");
  uint64_t fileSize = 0, offset = 0, declared = length;
  if (llvm::sys::fs::file_size(*realPath, fileSize))
    return createStringError("cannot stat external data file '%s'", location.c_str());
  if (auto text = externalEntry(tensor, "offset"); text && !llvm::to_integer(*text, offset, 10))
    return createStringError("external data offset '%s' is not a number", text->c_str());
  if (auto text = externalEntry(tensor, "length"); text && !llvm::to_integer(*text, declared, 10))
    return createStringError("external data length '%s' is not a number", text->c_str());
  if (declared != length)
    return createStringError("external data length %llu does not match the %llu bytes the "
                             "tensor's shape needs",
                             (unsigned long long)declared, (unsigned long long)length);
  if (offset > fileSize || length > fileSize - offset)
    return createStringError("external data offset %llu + length %llu is beyond the end of "
                             "'%s' (%llu bytes)",
                             (unsigned long long)offset, (unsigned long long)length,
                             location.c_str(), (unsigned long long)fileSize);
  auto buffer = llvm::MemoryBuffer::getFileSlice(*realPath, length, offset);
  if (!buffer)
    return createStringError("cannot read external data file '%s': %s", location.c_str(),
                             buffer.getError().message().c_str());
  return std::move(*buffer);
}

/// Copies a typed repeated field into little-endian storage bytes, checking
/// that it holds exactly `count` values.
template <typename Field>
Expected<std::vector<char>> fieldBytes(const Field &field, int64_t count, Type element,
                                       const char *fieldName) {
  if (static_cast<int64_t>(field.size()) != count)
    return createStringError("%s holds %d values but the shape needs %lld", fieldName, field.size(),
                             (long long)count);
  size_t width = storageBytes(element);
  std::vector<char> bytes(count * width);
  for (int64_t i = 0; i < count; ++i) {
    auto value = field.Get(i);
    // Narrow to the element's width; ONNX stores 8/16-bit types, fp16 and
    // bf16 bits in int32_data and uint32 in uint64_data.
    if (element.isF32()) {
      float f = static_cast<float>(value);
      std::memcpy(&bytes[i * width], &f, width);
    } else if (element.isF64()) {
      double d = static_cast<double>(value);
      std::memcpy(&bytes[i * width], &d, width);
    } else {
      uint64_t bits = static_cast<uint64_t>(value);
      std::memcpy(&bytes[i * width], &bits, width); // little-endian host
    }
  }
  return bytes;
}

} // namespace

Expected<ElementsAttr> convertTensor(TensorProto &tensor, StringRef modelDir, MLIRContext *context,
                                     std::optional<HeldPayload> held) {
  auto element = convertElementType(tensor.data_type(), context);
  if (!element)
    return element.takeError();

  // The element count and byte size, refusing shapes whose product overflows.
  SmallVector<int64_t> dims;
  uint64_t count = 1;
  for (int64_t d : tensor.dims()) {
    if (d < 0)
      return createStringError("negative dimension %lld", (long long)d);
    if (d != 0 && count > std::numeric_limits<int64_t>::max() / static_cast<uint64_t>(d))
      return createStringError("the element count overflows 64 bits");
    count *= d;
    dims.push_back(d);
  }
  size_t width = storageBytes(*element);
  if (count > std::numeric_limits<int64_t>::max() / width)
    return createStringError("the byte size overflows 64 bits");
  uint64_t byteSize = count * width;
  auto type = RankedTensorType::get(dims, *element);
  StringRef name = tensor.name();

  // Raw bytes: in a mapped file (external data, or the model's own that
  // PayloadSplitting.h left there), in the caller's buffer, or in the proto.
  bool external = tensor.data_location() == TensorProto::EXTERNAL;
  if (external || held || tensor.has_raw_data()) {
    ArrayRef<char> raw;
    std::shared_ptr<llvm::MemoryBuffer> file;
    if (external) {
      auto buffer = mapExternalData(tensor, modelDir, byteSize);
      if (!buffer)
        return buffer.takeError();
      raw = ArrayRef<char>((*buffer)->getBufferStart(), (*buffer)->getBufferSize());
      file = std::move(*buffer);
    } else if (held) {
      raw = held->bytes;
      file = held->file;
    } else {
      raw = ArrayRef<char>(tensor.raw_data().data(), tensor.raw_data().size());
    }
    if (raw.size() != byteSize)
      return createStringError("raw_data has %zu bytes but shape and type need %llu", raw.size(),
                               (unsigned long long)byteSize);
    if (byteSize < kBlobThresholdBytes || element->isInteger(1))
      return fromBytes(type, raw);
    if (file)
      return blobOverMappedFile(type, name, raw, std::move(file));
    if (held) // In a buffer that may go before the blob.
      return elementsFromBytes(type, raw, name.empty() ? "tensor" : name);
    // Take the bytes over from the proto instead of copying them.
    std::shared_ptr<std::string> taken(tensor.release_raw_data());
    return blobOver(type, name, ArrayRef<char>(taken->data(), taken->size()),
                    [taken]() mutable { taken.reset(); });
  }

  // Typed fields: ONNX's rules on which field holds which type.
  Expected<std::vector<char>> bytes = std::vector<char>();
  int64_t n = static_cast<int64_t>(count);
  switch (tensor.data_type()) {
  case TensorProto::FLOAT:
    bytes = fieldBytes(tensor.float_data(), n, *element, "float_data");
    break;
  case TensorProto::DOUBLE:
    bytes = fieldBytes(tensor.double_data(), n, *element, "double_data");
    break;
  case TensorProto::INT64:
    bytes = fieldBytes(tensor.int64_data(), n, *element, "int64_data");
    break;
  case TensorProto::UINT32:
  case TensorProto::UINT64:
    bytes = fieldBytes(tensor.uint64_data(), n, *element, "uint64_data");
    break;
  default:
    bytes = fieldBytes(tensor.int32_data(), n, *element, "int32_data");
    break;
  }
  if (!bytes)
    return bytes.takeError();
  return fromBytes(type, *bytes);
}

} // namespace t2t::import
