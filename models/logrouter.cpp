#include "logrouter.h"

#include "problemsmodel.h"
#include "strata/core/log.h"

#include <QMutex>
#include <QPointer>

Q_LOGGING_CATEGORY(lcEngine, "strata.engine", QtInfoMsg)

namespace strata::qt {

namespace {

QMutex g_mutex;
QPointer<ProblemsModel> g_problems; // guarded by g_mutex
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    if (type != QtDebugMsg && category.startsWith(QLatin1String("strata."))) {
        QMutexLocker lock(&g_mutex);
        if (g_problems)
            g_problems->report(type, category, message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

void engineSink(LogLevel level, std::string_view area, std::string_view text) {
    const QString message = QString::fromUtf8(area.data(), qsizetype(area.size())) +
                            QStringLiteral(": ") +
                            QString::fromUtf8(text.data(), qsizetype(text.size()));
    switch (level) {
    case LogLevel::Debug:
        qCDebug(lcEngine).noquote() << message;
        break;
    case LogLevel::Info:
        qCInfo(lcEngine).noquote() << message;
        break;
    case LogLevel::Warning:
        qCWarning(lcEngine).noquote() << message;
        break;
    case LogLevel::Error:
        qCCritical(lcEngine).noquote() << message;
        break;
    }
}

} // namespace

void routeLogsTo(ProblemsModel* problems) {
    {
        QMutexLocker lock(&g_mutex);
        g_problems = problems;
    }
    if (problems) {
        QtMessageHandler previous = qInstallMessageHandler(handler);
        if (previous != handler)
            g_previous = previous;
        setLogSink(engineSink);
    } else {
        setLogSink({});
    }
}

} // namespace strata::qt
