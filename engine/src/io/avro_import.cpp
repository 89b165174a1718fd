// Avro .avsc import. One Importer runs per file; it throws ImportFailure internally to abort
// the whole import, caught in importAvro, which turns it into an Error with file, line and
// JSON pointer.

#include "avro_names.h"
#include "avro_values.h"
#include "strata/io/avro.h"
#include "strata/model/json_locate.h"
#include "strata/model/workspace_io.h"

#include <map>
#include <set>

namespace strata {
namespace {

using avro::FullName;

struct ImportFailure {
    ErrorCode code;
    std::string message;
    std::string pointer;
};

[[noreturn]] void fail(ErrorCode code, std::string message, std::string pointer) {
    throw ImportFailure{code, std::move(message), std::move(pointer)};
}

std::string child(const std::string& pointer, std::string_view key) {
    return pointer + "/" + std::string(key);
}

std::string child(const std::string& pointer, size_t index) {
    return pointer + "/" + std::to_string(index);
}

std::string fieldPath(const std::string& parent, const std::string& name) {
    return parent.empty() ? name : parent + "." + name;
}

std::string quotedPath(const std::string& path) {
    return "'" + path + "'";
}

// A named type's definition as written, kept to convert default values written against it.
struct NamedDef {
    const Json* json = nullptr;
    std::string nameSpace;
    std::string pointer;
};

// The Avro type of a default value: the schema JSON and the namespace it is read in.
struct AvroTypeRef {
    const Json* json;
    std::string nameSpace;
};

bool isNullBranch(const Json& branch) {
    return (branch.is_string() && branch == "null") ||
           (branch.is_object() && branch.value("type", Json()) == "null");
}

DataType decimalOrBytes(const Json& j, std::string& why) {
    Json p = j.value("precision", Json()), s = j.value("scale", Json(0));
    if (p.is_number_integer() && s.is_number_integer() && p.get<int64_t>() > 0 &&
        s.get<int64_t>() >= 0 && s.get<int64_t>() <= p.get<int64_t>() && p.get<int64_t>() <= 1000)
        return DataType::decimal(p.get<int>(), s.get<int>());
    why = "decimal with invalid precision/scale; imported as bytes";
    return DataType::primitive(TypeKind::Bytes);
}

// Maps an Avro primitive `base` with the logical type annotation of `j` (if any) to a model
// type; `why` says what was lost when the annotation has no model counterpart.
DataType mapLogical(const Json& j, const std::string& base, std::string& why) {
    static const std::map<std::string, TypeKind> primitives = {
        {"boolean", TypeKind::Bool},  {"int", TypeKind::Int32},      {"long", TypeKind::Int64},
        {"float", TypeKind::Float32}, {"double", TypeKind::Float64}, {"bytes", TypeKind::Bytes},
        {"string", TypeKind::String}};
    static const std::map<std::pair<std::string, std::string>, TypeKind> logicals = {
        {{"date", "int"}, TypeKind::Date},
        {{"timestamp-millis", "long"}, TypeKind::TimestampTz},
        {{"timestamp-micros", "long"}, TypeKind::TimestampTz},
        {{"timestamp-nanos", "long"}, TypeKind::TimestampTz},
        {{"local-timestamp-millis", "long"}, TypeKind::Timestamp},
        {{"local-timestamp-micros", "long"}, TypeKind::Timestamp},
        {{"local-timestamp-nanos", "long"}, TypeKind::Timestamp},
        {{"uuid", "string"}, TypeKind::Uuid},
    };
    DataType plain = DataType::primitive(primitives.at(base));
    auto lt = j.find("logicalType");
    if (lt == j.end())
        return plain;
    if (!lt->is_string()) {
        why = "logicalType " + lt->dump() + " is not a string; imported as " + base;
        return plain;
    }
    std::string logical = *lt;
    if (logical == "decimal" && base == "bytes")
        return decimalOrBytes(j, why);
    if (auto found = logicals.find({logical, base}); found != logicals.end())
        return DataType::primitive(found->second);
    why = "logical type " + logical + " on " + base + " has no model type; imported as " +
          toString(plain.kind);
    return plain;
}

// Units per second of a timestamp logical type.
int64_t timestampUnit(const std::string& logical) {
    if (logical.find("millis") != std::string::npos)
        return 1000;
    if (logical.find("micros") != std::string::npos)
        return 1000000;
    return 1000000000;
}

// Bounds the nesting of types so that hostile input cannot exhaust the stack.
class DepthGuard {
public:
    DepthGuard(int& depth, const std::string& pointer)
        : m_depth(depth) {
        if (++m_depth > kMaxDepth)
            fail(ErrorCode::Unsupported,
                 "types nest deeper than " + std::to_string(kMaxDepth) + " levels", pointer);
    }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    static constexpr int kMaxDepth = 100;
    int& m_depth;
};

class Importer {
public:
    Importer(const AvroImportOptions& options)
        : m_options(options) {}

