#pragma once

// What a copy migration carries from the source table to the new one beyond the type version:
// secondary indexes, triggers, and foreign keys of other tables that reference the source,
// read from the catalog and rewritten for the new table and the converter chain's renames.

#include "strata/connectors/postgres/connection.h"
#include "strata/convert/conversion_path.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace strata::postgres::detail {

// Source column names the converter chain renames (old → new) or drops.
struct ColumnRenames {
    std::map<std::string, std::string> renamed;
    std::set<std::string> dropped;
};

// The top-level renames and drops of `path`, composed across its hops.
ColumnRenames columnRenames(const ConversionPath& path, const TypeVersion& source);

// `sql` with every identifier naming a renamed column replaced by the new (quoted) name;
// string literals are left alone. `usesDropped` says whether a dropped column appears.
std::string renameIdentifiers(std::string_view sql, const ColumnRenames& renames,
                              bool& usesDropped);

struct CatalogObject {
    std::string owner; // inbound keys: the referencing table (as regclass text)
    std::string name;
    std::string definition; // pg_get_indexdef / pg_get_triggerdef / pg_get_constraintdef
};

struct TableExtras {
    std::vector<CatalogObject> indexes;     // not backing a constraint
    std::vector<CatalogObject> triggers;    // user triggers
    std::vector<CatalogObject> inboundKeys; // foreign keys of other tables referencing it
};

// Reads the extras of schema.table from the catalog, ordered by name.
Result<TableExtras> readTableExtras(Connection& conn, const std::string& schema,
                                    const std::string& table);

// The statements that carry `extras` over. Indexes are created in the expand transaction under
// `newSuffix` names; at the switch the old table's indexes take `oldSuffix`, the new ones their
// names, the triggers are created on the new table (so the copy does not fire them) and inbound
// keys are dropped and re-added against it.
struct CarryOver {
    std::vector<std::pair<std::string, std::string>> expand; // title, SQL
    std::vector<std::string> switchStatements;
    std::vector<std::string> notes;
};
CarryOver carryOver(const TableExtras& extras, const ColumnRenames& renames,
                    const std::string& schema, const std::string& table,
                    const std::string& newTable, const std::string& newSuffix,
                    const std::string& oldSuffix);

} // namespace strata::postgres::detail
