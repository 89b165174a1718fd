#pragma once

// What the vector UTF-8 checks share besides the tables: the row-start check (in a well-formed
// stream every row is well-formed on its own exactly when no row starts with a continuation
// byte, that is, no sequence crosses a row boundary) and the prefetch of each chunk's end.
// Included by translation units built for different ISAs, so it has internal linkage: no copy
// compiled for a wide ISA can stand in for another level's.

#include "utf8_scalar.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace strata::simd::detail {
namespace {

// The first bytes of rows [firstRow, endRow), taken a few at a time. Continuation bytes
// 0x80..0xBF are the signed bytes below -64, so a first byte plus 64 is negative exactly for
// them, and the OR of those sums tells whether any row starts inside a sequence.
class RowStarts {
public:
    RowStarts(const uint32_t* offsets, const char* bytes, size_t firstRow, size_t endRow)
        : offsets_(offsets)
        , text_(reinterpret_cast<const int8_t*>(bytes))
        , row_(firstRow)
        , end_(rowsWithFirstByte(offsets, firstRow, endRow)) {}

    // How many rows to take per block so that the reads stay behind `blocks` blocks.
    size_t perBlock(size_t blocks) const { return blocks > 0 ? (end_ - row_) / blocks : 0; }

    void take(size_t count) {
        const size_t stop = std::min(end_, row_ + count);
        int other = 0; // a second accumulator, so consecutive rows do not wait on each other
        for (; row_ + 2 <= stop; row_ += 2) {
            flags_ |= text_[offsets_[row_]] + 64;
            other |= text_[offsets_[row_ + 1]] + 64;
        }
        if (row_ < stop)
            flags_ |= text_[offsets_[row_++]] + 64;
        flags_ |= other;
    }

    // Takes the rows not taken yet.
    bool noneInsideASequence() {
        take(end_ - row_);
        return flags_ >= 0;
    }

private:
    // Rows starting at the end of the range are empty and have no first byte to read; an empty
    // row before them reads the next row's first byte, checked anyway.
    static size_t rowsWithFirstByte(const uint32_t* offsets, size_t firstRow, size_t endRow) {
        const uint32_t end = offsets[endRow];
        while (endRow > firstRow && offsets[endRow - 1] == end)
            --endRow;
        return endRow;
    }

    const uint32_t* offsets_;
    const int8_t* text_;
    size_t row_;
    size_t end_;
    int flags_ = 0;
};

// Asks for the offset that ends the chunk after the one starting at `firstRow`: read first
// thing in that chunk, it sits 4 KiB ahead of the rows being read and would miss the cache.
inline void prefetchNextChunkEnd(const uint32_t* offsets, size_t firstRow, size_t rows) {
    const size_t nextEnd = firstRow + 2 * kUtf8RowsPerChunk;
    __builtin_prefetch(offsets + (nextEnd < rows ? nextEnd : rows));
}

} // namespace
} // namespace strata::simd::detail
