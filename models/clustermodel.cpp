#include "clustermodel.h"

#include "bridge.h"

#include <QBrush>

namespace strata::qt {

void ClusterModel::setCluster(const Cluster* cluster) {
    QStringList types;
    QVector<ClusterNode> nodes;
    if (cluster) {
        for (const auto& node : cluster->nodes) {
            nodes.push_back(node);
            for (const auto& [type, range] : node.supports)
                if (!types.contains(toQString(type)))
                    types << toQString(type);
        }
    }
    types.sort();
    beginResetModel();
    m_types = types;
    endResetModel();
    setRows(std::move(nodes));
}

QString ClusterModel::header(int column) const {
    switch (column) {
    case NodeColumn:
        return tr("Node");
    case RoleColumn:
        return tr("Role");
    case LiveColumn:
        return tr("Live");
    default:
        return m_types.value(column - FirstTypeColumn);
    }
}

QVariant ClusterModel::cell(const ClusterNode& node, int column, int role) const {
    if (column >= FirstTypeColumn) {
        const auto it = node.supports.find(toStd(m_types.value(column - FirstTypeColumn)));
        if (role == Qt::DisplayRole)
            return it == node.supports.end()
                       ? QStringLiteral("—")
                       : QStringLiteral("%1 – %2").arg(toQString(it->second.min.toString()),
                                                       toQString(it->second.max.toString()));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && !node.live)
        return QBrush(QColor(0x90, 0x90, 0x90));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NodeColumn:
        return toQString(node.name);
    case RoleColumn:
        return roleName(node.role);
    case LiveColumn:
        return node.live ? tr("live") : tr("down");
    default:
        return {};
    }
}

} // namespace strata::qt
