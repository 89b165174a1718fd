#pragma once

#include "strata/core/result.h"

#include <string>
#include <string_view>

namespace strata {

// Per-type compatibility policy (DESIGN §3). Transitive forms check a candidate against every
// earlier version; the plain forms against the latest earlier version only.
enum class CompatPolicy {
    None,
    Backward,
    Forward,
    Full,
    BackwardTransitive,
    ForwardTransitive,
    FullTransitive,
};

const char* toString(CompatPolicy policy);
Result<CompatPolicy> parsePolicy(std::string_view text);

inline bool isTransitive(CompatPolicy p) {
    return p == CompatPolicy::BackwardTransitive || p == CompatPolicy::ForwardTransitive ||
           p == CompatPolicy::FullTransitive;
}
inline bool needsRead(CompatPolicy p) {
    return p == CompatPolicy::Backward || p == CompatPolicy::BackwardTransitive ||
           p == CompatPolicy::Full || p == CompatPolicy::FullTransitive;
}
inline bool needsWrite(CompatPolicy p) {
    return p == CompatPolicy::Forward || p == CompatPolicy::ForwardTransitive ||
           p == CompatPolicy::Full || p == CompatPolicy::FullTransitive;
}

} // namespace strata
