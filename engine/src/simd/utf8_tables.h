#pragma once

// The lookup tables of the table-driven UTF-8 check, shared by the xsimd levels
// (kernels_impl.h) and the AVX-512 VBMI check (kernels_avx512vbmi.cpp).

#include <array>
#include <cstdint>

namespace strata::simd::detail {

// UTF-8 checking by table lookups over pairs of bytes, after Keiser and Lemire, "Validating
// UTF-8 in less than one instruction per byte" (2021). Each table maps a nibble to the set of
// error classes it can take part in; an error class survives the AND of the three lookups
// only when the byte pair really shows it.
enum Utf8Error : uint8_t {
    kTooShort = 1 << 0,     // lead byte followed by a lead byte or ASCII
    kTooLong = 1 << 1,      // ASCII followed by a continuation byte
    kOverlong3 = 1 << 2,    // E0 80..9F
    kTooLarge = 1 << 3,     // F4 90..BF, F5..FF 90..BF
    kSurrogate = 1 << 4,    // ED A0..BF
    kOverlong2 = 1 << 5,    // C0, C1 followed by a continuation byte
    kTooLarge1000 = 1 << 6, // F5..FF 80..8F
    kOverlong4 = 1 << 6,    // F0 80..8F
    kTwoConts = 1 << 7,     // continuation after continuation (fine for a 3rd or 4th byte)
    kCarry = kTooShort | kTooLong | kTwoConts,
};

using Table16 = std::array<uint8_t, 16>;

// by the high nibble of the first byte of a pair
inline constexpr Table16 kFirstHigh = {kTooLong,
                                       kTooLong,
                                       kTooLong,
                                       kTooLong,
                                       kTooLong,
                                       kTooLong,
                                       kTooLong,
                                       kTooLong,
                                       kTwoConts,
                                       kTwoConts,
                                       kTwoConts,
                                       kTwoConts,
                                       kTooShort | kOverlong2,
                                       kTooShort,
                                       kTooShort | kOverlong3 | kSurrogate,
                                       kTooShort | kTooLarge | kTooLarge1000 | kOverlong4};
// by the low nibble of the first byte of a pair
inline constexpr Table16 kFirstLow = {kCarry | kOverlong3 | kOverlong2 | kOverlong4,
                                      kCarry | kOverlong2,
                                      kCarry,
                                      kCarry,
                                      kCarry | kTooLarge,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
                                      kCarry | kTooLarge | kTooLarge1000,
                                      kCarry | kTooLarge | kTooLarge1000};
// by the high nibble of the second byte of a pair
inline constexpr Table16 kSecondHigh = {kTooShort,
                                        kTooShort,
                                        kTooShort,
                                        kTooShort,
                                        kTooShort,
                                        kTooShort,
                                        kTooShort,
                                        kTooShort,
                                        kTooLong | kOverlong2 | kTwoConts | kOverlong3 |
                                            kTooLarge1000 | kOverlong4,
                                        kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
                                        kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
                                        kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
                                        kTooShort,
                                        kTooShort,
                                        kTooShort,
                                        kTooShort};

} // namespace strata::simd::detail
