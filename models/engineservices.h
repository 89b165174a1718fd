#pragma once

// Engine calls the console makes from worker threads, with references resolved in the
// workspace the caller passes (a snapshot, so later edits cannot race with the job).

#include "strata/compat/verdict.h"
#include "strata/model/workspace.h"

namespace strata::qt {

// Verdict for (older, newer) in both directions.
Verdict verdictFor(const Workspace& ws, const TypeVersion& older, const TypeVersion& newer);

// The type's policy applied to `candidate` against its earlier versions.
PolicyCheck policyCheckFor(const Workspace& ws, const TypeDef& type, const TypeVersion& candidate);

CompatMatrix matrixFor(const Workspace& ws, const TypeDef& type);

// The version before `id` in its type, or nullptr for the first version.
const TypeVersion* previousVersion(const Workspace& ws, const TypeVersionId& id);

} // namespace strata::qt
