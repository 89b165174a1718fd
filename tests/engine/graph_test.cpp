// The version graph: edges, dependencies, malformed graphs (dangling, self, cycles), field
// report C17, impact analysis and upgrade paths, views and the layered layout.

#include "graph_support.h"
#include "strata/graph/impact.h"
#include "strata/graph/layout.h"
#include "strata/graph_layout/graphviz.h"

using namespace strata;
using strata::test::vid;
using strata::test::workspaceFromJson;

namespace {

Json field(const std::string& name, Json type, bool nullable = false) {
    return {{"name", name}, {"type", std::move(type)}, {"nullable", nullable}};
}

Json ref(const std::string& target, const std::string& version) {
    return {{"kind", "ref"}, {"target", target}, {"version", version}};
}

// Address 1.0.0 -> 2.0.0 adds a required field without default (breaks BACKWARD readers).
// Customer embeds Address 1.0.0, Order embeds Customer inside an array of lines, Audit embeds
// Address under FORWARD policy, Invoice points at Order through a foreign key.
Workspace shopWorkspace() {
    Json address1 = {{"version", "1.0.0"}, {"fields", {field("street", "string")}}};
    Json address2 = {{"version", "2.0.0"},
                     {"fields", {field("street", "string"), field("zip", "string")}}};
    Json customer = {
        {"version", "1.0.0"},
        {"fields", {field("name", "string"), field("address", ref("Address", "1.0.0"))}}};
    Json line = {{"kind", "struct"},
                 {"name", "Line"},
                 {"fields", {field("qty", "int32"), field("buyer", ref("Customer", "1.0.0"))}}};
    Json order = {
        {"version", "1.0.0"},
        {"fields", {field("id", "string"), field("lines", {{"kind", "array"}, {"items", line}})}}};
    Json audit = {{"version", "1.0.0"}, {"fields", {field("where", ref("Address", "1.0.0"))}}};
    Json invoice = {
        {"version", "1.0.0"},
        {"fields", {field("order_id", "string")}},
        {"constraints",
         {{{"kind", "foreign_key"},
           {"name", "invoice_order"},
           {"columns", {"order_id"}},
           {"references", {{"type", "Order"}, {"version", "1.0.0"}, {"columns", {"id"}}}}}}}};
    Json ws = {{"name", "shop"},
               {"types",
                {{{"name", "Address"}, {"versions", {address1, address2}}},
                 {{"name", "Audit"}, {"policy", "FORWARD"}, {"versions", {audit}}},
                 {{"name", "Customer"}, {"versions", {customer}}},
                 {{"name", "Invoice"}, {"versions", {invoice}}},
                 {{"name", "Order"}, {"versions", {order}}}}},
               {"clusters",
                {{{"name", "prod"},
                  {"nodes",
                   {{{"name", "old"},
                     {"role", "reader"},
                     {"supports", {{"Address", {{"min", "1.0.0"}, {"max", "1.0.0"}}}}}},
                    {{"name", "new"},
                     {"role", "writer"},
                     {"supports", {{"Address", {{"min", "1.0.0"}, {"max", "2.0.0"}}}}}},
                    {{"name", "crm"},
                     {"role", "both"},
                     {"supports", {{"Customer", {{"min", "1.0.0"}, {"max", "1.0.0"}}}}}}}}}}},
               {"stores",
                {{{"name", "addresses"},
                  {"kind", "postgres"},
                  {"object", "public.addresses"},
                  {"holds", "Address-v1.0.0"}},
                 {{"name", "customers"},
                  {"kind", "kafka"},
                  {"object", "customers"},
                  {"holds", "Customer-v1.0.0"}},
                 {{"name", "audits"},
                  {"kind", "elasticsearch"},
                  {"object", "audit_v1"},
                  {"holds", "Audit-v1.0.0"}}}}};
    return workspaceFromJson(ws);
}

std::vector<std::string> names(const VersionGraph& g, const std::vector<NodeIndex>& nodes) {
    std::vector<std::string> out;
    for (NodeIndex n : nodes)
        out.push_back(g.id(n).toString());
    return out;
}

const GraphEdge* edgeBetween(const VersionGraph& g, const std::string& a, const std::string& b) {
    for (const GraphEdge& e : g.edges()) {
        if (g.id(e.from).toString() == a && g.id(e.to).toString() == b)
            return &e;
    }
    return nullptr;
}

Workspace c17Workspace(bool floating) {
    Json c = test::fieldReport("C17")["input"];
    Workspace ws;
    test::addVersions(ws, {test::versionFrom(c["A@1"]), test::versionFrom(c["B@1"]),
                           test::versionFrom(c["B@2"])});
    if (floating) {
        ws.findType("A")->versions[0].schema.fields[1].type.refVersion.reset();
        ws.findType("B")->versions[1].schema.fields[1].type.refVersion.reset();
    }
    return ws;
}

} // namespace

