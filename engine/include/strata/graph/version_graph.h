#pragma once

// The version graph of DESIGN §5: one node per type version, with *references* edges (ref
// fields anywhere inside a schema, foreign keys) and *evolves-to* edges (successive versions of
// a type, explicit converters). Building never recurses and never loops: malformed input
// (dangling references, self references, cycles) becomes issues on the graph.

#include "strata/model/workspace.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace strata {

using NodeIndex = uint32_t;

enum class EdgeKind {
    References, // `from` holds data of `to` (a ref field) or points at it (a foreign key)
    EvolvesTo,  // `to` is the next version of the same type
    Converts,   // an explicit converter turns `from` records into `to` records
};

struct GraphEdge {
    NodeIndex from = 0;
    NodeIndex to = 0;
    EdgeKind kind = EdgeKind::References;
    std::string via;       // References: field path ("lines[].product") or "fk:<name>"
    bool floating = false; // References: the ref names no version and resolved to the latest
    bool foreignKey = false;
};

enum class GraphIssueKind {
    DanglingReference, // a ref or foreign key names a type version that does not exist
    SelfReference,     // a version references itself
    Cycle,             // a reference cycle between versions: data can never be finite
    TypeCycle,         // types reference each other, but pinned versions keep it acyclic
    DanglingConverter, // a converter names a version that does not exist
};

struct GraphIssue {
    GraphIssueKind kind = GraphIssueKind::Cycle;
    bool error = true;             // TypeCycle is a warning, everything else an error
    std::vector<std::string> path; // the cycle (first element repeated last) or [from, to]
    std::string message;           // one sentence naming the versions involved
};

class VersionGraph {
public:
    // Builds the graph of every version in `ws`; never fails, malformed parts become issues.
    static VersionGraph build(const Workspace& ws);

    size_t nodeCount() const { return m_ids.size(); }
    const TypeVersionId& id(NodeIndex node) const { return m_ids[node]; }
    std::optional<NodeIndex> find(const TypeVersionId& id) const;

    const std::vector<GraphEdge>& edges() const { return m_edges; }
    // Indices into edges() of the edges leaving / entering `node`.
    std::span<const uint32_t> outEdges(NodeIndex node) const;
    std::span<const uint32_t> inEdges(NodeIndex node) const;

    const std::vector<GraphIssue>& issues() const { return m_issues; }
    bool hasErrors() const;

    // Every version `node` references, directly or transitively, nearest first.
    std::vector<NodeIndex> dependencies(NodeIndex node) const;
    // Every version that references `node`, directly or transitively, nearest first.
    std::vector<NodeIndex> dependents(NodeIndex node) const;

    // For each transitive dependent, the reference edge through which it was reached (the
    // edge's `to` is one step closer to `node`); used to explain the chain of references.
    std::unordered_map<NodeIndex, uint32_t> dependentTree(NodeIndex node) const;

private:
    std::vector<TypeVersionId> m_ids;
    std::unordered_map<TypeVersionId, NodeIndex> m_index;
    std::vector<GraphEdge> m_edges;
    std::vector<uint32_t> m_outStart, m_outList, m_inStart, m_inList; // CSR adjacency
    std::vector<GraphIssue> m_issues;

    void addEdge(GraphEdge edge);
    void finishAdjacency();
    void findCycles();
    void findTypeCycles();
};

const char* toString(EdgeKind kind);
const char* toString(GraphIssueKind kind);

// Finds one cycle through reference edges starting from `start`, iteratively; empty if none.
// Exposed for tests and for registration checks of a single new version.
std::vector<NodeIndex> findCycleFrom(const VersionGraph& graph, NodeIndex start);

} // namespace strata