    AvroImport run(const Json& root);

private:
    void collectTopLevelRecords(const Json& root);
    TypeVersion importTopLevelRecord(const Json& record, const std::string& pointer);
    FullName qualify(const Json& named, const std::string& enclosing, const std::string& pointer);
    std::string typeNameFor(const std::string& fullName, const std::string& pointer);

    DataType parseType(const Json& j, const std::string& ns, const std::string& pointer,
                       const std::string& path);
    DataType parseObject(const Json& j, const std::string& ns, const std::string& pointer,
                         const std::string& path);
    DataType parseLogical(const Json& j, const std::string& base, const std::string& pointer,
                          const std::string& path);
    DataType parseNamed(const Json& j, const std::string& kind, const std::string& ns,
                        const std::string& pointer, const std::string& path);
    DataType parseEnum(const Json& j, const FullName& fn, const std::string& pointer,
                       const std::string& path);
    DataType parseFixed(const Json& j, const FullName& fn, const std::string& pointer,
                        const std::string& path);
    std::vector<Field> parseFields(const Json& record, const std::string& ns,
                                   const std::string& pointer, const std::string& path);
    Field parseField(const Json& j, const std::string& ns, const std::string& pointer,
                     const std::string& parentPath);
    DataType byName(const std::string& name, const std::string& ns, const std::string& pointer,
                    const std::string& path);
    void define(const std::string& full, DataType type, NamedDef def);
    std::optional<DataType> refMarker(const Json& j, const std::string& pointer);
    std::vector<std::string> stringList(const Json& j, std::string_view key,
                                        const std::string& pointer);

    Json convertDefault(const AvroTypeRef& type, const Json& value, const std::string& pointer);
    Json convertPrimitiveDefault(const std::string& name, const Json& value,
                                 const std::string& pointer);
    Json convertLogicalDefault(const Json& type, const Json& value, const std::string& pointer);
    Json convertRecordDefault(const Json& record, const std::string& ns, const Json& value,
                              const std::string& pointer);
    const NamedDef& definitionOf(const std::string& name, const std::string& ns,
                                 const std::string& pointer);

    void note(const std::string& path, const std::string& text) {
        m_notes.push_back((path.empty() ? std::string("(top level)") : path) + ": " + text);
    }

