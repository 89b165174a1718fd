#include "constrainttablemodel.h"

#include "bridge.h"

namespace strata::qt {

void ConstraintTableModel::setSchema(const Schema* schema) {
    QVector<Constraint> rows;
    if (schema)
        rows = QVector<Constraint>(schema->constraints.begin(), schema->constraints.end());
    setRows(std::move(rows));
}

QString ConstraintTableModel::header(int column) const {
    switch (column) {
    case KindColumn:
        return tr("Constraint");
    case NameColumn:
        return tr("Name");
    case DefinitionColumn:
        return tr("Definition");
    default:
        return {};
    }
}

QVariant ConstraintTableModel::cell(const Constraint& constraint, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case KindColumn:
        return constraintKindName(constraint.kind);
    case NameColumn:
        return toQString(constraint.name);
    case DefinitionColumn:
        return constraintText(constraint);
    default:
        return {};
    }
}

} // namespace strata::qt
