#pragma once

#include "strata/compat/verdict.h"

namespace strata::detail {

// A record valid for `writer` that `reader` fails to decode, or nullopt if none was found.
std::optional<Json> findCounterExample(const Schema& reader, const Schema& writer,
                                       const RefResolver& refs);

} // namespace strata::detail
