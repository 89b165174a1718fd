#pragma once

// Drawing the version graph: views (whole graph, versions collapsed per type, neighbourhood of
// one version), DOT text, and a fast layered layout of our own for graphs too large for
// Graphviz `dot` (longest-path layering, barycenter crossing reduction, coordinate
// assignment). Coordinates are in points (1/72 inch) with y growing downwards, the first layer
// on top. The Graphviz layout lives in strata/graph/graphviz_layout.h (its own target).

#include "strata/graph/version_graph.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strata {

struct LayoutNode {
    std::string label;
    double width = 54.0;  // points
    double height = 36.0; // points
};

struct LayoutEdge {
    uint32_t from = 0;
    uint32_t to = 0;
    EdgeKind kind = EdgeKind::References;
};

// What to draw: nodes and directed edges, independent of where they came from.
struct LayoutInput {
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
    std::vector<std::optional<NodeIndex>> sources; // graph node behind each layout node, if any
};

struct ViewOptions {
    bool collapseTypes = false;          // one node per type, edges aggregated
    std::optional<TypeVersionId> around; // only the neighbourhood of this version
    int depth = 1;                       // neighbourhood radius in edges (any direction)
    bool evolvesTo = true;               // include evolves-to edges
    bool converters = true;              // include converter edges
};

// The part of `graph` a view shows. Fails when `around` names an unknown version.
Result<LayoutInput> graphView(const VersionGraph& graph, const ViewOptions& options = {});

// DOT text for `input` (nodes named n0, n1, ... with their labels), top-to-bottom ranks.
std::string toDot(const LayoutInput& input);

struct Point {
    double x = 0;
    double y = 0;
};

struct PlacedNode {
    double x = 0; // centre
    double y = 0; // centre
    double width = 0;
    double height = 0;
    int layer = 0;
};

struct RoutedEdge {
    uint32_t from = 0;
    uint32_t to = 0;
    std::vector<Point> points; // from the source towards the target
    bool bezier = false;       // points are cubic Bézier control points (Graphviz)
};

struct Layout {
    std::vector<PlacedNode> nodes; // parallel to LayoutInput::nodes
    std::vector<RoutedEdge> edges; // parallel to LayoutInput::edges (self loops left empty)
    double width = 0;
    double height = 0;
};

struct LayeredOptions {
    double nodeSeparation = 18.0;  // points between neighbours in a layer (dot's nodesep)
    double layerSeparation = 36.0; // points between layers (dot's ranksep)
    int sweeps = 16;               // barycenter sweeps (down and up count one each)
};

// Layered layout in O((V + E + dummies) · sweeps): cycles broken by reversing back edges,
// longest-path layers shortened greedily, dummy nodes on long edges, depth-first initial order,
// barycenter sweeps keeping the best order, adjacent swaps (transpose), then x coordinates
// pulled towards neighbours while keeping order and separation.
Layout layeredLayout(const LayoutInput& input, const LayeredOptions& options = {});

// Edge crossings of a drawing, counted the same way for any layout: node centres define the
// ranks (distinct y values), every edge is followed through the ranks it spans (its route
// interpolated linearly at each rank's y), and crossings are counted between adjacent ranks.
uint64_t countCrossings(const Layout& layout);

// Reads Graphviz `-Tplain` output for a graph written by toDot() into a Layout (converted to
// points, y flipped to grow downwards).
Result<Layout> layoutFromPlain(std::string_view plain, const LayoutInput& input);

Json layoutToJson(const LayoutInput& input, const Layout& layout);

// A self-contained SVG drawing of a layout (boxes, labels, edges with arrow heads), for graphs
// too large to hand to Graphviz.
std::string layoutToSvg(const LayoutInput& input, const Layout& layout);

// The graph's issues (cycles, dangling and self references) as JSON objects.
Json graphIssuesToJson(const VersionGraph& graph);

} // namespace strata
