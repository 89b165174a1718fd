#include "strata/connectors/postgres/inventory.h"

#include <map>

namespace strata::postgres {

Status ensureInventoryTable(Connection& conn) {
    return conn.execute(R"SQL(
CREATE SCHEMA IF NOT EXISTS strata;
CREATE TABLE IF NOT EXISTS strata.node_inventory (
    cluster      text NOT NULL,
    node         text NOT NULL,
    role         text NOT NULL CHECK (role IN ('reader', 'writer', 'both')),
    type_name    text NOT NULL,
    min_version  text NOT NULL,
    max_version  text NOT NULL,
    announced_at timestamptz NOT NULL DEFAULT now(),
    ttl_seconds  integer NOT NULL DEFAULT 60 CHECK (ttl_seconds > 0),
    PRIMARY KEY (cluster, node, type_name)
))SQL");
}

Status announceNode(Connection& conn, const std::string& cluster, const ClusterNode& node,
                    int ttlSeconds) {
    for (const auto& [type, range] : node.supports) {
        Status s = conn.execute(
            "INSERT INTO strata.node_inventory (cluster, node, role, type_name, min_version, "
            "max_version, announced_at, ttl_seconds) VALUES ($1, $2, $3, $4, $5, $6, now(), $7) "
            "ON CONFLICT (cluster, node, type_name) DO UPDATE SET role = EXCLUDED.role, "
            "min_version = EXCLUDED.min_version, max_version = EXCLUDED.max_version, "
            "announced_at = now(), ttl_seconds = EXCLUDED.ttl_seconds",
            {cluster, node.name, std::string(toString(node.role)), type, range.min.toString(),
             range.max.toString(), std::to_string(ttlSeconds)});
        if (!s)
            return s;
    }
    return {};
}

namespace {

Result<NodeRole> parseRole(const std::string& text) {
    if (text == "reader")
        return NodeRole::Reader;
    if (text == "writer")
        return NodeRole::Writer;
    if (text == "both")
        return NodeRole::Both;
    return makeError(ErrorCode::Schema, "unknown role '" + text + "'");
}

} // namespace

Result<Cluster> readInventory(Connection& conn, const std::string& cluster) {
    auto rows = conn.query("SELECT node, role, type_name, min_version, max_version, "
                           "announced_at + ttl_seconds * interval '1 second' > now() "
                           "FROM strata.node_inventory WHERE cluster = $1 ORDER BY node, type_name",
                           {cluster});
    if (!rows)
        return rows.error();
    Cluster out;
    out.name = cluster;
    std::map<std::string, size_t> index;
    for (int r = 0; r < rows->rows(); ++r) {
        std::string where =
            "strata.node_inventory " + cluster + "/" + rows->get(r, 0) + "/" + rows->get(r, 2);
        auto role = parseRole(rows->get(r, 1));
        auto min = SemVer::parse(rows->get(r, 3));
        auto max = SemVer::parse(rows->get(r, 4));
        if (!role || !min || !max)
            return makeError(ErrorCode::Schema,
                             !role ? role.error().message
                                   : (!min ? min.error().message : max.error().message),
                             where);
        auto [it, fresh] = index.try_emplace(rows->get(r, 0), out.nodes.size());
        if (fresh) {
            out.nodes.push_back({rows->get(r, 0), *role, false, {}});
        }
        ClusterNode& node = out.nodes[it->second];
        node.live = node.live || rows->get(r, 5) == "t";
        node.supports[rows->get(r, 2)] = {*min, *max};
    }
    if (out.nodes.empty())
        return makeError(ErrorCode::NotFound, "no node announced this cluster",
                         "strata.node_inventory");
    return out;
}

} // namespace strata::postgres
