#include "strata/connectors/postgres/introspect.h"

#include "copy_text.h"

#include <map>
#include <regex>
#include <set>

namespace strata::postgres {
using detail::textArray;
namespace {

// Columns of every user relation in the requested schemas, partitions excluded (their parent
// stands for them). Domains resolve to their base type; arrays report their element type.
constexpr const char* kColumnsSql = R"SQL(
SELECT n.nspname, c.relname, c.relkind, c.reltuples::bigint, a.attname,
       format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
       t.typtype, CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
       CASE WHEN t.typtype = 'd' THEN format_type(a.atttypid, NULL) END,
       col_description(c.oid, a.attnum), a.attnum
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
  AND ($2::text[] IS NULL OR c.relname = ANY($2::text[]))
ORDER BY n.nspname, c.relname, a.attnum
)SQL";

// Enum types by their format_type name, labels in sort order.
constexpr const char* kEnumsSql = R"SQL(
SELECT format_type(t.oid, NULL), t.typname,
       array_to_json(array_agg(e.enumlabel ORDER BY e.enumsortorder))::text
FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.oid, t.typname
)SQL";

// Checks declared on domains, by the domain's format_type name.
constexpr const char* kDomainChecksSql = R"SQL(
SELECT format_type(t.oid, NULL), co.conname, pg_get_constraintdef(co.oid)
FROM pg_type t JOIN pg_constraint co ON co.contypid = t.oid
WHERE t.typtype = 'd' AND co.contype = 'c' ORDER BY 1, 2
)SQL";

constexpr const char* kConstraintsSql = R"SQL(
SELECT n.nspname, c.relname, co.contype, co.conname,
       array_to_json(ARRAY(SELECT a.attname FROM unnest(co.conkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.num
             ORDER BY k.ord))::text,
       rn.nspname, rc.relname,
       array_to_json(ARRAY(SELECT a.attname FROM unnest(co.confkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.num
             ORDER BY k.ord))::text,
       pg_get_constraintdef(co.oid)
FROM pg_constraint co
JOIN pg_class c ON c.oid = co.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = co.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE n.nspname = ANY($1::text[]) AND co.contype IN ('p', 'u', 'f', 'c') AND NOT c.relispartition
  AND ($2::text[] IS NULL OR c.relname = ANY($2::text[]))
ORDER BY n.nspname, c.relname, co.contype, co.conname
)SQL";

RelationKind relationKind(std::string_view relkind) {
    if (relkind == "p")
        return RelationKind::PartitionedTable;
    if (relkind == "v")
        return RelationKind::View;
    if (relkind == "m")
        return RelationKind::MaterializedView;
    return RelationKind::Table;
}

// A constant default becomes a JSON default; anything else stays a server default.
std::optional<Json> constantDefault(const std::string& expr, const DataType& type) {
    static const std::regex quoted(R"(^'((?:[^']|'')*)'(?:::[\w\s."]+(?:\(\d+(?:,\d+)?\))?)?$)");
    static const std::regex number(
        R"(^\(?(-?\d+(?:\.\d+)?)\)?(?:::[\w\s]+(?:\(\d+(?:,\d+)?\))?)?$)");
    std::smatch m;
    if (expr.rfind("NULL", 0) == 0)
        return Json(nullptr);
    if (type.kind == TypeKind::Bool && (expr == "true" || expr == "false"))
        return Json(expr == "true");
    if (std::regex_match(expr, m, number)) {
        std::string digits = m[1];
        if (type.kind == TypeKind::Decimal)
            return Json(digits);
        if (type.kind == TypeKind::Int32 || type.kind == TypeKind::Int64)
            return digits.find('.') == std::string::npos ? Json(std::stoll(digits))
                                                         : std::optional<Json>();
        if (type.kind == TypeKind::Float32 || type.kind == TypeKind::Float64)
            return Json(std::stod(digits));
    }
    if (std::regex_match(expr, m, quoted)) {
        std::string value = std::regex_replace(std::string(m[1]), std::regex("''"), "'");
        Json j(value);
        if (type.kind == TypeKind::Enum || type.kind == TypeKind::String ||
            isValidValue(type, false, j))
            return j;
    }
    return std::nullopt;
}

struct Catalog {
    std::map<std::string, std::pair<std::string, std::vector<std::string>>> enums;
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> domainChecks;
};

Result<Catalog> readCatalog(Connection& conn) {
    Catalog cat;
    auto enums = conn.query(kEnumsSql);
    if (!enums)
        return enums.error();
    for (int r = 0; r < enums->rows(); ++r)
        cat.enums[enums->get(r, 0)] = {
            enums->get(r, 1), Json::parse(enums->get(r, 2)).get<std::vector<std::string>>()};
    auto checks = conn.query(kDomainChecksSql);
    if (!checks)
        return checks.error();
    for (int r = 0; r < checks->rows(); ++r)
        cat.domainChecks[checks->get(r, 0)].emplace_back(checks->get(r, 1), checks->get(r, 2));
    return cat;
}

