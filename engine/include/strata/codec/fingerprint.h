#pragma once

// Content fingerprints of type versions: a stable 64-bit hash of a canonical text form, so
// that equal schemas get equal fingerprints whatever the key order or whitespace of the file
// they were read from.

#include "strata/model/schema.h"

#include <cstdint>
#include <string>

namespace strata::codec {

struct Fingerprint {
    uint64_t value = 0;

    // 16 lower-case hex digits.
    std::string hex() const;

    auto operator<=>(const Fingerprint&) const = default;
};

// typeVersionToJson() printed compactly with keys sorted and every non-ASCII character
// escaped as \uXXXX, so the canonical form is plain ASCII.
std::string canonicalForm(const TypeVersion& version);

// FNV-1a 64 of canonicalForm().
Fingerprint fingerprint(const TypeVersion& version);

} // namespace strata::codec
