#include "strata/convert/converter.h"

#include <set>

namespace strata {

namespace {

// Walks a reader/writer pair of schemas the way resolution does and writes down, as steps,
// what resolution would do to a record.
class Deriver {
public:
    explicit Deriver(const RefResolver& refs)
        : m_refs(refs) {}

    void fields(const std::string& prefix, const std::vector<Field>& reader,
                const std::vector<Field>& writer);
    std::vector<ConverterStep> steps;

private:
    const RefResolver& m_refs;
    std::set<std::pair<const TypeVersion*, const TypeVersion*>> m_openRefs;

    void type(const std::string& path, const DataType& reader, const DataType& writer);
    const std::vector<Field>* fieldsOf(const DataType& type, const TypeVersion** version);
    void renames(const std::string& prefix,
                 const std::vector<std::pair<const Field*, const Field*>>& pairs);
};

ConverterStep makeStep(StepKind kind, std::string field) {
    ConverterStep s;
    s.kind = kind;
    s.field = std::move(field);
    return s;
}

void Deriver::fields(const std::string& prefix, const std::vector<Field>& reader,
                     const std::vector<Field>& writer) {
    std::vector<const Field*> match(reader.size(), nullptr);
    std::set<const Field*> used;
    // Names match first; a reader alias only matches a writer field nobody claimed by name.
    for (size_t i = 0; i < reader.size(); ++i) {
        for (const Field& w : writer) {
            if (w.name == reader[i].name) {
                match[i] = &w;
                used.insert(&w);
            }
        }
    }
    for (size_t i = 0; i < reader.size(); ++i) {
        for (const std::string& alias : reader[i].aliases) {
            for (const Field& w : writer) {
                if (!match[i] && !used.count(&w) && w.name == alias) {
                    match[i] = &w;
                    used.insert(&w);
                }
            }
        }
    }

    for (const Field& w : writer) {
        if (!used.count(&w))
            steps.push_back(makeStep(StepKind::Drop, prefix + w.name));
    }
    std::vector<std::pair<const Field*, const Field*>> pairs; // (writer, reader)
    for (size_t i = 0; i < reader.size(); ++i) {
        if (match[i])
            pairs.emplace_back(match[i], &reader[i]);
    }
    renames(prefix, pairs);
    for (const auto& [w, r] : pairs)
        type(prefix + r->name, r->type, w->type);
    for (size_t i = 0; i < reader.size(); ++i) {
        if (match[i] || !reader[i].defaultValue)
            continue;
        ConverterStep add = makeStep(StepKind::AddWithDefault, prefix + reader[i].name);
        add.value = reader[i].defaultValue;
        steps.push_back(std::move(add));
    }
}

// A reader field whose own name a writer field carries always matches that field by name, so
// a rename target is never held by another writer field: renames cannot collide.
void Deriver::renames(const std::string& prefix,
                      const std::vector<std::pair<const Field*, const Field*>>& pairs) {
    for (const auto& [w, r] : pairs) {
        if (w->name == r->name)
            continue;
        ConverterStep s = makeStep(StepKind::Rename, prefix + w->name);
        s.newName = r->name;
        steps.push_back(std::move(s));
    }
}

const std::vector<Field>* Deriver::fieldsOf(const DataType& type, const TypeVersion** version) {
    *version = nullptr;
    if (type.kind == TypeKind::Struct)
        return &type.fields;
    if (type.kind != TypeKind::Ref || !m_refs)
        return nullptr;
    *version = m_refs(type.refTarget, type.refVersion);
    return *version ? &(*version)->schema.fields : nullptr;
}

void Deriver::type(const std::string& path, const DataType& reader, const DataType& writer) {
    bool composite = reader.kind == TypeKind::Struct || reader.kind == TypeKind::Ref;
    if (composite && (writer.kind == TypeKind::Struct || writer.kind == TypeKind::Ref)) {
        const TypeVersion* rv = nullptr;
        const TypeVersion* wv = nullptr;
        const std::vector<Field>* rf = fieldsOf(reader, &rv);
        const std::vector<Field>* wf = fieldsOf(writer, &wv);
        if (!rf || !wf || (rv && rv == wv))
            return; // the same referenced version on both sides needs nothing
        // A reference pair already being derived further up would only repeat itself.
        auto key = std::make_pair(rv, wv);
        if ((rv || wv) && !m_openRefs.insert(key).second)
            return;
        fields(path + ".", *rf, *wf);
        if (rv || wv)
            m_openRefs.erase(key);
        return;
    }
    if (reader.kind == TypeKind::Array && writer.kind == TypeKind::Array) {
        type(path + "[]", reader.element(), writer.element());
        return;
    }
    if (reader.kind == TypeKind::Map && writer.kind == TypeKind::Map) {
        type(path + "{}", reader.mapValue(), writer.mapValue());
        return;
    }
    if (reader.kind == TypeKind::Enum && writer.kind == TypeKind::Enum) {
        ConverterStep map = makeStep(StepKind::MapEnum, path);
        for (const std::string& s : writer.symbols) {
            bool known =
                std::find(reader.symbols.begin(), reader.symbols.end(), s) != reader.symbols.end();
            if (!known && reader.enumDefault)
                map.symbolMap[s] = *reader.enumDefault;
        }
        if (!map.symbolMap.empty())
            steps.push_back(std::move(map));
        return;
    }
    if (reader == writer)
        return;
    ConverterStep cast = makeStep(StepKind::Cast, path);
    cast.toType = reader;
    cast.onError = OnError::Fail;
    steps.push_back(std::move(cast));
}

} // namespace

Result<Converter> deriveConverter(const TypeVersion& writer, const TypeVersion& reader,
                                  const RefResolver& refs) {
    Resolution res = resolveSchemas(reader.schema, writer.schema, Direction::Read, refs);
    if (!res.compatible) {
        std::string why;
        for (const Finding& f : res.findings) {
            if (f.severity == Severity::Error)
                why += (why.empty() ? "" : "; ") + f.path + ": " + f.message;
        }
        return makeError(ErrorCode::Conflict,
                         reader.id.toString() + " cannot read " + writer.id.toString() +
                             " records, so no converter can be derived: " + why);
    }
    Deriver d(refs);
    d.fields("", reader.schema.fields, writer.schema.fields);
    Converter c;
    c.from = writer.id;
    c.to = reader.id;
    c.steps = std::move(d.steps);
    c.doc = "derived from the schemas";
    return c;
}

} // namespace strata
