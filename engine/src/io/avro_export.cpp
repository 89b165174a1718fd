// Avro .avsc export. One Exporter runs per version; it throws ExportFailure internally to
// abort the export, caught in exportAvro.

#include "avro_names.h"
#include "avro_values.h"
#include "strata/io/avro.h"

#include <map>
#include <set>

namespace strata {
namespace {

using avro::FullName;

struct ExportFailure {
    ErrorCode code;
    std::string message;
    std::string path;
};

[[noreturn]] void fail(ErrorCode code, std::string message, std::string path) {
    throw ExportFailure{code, std::move(message), std::move(path)};
}

std::string fieldPath(const std::string& parent, const std::string& name) {
    return parent.empty() ? name : parent + "." + name;
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string refKey(const DataType& ref) {
    return ref.refTarget + "@" + (ref.refVersion ? ref.refVersion->toString() : "latest");
}

// Timestamps are written with microsecond precision, the finest PostgreSQL keeps.
constexpr int64_t kTimestampUnit = 1000000;

class Exporter {
public:
    explicit Exporter(const RefResolver& refs)
        : m_refs(refs) {}

    Json run(const TypeVersion& version);
    std::vector<std::string> takeNotes() { return std::move(m_notes); }

private:
    Json record(const FullName& fn, const std::string& enclosing, const std::vector<Field>& fields,
                const std::string& path);
    Json field(const Field& f, const std::string& ns, const std::string& parentPath);
    Json type(const DataType& t, const std::string& ns, const std::string& path);
    Json named(const DataType& t, const std::string& ns, const std::string& path);
    Json reference(const DataType& t, const std::string& ns, const std::string& path);
    Json value(const DataType& t, const Json& v, const std::string& path);
    Json nestedValue(const Field& f, const Json& v, const std::string& path);
    const TypeVersion& resolve(const DataType& ref, const std::string& path);
    FullName nameOf(const DataType& t, const std::string& ns, const std::string& path);
    void claim(const std::string& full, const std::string& owner, const std::string& path);

    void note(const std::string& path, const std::string& text) {
        m_notes.push_back((path.empty() ? std::string("(top level)") : path) + ": " + text);
    }

    const RefResolver& m_refs;
    const TypeVersion* m_self = nullptr;
    std::map<std::string, DataType> m_defined;     // full name -> struct or enum written
    std::map<std::string, std::string> m_owners;   // full name -> what it was written for
    std::map<std::string, std::string> m_refNames; // ref key -> full name written
    std::vector<std::string> m_notes;
    int m_depth = 0;
};

Json Exporter::run(const TypeVersion& version) {
    m_self = &version;
    FullName fn = avro::splitFullName(version.id.name);
    if (!avro::isValidName(fn.name) ||
        (!fn.nameSpace.empty() && !avro::isValidFullName(fn.nameSpace)))
        fail(ErrorCode::Unsupported,
             "type name '" + version.id.name + "' is not a valid Avro (full) name", "");
    claim(fn.full(), "version " + version.id.toString(), "");
    Json out = record(fn, "", version.schema.fields, "");
    if (!version.doc.empty())
        out["doc"] = version.doc;
    return out;
}

void Exporter::claim(const std::string& full, const std::string& owner, const std::string& path) {
    auto [it, inserted] = m_owners.emplace(full, owner);
    if (!inserted && it->second != owner)
        fail(ErrorCode::Conflict,
             "the Avro name " + full + " is used by both " + it->second + " and " + owner +
                 "; Avro names must be unique within a schema",
             path);
}

Json Exporter::record(const FullName& fn, const std::string& enclosing,
                      const std::vector<Field>& fields, const std::string& path) {
    Json out = Json::object();
    out["type"] = "record";
    out["name"] = fn.name;
    if (fn.nameSpace != enclosing)
        out["namespace"] = fn.nameSpace;
    Json list = Json::array();
    for (const Field& f : fields)
        list.push_back(field(f, fn.nameSpace, path));
    out["fields"] = std::move(list);
    return out;
}

Json Exporter::field(const Field& f, const std::string& ns, const std::string& parentPath) {
    std::string path = fieldPath(parentPath, f.name);
    if (!avro::isValidName(f.name))
        fail(ErrorCode::Unsupported, "field name '" + f.name + "' is not a valid Avro name", path);
    Json out = Json::object();
    out["name"] = f.name;
    Json t = type(f.type, ns, path);
    bool nullFirst = f.nullable && (!f.hasDefault() || f.defaultValue->is_null());
    if (f.nullable)
        out["type"] = nullFirst ? Json::array({"null", t}) : Json::array({t, "null"});
    else
        out["type"] = t;
    if (f.hasDefault()) {
        if (f.defaultValue->is_null() && !f.nullable)
            fail(ErrorCode::Schema, "default null on a field that is not nullable", path);
        out["default"] =
            f.defaultValue->is_null() ? Json(nullptr) : value(f.type, *f.defaultValue, path);
    }
    if (!f.aliases.empty())
        out["aliases"] = f.aliases;
    if (!f.doc.empty())
        out["doc"] = f.doc;
    return out;
}

Json Exporter::type(const DataType& t, const std::string& ns, const std::string& path) {
    if (++m_depth > 100)
        fail(ErrorCode::Unsupported, "types nest deeper than 100 levels", path);
    struct Leave {
        int& depth;
        ~Leave() { --depth; }
    } leave{m_depth};

    auto logical = [](const char* base, const char* name) {
        return Json{{"type", base}, {"logicalType", name}};
    };
    switch (t.kind) {
    case TypeKind::Bool:
        return "boolean";
    case TypeKind::Int32:
        return "int";
    case TypeKind::Int64:
        return "long";
    case TypeKind::Float32:
        return "float";
    case TypeKind::Float64:
        return "double";
    case TypeKind::String:
        return "string";
    case TypeKind::Bytes:
        return "bytes";
    case TypeKind::Decimal:
        if (t.precision == 0) {
            note(path, "decimal without a precision written as string (Avro decimals need one)");
            return "string";
        }
        return Json{{"type", "bytes"},
                    {"logicalType", "decimal"},
                    {"precision", t.precision},
                    {"scale", t.scale}};
    case TypeKind::Date:
        return logical("int", "date");
    case TypeKind::Timestamp:
        return logical("long", "local-timestamp-micros");
    case TypeKind::TimestampTz:
        return logical("long", "timestamp-micros");
    case TypeKind::Uuid:
        return logical("string", "uuid");
    case TypeKind::JsonValue:
        note(path, "json written as string (Avro has no JSON type)");
        return "string";
    case TypeKind::Array:
        return Json{{"type", "array"}, {"items", type(t.element(), ns, path + "[]")}};
    case TypeKind::Map:
        if (t.mapKey().kind != TypeKind::String)
            fail(ErrorCode::Unsupported,
                 "map key type " + t.mapKey().describe() + " is not string (Avro map keys are)",
                 path);
        return Json{{"type", "map"}, {"values", type(t.mapValue(), ns, path + "{}")}};
    case TypeKind::Struct:
    case TypeKind::Enum:
        return named(t, ns, path);
    case TypeKind::Ref:
        return reference(t, ns, path);
    }
    fail(ErrorCode::Internal, "unknown type kind", path);
}

FullName Exporter::nameOf(const DataType& t, const std::string& ns, const std::string& path) {
    FullName fn{t.nameSpace, t.name};
    if (fn.name.empty()) {
        std::string last = path.substr(path.find_last_of('.') + 1);
        while (!last.empty() && (last.back() == ']' || last.back() == '[' || last.back() == '}' ||
                                 last.back() == '{'))
            last.pop_back();
        fn = FullName{ns, capitalised(last) + (t.kind == TypeKind::Enum ? "Enum" : "Record")};
        note(path, "unnamed " + std::string(toString(t.kind)) + " written as " + fn.full());
    }
    if (!avro::isValidName(fn.name) ||
        (!fn.nameSpace.empty() && !avro::isValidFullName(fn.nameSpace)))
        fail(ErrorCode::Unsupported, "'" + fn.full() + "' is not a valid Avro name", path);
    return fn;
}

Json Exporter::named(const DataType& t, const std::string& ns, const std::string& path) {
    FullName fn = nameOf(t, ns, path);
    std::string full = fn.full();
    if (auto it = m_defined.find(full); it != m_defined.end()) {
        if (!(it->second == t))
            fail(ErrorCode::Conflict,
                 "two different types are both named " + full + "; Avro names must be unique",
                 path);
        return full;
    }
    claim(full, "type " + full, path);
    m_defined.emplace(full, t);

    Json out;
    if (t.kind == TypeKind::Struct) {
        out = record(fn, ns, t.fields, path);
    } else {
        out = Json{{"type", "enum"}, {"name", fn.name}, {"symbols", t.symbols}};
        if (fn.nameSpace != ns)
            out["namespace"] = fn.nameSpace;
        if (t.enumDefault)
            out["default"] = *t.enumDefault;
    }
    if (!t.aliases.empty())
        out["aliases"] = t.aliases;
    return out;
}

const TypeVersion& Exporter::resolve(const DataType& ref, const std::string& path) {
    if (ref.refTarget == m_self->id.name && ref.refVersion == m_self->id.version)
        return *m_self;
    const TypeVersion* target = m_refs ? m_refs(ref.refTarget, ref.refVersion) : nullptr;
    if (!target)
        fail(ErrorCode::NotFound,
             "reference to " + ref.refTarget +
                 (ref.refVersion ? "-v" + ref.refVersion->toString() : " (latest)") +
                 " cannot be resolved",
             path);
    return *target;
}

Json Exporter::reference(const DataType& t, const std::string& ns, const std::string& path) {
    std::string key = refKey(t);
    if (auto it = m_refNames.find(key); it != m_refNames.end())
        return it->second;
    const TypeVersion& target = resolve(t, path);
    FullName fn = avro::splitFullName(target.id.name);
    if (!avro::isValidName(fn.name) ||
        (!fn.nameSpace.empty() && !avro::isValidFullName(fn.nameSpace)))
        fail(ErrorCode::Unsupported,
             "referenced type name '" + target.id.name + "' is not a valid Avro name", path);
    std::string owner = "version " + target.id.toString();
    m_refNames.emplace(key, fn.full());
    if (auto it = m_owners.find(fn.full()); it != m_owners.end() && it->second == owner)
        return fn.full(); // the same version, reached through another reference form
    claim(fn.full(), owner, path);

    Json out = record(fn, ns, target.schema.fields, path);
    Json marker{{"type", t.refTarget}};
    if (t.refVersion)
        marker["version"] = t.refVersion->toString();
    out[avro::kRefAttribute] = marker;
    if (!target.doc.empty())
        out["doc"] = target.doc;
    return out;
}

Json Exporter::value(const DataType& t, const Json& v, const std::string& path) {
    auto bad = [&]() -> Json {
        fail(ErrorCode::Schema, "default " + v.dump() + " is not a valid " + t.describe(), path);
    };
    if (v.is_null())
        return v;
    switch (t.kind) {
    case TypeKind::Decimal: {
        if (t.precision == 0)
            return v.is_string() ? v : Json(v.dump());
        auto bytes = v.is_string() ? avro::decimalBytesFromText(v.get<std::string>(), t.scale)
                                   : avro::decimalBytesFromText(v.dump(), t.scale);
        return bytes ? Json(avro::jsonStringFromBytes(*bytes)) : bad();
    }
    case TypeKind::Date: {
        auto days = v.is_string() ? avro::daysFromDate(v.get<std::string>()) : std::nullopt;
        return days ? Json(*days) : bad();
    }
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz: {
        auto count = v.is_string() ? avro::epochFromTimestamp(v.get<std::string>(), kTimestampUnit)
                                   : std::nullopt;
        return count ? Json(*count) : bad();
    }
    case TypeKind::JsonValue:
        return v.is_string() ? v : Json(v.dump());
    case TypeKind::Array: {
        if (!v.is_array())
            return bad();
        Json out = Json::array();
        for (const Json& item : v)
            out.push_back(value(t.element(), item, path + "[]"));
        return out;
    }
    case TypeKind::Map: {
        if (!v.is_object())
            return bad();
        Json out = Json::object();
        for (const auto& [k, item] : v.items())
            out[k] = value(t.mapValue(), item, path + "{}");
        return out;
    }
    case TypeKind::Struct:
    case TypeKind::Ref: {
        if (!v.is_object())
            return bad();
        const auto& fields = t.kind == TypeKind::Struct ? t.fields : resolve(t, path).schema.fields;
        Json out = Json::object();
        // Fields the value leaves out are written with their defaults: some readers (avsc)
        // mishandle record defaults that omit fields.
        for (const Field& f : fields) {
            auto it = v.find(f.name);
            if (it != v.end())
                out[f.name] = nestedValue(f, *it, fieldPath(path, f.name));
            else if (f.hasDefault())
                out[f.name] = nestedValue(f, *f.defaultValue, fieldPath(path, f.name));
        }
        return out;
    }
    default:
        return v;
    }
}

Json Exporter::nestedValue(const Field& f, const Json& v, const std::string& path) {
    // Avro writes a union value inside a default as its first branch, so a nested nullable
    // field can only hold the kind of value its own default puts first.
    bool nullFirst = !f.hasDefault() || f.defaultValue->is_null();
    if (f.nullable && nullFirst != v.is_null())
        fail(ErrorCode::Unsupported,
             std::string("a default gives this nullable field a ") +
                 (v.is_null() ? "null" : "non-null") + " value, but its Avro union puts " +
                 (nullFirst ? "null" : "the value type") +
                 " first; Avro defaults can only use the first branch",
             path);
    if (!f.nullable && v.is_null())
        fail(ErrorCode::Schema, "a default gives this field null, but it is not nullable", path);
    return value(f.type, v, path);
}

} // namespace

Result<AvroExport> exportAvro(const TypeVersion& version, const RefResolver& refs) {
    try {
        Exporter exporter(refs);
        Json schema = exporter.run(version);
        return AvroExport{std::move(schema), exporter.takeNotes()};
    } catch (const ExportFailure& f) {
        std::string where = version.id.toString() + (f.path.empty() ? "" : " field " + f.path);
        return makeError(f.code, f.message, where);
    }
}

Result<std::string> exportAvroText(const TypeVersion& version, const RefResolver& refs) {
    Result<AvroExport> exported = exportAvro(version, refs);
    if (!exported)
        return exported.error();
    return exported->schema.dump(2) + "\n";
}

} // namespace strata
