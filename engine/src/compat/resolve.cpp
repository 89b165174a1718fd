// Schema-level resolution: can a reader decode everything a writer can produce (DESIGN §3)?

#include "field_match.h"
#include "strata/compat/verdict.h"

#include <algorithm>
#include <set>

namespace strata {
namespace {

struct Promotion {
    TypeKind from;
    TypeKind to;
    bool lossy;
};

// Writer → reader promotions; anything else between different kinds is a mismatch.
constexpr Promotion kPromotions[] = {
    {TypeKind::Int32, TypeKind::Int64, false},   {TypeKind::Int32, TypeKind::Float32, true},
    {TypeKind::Int32, TypeKind::Float64, false}, {TypeKind::Int64, TypeKind::Float32, true},
    {TypeKind::Int64, TypeKind::Float64, true},  {TypeKind::Float32, TypeKind::Float64, false},
    {TypeKind::String, TypeKind::Bytes, false},  {TypeKind::Bytes, TypeKind::String, false},
    {TypeKind::Uuid, TypeKind::String, false},
};

using PairKey = std::pair<std::string, std::string>;

std::string refKey(const DataType& t) {
    return t.refTarget + "@" + (t.refVersion ? t.refVersion->toString() : "latest");
}

class SchemaResolver {
public:
    SchemaResolver(Direction direction, const RefResolver& refs)
        : m_direction(direction)
        , m_refs(refs) {}

    Resolution run(const Schema& reader, const Schema& writer) {
        fields(reader.fields, writer.fields, "");
        return std::move(m_result);
    }

    Resolution runTypes(const DataType& reader, bool rNull, const DataType& writer, bool wNull) {
        type(reader, rNull, writer, wNull, "");
        return std::move(m_result);
    }

private:
    using Params = std::map<std::string, std::string>;

    void add(const std::string& path, const char* rule, Severity severity, std::string message,
             Params params = {}) {
        if (severity == Severity::Error)
            m_result.compatible = false;
        m_result.findings.push_back(Finding{path.empty() ? "(record)" : path, rule, m_direction,
                                            severity, std::move(message), std::move(params)});
    }

    static std::string join(const std::string& prefix, const std::string& name) {
        return prefix.empty() ? name : prefix + "." + name;
    }

    void fields(const std::vector<Field>& reader, const std::vector<Field>& writer,
                const std::string& prefix) {
        std::set<const Field*> used;
        for (const Field& r : reader) {
            const Field* w = detail::matchWriterField(r, writer);
            std::string path = join(prefix, r.name);
            if (!w) {
                if (r.hasDefault())
                    add(path, "field-filled-by-default", Severity::Info,
                        "reader field '" + r.name +
                            "' is absent from the writer and is filled with its default " +
                            r.defaultValue->dump(),
                        {{"field", r.name}, {"default", r.defaultValue->dump()}});
                else
                    add(path, "field-missing-no-default", Severity::Error,
                        "reader field '" + r.name +
                            "' is absent from the writer and has no default",
                        {{"field", r.name}});
                continue;
            }
            used.insert(w);
            if (w->name != r.name)
                add(path, "field-matched-by-alias", Severity::Info,
                    "reader field '" + r.name + "' reads writer field '" + w->name +
                        "' through its alias",
                    {{"field", r.name}, {"writer_field", w->name}});
            type(r.type, r.nullable, w->type, w->nullable, path);
        }
        for (const Field& w : writer)
            if (!used.count(&w))
                add(join(prefix, w.name), "field-skipped", Severity::Info,
                    "writer field '" + w.name + "' is unknown to the reader and is skipped",
                    {{"field", w.name}});
    }

    void type(const DataType& r, bool rNull, const DataType& w, bool wNull,
              const std::string& path) {
        if (wNull && !rNull)
            add(path, "nullable-to-required", Severity::Error,
                "the writer allows null here but the reader requires a value");
        if (r.kind == TypeKind::Ref || w.kind == TypeKind::Ref) {
            reference(r, w, path);
            return;
        }
        if (r.kind == w.kind) {
            sameKind(r, w, path);
            return;
        }
        for (const Promotion& p : kPromotions) {
            if (p.from == w.kind && p.to == r.kind) {
                if (p.lossy) {
                    m_result.lossy = true;
                    add(path, "lossy-promotion", Severity::Warning,
                        std::string("promoting ") + toString(w.kind) + " to " + toString(r.kind) +
                            " can lose precision",
                        {{"from", toString(w.kind)}, {"to", toString(r.kind)}});
                }
                return;
            }
        }
        bool narrowing = w.isNumeric() && r.isNumeric();
        add(path, narrowing ? "numeric-narrowing" : "type-mismatch", Severity::Error,
            "the writer's " + w.describe() + " cannot be read as " + r.describe() +
                (narrowing ? " (narrowing is never implicit)" : ""),
            {{"writer_type", w.describe()}, {"reader_type", r.describe()}});
    }

    void sameKind(const DataType& r, const DataType& w, const std::string& path) {
        switch (r.kind) {
        case TypeKind::Decimal:
            decimal(r, w, path);
            return;
        case TypeKind::Array:
            type(r.element(), false, w.element(), false, path + "[]");
            return;
        case TypeKind::Map:
            type(r.mapKey(), false, w.mapKey(), false, path + "{key}");
            type(r.mapValue(), false, w.mapValue(), false, path + "{}");
            return;
        case TypeKind::Struct:
            namedTypeName(r, w, path);
            fields(r.fields, w.fields, path);
            return;
        case TypeKind::Enum:
            enumeration(r, w, path);
            return;
        default:
            return;
        }
    }

