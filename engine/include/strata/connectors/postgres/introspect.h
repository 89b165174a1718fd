#pragma once

// Catalog introspection: tables, partitioned tables (the parent only), views and materialized
// views of a database become type versions (DESIGN §9).
//
// What a type version cannot say on its own travels in the field's doc, one line each:
//   "pg.type: character varying(160)"   the column's exact PostgreSQL type, always present
//   "pg.default: nextval('...'::regclass)" a server default that is not a constant
//   "pg.domain: public.year"             the domain the column was declared with
// Constant defaults ('x'::text, 0, true, NULL) become the field's JSON default instead.
// A domain's checks become check constraints named "domain <domain> <check name>".

#include "strata/connectors/postgres/connection.h"

namespace strata::postgres {

inline constexpr const char* kDomainCheckPrefix = "domain ";

enum class RelationKind { Table, PartitionedTable, View, MaterializedView };

struct IntrospectedRelation {
    std::string schema;
    std::string name;
    RelationKind kind = RelationKind::Table;
    TypeVersion version;       // Name-vX.Y.Z with fields and constraints
    long long rowEstimate = 0; // pg_class.reltuples; -1 when never analysed
};

struct IntrospectOptions {
    std::vector<std::string> schemas{"public"};
    SemVer version{1, 0, 0};
    std::vector<std::string> only; // relation names to keep; empty keeps all
};

// Reads every table, partitioned table and view of the given schemas.
Result<std::vector<IntrospectedRelation>> introspect(Connection& conn,
                                                     const IntrospectOptions& options = {});

// Reads one relation ("schema", "name") as a version of `typeName`.
Result<IntrospectedRelation> introspectRelation(Connection& conn, const std::string& schema,
                                                const std::string& name, const TypeVersionId& as);

// The type name introspection gives a relation: "invoice_line" in public, else "sales.orders"
// (as objectName() writes it, so a name with a dot is quoted and names one relation only).
std::string typeNameFor(const std::string& schema, const std::string& relation);

// The value of a "pg.KEY: value" line in a field's doc.
std::optional<std::string> docNote(const Field& field, std::string_view key);

// The PostgreSQL column type of a field: its "pg.type" note, else derived from the data type
// ("string" → text, "decimal(10,2)" → numeric(10,2), "decimal" → numeric, ...).
std::string columnType(const Field& field);

// Maps a PostgreSQL type (format_type text) to the model's data type; unknown types are text.
DataType dataTypeFor(std::string_view formatted);

const char* toString(RelationKind kind);

} // namespace strata::postgres
