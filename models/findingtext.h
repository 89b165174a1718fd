#pragma once

// The console's own wording of engine findings: one translatable sentence per rule id, filled
// with the finding's parameters. A rule the console does not know, or a finding without the
// parameters its sentence needs, is shown with the engine's English sentence.

#include "strata/compat/verdict.h"

#include <QCoreApplication>
#include <QString>

namespace strata::qt {

class FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    // The finding's sentence in the interface language.
    static QString sentence(const Finding& finding);
};

} // namespace strata::qt