    const AvroImportOptions& m_options;
    std::map<std::string, FullName> m_topRecords;   // full name -> split name
    std::map<std::string, DataType> m_named;        // full name -> imported type
    std::map<std::string, NamedDef> m_defs;         // full name -> definition as written
    std::set<std::string> m_inProgress;             // nested records being defined
    std::map<std::string, std::string> m_typeNames; // type-version name -> full name
    std::vector<std::string> m_notes;
    int m_depth = 0;
};

AvroImport Importer::run(const Json& root) {
    AvroImport out;
    bool record = root.is_object() &&
                  (root.value("type", Json()) == "record" || root.value("type", Json()) == "error");
    if (!root.is_array() && !record)
        fail(ErrorCode::Unsupported,
             "the schema is not a record; only a record or an array of named types " +
                 std::string("imports as type versions"),
             "");
    collectTopLevelRecords(root);

    if (root.is_object()) {
        out.versions.push_back(importTopLevelRecord(root, ""));
    } else {
        for (size_t i = 0; i < root.size(); ++i) {
            const Json& item = root[i];
            std::string type = item.is_object() ? item.value("type", Json()).dump() : "";
            if (type == "\"record\"" || type == "\"error\"")
                out.versions.push_back(importTopLevelRecord(item, child("", i)));
            else if (type == "\"enum\"" || type == "\"fixed\"")
                parseType(item, "", child("", i), "");
            else
                fail(ErrorCode::Unsupported,
                     "array element " + std::to_string(i) + " is not a named type (record, " +
                         "enum or fixed); only named types may be listed",
                     child("", i));
        }
    }
    if (out.versions.empty())
        fail(ErrorCode::Unsupported, "the file defines no record, so no type version", "");
    out.notes = std::move(m_notes);
    return out;
}

void Importer::collectTopLevelRecords(const Json& root) {
    auto collect = [&](const Json& item, const std::string& pointer) {
        if (!item.is_object())
            return;
        Json type = item.value("type", Json());
        if (type != "record" && type != "error")
            return;
        FullName fn = qualify(item, "", pointer);
        if (m_topRecords.count(fn.full()))
            fail(ErrorCode::Schema, "type " + fn.full() + " is defined twice", pointer);
        m_topRecords[fn.full()] = fn;
        m_defs[fn.full()] = NamedDef{&item, fn.nameSpace, pointer};
    };
    if (root.is_object())
        collect(root, "");
    else
        for (size_t i = 0; i < root.size(); ++i)
            collect(root[i], child("", i));
}

std::string Importer::typeNameFor(const std::string& fullName, const std::string& pointer) {
    std::string name = m_options.shortNames ? avro::splitFullName(fullName).name : fullName;
    auto [it, inserted] = m_typeNames.emplace(name, fullName);
    if (!inserted && it->second != fullName)
        fail(ErrorCode::Conflict,
             "records " + it->second + " and " + fullName + " would both import as type " + name +
                 "; import with full names",
             pointer);
    return name;
}

TypeVersion Importer::importTopLevelRecord(const Json& record, const std::string& pointer) {
    FullName fn = qualify(record, "", pointer);
    TypeVersion tv;
    tv.id = TypeVersionId{typeNameFor(fn.full(), pointer), m_options.version};
    tv.doc = record.value("doc", "");
    if (record.contains("aliases") && !stringList(record, "aliases", pointer).empty())
        note(fn.full(), "aliases of a top-level record are not kept (a type version has none)");
    if (record.contains(avro::kRefAttribute))
        note(fn.full(), "the top-level record's reference marker is ignored");

    define(fn.full(), DataType::reference(tv.id.name, m_options.version),
           NamedDef{&record, fn.nameSpace, pointer});
    tv.schema.fields = parseFields(record, fn.nameSpace, pointer, "");

    if (Status s = validateSchema(tv.schema, tv.id.toString()); !s)
        fail(s.error().code, s.error().describe(), pointer);
    return tv;
}

FullName Importer::qualify(const Json& named, const std::string& enclosing,
                           const std::string& pointer) {
    if (!named.contains("name") || !named["name"].is_string())
        fail(ErrorCode::Schema, "a named type needs a string \"name\"", pointer);
    std::string name = named["name"];
    FullName fn;
    if (name.find('.') != std::string::npos) {
        fn = avro::splitFullName(name);
    } else {
        fn.name = name;
        fn.nameSpace = enclosing;
        if (named.contains("namespace")) {
            if (!named["namespace"].is_string() && !named["namespace"].is_null())
                fail(ErrorCode::Schema, "\"namespace\" must be a string",
                     child(pointer, "namespace"));
            fn.nameSpace = named["namespace"].is_null() ? "" : named["namespace"];
        }
    }
    if (!avro::isValidName(fn.name) ||
        (!fn.nameSpace.empty() && !avro::isValidFullName(fn.nameSpace)))
        fail(ErrorCode::Schema, "'" + fn.full() + "' is not a valid Avro name",
             child(pointer, "name"));
    if (avro::isPrimitiveName(fn.name))
        fail(ErrorCode::Schema, "a named type may not be called '" + fn.name + "'",
             child(pointer, "name"));
    return fn;
}

std::vector<std::string> Importer::stringList(const Json& j, std::string_view key,
                                              const std::string& pointer) {
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it == j.end())
        return out;
    if (!it->is_array())
        fail(ErrorCode::Schema, "\"" + std::string(key) + "\" must be an array of strings",
             child(pointer, key));
    for (size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string())
            fail(ErrorCode::Schema, "\"" + std::string(key) + "\" must hold strings only",
                 child(child(pointer, key), i));
        out.push_back((*it)[i]);
    }
    return out;
}

