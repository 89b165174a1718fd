#pragma once

// Impact analysis of an upgrade A→B and the least risky upgrade path A→Z (DESIGN §5).

#include "strata/compat/verdict.h"
#include "strata/graph/version_graph.h"

#include <optional>
#include <string>
#include <vector>

namespace strata {

// A transitive dependent of the upgraded version and what the upgrade does to it.
struct DependentImpact {
    TypeVersionId dependent;
    std::vector<std::string> chain; // reference path from the dependent down to A
    std::string fieldPath;          // where A's data sits inside the dependent ("order.lines[]")
    bool stillWorks = true;
    std::vector<Finding> findings; // why it breaks, with paths in the dependent's terms
};

// A cluster node that runs a version touched by the upgrade.
struct NodeImpact {
    std::string cluster;
    std::string node;
    NodeRole role = NodeRole::Both;
    bool live = true;
    TypeVersionId runs;          // the affected version inside the node's supported range
    bool supportsTarget = false; // the node's range for A's type also contains B
};

// A store object holding data of an affected version, and what would have to happen to it.
struct MigrationNeed {
    StoreObject store;
    TypeVersionId from;
    std::optional<TypeVersionId> to; // nullopt: a new version of the dependent is needed first
    bool required = true;            // false: the data stays readable, migrating only retires A
    std::string reason;
};

struct ImpactReport {
    TypeVersionId from;
    TypeVersionId to;
    Verdict verdict; // A against B
    std::vector<DependentImpact> stillWorks;
    std::vector<DependentImpact> breaks;
    std::vector<NodeImpact> nodes;
    std::vector<StoreObject> stores;
    std::vector<MigrationNeed> migrations;
};

// What upgrading `from` to `to` (same type) does to every transitive dependent of `from`, to
// the cluster nodes and store objects holding affected versions, and which migrations follow.
// A dependent still works when its type's policy still holds with B in place of A (policy NONE
// asks for read compatibility: data already stored must stay readable).
Result<ImpactReport> analyzeImpact(const Workspace& ws, const VersionGraph& graph,
                                   const TypeVersionId& from, const TypeVersionId& to);

// Risk of one upgrade hop; the costs differ by orders of magnitude so that one riskier hop
// always outweighs any number of safer ones in a realistic chain.
enum class HopRisk { Full, ReadOnly, WriteOnly, Incompatible, Converter };
uint64_t riskCost(HopRisk risk);
const char* toString(HopRisk risk);

struct UpgradeHop {
    TypeVersionId from;
    TypeVersionId to;
    HopRisk risk = HopRisk::Full;
    std::optional<Verdict> verdict; // absent for a hop along an explicit cross-type converter
    uint64_t cost = 0;
};

struct UpgradePath {
    bool found = false;
    std::string reason; // why there is no path, when found is false
    std::vector<UpgradeHop> hops;
    uint64_t totalCost = 0;
};

// The cheapest route by risk from `from` to `to`: hops between versions of the type moving
// monotonically towards `to`, plus explicit converters. Fails only when a version is unknown.
Result<UpgradePath> bestUpgradePath(const Workspace& ws, const TypeVersionId& from,
                                    const TypeVersionId& to);

Json impactToJson(const ImpactReport& report);
std::string impactToText(const ImpactReport& report);
Json upgradePathToJson(const UpgradePath& path);
std::string upgradePathToText(const UpgradePath& path);

} // namespace strata
