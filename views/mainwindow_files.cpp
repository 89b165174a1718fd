// File handling of the main window: new, open, save, save as, recent files, autosave and
// recovery, Avro import and graph export.

#include "bridge.h"
#include "graphview.h"
#include "mainwindow.h"
#include "problemsmodel.h"
#include "workspacedocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <algorithm>

namespace strata::qt {

namespace {
constexpr int kMaxRecentFiles = 8;
const char* const kRecentKey = "files/recent";
const char* const kDemoPath = ":/demo/demo.strata.json";
} // namespace

bool MainWindow::openDemo() {
    QFile demo(QString::fromLatin1(kDemoPath));
    if (!demo.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open the demo"), demo.errorString());
        return false;
    }
    const QString error =
        m_document->openText(demo.readAll(), QStringLiteral("demo.strata.json"), demo.fileName());
    if (!error.isEmpty()) {
        showError(tr("Cannot open the demo"), error);
        return false;
    }
    selectVersion(QStringLiteral("Order-v1.1.0"));
    return true;
}

bool MainWindow::openFile(const QString& path) {
    const QString error = m_document->open(path);
    if (!error.isEmpty()) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    addRecentFile(path);
    selectFirstEvolvedVersion();
    // A message shown before the window is cannot hide the file label it would overlap (the
    // status bar hides only visible widgets); the label names the file anyway.
    if (isVisible())
        announce(tr("Opened %1").arg(path), 5000);
    return true;
}

// An opened file shows something at once: the newest version of the first type that has an
// earlier one, so the editor has fields and the verdict panel a verdict.
void MainWindow::selectFirstEvolvedVersion() {
    const auto& types = m_document->workspace().types;
    const auto evolved = std::find_if(types.begin(), types.end(),
                                      [](const TypeDef& t) { return t.versions.size() > 1; });
    const auto chosen = evolved != types.end() ? evolved : types.begin();
    if (chosen != types.end() && chosen->latest())
        selectVersion(versionLabel(chosen->latest()->id));
}

void MainWindow::newWorkspace() {
    if (maybeSave())
        m_document->newWorkspace();
}

void MainWindow::openDialog() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), QString(), tr("Strata workspaces (*.strata.json *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save() {
    const QString path = m_document->filePath();
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return saveAs();
    const QString error = m_document->save();
    if (!error.isEmpty()) {
        showError(tr("Cannot save"), error);
        return false;
    }
    announce(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveAs() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace as"), QString(),
                                                tr("Strata workspaces (*.strata.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".strata.json");
    const QString error = m_document->saveAs(path);
    if (!error.isEmpty()) {
        showError(tr("Cannot save"), error);
        return false;
    }
    addRecentFile(path);
    announce(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::importAvro() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Avro schema"), QString(),
                                                      tr("Avro schemas (*.avsc)"));
    if (path.isEmpty())
        return;
    QStringList notes;
    const QString error = m_document->importAvro(path, &notes);
    if (!error.isEmpty()) {
        showError(tr("Cannot import %1").arg(QFileInfo(path).fileName()), error);
        return;
    }
    for (const QString& note : notes)
        m_problems->report(QtWarningMsg, QStringLiteral("strata.io.avro"), note);
    announce(tr("Imported %1").arg(path), 5000);
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The workspace \"%1\" has unsaved changes. Save them?").arg(m_document->title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

// Recent files are kept absolute: a relative path would name another file once the console
// starts in another directory.
void MainWindow::addRecentFile(const QString& given) {
    const QString path = QFileInfo(given).absoluteFilePath();
    QSettings settings;
    QStringList files = settings.value(QLatin1String(kRecentKey)).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(kRecentKey), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        a->setToolTip(files[i]);
        connect(a, &QAction::triggered, this, [this, path = files[i]] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::autosave() {
    if (!m_document->isModified())
        return;
    const QString error = m_document->writeRecovery();
    if (!error.isEmpty())
        m_problems->report(QtWarningMsg, QStringLiteral("strata.views.mainwindow"),
                           tr("Autosave failed: %1").arg(error));
}

void MainWindow::offerRecovery() {
    if (!m_document->hasRecovery())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved work"),
        tr("Strata did not shut down cleanly last time. Restore the unsaved workspace it "
           "autosaved?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        const QString error = m_document->restoreRecovery();
        if (!error.isEmpty())
            showError(tr("Cannot recover"), error);
    } else {
        m_document->discardRecovery();
    }
}

void MainWindow::exportGraph() {
    QString selectedFilter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export graph"), QStringLiteral("graph.svg"),
                                     tr("SVG image (*.svg);;PNG image (*.png)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const QString error = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
                              ? m_graph->exportPng(path)
                              : m_graph->exportSvg(path);
    if (!error.isEmpty())
        showError(tr("Cannot export the graph"), error);
    else
        announce(tr("Exported the graph to %1").arg(path), 5000);
}

void MainWindow::showError(const QString& title, const QString& message) {
    m_problems->report(QtCriticalMsg, QStringLiteral("strata.views.mainwindow"),
                       title + QStringLiteral(": ") + message);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, title, message);
}

} // namespace strata::qt