void Importer::define(const std::string& full, DataType type, NamedDef def) {
    m_named[full] = std::move(type);
    m_defs[full] = def;
}

DataType Importer::parseType(const Json& j, const std::string& ns, const std::string& pointer,
                             const std::string& path) {
    DepthGuard guard(m_depth, pointer);
    if (j.is_string()) {
        std::string name = j;
        if (name == "null")
            fail(ErrorCode::Unsupported,
                 "field " + quotedPath(path) + ": a null type is only supported as a branch of " +
                     "[\"null\", T]",
                 pointer);
        if (avro::isPrimitiveName(name))
            return parseLogical(Json::object({{"type", name}}), name, pointer, path);
        return byName(name, ns, pointer, path);
    }
    if (j.is_array())
        fail(ErrorCode::Unsupported,
             "field " + quotedPath(path) + ": union " + j.dump() + " is not supported; only a " +
                 "field's [\"null\", T] or [T, \"null\"] maps (to a nullable field)",
             pointer);
    if (j.is_object())
        return parseObject(j, ns, pointer, path);
    fail(ErrorCode::Schema, "field " + quotedPath(path) + ": " + j.dump() + " is not an Avro type",
         pointer);
}

DataType Importer::parseObject(const Json& j, const std::string& ns, const std::string& pointer,
                               const std::string& path) {
    auto it = j.find("type");
    if (it == j.end())
        fail(ErrorCode::Schema, "field " + quotedPath(path) + ": a type object needs \"type\"",
             pointer);
    if (!it->is_string())
        return parseType(*it, ns, child(pointer, "type"), path);

    std::string kind = *it;
    if (avro::isPrimitiveName(kind)) {
        if (kind == "null")
            return parseType(*it, ns, child(pointer, "type"), path);
        return parseLogical(j, kind, pointer, path);
    }
    if (kind == "record" || kind == "error" || kind == "enum" || kind == "fixed")
        return parseNamed(j, kind, ns, pointer, path);
    if (kind == "array") {
        if (!j.contains("items"))
            fail(ErrorCode::Schema, "field " + quotedPath(path) + ": an array needs \"items\"",
                 pointer);
        return DataType::array(parseType(j["items"], ns, child(pointer, "items"), path + "[]"));
    }
    if (kind == "map") {
        if (!j.contains("values"))
            fail(ErrorCode::Schema, "field " + quotedPath(path) + ": a map needs \"values\"",
                 pointer);
        return DataType::map(DataType::primitive(TypeKind::String),
                             parseType(j["values"], ns, child(pointer, "values"), path + "{}"));
    }
    return byName(kind, ns, child(pointer, "type"), path);
}

DataType Importer::parseLogical(const Json& j, const std::string& base, const std::string& pointer,
                                const std::string& path) {
    (void)pointer;
    std::string why;
    DataType mapped = mapLogical(j, base, why);
    if (!why.empty())
        note(path, why);
    return mapped;
}

