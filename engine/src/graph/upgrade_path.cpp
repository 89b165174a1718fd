#include "strata/graph/impact.h"

#include <map>
#include <queue>
#include <set>

namespace strata {

uint64_t riskCost(HopRisk risk) {
    switch (risk) {
    case HopRisk::Full:
        return 1;
    case HopRisk::ReadOnly:
        return 1'000;
    case HopRisk::Converter:
        return 1'000;
    case HopRisk::WriteOnly:
        return 1'000'000;
    case HopRisk::Incompatible:
        return 1'000'000'000;
    }
    return 0;
}

const char* toString(HopRisk risk) {
    switch (risk) {
    case HopRisk::Full:
        return "full";
    case HopRisk::ReadOnly:
        return "read-only";
    case HopRisk::WriteOnly:
        return "write-only";
    case HopRisk::Incompatible:
        return "incompatible";
    case HopRisk::Converter:
        return "converter";
    }
    return "?";
}

namespace {

// Dijkstra over versions; edges are computed lazily when a version is settled, and verdicts
// are memoised, so a query only pays for the versions it actually reaches.
class PathSearch {
public:
    PathSearch(const Workspace& ws, const TypeVersionId& target)
        : m_ws(ws)
        , m_target(target)
        , m_refs(resolverFor(ws)) {}

    UpgradePath run(const TypeVersionId& start);

private:
    struct Label {
        uint64_t cost = UINT64_MAX;
        std::optional<UpgradeHop> hop; // the hop that reached this version
    };

    const Workspace& m_ws;
    TypeVersionId m_target;
    RefResolver m_refs;
    std::map<TypeVersionId, Label> m_labels;

    std::vector<UpgradeHop> hopsFrom(const TypeVersionId& at);
    UpgradeHop versionHop(const TypeVersion& a, const TypeVersion& b);
    bool hasConverterAt(const TypeVersionId& id) const;
};

// Risk from the two resolutions alone; the full verdict (with counter-examples) is computed
// only for the hops of the chosen path.
UpgradeHop PathSearch::versionHop(const TypeVersion& a, const TypeVersion& b) {
    // Moving data from a to b: b must read a (forward); a reading b is the way back.
    Resolution forward = resolveSchemas(b.schema, a.schema, Direction::Read, m_refs);
    Resolution backward = resolveSchemas(a.schema, b.schema, Direction::Write, m_refs);
    HopRisk risk = forward.compatible && backward.compatible ? HopRisk::Full
                   : forward.compatible                      ? HopRisk::ReadOnly
                   : backward.compatible                     ? HopRisk::WriteOnly
                                                             : HopRisk::Incompatible;
    uint64_t cost = riskCost(risk) + (forward.compatible && forward.lossy ? 1 : 0);
    return {a.id, b.id, risk, std::nullopt, cost};
}

bool PathSearch::hasConverterAt(const TypeVersionId& id) const {
    for (const Converter& c : m_ws.converters) {
        if (c.from == id)
            return true;
    }
    return false;
}

std::vector<UpgradeHop> PathSearch::hopsFrom(const TypeVersionId& at) {
    std::vector<UpgradeHop> hops;
    const TypeVersion* here = m_ws.findVersion(at);
    const TypeDef* type = m_ws.findType(at.name);
    bool targetType = at.name == m_target.name;
    for (const TypeVersion& v : type->versions) {
        if (v.id == at)
            continue;
        bool towards = at.version < m_target.version
                           ? at.version < v.id.version && v.id.version <= m_target.version
                           : m_target.version <= v.id.version && v.id.version < at.version;
        // Outside the target's type, only move to where a converter leaves the type.
        bool useful = targetType ? towards : hasConverterAt(v.id);
        if (useful)
            hops.push_back(versionHop(*here, v));
    }
    for (const Converter& c : m_ws.converters) {
        if (c.from != at || !m_ws.findVersion(c.to))
            continue;
        hops.push_back(
            {c.from, c.to, HopRisk::Converter, std::nullopt, riskCost(HopRisk::Converter)});
    }
    return hops;
}

UpgradePath PathSearch::run(const TypeVersionId& start) {
    using Entry = std::pair<uint64_t, TypeVersionId>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    m_labels[start].cost = 0;
    queue.emplace(0, start);
    std::set<TypeVersionId> settled;

    while (!queue.empty()) {
        auto [cost, at] = queue.top();
        queue.pop();
        if (!settled.insert(at).second)
            continue;
        if (at == m_target)
            break;
        for (UpgradeHop& hop : hopsFrom(at)) {
            uint64_t next = cost + hop.cost;
            Label& label = m_labels[hop.to];
            if (next >= label.cost)
                continue;
            label.cost = next;
            TypeVersionId to = hop.to;
            label.hop = std::move(hop);
            queue.emplace(next, to);
        }
    }

    UpgradePath path;
    auto it = m_labels.find(m_target);
    if (it == m_labels.end() || it->second.cost == UINT64_MAX) {
        path.reason = start.name == m_target.name
                          ? "no route between " + start.toString() + " and " + m_target.toString()
                          : start.name + " and " + m_target.name +
                                " are different types and no chain of converters connects " +
                                start.toString() + " to " + m_target.toString();
        return path;
    }
    path.found = true;
    path.totalCost = it->second.cost;
    for (TypeVersionId at = m_target; at != start;) {
        UpgradeHop hop = *m_labels[at].hop;
        at = hop.from;
        const TypeVersion* a = m_ws.findVersion(hop.from);
        const TypeVersion* b = m_ws.findVersion(hop.to);
        if (hop.risk != HopRisk::Converter) {
            hop.verdict = a->id.version < b->id.version ? checkPair(*a, *b, m_refs)
                                                        : checkPair(*b, *a, m_refs);
        }
        path.hops.insert(path.hops.begin(), std::move(hop));
    }
    return path;
}

} // namespace

Result<UpgradePath> bestUpgradePath(const Workspace& ws, const TypeVersionId& from,
                                    const TypeVersionId& to) {
    if (!ws.findVersion(from))
        return makeError(ErrorCode::NotFound, "no version " + from.toString() + " in workspace");
    if (!ws.findVersion(to))
        return makeError(ErrorCode::NotFound, "no version " + to.toString() + " in workspace");
    PathSearch search(ws, to);
    return search.run(from);
}

} // namespace strata
