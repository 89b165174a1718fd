#include "strata/connectors/postgres/plan.h"

#include "strata/connectors/postgres/introspect.h"
#include "table_extras.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace strata::postgres {
namespace {

// A PostgreSQL column type reduced to what the in-place rules compare.
struct Native {
    enum Kind { Int, Text, Numeric, Float, Other } kind = Other;
    int width = 0;     // Int: 2, 4, 8; Float: 4, 8
    int length = 0;    // Text: varchar(n) length, 0 unbounded
    int precision = 0; // Numeric: 0 unconstrained
    int scale = 0;
    std::string text;
};

Native parseNative(const std::string& t) {
    Native n;
    n.text = t;
    int a = 0, b = 0;
    if (t == "smallint" || t == "integer" || t == "bigint") {
        n.kind = Native::Int;
        n.width = t == "smallint" ? 2 : t == "integer" ? 4 : 8;
    } else if (t == "text" || t == "character varying") {
        n.kind = Native::Text;
    } else if (std::sscanf(t.c_str(), "character varying(%d)", &a) == 1) {
        n.kind = Native::Text;
        n.length = a;
    } else if (t == "numeric") {
        n.kind = Native::Numeric;
    } else if (std::sscanf(t.c_str(), "numeric(%d,%d)", &a, &b) == 2) {
        n.kind = Native::Numeric;
        n.precision = a;
        n.scale = b;
    } else if (t == "real" || t == "double precision") {
        n.kind = Native::Float;
        n.width = t == "real" ? 4 : 8;
    }
    return n;
}

enum class TypeChange { Same, Widen, Narrow, Other };

struct ChangeCheck {
    TypeChange change = TypeChange::Same;
    std::string why;
    // pre-scan predicates on the column "c" with one bound value, each with its reason
    std::vector<std::tuple<std::string, std::string, std::string>> scans;
};

ChangeCheck classify(const Native& a, const Native& b) {
    ChangeCheck c;
    if (a.text == b.text)
        return c;
    c.change = TypeChange::Other;
    if (a.kind == Native::Int && b.kind == Native::Int && b.width >= a.width)
        c.change = TypeChange::Widen;
    else if (a.kind == Native::Float && b.kind == Native::Float && b.width >= a.width)
        c.change = TypeChange::Widen;
    else if (a.kind == Native::Int && a.width <= 4 && b.kind == Native::Float && b.width == 8)
        c.change = TypeChange::Widen;
    else if (a.kind == Native::Text && b.kind == Native::Text) {
        if (b.length == 0 || (a.length != 0 && b.length >= a.length)) {
            c.change = TypeChange::Widen;
        } else {
            c.change = TypeChange::Narrow;
            c.why = "length limit lowered to " + std::to_string(b.length);
            c.scans.emplace_back("char_length({c}) > CAST($1 AS integer)", std::to_string(b.length),
                                 "longer than " + std::to_string(b.length) + " characters");
        }
    } else if (a.kind == Native::Int && b.kind == Native::Numeric) {
        int digits = a.width == 2 ? 5 : a.width == 4 ? 10 : 19;
        c.change = b.precision == 0 || b.precision - b.scale >= digits ? TypeChange::Widen
                                                                       : TypeChange::Other;
    } else if (a.kind == Native::Numeric && b.kind == Native::Numeric) {
        if (b.precision == 0) {
            c.change = TypeChange::Widen; // C21: unconstrained numeric keeps every value
        } else {
            int aInt = a.precision == 0 ? 1000 : a.precision - a.scale;
            int aScale = a.precision == 0 ? 1000 : a.scale;
            int bInt = b.precision - b.scale;
            c.change = TypeChange::Widen;
            if (bInt < aInt) {
                c.change = TypeChange::Narrow;
                c.why = "integer digits cut from " +
                        (a.precision ? std::to_string(aInt) : "unlimited") + " to " +
                        std::to_string(bInt);
                c.scans.emplace_back("abs({c}) >= CAST($1 AS numeric)",
                                     "1" + std::string(size_t(bInt), '0'),
                                     "needs more than " + std::to_string(bInt) + " integer digits");
            }
            if (b.scale < aScale) {
                c.change = TypeChange::Narrow;
                c.why += std::string(c.why.empty() ? "" : "; ") + "scale cut to " +
                         std::to_string(b.scale);
                c.scans.emplace_back(
                    "{c} <> round({c}, CAST($1 AS integer))", std::to_string(b.scale),
                    "has more than " + std::to_string(b.scale) + " fractional digits");
            }
        }
    }
    return c;
}

std::string hex64(uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

std::string versionSuffix(const SemVer& v) {
    return "v" + std::to_string(v.major) + "_" + std::to_string(v.minor) + "_" +
           std::to_string(v.patch);
}

const Constraint* primaryKey(const Schema& s) {
    for (const Constraint& c : s.constraints)
        if (c.kind == ConstraintKind::PrimaryKey)
            return &c;
    return nullptr;
}

// The key that orders batches: the primary key, else a unique key over NOT NULL columns.
std::vector<std::string> batchKey(const Schema& s) {
    if (const Constraint* pk = primaryKey(s))
        return pk->columns;
    for (const Constraint& c : s.constraints) {
        if (c.kind != ConstraintKind::Unique)
            continue;
        bool notNull = std::all_of(c.columns.begin(), c.columns.end(), [&](const std::string& col) {
            const Field* f = s.findField(col);
            return f && !f->nullable;
        });
        if (notNull)
            return c.columns;
    }
    return {};
}

std::string columnList(const std::vector<std::string>& columns, const std::string& prefix = {}) {
    std::string out;
    for (size_t i = 0; i < columns.size(); ++i)
        out += (i ? ", " : "") + prefix + quoteIdent(columns[i]);
    return out;
}

// DDL cannot bind parameters: defaults in DDL are escaped literals cast to the column type.
Result<std::string> defaultClause(Connection* conn, const Field& f) {
    if (auto server = docNote(f, "pg.default"))
        return " DEFAULT " + *server;
    if (!f.defaultValue || f.defaultValue->is_null())
        return std::string();
    const Json& v = *f.defaultValue;
    std::string text = v.is_string()    ? v.get<std::string>()
                       : v.is_boolean() ? (v.get<bool>() ? "true" : "false")
                                        : v.dump();
    std::string lit;
    if (conn) {
        auto escaped = conn->literal(text);
        if (!escaped)
            return escaped.error();
        lit = *escaped;
    } else {
        lit = "'";
        for (char c : text)
            lit += c == '\'' ? std::string("''") : std::string(1, c);
        lit += "'"; // standard_conforming_strings: only quotes need doubling
    }
    return " DEFAULT CAST(" + lit + " AS " + columnType(f) + ")";
}

// A type no PostgreSQL store holds names its table in public, as introspection names them.
std::string refTable(const Workspace& ws, const std::string& typeName) {
    const std::string relation = referencedRelation(ws, typeName);
    auto object = parseObjectName(relation);
    return object ? qualified(object->first, object->second) : qualified("public", relation);
}

// Named constraints of the new table carry `suffix` until the switch gives them their names.
std::string constraintName(const Constraint& c, const std::string& suffix) {
    return c.name.empty() ? std::string() : "CONSTRAINT " + quoteIdent(c.name + suffix) + " ";
}

// Constraint columns and check expressions that still name a source column the chain renames
// take the new name.
Constraint renamedConstraint(Constraint c, const TypeVersion& v,
                             const detail::ColumnRenames& renames) {
    for (std::string& col : c.columns) {
        auto it = renames.renamed.find(col);
        if (!v.schema.findField(col) && it != renames.renamed.end())
            col = it->second;
    }
    if (c.kind == ConstraintKind::Check) {
        bool dropped = false;
        detail::ColumnRenames stale = renames;
        std::erase_if(stale.renamed, [&](const auto& r) { return v.schema.findField(r.first); });
        c.expression = detail::renameIdentifiers(c.expression, stale, dropped);
    }
    return c;
}

Result<std::string> createTableSql(Connection* conn, const Workspace& ws, const std::string& schema,
                                   const std::string& name, const TypeVersion& v,
                                   const std::string& suffix,
                                   const detail::ColumnRenames& renames = {}) {
    std::string sql = "CREATE TABLE " + qualified(schema, name) + " (";
    for (size_t i = 0; i < v.schema.fields.size(); ++i) {
        const Field& f = v.schema.fields[i];
        auto def = defaultClause(conn, f);
        if (!def)
            return def.error();
        sql += std::string(i ? ",\n    " : "\n    ") + quoteIdent(f.name) + " " + columnType(f) +
               *def + (f.nullable ? "" : " NOT NULL");
    }
    for (const Constraint& declared : v.schema.constraints) {
        Constraint c = renamedConstraint(declared, v, renames);
        switch (c.kind) {
        case ConstraintKind::PrimaryKey:
            sql += ",\n    " + constraintName(c, suffix) + "PRIMARY KEY (" + columnList(c.columns) +
                   ")";
            break;
        case ConstraintKind::Unique:
            sql += ",\n    " + constraintName(c, suffix) + "UNIQUE (" + columnList(c.columns) + ")";
            break;
        case ConstraintKind::ForeignKey:
            sql += ",\n    " + constraintName(c, suffix) + "FOREIGN KEY (" + columnList(c.columns) +
                   ") REFERENCES " + refTable(ws, c.refType) + " (" + columnList(c.refColumns) +
                   ")";
            break;
        case ConstraintKind::Check:
            if (c.name.rfind(kDomainCheckPrefix, 0) == 0)
                break; // the column's domain type carries this check
            sql += ",\n    " + constraintName(c, suffix) +
                   (c.expression.rfind("CHECK", 0) == 0 ? c.expression
                                                        : "CHECK (" + c.expression + ")");
            break;
        default:
            break;
        }
    }
    return sql + "\n)";
}

// The view that shows one version's columns; `names` maps each version field to the table's
// current column.
std::string viewSql(const std::string& schema, const std::string& view, const std::string& table,
                    const std::vector<std::pair<std::string, std::string>>& names) {
    std::string sql = "CREATE OR REPLACE VIEW " + qualified(schema, view) + " AS SELECT ";
    for (size_t i = 0; i < names.size(); ++i) {
        sql += (i ? ", " : "") + quoteIdent(names[i].second);
        if (names[i].first != names[i].second)
            sql += " AS " + quoteIdent(names[i].first);
    }
    return sql + " FROM " + qualified(schema, table);
}

// The expand step that creates the view showing `version`'s columns of `table`.
PlanStep versionViewStep(const Plan& plan, const TypeVersionId& version, const std::string& table,
                         const std::vector<std::pair<std::string, std::string>>& names) {
    return {Phase::Expand,
            "view for " + version.toString(),
            viewSql(plan.schema, versionViewName(plan.table, version.version), table, names),
            {},
            -1};
}

Result<long long> countRows(Connection& conn, const std::string& table) {
    auto r = conn.query("SELECT count(*) FROM " + table);
    if (!r)
        return r.error();
    return std::stoll(r->get(0, 0));
}

struct PlanContext {
    Connection* conn;
    const TypeVersion& a;
    const TypeVersion& b;
    Plan& plan;
};

std::string keyText(const QueryResult& r, int row, const std::vector<std::string>& keys) {
    std::string out;
    for (size_t k = 0; k < keys.size(); ++k)
        out += (k ? ", " : "") + keys[k] + "=" + r.get(row, int(k), "NULL");
    return out;
}

Status prescan(PlanContext& ctx, const std::string& column, const ChangeCheck& check) {
    std::string table = qualified(ctx.plan.schema, ctx.plan.table);
    std::vector<std::string> keys = batchKey(ctx.a.schema);
    for (const auto& [predicate, value, reason] : check.scans) {
        std::string pred = predicate;
        for (size_t at = pred.find("{c}"); at != std::string::npos; at = pred.find("{c}", at))
            pred.replace(at, 3, quoteIdent(column));
        std::string select = keys.empty() ? "" : columnList(keys) + ", ";
        auto rows =
            ctx.conn->query("SELECT " + select + "CAST(" + quoteIdent(column) + " AS text) FROM " +
                                table + " WHERE " + pred +
                                (keys.empty() ? "" : " ORDER BY " + columnList(keys)) + " LIMIT 20",
                            {value});
        if (!rows)
            return rows.error();
        if (rows->rows() == 0)
            continue;
        Blocker b{column, "narrowing (" + check.why + "): values " + reason, {}};
        for (int r = 0; r < rows->rows(); ++r)
            b.rows.push_back((keys.empty() ? "" : keyText(*rows, r, keys) + ": ") + column + "=" +
                             rows->get(r, int(keys.size()), "NULL"));
        ctx.plan.blockers.push_back(std::move(b));
    }
    return {};
}

// Matches each B field to the A field it continues (same name or one of its aliases).
const Field* sourceOf(const TypeVersion& a, const Field& f) {
    if (const Field* same = a.schema.findField(f.name))
        return same;
    for (const std::string& alias : f.aliases)
        if (const Field* old = a.schema.findField(alias))
            return old;
    return nullptr;
}

bool pathNeedsCopy(const ConversionPath& path) {
    for (const ConversionHop& hop : path.hops)
        for (const ConverterStep& s : hop.converter.steps)
            if (s.kind == StepKind::MapEnum || s.kind == StepKind::ScaleOffset ||
                (s.kind == StepKind::Cast && s.onError != OnError::Fail) ||
                s.field.find_first_of(".[{") != std::string::npos)
                return true;
    return false;
}

// Column names while the in-place steps run: each current name's column in the live table
// (empty for a column the plan adds), and where each of A's columns went.
struct ColumnNames {
    std::map<std::string, std::string> live;
    std::map<std::string, std::string> fromA; // A's name -> current name
};

// Plans one hop a → b in place; false when some change cannot run in place.
Result<bool> planHop(PlanContext& ctx, const TypeVersion& a, const TypeVersion& b,
                     ColumnNames& names, std::vector<PlanStep>& alter,
                     std::vector<PlanStep>& contract, long long rows) {
    Plan& plan = ctx.plan;
    std::string table = qualified(plan.schema, plan.table);
    std::vector<std::string> matchedA;
    std::map<std::string, std::string> renames; // a name -> b name

    for (const Field& f : b.schema.fields) {
        const Field* old = sourceOf(a, f);
        std::string col = quoteIdent(f.name);
        if (!old) {
            auto def = defaultClause(ctx.conn, f);
            if (!def)
                return def.error();
            if (!f.nullable && def->empty() && rows > 0)
                plan.blockers.push_back({f.name,
                                         "adding a NOT NULL column to a non-empty table (" +
                                             std::to_string(rows) +
                                             " rows) needs a default or a backfill first",
                                         {}});
            alter.push_back({Phase::Expand,
                             "add column " + f.name,
                             "ALTER TABLE " + table + " ADD COLUMN " + col + " " + columnType(f) +
                                 *def + (f.nullable ? "" : " NOT NULL"),
                             {},
                             rows});
            continue;
        }
        matchedA.push_back(old->name);
        std::string liveName = names.live[old->name];
        if (old->name != f.name) {
            renames[old->name] = f.name;
            alter.push_back(
                {Phase::Expand,
                 "rename column " + old->name + " to " + f.name,
                 "ALTER TABLE " + table + " RENAME COLUMN " + quoteIdent(old->name) + " TO " + col,
                 {},
                 -1});
            plan.notes.push_back("rename " + old->name + " -> " + f.name +
                                 ": backward-incompatible for readers still using " + old->name +
                                 " (view " + versionViewName(plan.table, plan.from.version) +
                                 " exposes the old names until contract); not destructive");
        }
        std::string aType = columnType(*old), bType = columnType(f);
        ChangeCheck check = classify(parseNative(aType), parseNative(bType));
        if (check.change == TypeChange::Other)
            return false;
        if (check.change != TypeChange::Same) {
            if (!liveName.empty())
                if (Status s = prescan(ctx, liveName, check); !s)
                    return s.error();
            alter.push_back({Phase::Expand,
                             std::string(check.change == TypeChange::Widen ? "widen " : "narrow ") +
                                 f.name + " from " + aType + " to " + bType,
                             "ALTER TABLE " + table + " ALTER COLUMN " + col + " TYPE " + bType,
                             {},
                             rows});
        }
        if (old->nullable && !f.nullable) {
            long long n = 0;
            if (!liveName.empty()) {
                auto nulls = ctx.conn->query("SELECT count(*) FROM " + table + " WHERE " +
                                             quoteIdent(liveName) + " IS NULL");
                if (!nulls)
                    return nulls.error();
                n = std::stoll(nulls->get(0, 0));
            }
            if (n > 0 && (!f.defaultValue || f.defaultValue->is_null()))
                plan.blockers.push_back({f.name,
                                         std::to_string(n) +
                                             " rows hold NULL; making the column NOT NULL needs a "
                                             "default or a backfill first",
                                         {}});
            if (n > 0 && f.defaultValue && !f.defaultValue->is_null()) {
                const Json& v = *f.defaultValue;
                alter.push_back({Phase::Expand,
                                 "backfill NULLs in " + f.name,
                                 "UPDATE " + table + " SET " + col + " = CAST($1 AS " + bType +
                                     ") WHERE " + col + " IS NULL",
                                 {v.is_string() ? v.get<std::string>() : v.dump()},
                                 n});
            }
            alter.push_back({Phase::Expand,
                             "set " + f.name + " NOT NULL",
                             "ALTER TABLE " + table + " ALTER COLUMN " + col + " SET NOT NULL",
                             {},
                             rows});
        } else if (!old->nullable && f.nullable) {
            alter.push_back({Phase::Expand,
                             "allow NULL in " + f.name,
                             "ALTER TABLE " + table + " ALTER COLUMN " + col + " DROP NOT NULL",
                             {},
                             -1});
        }
        if (old->defaultValue != f.defaultValue ||
            docNote(*old, "pg.default") != docNote(f, "pg.default")) {
            auto def = defaultClause(ctx.conn, f);
            if (!def)
                return def.error();
            alter.push_back({Phase::Expand,
                             "default of " + f.name,
                             "ALTER TABLE " + table + " ALTER COLUMN " + col +
                                 (def->empty() ? " DROP DEFAULT" : " SET" + *def),
                             {},
                             -1});
        }
    }
    for (const Field& f : a.schema.fields) {
        if (std::find(matchedA.begin(), matchedA.end(), f.name) != matchedA.end())
            continue;
        plan.destructive.push_back(
            "column " + f.name + " is not in " + b.id.toString() +
            ": contract drops it with its data (if it was renamed, declare the "
            "old name as an alias of the new field)");
        contract.push_back({Phase::Contract,
                            "drop column " + f.name,
                            "ALTER TABLE " + table + " DROP COLUMN " + quoteIdent(f.name),
                            {},
                            rows,
                            true});
    }
    // carry the names into the next hop
    ColumnNames next;
    for (const Field& f : b.schema.fields) {
        const Field* old = sourceOf(a, f);
        next.live[f.name] = old ? names.live[old->name] : std::string();
    }
    for (auto& [origin, current] : names.fromA) {
        auto r = renames.find(current);
        next.fromA[origin] = r == renames.end() ? current : r->second;
    }
    names = std::move(next);
    return true;
}

// Decides whether the change can run in place; fills the in-place steps when it can. A chain
// of converters is planned hop by hop, so a rename declared at one hop stays a rename (C19).
Result<bool> planInPlace(PlanContext& ctx, const Workspace& ws,
                         const std::optional<ConversionPath>& path, long long rows) {
    Plan& plan = ctx.plan;
    std::vector<std::pair<const TypeVersion*, const TypeVersion*>> hops;
    if (path && !path->hops.empty()) {
        for (const ConversionHop& hop : path->hops)
            hops.emplace_back(ws.findVersion(hop.converter.from), ws.findVersion(hop.converter.to));
    } else {
        hops.emplace_back(&ctx.a, &ctx.b);
    }
    ColumnNames names;
    for (const Field& f : ctx.a.schema.fields) {
        names.live[f.name] = f.name;
        names.fromA[f.name] = f.name;
    }
    std::vector<PlanStep> alter, contract;
    for (const auto& [from, to] : hops) {
        auto ok = planHop(ctx, *from, *to, names, alter, contract, rows);
        if (!ok || !*ok)
            return ok;
    }
    std::vector<std::pair<std::string, std::string>> aView, bView;
    for (const Field& f : ctx.a.schema.fields)
        aView.emplace_back(f.name, names.fromA[f.name]);
    for (const Field& f : ctx.b.schema.fields)
        bView.emplace_back(f.name, f.name);
    plan.steps = std::move(alter);
    plan.steps.push_back(versionViewStep(plan, plan.from, plan.table, aView));
    plan.steps.push_back(versionViewStep(plan, plan.to, plan.table, bView));
    contract.insert(
        contract.begin(),
        {Phase::Contract,
         "drop the view for " + plan.from.toString(),
         "DROP VIEW " + qualified(plan.schema, versionViewName(plan.table, plan.from.version)),
         {},
         -1,
         true});
    for (PlanStep& s : contract)
        plan.steps.push_back(std::move(s));
    return true;
}

std::string keyPredicate(const std::vector<std::string>& keys, const std::string& op,
                         size_t firstParam) {
    std::string lhs = "(" + columnList(keys, "s.") + ")";
    std::string rhs = "(";
    for (size_t i = 0; i < keys.size(); ++i)
        rhs += (i ? ", $" : "$") + std::to_string(firstParam + i);
    return lhs + " " + op + " " + rhs + ")";
}

Status planCopySteps(Connection* conn, const Workspace& ws, const TypeVersion& a,
                     const TypeVersion& b, Plan& plan, bool clientSide, long long rows) {
    auto path = findConversionPath(ws, a.id, b.id);
    if (!path)
        return makeError(path.error().code, "no conversion path: " + path.error().message,
                         plan.from.toString() + " -> " + plan.to.toString());
    plan.path = std::move(*path);
    plan.strategy = Strategy::Copy;
    plan.newTable = versionedName(plan.table, plan.to.version);
    plan.oldTable = versionedName(plan.table, plan.from.version);
    plan.keyColumns = batchKey(a.schema);
    for (const Field& f : a.schema.fields)
        plan.sourceColumns.push_back(f.name);
    Params params;
    auto compiled = compileToSql(plan.path, a, b, params);
    plan.serverSide = compiled.ok() && !clientSide;
    if (compiled) {
        plan.targetColumns = std::move(*compiled);
        plan.expressionParams = std::move(params);
    } else {
        for (const Field& f : b.schema.fields)
            plan.targetColumns.push_back({f.name, columnType(f), {}});
    }
    if (!plan.serverSide)
        plan.clientSideReason = compiled ? "client side requested" : compiled.error().message;
    if (plan.keyColumns.empty())
        plan.notes.push_back(
            "the table has no primary or NOT NULL unique key: it is copied in one batch");

    std::string source = qualified(plan.schema, plan.table);
    std::string target = qualified(plan.schema, plan.newTable);
    std::string newSuffix = "__" + versionSuffix(plan.to.version);
    detail::ColumnRenames renames = detail::columnRenames(plan.path, a);
    // like dropping it in place: after the switch the live table no longer has the column, so
    // the operator confirms it (its values stay in the old table until contract drops that)
    for (const std::string& column : renames.dropped)
        plan.destructive.push_back("column " + column + " is not in " + b.id.toString() +
                                   ": after the switch the table has no such column; its "
                                   "values stay only in " +
                                   plan.oldTable +
                                   " until contract drops it (if it was renamed, declare the "
                                   "old name as an alias of the new field)");
    auto create = createTableSql(conn, ws, plan.schema, plan.newTable, b, newSuffix, renames);
    if (!create)
        return create.error();
    plan.steps.push_back(
        {Phase::Expand, "create " + plan.newTable + " for " + plan.to.toString(), *create, {}, -1});
    std::string oldSuffix = "__" + versionSuffix(plan.from.version);
    detail::CarryOver carried;
    if (conn) {
        auto extras = detail::readTableExtras(*conn, plan.schema, plan.table);
        if (!extras)
            return extras.error();
        carried = detail::carryOver(*extras, renames, plan.schema, plan.table, plan.newTable,
                                    newSuffix, oldSuffix);
    }
    for (const auto& [title, sql] : carried.expand)
        plan.steps.push_back({Phase::Expand, title, sql, {}, -1});
    plan.notes.insert(plan.notes.end(), carried.notes.begin(), carried.notes.end());
    std::vector<std::pair<std::string, std::string>> aView, bView;
    for (const Field& f : a.schema.fields)
        aView.emplace_back(f.name, f.name);
    for (const Field& f : b.schema.fields)
        bView.emplace_back(f.name, f.name);
    plan.steps.push_back(versionViewStep(plan, plan.from, plan.table, aView));
    plan.steps.push_back(versionViewStep(plan, plan.to, plan.newTable, bView));

    std::vector<std::string> targetNames;
    std::string exprs;
    for (const TargetColumn& c : plan.targetColumns) {
        targetNames.push_back(c.name);
        exprs += (exprs.empty() ? "" : ", ") + c.expression;
    }
    if (plan.serverSide) {
        size_t n = plan.expressionParams.size();
        std::string where =
            plan.keyColumns.empty()
                ? ""
                : " WHERE " + keyPredicate(plan.keyColumns, ">", n + 1) + " AND " +
                      keyPredicate(plan.keyColumns, "<=", n + 1 + plan.keyColumns.size()) +
                      " ORDER BY " + columnList(plan.keyColumns, "s.");
        plan.steps.push_back({Phase::Copy,
                              "copy in key order, server side (INSERT ... SELECT per batch; "
                              "the key bounds are bound after the expression values)",
                              "INSERT INTO " + target + " (" + columnList(targetNames) +
                                  ") SELECT " + exprs + " FROM " + source + " AS s" + where,
                              plan.expressionParams, rows});
    } else {
        plan.steps.push_back(
            {Phase::Copy,
             "copy in key order, client side (" + plan.clientSideReason + ")",
             "COPY (SELECT " + columnList(plan.sourceColumns) + " FROM " + source +
                 (plan.keyColumns.empty() ? "" : " ORDER BY " + columnList(plan.keyColumns)) +
                 ") TO STDOUT\n-- convert each batch with the converter chain, then\nCOPY " +
                 target + " (" + columnList(targetNames) + ") FROM STDIN",
             {},
             rows});
    }
    // after the tail copy: swap the table names, then the constraint names B declares
    plan.switchStatements = {"ALTER TABLE " + source + " RENAME TO " + quoteIdent(plan.oldTable),
                             "ALTER TABLE " + target + " RENAME TO " + quoteIdent(plan.table)};
    std::string renamedOld = qualified(plan.schema, plan.oldTable);
    for (const Constraint& c : b.schema.constraints) {
        if (c.name.empty() || c.name.rfind(kDomainCheckPrefix, 0) == 0)
            continue;
        bool oldHasIt = std::any_of(a.schema.constraints.begin(), a.schema.constraints.end(),
                                    [&](const Constraint& o) { return o.name == c.name; });
        if (oldHasIt)
            plan.switchStatements.push_back("ALTER TABLE " + renamedOld + " RENAME CONSTRAINT " +
                                            quoteIdent(c.name) + " TO " +
                                            quoteIdent(c.name + oldSuffix));
        plan.switchStatements.push_back("ALTER TABLE " + source + " RENAME CONSTRAINT " +
                                        quoteIdent(c.name + newSuffix) + " TO " +
                                        quoteIdent(c.name));
    }
    plan.switchStatements.insert(plan.switchStatements.end(), carried.switchStatements.begin(),
                                 carried.switchStatements.end());
    std::string switchSql =
        "LOCK TABLE " + source + " IN EXCLUSIVE MODE;\n-- copy the rows after the last checkpoint";
    for (const std::string& st : plan.switchStatements)
        switchSql += ";\n" + st;
    plan.steps.push_back(
        {Phase::Switch,
         "switch: copy rows added since the last batch, then swap names in one transaction",
         switchSql,
         {},
         -1});
    plan.steps.push_back(
        {Phase::Contract,
         "drop the view for " + plan.from.toString(),
         "DROP VIEW " + qualified(plan.schema, versionViewName(plan.table, plan.from.version)),
         {},
         -1,
         true});
    plan.steps.push_back({Phase::Contract,
                          "drop the table holding " + plan.from.toString(),
                          "DROP TABLE " + qualified(plan.schema, plan.oldTable),
                          {},
                          rows,
                          true});
    return {};
}

void fnv(uint64_t& h, std::string_view s) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    h ^= 0xff;
    h *= 1099511628211ULL;
}

} // namespace

