#pragma once

// The migration view: a PostgreSQL table, the version it holds and the version to move it to;
// the full plan before anything runs (strategy, steps with their SQL and bound values, row
// estimates, destructive steps, blockers); run options; Dry run / Run / Resume / Pause /
// Continue / Cancel / Verify; progress (rows, bytes, rows/s, ETA) with a live throughput
// chart; the run's log and the table's audit entries. The work runs in a MigrationSession.

#include "migrationsession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

class QChartView;
class QLineSeries;
class QValueAxis;

namespace strata::qt {

class AuditModel;
class ConnectionStatus;
class PlanStepsModel;
class ProblemsModel;
class VersionPicker;
class WorkspaceDocument;

class MigrationView : public QWidget {
    Q_OBJECT

public:
    MigrationView(WorkspaceDocument* document, ProblemsModel* problems, ConnectionStatus* status,
                  QWidget* parent = nullptr);
    ~MigrationView() override;

    MigrationSession* session() const { return m_session; }
    PlanStepsModel* stepsModel() const { return m_steps; }
    AuditModel* auditModel() const { return m_audit; }

    // Chooses what to migrate: a profile, a table ("public.invoice_line") and two versions.
    void configure(const QString& profile, const QString& table, const QString& from,
                   const QString& to);
    // Batch rows and throttle for the next run.
    void setRunOptions(long long batchRows, int throttleMs, bool confirmDestructive);
    // How to plan: copy even when in place would do, convert on the client, contract.
    void setPlanOptions(bool forceCopy, bool clientSide, bool contract);

    void previewPlan();
    void dryRun();
    void runMigration();
    void resumeMigration();
    void verifyMigration();

    QString planSummary() const;
    QString fullPlanText() const;
    QString selectedSql() const;
    QString progressText() const;
    int progressValue() const;
    QString logText() const;
    QPushButton* button(const QString& name) const;
    int chartPoints() const;

private:
    void reloadWorkspace();
    void storeChosen();
    // Hands the chosen table and versions to the session; false (with a log line) if incomplete.
    bool applyTarget(bool needVersions = true);
    void showPlan();
    void showProgress();
    void showState();
    void recordCompletion();
    void appendLog(const QString& text, int type);
    void runWith(bool resume);

    WorkspaceDocument* m_document;
    ProblemsModel* m_problems;
    MigrationSession* m_session;
    PlanStepsModel* m_steps;
    AuditModel* m_audit;

    QComboBox* m_profile;
    QComboBox* m_table;
    VersionPicker* m_from;
    VersionPicker* m_to;
    QCheckBox* m_forceCopy;
    QCheckBox* m_clientSide;
    QCheckBox* m_contract;
    QCheckBox* m_confirm;
    QSpinBox* m_batchRows;
    QSpinBox* m_throttle;
    QHash<QString, QPushButton*> m_buttons;

    QLabel* m_summary;
    QTabWidget* m_planTabs;
    QTableView* m_stepsView;
    QPlainTextEdit* m_sql;
    QPlainTextEdit* m_fullPlan;

    QLabel* m_state;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QChartView* m_chartView;
    QLineSeries* m_series;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QPlainTextEdit* m_log;
    QTableView* m_auditView;
    QTabWidget* m_runTabs;
};

} // namespace strata::qt
