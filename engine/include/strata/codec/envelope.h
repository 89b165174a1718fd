#pragma once

// The binary envelope: one payload tagged with the type version that wrote it and protected by
// a CRC-32C. The byte layout is specified in docs/envelope-format.md. Reading never copies the
// payload: the view points into the caller's buffer, which must outlive it.

#include "strata/core/result.h"
#include "strata/model/version.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace strata::codec {

inline constexpr std::byte kEnvelopeMagic[4] = {std::byte{'S'}, std::byte{'T'}, std::byte{'E'},
                                                std::byte{'V'}};
inline constexpr uint8_t kEnvelopeFormatVersion = 1;

// Bytes an envelope adds around its type name and payload (fixed header fields and checksum).
inline constexpr size_t kEnvelopeOverhead = 32;

// A decoded envelope; typeName and payload point into the input buffer.
struct EnvelopeView {
    uint8_t formatVersion = kEnvelopeFormatVersion;
    std::string_view typeName;
    SemVer version;
    std::span<const std::byte> payload;
    size_t size = 0; // bytes of the input this envelope occupies

    TypeVersionId typeVersion() const { return TypeVersionId{std::string(typeName), version}; }
};

// Appends one envelope to `out`. Fails when the type name is empty, longer than 65535 bytes
// or not UTF-8.
Status appendEnvelope(std::vector<std::byte>& out, const TypeVersionId& typeVersion,
                      std::span<const std::byte> payload);

// One envelope as a new buffer.
Result<std::vector<std::byte>> writeEnvelope(const TypeVersionId& typeVersion,
                                             std::span<const std::byte> payload);

// Reads the envelope at the start of `input`, which may continue with further envelopes.
// Truncated, wrong-magic, unknown-format and corrupted input is a Parse error whose `where`
// is "byte N", the offset at which reading failed.
Result<EnvelopeView> readEnvelopePrefix(std::span<const std::byte> input);

// Reads an input that must hold exactly one envelope.
Result<EnvelopeView> readEnvelope(std::span<const std::byte> input);

} // namespace strata::codec
