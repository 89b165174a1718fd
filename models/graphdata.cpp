#include "graphdata.h"

#include "bridge.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace strata::qt {

namespace {

// Labels of the versions a reference can point to: a pinned version, else the latest.
QString targetLabel(const Workspace& ws, const std::string& type,
                    const std::optional<SemVer>& version, bool collapsed)
{
    const TypeVersion* target = ws.resolve(type, version);
    if (!target)
        return {};
    return collapsed ? toQString(type) : versionLabel(target->id);
}

void collectRefs(const DataType& type, std::vector<const DataType*>& refs)
{
    if (type.kind == TypeKind::Ref)
        refs.push_back(&type);
    for (const auto& item : type.items)
        collectRefs(item, refs);
    for (const auto& field : type.fields)
        collectRefs(field.type, refs);
}

QVector<int> reach(const GraphData& g, int start, bool forward)
{
    QVector<QVector<int>> next(g.nodes.size());
    for (const GraphEdge& e : g.edges)
        if (e.kind != GraphEdge::Evolves)
            next[forward ? e.from : e.to] << (forward ? e.to : e.from);
    QVector<int> found;
    QVector<bool> seen(g.nodes.size(), false);
    seen[start] = true;
    QVector<int> stack{start};
    while (!stack.isEmpty()) {
        const int at = stack.takeLast();
        for (int n : next[at]) {
            if (seen[n])
                continue;
            seen[n] = true;
            found << n;
            stack << n;
        }
    }
    return found;
}

} // namespace

int GraphData::indexOf(const QString& label) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].label == label)
            return i;
    return -1;
}

QVector<int> GraphData::dependencies(int node) const { return reach(*this, node, true); }
QVector<int> GraphData::dependents(int node) const { return reach(*this, node, false); }

GraphData buildGraph(const Workspace& ws, bool collapsed)
{
    GraphData g;
    g.collapsed = collapsed;
    QHash<QString, int> index;
    for (const TypeDef& type : ws.types) {
        if (collapsed) {
            index.insert(toQString(type.name), int(g.nodes.size()));
            g.nodes.push_back({toQString(type.name), toQString(type.name), {},
                               int(type.versions.size())});
            continue;
        }
        for (size_t v = 0; v < type.versions.size(); ++v) {
            const TypeVersion& version = type.versions[v];
            index.insert(versionLabel(version.id), int(g.nodes.size()));
            if (v > 0)
                g.edges.push_back({int(g.nodes.size()) - 1, int(g.nodes.size()),
                                   GraphEdge::Evolves});
            g.nodes.push_back({versionLabel(version.id), toQString(type.name),
                               toQString(version.id.version.toString()), 1});
        }
    }
    QSet<QPair<int, int>> seen;
    auto addEdge = [&](int from, const QString& target, GraphEdge::Kind kind) {
        const int to = index.value(target, -1);
        if (to < 0 || to == from || seen.contains({from, to}))
            return;
        seen.insert({from, to});
        g.edges.push_back({from, to, kind});
    };
    for (const TypeDef& type : ws.types) {
        for (const TypeVersion& version : type.versions) {
            const int from = index.value(collapsed ? toQString(type.name)
                                                   : versionLabel(version.id));
            std::vector<const DataType*> refs;
            for (const Field& field : version.schema.fields)
                collectRefs(field.type, refs);
            for (const DataType* ref : refs)
                addEdge(from, targetLabel(ws, ref->refTarget, ref->refVersion, collapsed),
                        GraphEdge::Reference);
            for (const Constraint& c : version.schema.constraints)
                if (c.kind == ConstraintKind::ForeignKey)
                    addEdge(from, targetLabel(ws, c.refType, c.refVersion, collapsed),
                            GraphEdge::ForeignKey);
        }
    }
    return g;
}

namespace {

// Dependency depth per type name: 0 for types that depend on nothing; cycles count once.
QHash<QString, int> typeDepths(const GraphData& g, const CancelToken& cancel)
{
    QHash<QString, QSet<QString>> deps;
    for (const GraphNode& n : g.nodes)
        deps[n.typeName];
    for (const GraphEdge& e : g.edges)
        if (e.kind != GraphEdge::Evolves && g.nodes[e.to].typeName != g.nodes[e.from].typeName)
            deps[g.nodes[e.from].typeName].insert(g.nodes[e.to].typeName);
    QHash<QString, int> depth;
    QSet<QString> onPath;
    std::function<int(const QString&)> visit = [&](const QString& type) -> int {
        if (auto it = depth.find(type); it != depth.end())
            return *it;
        if (onPath.contains(type) || cancel->load())
            return 0; // a cycle: the back edge does not add depth
        onPath.insert(type);
        int d = 0;
        for (const QString& dep : deps.value(type))
            d = std::max(d, visit(dep) + 1);
        onPath.remove(type);
        depth.insert(type, d);
        return d;
    };
    for (auto it = deps.cbegin(); it != deps.cend(); ++it)
        visit(it.key());
    return depth;
}

} // namespace

GraphLayout layoutGraph(const GraphData& g, const CancelToken& cancel)
{
    constexpr double columnGap = 60;
    constexpr double laneGap = 40;
    GraphLayout layout;
    layout.positions.resize(g.nodes.size());
    const QHash<QString, int> depth = typeDepths(g, cancel);

    QStringList types;
    for (const GraphNode& n : g.nodes)
        if (types.isEmpty() || types.last() != n.typeName)
            types << n.typeName;
    std::stable_sort(types.begin(), types.end(), [&](const QString& a, const QString& b) {
        return std::pair(depth.value(a), a) < std::pair(depth.value(b), b);
    });

    if (g.collapsed) {
        QHash<int, int> filled; // depth -> nodes placed in that column
        QHash<QString, int> nodeOf;
        for (int i = 0; i < g.nodes.size(); ++i)
            nodeOf.insert(g.nodes[i].typeName, i);
        for (const QString& type : types) {
            const int d = depth.value(type);
            const int row = filled[d]++;
            layout.positions[nodeOf.value(type)] =
                QPointF(d * (kNodeWidth + 2 * columnGap), row * (kNodeHeight + laneGap));
        }
        return layout;
    }

    QHash<QString, QVector<int>> versionsOf;
    for (int i = 0; i < g.nodes.size(); ++i)
        versionsOf[g.nodes[i].typeName] << i;
    double y = 0;
    for (const QString& type : types) {
        if (cancel->load()) {
            layout.cancelled = true;
            return layout;
        }
        const QVector<int>& nodes = versionsOf.value(type);
        for (int v = 0; v < nodes.size(); ++v)
            layout.positions[nodes[v]] = QPointF(v * (kNodeWidth + columnGap), y);
        layout.lanes.push_back({type, y});
        y += kNodeHeight + laneGap;
    }
    return layout;
}

} // namespace strata::qt
