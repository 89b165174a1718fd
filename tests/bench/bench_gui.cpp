// Console benchmark harness (not a timed test): start-up to the first painted main window with
// the bundled demo, and the longest GUI-thread stall while a 5,000-version graph is laid out
// and while a background job runs. Stalls are measured by an event-loop latency probe: a 1 ms
// timer whose lateness is the time the event loop could not serve it.
//
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_gui [types] [versions-per-type]
// Targets: first paint under 500 ms, no stall over 50 ms.

#include "engineservices.h"
#include "graphview.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "problemsmodel.h"
#include "workspacedocument.h"

#include "strata/model/workspace_io.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <set>

using namespace strata;
using namespace strata::qt;

namespace {

constexpr size_t kMatrixTypes = 40; // types whose full matrix the background job computes

// Longest lateness of a 1 ms timer while it runs.
class LatencyProbe : public QObject {
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last - 1'000'000);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_worst = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return double(m_worst) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_ticks = 0;
};

// `types` types of `versions` versions each; every version of type i references a version of
// type i-1 and one of type i/2, and adds one field with a default over its predecessor.
Workspace syntheticWorkspace(int types, int versions)
{
    Workspace ws;
    ws.name = "bench";
    for (int t = 0; t < types; ++t) {
        TypeDef type;
        type.name = "T" + std::to_string(10000 + t);
        for (int v = 0; v < versions; ++v) {
            TypeVersion version;
            version.id = {type.name, SemVer{1, uint32_t(v), 0}};
            Field id{"id", DataType::primitive(TypeKind::Int64), false, std::nullopt, {}, {}};
            version.schema.fields.push_back(id);
            for (int f = 1; f <= v; ++f)
                version.schema.fields.push_back({"f" + std::to_string(f),
                                                  DataType::primitive(TypeKind::String), true,
                                                  Json(nullptr), {}, {}});
            for (int target : std::set<int>{t - 1, t / 2}) {
                if (target < 0 || target == t)
                    continue;
                const std::string name = "T" + std::to_string(10000 + target);
                version.schema.fields.push_back(
                    {"ref_" + name, DataType::reference(name, SemVer{1, uint32_t(v % versions), 0}),
                     true, Json(nullptr), {}, {}});
            }
            type.versions.push_back(std::move(version));
        }
        ws.types.push_back(std::move(type));
    }
    return ws;
}

void waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

// Stops the event loop at the first paint of `widget`.
class FirstPaint : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            elapsedMs = clock->nsecsElapsed() / 1e6;
        }
        return QObject::eventFilter(watched, event);
    }
    const QElapsedTimer* clock = nullptr;
    bool painted = false;
    double elapsedMs = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int types = argc > 1 ? std::atoi(argv[1]) : 500;
    const int versions = argc > 2 ? std::atoi(argv[2]) : 10;

    ProblemsModel problems;
    JobRunner jobs;
    WorkspaceDocument document;
    MainWindow window(&document, &jobs, &problems);
    FirstPaint paint;
    paint.clock = &sinceStart;
    window.installEventFilter(&paint);
    window.openDemo();
    window.show();
    waitFor([&] { return paint.painted; }, 10000);
    std::printf("first paint with the demo workspace: %.1f ms (target < 500 ms)\n",
                paint.elapsedMs);
    waitFor([&] { return !window.isBusy(); }, 30000);

    // a large workspace, opened before the probe starts
    const std::string text = serializeWorkspace(syntheticWorkspace(types, versions));
    const QString error = document.openText(QByteArray::fromStdString(text), "bench", "");
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
        return 1;
    }
    window.showView(MainWindow::View::Graph);
    waitFor([&] { return !window.isBusy(); }, 120000);

    LatencyProbe probe;
    GraphView* graph = window.graphView();
    QElapsedTimer layoutClock;
    probe.start();
    layoutClock.start();
    graph->rebuild();
    waitFor([&] { return !graph->isBusy(); }, 120000);
    probe.stop();
    std::printf("graph of %d versions: built, laid out and drawn in %lld ms; "
                "longest GUI stall %.1f ms over %lld probe ticks (target <= 50 ms)\n",
                graph->nodeCount(), layoutClock.elapsed(), probe.worstMs(), probe.ticks());

    // a background job: the compatibility matrix of every synthetic type
    QElapsedTimer jobClock;
    bool finished = false;
    probe.start();
    jobClock.start();
    jobs.run(
        QStringLiteral("bench"), &window,
        [snapshot = document.workspace()](const CancelToken&) {
            size_t cells = 0;
            for (size_t t = 0; t < snapshot.types.size() && t < kMatrixTypes; ++t)
                cells += matrixFor(snapshot, snapshot.types[t]).cells.size();
            return cells;
        },
        [&finished](size_t) { finished = true; });
    waitFor([&] { return finished; }, 300000);
    probe.stop();
    std::printf("background job (%d compatibility matrices): %lld ms; longest GUI stall %.1f ms "
                "over %lld probe ticks (target <= 50 ms)\n",
                int(std::min<size_t>(kMatrixTypes, size_t(types))), jobClock.elapsed(), probe.worstMs(), probe.ticks());
    return 0;
}
