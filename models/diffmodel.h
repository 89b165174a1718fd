#pragma once

// Two versions side by side, one row per field: fields are paired by name or by one of the
// newer field's aliases, and each row carries the engine's semantic changes for that field,
// coloured by their combined effect (safe, read-only, write-only, breaking).

#include "bridge.h"
#include "rowtablemodel.h"
#include "strata/diff/diff.h"

#include <optional>

namespace strata::qt {

struct DiffRow {
    std::optional<Field> older;
    std::optional<Field> newer;
    QString change;  // "added", "renamed from a", "int32 → int64", ...
    QString details; // the engine's sentences, one per change
    bool changed = false;
    bool lossy = false;
    Effect effect = Effect::Unknown;
};

// One row per field of either version (paired by name or alias) plus one per change that is
// not about a field (constraints), from the engine's semantic diff.
QVector<DiffRow> diffRows(const Schema& older, const Schema& newer, const SchemaDiff& diff);
// A short text for one change: "renamed from a", "int32 → int64", "symbols added: X".
QString changeText(const Change& change);

class DiffModel : public RowTableModel<DiffRow> {
    Q_OBJECT

public:
    enum Column {
        OldFieldColumn,
        OldTypeColumn,
        ChangeColumn,
        NewFieldColumn,
        NewTypeColumn,
        EffectColumn,
        ColumnCount
    };
    enum Role { EffectRole = Qt::UserRole + 1, ChangedRole };
    using RowTableModel<DiffRow>::RowTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const DiffRow& row, int column, int role) const override;
};

} // namespace strata::qt
