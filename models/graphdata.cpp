#include "graphdata.h"

#include "bridge.h"

namespace strata::qt {

namespace {

QVector<int> reach(const GraphData& g, int start, bool forward) {
    QVector<QVector<int>> next(g.nodes.size());
    for (const GraphLink& e : g.links)
        if (e.kind == GraphLink::Reference || e.kind == GraphLink::ForeignKey)
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

// Whether the references edge between two versions comes from a foreign key.
bool isForeignKey(const VersionGraph& graph, NodeIndex from, NodeIndex to) {
    for (uint32_t e : graph.outEdges(from)) {
        const auto& edge = graph.edges()[e];
        if (edge.to == to && edge.kind == EdgeKind::References)
            return edge.foreignKey;
    }
    return false;
}

} // namespace

int GraphData::indexOf(const QString& label) const {
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].label == label)
            return i;
    return -1;
}

QVector<int> GraphData::dependencies(int node) const {
    return reach(*this, node, true);
}
QVector<int> GraphData::dependents(int node) const {
    return reach(*this, node, false);
}

GraphData graphFromInput(LayoutInput input, const VersionGraph* graph) {
    GraphData g;
    for (size_t i = 0; i < input.nodes.size(); ++i) {
        LayoutNode& node = input.nodes[i];
        GraphNode shown;
        shown.label = toQString(node.label);
        const auto source = i < input.sources.size() ? input.sources[i] : std::nullopt;
        if (graph && source) {
            const TypeVersionId& id = graph->id(*source);
            shown.typeName = toQString(id.name);
            shown.version = toQString(id.version.toString());
        } else {
            // a collapsed node is labelled "Type (count)"
            shown.typeName = shown.label.left(shown.label.lastIndexOf(QStringLiteral(" (")));
            g.collapsed = true;
        }
        node.width = kNodeWidth;
        node.height = kNodeHeight;
        g.nodes.push_back(shown);
    }
    for (const LayoutEdge& e : input.edges) {
        GraphLink link{int(e.from), int(e.to), GraphLink::Reference};
        if (e.kind == EdgeKind::EvolvesTo)
            link.kind = GraphLink::Evolves;
        else if (e.kind == EdgeKind::Converts)
            link.kind = GraphLink::Converts;
        else if (graph && input.sources[e.from] && input.sources[e.to] &&
                 isForeignKey(*graph, *input.sources[e.from], *input.sources[e.to]))
            link.kind = GraphLink::ForeignKey;
        g.links.push_back(link);
    }
    g.input = std::move(input);
    return g;
}

GraphData buildGraph(const Workspace& ws, bool collapsed) {
    const VersionGraph graph = VersionGraph::build(ws);
    ViewOptions options;
    options.collapseTypes = collapsed;
    Result<LayoutInput> input = graphView(graph, options);
    GraphData g = graphFromInput(input ? std::move(input.value()) : LayoutInput{}, &graph);
    g.collapsed = collapsed;
    for (const GraphIssue& issue : graph.issues())
        g.issues << toQString(issue.message);
    return g;
}

GraphLayout layoutGraph(const GraphData& g, const CancelToken& cancel) {
    GraphLayout out;
    if (cancel->load()) {
        out.cancelled = true;
        return out;
    }
    LayeredOptions options;
    options.nodeSeparation = 28;
    options.layerSeparation = 70;
    const Layout layout = layeredLayout(g.input, options);
    if (cancel->load()) {
        out.cancelled = true;
        return out;
    }
    for (const PlacedNode& n : layout.nodes)
        out.positions << QPointF(n.x, n.y);
    for (const RoutedEdge& e : layout.edges) {
        QVector<QPointF> route;
        for (const Point& p : e.points)
            route << QPointF(p.x, p.y);
        out.routes << route;
    }
    return out;
}

} // namespace strata::qt