TEST(VersionGraph, EdgesFollowRefsInsideArraysStructsAndForeignKeys) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    EXPECT_EQ(g.nodeCount(), 6u);
    EXPECT_TRUE(g.issues().empty());

    const GraphEdge* line = edgeBetween(g, "Order-v1.0.0", "Customer-v1.0.0");
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->kind, EdgeKind::References);
    EXPECT_EQ(line->via, "lines[].buyer");
    const GraphEdge* fk = edgeBetween(g, "Invoice-v1.0.0", "Order-v1.0.0");
    ASSERT_NE(fk, nullptr);
    EXPECT_TRUE(fk->foreignKey);
    EXPECT_EQ(fk->via, "fk:invoice_order");
    const GraphEdge* evolves = edgeBetween(g, "Address-v1.0.0", "Address-v2.0.0");
    ASSERT_NE(evolves, nullptr);
    EXPECT_EQ(evolves->kind, EdgeKind::EvolvesTo);
}

TEST(VersionGraph, TransitiveDependenciesAndDependentsNearestFirst) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    EXPECT_EQ(names(g, g.dependencies(*g.find(vid("Invoice-v1.0.0")))),
              (std::vector<std::string>{"Order-v1.0.0", "Customer-v1.0.0", "Address-v1.0.0"}));
    EXPECT_EQ(names(g, g.dependents(*g.find(vid("Address-v1.0.0")))),
              (std::vector<std::string>{"Audit-v1.0.0", "Customer-v1.0.0", "Order-v1.0.0",
                                        "Invoice-v1.0.0"}));
    EXPECT_TRUE(g.dependents(*g.find(vid("Address-v2.0.0"))).empty());
}

TEST(VersionGraph, DanglingReferenceIsAnIssueNotAnEdge) {
    Workspace ws;
    TypeVersion v = test::versionFromText(
        R"({"name":"A","version":"1.0.0","fields":[{"name":"x","nullable":false,
            "type":{"kind":"ref","target":"Missing","version":"3.0.0"}}]})");
    test::addVersions(ws, {v});
    VersionGraph g = VersionGraph::build(ws);
    ASSERT_EQ(g.issues().size(), 1u);
    EXPECT_EQ(g.issues()[0].kind, GraphIssueKind::DanglingReference);
    EXPECT_EQ(g.issues()[0].message,
              "A-v1.0.0 field 'x' references Missing-v3.0.0, which does not exist");
    EXPECT_TRUE(g.edges().empty());
}

TEST(VersionGraph, SelfReferenceIsReportedAndTerminates) {
    Workspace ws;
    TypeVersion v = test::versionFromText(
        R"({"name":"Node","version":"1.0.0","fields":[{"name":"next","nullable":true,
            "default":null,"type":{"kind":"ref","target":"Node","version":"latest"}}]})");
    test::addVersions(ws, {v});
    VersionGraph g = VersionGraph::build(ws);
    ASSERT_EQ(g.issues().size(), 1u);
    EXPECT_EQ(g.issues()[0].kind, GraphIssueKind::SelfReference);
    EXPECT_TRUE(g.hasErrors());
    EXPECT_TRUE(g.dependents(0).empty());
    EXPECT_TRUE(g.dependencies(0).empty());
}

