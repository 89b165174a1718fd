#pragma once

// Renders a view of the console to a PNG file, for documentation, tests and headless runs.

#include <QString>

namespace strata::qt {

class MainWindow;

// Shows `view` ("main" or one of MainWindow::viewNames(), or "settings") with the demo's
// showcase selection, waits until background work has finished, and writes the window to
// `path` atomically. The workspace and its undo stack are left as they were, except with
// "migration-run", which runs a migration of the demo database first (it writes to that
// database, and the workspace records what the migrated store holds). Returns an error text,
// empty on success.
QString renderScreenshot(MainWindow* window, const QString& view, const QString& path);

} // namespace strata::qt
