#include "strata/graph/layout.h"

#include <sstream>

namespace strata {

namespace {

std::string escapeXml(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

const char* dashFor(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::EvolvesTo:
        return " stroke-dasharray=\"6,4\"";
    case EdgeKind::Converts:
        return " stroke-dasharray=\"2,3\"";
    default:
        return "";
    }
}

} // namespace

std::string layoutToSvg(const LayoutInput& input, const Layout& layout) {
    constexpr double margin = 8.0;
    std::ostringstream out;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << layout.width + 2 * margin
        << "\" height=\"" << layout.height + 2 * margin << "\" font-family=\"sans-serif\" "
        << "font-size=\"12\">\n<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
        << "refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path "
        << "d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n<g transform=\"translate(" << margin << ","
        << margin << ")\">\n";
    for (size_t i = 0; i < layout.edges.size(); ++i) {
        const RoutedEdge& e = layout.edges[i];
        if (e.points.size() < 2)
            continue;
        // Edges end at the box border, not the centre, so that the arrow head is visible.
        std::vector<Point> pts = e.points;
        const PlacedNode& target = layout.nodes[e.to];
        pts.back().y +=
            pts.back().y > pts[pts.size() - 2].y ? -target.height / 2 : target.height / 2;
        const PlacedNode& source = layout.nodes[e.from];
        pts.front().y += pts.front().y < pts[1].y ? source.height / 2 : -source.height / 2;
        out << "<polyline fill=\"none\" stroke=\"black\" marker-end=\"url(#arrow)\""
            << dashFor(input.edges[i].kind) << " points=\"";
        for (const Point& p : pts)
            out << p.x << "," << p.y << " ";
        out << "\"/>\n";
    }
    for (size_t i = 0; i < layout.nodes.size(); ++i) {
        const PlacedNode& n = layout.nodes[i];
        out << "<rect x=\"" << n.x - n.width / 2 << "\" y=\"" << n.y - n.height / 2 << "\" width=\""
            << n.width << "\" height=\"" << n.height
            << "\" fill=\"white\" stroke=\"black\"/>\n<text x=\"" << n.x << "\" y=\"" << n.y + 4
            << "\" text-anchor=\"middle\">" << escapeXml(input.nodes[i].label) << "</text>\n";
    }
    out << "</g>\n</svg>\n";
    return out.str();
}

Json graphIssuesToJson(const VersionGraph& graph) {
    Json issues = Json::array();
    for (const GraphIssue& issue : graph.issues()) {
        issues.push_back({{"kind", toString(issue.kind)},
                          {"error", issue.error},
                          {"path", issue.path},
                          {"message", issue.message}});
    }
    return issues;
}

} // namespace strata
