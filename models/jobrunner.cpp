#include "jobrunner.h"

#include <QThreadPool>

Q_LOGGING_CATEGORY(lcJobs, "strata.models.jobs", QtWarningMsg)

namespace strata::qt {

JobRunner::JobRunner(QObject* parent)
    : QObject(parent) {}

JobRunner::~JobRunner() {
    for (const auto& token : std::as_const(m_tokens))
        token->store(true);
    waitForAll();
}

quint64 JobRunner::begin(const QString& key) {
    if (auto old = m_tokens.value(key))
        old->store(true);
    const quint64 id = ++m_nextId;
    m_latest.insert(key, id);
    m_tokens.insert(key, std::make_shared<std::atomic<bool>>(false));
    if (m_running++ == 0)
        emit busyChanged(true);
    qCDebug(lcJobs) << "job" << id << "started under" << key;
    return id;
}

bool JobRunner::finish(const QString& key, quint64 id) {
    if (--m_running == 0)
        emit busyChanged(false);
    const bool current = m_latest.value(key) == id;
    if (!current) {
        qCDebug(lcJobs) << "job" << id << "under" << key << "is stale; result dropped";
        emit jobDropped(key, id);
    }
    return current;
}

void JobRunner::cancel(const QString& key) {
    if (auto token = m_tokens.value(key))
        token->store(true);
    m_latest.insert(key, 0);
}

void JobRunner::waitForAll() {
    QThreadPool::globalInstance()->waitForDone();
}

} // namespace strata::qt