TEST(VersionGraph, PinnedThreeCycleIsReportedWithItsPath) {
    Workspace ws;
    auto make = [](const char* name, const char* target) {
        return test::versionFrom(
            {{"name", name}, {"version", "1.0.0"}, {"fields", {field("r", ref(target, "1.0.0"))}}});
    };
    test::addVersions(ws, {make("A", "B"), make("B", "C"), make("C", "A")});
    VersionGraph g = VersionGraph::build(ws);
    ASSERT_EQ(g.issues().size(), 1u);
    const GraphIssue& cycle = g.issues()[0];
    EXPECT_EQ(cycle.kind, GraphIssueKind::Cycle);
    EXPECT_EQ(cycle.path,
              (std::vector<std::string>{"A-v1.0.0", "B-v1.0.0", "C-v1.0.0", "A-v1.0.0"}));
    EXPECT_EQ(names(g, g.dependents(*g.find(vid("A-v1.0.0")))),
              (std::vector<std::string>{"C-v1.0.0", "B-v1.0.0"}));
    EXPECT_EQ(findCycleFrom(g, *g.find(vid("B-v1.0.0"))).size(), 4u);
}

TEST(FieldReports, C17_PinnedReferencesAreAcyclicTypeCycleIsAWarning) {
    Workspace ws = c17Workspace(false);
    VersionGraph g = VersionGraph::build(ws);
    ASSERT_EQ(g.issues().size(), 1u);
    EXPECT_EQ(g.issues()[0].kind, GraphIssueKind::TypeCycle);
    EXPECT_FALSE(g.issues()[0].error);
    EXPECT_EQ(g.issues()[0].path, (std::vector<std::string>{"A", "B", "A"}));
    EXPECT_FALSE(g.hasErrors());
    // dereferencing B@2 terminates at depth 2: B@2 -> A@1 -> B@1
    EXPECT_EQ(names(g, g.dependencies(*g.find(vid("B-v2.0.0")))),
              (std::vector<std::string>{"A-v1.0.0", "B-v1.0.0"}));
    EXPECT_TRUE(findCycleFrom(g, *g.find(vid("B-v2.0.0"))).empty());
}

TEST(FieldReports, C17_FloatingLatestReferencesFormATrueCycle) {
    Workspace ws = c17Workspace(true);
    VersionGraph g = VersionGraph::build(ws);
    ASSERT_EQ(g.issues().size(), 1u);
    const GraphIssue& cycle = g.issues()[0];
    EXPECT_EQ(cycle.kind, GraphIssueKind::Cycle);
    EXPECT_TRUE(cycle.error);
    EXPECT_EQ(cycle.path, (std::vector<std::string>{"A-v1.0.0", "B-v2.0.0", "A-v1.0.0"}));
    EXPECT_EQ(cycle.message, "reference cycle A-v1.0.0 -> B-v2.0.0 -> A-v1.0.0: records of "
                             "these versions could never be finite");
    const GraphEdge* e = edgeBetween(g, "A-v1.0.0", "B-v2.0.0");
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->floating);
    // queries still terminate on the cyclic graph
    EXPECT_EQ(names(g, g.dependents(*g.find(vid("A-v1.0.0")))),
              (std::vector<std::string>{"B-v2.0.0"}));
}

