#pragma once

// Semantic versions and type-version identifiers ("Order-v2.1.0").

#include "strata/core/result.h"

#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace strata {

struct SemVer {
    uint32_t major = 0;
    uint32_t minor = 0;
    uint32_t patch = 0;

    auto operator<=>(const SemVer&) const = default;

    // "MAJOR.MINOR.PATCH"; "1" and "1.2" are accepted as 1.0.0 and 1.2.0.
    static Result<SemVer> parse(std::string_view text);
    std::string toString() const;
};

struct TypeVersionId {
    std::string name;
    SemVer version;

    auto operator<=>(const TypeVersionId&) const = default;

    // Parses "Name-vX.Y.Z"; the name may itself contain "-" or "-v", so the last "-v" splits.
    static Result<TypeVersionId> parse(std::string_view text);
    std::string toString() const;
};

} // namespace strata

template <> struct std::hash<strata::TypeVersionId> {
    size_t operator()(const strata::TypeVersionId& id) const noexcept {
        size_t h = std::hash<std::string>()(id.name);
        uint64_t v = (uint64_t(id.version.major) << 42) ^ (uint64_t(id.version.minor) << 21) ^
                     id.version.patch;
        return h ^ (std::hash<uint64_t>()(v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
    }
};
