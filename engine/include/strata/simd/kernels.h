#pragma once

// Batch conversion kernels over raw column buffers. Every kernel exists once per SimdLevel;
// the free functions below call the active level's version (see level.h), and kernelsFor()
// hands out one level's table so tests and benchmarks can compare levels side by side.
//
// Validity is an LSB-first bitmap of 64-bit words, bit set = row valid; a null pointer means
// every row is valid. Kernels read `rows` values and write `rows` outputs; output buffers must
// not overlap inputs unless a kernel says otherwise.

#include "strata/simd/level.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

namespace strata::simd {

// "No such row": returned where a row index is expected and every row passed.
inline constexpr size_t kNoRow = std::numeric_limits<size_t>::max();

// Marks an enum remap table entry whose writer symbol the reader enum does not have.
inline constexpr int32_t kUnknownSymbol = -1;

struct RemapOutcome {
    size_t unknownCount = 0; // valid rows whose code had no reader symbol
    size_t firstUnknownRow = kNoRow;

    bool operator==(const RemapOutcome&) const = default;
};

struct Utf8Outcome {
    size_t firstBadRow = kNoRow; // the first valid row holding ill-formed UTF-8
    size_t byteOffset = 0;       // offset inside that row of the ill-formed sequence's first byte

    bool ok() const { return firstBadRow == kNoRow; }
    bool operator==(const Utf8Outcome&) const = default;
};

// One level's kernels. All function pointers are set.
struct KernelTable {
    SimdLevel level = SimdLevel::Scalar;

    void (*int32ToInt64)(const int32_t* in, int64_t* out, size_t rows);
    void (*int32ToFloat64)(const int32_t* in, double* out, size_t rows);
    void (*int64ToFloat64)(const int64_t* in, double* out, size_t rows);
    void (*float32ToFloat64)(const float* in, double* out, size_t rows);

    // out = in * scale + offset, rounded after the product and after the sum (never fused).
    void (*scaleOffset)(const double* in, double* out, size_t rows, double scale, double offset);

    // Overwrites the values of null rows with `fill`, in place, by bit pattern (1, 4, 8 bytes).
    void (*fillNulls8)(uint8_t* values, const uint64_t* validity, size_t rows, uint8_t fill);
    void (*fillNulls32)(uint32_t* values, const uint64_t* validity, size_t rows, uint32_t fill);
    void (*fillNulls64)(uint64_t* values, const uint64_t* validity, size_t rows, uint64_t fill);

    // out[i] = table[codes[i]], or `fallback` when the code is outside the table or maps to
    // kUnknownSymbol. Only valid rows count as unknown.
    RemapOutcome (*remapEnum)(const int32_t* codes, const uint64_t* validity, size_t rows,
                              const int32_t* table, size_t tableSize, int32_t fallback,
                              int32_t* out);

    // out[i] = in[i] for every row up to the first valid row whose value has no int32 form;
    // returns that row (outputs from it on are unspecified) or kNoRow.
    size_t (*int64ToInt32Checked)(const int64_t* in, const uint64_t* validity, size_t rows,
                                  int32_t* out);

    // Same contract for float64 → int64: a value passes when it is an integer in
    // [-2^63, 2^63); NaN, infinities and fractions fail. -0.0 becomes 0.
    size_t (*float64ToInt64Checked)(const double* in, const uint64_t* validity, size_t rows,
                                    int64_t* out);

    // Checks that every valid row of a string column is well-formed UTF-8 on its own
    // (RFC 3629: no overlongs, surrogates, code points above U+10FFFF or cut sequences).
    // Row r holds bytes[offsets[r] .. offsets[r + 1]).
    Utf8Outcome (*validateUtf8)(const uint32_t* offsets, const char* bytes,
                                const uint64_t* validity, size_t rows);
};

// The active level's table.
const KernelTable& activeKernels();

// One level's table, or nullptr when this CPU cannot run it.
const KernelTable* kernelsFor(SimdLevel level);

// Span conveniences over activeKernels(); `out` must be at least as long as `in`.
void convertInt32ToInt64(std::span<const int32_t> in, std::span<int64_t> out);
void convertInt32ToFloat64(std::span<const int32_t> in, std::span<double> out);
void convertInt64ToFloat64(std::span<const int64_t> in, std::span<double> out);
void convertFloat32ToFloat64(std::span<const float> in, std::span<double> out);
void scaleOffset(std::span<const double> in, std::span<double> out, double scale, double offset);

// The first ill-formed sequence of `text` as a byte offset, or kNoRow when it is valid UTF-8.
size_t findInvalidUtf8(std::string_view text);

} // namespace strata::simd
