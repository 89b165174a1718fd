#include "screenshot.h"

#include "bridge.h"
#include "clusterview.h"
#include "diffview.h"
#include "graphview.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "migrationview.h"
#include "plannerview.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QImage>
#include <QPixmap>
#include <QThread>

namespace strata::qt {

namespace {

void waitUntilIdle(MainWindow* window) {
    const QDeadlineTimer deadline(15000);
    // two quiet turns in a row: a finished job may queue the next one
    int quiet = 0;
    while (!deadline.hasExpired() && quiet < 3) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        quiet = window->isBusy() ? 0 : quiet + 1;
        QThread::msleep(20);
    }
}

void prepare(MainWindow* window, MainWindow::View view) {
    switch (view) {
    case MainWindow::View::Diff:
        window->diffView()->compare(QStringLiteral("Customer-v1.0.0"),
                                    QStringLiteral("Customer-v2.0.0"));
        break;
    case MainWindow::View::Matrix:
        window->matrixView()->showType(QStringLiteral("Rental"));
        break;
    case MainWindow::View::Graph:
        window->showView(view);
        waitUntilIdle(window);
        window->graphView()->selectNode(QStringLiteral("Invoice-v2.0.0"));
        window->graphView()->zoomTo(0.85);
        break;
    case MainWindow::View::Planner:
        window->plannerView()->plan(QStringLiteral("Order-v1.0.0"), QStringLiteral("Order-v1.2.0"));
        break;
    case MainWindow::View::Clusters:
        // shown, not recorded: a screenshot leaves the workspace and its undo stack alone
        window->clusterView()->previewRollout(QStringLiteral("Order-v1.1.0"));
        break;
    case MainWindow::View::Migration:
        // reads only: the plan of the first PostgreSQL store and its table's audit entries
        window->showView(view);
        window->migrationView()->previewPlan();
        break;
    default:
        break;
    }
    window->showView(view);
}

// Runs the demo's InvoiceLine-v1.0.0 → v1.1.0 copy on public.invoice_line in small, throttled
// batches, so the view shows a run with its progress, chart and log. This writes to the
// database: it is meant for the private instance of scripts/run.sh.
void runDemoMigration(MainWindow* window) {
    window->showView(MainWindow::View::Migration);
    MigrationView* migration = window->migrationView();
    migration->configure(QStringLiteral("local-postgres"), QStringLiteral("public.invoice_line"),
                         QStringLiteral("InvoiceLine-v1.0.0"),
                         QStringLiteral("InvoiceLine-v1.1.0"));
    migration->setPlanOptions(true, false, false);
    migration->setRunOptions(100, 60, false);
    migration->runMigration();
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && migration->session()->isBusy())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

QString save(const QImage& image, const QString& path) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error =
        image.save(&buffer, "PNG")
            ? atomicWrite(path, buffer.data())
            : QApplication::translate("strata::qt", "the image cannot be encoded");
    if (!error.isEmpty())
        return QApplication::translate("strata::qt", "Cannot write %1: %2").arg(path, error);
    return {};
}

} // namespace

QString renderScreenshot(MainWindow* window, const QString& view, const QString& path) {
    window->show();
    waitUntilIdle(window);
    if (view == QLatin1String("settings")) {
        SettingsDialog dialog(window);
        dialog.show();
        QApplication::processEvents();
        return save(dialog.grab().toImage(), path);
    }
    if (view == QLatin1String("migration-run")) {
        runDemoMigration(window);
    } else if (view != QLatin1String("main")) {
        const auto which = MainWindow::viewFromName(view);
        if (!which)
            return QApplication::translate("strata::qt", "Unknown view \"%1\"; use main, "
                                                         "settings, migration-run or one of: %2")
                .arg(view, MainWindow::viewNames().join(QStringLiteral(", ")));
        prepare(window, *which);
    }
    waitUntilIdle(window);
    return save(window->grab().toImage(), path);
}

} // namespace strata::qt