DataType Importer::parseNamed(const Json& j, const std::string& kind, const std::string& ns,
                              const std::string& pointer, const std::string& path) {
    FullName fn = qualify(j, ns, pointer);
    std::string full = fn.full();
    if (m_named.count(full) || m_inProgress.count(full) ||
        (m_topRecords.count(full) && m_defs[full].json != &j))
        fail(ErrorCode::Schema, "type " + full + " is defined twice", pointer);
    NamedDef def{&j, fn.nameSpace, pointer};

    if (kind == "enum") {
        DataType e = parseEnum(j, fn, pointer, path);
        define(full, e, def);
        return e;
    }
    if (kind == "fixed") {
        DataType f = parseFixed(j, fn, pointer, path);
        define(full, f, def);
        return f;
    }

    if (std::optional<DataType> ref = refMarker(j, pointer)) {
        // Defined before its fields, so that the referenced record may use itself by name.
        define(full, *ref, def);
        parseFields(j, fn.nameSpace, pointer, path);
        return *ref;
    }

    m_defs[full] = def; // defaults inside the record may refer to it
    m_inProgress.insert(full);
    DataType record;
    record.kind = TypeKind::Struct;
    record.name = fn.name;
    record.nameSpace = fn.nameSpace;
    record.aliases = stringList(j, "aliases", pointer);
    record.fields = parseFields(j, fn.nameSpace, pointer, path);
    m_inProgress.erase(full);
    if (j.contains("doc"))
        note(path, "the doc of record " + full + " is not kept (structs have no doc)");
    define(full, record, def);
    return record;
}

std::optional<DataType> Importer::refMarker(const Json& j, const std::string& pointer) {
    auto ref = j.find(avro::kRefAttribute);
    if (ref == j.end())
        return std::nullopt;
    std::string at = child(pointer, avro::kRefAttribute);
    if (!ref->is_object() || !ref->value("type", Json()).is_string())
        fail(ErrorCode::Schema, "\"strata.ref\" must be {\"type\": NAME, \"version\"?: V}", at);
    std::optional<SemVer> version;
    if (ref->contains("version")) {
        const Json& v = (*ref)["version"];
        Result<SemVer> parsed = v.is_string() ? SemVer::parse(v.get<std::string>())
                                              : Result<SemVer>(makeError(ErrorCode::Schema, ""));
        if (!parsed)
            fail(ErrorCode::Schema,
                 "\"strata.ref\" version " + v.dump() + " is not MAJOR.MINOR.PATCH",
                 child(at, "version"));
        version = parsed.value();
    }
    return DataType::reference((*ref)["type"], version);
}

DataType Importer::parseEnum(const Json& j, const FullName& fn, const std::string& pointer,
                             const std::string& path) {
    DataType e;
    e.kind = TypeKind::Enum;
    e.name = fn.name;
    e.nameSpace = fn.nameSpace;
    e.aliases = stringList(j, "aliases", pointer);
    if (!j.contains("symbols"))
        fail(ErrorCode::Schema, "enum " + fn.full() + " needs \"symbols\"", pointer);
    e.symbols = stringList(j, "symbols", pointer);
    std::set<std::string> seen;
    for (size_t i = 0; i < e.symbols.size(); ++i)
        if (!avro::isValidName(e.symbols[i]) || !seen.insert(e.symbols[i]).second)
            fail(ErrorCode::Schema,
                 "enum " + fn.full() + ": symbol '" + e.symbols[i] + "' is invalid or repeated",
                 child(child(pointer, "symbols"), i));
    if (j.contains("default")) {
        const Json& d = j["default"];
        if (!d.is_string() || !seen.count(d.get<std::string>()))
            fail(ErrorCode::Schema,
                 "enum " + fn.full() + ": default " + d.dump() + " is not one of its symbols",
                 child(pointer, "default"));
        e.enumDefault = d.get<std::string>();
    }
    if (j.contains("doc"))
        note(path, "the doc of enum " + fn.full() + " is not kept (enums have no doc)");
    return e;
}

DataType Importer::parseFixed(const Json& j, const FullName& fn, const std::string& pointer,
                              const std::string& path) {
    Json size = j.value("size", Json());
    if (!size.is_number_unsigned())
        fail(ErrorCode::Schema, "fixed " + fn.full() + " needs a non-negative integer \"size\"",
             pointer);
    if (j.value("logicalType", Json()) == "decimal") {
        std::string why;
        DataType d = decimalOrBytes(j, why);
        if (why.empty()) {
            note(path,
                 "fixed " + fn.full() + " decimal imported as decimal (its size is not kept)");
            return d;
        }
    }
    note(path, "fixed " + fn.full() + " (" + size.dump() + " bytes) imported as bytes");
    return DataType::primitive(TypeKind::Bytes);
}