const char* toString(Strategy s) {
    return s == Strategy::InPlace ? "in-place" : "copy";
}

const char* toString(Phase p) {
    switch (p) {
    case Phase::Expand:
        return "expand";
    case Phase::Copy:
        return "copy";
    case Phase::Switch:
        return "switch";
    case Phase::Contract:
        return "contract";
    }
    return "?";
}

std::string versionedName(const std::string& table, const SemVer& version) {
    return table + "__" + versionSuffix(version);
}

std::string versionViewName(const std::string& table, const SemVer& version) {
    return table + "_" + versionSuffix(version);
}

std::string Plan::fingerprint() const {
    uint64_t h = 14695981039346656037ULL;
    fnv(h, migrationId);
    fnv(h, toString(strategy));
    fnv(h, serverSide ? "server" : "client");
    for (const PlanStep& s : steps) {
        fnv(h, toString(s.phase));
        fnv(h, s.sql);
        for (const Param& p : s.params)
            fnv(h, p ? *p : std::string("\x01NULL"));
    }
    return hex64(h);
}

std::string referencedRelation(const Workspace& ws, const std::string& typeName) {
    for (const StoreObject& store : ws.stores)
        if (store.kind == StoreKind::Postgres && store.holds.name == typeName) {
            if (auto object = parseObjectName(store.object))
                return typeNameFor(object->first, object->second);
        }
    return typeName;
}

