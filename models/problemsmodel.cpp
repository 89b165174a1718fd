#include "problemsmodel.h"

#include "bridge.h"

#include <QBrush>
#include <QMetaObject>

namespace strata::qt {

void ProblemsModel::append(Problem problem) {
    if (rowCount() >= kMaxRows)
        removeFirstRows(rowCount() - kMaxRows + 1);
    const QString message = problem.message;
    const int type = int(problem.type);
    appendRow(std::move(problem));
    emit problemAdded(message, type);
}

void ProblemsModel::report(QtMsgType type, const QString& area, const QString& message) {
    Problem problem{QDateTime::currentDateTime(), type, area, message};
    QMetaObject::invokeMethod(
        this, [this, problem] { append(problem); }, Qt::QueuedConnection);
}

int ProblemsModel::errorCount() const {
    return int(std::count_if(rows().begin(), rows().end(), [](const Problem& p) {
        return p.type == QtCriticalMsg || p.type == QtFatalMsg;
    }));
}

QString ProblemsModel::header(int column) const {
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case AreaColumn:
        return tr("Area");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QVariant ProblemsModel::cell(const Problem& problem, int column, int role) const {
    if (role == Qt::ForegroundRole && column == SeverityColumn) {
        const bool dark = isDarkPalette();
        if (problem.type == QtCriticalMsg || problem.type == QtFatalMsg)
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x1b, 0x1b));
        if (problem.type == QtWarningMsg)
            return QBrush(dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x9a, 0x67, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TimeColumn:
        return problem.time.toString(QStringLiteral("HH:mm:ss"));
    case SeverityColumn:
        switch (problem.type) {
        case QtDebugMsg:
            return tr("debug");
        case QtInfoMsg:
            return tr("info");
        case QtWarningMsg:
            return tr("warning");
        case QtCriticalMsg:
        case QtFatalMsg:
            return tr("error");
        }
        return {};
    case AreaColumn:
        return problem.area;
    case MessageColumn:
        return problem.message;
    default:
        return {};
    }
}

} // namespace strata::qt
