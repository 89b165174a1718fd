// strata — the desktop console. Wires the layers: settings, translation, theme, the workspace
// document, the job runner, the problems panel and the main window; handles the command line.

#include "jobrunner.h"
#include "logrouter.h"
#include "mainwindow.h"
#include "postgresaccess.h"
#include "problemsmodel.h"
#include "screenshot.h"
#include "settingsdialog.h"
#include "theme.h"
#include "workspacedocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>

namespace {

// No display and no explicit -platform: render a screenshot offscreen instead of failing.
bool headless(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "-platform") == 0)
            return false;
    return qEnvironmentVariableIsEmpty("DISPLAY") &&
           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char** argv) {
    const bool noDisplay = headless(argc, argv);
    if (noDisplay)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setOrganizationDomain(QStringLiteral("strata.org"));
    QApplication::setApplicationName(QStringLiteral("Strata"));
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.strata.Strata"));
    strata::qt::SettingsDialog::applyLanguage(strata::qt::SettingsDialog::language());
    strata::qt::applyTheme(strata::qt::themeFromName(strata::qt::SettingsDialog::theme()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Strata: schema evolution console for PostgreSQL, Kafka, Elasticsearch and TiKV."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Render a view to FILE (PNG) "
                                                                  "and exit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption view(QStringLiteral("view"),
                            QApplication::translate("main", "View for --screenshot: main, "
                                                            "settings, schema, diff, matrix, "
                                                            "graph, planner, clusters, migration, "
                                                            "migration-run (runs a migration of "
                                                            "the demo database first)."),
                            QStringLiteral("NAME"), QStringLiteral("main"));
    parser.addOption(screenshot);
    parser.addOption(view);
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Workspace file to open (default: the bundled demo)."));
    parser.process(app);

    strata::qt::ProblemsModel problems;
    strata::qt::routeLogsTo(&problems);
    strata::qt::JobRunner jobs;
    strata::qt::WorkspaceDocument document;
    document.setRecoveryDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    strata::qt::MainWindow window(&document, &jobs, &problems);
    // scripts/run.sh says why its demo database did not start
    if (const QString why = qEnvironmentVariable("STRATA_DEMO_DB_ERROR"); !why.isEmpty())
        window.connectionStatus()->set(QApplication::translate("main", "demo database"),
                                       strata::qt::ConnectionStatus::State::Failed, why);

    if (parser.isSet(view) && !parser.isSet(screenshot)) {
        std::fprintf(stderr, "strata: %s\n",
                     qPrintable(QApplication::translate("main", "--view only applies with "
                                                                "--screenshot FILE")));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    const bool opened = files.isEmpty() ? window.openDemo() : window.openFile(files.first());

    QString shotPath = parser.value(screenshot);
    if (shotPath.isEmpty() && noDisplay)
        shotPath = QDir::temp().filePath(QStringLiteral("strata-main-window.png"));
    if (!shotPath.isEmpty()) {
        const QString error = strata::qt::renderScreenshot(&window, parser.value(view), shotPath);
        strata::qt::routeLogsTo(nullptr);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "strata: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(QApplication::translate("main", "Screenshot written to %1")
                                           .arg(QDir(shotPath).absolutePath())));
        return opened ? 0 : 1;
    }

    window.show();
    window.offerRecovery();
    const int status = QApplication::exec();
    strata::qt::routeLogsTo(nullptr);
    return status;
}