std::vector<Field> Importer::parseFields(const Json& record, const std::string& ns,
                                         const std::string& pointer, const std::string& path) {
    auto it = record.find("fields");
    if (it == record.end() || !it->is_array())
        fail(ErrorCode::Schema,
             "record " + record.value("name", Json()).dump() + " needs a \"fields\" array",
             pointer);
    std::vector<Field> fields;
    for (size_t i = 0; i < it->size(); ++i)
        fields.push_back(parseField((*it)[i], ns, child(child(pointer, "fields"), i), path));
    return fields;
}

Field Importer::parseField(const Json& j, const std::string& ns, const std::string& pointer,
                           const std::string& parentPath) {
    if (!j.is_object() || !j.contains("name") || !j["name"].is_string())
        fail(ErrorCode::Schema, "a field needs a string \"name\"", pointer);
    Field f;
    f.name = j["name"];
    std::string path = fieldPath(parentPath, f.name);
    if (!avro::isValidName(f.name))
        fail(ErrorCode::Schema, "field name '" + f.name + "' is not a valid Avro name",
             child(pointer, "name"));
    if (!j.contains("type"))
        fail(ErrorCode::Schema, "field " + quotedPath(path) + " has no \"type\"", pointer);
    f.aliases = stringList(j, "aliases", pointer);
    if (j.contains("doc")) {
        if (!j["doc"].is_string())
            fail(ErrorCode::Schema, "\"doc\" must be a string", child(pointer, "doc"));
        f.doc = j["doc"];
    }
    if (j.contains("order") && j["order"] != "ascending")
        note(path, "sort order " + j["order"].dump() + " is not kept");

    const Json& type = j["type"];
    std::string typePointer = child(pointer, "type");
    AvroTypeRef valueType{&type, ns};
    bool nullFirst = false;
    if (type.is_array() && type.size() == 2 && isNullBranch(type[0]) != isNullBranch(type[1])) {
        f.nullable = true;
        nullFirst = isNullBranch(type[0]);
        size_t branch = nullFirst ? 1 : 0;
        valueType.json = &type[branch];
        f.type = parseType(type[branch], ns, child(typePointer, branch), path);
    } else {
        f.type = parseType(type, ns, typePointer, path);
    }

    if (j.contains("default")) {
        const Json& d = j["default"];
        std::string dp = child(pointer, "default");
        if (f.nullable && nullFirst && !d.is_null())
            fail(ErrorCode::Schema,
                 "field " + quotedPath(path) + ": the default of a [\"null\", T] union must be " +
                     "null (defaults match the first branch)",
                 dp);
        if (f.nullable && !nullFirst && d.is_null())
            fail(ErrorCode::Schema,
                 "field " + quotedPath(path) + ": the default of a [T, \"null\"] union must be " +
                     "a T (defaults match the first branch); write [\"null\", T] for a null " +
                     "default",
                 dp);
        f.defaultValue = d.is_null() ? Json(nullptr) : convertDefault(valueType, d, dp);
    }
    return f;
}

DataType Importer::byName(const std::string& name, const std::string& ns,
                          const std::string& pointer, const std::string& path) {
    std::string full = (name.find('.') != std::string::npos || ns.empty()) ? name : ns + "." + name;
    if (!m_topRecords.count(full) && !m_named.count(full) && !m_inProgress.count(full) &&
        (m_topRecords.count(name) || m_named.count(name)))
        full = name; // a name in the null namespace, used from inside a namespace
    if (m_topRecords.count(full))
        return DataType::reference(typeNameFor(full, pointer), m_options.version);
    if (m_inProgress.count(full))
        fail(ErrorCode::Unsupported,
             "field " + quotedPath(path) + ": record " + full + " refers to itself; a recursive " +
                 "record must be listed as a top-level record of the file",
             pointer);
    auto it = m_named.find(full);
    if (it == m_named.end())
        fail(ErrorCode::NotFound,
             "field " + quotedPath(path) + ": unknown type '" + name + "'" +
                 (name == full ? "" : " (looked up as " + full + ")"),
             pointer);
    return it->second;
}