TEST(Impact, DependentsSplitByTheirOwnPolicyWithPathsInTheirTerms) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    auto report = analyzeImpact(ws, g, vid("Address-v1.0.0"), vid("Address-v2.0.0"));
    ASSERT_TRUE(report.ok()) << report.error().describe();
    EXPECT_FALSE(report->verdict.readCompatible);
    EXPECT_TRUE(report->verdict.writeCompatible);

    ASSERT_EQ(report->breaks.size(), 2u);
    EXPECT_EQ(report->breaks[0].dependent.toString(), "Customer-v1.0.0");
    ASSERT_EQ(report->breaks[0].findings.size(), 1u);
    EXPECT_EQ(report->breaks[0].findings[0].path, "address.zip");
    EXPECT_EQ(report->breaks[0].findings[0].rule, "field-missing-no-default");
    EXPECT_EQ(report->breaks[1].dependent.toString(), "Order-v1.0.0");
    EXPECT_EQ(report->breaks[1].fieldPath, "lines[].buyer.address");
    EXPECT_EQ(report->breaks[1].findings[0].path, "lines[].buyer.address.zip");
    EXPECT_EQ(report->breaks[1].chain,
              (std::vector<std::string>{"Order-v1.0.0", "Customer-v1.0.0", "Address-v1.0.0"}));

    ASSERT_EQ(report->stillWorks.size(), 2u);
    EXPECT_EQ(report->stillWorks[0].dependent.toString(), "Audit-v1.0.0");   // FORWARD policy
    EXPECT_EQ(report->stillWorks[1].dependent.toString(), "Invoice-v1.0.0"); // key only
}

TEST(Impact, NodesStoresAndMigrations) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    auto report = analyzeImpact(ws, g, vid("Address-v1.0.0"), vid("Address-v2.0.0"));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->nodes.size(), 3u);
    EXPECT_EQ(report->nodes[0].node, "old");
    EXPECT_FALSE(report->nodes[0].supportsTarget);
    EXPECT_EQ(report->nodes[1].node, "new");
    EXPECT_TRUE(report->nodes[1].supportsTarget);
    EXPECT_EQ(report->nodes[2].node, "crm");
    EXPECT_EQ(report->nodes[2].runs.toString(), "Customer-v1.0.0");

    ASSERT_EQ(report->stores.size(), 3u);
    ASSERT_EQ(report->migrations.size(), 2u);
    EXPECT_EQ(report->migrations[0].store.name, "addresses");
    EXPECT_TRUE(report->migrations[0].required);
    EXPECT_EQ(report->migrations[0].to->toString(), "Address-v2.0.0");
    EXPECT_EQ(report->migrations[1].store.name, "customers");
    EXPECT_FALSE(report->migrations[1].to.has_value());

    Json j = impactToJson(*report);
    EXPECT_EQ(j["breaks"].size(), 2u);
    EXPECT_EQ(j["migrations"][0]["store"], "addresses");
}

TEST(Impact, ForeignKeyColumnRemovedBreaksTheReferrer) {
    Workspace ws = shopWorkspace();
    TypeVersion order2 = ws.findType("Order")->versions[0];
    order2.id.version = SemVer{2, 0, 0};
    order2.schema.fields[0].name = "order_no"; // the referenced column "id" is gone
    test::addVersions(ws, {order2});
    VersionGraph g = VersionGraph::build(ws);
    auto report = analyzeImpact(ws, g, vid("Order-v1.0.0"), vid("Order-v2.0.0"));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->breaks.size(), 1u);
    EXPECT_EQ(report->breaks[0].findings[0].rule, "foreign-key-column-missing");
    EXPECT_EQ(report->breaks[0].findings[0].message,
              "foreign key invoice_order references column 'id', which Order-v2.0.0 no longer "
              "has");
}

