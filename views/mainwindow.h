#pragma once

// The console's main window: the types dock, the verdict dock and the problems dock around a
// tabbed centre (schema, diff, matrix, graph, planner, clusters); menus, shortcuts, status
// bar, recent files, autosave and recovery.

#include "retranslator.h"
#include "strata/model/version.h"

#include <QLoggingCategory>
#include <QMainWindow>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QTreeView;
class QLineEdit;
class QProgressBar;

Q_DECLARE_LOGGING_CATEGORY(lcMainWindow)

namespace strata::qt {

class ClusterView;
class ConnectionStatus;
class DiffView;
class GraphView;
class JobRunner;
class MatrixView;
class MigrationView;
class PlannerView;
class ProblemsModel;
class SchemaEditor;
class TypeTreeModel;
class VerdictPanel;
class WorkspaceDocument;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Schema, Diff, Matrix, Graph, Planner, Clusters, Migration };

    MainWindow(WorkspaceDocument* document, JobRunner* jobs, ProblemsModel* problems,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the bundled demo workspace.
    bool openDemo();
    bool openFile(const QString& path);
    // Asks whether to restore an autosaved copy left by a session that did not end cleanly.
    void offerRecovery();

    void showView(View view);
    // "schema", "diff", ... → View; nullopt for an unknown name.
    static std::optional<View> viewFromName(const QString& name);
    static QStringList viewNames();
    void selectVersion(const QString& label);
    // Whether background work (verdicts, layout) is still running.
    bool isBusy() const;

    SchemaEditor* schemaEditor() const { return m_schema; }
    DiffView* diffView() const { return m_diff; }
    MatrixView* matrixView() const { return m_matrix; }
    GraphView* graphView() const { return m_graph; }
    PlannerView* plannerView() const { return m_planner; }
    ClusterView* clusterView() const { return m_clusters; }
    MigrationView* migrationView() const { return m_migration; }
    ConnectionStatus* connectionStatus() const { return m_connection; }
    // Opens the dialog that imports tables of a live PostgreSQL database as types.
    void importPostgres();
    VerdictPanel* verdictPanel() const { return m_verdict; }
    QTreeView* typeTree() const { return m_tree; }
    QLineEdit* typeFilter() const { return m_filter; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createViews();
    void selectFirstEvolvedVersion();
    // Shows `text` in the status bar for `timeoutMs`, elided to the room the bar leaves it.
    void announce(const QString& text, int timeoutMs);
    void keepTreeStateAcrossResets();
    // Sizes the tree's policy column to the longest policy name or its header, whichever is
    // wider, or, where the tree is narrower, to the room right of the names (at least the
    // header), so that a policy is shown whole or elided but never cut off by the tree's edge.
    void fitPolicyColumn();
    void createDocks();
    void sizeDocks();
    void createActions();
    void createStatusBar();
    void createUndoActions();
    void showBusy(bool busy);
    void restoreWindowState();
    void updateTitle();
    void updateCounts();
    void onVersionSelected(const QModelIndex& index);

    // File handling (mainwindow_files.cpp).
    void newWorkspace();
    void openDialog();
    bool save();
    bool saveAs();
    void importAvro();
    bool maybeSave();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void autosave();
    void exportGraph();
    void showError(const QString& title, const QString& message);

    WorkspaceDocument* m_document;
    JobRunner* m_jobs;
    ProblemsModel* m_problems;
    TypeTreeModel* m_treeModel = nullptr;
    QSortFilterProxyModel* m_treeFilter = nullptr;
    QTreeView* m_tree = nullptr;
    QTimer* m_policyFit = nullptr; // fits the policy column once the tree's rows settle
    QDockWidget* m_typesDock = nullptr;
    QDockWidget* m_verdictDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    bool m_docksUnsized = true; // no saved layout: the docks get their first sizes when shown
    QLineEdit* m_filter = nullptr;
    QTabWidget* m_tabs = nullptr;
    SchemaEditor* m_schema = nullptr;
    DiffView* m_diff = nullptr;
    MatrixView* m_matrix = nullptr;
    GraphView* m_graph = nullptr;
    PlannerView* m_planner = nullptr;
    ClusterView* m_clusters = nullptr;
    MigrationView* m_migration = nullptr;
    ConnectionStatus* m_connection = nullptr;
    VerdictPanel* m_verdict = nullptr;
    QTableView* m_problemsView = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QTimer* m_autosave = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_undoPlace = nullptr;     // separator after undo and redo in the Edit menu
    QAction* m_toolUndoPlace = nullptr; // separator after undo and redo in the tool bar
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    Retranslator m_texts;
    std::optional<TypeVersionId> m_current;
};

} // namespace strata::qt