const NamedDef& Importer::definitionOf(const std::string& name, const std::string& ns,
                                       const std::string& pointer) {
    std::string full = (name.find('.') != std::string::npos || ns.empty()) ? name : ns + "." + name;
    auto it = m_defs.find(full);
    if (it == m_defs.end())
        it = m_defs.find(name);
    if (it == m_defs.end())
        fail(ErrorCode::NotFound, "unknown type '" + name + "' in a default", pointer);
    return it->second;
}

Json Importer::convertDefault(const AvroTypeRef& type, const Json& value,
                              const std::string& pointer) {
    DepthGuard guard(m_depth, pointer);
    const Json& t = *type.json;
    if (t.is_string()) {
        std::string name = t;
        if (avro::isPrimitiveName(name))
            return convertPrimitiveDefault(name, value, pointer);
        const NamedDef& def = definitionOf(name, type.nameSpace, pointer);
        return convertDefault(AvroTypeRef{def.json, def.nameSpace}, value, pointer);
    }
    if (t.is_array()) { // a nullable union nested inside a default value
        if (value.is_null())
            return value;
        for (const Json& branch : t)
            if (!isNullBranch(branch))
                return convertDefault(AvroTypeRef{&branch, type.nameSpace}, value, pointer);
    }
    if (!t.is_object() || !t.contains("type"))
        fail(ErrorCode::Schema, "default " + value.dump() + " has no usable type", pointer);
    const Json& kind = t["type"];
    if (!kind.is_string())
        return convertDefault(AvroTypeRef{&kind, type.nameSpace}, value, pointer);
    std::string k = kind;
    std::string ns = type.nameSpace;
    if (k == "record" || k == "error" || k == "enum" || k == "fixed")
        ns = qualify(t, type.nameSpace, pointer).nameSpace;

    if (avro::isPrimitiveName(k))
        return t.contains("logicalType") ? convertLogicalDefault(t, value, pointer)
                                         : convertPrimitiveDefault(k, value, pointer);
    if (k == "record" || k == "error")
        return convertRecordDefault(t, ns, value, pointer);
    if (k == "enum") {
        if (!value.is_string())
            fail(ErrorCode::Schema, "default " + value.dump() + " is not an enum symbol", pointer);
        return value;
    }
    if (k == "fixed")
        return convertLogicalDefault(t, value, pointer);
    if (k == "array" && value.is_array() && t.contains("items")) {
        Json out = Json::array();
        for (size_t i = 0; i < value.size(); ++i)
            out.push_back(
                convertDefault(AvroTypeRef{&t["items"], ns}, value[i], child(pointer, i)));
        return out;
    }
    if (k == "map" && value.is_object() && t.contains("values")) {
        Json out = Json::object();
        for (const auto& [key, item] : value.items())
            out[key] = convertDefault(AvroTypeRef{&t["values"], ns}, item, child(pointer, key));
        return out;
    }
    if (k == "array" || k == "map")
        fail(ErrorCode::Schema, "default " + value.dump() + " is not a valid " + k, pointer);
    const NamedDef& def = definitionOf(k, ns, pointer);
    return convertDefault(AvroTypeRef{def.json, def.nameSpace}, value, pointer);
}

Json Importer::convertPrimitiveDefault(const std::string& name, const Json& value,
                                       const std::string& pointer) {
    bool ok = false;
    if (name == "boolean")
        ok = value.is_boolean();
    else if (name == "int")
        ok = value.is_number_unsigned()
                 ? value.get<uint64_t>() <= uint64_t(INT32_MAX)
                 : value.is_number_integer() && value.get<int64_t>() >= INT32_MIN &&
                       value.get<int64_t>() <= INT32_MAX;
    else if (name == "long")
        ok = value.is_number_integer() &&
             (!value.is_number_unsigned() || value.get<uint64_t>() <= uint64_t(INT64_MAX));
    else if (name == "float" || name == "double")
        ok = value.is_number();
    else if (name == "string")
        ok = value.is_string();
    else if (name == "bytes")
        ok = value.is_string() && avro::bytesFromJsonString(value.get<std::string>());
    else if (name == "null")
        ok = value.is_null();
    if (!ok)
        fail(ErrorCode::Schema, "default " + value.dump() + " is not a valid " + name, pointer);
    return value;
}

