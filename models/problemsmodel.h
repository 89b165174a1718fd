#pragma once

// The log/problems panel: warnings and errors from every strata.* logging category and from
// the engine's log sink, newest last, capped so a noisy session cannot grow without bound.

#include "rowtablemodel.h"

#include <QDateTime>

namespace strata::qt {

struct Problem {
    QDateTime time;
    QtMsgType type = QtWarningMsg;
    QString area;
    QString message;
};

class ProblemsModel : public RowTableModel<Problem> {
    Q_OBJECT

public:
    enum Column { TimeColumn, SeverityColumn, AreaColumn, MessageColumn, ColumnCount };
    static constexpr int kMaxRows = 2000;

    using RowTableModel<Problem>::RowTableModel;

    // Appends one entry; call on the model's thread (use report() from other threads).
    void append(Problem problem);
    // Thread-safe: queues the entry to the model's thread.
    void report(QtMsgType type, const QString& area, const QString& message);
    void clear() { setRows({}); }
    int errorCount() const;

signals:
    void problemAdded(const QString& message, int type);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Problem& problem, int column, int role) const override;
};

} // namespace strata::qt
