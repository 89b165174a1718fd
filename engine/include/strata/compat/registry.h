#pragma once

// Registering versions: adding a version runs its type's policy first (DESIGN §2-3).

#include "strata/compat/verdict.h"

namespace strata {

struct AddVersionOutcome {
    PolicyCheck check;       // the policy's verdicts against earlier versions
    bool overridden = false; // admitted despite failing, with a recorded override
};

// Adds `candidate` to `ws` if it passes its type's policy (a new type is created with
// `newTypePolicy`). A failing candidate is refused with the findings unless `override` gives a
// reason, in which case it is admitted and the override recorded. Versions are immutable:
// re-adding an existing version with a different schema is a Conflict.
Result<AddVersionOutcome> addVersion(Workspace& ws, const TypeVersion& candidate,
                                     const std::optional<PolicyOverride>& override = std::nullopt,
                                     CompatPolicy newTypePolicy = CompatPolicy::Backward);

// One problem found by validating a whole workspace.
struct WorkspaceProblem {
    std::string where; // "Order-v2.0.0" or "Order-v2.0.0: field customer"
    std::string message;
};

// Re-checks a loaded workspace: every version against its type's policy (unless overridden)
// and every reference resolves.
std::vector<WorkspaceProblem> validateWorkspace(const Workspace& ws);

} // namespace strata
