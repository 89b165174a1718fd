#pragma once

// PostgreSQL COPY text format: one row per line, columns separated by tabs, \N for NULL,
// backslash escapes for tab, newline, carriage return and backslash.

#include "strata/model/schema.h"

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

// Appends a JSON datum as COPY text (NULL as \N).
void appendJsonAsCopy(std::string& out, const Json& value);

} // namespace strata::postgres::detail
