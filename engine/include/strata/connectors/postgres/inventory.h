#pragma once

// The live node inventory (DESIGN §6): application nodes announce, per type, the range of
// versions they support in the table strata.node_inventory; the console and stratactl read it
// into a Cluster. Schema (docs/postgres.md):
//
//   cluster text, node text, role text ('reader'|'writer'|'both'), type_name text,
//   min_version text, max_version text, announced_at timestamptz, ttl_seconds integer,
//   PRIMARY KEY (cluster, node, type_name)
//
// A node is live while announced_at + ttl_seconds lies in the future for any of its rows.

#include "strata/connectors/postgres/connection.h"

namespace strata::postgres {

// Creates the strata schema and the inventory table when they do not exist.
Status ensureInventoryTable(Connection& conn);

// Inserts or refreshes `node`'s rows for `cluster` (one per supported type) with a time to live.
Status announceNode(Connection& conn, const std::string& cluster, const ClusterNode& node,
                    int ttlSeconds = 60);

// The cluster as the inventory table describes it now; NotFound when no node announced it.
Result<Cluster> readInventory(Connection& conn, const std::string& cluster);

} // namespace strata::postgres
