// stratactl graph, impact, path, convert, rollout: thin wrappers over the engine's graph,
// convert and cluster modules, which produce the text and JSON printed here.

#include "cli.h"
#include "strata/cluster/rollout.h"
#include "strata/convert/conversion_path.h"
#include "strata/graph/impact.h"
#include "strata/graph/layout.h"
#include "strata/graph_layout/graphviz.h"
#include "strata/model/workspace_io.h"

#include <algorithm>
#include <iostream>
#include <istream>
#include <ostream>

namespace strata::cli {
namespace {

// Graphviz stays responsive up to about this many nodes; beyond, the layered layout draws.
constexpr size_t kGraphvizNodeLimit = 500;

int unreadable(std::ostream& err, const Error& e) {
    err << "stratactl: " << e.describe() << "\n";
    return kUnreadable;
}

Result<TypeVersionId> versionArg(const std::string& text) {
    auto id = TypeVersionId::parse(text);
    if (!id)
        return makeError(ErrorCode::InvalidArgument,
                         "'" + text + "' is not a version (expected Name-vX.Y.Z)");
    return id;
}

// Loads WORKSPACE plus the version arguments that follow it.
struct Loaded {
    Workspace ws;
    std::vector<TypeVersionId> versions;
};

Result<Loaded> loadWith(const std::string& path, const std::vector<std::string>& versionArgs) {
    auto ws = loadWorkspace(path);
    if (!ws)
        return ws.error();
    Loaded loaded{std::move(*ws), {}};
    for (const std::string& text : versionArgs) {
        auto id = versionArg(text);
        if (!id)
            return id.error();
        if (!loaded.ws.findVersion(*id))
            return makeError(ErrorCode::NotFound, "no version " + id->toString(), path);
        loaded.versions.push_back(*id);
    }
    return loaded;
}

} // namespace

int runGraph(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {"--format", "--around", "--depth"}, {"--collapse"});
    if (!p.error.empty() || p.positional.size() != 1)
        return usageError(err, "graph", p.error.empty() ? "expected one WORKSPACE" : p.error);
    std::string format = p.value("--format", "dot");
    if (format != "dot" && format != "json" && format != "svg")
        return usageError(err, "graph", "--format must be dot, json or svg");

    ViewOptions view;
    view.collapseTypes = p.has("--collapse");
    if (p.has("--around")) {
        auto id = versionArg(p.value("--around"));
        if (!id)
            return usageError(err, "graph", id.error().message);
        view.around = *id;
        std::string depth = p.value("--depth", "1");
        if (depth.empty() || depth.size() > 6 ||
            depth.find_first_not_of("0123456789") != std::string::npos)
            return usageError(err, "graph", "--depth must be a whole number below a million");
        view.depth = std::stoi(depth);
    }
    auto loaded = loadWith(p.positional[0], {});
    if (!loaded)
        return unreadable(err, loaded.error());
    VersionGraph graph = VersionGraph::build(loaded->ws);
    auto input = graphView(graph, view);
    if (!input)
        return unreadable(err, input.error());

    for (const GraphIssue& issue : graph.issues())
        err << (issue.error ? "error: " : "warning: ") << issue.message << "\n";
    int code = graph.hasErrors() ? kIncompatible : kOk;
    if (format == "dot") {
        out << toDot(*input);
    } else if (format == "json") {
        Json j = layoutToJson(*input, layeredLayout(*input));
        j["issues"] = graphIssuesToJson(graph);
        out << j.dump(2) << "\n";
    } else if (input->nodes.size() <= kGraphvizNodeLimit) {
        auto svg = renderDot(toDot(*input), "svg");
        if (!svg)
            return unreadable(err, svg.error());
        out << *svg;
    } else {
        out << layoutToSvg(*input, layeredLayout(*input));
    }
    return code;
}

int runImpact(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 3)
        return usageError(err, "impact",
                          p.error.empty() ? "expected WORKSPACE Name-vA Name-vB" : p.error);
    auto loaded = loadWith(p.positional[0], {p.positional[1], p.positional[2]});
    if (!loaded)
        return unreadable(err, loaded.error());
    VersionGraph graph = VersionGraph::build(loaded->ws);
    auto report = analyzeImpact(loaded->ws, graph, loaded->versions[0], loaded->versions[1]);
    if (!report)
        return usageError(err, "impact", report.error().describe());
    if (p.has("--json"))
        out << impactToJson(*report).dump(2) << "\n";
    else
        out << impactToText(*report);
    return report->breaks.empty() ? kOk : kIncompatible;
}

