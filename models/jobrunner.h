#pragma once

// Runs long work off the GUI thread. Each job has an id and a key ("layout", "verdict"); a new
// job under the same key cancels the older one and makes its result stale, so it is dropped.
// Results are delivered on the GUI thread, and only while the receiving object still exists.

#include <QFutureWatcher>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace strata::qt {

// Polled by long work; set when a newer job under the same key started or on cancel().
using CancelToken = std::shared_ptr<std::atomic<bool>>;

class JobRunner : public QObject {
    Q_OBJECT

public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // Runs `work(token)` on the global thread pool; `deliver(result)` runs on this object's
    // thread if the job is still the newest under `key` and `receiver` is alive.
    template <typename Work, typename Deliver>
    quint64 run(const QString& key, QObject* receiver, Work work, Deliver deliver) {
        using T = std::invoke_result_t<Work, CancelToken>;
        const quint64 id = begin(key);
        CancelToken token = m_tokens.value(key);
        QPointer<QObject> guard(receiver);
        auto* watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, key, id, guard, deliver = std::move(deliver)]() mutable {
                    watcher->deleteLater();
                    const bool current = finish(key, id);
                    if (current && guard && !watcher->isCanceled())
                        deliver(watcher->result());
                });
        watcher->setFuture(
            QtConcurrent::run([work = std::move(work), token]() mutable { return work(token); }));
        return id;
    }

    // Marks the newest job under `key` cancelled; its result will be dropped.
    void cancel(const QString& key);
    bool isBusy() const { return m_running > 0; }
    int runningJobs() const { return m_running; }
    // Id of the newest job started under `key`, 0 if none.
    quint64 latestJob(const QString& key) const { return m_latest.value(key); }
    // Blocks until every job has finished (used on shutdown and by tests).
    void waitForAll();

signals:
    void busyChanged(bool busy);
    void jobDropped(const QString& key, quint64 id);

private:
    quint64 begin(const QString& key);
    bool finish(const QString& key, quint64 id);

    quint64 m_nextId = 0;
    int m_running = 0;
    QHash<QString, quint64> m_latest;
    QHash<QString, CancelToken> m_tokens;
};

} // namespace strata::qt
