#pragma once

// Maps a JSON pointer to the line and column where that value starts in the source text, so
// that semantic errors found after parsing can still name a line.

#include "strata/core/result.h"
#include "strata/model/schema.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace strata {

struct TextPosition {
    size_t line = 0;   // 1-based; 0 when the pointer was not found
    size_t column = 0; // 1-based
};

// Line and column of the value at `pointer` ("/types/0/versions/1") in well-formed JSON text.
TextPosition locateJsonPointer(std::string_view text, std::string_view pointer);

// Line and column of a byte offset.
TextPosition positionOfOffset(std::string_view text, size_t offset);

// "source:LINE:COL (at /pointer)".
std::string describeLocation(std::string_view source, std::string_view text,
                             std::string_view pointer);

// Parses a JSON document; malformed text, numbers too large for a double and an object that
// repeats a key (at the repeated key) are errors that name "source:LINE:COL", not exceptions.
Result<Json> parseJsonText(std::string_view text, std::string_view source);

} // namespace strata
