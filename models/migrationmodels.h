#pragma once

// Tables of the migration view: the plan's steps (phase, title, row estimate, destructive,
// the SQL with its bound values) and the audit entries of a table.

#include "rowtablemodel.h"
#include "strata/connectors/postgres/migrate.h"

namespace strata::qt {

class PlanStepsModel : public RowTableModel<postgres::PlanStep> {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        PhaseColumn,
        TitleColumn,
        RowsColumn,
        DestructiveColumn,
        ColumnCount
    };
    using RowTableModel<postgres::PlanStep>::RowTableModel;

    void setPlan(const postgres::Plan* plan);
    // The step's statement followed by its bound values, one "$n = 'value'" line each.
    QString sqlText(int row) const;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const postgres::PlanStep& step, int column, int role) const override;
};

class AuditModel : public RowTableModel<postgres::AuditEntry> {
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        ActorColumn,
        ActionColumn,
        OutcomeColumn,
        RowsColumn,
        PlanColumn,
        DetailColumn,
        ColumnCount
    };
    using RowTableModel<postgres::AuditEntry>::RowTableModel;

    void setEntries(const std::vector<postgres::AuditEntry>& entries);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const postgres::AuditEntry& entry, int column, int role) const override;
};

} // namespace strata::qt
