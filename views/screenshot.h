#pragma once

// Renders a view of the console to a PNG file, for documentation, tests and headless runs.

#include <QString>

namespace strata::qt {

class MainWindow;

// Shows `view` ("main" or one of MainWindow::viewNames(), or "settings") with the demo's
// showcase selection, waits until background work has finished, and writes the window to
// `path` atomically. "migration-run" runs a migration of the demo database first (it writes to
// that database). Returns an error text, empty on success.
QString renderScreenshot(MainWindow* window, const QString& view, const QString& path);

} // namespace strata::qt
