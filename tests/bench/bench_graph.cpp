// Graph benchmark: lays out generated registries of 1,000, 5,000 and 10,000 versions with the
// engine's layered layout and with the Graphviz `dot` command on the same DOT text (as a
// subprocess with a time limit), counting crossings of both drawings the same way; then times
// impact and upgrade-path queries on the 10,000-version registry.
//
//   bench_graph [--dot-timeout SECONDS] [--sizes 1000,5000,10000] [--queries N]

#include "generated_registry.h"
#include "strata/graph/impact.h"
#include "strata/graph/layout.h"
#include "strata/model/workspace_io.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace strata;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct DotRun {
    bool finished = false;
    double ms = 0;
    uint64_t crossings = 0;
    std::string note;
};

// Runs `dot -Tplain` under coreutils `timeout`; the DOT text and output live in a temp dir.
DotRun runDot(const LayoutInput& input, int timeoutSeconds) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("strata-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::path in = dir / "graph.dot", out = dir / "graph.plain";
    if (Status s = writeFileAtomically(in, toDot(input)); !s)
        return {false, 0, 0, s.error().describe()};

    std::string command = "timeout " + std::to_string(timeoutSeconds) + " dot -Tplain '" +
                          in.string() + "' -o '" + out.string() + "'";
    auto start = Clock::now();
    int status = std::system(command.c_str());
    DotRun run;
    run.ms = msSince(start);
    if (status != 0) {
        run.note = WIFEXITED(status) && WEXITSTATUS(status) == 124
                       ? "did not finish in " + std::to_string(timeoutSeconds) + " s"
                       : "dot failed with status " + std::to_string(status);
        fs::remove_all(dir);
        return run;
    }
    auto plain = readFile(out);
    fs::remove_all(dir);
    if (!plain)
        return {false, run.ms, 0, plain.error().describe()};
    auto layout = layoutFromPlain(*plain, input);
    if (!layout)
        return {false, run.ms, 0, layout.error().describe()};
    run.finished = true;
    run.crossings = countCrossings(*layout);
    return run;
}

std::vector<int> parseSizes(const std::string& text) {
    std::vector<int> sizes;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');)
        sizes.push_back(std::atoi(part.c_str()));
    return sizes;
}

void layoutTable(const std::vector<int>& sizes, int dotTimeout) {
    std::printf("%-9s %-7s %-7s | %-12s %-11s | %-12s %-11s\n", "versions", "edges", "layers",
                "layered ms", "crossings", "dot ms", "crossings");
    for (int versions : sizes) {
        Workspace ws = test::generatedRegistry(versions / 10, 10);
        VersionGraph graph = VersionGraph::build(ws);
        LayoutInput input = *graphView(graph);

        auto start = Clock::now();
        Layout own = layeredLayout(input);
        double ownMs = msSince(start);
        uint64_t ownCrossings = countCrossings(own);
        int layers = 0;
        for (const PlacedNode& n : own.nodes)
            layers = std::max(layers, n.layer + 1);

        DotRun dot = runDot(input, dotTimeout);
        std::string dotMs = dot.finished ? std::to_string(int(dot.ms)) : dot.note;
        std::string dotCross = dot.finished ? std::to_string(dot.crossings) : "-";
        std::printf("%-9zu %-7zu %-7d | %-12.1f %-11llu | %-12s %-11s\n", input.nodes.size(),
                    input.edges.size(), layers, ownMs, (unsigned long long)ownCrossings,
                    dotMs.c_str(), dotCross.c_str());
        std::fflush(stdout);
    }
}

void viewTable(const Workspace& ws, const VersionGraph& graph) {
    ViewOptions collapse;
    collapse.collapseTypes = true;
    auto start = Clock::now();
    LayoutInput types = *graphView(graph, collapse);
    Layout typeLayout = layeredLayout(types);
    double collapseMs = msSince(start);

    ViewOptions around;
    around.around = ws.types[ws.types.size() / 2].versions[5].id;
    around.depth = 2;
    start = Clock::now();
    LayoutInput near = *graphView(graph, around);
    Layout nearLayout = layeredLayout(near);
    double aroundMs = msSince(start);
    std::printf("collapsed per type: %zu nodes, %zu edges, view + layout %.1f ms, %llu "
                "crossings\n",
                types.nodes.size(), types.edges.size(), collapseMs,
                (unsigned long long)countCrossings(typeLayout));
    std::printf("neighbourhood of %s depth 2: %zu nodes, view + layout %.2f ms\n",
                around.around->toString().c_str(), near.nodes.size(), aroundMs);
}

void queryTable(int queries) {
    Workspace ws = test::generatedRegistry(1000, 10);
    auto start = Clock::now();
    VersionGraph graph = VersionGraph::build(ws);
    double buildMs = msSince(start);
    std::printf("\n10,000 versions: graph build %.1f ms\n", buildMs);
    viewTable(ws, graph);

    double impactTotal = 0, impactMax = 0, pathTotal = 0, pathMax = 0;
    size_t dependents = 0, hops = 0;
    for (int q = 0; q < queries; ++q) {
        const TypeDef& type = ws.types[(q * 37) % ws.types.size()];
        const TypeVersionId& a = type.versions[q % 4].id;
        const TypeVersionId& b = type.versions[4 + q % 6].id;
        start = Clock::now();
        auto impact = analyzeImpact(ws, graph, a, b);
        double ms = msSince(start);
        impactTotal += ms;
        impactMax = std::max(impactMax, ms);
        dependents += impact->stillWorks.size() + impact->breaks.size();

        start = Clock::now();
        auto path = bestUpgradePath(ws, type.versions[0].id, type.versions.back().id);
        ms = msSince(start);
        pathTotal += ms;
        pathMax = std::max(pathMax, ms);
        hops += path->hops.size();
    }
    std::printf("impact A->B: %d queries, mean %.3f ms, max %.3f ms (mean %.1f dependents)\n",
                queries, impactTotal / queries, impactMax, double(dependents) / queries);
    std::printf("upgrade path v1.0.0 -> v1.9.0: %d queries, mean %.3f ms, max %.3f ms "
                "(mean %.1f hops)\n",
                queries, pathTotal / queries, pathMax, double(hops) / queries);
}

} // namespace

int main(int argc, char** argv) {
    int dotTimeout = 120;
    int queries = 200;
    std::vector<int> sizes{1000, 5000, 10000};
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--dot-timeout")
            dotTimeout = std::atoi(argv[i + 1]);
        else if (flag == "--sizes")
            sizes = parseSizes(argv[i + 1]);
        else if (flag == "--queries")
            queries = std::atoi(argv[i + 1]);
    }
    std::printf("crossings: counted between adjacent ranks of each drawing, edges followed "
                "through the ranks they span\n\n");
    layoutTable(sizes, dotTimeout);
    queryTable(queries);
    return 0;
}
