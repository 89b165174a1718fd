// Datum-level resolution: one JSON record written with a writer schema, read as a reader would.

#include "strata/compat/datum.h"

#include "field_match.h"

#include <algorithm>
#include <cmath>

namespace strata {
namespace {

// Aborts reading one record; caught in readDatum/validateDatum.
struct DatumFailure {
    std::string path;
    std::string message;
};

constexpr int kMaxDepth = 256;

[[noreturn]] void failAt(const std::string& path, std::string message) {
    throw DatumFailure{path.empty() ? "(record)" : path, std::move(message)};
}

std::string join(const std::string& prefix, const std::string& name) {
    return prefix.empty() ? name : prefix + "." + name;
}

const std::vector<Field>* structFields(const DataType& t, const RefResolver& refs,
                                       const std::string& path) {
    if (t.kind == TypeKind::Struct)
        return &t.fields;
    if (t.kind != TypeKind::Ref)
        return nullptr;
    const TypeVersion* target = refs ? refs(t.refTarget, t.refVersion) : nullptr;
    if (!target)
        failAt(path, "reference to " + t.refTarget + " cannot be resolved");
    return &target->schema.fields;
}

class DatumReader {
public:
    explicit DatumReader(const RefResolver& refs)
        : m_refs(refs) {}

    Json record(const std::vector<Field>& reader, const std::vector<Field>& writer,
                const Json& value, const std::string& path, int depth) {
        if (!value.is_object())
            failAt(path, "expected an object, got " + std::string(value.type_name()));
        if (depth > kMaxDepth)
            failAt(path, "record nests deeper than " + std::to_string(kMaxDepth) + " levels");
        Json out = Json::object();
        for (const Field& r : reader) {
            std::string fieldPath = join(path, r.name);
            const Field* w = detail::matchWriterField(r, writer);
            if (!w) {
                if (!r.hasDefault())
                    failAt(fieldPath,
                           "the writer has no field '" + r.name + "' and the reader no default");
                out[r.name] = *r.defaultValue;
                continue;
            }
            auto it = value.find(w->name);
            if (it == value.end())
                failAt(fieldPath, "the record lacks writer field '" + w->name + "'");
            out[r.name] = read(r.type, r.nullable, w->type, w->nullable, *it, fieldPath, depth + 1);
        }
        return out;
    }

    Json read(const DataType& r, bool rNull, const DataType& w, bool wNull, const Json& v,
              const std::string& path, int depth) {
        if (v.is_null()) {
            if (!wNull)
                failAt(path, "null is not a valid writer value here");
            if (!rNull)
                failAt(path, "null cannot be read: the reader requires a value");
            return nullptr;
        }
        const std::vector<Field>* rf = structFields(r, m_refs, path);
        const std::vector<Field>* wf = structFields(w, m_refs, path);
        if (rf || wf) {
            if (!rf || !wf)
                failAt(path, "the writer's " + w.describe() + " cannot be read as " + r.describe());
            return record(*rf, *wf, v, path, depth);
        }
        if (r.kind == w.kind)
            return sameKind(r, w, v, path, depth);
        return promote(r, w, v, path);
    }

private:
    Json sameKind(const DataType& r, const DataType& w, const Json& v, const std::string& path,
                  int depth) {
        switch (r.kind) {
        case TypeKind::Array: {
            if (!v.is_array())
                failAt(path, "expected an array");
            Json out = Json::array();
            for (const Json& e : v)
                out.push_back(
                    read(r.element(), false, w.element(), false, e, path + "[]", depth + 1));
            return out;
        }
        case TypeKind::Map: {
            if (!v.is_object())
                failAt(path, "expected an object for a map");
            Json out = Json::object();
            for (const auto& [k, e] : v.items())
                out[k] = read(r.mapValue(), false, w.mapValue(), false, e, path + "{}", depth + 1);
            return out;
        }
        case TypeKind::Enum: {
            const std::string symbol = v.get<std::string>();
            if (std::find(r.symbols.begin(), r.symbols.end(), symbol) != r.symbols.end())
                return symbol;
            if (r.enumDefault)
                return *r.enumDefault;
            failAt(path,
                   "symbol '" + symbol + "' is unknown to the reader, whose enum has no default");
        }
        case TypeKind::Decimal:
            return decimal(r, v, path);
        default:
            return v;
        }
    }

