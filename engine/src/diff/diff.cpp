#include "strata/diff/diff.h"

#include "../compat/field_match.h"

#include <algorithm>
#include <set>

namespace strata {
namespace {

std::string join(const std::string& prefix, const std::string& name) {
    return prefix.empty() ? name : prefix + "." + name;
}

Effect effectOf(const Resolution& r) {
    if (!r.compatible)
        return Effect::Breaking;
    return r.lossy ? Effect::Lossy : Effect::Safe;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::string describeField(const Field& f) {
    std::string text = f.type.describe() + (f.nullable ? " (nullable)" : "");
    if (f.defaultValue)
        text += " default " + f.defaultValue->dump();
    return text;
}

std::string listSymbols(const std::vector<std::string>& symbols) {
    std::string out;
    for (const std::string& s : symbols)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

class Differ {
public:
    explicit Differ(const RefResolver& refs)
        : m_refs(refs) {}

    std::vector<Change> run(const TypeVersion& older, const TypeVersion& newer) {
        fields(older.schema.fields, newer.schema.fields, "");
        constraints(older.schema.constraints, newer.schema.constraints);
        if (older.doc != newer.doc)
            add(ChangeKind::DocChanged, "(record)", older.doc, newer.doc, Effect::Safe,
                Effect::Safe, "the version's documentation changed");
        return std::move(m_changes);
    }

private:
    void add(ChangeKind kind, std::string path, std::string before, std::string after, Effect read,
             Effect write, std::string message) {
        m_changes.push_back(Change{kind, std::move(path), std::move(before), std::move(after), read,
                                   write, std::move(message)});
    }

    void fields(const std::vector<Field>& older, const std::vector<Field>& newer,
                const std::string& prefix) {
        std::set<const Field*> matched;
        std::vector<const Field*> added;
        // The newer version reads data written by the older one, by the resolver's own rule.
        for (const Field& n : newer) {
            const Field* o = detail::matchWriterField(n, older);
            if (!o) {
                added.push_back(&n);
                continue;
            }
            matched.insert(o);
            fieldPair(*o, n, prefix);
        }
        std::vector<const Field*> removed;
        for (const Field& o : older)
            if (!matched.count(&o))
                removed.push_back(&o);
        likelyRenames(removed, added, prefix);
        for (const Field* n : added)
            fieldAdded(*n, prefix);
        for (const Field* o : removed)
            fieldRemoved(*o, prefix);
    }

    // A removed and an added field of the same type with no alias between them: flagged, never
    // silently taken for a rename (and never silently for drop + add either).
    void likelyRenames(std::vector<const Field*>& removed, std::vector<const Field*>& added,
                       const std::string& prefix) {
        for (auto r = removed.begin(); r != removed.end();) {
            auto a = std::find_if(added.begin(), added.end(), [&](const Field* n) {
                return n->type == (*r)->type && n->nullable == (*r)->nullable;
            });
            if (a == added.end()) {
                ++r;
                continue;
            }
            Effect read = (*a)->hasDefault() ? Effect::Lossy : Effect::Breaking;
            Effect write = (*r)->hasDefault() ? Effect::Lossy : Effect::Breaking;
            add(ChangeKind::LikelyRename, join(prefix, (*a)->name), (*r)->name, (*a)->name, read,
                write,
                "'" + (*r)->name + "' was removed and '" + (*a)->name +
                    "' added with the same type: if this is a rename, declare aliases: [\"" +
                    (*r)->name + "\"] on '" + (*a)->name + "'; otherwise the values of '" +
                    (*r)->name + "' are dropped");
            added.erase(a);
            r = removed.erase(r);
        }
    }

    void fieldAdded(const Field& n, const std::string& prefix) {
        bool hasDefault = n.hasDefault();
        add(ChangeKind::FieldAdded, join(prefix, n.name), "", describeField(n),
            hasDefault ? Effect::Safe : Effect::Breaking, Effect::Safe,
            hasDefault
                ? "added with default " + n.defaultValue->dump() +
                      ": old data reads with the default"
                : "added without a default: the new version cannot read old data that lacks it");
    }

    void fieldRemoved(const Field& o, const std::string& prefix) {
        bool hasDefault = o.hasDefault();
        add(ChangeKind::FieldRemoved, join(prefix, o.name), describeField(o), "", Effect::Safe,
            hasDefault ? Effect::Safe : Effect::Breaking,
            hasDefault ? "removed: old readers fall back to its default " + o.defaultValue->dump()
                       : "removed: old readers need it and it has no default");
    }

    void fieldPair(const Field& o, const Field& n, const std::string& prefix) {
        std::string path = join(prefix, n.name);
        if (o.name != n.name) {
            bool backAlias = contains(o.aliases, n.name);
            add(ChangeKind::FieldRenamed, path, o.name, n.name, Effect::Safe,
                backAlias || o.hasDefault() ? Effect::Safe : Effect::Breaking,
                "renamed from '" + o.name +
                    "' (alias declared): the new version reads old data; old readers " +
                    (backAlias ? "know the new name through their own alias"
                               : "do not know the new name"));
        }
        if (o.nullable != n.nullable)
            add(ChangeKind::NullabilityChanged, path, o.nullable ? "nullable" : "required",
                n.nullable ? "nullable" : "required",
                o.nullable && !n.nullable ? Effect::Breaking : Effect::Safe,
                n.nullable && !o.nullable ? Effect::Breaking : Effect::Safe,
                n.nullable ? "became nullable: old readers cannot read a null"
                           : "became required: old data may hold null");
        if (o.defaultValue != n.defaultValue)
            add(ChangeKind::DefaultChanged, path,
                o.defaultValue ? o.defaultValue->dump() : "(none)",
                n.defaultValue ? n.defaultValue->dump() : "(none)", Effect::Safe, Effect::Safe,
                "default changed: only used when a writer lacks the field");
        if (o.aliases != n.aliases && o.name == n.name)
            add(ChangeKind::AliasesChanged, path, listSymbols(o.aliases), listSymbols(n.aliases),
                Effect::Safe, Effect::Safe, "aliases changed");
        type(o.type, n.type, path);
    }

    void type(const DataType& o, const DataType& n, const std::string& path) {
        if (o.kind == n.kind && o.kind == TypeKind::Struct) {
            namedType(o, n, path);
            fields(o.fields, n.fields, path);
            return;
        }
        if (o.kind == n.kind && o.kind == TypeKind::Enum) {
            enumeration(o, n, path);
            return;
        }
        if (o.kind == n.kind && o.kind == TypeKind::Array) {
            type(o.element(), n.element(), path + "[]");
            return;
        }
        if (o.kind == n.kind && o.kind == TypeKind::Map) {
            type(o.mapValue(), n.mapValue(), path + "{}");
            return;
        }
        if (o == n)
            return;
        Resolution read = resolveTypes(n, false, o, false, Direction::Read, m_refs);
        Resolution write = resolveTypes(o, false, n, false, Direction::Write, m_refs);
        Effect r = effectOf(read), w = effectOf(write);
        std::string what = r == Effect::Breaking ? "narrowing or incompatible"
                           : r == Effect::Lossy  ? "promotion that can lose precision"
                                                 : "widening";
        add(ChangeKind::TypeChanged, path, o.describe(), n.describe(), r, w,
            "type changed from " + o.describe() + " to " + n.describe() + " (" + what + ")");
    }

    void namedType(const DataType& o, const DataType& n, const std::string& path) {
        if (o.name == n.name || o.name.empty() || n.name.empty())
            return;
        bool aliased = contains(n.aliases, o.name);
        add(ChangeKind::NamedTypeRenamed, path, o.name, n.name,
            aliased ? Effect::Safe : Effect::Lossy, Effect::Lossy,
            "named type renamed: structural stores are unaffected; Avro readers need an alias" +
                std::string(aliased ? " (declared)" : ""));
    }

    void enumeration(const DataType& o, const DataType& n, const std::string& path) {
        namedType(o, n, path);
        std::vector<std::string> added, removed;
        for (const std::string& s : n.symbols)
            if (!contains(o.symbols, s))
                added.push_back(s);
        for (const std::string& s : o.symbols)
            if (!contains(n.symbols, s))
                removed.push_back(s);
        if (!added.empty())
            add(ChangeKind::EnumSymbolsAdded, path, "", listSymbols(added), Effect::Safe,
                o.enumDefault ? Effect::Lossy : Effect::Breaking,
                o.enumDefault ? "symbols added: old readers read them as '" + *o.enumDefault + "'"
                              : "symbols added: old readers have no enum default for them");
        if (!removed.empty())
            add(ChangeKind::EnumSymbolsRemoved, path, listSymbols(removed), "",
                n.enumDefault ? Effect::Lossy : Effect::Breaking, Effect::Safe,
                n.enumDefault
                    ? "symbols removed: old data reads them as '" + *n.enumDefault + "'"
                    : "symbols removed: the new version cannot read old data holding them");
        if (o.enumDefault != n.enumDefault)
            add(ChangeKind::EnumDefaultChanged, path, o.enumDefault.value_or("(none)"),
                n.enumDefault.value_or("(none)"), Effect::Safe, Effect::Safe,
                "enum default changed");
    }

    static std::string describeConstraint(const Constraint& c) {
        std::string text = std::string(toString(c.kind)) + "(" + listSymbols(c.columns) + ")";
        if (c.kind == ConstraintKind::ForeignKey)
            text += " -> " + c.refType + "(" + listSymbols(c.refColumns) + ")";
        if (c.kind == ConstraintKind::Check)
            text += " " + c.expression;
        return text;
    }

    void constraints(const std::vector<Constraint>& older, const std::vector<Constraint>& newer) {
        for (const Constraint& c : newer)
            if (std::find(older.begin(), older.end(), c) == older.end())
                add(ChangeKind::ConstraintAdded, "(constraints)", "", describeConstraint(c),
                    Effect::Safe, Effect::Safe,
                    "constraint added: existing data in a store must satisfy it before it applies");
        for (const Constraint& c : older)
            if (std::find(newer.begin(), newer.end(), c) == newer.end())
                add(ChangeKind::ConstraintRemoved, "(constraints)", describeConstraint(c), "",
                    Effect::Safe, Effect::Safe,
                    "constraint removed: new data may break what old readers assumed");
    }

    const RefResolver& m_refs;
    std::vector<Change> m_changes;
};

Effect worst(const std::vector<Change>& changes, Effect Change::*direction) {
    Effect out = Effect::Safe;
    for (const Change& c : changes)
        out = std::max(out, c.*direction);
    return out;
}

} // namespace

Effect SchemaDiff::worstRead() const {
    return worst(changes, &Change::read);
}
Effect SchemaDiff::worstWrite() const {
    return worst(changes, &Change::write);
}

SchemaDiff diffVersions(const TypeVersion& older, const TypeVersion& newer,
                        const RefResolver& refs) {
    return SchemaDiff{older.id, newer.id, Differ(refs).run(older, newer)};
}

const char* toString(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::FieldAdded:
        return "field-added";
    case ChangeKind::FieldRemoved:
        return "field-removed";
    case ChangeKind::FieldRenamed:
        return "field-renamed";
    case ChangeKind::LikelyRename:
        return "likely-rename";
    case ChangeKind::TypeChanged:
        return "type-changed";
    case ChangeKind::NullabilityChanged:
        return "nullability-changed";
    case ChangeKind::DefaultChanged:
        return "default-changed";
    case ChangeKind::AliasesChanged:
        return "aliases-changed";
    case ChangeKind::EnumSymbolsAdded:
        return "enum-symbols-added";
    case ChangeKind::EnumSymbolsRemoved:
        return "enum-symbols-removed";
    case ChangeKind::EnumDefaultChanged:
        return "enum-default-changed";
    case ChangeKind::NamedTypeRenamed:
        return "named-type-renamed";
    case ChangeKind::ConstraintAdded:
        return "constraint-added";
    case ChangeKind::ConstraintRemoved:
        return "constraint-removed";
    case ChangeKind::DocChanged:
        return "doc-changed";
    }
    return "?";
}

const char* toString(Effect effect) {
    switch (effect) {
    case Effect::Safe:
        return "safe";
    case Effect::Lossy:
        return "lossy";
    case Effect::Breaking:
        return "breaking";
    }
    return "?";
}

Json diffToJson(const SchemaDiff& diff) {
    Json j = {{"older", diff.older.toString()},
              {"newer", diff.newer.toString()},
              {"read", toString(diff.worstRead())},
              {"write", toString(diff.worstWrite())},
              {"changes", Json::array()}};
    for (const Change& c : diff.changes)
        j["changes"].push_back({{"kind", toString(c.kind)},
                                {"path", c.path},
                                {"before", c.before},
                                {"after", c.after},
                                {"read", toString(c.read)},
                                {"write", toString(c.write)},
                                {"message", c.message}});
    return j;
}

} // namespace strata
