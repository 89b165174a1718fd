#include "strata/graph/version_graph.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace strata {

namespace {

// A reference found inside a schema: the field path that holds it and what it names.
struct FoundRef {
    std::string path;
    std::string target;
    std::optional<SemVer> version;
    bool foreignKey = false;
};

// Walks every field type of `schema` with an explicit stack (schemas can nest deeply).
std::vector<FoundRef> collectReferences(const Schema& schema) {
    std::vector<FoundRef> refs;
    std::vector<std::pair<const DataType*, std::string>> stack;
    for (auto it = schema.fields.rbegin(); it != schema.fields.rend(); ++it)
        stack.emplace_back(&it->type, it->name);

    while (!stack.empty()) {
        auto [type, path] = stack.back();
        stack.pop_back();
        switch (type->kind) {
        case TypeKind::Ref:
            refs.push_back({path, type->refTarget, type->refVersion, false});
            break;
        case TypeKind::Array:
            if (!type->items.empty())
                stack.emplace_back(&type->items[0], path + "[]");
            break;
        case TypeKind::Map:
            if (type->items.size() == 2) {
                stack.emplace_back(&type->items[1], path + "{}");
                stack.emplace_back(&type->items[0], path + "{key}");
            }
            break;
        case TypeKind::Struct:
            for (auto it = type->fields.rbegin(); it != type->fields.rend(); ++it)
                stack.emplace_back(&it->type, path + "." + it->name);
            break;
        default:
            break;
        }
    }

    for (const Constraint& c : schema.constraints) {
        if (c.kind != ConstraintKind::ForeignKey)
            continue;
        std::string name = c.name.empty() ? c.refType : c.name;
        refs.push_back({"fk:" + name, c.refType, c.refVersion, true});
    }
    return refs;
}

std::string joinPath(const std::vector<std::string>& path) {
    std::string text;
    for (const std::string& step : path)
        text += (text.empty() ? "" : " -> ") + step;
    return text;
}

} // namespace

const char* toString(EdgeKind kind) {
    switch (kind) {
    case EdgeKind::References:
        return "references";
    case EdgeKind::EvolvesTo:
        return "evolves-to";
    case EdgeKind::Converts:
        return "converts";
    }
    return "?";
}

const char* toString(GraphIssueKind kind) {
    switch (kind) {
    case GraphIssueKind::DanglingReference:
        return "dangling-reference";
    case GraphIssueKind::SelfReference:
        return "self-reference";
    case GraphIssueKind::Cycle:
        return "cycle";
    case GraphIssueKind::TypeCycle:
        return "type-cycle";
    case GraphIssueKind::DanglingConverter:
        return "dangling-converter";
    }
    return "?";
}

VersionGraph VersionGraph::build(const Workspace& ws) {
    VersionGraph g;
    for (const TypeDef& type : ws.types) {
        for (const TypeVersion& v : type.versions) {
            g.m_index.emplace(v.id, NodeIndex(g.m_ids.size()));
            g.m_ids.push_back(v.id);
        }
    }

    for (const TypeDef& type : ws.types) {
        for (size_t i = 0; i < type.versions.size(); ++i) {
            const TypeVersion& v = type.versions[i];
            NodeIndex from = g.m_index.at(v.id);
            if (i + 1 < type.versions.size())
                g.addEdge({from, g.m_index.at(type.versions[i + 1].id), EdgeKind::EvolvesTo});

            for (FoundRef& ref : collectReferences(v.schema)) {
                const TypeVersion* target = ws.resolve(ref.target, ref.version);
                std::string named =
                    ref.target + (ref.version ? "-v" + ref.version->toString() : " (latest)");
                if (!target) {
                    g.m_issues.push_back({GraphIssueKind::DanglingReference,
                                          true,
                                          {v.id.toString(), named},
                                          v.id.toString() + " field '" + ref.path +
                                              "' references " + named + ", which does not exist"});
                    continue;
                }
                NodeIndex to = g.m_index.at(target->id);
                if (to == from) {
                    g.m_issues.push_back(
                        {GraphIssueKind::SelfReference,
                         true,
                         {v.id.toString(), v.id.toString()},
                         v.id.toString() + " field '" + ref.path + "' references its own version"});
                    continue;
                }
                GraphEdge edge{from,     to,           EdgeKind::References,
                               ref.path, !ref.version, ref.foreignKey};
                g.addEdge(std::move(edge));
            }
        }
    }

    for (const Converter& c : ws.converters) {
        auto from = g.find(c.from);
        auto to = g.find(c.to);
        if (!from || !to) {
            g.m_issues.push_back({GraphIssueKind::DanglingConverter,
                                  true,
                                  {c.from.toString(), c.to.toString()},
                                  "converter " + c.from.toString() + " -> " + c.to.toString() +
                                      " names a version that does not exist"});
            continue;
        }
        g.addEdge({*from, *to, EdgeKind::Converts, "converter"});
    }

    g.finishAdjacency();
    g.findCycles();
    g.findTypeCycles();
    return g;
}

