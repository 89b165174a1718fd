#pragma once

// The findings of a verdict: severity, direction, field path, rule and the sentence.

#include "rowtablemodel.h"
#include "strata/compat/verdict.h"

namespace strata::qt {

class FindingsModel : public RowTableModel<Finding> {
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        DirectionColumn,
        PathColumn,
        RuleColumn,
        MessageColumn,
        ColumnCount
    };
    using RowTableModel<Finding>::RowTableModel;

    void setFindings(const std::vector<Finding>& findings);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Finding& finding, int column, int role) const override;
};

} // namespace strata::qt
