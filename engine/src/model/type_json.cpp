#include "type_json.h"

#include "strata/model/workspace_io.h"

#include <algorithm>
#include <cstring>

namespace strata::detail {
namespace {

std::string escapePointerToken(const std::string& key) {
    std::string out;
    for (char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

struct PrimitiveName {
    const char* name;
    TypeKind kind;
};

// Canonical names first; aliases after (DESIGN §2 plus the Avro spellings).
constexpr PrimitiveName kPrimitiveNames[] = {
    {"bool", TypeKind::Bool},           {"int32", TypeKind::Int32},
    {"int64", TypeKind::Int64},         {"float32", TypeKind::Float32},
    {"float64", TypeKind::Float64},     {"string", TypeKind::String},
    {"bytes", TypeKind::Bytes},         {"date", TypeKind::Date},
    {"timestamp", TypeKind::Timestamp}, {"timestamptz", TypeKind::TimestampTz},
    {"uuid", TypeKind::Uuid},           {"json", TypeKind::JsonValue},
    {"boolean", TypeKind::Bool},        {"integer", TypeKind::Int64},
    {"float", TypeKind::Float64},       {"datetime", TypeKind::TimestampTz},
    {"int", TypeKind::Int32},           {"long", TypeKind::Int64},
    {"double", TypeKind::Float64},
};

bool parseDecimalText(const std::string& text, DataType& out) {
    if (text == "decimal" || text == "numeric") {
        out = DataType::decimal(0, 0);
        return true;
    }
    int p = 0, s = 0;
    char close = 0;
    if (std::sscanf(text.c_str(), "decimal(%d,%d%c", &p, &s, &close) == 3 && close == ')') {
        out = DataType::decimal(p, s);
        return p > 0;
    }
    if (std::sscanf(text.c_str(), "decimal(%d%c", &p, &close) == 2 && close == ')') {
        out = DataType::decimal(p, 0); // like SQL: decimal(p) has scale 0
        return p > 0;
    }
    return false;
}

DataType readNamedType(const JsonReader& r, TypeKind kind) {
    DataType t;
    t.kind = kind;
    t.name = r.string("name", "");
    t.nameSpace = r.string("namespace", "");
    t.aliases = r.strings("aliases");
    if (kind == TypeKind::Struct) {
        r.allowKeys({"kind", "name", "namespace", "aliases", "fields"});
        r.forEach("fields", [&](const JsonReader& f) { t.fields.push_back(readField(f)); });
        if (!r.has("fields"))
            r.fail("a struct needs \"fields\"");
        return t;
    }
    r.allowKeys({"kind", "name", "namespace", "aliases", "symbols", "default"});
    t.symbols = r.strings("symbols");
    if (t.symbols.empty())
        r.fail("an enum needs at least one symbol in \"symbols\"");
    if (r.has("default"))
        t.enumDefault = r.string("default");
    return t;
}

DataType readTypeObject(const JsonReader& r) {
    std::string kind = r.string("kind");
    if (kind == "struct" || kind == "record")
        return readNamedType(r, TypeKind::Struct);
    if (kind == "enum")
        return readNamedType(r, TypeKind::Enum);
    if (kind == "array") {
        r.allowKeys({"kind", "items"});
        return DataType::array(readDataType(r.child("items")));
    }
    if (kind == "map") {
        r.allowKeys({"kind", "keys", "values"});
        DataType key =
            r.has("keys") ? readDataType(r.child("keys")) : DataType::primitive(TypeKind::String);
        return DataType::map(std::move(key), readDataType(r.child("values")));
    }
    if (kind == "ref") {
        r.allowKeys({"kind", "target", "version"});
        std::string version = r.string("version", "latest");
        std::optional<SemVer> pinned;
        if (version != "latest")
            pinned = r.semver("version");
        return DataType::reference(r.string("target"), pinned);
    }
    if (kind == "integer" || kind == "float") {
        r.allowKeys({"kind", "bits"});
        int bits = static_cast<int>(r.number("bits", 64));
        if (bits != 32 && bits != 64)
            r.child("bits").fail("bits must be 32 or 64");
        if (kind == "integer")
            return DataType::primitive(bits == 32 ? TypeKind::Int32 : TypeKind::Int64);
        return DataType::primitive(bits == 32 ? TypeKind::Float32 : TypeKind::Float64);
    }
    if (kind == "decimal") {
        r.allowKeys({"kind", "precision", "scale"});
        DataType t = DataType::decimal(static_cast<int>(r.number("precision", 0)),
                                       static_cast<int>(r.number("scale", 0)));
        return t;
    }
    JsonReader self = r;
    self.allowKeys({"kind"});
    return readDataType(r.child("kind"));
}

} // namespace

JsonReader JsonReader::child(const std::string& key) const {
    if (!m_json->is_object())
        fail("expected an object");
    auto it = m_json->find(key);
    if (it == m_json->end())
        fail("missing required key \"" + key + "\"");
    return JsonReader(*it, m_pointer + "/" + escapePointerToken(key));
}

JsonReader JsonReader::child(size_t index) const {
    if (!m_json->is_array() || index >= m_json->size())
        fail("expected an array with an element " + std::to_string(index));
    return JsonReader((*m_json)[index], m_pointer + "/" + std::to_string(index));
}

std::string JsonReader::string(const char* key) const {
    JsonReader c = child(key);
    if (!c.json().is_string())
        c.fail("expected a string");
    return c.json().get<std::string>();
}

std::string JsonReader::string(const char* key, const std::string& fallback) const {
    return has(key) ? string(key) : fallback;
}

bool JsonReader::boolean(const char* key, bool fallback) const {
    if (!has(key))
        return fallback;
    JsonReader c = child(key);
    if (!c.json().is_boolean())
        c.fail("expected true or false");
    return c.json().get<bool>();
}

double JsonReader::number(const char* key, double fallback) const {
    if (!has(key))
        return fallback;
    JsonReader c = child(key);
    if (!c.json().is_number())
        c.fail("expected a number");
    return c.json().get<double>();
}

SemVer JsonReader::semver(const char* key) const {
    JsonReader c = child(key);
    if (!c.json().is_string())
        c.fail("expected a version string such as \"1.2.0\"");
    auto v = SemVer::parse(c.json().get<std::string>());
    if (!v)
        c.fail(v.error().message);
    return *v;
}

TypeVersionId JsonReader::typeVersionId(const char* key) const {
    JsonReader c = child(key);
    if (!c.json().is_string())
        c.fail("expected a type version such as \"Order-v1.0.0\"");
    auto id = TypeVersionId::parse(c.json().get<std::string>());
    if (!id)
        c.fail(id.error().message);
    return *id;
}

std::vector<std::string> JsonReader::strings(const char* key) const {
    std::vector<std::string> out;
    if (!has(key))
        return out;
    JsonReader c = child(key);
    if (!c.json().is_array())
        c.fail("expected an array of strings");
    for (size_t i = 0; i < c.json().size(); ++i) {
        if (!c.json()[i].is_string())
            c.child(i).fail("expected a string");
        out.push_back(c.json()[i].get<std::string>());
    }
    return out;
}

void JsonReader::forEach(const char* key,
                         const std::function<void(const JsonReader&)>& each) const {
    if (!has(key))
        return;
    JsonReader c = child(key);
    if (!c.json().is_array())
        c.fail("expected an array");
    for (size_t i = 0; i < c.json().size(); ++i)
        each(c.child(i));
}

void JsonReader::allowKeys(std::initializer_list<const char*> allowed) const {
    if (!m_json->is_object())
        fail("expected an object");
    for (const auto& item : m_json->items()) {
        const std::string& key = item.key(); // clang 14 cannot capture structured bindings
        bool known =
            std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
        if (!known) {
            std::string list;
            for (const char* a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            fail("unknown key \"" + key + "\" (expected one of: " + list + ")");
        }
    }
}

DataType readDataType(const JsonReader& r) {
    if (r.json().is_object())
        return readTypeObject(r);
    if (!r.json().is_string())
        r.fail("a type is a name such as \"int64\" or an object with a \"kind\"");
    std::string name = r.json().get<std::string>();
    for (const PrimitiveName& p : kPrimitiveNames)
        if (name == p.name)
            return DataType::primitive(p.kind);
    DataType decimal;
    if (parseDecimalText(name, decimal))
        return decimal;
    r.fail("unknown type '" + name + "'");
}

Field readField(const JsonReader& r) {
    r.allowKeys({"name", "type", "nullable", "default", "aliases", "doc"});
    Field f;
    f.name = r.string("name");
    f.type = readDataType(r.child("type"));
    f.nullable = r.boolean("nullable", false);
    if (r.has("default"))
        f.defaultValue = r.json().at("default");
    f.aliases = r.strings("aliases");
    f.doc = r.string("doc", "");
    return f;
}

namespace {

Constraint readConstraint(const JsonReader& r) {
    r.allowKeys({"kind", "name", "columns", "references", "expression"});
    Constraint c;
    std::string kind = r.string("kind");
    bool known = false;
    for (ConstraintKind k :
         {ConstraintKind::PrimaryKey, ConstraintKind::Unique, ConstraintKind::ForeignKey,
          ConstraintKind::Check, ConstraintKind::NotNull})
        if (kind == toString(k)) {
            c.kind = k;
            known = true;
        }
    if (!known)
        r.child("kind").fail("unknown constraint kind '" + kind +
                             "' (expected primary_key, unique, foreign_key, check, not_null)");
    c.name = r.string("name", "");
    c.columns = r.strings("columns");
    c.expression = r.string("expression", "");
    if (r.has("references")) {
        JsonReader ref = r.child("references");
        ref.allowKeys({"type", "version", "columns"});
        c.refType = ref.string("type");
        if (ref.string("version", "latest") != "latest")
            c.refVersion = ref.semver("version");
        c.refColumns = ref.strings("columns");
    }
    return c;
}

} // namespace

Schema readSchema(const JsonReader& r) {
    Schema s;
    if (!r.has("fields"))
        r.fail("missing required key \"fields\"");
    r.forEach("fields", [&](const JsonReader& f) { s.fields.push_back(readField(f)); });
    r.forEach("constraints",
              [&](const JsonReader& c) { s.constraints.push_back(readConstraint(c)); });
    if (Status st = validateSchema(s); !st) {
        // Point at the offending field when the error names one.
        std::string where = st.error().where;
        std::string top = where.substr(0, where.find('.'));
        for (size_t i = 0; i < s.fields.size(); ++i)
            if (!top.empty() && s.fields[i].name == top)
                r.child("fields").child(i).fail(st.error().describe());
        r.fail(st.error().describe());
    }
    return s;
}

Json constraintToJson(const Constraint& c) {
    Json j = {{"kind", toString(c.kind)}};
    if (!c.name.empty())
        j["name"] = c.name;
    if (!c.columns.empty())
        j["columns"] = c.columns;
    if (!c.expression.empty())
        j["expression"] = c.expression;
    if (c.kind == ConstraintKind::ForeignKey)
        j["references"] = {{"type", c.refType},
                           {"version", c.refVersion ? c.refVersion->toString() : "latest"},
                           {"columns", c.refColumns}};
    return j;
}

void checkTypeName(const JsonReader& r, const std::string& name) {
    if (name.empty())
        r.fail("a type name must not be empty");
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f)
            r.fail("a type name must not contain control characters");
}

} // namespace strata::detail

namespace strata {

Json dataTypeToJson(const DataType& t) {
    switch (t.kind) {
    case TypeKind::Decimal:
        return t.describe();
    case TypeKind::Array:
        return {{"kind", "array"}, {"items", dataTypeToJson(t.element())}};
    case TypeKind::Map:
        return {{"kind", "map"},
                {"keys", dataTypeToJson(t.mapKey())},
                {"values", dataTypeToJson(t.mapValue())}};
    case TypeKind::Ref:
        return {{"kind", "ref"},
                {"target", t.refTarget},
                {"version", t.refVersion ? t.refVersion->toString() : "latest"}};
    case TypeKind::Struct:
    case TypeKind::Enum: {
        Json j = {{"kind", t.kind == TypeKind::Struct ? "struct" : "enum"}, {"name", t.name}};
        if (!t.nameSpace.empty())
            j["namespace"] = t.nameSpace;
        if (!t.aliases.empty())
            j["aliases"] = t.aliases;
        if (t.kind == TypeKind::Enum) {
            j["symbols"] = t.symbols;
            if (t.enumDefault)
                j["default"] = *t.enumDefault;
        } else {
            j["fields"] = Json::array();
            for (const Field& f : t.fields)
                j["fields"].push_back(fieldToJson(f));
        }
        return j;
    }
    default:
        return toString(t.kind);
    }
}

Json fieldToJson(const Field& f) {
    Json j = {{"name", f.name}, {"type", dataTypeToJson(f.type)}, {"nullable", f.nullable}};
    if (f.defaultValue)
        j["default"] = *f.defaultValue;
    if (!f.aliases.empty())
        j["aliases"] = f.aliases;
    if (!f.doc.empty())
        j["doc"] = f.doc;
    return j;
}

} // namespace strata
