#pragma once

// Two versions side by side, one row per field: fields are paired by name or by one of the
// newer field's aliases, and each changed row is coloured by the effect the verdict's findings
// give it (safe, read-only, write-only, breaking).

#include "bridge.h"
#include "rowtablemodel.h"

#include <optional>

namespace strata::qt {

struct DiffRow {
    std::optional<Field> older;
    std::optional<Field> newer;
    QString change; // "added", "renamed from a", "int32 → int64", ...
    bool changed = false;
    Effect effect = Effect::Unknown;
};

// Pairs the fields of two schemas and classifies each pair; without a verdict the effect of
// changed rows stays Unknown.
QVector<DiffRow> diffFields(const Schema& older, const Schema& newer, const Verdict* verdict);

class DiffModel : public RowTableModel<DiffRow> {
    Q_OBJECT

public:
    enum Column { OldFieldColumn, OldTypeColumn, ChangeColumn, NewFieldColumn, NewTypeColumn,
                  EffectColumn, ColumnCount };
    enum Role { EffectRole = Qt::UserRole + 1, ChangedRole };
    using RowTableModel<DiffRow>::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const DiffRow& row, int column, int role) const override;
};

} // namespace strata::qt
