#pragma once

// Column-level conversions over the active kernels: validity is carried over, and checked
// conversions return an error naming the first offending row instead of a bare row index.

#include "strata/core/result.h"
#include "strata/simd/column.h"

#include <optional>
#include <string>
#include <vector>

namespace strata::simd {

// Lossless promotions; null rows stay null.
Int64Column toInt64(const Int32Column& column);
Float64Column toFloat64(const Int32Column& column);
Float64Column toFloat64(const Float32Column& column);

// Rounds values beyond 2^53 to the nearest double (the lossy int64 → float64 promotion).
Float64Column toFloat64(const Int64Column& column);

// value * scale + offset for a unit change (e.g. seconds to milliseconds).
Float64Column scaleOffset(const Float64Column& column, double scale, double offset);

// Gives every null row `fill` and marks all rows valid (a reader's default for a null value).
void fillNulls(BoolColumn& column, bool fill);
void fillNulls(Int32Column& column, int32_t fill);
void fillNulls(Int64Column& column, int64_t fill);
void fillNulls(Float32Column& column, float fill);
void fillNulls(Float64Column& column, double fill);

// Maps writer enum codes (indexes into the writer's symbols) to reader codes.
struct EnumRemap {
    std::vector<int32_t> table; // table[writer code] = reader code, or kUnknownSymbol

    // Matches symbols by name.
    static EnumRemap bySymbol(const std::vector<std::string>& writerSymbols,
                              const std::vector<std::string>& readerSymbols);
};

// Remaps every row; a writer code without reader symbol takes `readerDefault`, or is an error
// naming the first such row when the reader enum has no default.
Result<Int32Column> remapEnum(const Int32Column& codes, const EnumRemap& remap,
                              std::optional<int32_t> readerDefault);

// Checked narrowing: fails on the first valid row whose value int32 cannot hold.
Result<Int32Column> narrowToInt32(const Int64Column& column);

// Checked narrowing: fails on the first valid row that is not an integer within int64.
Result<Int64Column> toInt64Exact(const Float64Column& column);

// Fails on the first valid row that is not well-formed UTF-8, naming the row and byte offset.
Status validateUtf8(const StringColumn& column);

} // namespace strata::simd
