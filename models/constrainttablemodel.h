#pragma once

// The constraints of one type version: kind, name and definition.

#include "rowtablemodel.h"
#include "strata/model/schema.h"

namespace strata::qt {

class ConstraintTableModel : public RowTableModel<Constraint> {
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, DefinitionColumn, ColumnCount };
    using RowTableModel<Constraint>::RowTableModel;

    void setSchema(const Schema* schema);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const Constraint& constraint, int column, int role) const override;
};

} // namespace strata::qt
