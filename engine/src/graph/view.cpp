#include "strata/graph/layout.h"

#include <charconv>
#include <deque>
#include <map>
#include <set>
#include <sstream>

namespace strata {

namespace {

double labelWidth(const std::string& label) {
    // about 7 points per character at dot's default 14 pt font, plus the box margin
    return std::max(54.0, 7.0 * double(label.size()) + 16.0);
}

bool shown(const GraphEdge& e, const ViewOptions& o) {
    return e.kind == EdgeKind::References || (e.kind == EdgeKind::EvolvesTo && o.evolvesTo) ||
           (e.kind == EdgeKind::Converts && o.converters);
}

std::vector<uint8_t> neighbourhood(const VersionGraph& g, NodeIndex centre, int depth,
                                   const ViewOptions& o) {
    std::vector<int> dist(g.nodeCount(), -1);
    std::deque<NodeIndex> queue{centre};
    dist[centre] = 0;
    while (!queue.empty()) {
        NodeIndex n = queue.front();
        queue.pop_front();
        if (dist[n] == depth)
            continue;
        auto visit = [&](NodeIndex next) {
            if (dist[next] < 0) {
                dist[next] = dist[n] + 1;
                queue.push_back(next);
            }
        };
        for (uint32_t ei : g.outEdges(n)) {
            if (shown(g.edges()[ei], o))
                visit(g.edges()[ei].to);
        }
        for (uint32_t ei : g.inEdges(n)) {
            if (shown(g.edges()[ei], o))
                visit(g.edges()[ei].from);
        }
    }
    std::vector<uint8_t> keep(g.nodeCount());
    for (size_t i = 0; i < keep.size(); ++i)
        keep[i] = dist[i] >= 0;
    return keep;
}

LayoutInput collapsed(const VersionGraph& g, const std::vector<uint8_t>& keep,
                      const ViewOptions& o) {
    LayoutInput input;
    std::map<std::string, uint32_t> typeNode;
    std::map<std::string, int> counts;
    for (NodeIndex n = 0; n < g.nodeCount(); ++n) {
        if (keep[n])
            ++counts[g.id(n).name];
    }
    for (const auto& [name, count] : counts) {
        typeNode[name] = uint32_t(input.nodes.size());
        std::string label = name + " (" + std::to_string(count) + ")";
        input.nodes.push_back({label, labelWidth(label), 36.0});
        input.sources.push_back(std::nullopt);
    }
    std::set<std::pair<uint32_t, uint32_t>> seen;
    for (const GraphEdge& e : g.edges()) {
        if (!keep[e.from] || !keep[e.to] || !shown(e, o))
            continue;
        uint32_t a = typeNode.at(g.id(e.from).name);
        uint32_t b = typeNode.at(g.id(e.to).name);
        if (a != b && seen.emplace(a, b).second)
            input.edges.push_back({a, b, e.kind});
    }
    return input;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

Result<LayoutInput> graphView(const VersionGraph& graph, const ViewOptions& options) {
    std::vector<uint8_t> keep(graph.nodeCount(), 1);
    if (options.around) {
        auto centre = graph.find(*options.around);
        if (!centre)
            return makeError(ErrorCode::NotFound,
                             "no version " + options.around->toString() + " in the graph");
        keep = neighbourhood(graph, *centre, std::max(0, options.depth), options);
    }
    if (options.collapseTypes)
        return collapsed(graph, keep, options);

    LayoutInput input;
    std::vector<uint32_t> index(graph.nodeCount(), UINT32_MAX);
    for (NodeIndex n = 0; n < graph.nodeCount(); ++n) {
        if (!keep[n])
            continue;
        index[n] = uint32_t(input.nodes.size());
        std::string label = graph.id(n).toString();
        input.nodes.push_back({label, labelWidth(label), 36.0});
        input.sources.push_back(n);
    }
    for (const GraphEdge& e : graph.edges()) {
        if (keep[e.from] && keep[e.to] && shown(e, options))
            input.edges.push_back({index[e.from], index[e.to], e.kind});
    }
    return input;
}

std::string toDot(const LayoutInput& input) {
    std::ostringstream out;
    out << "digraph versions {\n  node [shape=box];\n";
    for (size_t i = 0; i < input.nodes.size(); ++i)
        out << "  n" << i << " [label=" << quoted(input.nodes[i].label) << "];\n";
    for (const LayoutEdge& e : input.edges) {
        out << "  n" << e.from << " -> n" << e.to;
        if (e.kind == EdgeKind::EvolvesTo)
            out << " [style=dashed]";
        else if (e.kind == EdgeKind::Converts)
            out << " [style=dotted]";
        out << ";\n";
    }
    out << "}\n";
    return out.str();
}

Result<Layout> layoutFromPlain(std::string_view plain, const LayoutInput& input) {
    Layout layout;
    layout.nodes.resize(input.nodes.size());
    layout.edges.resize(input.edges.size());
    std::multimap<std::pair<uint32_t, uint32_t>, size_t> pending;
    for (size_t i = 0; i < input.edges.size(); ++i) {
        layout.edges[i].from = input.edges[i].from;
        layout.edges[i].to = input.edges[i].to;
        pending.emplace(std::make_pair(input.edges[i].from, input.edges[i].to), i);
    }

    std::istringstream in{std::string(plain)};
    std::string line;
    double height = 0;
    auto nodeIndex = [&](const std::string& name) -> std::optional<uint32_t> {
        if (name.size() < 2 || name[0] != 'n')
            return std::nullopt;
        uint32_t i = 0;
        auto [end, ec] = std::from_chars(name.data() + 1, name.data() + name.size(), i);
        if (ec != std::errc() || end != name.data() + name.size() || i >= input.nodes.size())
            return std::nullopt;
        return i;
    };
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string kind;
        words >> kind;
        if (kind == "graph") {
            double scale = 0;
            words >> scale >> layout.width >> height;
            layout.width *= 72.0;
            layout.height = height * 72.0;
        } else if (kind == "node") {
            std::string name;
            double x, y, w, h;
            words >> name >> x >> y >> w >> h;
            auto i = nodeIndex(name);
            if (!i || !words)
                return makeError(ErrorCode::Parse, "unexpected node line in plain output", line);
            layout.nodes[*i] = {x * 72.0, (height - y) * 72.0, w * 72.0, h * 72.0, 0};
        } else if (kind == "edge") {
            std::string tail, head;
            size_t count = 0;
            words >> tail >> head >> count;
            auto a = nodeIndex(tail);
            auto b = nodeIndex(head);
            auto it = a && b ? pending.find({*a, *b}) : pending.end();
            if (it == pending.end())
                return makeError(ErrorCode::Parse, "edge not in the input graph", line);
            RoutedEdge& route = layout.edges[it->second];
            pending.erase(it);
            route.bezier = true;
            for (size_t k = 0; k < count; ++k) {
                double x, y;
                words >> x >> y;
                route.points.push_back({x * 72.0, (height - y) * 72.0});
            }
        }
    }
    return layout;
}

Json layoutToJson(const LayoutInput& input, const Layout& layout) {
    Json nodes = Json::array();
    for (size_t i = 0; i < input.nodes.size(); ++i) {
        const PlacedNode& p = layout.nodes[i];
        nodes.push_back({{"id", "n" + std::to_string(i)},
                         {"label", input.nodes[i].label},
                         {"x", p.x},
                         {"y", p.y},
                         {"width", p.width},
                         {"height", p.height}});
    }
    Json edges = Json::array();
    for (size_t i = 0; i < input.edges.size(); ++i) {
        Json points = Json::array();
        for (const Point& pt : layout.edges[i].points)
            points.push_back({pt.x, pt.y});
        edges.push_back({{"from", "n" + std::to_string(input.edges[i].from)},
                         {"to", "n" + std::to_string(input.edges[i].to)},
                         {"kind", toString(input.edges[i].kind)},
                         {"bezier", layout.edges[i].bezier},
                         {"points", points}});
    }
    return {{"width", layout.width}, {"height", layout.height}, {"nodes", nodes}, {"edges", edges}};
}

} // namespace strata
