#pragma once

// One cluster's inventory as a table: a row per node, its role and liveness, then one column
// per type with the range of versions the node supports.

#include "rowtablemodel.h"
#include "strata/model/workspace.h"

#include <QStringList>

namespace strata::qt {

class ClusterModel : public RowTableModel<ClusterNode> {
    Q_OBJECT

public:
    enum FixedColumn { NodeColumn, RoleColumn, LiveColumn, FirstTypeColumn };
    using RowTableModel<ClusterNode>::RowTableModel;

    void setCluster(const Cluster* cluster);
    QStringList typeNames() const { return m_types; }

protected:
    int columns() const override { return FirstTypeColumn + int(m_types.size()); }
    QString header(int column) const override;
    QVariant cell(const ClusterNode& node, int column, int role) const override;

private:
    QStringList m_types; // sorted union of the types any node supports
};

} // namespace strata::qt
