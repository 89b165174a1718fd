#pragma once

// Engine functions the console calls whose implementation may not be part of this build yet.
// Each returns nullopt when its engine function is missing, and the matching *Available()
// says so, so that views can show "not available" instead of a made-up answer.

#include "strata/compat/verdict.h"
#include "strata/model/workspace.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace strata::qt {

bool verdictsAvailable();
bool policyCheckAvailable();
bool matrixAvailable();
bool avroImportAvailable();

// Engine functions this build lacks, by their public names, for the about box and the report.
QStringList missingEngineFunctions();

// Verdict for (older, newer) in both directions, references resolved in `ws`.
std::optional<Verdict> verdictFor(const Workspace& ws, const TypeVersion& older,
                                  const TypeVersion& newer);

// The type's policy applied to `candidate` against its earlier versions.
std::optional<PolicyCheck> policyCheckFor(const Workspace& ws, const TypeDef& type,
                                          const TypeVersion& candidate);

std::optional<CompatMatrix> matrixFor(const Workspace& ws, const TypeDef& type);

// The version before `id` in its type, or nullptr for the first version.
const TypeVersion* previousVersion(const Workspace& ws, const TypeVersionId& id);

} // namespace strata::qt
