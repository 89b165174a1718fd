#pragma once

// Conversions between Avro's JSON encoding of logical-type values (used in defaults) and the
// type model's value forms: decimal bytes <-> decimal text, day numbers <-> "YYYY-MM-DD",
// epoch counts <-> ISO-8601 timestamps, and Avro's byte strings <-> raw bytes.

#include <cstdint>
#include <optional>
#include <string>

namespace strata::avro {

// Avro JSON encodes bytes as a string of code points 0..255; this returns those bytes, or
// nullopt when a code point is above 255 or the UTF-8 is broken.
std::optional<std::string> bytesFromJsonString(const std::string& utf8);

// The inverse: each byte becomes the code point of the same value, encoded as UTF-8.
std::string jsonStringFromBytes(const std::string& bytes);

// Two's-complement big-endian unscaled value -> decimal text with `scale` fraction digits.
std::string decimalTextFromBytes(const std::string& bytes, int scale);

// Decimal text ("-12.5") -> minimal two's-complement big-endian bytes scaled by `scale`;
// nullopt when the text is not a number or has more fraction digits than `scale`.
std::optional<std::string> decimalBytesFromText(const std::string& text, int scale);

// Days since 1970-01-01 <-> "YYYY-MM-DD"; nullopt outside the years 0001..9999.
std::optional<std::string> dateFromDays(int64_t days);
std::optional<int64_t> daysFromDate(const std::string& text);

// Count of `unitsPerSecond` units since the epoch <-> "YYYY-MM-DDTHH:MM:SS[.f]" with a
// trailing "Z" when `utc`; the fraction has no trailing zeros, so the text does not depend on
// the unit. Parsing accepts a space for "T", "Z" or "+HH:MM" offsets, and up
// to nine fraction digits (digits finer than the unit are refused).
std::optional<std::string> timestampFromEpoch(int64_t count, int64_t unitsPerSecond, bool utc);
std::optional<int64_t> epochFromTimestamp(const std::string& text, int64_t unitsPerSecond);

} // namespace strata::avro