TEST(Impact, RefusesUnknownVersionsAndCrossTypeUpgrades) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    auto unknown = analyzeImpact(ws, g, vid("Address-v1.0.0"), vid("Address-v9.0.0"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    auto cross = analyzeImpact(ws, g, vid("Address-v1.0.0"), vid("Customer-v1.0.0"));
    ASSERT_FALSE(cross.ok());
    EXPECT_EQ(cross.error().code, ErrorCode::InvalidArgument);
}

TEST(FieldReports, C8_UpgradePathRoutesThroughTheIntermediateVersion) {
    Json c = test::fieldReport("C8")["input"];
    Workspace ws;
    test::addVersions(ws, {test::versionFrom(c["old"]), test::versionFrom(c["new"]),
                           test::versionFrom(c["third"])});
    auto path = bestUpgradePath(ws, vid("Message-v1.0.0"), vid("Message-v1.2.0"));
    ASSERT_TRUE(path.ok());
    ASSERT_TRUE(path->found);
    ASSERT_EQ(path->hops.size(), 2u);
    EXPECT_EQ(path->hops[0].to.toString(), "Message-v1.1.0");
    EXPECT_EQ(path->hops[0].risk, HopRisk::ReadOnly);
    EXPECT_EQ(path->hops[1].risk, HopRisk::ReadOnly);
    EXPECT_EQ(path->totalCost, 2 * riskCost(HopRisk::ReadOnly));
    EXPECT_FALSE(path->hops[0].verdict->writeCompatible);
}

TEST(UpgradePath, PrefersTheLeastRiskyRouteInBothDirections) {
    // 1.0.0 -> 1.1.0 adds y without default (write-only); 1.2.0 gives y a default, so
    // 1.0.0 -> 1.2.0 is full and wins over any route through 1.1.0.
    Workspace ws;
    auto version = [](const char* v, Json fields) {
        return test::versionFrom({{"name", "P"}, {"version", v}, {"fields", std::move(fields)}});
    };
    Json y = field("y", "string");
    Json yDefault = y;
    yDefault["default"] = "";
    test::addVersions(ws, {version("1.0.0", {field("x", "string")}),
                           version("1.1.0", {field("x", "string"), y}),
                           version("1.2.0", {field("x", "string"), yDefault})});
    auto up = bestUpgradePath(ws, vid("P-v1.0.0"), vid("P-v1.2.0"));
    ASSERT_TRUE(up.ok());
    ASSERT_EQ(up->hops.size(), 1u);
    EXPECT_EQ(up->hops[0].risk, HopRisk::Full);
    EXPECT_EQ(up->totalCost, riskCost(HopRisk::Full));

    auto down = bestUpgradePath(ws, vid("P-v1.1.0"), vid("P-v1.0.0"));
    ASSERT_TRUE(down.ok());
    ASSERT_EQ(down->hops.size(), 1u);
    EXPECT_EQ(down->hops[0].risk, HopRisk::ReadOnly); // 1.0.0 reads 1.1.0 data, not back

    auto same = bestUpgradePath(ws, vid("P-v1.1.0"), vid("P-v1.1.0"));
    ASSERT_TRUE(same.ok());
    EXPECT_TRUE(same->found);
    EXPECT_TRUE(same->hops.empty());
}

TEST(UpgradePath, NoPathIsAnAnswerWithAReason) {
    Workspace ws = test::generatedRegistry(3, 6);
    auto none = bestUpgradePath(ws, vid("T00001-v1.0.0"), vid("T00002-v1.0.0"));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->found);
    EXPECT_EQ(none->reason, "T00001 and T00002 are different types and no chain of converters "
                            "connects T00001-v1.0.0 to T00002-v1.0.0");
    EXPECT_EQ(upgradePathToText(*none), "No path: " + none->reason + "\n");

    ws.converters.push_back({vid("T00001-v1.2.0"), vid("T00002-v1.0.0"), {}, ""});
    auto bridged = bestUpgradePath(ws, vid("T00001-v1.0.0"), vid("T00002-v1.0.0"));
    ASSERT_TRUE(bridged.ok());
    ASSERT_TRUE(bridged->found);
    ASSERT_EQ(bridged->hops.size(), 2u);
    EXPECT_EQ(bridged->hops[0].to.toString(), "T00001-v1.2.0");
    EXPECT_EQ(bridged->hops[1].risk, HopRisk::Converter);

    EXPECT_FALSE(bestUpgradePath(ws, vid("T00001-v9.0.0"), vid("T00002-v1.0.0")).ok());
}

