#pragma once

// Checksums and stable hashes for envelopes and fingerprints. Both are fixed functions whose
// values are part of on-disk and on-wire formats: they never change between builds or CPUs.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace strata::codec {

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, initial value and final xor
// 0xFFFFFFFF), as used by iSCSI and ext4. Uses the SSE4.2 crc32 instruction when present.
uint32_t crc32c(std::span<const std::byte> bytes);

// The same checksum computed without the crc32 instruction (table driven, 8 bytes a step).
uint32_t crc32cPortable(std::span<const std::byte> bytes);

// FNV-1a, 64-bit (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
uint64_t fnv1a64(std::string_view bytes);

inline std::span<const std::byte> asBytes(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

} // namespace strata::codec
