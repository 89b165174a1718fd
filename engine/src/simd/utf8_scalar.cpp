#include "utf8_scalar.h"

#include <cstring>

namespace strata::simd::detail {
namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0U) == 0x80U;
}

// Skips whole 8-byte words of ASCII starting at pos; returns the first position not skipped.
size_t skipAsciiWords(const unsigned char* bytes, size_t pos, size_t end) {
    while (end - pos >= 8) {
        uint64_t word;
        std::memcpy(&word, bytes + pos, sizeof word);
        if ((word & 0x8080808080808080ULL) != 0)
            break;
        pos += 8;
    }
    return pos;
}

// Length of the well-formed sequence starting at bytes[pos], or 0 when it is ill-formed.
// The ranges for the second byte follow Unicode table 3-7 (well-formed byte sequences).
size_t sequenceLength(const unsigned char* bytes, size_t pos, size_t end) {
    const unsigned char lead = bytes[pos];
    if (lead < 0x80U)
        return 1;
    if (lead < 0xC2U || lead > 0xF4U)
        return 0; // stray continuation byte, overlong 2-byte lead, or beyond U+10FFFF

    size_t length = lead < 0xE0U ? 2 : lead < 0xF0U ? 3 : 4;
    if (end - pos < length)
        return 0;

    unsigned char low = 0x80U;
    unsigned char high = 0xBFU;
    if (lead == 0xE0U)
        low = 0xA0U; // overlong 3-byte form
    else if (lead == 0xEDU)
        high = 0x9FU; // UTF-16 surrogates
    else if (lead == 0xF0U)
        low = 0x90U; // overlong 4-byte form
    else if (lead == 0xF4U)
        high = 0x8FU; // above U+10FFFF

    const unsigned char second = bytes[pos + 1];
    if (second < low || second > high)
        return 0;
    for (size_t i = 2; i < length; ++i) {
        if (!isContinuation(bytes[pos + i]))
            return 0;
    }
    return length;
}

} // namespace

size_t utf8CheckFrom(const unsigned char* bytes, size_t pos, size_t until, size_t end) {
    while (pos < until) {
        pos = skipAsciiWords(bytes, pos, end);
        if (pos >= until || pos == end)
            break;
        const size_t length = sequenceLength(bytes, pos, end);
        if (length == 0)
            return kNoRow;
        pos += length;
    }
    return pos;
}

size_t utf8FirstInvalid(const unsigned char* text, size_t size) {
    size_t pos = 0;
    while (pos < size) {
        pos = skipAsciiWords(text, pos, size);
        if (pos == size)
            break;
        const size_t length = sequenceLength(text, pos, size);
        if (length == 0)
            return pos;
        pos += length;
    }
    return kNoRow;
}

Utf8Outcome utf8CheckRows(const uint32_t* offsets, const char* bytes, const uint64_t* validity,
                          size_t firstRow, size_t endRow) {
    const auto* text = reinterpret_cast<const unsigned char*>(bytes);
    for (size_t row = firstRow; row < endRow; ++row) {
        if (!isValidRow(validity, row))
            continue;
        const size_t bad = utf8FirstInvalid(text + offsets[row], offsets[row + 1] - offsets[row]);
        if (bad != kNoRow)
            return Utf8Outcome{row, bad};
    }
    return {};
}

} // namespace strata::simd::detail
