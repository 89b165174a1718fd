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
#include "plannerview.h"
#include "postgresaccess.h"
#include "postgresimportdialog.h"
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
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "strata.views.mainwindow", QtWarningMsg)

namespace strata::qt {

namespace {
constexpr int kTreeSizingRows = 100; // rows the type tree measures to size its columns
constexpr int kPolicyGap = 8;        // room between the policy and the next column
constexpr int kTypesDockWidth = 340; // first widths of the docks beside the views
constexpr int kVerdictDockWidth = 340;
} // namespace

MainWindow::MainWindow(WorkspaceDocument* document, JobRunner* jobs, ProblemsModel* problems,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_jobs(jobs)
    , m_problems(problems) {
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

void MainWindow::createViews() {
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
    for (QWidget* view : {static_cast<QWidget*>(m_schema), static_cast<QWidget*>(m_diff),
                          static_cast<QWidget*>(m_matrix), static_cast<QWidget*>(m_graph),
                          static_cast<QWidget*>(m_planner), static_cast<QWidget*>(m_clusters),
                          static_cast<QWidget*>(m_migration)})
        m_tabs->addTab(view, QString());
    m_texts.add([this] {
        const QStringList titles = {
            tr("&Schema"),          tr("&Diff"),     tr("&Matrix"),   tr("&Graph"),
            tr("&Upgrade planner"), tr("C&lusters"), tr("M&igration")};
        for (int i = 0; i < titles.size(); ++i)
            m_tabs->setTabText(i, titles[i]);
        m_tabs->setAccessibleName(tr("Views"));
    });
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
    connect(m_planner, &PlannerView::showOnGraphRequested, this, [this](const QStringList& labels) {
        showView(View::Graph);
        m_graph->highlightPath(labels);
    });
}

void MainWindow::createDocks() {
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
    m_texts.add([this] {
        m_filter->setPlaceholderText(tr("Filter types (Ctrl+L)"));
        m_filter->setAccessibleName(tr("Filter types"));
    });
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeView(typesPanel);
    m_tree->setModel(m_treeFilter);
    m_texts.add([this] { m_tree->setAccessibleName(tr("Types and versions")); });
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(TypeTreeModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    // as wide as the longest policy name where the tree has room, else up to its right edge,
    // where the policy is elided and its tooltip has all of it: sized to the first rows, it
    // was cut by the edge of a narrow dock
    m_tree->header()->setSectionResizeMode(TypeTreeModel::PolicyColumn, QHeaderView::Fixed);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->viewport()->installEventFilter(this);
    // the names take another width when rows come, go, expand or are renamed; a reset expands
    // every type again, so the column is fitted once after such a burst, not for each signal
    m_policyFit = new QTimer(this);
    m_policyFit->setSingleShot(true);
    m_policyFit->setInterval(0);
    connect(m_policyFit, &QTimer::timeout, this, &MainWindow::fitPolicyColumn);
    const auto refit = [this] { m_policyFit->start(); };
    connect(m_treeFilter, &QAbstractItemModel::modelReset, this, refit);
    connect(m_treeFilter, &QAbstractItemModel::layoutChanged, this, refit);
    connect(m_treeFilter, &QAbstractItemModel::rowsInserted, this, refit);
    connect(m_treeFilter, &QAbstractItemModel::dataChanged, this, refit);
    connect(m_tree, &QTreeView::expanded, this, refit);
    connect(m_tree, &QTreeView::collapsed, this, refit);
    // sized from the first rows only: measuring every row of a workspace with thousands of
    // versions made each relayout of the window (a job starting shows the busy bar) stall
    m_tree->header()->setResizeContentsPrecision(kTreeSizingRows);
    keepTreeStateAcrossResets();

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

    auto dock = [this](const char* title, const QString& name, QWidget* widget,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        m_texts.add([d, title] { d->setWindowTitle(tr(title)); });
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    auto* typesDock =
        dock(QT_TR_NOOP("Types"), QStringLiteral("TypesDock"), typesPanel, Qt::LeftDockWidgetArea);

    m_verdict = new VerdictPanel(m_document, m_jobs, this);
    auto* verdictDock = dock(QT_TR_NOOP("Verdict"), QStringLiteral("VerdictDock"), m_verdict,
                             Qt::RightDockWidgetArea);

    m_problemsView = new QTableView(this);
    m_problemsView->setModel(m_problems);
    m_texts.add([this] { m_problemsView->setAccessibleName(tr("Log and problems")); });
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_problems, &QAbstractItemModel::rowsInserted, m_problemsView,
            &QTableView::scrollToBottom);
    auto* problemsDock = dock(QT_TR_NOOP("Log and problems"), QStringLiteral("ProblemsDock"),
                              m_problemsView, Qt::BottomDockWidgetArea);
    m_typesDock = typesDock;
    m_verdictDock = verdictDock;
    m_problemsDock = problemsDock;
}

// The docks' first sizes: before the window is shown its layout has no room to share out, so
// asked for then, the types dock stayed at its minimum and cut the policy column short.
void MainWindow::sizeDocks() {
    resizeDocks({m_problemsDock}, {110}, Qt::Vertical);
    resizeDocks({m_typesDock, m_verdictDock}, {kTypesDockWidth, kVerdictDockWidth}, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (std::exchange(m_docksUnsized, false))
        sizeDocks();
}

void MainWindow::createActions() {
    // texts are QT_TR_NOOP sources, translated now and on every language change
    auto action = [this](QMenu* menu, const char* text, const QKeySequence& key, auto slot) {
        auto* a = menu->addAction(QString());
        m_texts.add([a, text] { a->setText(tr(text)); });
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    auto menu = [this](auto* parent, const char* title) {
        QMenu* m = parent->addMenu(QString());
        m_texts.add([m, title] { m->setTitle(tr(title)); });
        return m;
    };

    QMenu* file = menu(menuBar(), QT_TR_NOOP("&File"));
    auto* newAction =
        action(file, QT_TR_NOOP("&New workspace"), QKeySequence::New, [this] { newWorkspace(); });
    auto* openAction =
        action(file, QT_TR_NOOP("&Open…"), QKeySequence::Open, [this] { openDialog(); });
    m_recentMenu = menu(file, QT_TR_NOOP("Open &recent"));
    action(file, QT_TR_NOOP("Open the &demo workspace"), QKeySequence(), [this] {
        if (maybeSave())
            openDemo();
    });
    file->addSeparator();
    auto* saveAction = action(file, QT_TR_NOOP("&Save"), QKeySequence::Save, [this] { save(); });
    action(file, QT_TR_NOOP("Save &as…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    action(file, QT_TR_NOOP("&Import Avro schema…"), QKeySequence(tr("Ctrl+I")),
           [this] { importAvro(); });
    auto* importPg = action(file, QT_TR_NOOP("Import from &PostgreSQL…"),
                            QKeySequence(tr("Ctrl+Shift+I")), [this] { importPostgres(); });
    action(file, QT_TR_NOOP("&Export graph…"), QKeySequence(tr("Ctrl+E")),
           [this] { exportGraph(); });
    file->addSeparator();
    action(file, QT_TR_NOOP("&Quit"), QKeySequence::Quit, [this] { close(); });
    rebuildRecentMenu();

    QMenu* edit = menu(menuBar(), QT_TR_NOOP("&Edit"));
    m_undoPlace = edit->addSeparator();
    m_texts.add([this] { createUndoActions(); });
    action(edit, QT_TR_NOOP("&New version (draft)"), QKeySequence(tr("Ctrl+Shift+N")), [this] {
        if (m_current)
            if (auto id = m_document->createDraft(toQString(m_current->name)))
                selectVersion(versionLabel(*id));
    });
    action(edit, QT_TR_NOOP("&Add field"), QKeySequence(tr("Ctrl+Shift+A")), [this] {
        showView(View::Schema);
        m_schema->addField();
    });
    action(edit, QT_TR_NOOP("&Remove field"), QKeySequence(tr("Ctrl+Del")),
           [this] { m_schema->removeSelectedField(); });
    edit->addSeparator();
    action(edit, QT_TR_NOOP("&Find in graph"), QKeySequence::Find, [this] {
        showView(View::Graph);
        m_graph->focusSearch();
    });
    action(edit, QT_TR_NOOP("Filter &types"), QKeySequence(tr("Ctrl+L")), [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    edit->addSeparator();
    action(edit, QT_TR_NOOP("&Settings…"), QKeySequence::Preferences, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            const int minutes = SettingsDialog::autosaveMinutes();
            if (minutes > 0)
                m_autosave->start(minutes * 60 * 1000);
            else
                m_autosave->stop();
        }
    });

    m_viewMenu = menu(menuBar(), QT_TR_NOOP("&View"));
    const QList<QPair<const char*, View>> views = {
        {QT_TR_NOOP("&Schema"), View::Schema},           {QT_TR_NOOP("&Diff"), View::Diff},
        {QT_TR_NOOP("&Matrix"), View::Matrix},           {QT_TR_NOOP("&Graph"), View::Graph},
        {QT_TR_NOOP("&Upgrade planner"), View::Planner}, {QT_TR_NOOP("C&lusters"), View::Clusters},
        {QT_TR_NOOP("M&igration"), View::Migration}};
    for (int i = 0; i < views.size(); ++i)
        action(m_viewMenu, views[i].first, QKeySequence(QStringLiteral("Alt+%1").arg(i + 1)),
               [this, v = views[i].second] { showView(v); });
    m_viewMenu->addSeparator();
    action(m_viewMenu, QT_TR_NOOP("Zoom &in"), QKeySequence::ZoomIn, [this] { m_graph->zoomIn(); });
    action(m_viewMenu, QT_TR_NOOP("Zoom &out"), QKeySequence::ZoomOut,
           [this] { m_graph->zoomOut(); });
    action(m_viewMenu, QT_TR_NOOP("&Fit graph"), QKeySequence(tr("Ctrl+0")),
           [this] { m_graph->fit(); });
    m_viewMenu->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu* tools = menu(menuBar(), QT_TR_NOOP("&Tools"));
    action(tools, QT_TR_NOOP("&Analyse upgrade"), QKeySequence(tr("Ctrl+R")), [this] {
        showView(View::Planner);
        m_planner->analyse();
    });
    action(tools, QT_TR_NOOP("&Compare with previous version"), QKeySequence(tr("Ctrl+D")), [this] {
        if (!m_current)
            return;
        if (const TypeVersion* prev = previousVersion(m_document->workspace(), *m_current)) {
            m_diff->compare(versionLabel(prev->id), versionLabel(*m_current));
            showView(View::Diff);
        }
    });

    QMenu* help = menu(menuBar(), QT_TR_NOOP("&Help"));
    action(help, QT_TR_NOOP("&About Strata"), QKeySequence(), [this] {
        QString text = tr("<h3>Strata %1</h3><p>Schema evolution console for PostgreSQL, Kafka, "
                          "Elasticsearch and TiKV.</p>")
                           .arg(QApplication::applicationVersion());
        QMessageBox::about(this, tr("About Strata"), text);
    });

    m_toolBar = addToolBar(QString());
    m_texts.add([this] { m_toolBar->setWindowTitle(tr("Main")); });
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(newAction);
    m_toolBar->addAction(openAction);
    m_toolBar->addAction(saveAction);
    m_toolBar->addSeparator();
    m_toolUndoPlace = m_toolBar->addSeparator();
    m_toolBar->addAction(importPg);
    createUndoActions();
}

// QUndoStack keeps the prefix an undo action was made with, so a language change makes new
// undo and redo actions in place of the old ones.
void MainWindow::createUndoActions() {
    if (!m_undoPlace || !m_toolUndoPlace)
        return;
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    auto* edit = qobject_cast<QMenu*>(m_undoPlace->parent());
    edit->insertActions(m_undoPlace, {undo, redo});
    m_toolBar->insertActions(m_toolUndoPlace, {undo, redo});
    delete m_undo;
    delete m_redo;
    m_undo = undo;
    m_redo = redo;
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        updateTitle();
        updateCounts();
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitPolicyColumn(); // the header and the policy names take another width
    QMainWindow::changeEvent(event);
}

void MainWindow::createStatusBar() {
    m_fileLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_texts.add([this] {
        m_connectionLabel->setText(m_connection->text());
        m_connectionLabel->setToolTip(
            m_connection->state() == ConnectionStatus::State::Offline
                ? tr("No live cluster connection; verdicts and plans use the workspace file.")
                : m_connection->reason());
        m_connectionLabel->setAccessibleName(tr("Connection state"));
    });
    m_busy = new QProgressBar(this);
    m_busy->setMaximumWidth(100);
    m_busy->setTextVisible(false);
    m_texts.add([this] { showBusy(m_jobs->isBusy()); });
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_jobs, &JobRunner::busyChanged, this, &MainWindow::showBusy);
    connect(m_connection, &ConnectionStatus::changed, this, [this] {
        m_connectionLabel->setText(m_connection->text());
        m_connectionLabel->setToolTip(m_connection->reason());
    });
    // the tooltip carries an elided message's whole text, and goes with it
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& message) {
        if (message.isEmpty())
            statusBar()->setToolTip({});
    });
    connect(m_problems, &ProblemsModel::problemAdded, this, [this](const QString& text, int type) {
        // QtInfoMsg sorts above QtCriticalMsg: name the kinds that are problems
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
            announce(text, 8000);
    });
}

// The message shares the bar with the permanent widgets (counts, search, connection) and is not
// elided by QStatusBar, so a long one ran into them: it is elided to the room left of them; the
// whole text is in the problems panel and the tooltip.
void MainWindow::announce(const QString& text, int timeoutMs) {
    QStatusBar* bar = statusBar();
    int room = bar->width();
    for (QWidget* widget : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (widget->isVisible() && widget->x() > 0)
            room = std::min(room, widget->x());
    room -= 16;
    const bool laidOut = bar->width() > 0 && room > 40;
    bar->showMessage(laidOut ? bar->fontMetrics().elidedText(text, Qt::ElideRight, room) : text,
                     timeoutMs);
    bar->setToolTip(text);
}

// The busy bar stays in place and only changes its range: showing or hiding a status bar
// widget relayouts the whole window, which with thousands of versions in the type tree
// stalled the GUI thread at every job start and end.
void MainWindow::showBusy(bool busy) {
    m_busy->setRange(0, busy ? 0 : 1);
    m_busy->setValue(0);
    m_busy->setAccessibleName(busy ? tr("Background work running") : tr("No background work"));
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    m_docksUnsized = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::updateTitle() {
    const QString path = m_document->filePath();
    QString where = path.isEmpty()
                        ? tr("not saved yet")
                        : (path.startsWith(QLatin1Char(':')) ? tr("bundled demo") : path);
    setWindowTitle(QStringLiteral("%1[*] — Strata").arg(m_document->title()));
    setWindowModified(m_document->isModified());
    m_fileLabel->setText(tr("Workspace: %1 (%2)").arg(m_document->title(), where));
}

void MainWindow::updateCounts() {
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

void MainWindow::onVersionSelected(const QModelIndex& index) {
    const QString label = index.siblingAtColumn(0).data(TypeTreeModel::VersionLabelRole).toString();
    const QString type = index.siblingAtColumn(0).data(TypeTreeModel::TypeNameRole).toString();
    Result<TypeVersionId> id = TypeVersionId::parse(toStd(label));
    m_current = id ? std::optional<TypeVersionId>(id.value()) : std::nullopt;
    m_schema->setVersion(m_current);
    m_verdict->setVersion(m_current);
    if (!type.isEmpty())
        m_matrix->showType(type);
}

// An edit that changes the workspace's structure (a version added, a store's version recorded)
// rebuilds the type tree; the types that were expanded stay expanded and the current version
// stays current.
void MainWindow::keepTreeStateAcrossResets() {
    auto expanded = std::make_shared<QSet<QString>>();
    auto current = std::make_shared<QString>();
    connect(m_treeFilter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, expanded, current] {
                expanded->clear();
                for (int row = 0; row < m_treeFilter->rowCount(); ++row) {
                    const QModelIndex type = m_treeFilter->index(row, 0);
                    if (m_tree->isExpanded(type))
                        expanded->insert(type.data(TypeTreeModel::TypeNameRole).toString());
                }
                *current = m_current ? versionLabel(*m_current) : QString();
            });
    connect(m_treeFilter, &QAbstractItemModel::modelReset, this, [this, expanded, current] {
        for (int row = 0; row < m_treeFilter->rowCount(); ++row) {
            const QModelIndex type = m_treeFilter->index(row, 0);
            if (expanded->contains(type.data(TypeTreeModel::TypeNameRole).toString()))
                m_tree->expand(type);
        }
        if (!current->isEmpty())
            selectVersion(*current);
    });
}

void MainWindow::fitPolicyColumn() {
    if (!m_tree)
        return;
    QHeaderView* header = m_tree->header();
    const QString title =
        m_tree->model()->headerData(TypeTreeModel::PolicyColumn, Qt::Horizontal).toString();
    const int headerWidth =
        header->fontMetrics().horizontalAdvance(title) +
        2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + kPolicyGap;
    // the style pads an item's text with its focus frame margin on either side
    const int padding =
        2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1) +
        kPolicyGap;
    int longest = headerWidth;
    for (CompatPolicy policy : {CompatPolicy::None, CompatPolicy::Backward, CompatPolicy::Forward,
                                CompatPolicy::Full, CompatPolicy::BackwardTransitive,
                                CompatPolicy::ForwardTransitive, CompatPolicy::FullTransitive})
        longest = std::max(longest,
                           m_tree->fontMetrics().horizontalAdvance(policyName(policy)) + padding);
    m_tree->resizeColumnToContents(TypeTreeModel::NameColumn); // before the tree lays it out
    const int room = m_tree->viewport()->width() - header->sectionSize(TypeTreeModel::NameColumn);
    header->resizeSection(TypeTreeModel::PolicyColumn,
                          std::clamp(room, std::min(headerWidth, longest), longest));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (m_tree && watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitPolicyColumn();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::selectVersion(const QString& label) {
    const QModelIndex source = m_treeModel->indexOfVersion(label);
    if (!source.isValid())
        return;
    const QModelIndex index = m_treeFilter->mapFromSource(source);
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void MainWindow::showView(View view) {
    QWidget* widgets[] = {m_schema, m_diff, m_matrix, m_graph, m_planner, m_clusters, m_migration};
    m_tabs->setCurrentWidget(widgets[int(view)]);
}

QStringList MainWindow::viewNames() {
    return {QStringLiteral("schema"),   QStringLiteral("diff"),    QStringLiteral("matrix"),
            QStringLiteral("graph"),    QStringLiteral("planner"), QStringLiteral("clusters"),
            QStringLiteral("migration")};
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString& name) {
    const int at = int(viewNames().indexOf(name.toLower()));
    if (at < 0)
        return std::nullopt;
    return View(at);
}

bool MainWindow::isBusy() const {
    return m_jobs->isBusy() || m_graph->isBusy() || m_migration->session()->isBusy() ||
           m_clusters->isLoadingInventory();
}

void MainWindow::importPostgres() {
    PostgresImportDialog dialog(m_document, m_connection, this);
    if (dialog.exec() == QDialog::Accepted)
        announce(
            tr("Imported %n relation(s) from PostgreSQL", nullptr, int(dialog.candidates().size())),
            5000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
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