TEST(GraphView, CollapseAndNeighbourhood) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    ViewOptions collapse;
    collapse.collapseTypes = true;
    auto types = graphView(g, collapse);
    ASSERT_TRUE(types.ok());
    ASSERT_EQ(types->nodes.size(), 5u);
    EXPECT_EQ(types->nodes[0].label, "Address (2)");
    EXPECT_EQ(types->edges.size(), 4u);

    ViewOptions around;
    around.around = vid("Customer-v1.0.0");
    around.depth = 1;
    auto near = graphView(g, around);
    ASSERT_TRUE(near.ok());
    std::vector<std::string> labels;
    for (const LayoutNode& n : near->nodes)
        labels.push_back(n.label);
    EXPECT_EQ(labels,
              (std::vector<std::string>{"Address-v1.0.0", "Customer-v1.0.0", "Order-v1.0.0"}));
    around.around = vid("Nope-v1.0.0");
    EXPECT_FALSE(graphView(g, around).ok());
}

TEST(LayeredLayout, KeepsLayersOrderedAndSeparated) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    LayoutInput input = *graphView(g);
    Layout layout = layeredLayout(input);
    ASSERT_EQ(layout.nodes.size(), input.nodes.size());
    for (size_t i = 0; i < input.edges.size(); ++i) {
        const LayoutEdge& e = input.edges[i];
        EXPECT_LT(layout.nodes[e.from].layer, layout.nodes[e.to].layer) << i;
        EXPECT_EQ(layout.edges[i].points.size(),
                  size_t(layout.nodes[e.to].layer - layout.nodes[e.from].layer + 1));
    }
    for (size_t a = 0; a < layout.nodes.size(); ++a) {
        for (size_t b = a + 1; b < layout.nodes.size(); ++b) {
            const PlacedNode& p = layout.nodes[a];
            const PlacedNode& q = layout.nodes[b];
            if (p.layer == q.layer) {
                EXPECT_GE(std::abs(p.x - q.x), (p.width + q.width) / 2 + 18.0 - 1e-9);
            }
        }
    }
    EXPECT_EQ(countCrossings(layout), 0u);
}

TEST(LayeredLayout, BreaksCyclesAndKeepsEdgeDirection) {
    LayoutInput input;
    for (int i = 0; i < 3; ++i)
        input.nodes.push_back({"n" + std::to_string(i)});
    input.edges = {{0, 1}, {1, 2}, {2, 0}, {1, 1}};
    Layout layout = layeredLayout(input);
    ASSERT_EQ(layout.edges.size(), 4u);
    const RoutedEdge& back = layout.edges[2];
    ASSERT_GE(back.points.size(), 2u);
    EXPECT_DOUBLE_EQ(back.points.front().y, layout.nodes[2].y);
    EXPECT_DOUBLE_EQ(back.points.back().y, layout.nodes[0].y);
    EXPECT_TRUE(layout.edges[3].points.empty());
}

TEST(CrossingCounter, CountsAKnownDrawing) {
    // K(2,2) between two ranks always crosses once; a long edge bent through a middle rank
    // crosses the short edge it passes there.
    Layout l;
    l.nodes = {{0, 0, 10, 10, 0}, {100, 0, 10, 10, 0}, {0, 50, 10, 10, 1}, {100, 50, 10, 10, 1}};
    l.edges = {{0, 2, {}, false}, {0, 3, {}, false}, {1, 2, {}, false}, {1, 3, {}, false}};
    EXPECT_EQ(countCrossings(l), 1u);

    Layout m;
    m.nodes = {{0, 0, 10, 10, 0},
               {50, 50, 10, 10, 1},
               {100, 100, 10, 10, 2},
               {100, 0, 10, 10, 0},
               {0, 50, 10, 10, 1}};
    m.edges = {{0, 2, {{0, 0}, {100, 50}, {100, 100}}, false}, {3, 4, {}, false}};
    EXPECT_EQ(countCrossings(m), 1u);
}

