#include "schema_gen.h"

#include "strata/io/avro.h"

#include <algorithm>
#include <map>
#include <set>

namespace strata::difftest {
namespace {

const TypeKind kPrimitives[] = {TypeKind::Bool,    TypeKind::Int32,   TypeKind::Int64,
                                TypeKind::Float32, TypeKind::Float64, TypeKind::String,
                                TypeKind::Bytes};

const char* const kSymbols[] = {"A", "B", "C", "D", "E"};

// Writer type -> reader types the Avro specification lets it promote to.
const std::map<TypeKind, std::vector<TypeKind>> kPromotions = {
    {TypeKind::Int32, {TypeKind::Int64, TypeKind::Float32, TypeKind::Float64}},
    {TypeKind::Int64, {TypeKind::Float32, TypeKind::Float64}},
    {TypeKind::Float32, {TypeKind::Float64}},
    {TypeKind::String, {TypeKind::Bytes}},
    {TypeKind::Bytes, {TypeKind::String}},
};

bool hasName(const std::vector<Field>& fields, const std::string& name) {
    return std::any_of(fields.begin(), fields.end(), [&](const Field& f) {
        return f.name == name ||
               std::find(f.aliases.begin(), f.aliases.end(), name) != f.aliases.end();
    });
}

Field plainField(std::string name, DataType type, bool nullable = false,
                 std::optional<Json> def = std::nullopt) {
    Field f;
    f.name = std::move(name);
    f.type = std::move(type);
    f.nullable = nullable;
    f.defaultValue = std::move(def);
    return f;
}

} // namespace

std::string SchemaGenerator::fieldName() {
    return "f" + std::to_string(uniform(0, 7));
}

std::string SchemaGenerator::freshName(const char* prefix) {
    return prefix + std::to_string(++m_names);
}

DataType SchemaGenerator::primitive() {
    return DataType::primitive(kPrimitives[uniform(0, 6)]);
}

DataType SchemaGenerator::randomEnum() {
    DataType e;
    e.kind = TypeKind::Enum;
    e.name = freshName("E");
    for (const char* s : kSymbols)
        if (chance(0.6))
            e.symbols.push_back(s);
    if (e.symbols.empty())
        e.symbols.push_back(kSymbols[uniform(0, 4)]);
    if (chance(0.4))
        e.enumDefault = e.symbols[uniform(0, int(e.symbols.size()) - 1)];
    return e;
}

DataType SchemaGenerator::randomStruct(int depth, int fields) {
    DataType s;
    s.kind = TypeKind::Struct;
    s.name = freshName("R");
    for (int i = 0; i < fields; ++i) {
        std::string name = fieldName();
        if (!hasName(s.fields, name))
            s.fields.push_back(randomField(name, depth));
    }
    return s;
}

DataType SchemaGenerator::randomType(int depth) {
    int r = uniform(0, 99);
    if (r < 58 || depth >= 3)
        return primitive();
    if (r < 72)
        return randomEnum();
    if (r < 84)
        return randomStruct(depth + 1, uniform(1, 4));
    if (r < 92)
        return DataType::array(randomType(depth + 1));
    return DataType::map(DataType::primitive(TypeKind::String), randomType(depth + 1));
}

Field SchemaGenerator::randomField(const std::string& name, int depth) {
    Field f = plainField(name, randomType(depth), chance(0.3));
    if (chance(0.4))
        f.defaultValue = (f.nullable && chance(0.5)) ? Json(nullptr) : randomValue(f.type);
    if (chance(0.1))
        f.aliases.push_back(fieldName());
    return f;
}

Json SchemaGenerator::randomValue(const DataType& type) {
    switch (type.kind) {
    case TypeKind::Bool:
        return chance(0.5);
    case TypeKind::Int32:
        return uniform(-100, 100);
    case TypeKind::Int64:
        return int64_t(uniform(-100, 100)) * 1000000007LL;
    case TypeKind::Float32:
    case TypeKind::Float64:
        return uniform(-8, 8) * 0.5;
    case TypeKind::String:
        return "s" + std::to_string(uniform(0, 9));
    case TypeKind::Bytes:
        return "b" + std::to_string(uniform(0, 9));
    case TypeKind::Enum:
        return type.symbols[uniform(0, int(type.symbols.size()) - 1)];
    case TypeKind::Array: {
        Json out = Json::array();
        for (int i = uniform(0, 2); i > 0; --i)
            out.push_back(randomValue(type.element()));
        return out;
    }
    case TypeKind::Map: {
        Json out = Json::object();
        for (int i = uniform(0, 2); i > 0; --i)
            out["k" + std::to_string(i)] = randomValue(type.mapValue());
        return out;
    }
    case TypeKind::Struct: {
        Json out = Json::object();
        for (const Field& f : type.fields) {
            // Avro defaults use a union's first branch: null unless the field's own default
            // is a value (see the Avro exporter).
            bool nullFirst = !f.defaultValue || f.defaultValue->is_null();
            out[f.name] = (f.nullable && nullFirst) ? Json(nullptr) : randomValue(f.type);
        }
        return out;
    }
    default:
        return nullptr;
    }
}

void SchemaGenerator::fixDefault(Field& f) {
    if (f.defaultValue && !isValidValue(f.type, f.nullable, *f.defaultValue))
        f.defaultValue = chance(0.5) ? std::nullopt : std::optional<Json>(randomValue(f.type));
}

void SchemaGenerator::mutateType(DataType& t, int depth) {
    switch (t.kind) {
    case TypeKind::Enum: {
        int r = uniform(0, 2);
        if (r == 0) {
            std::string added = kSymbols[uniform(0, 4)];
            if (std::find(t.symbols.begin(), t.symbols.end(), added) == t.symbols.end())
                t.symbols.push_back(added);
        } else if (r == 1 && t.symbols.size() > 1) {
            t.symbols.erase(t.symbols.begin() + uniform(0, int(t.symbols.size()) - 1));
        } else {
            t.enumDefault =
                t.enumDefault ? std::nullopt : std::optional<std::string>(t.symbols.front());
        }
        if (t.enumDefault &&
            std::find(t.symbols.begin(), t.symbols.end(), *t.enumDefault) == t.symbols.end())
            t.enumDefault.reset();
        return;
    }
    case TypeKind::Struct:
        mutateFields(t.fields, depth + 1);
        return;
    case TypeKind::Array:
    case TypeKind::Map: {
        DataType& inner = t.kind == TypeKind::Array ? t.items[0] : t.items[1];
        if (chance(0.15))
            inner = primitive(); // a primitive, so no named type changes its name
        else
            mutateType(inner, depth + 1);
        return;
    }
    default: {
        auto promo = kPromotions.find(t.kind);
        if (promo != kPromotions.end() && chance(0.6))
            t = DataType::primitive(promo->second[uniform(0, int(promo->second.size()) - 1)]);
        else
            t = primitive();
        return;
    }
    }
}

void SchemaGenerator::mutateField(Field& f, std::vector<std::string>& taken, int depth) {
    int r = uniform(0, 99);
    if (r < 45) {
        if (!f.type.isPrimitive() && chance(0.5))
            mutateType(f.type, depth);
    } else if (r < 57) {
        mutateType(f.type, depth);
    } else if (r < 67) {
        f.nullable = !f.nullable;
    } else if (r < 77) {
        if (f.defaultValue)
            f.defaultValue.reset();
        else
            f.defaultValue = (f.nullable && chance(0.5)) ? Json(nullptr) : randomValue(f.type);
    } else if (r < 87) {
        std::string name = fieldName();
        if (std::find(taken.begin(), taken.end(), name) == taken.end()) {
            if (chance(0.6))
                f.aliases = {f.name};
            f.name = name;
            taken.push_back(name);
        }
    } else if (r < 93) {
        f.aliases =
            chance(0.5) ? std::vector<std::string>{} : std::vector<std::string>{fieldName()};
    } else {
        mutateType(f.type, depth);
    }
    fixDefault(f);
}

void SchemaGenerator::mutateFields(std::vector<Field>& fields, int depth) {
    std::vector<std::string> taken;
    for (const Field& f : fields)
        taken.push_back(f.name);
    for (size_t i = 0; i < fields.size();) {
        if (uniform(0, 99) < 8) {
            fields.erase(fields.begin() + long(i));
            continue;
        }
        mutateField(fields[i], taken, depth);
        ++i;
    }
    for (int added = uniform(0, 2); added > 0; --added) {
        std::string name = fieldName();
        if (std::find(taken.begin(), taken.end(), name) != taken.end())
            continue;
        taken.push_back(name);
        fields.push_back(randomField(name, depth));
    }
}

SchemaPair SchemaGenerator::randomPair() {
    while (true) {
        m_names = 0;
        SchemaPair pair;
        pair.writer.id = TypeVersionId{"DiffRecord", SemVer{1, 0, 0}};
        pair.writer.schema.fields = randomStruct(0, uniform(1, 6)).fields;
        pair.reader = pair.writer;
        pair.reader.id.version = SemVer{2, 0, 0};
        mutateFields(pair.reader.schema.fields, 0);
        // Schemas the model holds but Avro cannot express (see exportAvro) are drawn again.
        if (validateSchema(pair.writer.schema) && validateSchema(pair.reader.schema) &&
            exportAvro(pair.writer).ok() && exportAvro(pair.reader).ok())
            return pair;
    }
}

TypeVersion SchemaGenerator::realisticRecord(int fields, SemVer version) {
    m_names = 0;
    TypeVersion tv;
    tv.id = TypeVersionId{"OrderEvent", version};
    auto& out = tv.schema.fields;
    out.push_back(plainField("id", DataType::primitive(TypeKind::String)));
    out.push_back(plainField("createdAt", DataType::primitive(TypeKind::Int64)));

    DataType address;
    address.kind = TypeKind::Struct;
    address.name = "Address";
    for (const char* n : {"street", "city", "zip", "country", "region"})
        address.fields.push_back(plainField(n, DataType::primitive(TypeKind::String)));
    address.fields.push_back(
        plainField("note", DataType::primitive(TypeKind::String), true, Json(nullptr)));
    out.push_back(plainField("shipping", address));

    DataType line;
    line.kind = TypeKind::Struct;
    line.name = "Line";
    line.fields = {plainField("sku", DataType::primitive(TypeKind::String)),
                   plainField("quantity", DataType::primitive(TypeKind::Int32)),
                   plainField("price", DataType::primitive(TypeKind::Float64)),
                   plainField("discount", DataType::primitive(TypeKind::Float32), false, 0.0),
                   plainField("tags", DataType::array(DataType::primitive(TypeKind::String)))};
    out.push_back(plainField("lines", DataType::array(line)));

    DataType status;
    status.kind = TypeKind::Enum;
    status.name = "Status";
    status.symbols = {"CREATED", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"};
    status.enumDefault = "CREATED";
    out.push_back(plainField("status", status));
    out.push_back(plainField("attributes", DataType::map(DataType::primitive(TypeKind::String),
                                                         DataType::primitive(TypeKind::String))));

    for (int i = int(out.size()); i < fields; ++i) {
        TypeKind kind = kPrimitives[uniform(1, 6)];
        bool nullable = chance(0.35);
        std::optional<Json> def;
        if (nullable)
            def = Json(nullptr);
        out.push_back(
            plainField("attr" + std::to_string(i), DataType::primitive(kind), nullable, def));
    }
    return tv;
}

TypeVersion SchemaGenerator::evolve(const TypeVersion& base, int changes, bool compatible,
                                    SemVer version) {
    TypeVersion next = base;
    next.id.version = version;
    auto& fields = next.schema.fields;
    for (int c = 0; c < changes; ++c) {
        int r = uniform(0, 3);
        if (r == 0 || !compatible) {
            // An optional field: readable from old data through its default.
            std::string name = "added" + std::to_string(version.major) + "_" +
                               std::to_string(version.minor) + "_" + std::to_string(c);
            if (compatible || chance(0.5))
                fields.push_back(
                    plainField(name, DataType::primitive(TypeKind::String), true, Json(nullptr)));
            else
                fields.push_back(plainField(name, DataType::primitive(TypeKind::String)));
            continue;
        }
        Field& f = fields[uniform(0, int(fields.size()) - 1)];
        auto promo = kPromotions.find(f.type.kind);
        if (r == 1 && promo != kPromotions.end() && !f.defaultValue)
            f.type = DataType::primitive(promo->second.back());
        else if (r == 2 && !f.nullable && !f.defaultValue)
            f.nullable = true;
        else if (f.type.kind == TypeKind::Struct)
            f.type.fields.push_back(plainField("extra" + std::to_string(c),
                                               DataType::primitive(TypeKind::Int64), false, 0));
    }
    return next;
}

} // namespace strata::difftest
