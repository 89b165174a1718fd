#include "migrationsession.h"

#include "bridge.h"
#include "postgresaccess.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTimer>
#include <pwd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcMigration, "strata.models.migration", QtWarningMsg)

namespace strata::qt {

using namespace strata::postgres;

namespace {

QString osUser() {
    if (const passwd* pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

MigrationSession::State settledState(LifecycleState state) {
    switch (state) {
    case LifecycleState::Completed:
        return MigrationSession::State::Completed;
    case LifecycleState::Cancelled:
        return MigrationSession::State::Cancelled;
    case LifecycleState::Failed:
        return MigrationSession::State::Failed;
    default:
        return MigrationSession::State::Idle;
    }
}

} // namespace

MigrationSession::MigrationSession(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_actor(osUser())
    , m_publish(new QTimer(this)) {
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("strata-migration"));
    m_thread.start();
    m_publish->setInterval(1000 / kProgressPerSecond);
    connect(m_publish, &QTimer::timeout, this, &MigrationSession::publishProgress);
}

MigrationSession::~MigrationSession() {
    m_control.cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void MigrationSession::setTarget(MigrationTarget target) {
    m_target = std::move(target);
    m_plan.reset();
    m_outcome.reset();
    m_verification.reset();
    emit planChanged();
}

bool MigrationSession::isBusy() const {
    return m_state == State::Planning || m_state == State::Running || m_state == State::Paused ||
           m_state == State::Verifying;
}

QString MigrationSession::stateName(State state) {
    switch (state) {
    case State::Idle:
        return tr("Idle");
    case State::Planning:
        return tr("Planning");
    case State::Running:
        return tr("Running");
    case State::Paused:
        return tr("Paused");
    case State::Verifying:
        return tr("Verifying");
    case State::Completed:
        return tr("Completed");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

template <typename Work> bool MigrationSession::start(State state, Work work) {
    if (isBusy()) {
        log(tr("Another operation is still running (%1).").arg(stateName(m_state)), QtWarningMsg);
        return false;
    }
    m_settled = m_state;
    setState(state);
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
    return true;
}

void MigrationSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MigrationSession::log(const QString& text, QtMsgType type) {
    if (type == QtWarningMsg || type == QtCriticalMsg)
        qCDebug(lcMigration).noquote() << text; // the view reports it to the problems panel
    emit logLine(text, int(type));
}

void MigrationSession::failed(const QString& what, const Error& error) {
    log(QStringLiteral("%1: %2").arg(what, toQString(error.describe())), QtCriticalMsg);
}

Result<std::unique_ptr<Connection>> MigrationSession::openSession(const MigrationTarget& target) {
    const QString name = toQString(target.profile.name);
    // the status object is reached through this session's GUI thread, so a status destroyed
    // first, or a session destroyed mid-run, drops the report instead of touching freed memory
    auto report = [this, name](ConnectionStatus::State state, const QString& reason) {
        QMetaObject::invokeMethod(
            this,
            [this, name, state, reason] {
                if (m_status)
                    m_status->set(name, state, reason);
            },
            Qt::QueuedConnection);
    };
    report(ConnectionStatus::State::Connecting, {});
    auto conn = Connection::open(target.profile);
    report(conn ? ConnectionStatus::State::Connected : ConnectionStatus::State::Failed,
           conn ? QString() : toQString(conn.error().message));
    return conn;
}

bool MigrationSession::preview() {
    return start(State::Planning, [this, target = m_target] {
        auto conn = openSession(target);
        auto plan = conn ? planMigration(**conn, target.workspace, target.store, target.to,
                                         target.planOptions)
                         : Result<Plan>(conn.error());
        const QString checkpoint = plan ? lastCheckpointText(**conn, target) : QString();
        QMetaObject::invokeMethod(
            this,
            [this, plan = std::move(plan), checkpoint]() mutable {
                if (!plan) {
                    failed(tr("Planning failed"), plan.error());
                    setState(State::Failed);
                    return;
                }
                m_plan = std::move(*plan);
                log(tr("Plan %1: %2 steps, %3 rows estimated%4")
                        .arg(toQString(m_plan->fingerprint()))
                        .arg(m_plan->steps.size())
                        .arg(m_plan->rowEstimate)
                        .arg(m_plan->blocked() ? tr(", blocked") : QString()));
                if (!checkpoint.isEmpty())
                    log(checkpoint);
                emit planChanged();
                setState(m_settled);
                loadAudit();
            },
            Qt::QueuedConnection);
    });
}

QString MigrationSession::lastCheckpointText(Connection& conn, const MigrationTarget& target) {
    auto exists = conn.query("SELECT to_regclass('strata.migration_checkpoint') IS NOT NULL");
    if (!exists || exists->get(0, 0) != "t")
        return {};
    auto object = parseObjectName(target.store.object);
    if (!object)
        return {};
    auto cp = latestCheckpoint(conn, postgres::objectName(object->first, object->second));
    if (!cp || !*cp)
        return {};
    const Checkpoint& c = **cp;
    return tr("Last checkpoint of this table: %1 → %2, phase %3, %4 rows, %5 bytes")
        .arg(toQString(c.fromVersion), toQString(c.toVersion), toQString(c.phase))
        .arg(c.rows)
        .arg(c.bytes);
}

bool MigrationSession::dryRun() {
    return start(State::Planning, [this, target = m_target, actor = toStd(m_actor)] {
        auto conn = openSession(target);
        Status ready = conn ? ensureMigrationTables(**conn) : Status(conn.error());
        auto plan = ready ? planMigration(**conn, target.workspace, target.store, target.to,
                                          target.planOptions)
                          : Result<Plan>(ready.error());
        Status audited = plan ? recordAudit(**conn, *plan, actor, "dry-run",
                                            plan->blocked() ? "blocked" : "shown", "")
                              : Status(plan.error());
        QMetaObject::invokeMethod(
            this,
            [this, plan = std::move(plan), audited]() mutable {
                if (!plan || !audited) {
                    failed(tr("Dry run failed"), plan ? audited.error() : plan.error());
                    setState(State::Failed);
                    return;
                }
                m_plan = std::move(*plan);
                log(tr("Dry run of plan %1 recorded in the audit table (%2)")
                        .arg(toQString(m_plan->fingerprint()),
                             m_plan->blocked() ? tr("blocked") : tr("shown")));
                emit planChanged();
                setState(m_settled);
            },
            Qt::QueuedConnection);
    });
}

bool MigrationSession::run(const RunSettings& settings, bool resume) {
    if (isBusy()) {
        log(tr("Another operation is still running (%1).").arg(stateName(m_state)), QtWarningMsg);
        return false;
    }
    m_control.pause = false;
    m_control.cancel = false;
    {
        QMutexLocker lock(&m_pendingLock);
        m_pending.reset();
    }
    m_progress = {};
    m_throughput.clear();
    m_lastSampleSeconds = 0;
    m_lastSampleRows = -1;
    m_reports = 0;
    m_outcome.reset();
    m_runClock.start();
    m_publish->start();
    emit progressChanged();
    log(resume ? tr("Resuming %1 → %2 from its checkpoint")
                     .arg(toQString(m_target.store.object), versionLabel(m_target.to))
               : tr("Running %1 → %2")
                     .arg(toQString(m_target.store.object), versionLabel(m_target.to)));
    const QString actor = settings.actor.isEmpty() ? m_actor : settings.actor;
    return start(State::Running, [this, target = m_target, settings, resume, actor = toStd(actor)] {
        auto conn = openSession(target);
        Status ready = conn ? ensureMigrationTables(**conn) : Status(conn.error());
        auto plan = ready ? planMigration(**conn, target.workspace, target.store, target.to,
                                          target.planOptions)
                          : Result<Plan>(ready.error());
        if (plan)
            QMetaObject::invokeMethod(
                this,
                [this, copy = *plan] {
                    m_plan = copy;
                    emit planChanged();
                },
                Qt::QueuedConnection);
        Result<Outcome> outcome = plan ? Result<Outcome>(Outcome{}) : Result<Outcome>(plan.error());
        if (plan) {
            ExecuteOptions options;
            options.resume = resume;
            options.confirmDestructive = settings.confirmDestructive;
            options.batchRows = settings.batchRows;
            options.throttleMs = settings.throttleMs;
            options.actor = actor;
            options.workspace = &target.workspace;
            options.control = &m_control;
            options.openReader = [profile = target.profile] { return Connection::open(profile); };
            options.progress = [this](const Progress& p) {
                QMutexLocker lock(&m_pendingLock);
                m_pending = p;
            };
            outcome = executePlan(**conn, *plan, options);
        }
        QMetaObject::invokeMethod(
            this,
            [this, outcome = std::move(outcome)] {
                m_publish->stop();
                publishProgress();
                if (!outcome) {
                    failed(tr("Migration of %1 failed").arg(toQString(m_target.store.object)),
                           outcome.error());
                    if (outcome.error().code == ErrorCode::Io)
                        log(tr("Committed batches are kept; use Resume to continue."),
                            QtWarningMsg);
                    setState(State::Failed);
                    return;
                }
                m_outcome = *outcome;
                log(tr("%1: %2, %3 rows%4")
                        .arg(toQString(m_target.store.object), toQString(toString(outcome->state)))
                        .arg(outcome->rows)
                        .arg(outcome->resumed ? tr(" (resumed)") : QString()),
                    outcome->state == LifecycleState::Failed ? QtCriticalMsg : QtInfoMsg);
                setState(settledState(outcome->state));
                loadAudit();
            },
            Qt::QueuedConnection);
    });
}

bool MigrationSession::verify() {
    return start(State::Verifying, [this, target = m_target, actor = toStd(m_actor)] {
        auto run = [&]() -> Result<Verification> {
            auto conn = openSession(target);
            if (!conn)
                return conn.error();
            if (Status s = ensureMigrationTables(**conn); !s)
                return s.error();
            auto object = parseObjectName(target.store.object);
            if (!object)
                return object.error();
            auto cp = latestCheckpoint(**conn, postgres::objectName(object->first, object->second));
            if (!cp)
                return cp.error();
            if (!*cp)
                return makeError(ErrorCode::NotFound, "no migration of this table to verify",
                                 target.store.object);
            auto from = TypeVersionId::parse((*cp)->fromVersion);
            auto to = TypeVersionId::parse((*cp)->toVersion);
            if (!from || !to)
                return (!from ? from : to).error();
            auto plan =
                planCopyOffline(target.workspace, object->first, object->second, *from, *to, false);
            if (!plan)
                return plan.error();
            auto v = verifyMigration(**conn, *plan);
            if (!v)
                return v.error();
            (void)recordVerification(**conn, *plan, *v, actor);
            return v;
        };
        auto result = run();
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)] {
                if (!result) {
                    failed(tr("Verification failed"), result.error());
                    setState(m_settled);
                    return;
                }
                m_verification = *result;
                log(tr("%1: source %2 rows, target %3 rows, checksum %4")
                        .arg(result->ok() ? tr("Verified") : tr("MISMATCH"))
                        .arg(result->sourceRows)
                        .arg(result->targetRows)
                        .arg(toQString(result->targetChecksum)),
                    result->ok() ? QtInfoMsg : QtCriticalMsg);
                for (const std::string& problem : result->problems)
                    log(toQString(problem), QtCriticalMsg);
                emit verified();
                setState(m_settled);
                loadAudit();
            },
            Qt::QueuedConnection);
    });
}

bool MigrationSession::loadAudit() {
    return start(State::Planning, [this, target = m_target] {
        auto conn = openSession(target);
        auto object = parseObjectName(target.store.object);
        auto entries =
            !object ? Result<std::vector<AuditEntry>>(object.error())
            : conn  ? readAudit(**conn, postgres::objectName(object->first, object->second) + ":")
                    : Result<std::vector<AuditEntry>>(conn.error());
        QMetaObject::invokeMethod(
            this,
            [this, entries = std::move(entries)] {
                if (!entries)
                    failed(tr("Reading the audit table failed"), entries.error());
                else
                    m_audit = *entries;
                emit auditChanged();
                setState(m_settled);
            },
            Qt::QueuedConnection);
    });
}

void MigrationSession::pause() {
    if (m_state != State::Running)
        return;
    m_control.pause = true;
    log(tr("Pausing after the current batch"));
    setState(State::Paused);
}

void MigrationSession::proceed() {
    if (m_state != State::Paused)
        return;
    m_control.pause = false;
    log(tr("Continuing"));
    setState(State::Running);
}

void MigrationSession::cancel() {
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_control.cancel = true;
    log(tr("Cancelling after the current batch; the checkpoint keeps what is committed"),
        QtWarningMsg);
}

void MigrationSession::publishProgress() {
    std::optional<Progress> next;
    {
        QMutexLocker lock(&m_pendingLock);
        next.swap(m_pending);
    }
    if (!next)
        return;
    if (next->phase != m_progress.phase && !next->phase.empty())
        log(tr("Phase: %1").arg(toQString(next->phase)));
    const double seconds = double(m_runClock.elapsed()) / 1000.0;
    double rate = next->rowsPerSecond;
    if (m_lastSampleRows >= 0 && seconds > m_lastSampleSeconds)
        rate = double(next->rowsDone - m_lastSampleRows) / (seconds - m_lastSampleSeconds);
    m_throughput.append(QPointF(seconds, std::max(0.0, rate)));
    m_lastSampleSeconds = seconds;
    m_lastSampleRows = next->rowsDone;
    m_progress = *next;
    ++m_reports;
    emit progressChanged();
}

} // namespace strata::qt