TEST(LayoutFromPlain, ReadsGraphvizPlainOutput) {
    LayoutInput input;
    input.nodes = {{"a"}, {"b"}};
    input.edges = {{0, 1}};
    std::string plain = "graph 1 2 3\nnode n0 1 2.5 0.75 0.5 a solid box black lightgrey\n"
                        "node n1 1 0.5 0.75 0.5 b solid box black lightgrey\n"
                        "edge n0 n1 4 1 2.25 1 1.5 1 1.5 1 0.75 solid black\nstop\n";
    auto layout = layoutFromPlain(plain, input);
    ASSERT_TRUE(layout.ok());
    EXPECT_DOUBLE_EQ(layout->nodes[0].x, 72.0);
    EXPECT_DOUBLE_EQ(layout->nodes[0].y, 36.0);
    EXPECT_DOUBLE_EQ(layout->nodes[1].y, 180.0);
    ASSERT_EQ(layout->edges[0].points.size(), 4u);
    EXPECT_TRUE(layout->edges[0].bezier);
    EXPECT_FALSE(layoutFromPlain("edge n0 n7 0\n", input).ok());
}

TEST(GeneratedRegistry, TenThousandVersionsBuildQueryAndLayOut) {
    Workspace ws = test::generatedRegistry(1000, 10);
    VersionGraph g = VersionGraph::build(ws);
    EXPECT_EQ(g.nodeCount(), 10000u);
    EXPECT_FALSE(g.hasErrors());
    NodeIndex first = *g.find(vid("T00000-v1.0.0"));
    std::vector<NodeIndex> deps = g.dependents(first);
    for (NodeIndex d : deps)
        EXPECT_FALSE(g.dependencies(d).empty());

    auto impact = analyzeImpact(ws, g, vid("T00000-v1.3.0"), vid("T00000-v1.4.0"));
    ASSERT_TRUE(impact.ok());
    EXPECT_TRUE(impact->verdict.readCompatible);
    EXPECT_FALSE(impact->verdict.writeCompatible);
    EXPECT_EQ(impact->stillWorks.size() + impact->breaks.size(),
              g.dependents(*g.find(vid("T00000-v1.3.0"))).size());

    LayoutInput input = *graphView(g);
    Layout layout = layeredLayout(input);
    ASSERT_EQ(layout.nodes.size(), 10000u);
    for (const LayoutEdge& e : input.edges) {
        if (e.kind == EdgeKind::EvolvesTo) {
            EXPECT_LT(layout.nodes[e.from].layer, layout.nodes[e.to].layer);
        }
    }
}

TEST(GraphvizLayout, RunsOffTheCallersThreadAndReturnsSplines) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    LayoutInput input = *graphView(g);
    std::future<Result<Layout>> pending = layoutWithGraphviz(input);
    Result<Layout> layout = pending.get();
    ASSERT_TRUE(layout.ok()) << layout.error().describe();
    ASSERT_EQ(layout->nodes.size(), input.nodes.size());
    for (size_t i = 0; i < input.edges.size(); ++i) {
        const LayoutEdge& e = input.edges[i];
        EXPECT_LT(layout->nodes[e.from].y, layout->nodes[e.to].y) << i; // ranks top to bottom
        EXPECT_TRUE(layout->edges[i].bezier);
        EXPECT_EQ(layout->edges[i].points.size() % 3, 1u); // cubic Bézier control points
    }
    EXPECT_EQ(countCrossings(*layout), 0u);

    auto svg = renderDot(toDot(input), "svg");
    ASSERT_TRUE(svg.ok());
    EXPECT_NE(svg->find("Customer-v1.0.0"), std::string::npos);
    EXPECT_FALSE(renderDot("digraph {", "svg").ok());
}

TEST(SvgDrawing, DrawsEveryNodeAndEdge) {
    Workspace ws = shopWorkspace();
    VersionGraph g = VersionGraph::build(ws);
    LayoutInput input = *graphView(g);
    std::string svg = layoutToSvg(input, layeredLayout(input));
    size_t rects = 0, lines = 0;
    for (size_t at = svg.find("<rect"); at != std::string::npos; at = svg.find("<rect", at + 1))
        ++rects;
    for (size_t at = svg.find("<polyline"); at != std::string::npos;
         at = svg.find("<polyline", at + 1))
        ++lines;
    EXPECT_EQ(rects, input.nodes.size());
    EXPECT_EQ(lines, input.edges.size());
}
