#pragma once

// The console's own wording of the engine's rollout reasons (the finalised version, blocking
// reasons, notes, each node's wave): one translatable sentence per reason code, filled with the
// reason's parameters. In English the sentences are the engine's own.

#include "strata/cluster/rollout.h"

#include <QCoreApplication>
#include <QString>

namespace strata::qt {

class RolloutText {
    Q_DECLARE_TR_FUNCTIONS(RolloutText)

public:
    // The reason's sentence in the interface language.
    static QString sentence(const RolloutReason& reason);
};

} // namespace strata::qt
