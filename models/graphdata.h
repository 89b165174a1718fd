#pragma once

// The dependency graph as the graph view draws it: nodes are type versions (or whole types
// when versions are collapsed), edges are references (fields and foreign keys) and evolutions
// (successive versions). Layout runs on a worker thread through layoutGraph().

#include "jobrunner.h"

#include "strata/model/workspace.h"

#include <QPointF>
#include <QString>
#include <QVector>

namespace strata::qt {

struct GraphNode {
    QString label;    // "Order-v1.0.0", or "Order" when collapsed
    QString typeName;
    QString version;  // "1.0.0"; empty when collapsed
    int versions = 1; // how many versions the node stands for
};

struct GraphEdge {
    enum Kind { Reference, ForeignKey, Evolves };
    int from = 0; // the dependent (Reference, ForeignKey) or the older version (Evolves)
    int to = 0;
    Kind kind = Reference;
};

struct GraphData {
    QVector<GraphNode> nodes;
    QVector<GraphEdge> edges;
    bool collapsed = false;

    int indexOf(const QString& label) const;
    // Every node `node` depends on, directly or transitively (Reference and ForeignKey edges).
    QVector<int> dependencies(int node) const;
    // Every node that depends on `node`, directly or transitively.
    QVector<int> dependents(int node) const;
};

// Nodes and edges of a workspace; `collapsed` gives one node per type.
GraphData buildGraph(const Workspace& ws, bool collapsed);

struct GraphLayout {
    QVector<QPointF> positions; // centre of each node, in scene units
    QVector<QPair<QString, double>> lanes; // (type, y) of each lane when not collapsed
    bool cancelled = false;
};

inline constexpr double kNodeWidth = 176;
inline constexpr double kNodeHeight = 34;

// Type lanes: each type's versions in a row from old to new, the rows ordered so that
// dependencies come before their dependents; collapsed graphs are layered by dependency depth.
GraphLayout layoutGraph(const GraphData& graph, const CancelToken& cancel);

} // namespace strata::qt
