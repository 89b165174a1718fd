#include "mainwindow.h"

#include "bridge.h"
#include "clusterview.h"
#include "diffview.h"
#include "engineservices.h"
#include "fieldtablemodel.h"
#include "graphview.h"
#include "jobrunner.h"
#include "matrixview.h"
#include "migrationview.h"
#include "postgresaccess.h"
#include "postgresimportdialog.h"
#include "plannerview.h"
#include "problemsmodel.h"
#include "schemaeditor.h"
#include "settingsdialog.h"
#include "typetreemodel.h"
#include "verdictpanel.h"
#include "workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "strata.views.mainwindow", QtWarningMsg)

namespace strata::qt {

MainWindow::MainWindow(WorkspaceDocument* document, JobRunner* jobs, ProblemsModel* problems,
                       QWidget* parent)
    : QMainWindow(parent), m_document(document), m_jobs(jobs), m_problems(problems)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.strata.Strata.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    createViews();
    createDocks();
    createActions();
    createStatusBar();
    restoreWindowState();

    connect(document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &WorkspaceDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &WorkspaceDocument::workspaceReset, this, [this] {
        updateTitle();
        updateCounts();
        m_tree->expandAll();
    });
    connect(document, &WorkspaceDocument::structureChanged, this, &MainWindow::updateCounts);

    m_autosave = new QTimer(this);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    if (const int minutes = SettingsDialog::autosaveMinutes(); minutes > 0)
        m_autosave->start(minutes * 60 * 1000);
    updateTitle();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_schema = new SchemaEditor(m_document, this);
    m_diff = new DiffView(m_document, m_jobs, this);
    m_matrix = new MatrixView(m_document, m_jobs, this);
    m_graph = new GraphView(m_document, m_jobs, this);
    m_planner = new PlannerView(m_document, m_jobs, this);
    m_clusters = new ClusterView(m_document, this);
    m_connection = new ConnectionStatus(this);
    m_clusters->setConnectionStatus(m_connection);
    m_migration = new MigrationView(m_document, m_problems, m_connection, this);
    m_tabs->addTab(m_schema, tr("&Schema"));
    m_tabs->addTab(m_diff, tr("&Diff"));
    m_tabs->addTab(m_matrix, tr("&Matrix"));
    m_tabs->addTab(m_graph, tr("&Graph"));
    m_tabs->addTab(m_planner, tr("&Upgrade planner"));
    m_tabs->addTab(m_clusters, tr("C&lusters"));
    m_tabs->addTab(m_migration, tr("M&igration"));
    m_tabs->setAccessibleName(tr("Views"));
    setCentralWidget(m_tabs);

    connect(m_schema, &SchemaEditor::draftRequested, this, [this](const QString& type) {
        if (auto id = m_document->createDraft(type))
            selectVersion(versionLabel(*id));
    });
    connect(m_matrix, &MatrixView::compareRequested, this,
            [this](const QString& older, const QString& newer) {
                m_diff->compare(older, newer);
                showView(View::Diff);
            });
    connect(m_graph, &GraphView::versionActivated, this, [this](const QString& label) {
        if (m_tabs->currentWidget() == m_graph)
            selectVersion(label);
    });
    connect(m_planner, &PlannerView::showOnGraphRequested, this,
            [this](const QStringList& labels) {
                showView(View::Graph);
                m_graph->highlightPath(labels);
            });
}