int runPath(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 3)
        return usageError(err, "path",
                          p.error.empty() ? "expected WORKSPACE Name-vA Name-vB" : p.error);
    auto loaded = loadWith(p.positional[0], {p.positional[1], p.positional[2]});
    if (!loaded)
        return unreadable(err, loaded.error());
    auto path = bestUpgradePath(loaded->ws, loaded->versions[0], loaded->versions[1]);
    if (!path)
        return unreadable(err, path.error());
    if (p.has("--json"))
        out << upgradePathToJson(*path).dump(2) << "\n";
    else
        out << upgradePathToText(*path);
    // a route through an incompatible hop is shown, but it is not a safe upgrade
    const bool safe = path->found &&
                      std::none_of(path->hops.begin(), path->hops.end(), [](const UpgradeHop& hop) {
                          return hop.risk == HopRisk::Incompatible;
                      });
    return safe ? kOk : kIncompatible;
}

// Converts JSON Lines from `in`; stops at the first record that cannot be converted.
int runConvertStream(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {});
    if (!p.error.empty() || p.positional.size() != 3)
        return usageError(err, "convert",
                          p.error.empty() ? "expected WORKSPACE Name-vA Name-vB" : p.error);
    auto loaded = loadWith(p.positional[0], {p.positional[1], p.positional[2]});
    if (!loaded)
        return unreadable(err, loaded.error());
    auto path = findConversionPath(loaded->ws, loaded->versions[0], loaded->versions[1]);
    if (!path) {
        err << "stratactl convert: " << path.error().describe() << "\n";
        return kIncompatible;
    }

    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        Json record = Json::parse(line, nullptr, false);
        if (record.is_discarded()) {
            err << "stratactl convert: line " << number << ": not a JSON record\n";
            return kUnreadable;
        }
        auto converted = convertRecord(loaded->ws, *path, record);
        if (!converted) {
            err << "stratactl convert: line " << number << ": " << converted.error().describe()
                << "\n";
            return kIncompatible;
        }
        out << converted->dump() << "\n";
    }
    return kOk;
}

int runConvert(const Args& args, std::ostream& out, std::ostream& err) {
    return runConvertStream(args, std::cin, out, err);
}

int runRollout(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 3)
        return usageError(err, "rollout",
                          p.error.empty() ? "expected WORKSPACE TYPE Name-vX" : p.error);
    auto loaded = loadWith(p.positional[0], {p.positional[2]});
    if (!loaded)
        return unreadable(err, loaded.error());
    const std::string& scope = p.positional[1];
    const TypeVersionId& target = loaded->versions[0];
    bool clusterScope = false;
    for (const Cluster& c : loaded->ws.clusters)
        clusterScope = clusterScope || c.name == scope;
    if (!clusterScope && !loaded->ws.findType(scope))
        return unreadable(err,
                          makeError(ErrorCode::NotFound, "no cluster or type named '" + scope + "'",
                                    p.positional[0]));
    if (!clusterScope && scope != target.name)
        return usageError(err, "rollout", target.toString() + " is not a version of " + scope);

    Json plans = Json::array();
    bool allSafe = true;
    size_t planned = 0;
    for (const Cluster& cluster : loaded->ws.clusters) {
        bool relevant = clusterScope ? cluster.name == scope : false;
        for (const ClusterNode& n : cluster.nodes)
            relevant = relevant || (!clusterScope && n.supports.count(target.name));
        if (!relevant)
            continue;
        auto plan = planRollout(loaded->ws, cluster, target);
        if (!plan)
            return unreadable(err, plan.error());
        allSafe = allSafe && plan->safe;
        ++planned;
        if (p.has("--json"))
            plans.push_back(rolloutPlanToJson(*plan));
        else
            out << rolloutPlanToText(*plan);
    }
    if (p.has("--json"))
        out << plans.dump(2) << "\n";
    else if (planned == 0)
        out << "no cluster runs " << target.name << "\n";
    return allSafe ? kOk : kIncompatible;
}

} // namespace strata::cli