DataType resolveType(const Catalog& cat, const std::string& formatted) {
    if (formatted.size() > 2 && formatted.ends_with("[]"))
        return DataType::array(resolveType(cat, formatted.substr(0, formatted.size() - 2)));
    auto e = cat.enums.find(formatted);
    if (e != cat.enums.end()) {
        DataType t;
        t.kind = TypeKind::Enum;
        t.name = e->second.first;
        t.symbols = e->second.second;
        return t;
    }
    return dataTypeFor(formatted);
}

Field readField(const Catalog& cat, const QueryResult& q, int r, std::vector<Constraint>& extra) {
    Field f;
    f.name = q.get(r, 4);
    std::string formatted = q.get(r, 5);
    std::string domain = q.get(r, 10);
    std::string base = q.isNull(r, 9) ? formatted : q.get(r, 9);
    f.type = resolveType(cat, base);
    f.nullable = q.get(r, 6) != "t";
    std::vector<std::string> doc;
    if (!q.isNull(r, 11))
        doc.push_back(q.get(r, 11));
    doc.push_back("pg.type: " + formatted);
    if (!domain.empty()) {
        doc.push_back("pg.domain: " + domain);
        auto checks = cat.domainChecks.find(domain);
        if (checks != cat.domainChecks.end())
            for (const auto& [name, def] : checks->second)
                extra.push_back({ConstraintKind::Check,
                                 kDomainCheckPrefix + domain + " " + name,
                                 {f.name},
                                 {},
                                 {},
                                 {},
                                 def});
    }
    if (!q.isNull(r, 7)) {
        std::string expr = q.get(r, 7);
        if (auto constant = constantDefault(expr, f.type);
            constant && isValidValue(f.type, true, *constant))
            f.defaultValue = *constant;
        else
            doc.push_back("pg.default: " + expr);
    }
    for (size_t i = 0; i < doc.size(); ++i)
        f.doc += (i ? "\n" : "") + doc[i];
    return f;
}

Constraint readConstraint(const QueryResult& q, int r) {
    Constraint c;
    std::string type = q.get(r, 2);
    c.kind = type == "p"   ? ConstraintKind::PrimaryKey
             : type == "u" ? ConstraintKind::Unique
             : type == "f" ? ConstraintKind::ForeignKey
                           : ConstraintKind::Check;
    c.name = q.get(r, 3);
    c.columns = Json::parse(q.get(r, 4)).get<std::vector<std::string>>();
    if (c.kind == ConstraintKind::ForeignKey) {
        c.refType = typeNameFor(q.get(r, 5), q.get(r, 6));
        c.refColumns = Json::parse(q.get(r, 7)).get<std::vector<std::string>>();
    }
    if (c.kind == ConstraintKind::Check)
        c.expression = q.get(r, 8);
    return c;
}

} // namespace

const char* toString(RelationKind kind) {
    switch (kind) {
    case RelationKind::Table:
        return "table";
    case RelationKind::PartitionedTable:
        return "partitioned table";
    case RelationKind::View:
        return "view";
    case RelationKind::MaterializedView:
        return "materialized view";
    }
    return "?";
}

std::string typeNameFor(const std::string& schema, const std::string& relation) {
    // a public relation with a dot would read as another schema's relation: qualify it
    if (schema == "public" && !relation.empty() && relation.find('.') == std::string::npos)
        return relation;
    return objectName(schema, relation);
}

DataType dataTypeFor(std::string_view formatted) {
    std::string t(formatted);
    if (t.ends_with("[]"))
        return DataType::array(dataTypeFor(t.substr(0, t.size() - 2)));
    if (t == "smallint" || t == "integer")
        return DataType::primitive(TypeKind::Int32);
    if (t == "bigint")
        return DataType::primitive(TypeKind::Int64);
    if (t == "real")
        return DataType::primitive(TypeKind::Float32);
    if (t == "double precision")
        return DataType::primitive(TypeKind::Float64);
    if (t == "boolean")
        return DataType::primitive(TypeKind::Bool);
    if (t == "bytea")
        return DataType::primitive(TypeKind::Bytes);
    if (t == "date")
        return DataType::primitive(TypeKind::Date);
    if (t.rfind("timestamp", 0) == 0)
        return DataType::primitive(t.find("with time zone") != std::string::npos &&
                                           t.find("without") == std::string::npos
                                       ? TypeKind::TimestampTz
                                       : TypeKind::Timestamp);
    if (t == "uuid")
        return DataType::primitive(TypeKind::Uuid);
    if (t == "json" || t == "jsonb")
        return DataType::primitive(TypeKind::JsonValue);
    int p = 0, s = 0;
    if (t == "numeric")
        return DataType::decimal(0, 0);
    if (std::sscanf(t.c_str(), "numeric(%d,%d)", &p, &s) == 2)
        return DataType::decimal(p, s);
    return DataType::primitive(TypeKind::String);
}

