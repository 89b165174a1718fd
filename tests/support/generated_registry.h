#pragma once

// A generated type registry of any size, for the graph tests and the graph benchmark.

#include "strata/model/workspace.h"

namespace strata::test {

// A registry of `typeCount` types with `versionsPerType` versions 1.0.0, 1.1.0, ... each.
// Version 1.k.0 adds field fk with a default (fully compatible), field n widens from int32 to
// int64 at 1.4.0 (read-compatible only). Types come in four tiers (index % 4); a type of tier
// t > 0 references two pseudo-randomly chosen earlier types of lower tiers, pinned at 1.k.0
// and 1.(k-1).0 (the first reference floats to the latest version in every seventh type).
Workspace generatedRegistry(int typeCount, int versionsPerType);

} // namespace strata::test