Json Importer::convertLogicalDefault(const Json& t, const Json& value, const std::string& pointer) {
    std::string base = t["type"];
    if (base == "fixed") {
        auto bytes =
            value.is_string() ? avro::bytesFromJsonString(value.get<std::string>()) : std::nullopt;
        if (!bytes || Json(bytes->size()) != t.value("size", Json()))
            fail(ErrorCode::Schema,
                 "default " + value.dump() + " is not a valid fixed of " +
                     t.value("size", Json()).dump() + " bytes",
                 pointer);
        base = "bytes";
    }
    Json plain = convertPrimitiveDefault(base, value, pointer);
    std::string why;
    DataType mapped = mapLogical(t, base, why);
    std::optional<std::string> text;
    if (mapped.kind == TypeKind::Decimal)
        text = avro::decimalTextFromBytes(*avro::bytesFromJsonString(plain), mapped.scale);
    else if (mapped.kind == TypeKind::Date)
        text = avro::dateFromDays(plain.get<int64_t>());
    else if (mapped.kind == TypeKind::Timestamp || mapped.kind == TypeKind::TimestampTz)
        text = avro::timestampFromEpoch(plain.get<int64_t>(),
                                        timestampUnit(t["logicalType"].get<std::string>()),
                                        mapped.kind == TypeKind::TimestampTz);
    else
        return plain;
    if (!text)
        fail(ErrorCode::Schema,
             "default " + value.dump() + " is out of range for " + mapped.describe(), pointer);
    return *text;
}

Json Importer::convertRecordDefault(const Json& record, const std::string& ns, const Json& value,
                                    const std::string& pointer) {
    if (!value.is_object())
        fail(ErrorCode::Schema, "default " + value.dump() + " of a record must be an object",
             pointer);
    Json out = Json::object();
    const Json& fields = record.value("fields", Json::array());
    for (const Json& field : fields) {
        if (!field.is_object() || !field.contains("name") || !field.contains("type"))
            continue;
        std::string name = field["name"].is_string() ? field["name"].get<std::string>() : "";
        auto it = value.find(name);
        if (it == value.end()) {
            if (!field.contains("default"))
                fail(ErrorCode::Schema, "default " + value.dump() + " lacks field '" + name + "'",
                     pointer);
            // Filled in, as a reader would, so that exporting writes the same complete value.
            out[name] = convertDefault(AvroTypeRef{&field["type"], ns}, field["default"],
                                       child(pointer, name));
            continue;
        }
        out[name] = convertDefault(AvroTypeRef{&field["type"], ns}, *it, child(pointer, name));
    }
    return out;
}

} // namespace

Result<AvroImport> importAvro(std::string_view text, std::string_view source,
                              const AvroImportOptions& options) {
    Result<Json> parsed = parseJsonText(text, source);
    if (!parsed)
        return makeError(ErrorCode::Parse, "not valid JSON: " + parsed.error().message,
                         parsed.error().where);
    const Json& root = *parsed;
    try {
        Importer importer(options);
        return importer.run(root);
    } catch (const ImportFailure& f) {
        return makeError(f.code, f.message, describeLocation(source, text, f.pointer));
    } catch (const Json::exception& e) {
        return makeError(ErrorCode::Schema, std::string("malformed schema: ") + e.what(),
                         std::string(source));
    }
}

Result<AvroImport> importAvroFile(const std::filesystem::path& path,
                                  const AvroImportOptions& options) {
    Result<std::string> text = readFile(path);
    if (!text)
        return text.error();
    return importAvro(*text, path.string(), options);
}

} // namespace strata
