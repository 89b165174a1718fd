#pragma once

// A type's transitive compatibility matrix as a table: row = older (writer) version, column =
// newer (reader) version; cells carry the effect and whether the pair breaks transitivity.

#include "bridge.h"

#include <QAbstractTableModel>
#include <optional>

namespace strata::qt {

class MatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        EffectRole = Qt::UserRole + 1, // int(Effect); Unknown on and below the diagonal
        TransitivityBreakRole,         // bool: i→j and j→k read-compatible but i→k not
        ReadRole,
        WriteRole,
    };

    explicit MatrixModel(QObject* parent = nullptr);

    void setMatrix(std::optional<CompatMatrix> matrix);
    const std::optional<CompatMatrix>& matrix() const { return m_matrix; }
    // The compatibility of the pair behind a cell, nullptr on and below the diagonal.
    const MatrixCell* cellAt(const QModelIndex& index) const;
    // The (older, newer) versions of a cell above the diagonal.
    std::optional<std::pair<TypeVersionId, TypeVersionId>> pairAt(const QModelIndex& index) const;
    int transitivityBreakCount() const { return int(m_breakCells.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool isBreak(int older, int newer) const;

    std::optional<CompatMatrix> m_matrix;
    std::vector<std::pair<int, int>> m_breakCells; // (i, k) of each transitivity break
};

} // namespace strata::qt
