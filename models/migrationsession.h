#pragma once

// One PostgreSQL table's migration as the console drives it: plan preview, dry run, run,
// pause/continue/cancel, resume from the checkpoint, verification and the audit entries. All
// database work runs on the session's own worker thread with its own Connection; the GUI
// thread only receives results as queued calls. Progress from the engine is coalesced: the
// worker keeps the newest report and a GUI-thread timer publishes it at most
// kProgressPerSecond times a second.

#include "postgresaccess.h"
#include "strata/connectors/postgres/migrate.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QThread>
#include <QVector>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcMigration)

class QTimer;

namespace strata::qt {

// What to migrate: the table behind `store` (object, profile, the version it holds) to `to`.
struct MigrationTarget {
    ConnectionProfile profile;
    Workspace workspace; // a snapshot; the worker reads it while the GUI goes on editing
    StoreObject store;
    TypeVersionId to;
    postgres::PlanOptions planOptions;
};

struct RunSettings {
    long long batchRows = 10000;
    int throttleMs = 0;
    bool confirmDestructive = false;
    QString actor;
};

class MigrationSession : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Planning, Running, Paused, Verifying, Completed, Failed, Cancelled };
    static constexpr int kProgressPerSecond = 20;

    explicit MigrationSession(QObject* parent = nullptr);
    ~MigrationSession() override;

    void setConnectionStatus(ConnectionStatus* status) { m_status = status; }
    // Who the audit table records; the OS user by default.
    void setActor(const QString& actor) { m_actor = actor; }
    void setTarget(MigrationTarget target);
    const MigrationTarget& target() const { return m_target; }

    // Each starts background work and returns false (with a log line) while other work runs.
    bool preview();
    // Reads the audit entries of the target's table (newest first).
    // Shows the plan and records a "dry-run" audit entry.
    bool dryRun();
    // Runs the plan; `resume` continues after the stored checkpoint.
    bool run(const RunSettings& settings, bool resume);
    bool verify();
    bool loadAudit();
    // Pause, continue and cancel act between batches of a running migration.
    void pause();
    void proceed();
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const;
    const std::optional<postgres::Plan>& plan() const { return m_plan; }
    const postgres::Progress& progress() const { return m_progress; }
    // Rows per second between published progress reports: (seconds since the run started,
    // rows/s).
    const QVector<QPointF>& throughput() const { return m_throughput; }
    const std::vector<postgres::AuditEntry>& audit() const { return m_audit; }
    const std::optional<postgres::Verification>& verification() const { return m_verification; }
    std::optional<postgres::Outcome> outcome() const { return m_outcome; }
    // How many progress reports reached the GUI thread in the current run.
    int progressReports() const { return m_reports; }
    static QString stateName(State state);

signals:
    void stateChanged(MigrationSession::State state);
    void planChanged();
    void progressChanged();
    void auditChanged();
    void verified();
    // A line for the run's log; `type` is QtInfoMsg, QtWarningMsg or QtCriticalMsg.
    void logLine(const QString& text, int type);

private:
    template <typename Work> bool start(State state, Work work);
    void setState(State state);
    void log(const QString& text, QtMsgType type = QtInfoMsg);
    void publishProgress();
    void failed(const QString& what, const Error& error);
    // Worker thread: opens a session with the target's profile, reporting the state.
    Result<std::unique_ptr<postgres::Connection>> openSession(const MigrationTarget& target);
    // Worker thread: the latest checkpoint of the target's table as a log line, or empty.
    static QString lastCheckpointText(postgres::Connection& conn, const MigrationTarget& target);

    QThread m_thread;
    QObject* m_worker;                   // lives on m_thread
    QPointer<ConnectionStatus> m_status; // touched on the GUI thread only
    MigrationTarget m_target;
    QString m_actor;
    State m_state = State::Idle;
    State m_settled = State::Idle; // the state to return to after a preview, audit or verify
    std::optional<postgres::Plan> m_plan;
    std::optional<postgres::Outcome> m_outcome;
    std::optional<postgres::Verification> m_verification;
    std::vector<postgres::AuditEntry> m_audit;
    postgres::MigrationControl m_control;

    QMutex m_pendingLock;
    std::optional<postgres::Progress> m_pending; // newest report from the worker
    QTimer* m_publish;
    QElapsedTimer m_runClock;
    postgres::Progress m_progress;
    QVector<QPointF> m_throughput;
    double m_lastSampleSeconds = 0;
    long long m_lastSampleRows = 0;
    int m_reports = 0;
};

} // namespace strata::qt
