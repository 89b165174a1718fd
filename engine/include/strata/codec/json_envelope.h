#pragma once

// The JSON envelope: {"_version":"Name-vX.Y.Z","data":{...}}, a record tagged with the type
// version that wrote it.

#include "strata/core/result.h"
#include "strata/model/schema.h"

#include <string>
#include <string_view>

namespace strata::codec {

struct JsonEnvelope {
    TypeVersionId typeVersion;
    Json data; // always an object
};

// Compact JSON with "_version" first; fails when `data` is not an object or holds strings
// that are not UTF-8.
Result<std::string> encodeJsonEnvelope(const TypeVersionId& typeVersion, const Json& data);

// Parses envelope text; errors name the byte offset (syntax) or the JSON pointer (shape).
Result<JsonEnvelope> decodeJsonEnvelope(std::string_view text);

// Checks an already parsed envelope: exactly the keys "_version" (a type version string) and
// "data" (an object).
Result<JsonEnvelope> decodeParsedJsonEnvelope(const Json& envelope);

} // namespace strata::codec
