#include "strata/codec/fingerprint.h"

#include "strata/codec/checksum.h"
#include "strata/model/workspace_io.h"

#include <cstdio>

namespace strata::codec {

std::string Fingerprint::hex() const {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

std::string canonicalForm(const TypeVersion& version) {
    // invalid UTF-8 can only come from values built in code, never from parsed files; it is
    // replaced by U+FFFD rather than thrown
    return typeVersionToJson(version).dump(-1, ' ', true, Json::error_handler_t::replace);
}

Fingerprint fingerprint(const TypeVersion& version) {
    return Fingerprint{fnv1a64(canonicalForm(version))};
}

} // namespace strata::codec