    // Decimal text rescaled to the reader's scale; fails where digits would be cut.
    static Json decimal(const DataType& r, const Json& v, const std::string& path) {
        std::string text = v.is_string() ? v.get<std::string>() : v.dump();
        std::optional<std::string> rescaled = rescaleDecimal(text, r);
        if (!rescaled)
            failAt(path, "value " + text + " does not fit " + r.describe());
        return *rescaled;
    }

    static Json promote(const DataType& r, const DataType& w, const Json& v,
                        const std::string& path) {
        auto is = [&](TypeKind from, TypeKind to) { return w.kind == from && r.kind == to; };
        if (is(TypeKind::Int32, TypeKind::Int64) || is(TypeKind::String, TypeKind::Bytes) ||
            is(TypeKind::Bytes, TypeKind::String) || is(TypeKind::Uuid, TypeKind::String))
            return v;
        if (is(TypeKind::Int32, TypeKind::Float64) || is(TypeKind::Int64, TypeKind::Float64) ||
            is(TypeKind::Float32, TypeKind::Float64))
            return v.get<double>();
        if (is(TypeKind::Int32, TypeKind::Float32) || is(TypeKind::Int64, TypeKind::Float32))
            return static_cast<double>(static_cast<float>(v.get<double>()));
        failAt(path, "the writer's " + w.describe() + " cannot be read as " + r.describe());
    }

    const RefResolver& m_refs;
};

void validate(const DataType& t, bool nullable, const Json& v, const RefResolver& refs,
              const std::string& path, int depth) {
    if (depth > kMaxDepth)
        failAt(path, "record nests deeper than " + std::to_string(kMaxDepth) + " levels");
    if (v.is_null()) {
        if (!nullable)
            failAt(path, "null where a value is required");
        return;
    }
    const std::vector<Field>* fields = structFields(t, refs, path);
    if (fields) {
        if (!v.is_object())
            failAt(path, "expected an object");
        for (const Field& f : *fields) {
            auto it = v.find(f.name);
            if (it == v.end())
                failAt(join(path, f.name), "missing field '" + f.name + "'");
            validate(f.type, f.nullable, *it, refs, join(path, f.name), depth + 1);
        }
        for (const auto& item : v.items()) {
            const std::string& key = item.key(); // clang 14 cannot capture structured bindings
            if (std::none_of(fields->begin(), fields->end(),
                             [&](const Field& f) { return f.name == key; }))
                failAt(join(path, key), "field '" + key + "' is not in the schema");
        }
        return;
    }
    if (t.kind == TypeKind::Array) {
        if (!v.is_array())
            failAt(path, "expected an array");
        for (const Json& e : v)
            validate(t.element(), false, e, refs, path + "[]", depth + 1);
        return;
    }
    if (t.kind == TypeKind::Map) {
        if (!v.is_object())
            failAt(path, "expected an object for a map");
        for (const auto& [k, e] : v.items())
            validate(t.mapValue(), false, e, refs, path + "{}", depth + 1);
        return;
    }
    if (!isValidValue(t, nullable, v))
        failAt(path, "value " + v.dump() + " is not a valid " + t.describe());
}

} // namespace

Result<Json> readDatum(const Schema& reader, const Schema& writer, const Json& record,
                       const RefResolver& refs) {
    if (Status s = validateDatum(writer, record, refs); !s)
        return makeError(ErrorCode::InvalidArgument,
                         "not a valid writer record: " + s.error().message, s.error().where);
    try {
        return DatumReader(refs).record(reader.fields, writer.fields, record, "", 0);
    } catch (const DatumFailure& f) {
        return makeError(ErrorCode::Schema, f.message, f.path);
    }
}

Status validateDatum(const Schema& schema, const Json& record, const RefResolver& refs) {
    try {
        DataType root;
        root.kind = TypeKind::Struct;
        root.fields = schema.fields;
        validate(root, false, record, refs, "", 0);
        return {};
    } catch (const DatumFailure& f) {
        return makeError(ErrorCode::Schema, f.message, f.path);
    }
}

} // namespace strata