std::optional<NodeIndex> VersionGraph::find(const TypeVersionId& id) const {
    auto it = m_index.find(id);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

void VersionGraph::addEdge(GraphEdge edge) {
    m_edges.push_back(std::move(edge));
}

void VersionGraph::finishAdjacency() {
    size_t n = m_ids.size();
    m_outStart.assign(n + 1, 0);
    m_inStart.assign(n + 1, 0);
    for (const GraphEdge& e : m_edges) {
        ++m_outStart[e.from + 1];
        ++m_inStart[e.to + 1];
    }
    for (size_t i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_outList.resize(m_edges.size());
    m_inList.resize(m_edges.size());
    std::vector<uint32_t> outFill(m_outStart.begin(), m_outStart.end() - 1);
    std::vector<uint32_t> inFill(m_inStart.begin(), m_inStart.end() - 1);
    for (uint32_t i = 0; i < m_edges.size(); ++i) {
        m_outList[outFill[m_edges[i].from]++] = i;
        m_inList[inFill[m_edges[i].to]++] = i;
    }
}

std::span<const uint32_t> VersionGraph::outEdges(NodeIndex node) const {
    return {m_outList.data() + m_outStart[node], m_outStart[node + 1] - m_outStart[node]};
}

std::span<const uint32_t> VersionGraph::inEdges(NodeIndex node) const {
    return {m_inList.data() + m_inStart[node], m_inStart[node + 1] - m_inStart[node]};
}

bool VersionGraph::hasErrors() const {
    return std::any_of(m_issues.begin(), m_issues.end(), [](const auto& i) { return i.error; });
}

// Iterative depth-first search over reference edges. A node turns grey *before* its children
// are visited, so a reference back to a grey node is a cycle and is never followed (C17).
void VersionGraph::findCycles() {
    enum : uint8_t { White, Grey, Black };
    std::vector<uint8_t> colour(m_ids.size(), White);
    struct Frame {
        NodeIndex node;
        size_t next;
    };
    std::vector<Frame> stack;
    std::set<std::vector<NodeIndex>> reported;
    constexpr size_t kMaxReported = 100;

    for (NodeIndex root = 0; root < m_ids.size(); ++root) {
        if (colour[root] != White)
            continue;
        colour[root] = Grey;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            Frame& top = stack.back();
            auto out = outEdges(top.node);
            if (top.next == out.size()) {
                colour[top.node] = Black;
                stack.pop_back();
                continue;
            }
            const GraphEdge& e = m_edges[out[top.next++]];
            if (e.kind != EdgeKind::References)
                continue;
            if (colour[e.to] == White) {
                colour[e.to] = Grey;
                stack.push_back({e.to, 0});
                continue;
            }
            if (colour[e.to] != Grey || reported.size() >= kMaxReported)
                continue;

            std::vector<NodeIndex> cycle;
            size_t at = stack.size();
            while (at-- > 0 && stack[at].node != e.to) {
            }
            for (size_t k = at; k < stack.size(); ++k)
                cycle.push_back(stack[k].node);
            // Rotate so the smallest node leads: the same cycle is reported once.
            std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
            if (!reported.insert(cycle).second)
                continue;

            GraphIssue issue{GraphIssueKind::Cycle, true, {}, {}};
            for (NodeIndex n : cycle)
                issue.path.push_back(m_ids[n].toString());
            issue.path.push_back(m_ids[cycle.front()].toString());
            issue.message = "reference cycle " + joinPath(issue.path) +
                            ": records of these versions could never be finite";
            m_issues.push_back(std::move(issue));
        }
    }
}

// The type-level view (versions collapsed per type) may be cyclic while pinned versions are
// not (C17 "pinned"): reported as a warning for impact analysis, once per pair of types.
void VersionGraph::findTypeCycles() {
    std::map<std::string, std::set<std::string>> typeEdges;
    for (const GraphEdge& e : m_edges) {
        if (e.kind == EdgeKind::References && m_ids[e.from].name != m_ids[e.to].name)
            typeEdges[m_ids[e.from].name].insert(m_ids[e.to].name);
    }
    bool versionCycle = std::any_of(m_issues.begin(), m_issues.end(), [](const GraphIssue& i) {
        return i.kind == GraphIssueKind::Cycle;
    });
    if (versionCycle)
        return; // the real cycle is already reported as an error

    enum : uint8_t { White, Grey, Black };
    std::map<std::string, uint8_t> colour;
    for (const auto& [from, tos] : typeEdges) {
        if (colour[from] != White)
            continue;
        std::vector<std::pair<std::string, std::set<std::string>::const_iterator>> stack;
        colour[from] = Grey;
        stack.emplace_back(from, typeEdges[from].begin());
        while (!stack.empty()) {
            auto& [name, it] = stack.back();
            const auto& targets = typeEdges[name];
            if (it == targets.end()) {
                colour[name] = Black;
                stack.pop_back();
                continue;
            }
            const std::string& next = *it++;
            if (colour[next] == White) {
                colour[next] = Grey;
                stack.emplace_back(next, typeEdges[next].begin());
            } else if (colour[next] == Grey) {
                GraphIssue issue{GraphIssueKind::TypeCycle, false, {}, {}};
                size_t at = stack.size();
                while (at-- > 0 && stack[at].first != next) {
                }
                for (size_t k = at; k < stack.size(); ++k)
                    issue.path.push_back(stack[k].first);
                issue.path.push_back(next);
                issue.message = "types reference each other (" + joinPath(issue.path) +
                                "); pinned versions keep the version graph acyclic, but an "
                                "upgrade of one may ripple back to the other";
                m_issues.push_back(std::move(issue));
            }
        }
    }
}

namespace {

std::vector<NodeIndex> reach(const VersionGraph& g, NodeIndex start, bool forward) {
    std::vector<uint8_t> seen(g.nodeCount(), 0);
    std::vector<NodeIndex> order;
    std::deque<NodeIndex> queue{start};
    seen[start] = 1;
    while (!queue.empty()) {
        NodeIndex n = queue.front();
        queue.pop_front();
        for (uint32_t ei : forward ? g.outEdges(n) : g.inEdges(n)) {
            const GraphEdge& e = g.edges()[ei];
            if (e.kind != EdgeKind::References)
                continue;
            NodeIndex next = forward ? e.to : e.from;
            if (seen[next])
                continue;
            seen[next] = 1;
            order.push_back(next);
            queue.push_back(next);
        }
    }
    return order;
}

} // namespace

std::vector<NodeIndex> VersionGraph::dependencies(NodeIndex node) const {
    return reach(*this, node, true);
}

std::vector<NodeIndex> VersionGraph::dependents(NodeIndex node) const {
    return reach(*this, node, false);
}

std::unordered_map<NodeIndex, uint32_t> VersionGraph::dependentTree(NodeIndex node) const {
    std::unordered_map<NodeIndex, uint32_t> via;
    std::deque<NodeIndex> queue{node};
    via.emplace(node, UINT32_MAX);
    while (!queue.empty()) {
        NodeIndex n = queue.front();
        queue.pop_front();
        for (uint32_t ei : inEdges(n)) {
            const GraphEdge& e = m_edges[ei];
            if (e.kind != EdgeKind::References || via.count(e.from))
                continue;
            via.emplace(e.from, ei);
            queue.push_back(e.from);
        }
    }
    via.erase(node);
    return via;
}

std::vector<NodeIndex> findCycleFrom(const VersionGraph& graph, NodeIndex start) {
    std::vector<uint8_t> state(graph.nodeCount(), 0); // 0 new, 1 on stack, 2 done
    std::vector<std::pair<NodeIndex, size_t>> stack{{start, 0}};
    state[start] = 1;
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        auto out = graph.outEdges(node);
        if (next == out.size()) {
            state[node] = 2;
            stack.pop_back();
            continue;
        }
        const GraphEdge& e = graph.edges()[out[next++]];
        if (e.kind != EdgeKind::References)
            continue;
        if (state[e.to] == 1) {
            std::vector<NodeIndex> cycle;
            size_t at = stack.size();
            while (at-- > 0 && stack[at].first != e.to) {
            }
            for (size_t k = at; k < stack.size(); ++k)
                cycle.push_back(stack[k].first);
            cycle.push_back(e.to);
            return cycle;
        }
        if (state[e.to] == 0) {
            state[e.to] = 1;
            stack.emplace_back(e.to, 0);
        }
    }
    return {};
}

} // namespace strata
