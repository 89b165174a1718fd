#include "table_extras.h"

#include <algorithm>
#include <cctype>

namespace strata::postgres::detail {

ColumnRenames columnRenames(const ConversionPath& path, const TypeVersion& source) {
    // current name → original name, for the source columns still present
    std::map<std::string, std::string> current;
    for (const Field& f : source.schema.fields)
        current[f.name] = f.name;
    ColumnRenames out;
    for (const ConversionHop& hop : path.hops) {
        for (const ConverterStep& s : hop.converter.steps) {
            auto it = current.find(s.field);
            if (it == current.end())
                continue;
            std::string original = it->second;
            if (s.kind == StepKind::Rename) {
                current.erase(it);
                current[s.newName] = original;
            } else if (s.kind == StepKind::Drop) {
                current.erase(it);
                out.dropped.insert(original);
            }
        }
    }
    for (const auto& [now, original] : current)
        if (now != original)
            out.renamed[original] = now;
    return out;
}

std::string renameIdentifiers(std::string_view sql, const ColumnRenames& renames,
                              bool& usesDropped) {
    std::string out;
    size_t i = 0;
    auto identStart = [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
    };
    auto identPart = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
    };
    auto replace = [&](const std::string& name, std::string_view token) {
        if (renames.dropped.count(name))
            usesDropped = true;
        auto it = renames.renamed.find(name);
        out += it == renames.renamed.end() ? std::string(token) : quoteIdent(it->second);
    };
    while (i < sql.size()) {
        char c = sql[i];
        if (c == '\'') { // a literal, with '' inside
            size_t j = i + 1;
            while (j < sql.size() &&
                   !(sql[j] == '\'' && (j + 1 == sql.size() || sql[j + 1] != '\'')))
                j += sql[j] == '\'' ? 2 : 1;
            out += sql.substr(i, j + 1 - i);
            i = j + 1;
        } else if (c == '"') { // a quoted identifier, with "" inside
            std::string name;
            size_t j = i + 1;
            for (; j < sql.size(); ++j) {
                if (sql[j] == '"' && j + 1 < sql.size() && sql[j + 1] == '"') {
                    name += '"';
                    ++j;
                } else if (sql[j] == '"') {
                    break;
                } else {
                    name += sql[j];
                }
            }
            replace(name, sql.substr(i, j + 1 - i));
            i = j + 1;
        } else if (identStart(c) && (i == 0 || !identPart(sql[i - 1]))) {
            size_t j = i;
            while (j < sql.size() && identPart(sql[j]))
                ++j;
            std::string name(sql.substr(i, j - i));
            std::transform(name.begin(), name.end(), name.begin(),
                           [](unsigned char ch) { return char(std::tolower(ch)); });
            // a qualified name (x.y) or a function call is not a column of this table
            bool qualifiedPart = (i > 0 && sql[i - 1] == '.') || (j < sql.size() && sql[j] == '.');
            bool call = j < sql.size() && sql[j] == '(';
            if (qualifiedPart || call)
                out += sql.substr(i, j - i);
            else
                replace(name, sql.substr(i, j - i));
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

Result<TableExtras> readTableExtras(Connection& conn, const std::string& schema,
                                    const std::string& table) {
    Params self{qualified(schema, table)};
    TableExtras out;
    auto read = [&](const char* sql, std::vector<CatalogObject>& into) -> Status {
        auto r = conn.query(sql, self);
        if (!r)
            return r.error();
        for (int i = 0; i < r->rows(); ++i)
            into.push_back({r->get(i, 0), r->get(i, 1), r->get(i, 2)});
        return {};
    };
    if (Status s = read("SELECT '', c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index AS i "
                        "JOIN pg_class AS c ON c.oid = i.indexrelid "
                        "WHERE i.indrelid = to_regclass($1) AND NOT EXISTS (SELECT 1 FROM "
                        "pg_constraint AS k WHERE k.conindid = i.indexrelid AND k.conrelid = "
                        "i.indrelid) ORDER BY c.relname",
                        out.indexes);
        !s)
        return s.error();
    if (Status s = read("SELECT '', tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                        "WHERE tgrelid = to_regclass($1) AND NOT tgisinternal ORDER BY tgname",
                        out.triggers);
        !s)
        return s.error();
    if (Status s = read("SELECT CAST(CAST(conrelid AS regclass) AS text), conname, "
                        "pg_get_constraintdef(oid) FROM pg_constraint WHERE confrelid = "
                        "to_regclass($1) AND contype = 'f' AND conrelid <> confrelid "
                        "ORDER BY 1, 2",
                        out.inboundKeys);
        !s)
        return s.error();
    return out;
}

namespace {

// "CREATE [UNIQUE] INDEX n ON t USING m (...)" rebuilt on `target` under `name`.
std::optional<std::string> indexOn(const CatalogObject& index, const ColumnRenames& renames,
                                   const std::string& target, const std::string& name) {
    size_t using_ = index.definition.find(" USING ");
    if (using_ == std::string::npos)
        return std::nullopt;
    bool dropped = false;
    std::string body = renameIdentifiers(index.definition.substr(using_), renames, dropped);
    if (dropped)
        return std::nullopt;
    bool unique = index.definition.rfind("CREATE UNIQUE", 0) == 0;
    return std::string(unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + quoteIdent(name) +
           " ON " + target + body;
}

// "CREATE TRIGGER n {BEFORE|AFTER ...} ON t ..." rebuilt on `target`.
std::optional<std::string> triggerOn(const CatalogObject& trigger, const ColumnRenames& renames,
                                     const std::string& target) {
    const std::string& def = trigger.definition;
    size_t on = def.find(" ON ");
    size_t tableEnd = on == std::string::npos ? on : def.find(' ', on + 4);
    size_t eventsStart = std::string::npos;
    for (const char* timing : {" BEFORE ", " AFTER ", " INSTEAD OF "})
        eventsStart = std::min(eventsStart, def.find(timing));
    if (tableEnd == std::string::npos || eventsStart > on)
        return std::nullopt;
    bool dropped = false;
    std::string events =
        renameIdentifiers(def.substr(eventsStart, on - eventsStart), renames, dropped);
    std::string rest = def.substr(tableEnd);
    size_t execute = rest.find(" EXECUTE ");
    std::string when = renameIdentifiers(rest.substr(0, execute), renames, dropped);
    if (dropped)
        return std::nullopt;
    return def.substr(0, eventsStart) + events + " ON " + target + when +
           (execute == std::string::npos ? "" : rest.substr(execute));
}

// "FOREIGN KEY (a) REFERENCES t(b) ..." pointed at `target` with renamed columns.
std::optional<std::string> keyTo(const CatalogObject& key, const ColumnRenames& renames,
                                 const std::string& target) {
    const std::string& def = key.definition;
    size_t ref = def.find("REFERENCES ");
    size_t open = ref == std::string::npos ? ref : def.find('(', ref);
    size_t close = open == std::string::npos ? open : def.find(')', open);
    if (close == std::string::npos)
        return std::nullopt;
    bool dropped = false;
    std::string columns = renameIdentifiers(def.substr(open, close + 1 - open), renames, dropped);
    if (dropped)
        return std::nullopt;
    return def.substr(0, ref) + "REFERENCES " + target + columns + def.substr(close + 1);
}

} // namespace

CarryOver carryOver(const TableExtras& extras, const ColumnRenames& renames,
                    const std::string& schema, const std::string& table,
                    const std::string& newTable, const std::string& newSuffix,
                    const std::string& oldSuffix) {
    CarryOver out;
    std::string source = qualified(schema, table);
    for (const CatalogObject& index : extras.indexes) {
        auto sql = indexOn(index, renames, qualified(schema, newTable), index.name + newSuffix);
        if (!sql) {
            out.notes.push_back("index " + index.name + " uses a dropped column: not recreated");
            continue;
        }
        out.expand.emplace_back("index " + index.name + " on " + newTable, *sql);
        out.switchStatements.push_back("ALTER INDEX " + qualified(schema, index.name) +
                                       " RENAME TO " + quoteIdent(index.name + oldSuffix));
        out.switchStatements.push_back("ALTER INDEX " + qualified(schema, index.name + newSuffix) +
                                       " RENAME TO " + quoteIdent(index.name));
    }
    for (const CatalogObject& trigger : extras.triggers) {
        auto sql = triggerOn(trigger, renames, source);
        if (!sql) {
            out.notes.push_back("trigger " + trigger.name +
                                " uses a dropped column: not recreated on the new table");
            continue;
        }
        out.switchStatements.push_back(*sql);
    }
    for (const CatalogObject& key : extras.inboundKeys) {
        auto def = keyTo(key, renames, source);
        if (!def) {
            out.notes.push_back("foreign key " + key.name + " of " + key.owner +
                                " references a dropped column: it keeps the old table, so "
                                "contract will fail until it is changed");
            continue;
        }
        out.switchStatements.push_back("ALTER TABLE " + key.owner + " DROP CONSTRAINT " +
                                       quoteIdent(key.name));
        out.switchStatements.push_back("ALTER TABLE " + key.owner + " ADD CONSTRAINT " +
                                       quoteIdent(key.name) + " " + *def);
        out.notes.push_back("foreign key " + key.name + " of " + key.owner +
                            " is repointed at the new table in the switch transaction");
    }
    return out;
}

} // namespace strata::postgres::detail
