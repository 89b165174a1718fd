#pragma once

// A generated type registry of any size, for the graph tests and the graph benchmark.

#include "strata/model/workspace.h"

namespace strata::test {

// A registry of `typeCount` types with `versionsPerType` versions 1.0.0, 1.1.0, ... each.
// Version 1.k.0 adds field fk with a default (fully compatible), field n widens from int32 to
// int64 at 1.4.0 (read-compatible only), and every type references up to two earlier types
// at pseudo-random pinned versions, with a floating reference in every seventh type.
Workspace generatedRegistry(int typeCount, int versionsPerType);

} // namespace strata::test