std::string migrationIdFor(const std::string& schema, const std::string& table,
                           const TypeVersionId& from, const TypeVersionId& to) {
    return objectName(schema, table) + ":" + from.toString() + "->" + to.toString();
}

Result<Plan> planCopyOffline(const Workspace& ws, const std::string& schema,
                             const std::string& table, const TypeVersionId& from,
                             const TypeVersionId& to, bool clientSide) {
    const TypeVersion* a = ws.findVersion(from);
    const TypeVersion* b = ws.findVersion(to);
    if (!a || !b)
        return makeError(ErrorCode::NotFound, "version not in the workspace",
                         (!a ? from : to).toString());
    Plan plan;
    plan.schema = schema;
    plan.table = table;
    plan.from = from;
    plan.to = to;
    plan.migrationId = migrationIdFor(schema, table, from, to);
    if (Status s = planCopySteps(nullptr, ws, *a, *b, plan, clientSide, -1); !s)
        return s.error();
    std::erase_if(plan.steps, [](const PlanStep& s) { return s.phase == Phase::Contract; });
    return plan;
}

Result<Plan> planMigration(Connection& conn, const Workspace& ws, const StoreObject& store,
                           const TypeVersionId& target, const PlanOptions& options) {
    const TypeVersion* a = ws.findVersion(store.holds);
    const TypeVersion* b = ws.findVersion(target);
    if (!a)
        return makeError(ErrorCode::NotFound, "the version the store holds is not in the workspace",
                         store.holds.toString());
    if (!b)
        return makeError(ErrorCode::NotFound, "target version is not in the workspace",
                         target.toString());
    if (a->id.name != b->id.name)
        return makeError(ErrorCode::InvalidArgument, "target is a version of another type",
                         target.toString());
    // every PostgreSQL store's table must be named unambiguously: foreign keys reach them too
    for (const StoreObject& other : ws.stores)
        if (other.kind == StoreKind::Postgres)
            if (auto object = parseObjectName(other.object); !object)
                return makeError(ErrorCode::InvalidArgument,
                                 "store \"" + other.name + "\": " + object.error().message,
                                 other.object);
    Plan plan;
    plan.store = store.name;
    std::tie(plan.schema, plan.table) = parseObjectName(store.object).value();
    plan.from = a->id;
    plan.to = b->id;
    plan.migrationId = migrationIdFor(plan.schema, plan.table, a->id, b->id);

    auto rows = countRows(conn, qualified(plan.schema, plan.table));
    if (!rows)
        return rows.error();
    plan.rowEstimate = *rows;

    PlanContext ctx{&conn, *a, *b, plan};
    auto path = findConversionPath(ws, a->id, b->id);
    bool copy = options.forceCopy || options.clientSide || (path && pathNeedsCopy(*path));
    if (!copy) {
        auto inPlace = planInPlace(ctx, ws, path ? std::optional(*path) : std::nullopt, *rows);
        if (!inPlace)
            return inPlace.error();
        copy = !*inPlace;
        if (copy) {
            plan.steps.clear();
            plan.notes.clear();
            plan.destructive.clear();
            plan.blockers.clear();
        } else if (path) {
            plan.path = std::move(*path);
        }
    }
    if (copy) {
        if (Status s = planCopySteps(&conn, ws, *a, *b, plan, options.clientSide, *rows); !s)
            return s.error();
    }
    if (!options.contract)
        std::erase_if(plan.steps, [](const PlanStep& s) { return s.phase == Phase::Contract; });
    for (const PlanStep& s : plan.steps)
        if (s.destructive && plan.destructive.empty())
            plan.destructive.push_back(s.title + " is destructive");
    return plan;
}

} // namespace strata::postgres
