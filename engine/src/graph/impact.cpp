#include "strata/graph/impact.h"

#include <set>

namespace strata {

namespace {

bool embeds(const GraphEdge& e) {
    return e.kind == EdgeKind::References && !e.foreignKey;
}

std::string joinFieldPath(const std::string& outer, const std::string& inner) {
    if (outer.empty())
        return inner;
    if (inner.empty())
        return outer;
    return outer + "." + inner;
}

// The directions a dependent needs to keep, from its type's policy (NONE: read).
std::pair<bool, bool> requiredDirections(const Workspace& ws, const std::string& type) {
    const TypeDef* def = ws.findType(type);
    CompatPolicy policy = def ? def->policy : CompatPolicy::Backward;
    if (policy == CompatPolicy::None)
        return {true, false};
    return {needsRead(policy), needsWrite(policy)};
}

// A foreign key into A still works when every referenced column exists in B (by name or alias).
void checkForeignKey(const Workspace& ws, const TypeVersionId& dependent, const std::string& via,
                     const TypeVersion& b, DependentImpact& impact) {
    const TypeVersion* d = ws.findVersion(dependent);
    for (const Constraint& c : d->schema.constraints) {
        std::string name = c.name.empty() ? c.refType : c.name;
        if (c.kind != ConstraintKind::ForeignKey || "fk:" + name != via)
            continue;
        for (const std::string& column : c.refColumns) {
            bool present = false;
            for (const Field& f : b.schema.fields) {
                bool alias =
                    std::find(f.aliases.begin(), f.aliases.end(), column) != f.aliases.end();
                present = present || f.name == column || alias;
            }
            if (present)
                continue;
            impact.stillWorks = false;
            impact.findings.push_back(
                {via,
                 "foreign-key-column-missing",
                 Direction::Read,
                 Severity::Error,
                 "foreign key " + name + " references column '" + column + "', which " +
                     b.id.toString() + " no longer has",
                 {{"constraint", name}, {"column", column}, {"version", b.id.toString()}}});
        }
    }
}

void judgeEmbedded(const Workspace& ws, const Verdict& verdict, DependentImpact& impact) {
    auto [needRead, needWrite] = requiredDirections(ws, impact.dependent.name);
    for (const Finding& f : verdict.findings) {
        bool required = f.direction == Direction::Read ? needRead : needWrite;
        if (f.severity != Severity::Error || !required)
            continue;
        Finding moved = f;
        moved.path = joinFieldPath(impact.fieldPath, f.path);
        impact.findings.push_back(std::move(moved));
    }
    bool readOk = !needRead || verdict.readCompatible;
    bool writeOk = !needWrite || verdict.writeCompatible;
    impact.stillWorks = readOk && writeOk;
    if (!impact.stillWorks && impact.findings.empty()) {
        impact.findings.push_back(
            {impact.fieldPath,
             "dependent-policy",
             needRead && !verdict.readCompatible ? Direction::Read : Direction::Write,
             Severity::Error,
             "the upgrade breaks the policy of " + impact.dependent.name + " for the data at '" +
                 impact.fieldPath + "'",
             {{"dependent", impact.dependent.name}, {"field", impact.fieldPath}}});
    }
}

DependentImpact judgeDependent(const Workspace& ws, const VersionGraph& graph,
                               const std::unordered_map<NodeIndex, uint32_t>& tree,
                               NodeIndex dependent, const Verdict& verdict, const TypeVersion& b) {
    DependentImpact impact;
    impact.dependent = graph.id(dependent);

    // Walk the chain dependent -> ... -> A, joining embedded field paths.
    bool allEmbedded = true;
    const GraphEdge* last = nullptr;
    const GraphEdge* first = nullptr;
    NodeIndex at = dependent;
    impact.chain.push_back(graph.id(at).toString());
    for (auto it = tree.find(at); it != tree.end(); it = tree.find(at)) {
        const GraphEdge& e = graph.edges()[it->second];
        first = first ? first : &e;
        last = &e;
        allEmbedded = allEmbedded && embeds(e);
        if (allEmbedded)
            impact.fieldPath = joinFieldPath(impact.fieldPath, e.via);
        at = e.to;
        impact.chain.push_back(graph.id(at).toString());
    }

    if (allEmbedded) {
        judgeEmbedded(ws, verdict, impact);
    } else if (last->foreignKey && first == last) {
        impact.fieldPath = last->via;
        checkForeignKey(ws, impact.dependent, last->via, b, impact);
    } else {
        // The chain passes a foreign key: only key values cross it, A's shape does not.
        impact.fieldPath.clear();
    }
    return impact;
}

void collectNodes(const Workspace& ws, const std::vector<TypeVersionId>& affected,
                  const TypeVersionId& target, ImpactReport& report) {
    for (const Cluster& cluster : ws.clusters) {
        for (const ClusterNode& node : cluster.nodes) {
            for (const TypeVersionId& v : affected) {
                auto range = node.supports.find(v.name);
                if (range == node.supports.end() || !range->second.contains(v.version))
                    continue;
                bool targetOk = v.name == target.name && range->second.contains(target.version);
                report.nodes.push_back(
                    {cluster.name, node.name, node.role, node.live, v, targetOk});
            }
        }
    }
}

void collectStores(const Workspace& ws, ImpactReport& report) {
    const ImpactReport& r = report;
    std::set<TypeVersionId> broken;
    std::set<TypeVersionId> fine;
    for (const auto& d : r.breaks)
        broken.insert(d.dependent);
    for (const auto& d : r.stillWorks)
        fine.insert(d.dependent);

    for (const StoreObject& store : ws.stores) {
        if (store.holds == r.from) {
            report.stores.push_back(store);
            bool required = !r.verdict.readCompatible;
            report.migrations.push_back(
                {store, r.from, r.to, required,
                 required ? r.to.toString() + " cannot read records stored as " +
                                r.from.toString() + ": convert them before readers move"
                          : r.to.toString() + " reads " + r.from.toString() +
                                " records in place; migrating only retires " + r.from.toString()});
        } else if (broken.count(store.holds)) {
            report.stores.push_back(store);
            report.migrations.push_back({store, store.holds, std::nullopt, true,
                                         store.holds.toString() + " breaks with " +
                                             r.to.toString() + ": publish a new version of " +
                                             store.holds.name + " and migrate this store to it"});
        } else if (fine.count(store.holds)) {
            report.stores.push_back(store);
        }
    }
}

} // namespace

Result<ImpactReport> analyzeImpact(const Workspace& ws, const VersionGraph& graph,
                                   const TypeVersionId& from, const TypeVersionId& to) {
    const TypeVersion* a = ws.findVersion(from);
    const TypeVersion* b = ws.findVersion(to);
    if (!a)
        return makeError(ErrorCode::NotFound, "no version " + from.toString() + " in workspace");
    if (!b)
        return makeError(ErrorCode::NotFound, "no version " + to.toString() + " in workspace");
    if (from.name != to.name)
        return makeError(ErrorCode::InvalidArgument, "an upgrade stays within one type; " +
                                                         from.toString() + " and " + to.toString() +
                                                         " differ");
    auto node = graph.find(from);
    if (!node)
        return makeError(ErrorCode::NotFound, from.toString() + " is not in the version graph");

    ImpactReport report;
    report.from = from;
    report.to = to;
    report.verdict = checkPair(*a, *b, resolverFor(ws));

    auto tree = graph.dependentTree(*node);
    std::vector<TypeVersionId> affected{from};
    for (NodeIndex d : graph.dependents(*node)) {
        DependentImpact impact = judgeDependent(ws, graph, tree, d, report.verdict, *b);
        if (impact.stillWorks) {
            report.stillWorks.push_back(std::move(impact));
        } else {
            affected.push_back(impact.dependent);
            report.breaks.push_back(std::move(impact));
        }
    }

    collectNodes(ws, affected, to, report);
    collectStores(ws, report);
    return report;
}

} // namespace strata
