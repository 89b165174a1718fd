#pragma once

// Routes messages into the log/problems panel: Qt messages of the strata.* categories at
// info level and above, and everything the engine logs through its injected sink (which goes
// out on the strata.engine category).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace strata::qt {

class ProblemsModel;

// Installs the Qt message handler and the engine log sink; messages still reach the previous
// handler (stderr). Pass nullptr to detach the model before it is destroyed.
void routeLogsTo(ProblemsModel* problems);

} // namespace strata::qt
