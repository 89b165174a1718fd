#pragma once

// Scalar UTF-8 checking shared by every level. Defined in utf8_scalar.cpp, which is built with
// baseline flags, so the wider-ISA translation units call it instead of inlining their own copy.

#include "strata/simd/kernels.h"

#include <cstddef>
#include <cstdint>

namespace strata::simd::detail {

// Checks whole sequences starting at `pos` until one ends at or after `until` (sequences may
// run past `until` but not past `end`). Returns where checking stopped, always a sequence
// boundary in [until, end], or kNoRow when an ill-formed sequence was found.
size_t utf8CheckFrom(const unsigned char* bytes, size_t pos, size_t until, size_t end);

// Offset of the first ill-formed sequence in text[0 .. size), or kNoRow.
size_t utf8FirstInvalid(const unsigned char* text, size_t size);

// Row by row check of rows [firstRow, endRow) of a string column; null rows are skipped.
Utf8Outcome utf8CheckRows(const uint32_t* offsets, const char* bytes, const uint64_t* validity,
                          size_t firstRow, size_t endRow);

// The vector levels check rows this many at a time as one stream; a failing chunk is checked
// again row by row for the exact place.
inline constexpr size_t kUtf8RowsPerChunk = 1024;

inline bool isValidRow(const uint64_t* validity, size_t row) {
    return validity == nullptr || ((validity[row / 64] >> (row % 64)) & 1U) != 0;
}

} // namespace strata::simd::detail
