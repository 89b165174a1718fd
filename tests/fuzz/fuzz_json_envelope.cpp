// Feeds arbitrary text to the JSON envelope decoder. An accepted envelope must encode again
// and decode to the same type version and data.

#include "strata/codec/json_envelope.h"

#include <cstdint>
#include <string_view>

namespace {

void require(bool condition) {
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto decoded = strata::codec::decodeJsonEnvelope(text);
    if (!decoded.ok())
        return 0;
    const auto encoded = strata::codec::encodeJsonEnvelope(decoded->typeVersion, decoded->data);
    require(encoded.ok());
    const auto again = strata::codec::decodeJsonEnvelope(std::string_view(*encoded));
    require(again.ok());
    require(again->typeVersion == decoded->typeVersion);
    require(again->data == decoded->data);
    return 0;
}
