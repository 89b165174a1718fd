#include "strata/codec/envelope.h"

#include "strata/codec/checksum.h"
#include "strata/simd/kernels.h"

#include <cstdio>
#include <cstring>
#include <string>

namespace strata::codec {
namespace {

// Field offsets; N is the type name length. See docs/envelope-format.md.
constexpr size_t kFormatAt = 4;
constexpr size_t kFlagsAt = 5;
constexpr size_t kNameLengthAt = 6;
constexpr size_t kNameAt = 8;
constexpr size_t kVersionSize = 12;
constexpr size_t kPayloadLengthSize = 8;
constexpr size_t kChecksumSize = 4;
constexpr size_t kMaxNameLength = 0xFFFF;

void putLittleEndian(std::vector<std::byte>& out, uint64_t value, size_t size) {
    for (size_t i = 0; i < size; ++i)
        out.push_back(static_cast<std::byte>((value >> (8 * i)) & 0xFFU));
}

uint64_t getLittleEndian(const std::byte* p, size_t size) {
    uint64_t value = 0;
    for (size_t i = size; i > 0; --i)
        value = (value << 8) | static_cast<uint8_t>(p[i - 1]);
    return value;
}

Error failAt(size_t offset, std::string message) {
    return makeError(ErrorCode::Parse, "envelope: " + std::move(message),
                     "byte " + std::to_string(offset));
}

Error truncated(size_t size, std::string_view what, size_t needed) {
    return failAt(size, "truncated in the " + std::string(what) + " (needs " +
                            std::to_string(needed) + " bytes, input has " + std::to_string(size) +
                            ")");
}

std::string hex32(uint32_t value) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08x", value);
    return text;
}

Status checkTypeName(std::string_view name) {
    if (name.empty())
        return makeError(ErrorCode::InvalidArgument, "envelope: the type name is empty");
    if (name.size() > kMaxNameLength)
        return makeError(ErrorCode::InvalidArgument,
                         "envelope: the type name is longer than 65535 bytes");
    const size_t bad = simd::findInvalidUtf8(name);
    if (bad != simd::kNoRow) {
        return makeError(ErrorCode::InvalidArgument,
                         "envelope: the type name is not UTF-8 at byte " + std::to_string(bad));
    }
    return {};
}

} // namespace

Status appendEnvelope(std::vector<std::byte>& out, const TypeVersionId& typeVersion,
                      std::span<const std::byte> payload) {
    if (Status status = checkTypeName(typeVersion.name); !status)
        return status;

    const size_t start = out.size();
    const std::string& name = typeVersion.name;
    out.reserve(start + kEnvelopeOverhead + name.size() + payload.size());
    out.insert(out.end(), std::begin(kEnvelopeMagic), std::end(kEnvelopeMagic));
    out.push_back(std::byte{kEnvelopeFormatVersion});
    out.push_back(std::byte{0}); // flags
    putLittleEndian(out, name.size(), 2);
    const auto nameBytes = asBytes(name);
    out.insert(out.end(), nameBytes.begin(), nameBytes.end());
    putLittleEndian(out, typeVersion.version.major, 4);
    putLittleEndian(out, typeVersion.version.minor, 4);
    putLittleEndian(out, typeVersion.version.patch, 4);
    putLittleEndian(out, payload.size(), kPayloadLengthSize);
    out.insert(out.end(), payload.begin(), payload.end());

    const uint32_t checksum = crc32c(std::span(out).subspan(start));
    putLittleEndian(out, checksum, kChecksumSize);
    return {};
}

Result<std::vector<std::byte>> writeEnvelope(const TypeVersionId& typeVersion,
                                             std::span<const std::byte> payload) {
    std::vector<std::byte> out;
    if (Status status = appendEnvelope(out, typeVersion, payload); !status)
        return status.error();
    return out;
}

Result<EnvelopeView> readEnvelopePrefix(std::span<const std::byte> input) {
    const size_t size = input.size();
    const std::byte* data = input.data();
    for (size_t i = 0; i < sizeof kEnvelopeMagic; ++i) {
        if (i >= size)
            return truncated(size, "magic", sizeof kEnvelopeMagic);
        if (data[i] != kEnvelopeMagic[i])
            return failAt(i, "wrong magic (not a Strata envelope, expected \"STEV\")");
    }
    if (size < kNameAt)
        return truncated(size, "header", kNameAt);

    EnvelopeView view;
    view.formatVersion = static_cast<uint8_t>(data[kFormatAt]);
    if (view.formatVersion != kEnvelopeFormatVersion) {
        return failAt(kFormatAt, "unsupported format version " +
                                     std::to_string(view.formatVersion) + " (this build reads 1)");
    }
    if (data[kFlagsAt] != std::byte{0})
        return failAt(kFlagsAt, "reserved flags are set");

    const size_t nameLength = getLittleEndian(data + kNameLengthAt, 2);
    if (nameLength == 0)
        return failAt(kNameLengthAt, "the type name is empty");
    const size_t versionAt = kNameAt + nameLength;
    const size_t payloadAt = versionAt + kVersionSize + kPayloadLengthSize;
    if (size < payloadAt)
        return truncated(size, "header", payloadAt);

    view.typeName = std::string_view(reinterpret_cast<const char*>(data + kNameAt), nameLength);
    if (const size_t bad = simd::findInvalidUtf8(view.typeName); bad != simd::kNoRow)
        return failAt(kNameAt + bad, "the type name is not UTF-8");
    view.version.major = static_cast<uint32_t>(getLittleEndian(data + versionAt, 4));
    view.version.minor = static_cast<uint32_t>(getLittleEndian(data + versionAt + 4, 4));
    view.version.patch = static_cast<uint32_t>(getLittleEndian(data + versionAt + 8, 4));

    const size_t lengthAt = versionAt + kVersionSize;
    const uint64_t payloadLength = getLittleEndian(data + lengthAt, kPayloadLengthSize);
    // compared against what is left so that a corrupted length cannot overflow
    if (payloadLength > size - payloadAt || size - payloadAt - payloadLength < kChecksumSize) {
        return failAt(lengthAt, "payload length " + std::to_string(payloadLength) +
                                    " runs past the end of the input (" +
                                    std::to_string(size - payloadAt) +
                                    " bytes follow the header, checksum included)");
    }
    view.payload = input.subspan(payloadAt, payloadLength);

    const size_t checksumAt = payloadAt + payloadLength;
    const uint32_t stored =
        static_cast<uint32_t>(getLittleEndian(data + checksumAt, kChecksumSize));
    const uint32_t computed = crc32c(input.first(checksumAt));
    if (stored != computed) {
        return failAt(checksumAt, "checksum mismatch (stored " + hex32(stored) + ", computed " +
                                      hex32(computed) + "): the envelope is corrupted");
    }
    view.size = checksumAt + kChecksumSize;
    return view;
}

Result<EnvelopeView> readEnvelope(std::span<const std::byte> input) {
    Result<EnvelopeView> view = readEnvelopePrefix(input);
    if (view.ok() && view->size != input.size()) {
        return failAt(view->size, std::to_string(input.size() - view->size) +
                                      " unexpected bytes after the envelope");
    }
    return view;
}

} // namespace strata::codec