    void decimal(const DataType& r, const DataType& w, const std::string& path) {
        if (r.precision == 0)
            return; // unconstrained reader holds any writer decimal
        bool fits = w.precision != 0 && r.scale >= w.scale &&
                    r.precision - r.scale >= w.precision - w.scale;
        if (!fits)
            add(path, "decimal-narrowing", Severity::Error,
                "the writer's " + w.describe() + " does not fit the reader's " + r.describe() +
                    " (integer digits or scale would be cut)",
                {{"writer_type", w.describe()}, {"reader_type", r.describe()}});
    }

    void namedTypeName(const DataType& r, const DataType& w, const std::string& path) {
        if (r.name == w.name || w.name.empty() || r.name.empty())
            return;
        if (std::find(r.aliases.begin(), r.aliases.end(), w.name) != r.aliases.end())
            return;
        add(path, "named-type-renamed", Severity::Warning,
            std::string(r.kind == TypeKind::Struct ? "struct" : "enum") + " '" + w.name +
                "' is named '" + r.name +
                "' by the reader: harmless for stores that resolve by structure, breaking for "
                "Avro unless the reader declares '" +
                w.name + "' as an alias",
            {{"kind", r.kind == TypeKind::Struct ? "struct" : "enum"},
             {"writer_name", w.name},
             {"reader_name", r.name}});
    }

    void enumeration(const DataType& r, const DataType& w, const std::string& path) {
        namedTypeName(r, w, path);
        for (const std::string& symbol : w.symbols) {
            if (std::find(r.symbols.begin(), r.symbols.end(), symbol) != r.symbols.end())
                continue;
            if (r.enumDefault) {
                m_result.lossy = true;
                add(path, "enum-symbol-to-default", Severity::Warning,
                    "writer symbol '" + symbol +
                        "' is unknown to the reader and reads as its enum default '" +
                        *r.enumDefault + "'",
                    {{"symbol", symbol}, {"default", *r.enumDefault}});
            } else {
                add(path, "enum-symbol-unknown", Severity::Error,
                    "writer symbol '" + symbol +
                        "' is unknown to the reader, whose enum declares no default",
                    {{"symbol", symbol}});
            }
        }
    }

    // Dereferences a ref to the referenced version's schema as a struct; nullptr if dangling.
    const TypeVersion* deref(const DataType& t, const std::string& path) {
        const TypeVersion* target = m_refs ? m_refs(t.refTarget, t.refVersion) : nullptr;
        if (!target)
            add(path, "unresolved-reference", Severity::Error,
                "reference to " + refKey(t) + " cannot be resolved", {{"reference", refKey(t)}});
        return target;
    }

    void reference(const DataType& r, const DataType& w, const std::string& path) {
        if (r.kind == TypeKind::Ref && w.kind == TypeKind::Ref && r.refTarget == w.refTarget &&
            r.refVersion && r.refVersion == w.refVersion)
            return; // the very same version
        const TypeVersion* rt = r.kind == TypeKind::Ref ? deref(r, path) : nullptr;
        const TypeVersion* wt = w.kind == TypeKind::Ref ? deref(w, path) : nullptr;
        if ((r.kind == TypeKind::Ref && !rt) || (w.kind == TypeKind::Ref && !wt))
            return;
        const std::vector<Field>* rf = rt                           ? &rt->schema.fields
                                       : r.kind == TypeKind::Struct ? &r.fields
                                                                    : nullptr;
        const std::vector<Field>* wf = wt                           ? &wt->schema.fields
                                       : w.kind == TypeKind::Struct ? &w.fields
                                                                    : nullptr;
        if (!rf || !wf) {
            add(path, "type-mismatch", Severity::Error,
                "the writer's " + w.describe() + " cannot be read as " + r.describe(),
                {{"writer_type", w.describe()}, {"reader_type", r.describe()}});
            return;
        }
        PairKey key{rt ? rt->id.toString() : "struct:" + r.name,
                    wt ? wt->id.toString() : "struct:" + w.name};
        // A pair already being compared is assumed compatible: recursion through reference
        // cycles stops here, and its fields are judged where the comparison started.
        if (!m_inProgress.insert(key).second)
            return;
        fields(*rf, *wf, path);
        m_inProgress.erase(key);
    }

    Direction m_direction;
    const RefResolver& m_refs;
    Resolution m_result;
    std::set<PairKey> m_inProgress;
};

} // namespace

Resolution resolveSchemas(const Schema& reader, const Schema& writer, Direction direction,
                          const RefResolver& refs) {
    return SchemaResolver(direction, refs).run(reader, writer);
}

Resolution resolveTypes(const DataType& reader, bool readerNullable, const DataType& writer,
                        bool writerNullable, Direction direction, const RefResolver& refs) {
    return SchemaResolver(direction, refs).runTypes(reader, readerNullable, writer, writerNullable);
}

RefResolver resolverFor(const Workspace& ws) {
    return [&ws](std::string_view type, const std::optional<SemVer>& version) {
        return ws.resolve(type, version);
    };
}

} // namespace strata