std::optional<std::string> docNote(const Field& field, std::string_view key) {
    std::string prefix = std::string(key) + ": ";
    size_t start = 0;
    while (start <= field.doc.size()) {
        size_t end = field.doc.find('\n', start);
        std::string_view line(field.doc.data() + start,
                              (end == std::string::npos ? field.doc.size() : end) - start);
        if (line.rfind(prefix, 0) == 0)
            return std::string(line.substr(prefix.size()));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return std::nullopt;
}

namespace {

std::string derivedColumnType(const DataType& t) {
    switch (t.kind) {
    case TypeKind::Bool:
        return "boolean";
    case TypeKind::Int32:
        return "integer";
    case TypeKind::Int64:
        return "bigint";
    case TypeKind::Float32:
        return "real";
    case TypeKind::Float64:
        return "double precision";
    case TypeKind::Decimal:
        return t.precision == 0
                   ? "numeric"
                   : "numeric(" + std::to_string(t.precision) + "," + std::to_string(t.scale) + ")";
    case TypeKind::Bytes:
        return "bytea";
    case TypeKind::Date:
        return "date";
    case TypeKind::Timestamp:
        return "timestamp without time zone";
    case TypeKind::TimestampTz:
        return "timestamp with time zone";
    case TypeKind::Uuid:
        return "uuid";
    case TypeKind::JsonValue:
        return "jsonb";
    case TypeKind::Array:
        return derivedColumnType(t.element()) + "[]";
    case TypeKind::Enum:
        return quoteIdent(t.name);
    default:
        return "text";
    }
}

} // namespace

std::string columnType(const Field& field) {
    if (auto native = docNote(field, "pg.type");
        native && dataTypeFor(*native).kind == field.type.kind)
        return *native;
    if (auto native = docNote(field, "pg.type");
        native && (field.type.kind == TypeKind::Enum || docNote(field, "pg.domain") == native))
        return *native;
    return derivedColumnType(field.type);
}

Result<std::vector<IntrospectedRelation>> introspect(Connection& conn,
                                                     const IntrospectOptions& options) {
    Result<Catalog> cat = readCatalog(conn);
    if (!cat)
        return cat.error();
    Params params{textArray(options.schemas),
                  options.only.empty() ? Param() : Param(textArray(options.only))};
    auto columns = conn.query(kColumnsSql, params);
    if (!columns)
        return columns.error();
    auto constraints = conn.query(kConstraintsSql, params);
    if (!constraints)
        return constraints.error();

    std::vector<IntrospectedRelation> out;
    std::map<std::pair<std::string, std::string>, size_t> index;
    for (int r = 0; r < columns->rows(); ++r) {
        auto key = std::make_pair(columns->get(r, 0), columns->get(r, 1));
        auto [it, fresh] = index.try_emplace(key, out.size());
        if (fresh) {
            IntrospectedRelation rel;
            rel.schema = key.first;
            rel.name = key.second;
            rel.kind = relationKind(columns->text(r, 2));
            rel.rowEstimate = std::stoll(columns->get(r, 3, "0"));
            rel.version.id = {typeNameFor(rel.schema, rel.name), options.version};
            rel.version.doc = std::string("PostgreSQL ") + toString(rel.kind) + " " +
                              qualified(rel.schema, rel.name);
            out.push_back(std::move(rel));
        }
        IntrospectedRelation& rel = out[it->second];
        rel.version.schema.fields.push_back(
            readField(*cat, *columns, r, rel.version.schema.constraints));
    }
    for (int r = 0; r < constraints->rows(); ++r) {
        auto it = index.find({constraints->get(r, 0), constraints->get(r, 1)});
        if (it != index.end())
            out[it->second].version.schema.constraints.push_back(readConstraint(*constraints, r));
    }
    return out;
}

Result<IntrospectedRelation> introspectRelation(Connection& conn, const std::string& schema,
                                                const std::string& name, const TypeVersionId& as) {
    IntrospectOptions options;
    options.schemas = {schema};
    options.only = {name};
    options.version = as.version;
    auto all = introspect(conn, options);
    if (!all)
        return all.error();
    if (all->empty())
        return makeError(ErrorCode::NotFound, "no such table or view", qualified(schema, name));
    IntrospectedRelation rel = std::move(all->front());
    rel.version.id = as;
    return rel;
}

} // namespace strata::postgres
