#pragma once

// PostgreSQL COPY text format: one row per line, columns separated by tabs, \N for NULL,
// backslash escapes for tab, newline, carriage return and backslash.

#include "strata/model/workspace.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strata::postgres::detail {

// Splits one COPY text line into unescaped columns; nullopt stands for NULL.
void splitCopyLine(std::string_view line, std::vector<std::optional<std::string>>& out);

// Appends `value` escaped for COPY text.
void appendCopyText(std::string& out, std::string_view value);

// A column value as the JSON datum of `type`; fails for types the client side cannot read.
Result<Json> copyValueToJson(const std::string& text, const DataType& type);

// Appends a double as PostgreSQL float text: integral values below 1e15 as integers, others in
// shortest round-trip form, NaN, ±Infinity and -0 by the names PostgreSQL reads.
void appendFloatAsCopy(std::string& out, double value);

// Appends a JSON datum as COPY text (NULL as \N).
void appendJsonAsCopy(std::string& out, const Json& value);

// A PostgreSQL text[] literal ({"a","b"}) of `items`, for binding as one parameter.
std::string textArray(const std::vector<std::string>& items);

} // namespace strata::postgres::detail

namespace strata {
struct ConversionPath;
}

namespace strata::postgres::detail {

// Where a target column's COPY text comes from when the converter chain leaves every value's
// text unchanged: a source column's raw text, or a constant (already COPY text).
struct ColumnSource {
    int sourceIndex = -1;
    std::string constant;
};

// The column sources of a chain made only of renames, drops, additions with a default and casts
// that cannot fail and keep the text (int32 → int64, a decimal to one at least as wide, a type
// to itself); nullopt when any step changes a value, so rows must go through the converter.
std::optional<std::vector<ColumnSource>> passThroughColumns(const ConversionPath& path,
                                                            const TypeVersion& source,
                                                            const TypeVersion& target);

// Appends the target row for one source line under `sources`; `fields` is scratch space.
void appendPassThrough(std::string& out, std::string_view line,
                       const std::vector<ColumnSource>& sources,
                       std::vector<std::string_view>& fields);

} // namespace strata::postgres::detail