void MainWindow::createDocks()
{
    m_treeModel = new TypeTreeModel(m_document, this);
    m_treeFilter = new QSortFilterProxyModel(this);
    m_treeFilter->setSourceModel(m_treeModel);
    m_treeFilter->setRecursiveFilteringEnabled(true);
    m_treeFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeFilter->setFilterKeyColumn(TypeTreeModel::NameColumn);
    m_treeFilter->setFilterRole(TypeTreeModel::TypeNameRole);

    auto* typesPanel = new QWidget(this);
    typesPanel->setMinimumWidth(230);
    m_filter = new QLineEdit(typesPanel);
    m_filter->setPlaceholderText(tr("Filter types (Ctrl+L)"));
    m_filter->setAccessibleName(tr("Filter types"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeView(typesPanel);
    m_tree->setModel(m_treeFilter);
    m_tree->setAccessibleName(tr("Types and versions"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(TypeTreeModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TypeTreeModel::PolicyColumn,
                                           QHeaderView::ResizeToContents);

    auto* typesLayout = new QVBoxLayout(typesPanel);
    typesLayout->setContentsMargins(4, 4, 4, 4);
    typesLayout->addWidget(m_filter);
    typesLayout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_treeFilter->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onVersionSelected(current); });

    auto dock = [this](const QString& title, const QString& name, QWidget* widget,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    auto* typesDock =
        dock(tr("Types"), QStringLiteral("TypesDock"), typesPanel, Qt::LeftDockWidgetArea);

    m_verdict = new VerdictPanel(m_document, m_jobs, this);
    auto* verdictDock =
        dock(tr("Verdict"), QStringLiteral("VerdictDock"), m_verdict, Qt::RightDockWidgetArea);

    m_problemsView = new QTableView(this);
    m_problemsView->setModel(m_problems);
    m_problemsView->setAccessibleName(tr("Log and problems"));
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_problems, &QAbstractItemModel::rowsInserted, m_problemsView,
            &QTableView::scrollToBottom);
    auto* problemsDock = dock(tr("Log and problems"), QStringLiteral("ProblemsDock"),
                              m_problemsView, Qt::BottomDockWidgetArea);
    resizeDocks({problemsDock}, {110}, Qt::Vertical);
    resizeDocks({typesDock, verdictDock}, {300, 440}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    auto action = [this](QMenu* menu, const QString& text, const QKeySequence& key, auto slot) {
        auto* a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* newAction = action(file, tr("&New workspace"), QKeySequence::New, [this] { newWorkspace(); });
    auto* openAction = action(file, tr("&Open…"), QKeySequence::Open, [this] { openDialog(); });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    action(file, tr("Open the &demo workspace"), QKeySequence(), [this] {
        if (maybeSave())
            openDemo();
    });
    file->addSeparator();
    auto* saveAction = action(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    action(file, tr("Save &as…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    action(file, tr("&Import Avro schema…"), QKeySequence(tr("Ctrl+I")), [this] { importAvro(); });
    auto* importPg = action(file, tr("Import from &PostgreSQL…"), QKeySequence(tr("Ctrl+Shift+I")),
                            [this] { importPostgres(); });
    action(file, tr("&Export graph…"), QKeySequence(tr("Ctrl+E")), [this] { exportGraph(); });
    file->addSeparator();
    action(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    action(edit, tr("&New version (draft)"), QKeySequence(tr("Ctrl+Shift+N")), [this] {
        if (m_current)
            if (auto id = m_document->createDraft(toQString(m_current->name)))
                selectVersion(versionLabel(*id));
    });
    action(edit, tr("&Add field"), QKeySequence(tr("Ctrl+Shift+A")), [this] {
        showView(View::Schema);
        m_schema->addField();
    });
    action(edit, tr("&Remove field"), QKeySequence(tr("Ctrl+Del")),
           [this] { m_schema->removeSelectedField(); });
    edit->addSeparator();
    action(edit, tr("&Find in graph"), QKeySequence::Find, [this] {
        showView(View::Graph);
        m_graph->focusSearch();
    });
    action(edit, tr("Filter &types"), QKeySequence(tr("Ctrl+L")), [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    edit->addSeparator();
    action(edit, tr("&Settings…"), QKeySequence::Preferences, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            const int minutes = SettingsDialog::autosaveMinutes();
            if (minutes > 0)
                m_autosave->start(minutes * 60 * 1000);
            else
                m_autosave->stop();
        }
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, View>> views = {
        {tr("&Schema"), View::Schema},   {tr("&Diff"), View::Diff},
        {tr("&Matrix"), View::Matrix},   {tr("&Graph"), View::Graph},
        {tr("&Upgrade planner"), View::Planner}, {tr("C&lusters"), View::Clusters},
        {tr("M&igration"), View::Migration}};
    for (int i = 0; i < views.size(); ++i)
        action(m_viewMenu, views[i].first, QKeySequence(QStringLiteral("Alt+%1").arg(i + 1)),
               [this, v = views[i].second] { showView(v); });
    m_viewMenu->addSeparator();
    action(m_viewMenu, tr("Zoom &in"), QKeySequence::ZoomIn, [this] { m_graph->zoomIn(); });
    action(m_viewMenu, tr("Zoom &out"), QKeySequence::ZoomOut, [this] { m_graph->zoomOut(); });
    action(m_viewMenu, tr("&Fit graph"), QKeySequence(tr("Ctrl+0")), [this] { m_graph->fit(); });
    m_viewMenu->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    action(tools, tr("&Analyse upgrade"), QKeySequence(tr("Ctrl+R")), [this] {
        showView(View::Planner);
        m_planner->analyse();
    });
    action(tools, tr("&Compare with previous version"), QKeySequence(tr("Ctrl+D")), [this] {
        if (!m_current)
            return;
        if (const TypeVersion* prev = previousVersion(m_document->workspace(), *m_current)) {
            m_diff->compare(versionLabel(prev->id), versionLabel(*m_current));
            showView(View::Diff);
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    action(help, tr("&About Strata"), QKeySequence(), [this] {
        QString text = tr("<h3>Strata %1</h3><p>Schema evolution console for PostgreSQL, Kafka, "
                          "Elasticsearch and TiKV.</p>")
                           .arg(QApplication::applicationVersion());
        QMessageBox::about(this, tr("About Strata"), text);
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(newAction);
    bar->addAction(openAction);
    bar->addAction(saveAction);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(importPg);
}

void MainWindow::createStatusBar()
{
    m_fileLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_connectionLabel = new QLabel(tr("● Offline — editing the workspace file"), this);
    m_connectionLabel->setToolTip(tr("No live cluster connection; verdicts and plans use the "
                                     "workspace file."));
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setAccessibleName(tr("Background work running"));
    m_busy->hide();
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_jobs, &JobRunner::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_connection, &ConnectionStatus::changed, this, [this] {
        m_connectionLabel->setText(m_connection->text());
        m_connectionLabel->setToolTip(m_connection->reason());
    });
    connect(m_problems, &ProblemsModel::problemAdded, this, [this](const QString& text, int type) {
        if (type >= QtWarningMsg)
            statusBar()->showMessage(text, 8000);
    });
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString where = path.isEmpty() ? tr("not saved yet")
                                   : (path.startsWith(QLatin1Char(':')) ? tr("bundled demo") : path);
    setWindowTitle(QStringLiteral("%1[*] — Strata").arg(m_document->title()));
    setWindowModified(m_document->isModified());
    m_fileLabel->setText(tr("Workspace: %1 (%2)").arg(m_document->title(), where));
}

void MainWindow::updateCounts()
{
    const Workspace& ws = m_document->workspace();
    int versions = 0;
    for (const auto& type : ws.types)
        versions += int(type.versions.size());
    m_countLabel->setText(tr("%1 types · %2 versions · %3 clusters · %4 stores")
                              .arg(ws.types.size())
                              .arg(versions)
                              .arg(ws.clusters.size())
                              .arg(ws.stores.size()));
}

void MainWindow::onVersionSelected(const QModelIndex& index)
{
    const QString label = index.siblingAtColumn(0).data(TypeTreeModel::VersionLabelRole).toString();
    const QString type = index.siblingAtColumn(0).data(TypeTreeModel::TypeNameRole).toString();
    Result<TypeVersionId> id = TypeVersionId::parse(toStd(label));
    m_current = id ? std::optional<TypeVersionId>(id.value()) : std::nullopt;
    m_schema->setVersion(m_current);
    m_verdict->setVersion(m_current);
    if (!type.isEmpty())
        m_matrix->showType(type);
}

void MainWindow::selectVersion(const QString& label)
{
    const QModelIndex source = m_treeModel->indexOfVersion(label);
    if (!source.isValid())
        return;
    const QModelIndex index = m_treeFilter->mapFromSource(source);
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void MainWindow::showView(View view)
{
    QWidget* widgets[] = {m_schema, m_diff, m_matrix, m_graph, m_planner, m_clusters, m_migration};
    m_tabs->setCurrentWidget(widgets[int(view)]);
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("schema"), QStringLiteral("diff"),    QStringLiteral("matrix"),
            QStringLiteral("graph"),  QStringLiteral("planner"), QStringLiteral("clusters"),
            QStringLiteral("migration")};
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString& name)
{
    const int at = int(viewNames().indexOf(name.toLower()));
    if (at < 0)
        return std::nullopt;
    return View(at);
}

bool MainWindow::isBusy() const
{
    return m_jobs->isBusy() || m_graph->isBusy() || m_migration->session()->isBusy() ||
           m_clusters->isLoadingInventory();
}

void MainWindow::importPostgres()
{
    PostgresImportDialog dialog(m_document, m_connection, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported %n relation(s) from PostgreSQL", nullptr,
                                    int(dialog.candidates().size())),
                                 5000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_document->discardRecovery();
    event->accept();
}

} // namespace strata::qt
