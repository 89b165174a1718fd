#include "strata/simd/column_ops.h"

#include "strata/simd/kernels.h"

#include <bit>
#include <cstring>
#include <unordered_map>

namespace strata::simd {
namespace {

template <typename Out, typename In, typename Kernel>
Column<Out> convertColumn(const Column<In>& column, Kernel kernel) {
    Column<Out> result;
    result.values.resize(column.size());
    result.validity = column.validity;
    kernel(column.values.data(), result.values.data(), column.size());
    return result;
}

std::string rowLabel(size_t row) {
    return "row " + std::to_string(row);
}

// Fills by bit pattern with the kernel of the same width, then marks every row valid.
template <typename T, typename Bits, typename Kernel>
void fillColumn(Column<T>& column, T fill, Kernel kernel) {
    static_assert(sizeof(T) == sizeof(Bits));
    kernel(reinterpret_cast<Bits*>(column.values.data()), column.validity.words(), column.size(),
           std::bit_cast<Bits>(fill));
    column.validity = ValidityBitmap(column.size(), true);
}

} // namespace

Int64Column toInt64(const Int32Column& column) {
    return convertColumn<int64_t>(column, activeKernels().int32ToInt64);
}

Float64Column toFloat64(const Int32Column& column) {
    return convertColumn<double>(column, activeKernels().int32ToFloat64);
}

Float64Column toFloat64(const Float32Column& column) {
    return convertColumn<double>(column, activeKernels().float32ToFloat64);
}

Float64Column toFloat64(const Int64Column& column) {
    return convertColumn<double>(column, activeKernels().int64ToFloat64);
}

Float64Column scaleOffset(const Float64Column& column, double scale, double offset) {
    const auto kernel = activeKernels().scaleOffset;
    return convertColumn<double>(column, [&](const double* in, double* out, size_t rows) {
        kernel(in, out, rows, scale, offset);
    });
}

void fillNulls(BoolColumn& column, bool fill) {
    fillColumn<uint8_t, uint8_t>(column, uint8_t(fill ? 1 : 0), activeKernels().fillNulls8);
}

void fillNulls(Int32Column& column, int32_t fill) {
    fillColumn<int32_t, uint32_t>(column, fill, activeKernels().fillNulls32);
}

void fillNulls(Int64Column& column, int64_t fill) {
    fillColumn<int64_t, uint64_t>(column, fill, activeKernels().fillNulls64);
}

void fillNulls(Float32Column& column, float fill) {
    fillColumn<float, uint32_t>(column, fill, activeKernels().fillNulls32);
}

void fillNulls(Float64Column& column, double fill) {
    fillColumn<double, uint64_t>(column, fill, activeKernels().fillNulls64);
}

EnumRemap EnumRemap::bySymbol(const std::vector<std::string>& writerSymbols,
                              const std::vector<std::string>& readerSymbols) {
    std::unordered_map<std::string, int32_t> readerCodes;
    for (size_t code = 0; code < readerSymbols.size(); ++code)
        readerCodes.emplace(readerSymbols[code], static_cast<int32_t>(code));

    EnumRemap remap;
    remap.table.reserve(writerSymbols.size());
    for (const std::string& symbol : writerSymbols) {
        const auto found = readerCodes.find(symbol);
        remap.table.push_back(found == readerCodes.end() ? kUnknownSymbol : found->second);
    }
    return remap;
}

Result<Int32Column> remapEnum(const Int32Column& codes, const EnumRemap& remap,
                              std::optional<int32_t> readerDefault) {
    Int32Column result;
    result.values.resize(codes.size());
    result.validity = codes.validity;
    const RemapOutcome outcome = activeKernels().remapEnum(
        codes.values.data(), codes.validity.words(), codes.size(), remap.table.data(),
        remap.table.size(), readerDefault.value_or(kUnknownSymbol), result.values.data());
    if (outcome.unknownCount > 0 && !readerDefault) {
        const size_t row = outcome.firstUnknownRow;
        return makeError(ErrorCode::Schema,
                         "writer enum code " + std::to_string(codes.values[row]) +
                             " has no reader symbol and the reader enum has no default (" +
                             std::to_string(outcome.unknownCount) + " rows affected)",
                         rowLabel(row));
    }
    return result;
}

Result<Int32Column> narrowToInt32(const Int64Column& column) {
    Int32Column result;
    result.values.resize(column.size());
    const size_t bad = activeKernels().int64ToInt32Checked(
        column.values.data(), column.validity.words(), column.size(), result.values.data());
    if (bad != kNoRow) {
        return makeError(ErrorCode::Schema,
                         "value " + std::to_string(column.values[bad]) + " does not fit in int32",
                         rowLabel(bad));
    }
    result.validity = column.validity;
    return result;
}

Result<Int64Column> toInt64Exact(const Float64Column& column) {
    Int64Column result;
    result.values.resize(column.size());
    const size_t bad = activeKernels().float64ToInt64Checked(
        column.values.data(), column.validity.words(), column.size(), result.values.data());
    if (bad != kNoRow) {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", column.values[bad]);
        return makeError(ErrorCode::Schema,
                         std::string("value ") + text + " is not an integer within int64",
                         rowLabel(bad));
    }
    result.validity = column.validity;
    return result;
}

Status validateUtf8(const StringColumn& column) {
    if (column.offsets.empty() || column.offsets.back() != column.bytes.size())
        return makeError(ErrorCode::Internal, "string column offsets do not cover its bytes");
    const Utf8Outcome outcome = activeKernels().validateUtf8(
        column.offsets.data(), column.bytes.data(), column.validity.words(), column.size());
    if (!outcome.ok()) {
        return makeError(ErrorCode::Schema, "invalid UTF-8",
                         rowLabel(outcome.firstBadRow) + ", byte " +
                             std::to_string(outcome.byteOffset));
    }
    return {};
}

} // namespace strata::simd
