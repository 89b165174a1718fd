#include "strata/codec/checksum.h"

#include <array>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

namespace strata::codec {
namespace {

constexpr uint32_t kCastagnoli = 0x82F63B78U; // reflected

// kTables[k][b]: the CRC of byte b followed by k zero bytes (slicing-by-8).
constexpr auto kTables = [] {
    std::array<std::array<uint32_t, 256>, 8> tables{};
    for (uint32_t byte = 0; byte < 256; ++byte) {
        uint32_t crc = byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ ((crc & 1U) ? kCastagnoli : 0U);
        tables[0][byte] = crc;
    }
    for (size_t k = 1; k < 8; ++k) {
        for (size_t byte = 0; byte < 256; ++byte) {
            const uint32_t previous = tables[k - 1][byte];
            tables[k][byte] = (previous >> 8) ^ tables[0][previous & 0xFFU];
        }
    }
    return tables;
}();

uint64_t loadLittleEndian64(const unsigned char* p) {
    uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | p[i];
    return value;
}

uint32_t updatePortable(uint32_t crc, const unsigned char* p, size_t size) {
    while (size >= 8) {
        const uint64_t word = loadLittleEndian64(p) ^ crc;
        crc = kTables[7][word & 0xFF] ^ kTables[6][(word >> 8) & 0xFF] ^
              kTables[5][(word >> 16) & 0xFF] ^ kTables[4][(word >> 24) & 0xFF] ^
              kTables[3][(word >> 32) & 0xFF] ^ kTables[2][(word >> 40) & 0xFF] ^
              kTables[1][(word >> 48) & 0xFF] ^ kTables[0][word >> 56];
        p += 8;
        size -= 8;
    }
    for (; size > 0; --size, ++p)
        crc = (crc >> 8) ^ kTables[0][(crc ^ *p) & 0xFFU];
    return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) uint32_t updateHardware(uint32_t crc, const unsigned char* p,
                                                          size_t size) {
    uint64_t wide = crc;
    for (; size >= 8; size -= 8, p += 8) {
        uint64_t word;
        std::memcpy(&word, p, sizeof word);
        wide = _mm_crc32_u64(wide, word);
    }
    crc = static_cast<uint32_t>(wide);
    for (; size > 0; --size, ++p)
        crc = _mm_crc32_u8(crc, *p);
    return crc;
}

bool hasCrcInstruction() {
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("sse4.2") != 0;
    }();
    return has;
}
#endif

} // namespace

uint32_t crc32cPortable(std::span<const std::byte> bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    return ~updatePortable(~0U, p, bytes.size());
}

uint32_t crc32c(std::span<const std::byte> bytes) {
#if defined(__x86_64__)
    if (hasCrcInstruction()) {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
        return ~updateHardware(~0U, p, bytes.size());
    }
#endif
    return crc32cPortable(bytes);
}

uint64_t fnv1a64(std::string_view bytes) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace strata::codec
