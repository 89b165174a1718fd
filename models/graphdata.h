#pragma once

// The dependency graph as the graph view draws it, taken from the engine's version graph and
// its views (all versions, or versions collapsed per type), and laid out on a worker thread
// with the engine's layered layout.

#include "jobrunner.h"
#include "strata/graph/layout.h"
#include "strata/model/workspace.h"

#include <QPointF>
#include <QString>
#include <QVector>

namespace strata::qt {

struct GraphNode {
    QString label; // "Order-v1.0.0", or "Order (3)" when collapsed
    QString typeName;
    QString version; // "1.0.0"; empty when collapsed
};

struct GraphLink {
    enum Kind { Reference, ForeignKey, Evolves, Converts };
    int from = 0; // the dependent (Reference, ForeignKey) or the older version (Evolves)
    int to = 0;
    Kind kind = Reference;
};

struct GraphData {
    QVector<GraphNode> nodes;
    QVector<GraphLink> links;
    LayoutInput input; // what the engine lays out, parallel to nodes and links
    bool collapsed = false;
    QStringList issues; // cycles and dangling references the engine found

    int indexOf(const QString& label) const;
    // Every node `node` depends on, directly or transitively (Reference and ForeignKey).
    QVector<int> dependencies(int node) const;
    // Every node that depends on `node`, directly or transitively.
    QVector<int> dependents(int node) const;
};

inline constexpr double kNodeWidth = 176;
inline constexpr double kNodeHeight = 34;

// Nodes and links of a workspace; `collapsed` gives one node per type.
GraphData buildGraph(const Workspace& ws, bool collapsed);
// The same from a prepared engine view (used by the benchmark's synthetic graphs).
GraphData graphFromInput(LayoutInput input, const VersionGraph* graph);

struct GraphLayout {
    QVector<QPointF> positions;       // centre of each node, in scene units
    QVector<QVector<QPointF>> routes; // each link's route from source to target
    bool cancelled = false;
};

// Layered layout (the engine's): dependents above what they reference, edges routed around
// nodes through their layers. Checks `cancel` before and after the engine call.
GraphLayout layoutGraph(const GraphData& graph, const CancelToken& cancel);

} // namespace strata::qt
