// The scalar level: plain loops, built without auto-vectorisation (see CMakeLists.txt). It is
// both the fallback for CPUs without usable vectors and the reference the other levels match.

#include "kernel_tables.h"
#include "utf8_scalar.h"

#include <cmath>

namespace strata::simd::detail {
namespace {

template <typename In, typename Out> void convert(const In* in, Out* out, size_t rows) {
    for (size_t i = 0; i < rows; ++i)
        out[i] = static_cast<Out>(in[i]);
}

void scaleOffset(const double* in, double* out, size_t rows, double scale, double offset) {
    for (size_t i = 0; i < rows; ++i) {
        const double product = in[i] * scale;
        out[i] = product + offset;
    }
}

template <typename U> void fillNulls(U* values, const uint64_t* validity, size_t rows, U fill) {
    if (validity == nullptr)
        return;
    for (size_t i = 0; i < rows; ++i) {
        if (!isValidRow(validity, i))
            values[i] = fill;
    }
}

RemapOutcome remapEnum(const int32_t* codes, const uint64_t* validity, size_t rows,
                       const int32_t* table, size_t tableSize, int32_t fallback, int32_t* out) {
    RemapOutcome outcome;
    for (size_t i = 0; i < rows; ++i) {
        const int32_t code = codes[i];
        const bool inTable = code >= 0 && static_cast<size_t>(code) < tableSize;
        const int32_t mapped = inTable ? table[code] : kUnknownSymbol;
        if (mapped >= 0) {
            out[i] = mapped;
            continue;
        }
        out[i] = fallback;
        if (!isValidRow(validity, i))
            continue;
        if (outcome.unknownCount == 0)
            outcome.firstUnknownRow = i;
        ++outcome.unknownCount;
    }
    return outcome;
}

size_t int64ToInt32Checked(const int64_t* in, const uint64_t* validity, size_t rows, int32_t* out) {
    for (size_t i = 0; i < rows; ++i) {
        const int64_t value = in[i];
        const bool fits = value >= INT32_MIN && value <= INT32_MAX;
        if (!fits && isValidRow(validity, i))
            return i;
        out[i] = static_cast<int32_t>(value);
    }
    return kNoRow;
}

size_t float64ToInt64Checked(const double* in, const uint64_t* validity, size_t rows,
                             int64_t* out) {
    for (size_t i = 0; i < rows; ++i) {
        const double value = in[i];
        // the comparisons are false for NaN, so NaN never passes
        const bool passes = value >= -0x1p63 && value < 0x1p63 && std::trunc(value) == value;
        if (!passes && isValidRow(validity, i))
            return i;
        out[i] = passes ? static_cast<int64_t>(value) : 0;
    }
    return kNoRow;
}

Utf8Outcome validateUtf8(const uint32_t* offsets, const char* bytes, const uint64_t* validity,
                         size_t rows) {
    return utf8CheckRows(offsets, bytes, validity, 0, rows);
}

} // namespace

const KernelTable& scalarKernels() {
    static const KernelTable table{
        SimdLevel::Scalar,
        convert<int32_t, int64_t>,
        convert<int32_t, double>,
        convert<int64_t, double>,
        convert<float, double>,
        scaleOffset,
        fillNulls<uint8_t>,
        fillNulls<uint32_t>,
        fillNulls<uint64_t>,
        remapEnum,
        int64ToInt32Checked,
        float64ToInt64Checked,
        validateUtf8,
    };
    return table;
}

} // namespace strata::simd::detail
