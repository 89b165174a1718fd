#include "migrationmodels.h"

#include "bridge.h"

#include <QBrush>
#include <QColor>

namespace strata::qt {

using namespace strata::postgres;

void PlanStepsModel::setPlan(const Plan* plan) {
    setRows(plan ? QVector<PlanStep>(plan->steps.begin(), plan->steps.end()) : QVector<PlanStep>());
}

QString PlanStepsModel::sqlText(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    const PlanStep& step = this->row(row);
    QString text = toQString(step.sql) + QStringLiteral(";");
    for (size_t i = 0; i < step.params.size(); ++i)
        text += QStringLiteral("\n  $%1 = %2")
                    .arg(i + 1)
                    .arg(step.params[i] ? QStringLiteral("'%1'").arg(toQString(*step.params[i]))
                                        : QStringLiteral("NULL"));
    return text;
}

QString PlanStepsModel::header(int column) const {
    switch (column) {
    case NumberColumn:
        return tr("#");
    case PhaseColumn:
        return tr("Phase");
    case TitleColumn:
        return tr("Step");
    case RowsColumn:
        return tr("Rows");
    case DestructiveColumn:
        return tr("Destructive");
    default:
        return {};
    }
}

QVariant PlanStepsModel::cell(const PlanStep& step, int column, int role) const {
    if (role == Qt::ToolTipRole) // the title whole, wherever a narrow view cuts it
        return column == TitleColumn ? toQString(step.title) : toQString(step.sql);
    if (role == Qt::ForegroundRole && step.destructive)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && (column == RowsColumn || column == NumberColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NumberColumn:
        return int(&step - rows().constData()) + 1; // cell() gets the stored row
    case PhaseColumn:
        return toQString(toString(step.phase));
    case TitleColumn:
        return toQString(step.title);
    case RowsColumn:
        return step.rowEstimate >= 0 ? QVariant(step.rowEstimate) : QVariant();
    case DestructiveColumn:
        return step.destructive ? tr("yes") : QString();
    default:
        return {};
    }
}

void AuditModel::setEntries(const std::vector<AuditEntry>& entries) {
    setRows(QVector<AuditEntry>(entries.begin(), entries.end()));
}

QString AuditModel::header(int column) const {
    switch (column) {
    case StartedColumn:
        return tr("Started");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case RowsColumn:
        return tr("Rows");
    case PlanColumn:
        return tr("Plan");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QVariant AuditModel::cell(const AuditEntry& entry, int column, int role) const {
    if (role == Qt::ToolTipRole)
        return toQString(entry.migrationId);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case StartedColumn:
        return toQString(entry.startedAt);
    case ActorColumn:
        return toQString(entry.actor);
    case ActionColumn:
        return toQString(entry.action);
    case OutcomeColumn:
        return toQString(entry.outcome);
    case RowsColumn:
        return entry.rows;
    case PlanColumn:
        return toQString(entry.fingerprint);
    case DetailColumn:
        return toQString(entry.detail);
    default:
        return {};
    }
}

} // namespace strata::qt
