#pragma once

// Writes JSON text exactly as nlohmann's compact dump does: object keys in byte order, doubles
// in nlohmann's shortest round-trip form ("120.0", "1e+300"), non-finite doubles as null,
// control characters escaped ("\u001f"), everything else, non-ASCII included, verbatim.

#include "strata/model/schema.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace strata::fastconvert {

void writeString(std::string_view text, std::string& out);
void writeInt(int64_t value, std::string& out);
void writeUint(uint64_t value, std::string& out);
void writeDouble(double value, std::string& out);

// Any nlohmann value (a step's default, a cast's result).
void writeJson(const Json& value, std::string& out);

} // namespace strata::fastconvert
