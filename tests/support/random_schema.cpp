#include "random_schema.h"

#include <algorithm>

namespace strata::test {
namespace {

const char* const kStrings[] = {"",
                                "x",
                                "plain text",
                                "quote \" and \\ backslash",
                                "tab\tnew\nline",
                                "caf\xc3\xa9",
                                "\xe6\xb1\x89\xe5\xad\x97",
                                "emoji \xf0\x9f\x99\x82",
                                "\x01 control"};

} // namespace

std::string SchemaGenerator::freshName(const std::vector<Field>& fields) {
    for (;;) {
        std::string name = "f" + std::to_string(m_names++);
        if (std::none_of(fields.begin(), fields.end(), [&](const Field& f) {
                return f.name == name ||
                       std::find(f.aliases.begin(), f.aliases.end(), name) != f.aliases.end();
            }))
            return name;
    }
}

DataType SchemaGenerator::primitive() {
    static const TypeKind all[] = {TypeKind::Bool,      TypeKind::Int32,   TypeKind::Int64,
                                   TypeKind::Float32,   TypeKind::Float64, TypeKind::String,
                                   TypeKind::Bytes,     TypeKind::Decimal, TypeKind::Date,
                                   TypeKind::Timestamp, TypeKind::Uuid,    TypeKind::JsonValue};
    static const TypeKind avro[] = {TypeKind::Bool,    TypeKind::Int32,   TypeKind::Int64,
                                    TypeKind::Float32, TypeKind::Float64, TypeKind::String,
                                    TypeKind::Bytes};
    TypeKind kind = m_options.avroSubset ? avro[uniform(0, 6)] : all[uniform(0, 11)];
    if (kind == TypeKind::Decimal) {
        int p = uniform(1, 18);
        return DataType::decimal(p, uniform(0, p));
    }
    return DataType::primitive(kind);
}

DataType SchemaGenerator::enumType() {
    DataType t;
    t.kind = TypeKind::Enum;
    t.name = "E" + std::to_string(m_names++);
    int n = uniform(1, 4);
    for (int i = 0; i < n; ++i)
        t.symbols.push_back(std::string(1, static_cast<char>('A' + i)));
    if (chance(0.3))
        t.enumDefault = t.symbols[static_cast<size_t>(uniform(0, n - 1))];
    return t;
}

DataType SchemaGenerator::type(int depth) {
    int roll = uniform(0, 9);
    if (depth >= m_options.maxDepth || roll < 6)
        return roll == 5 ? enumType() : primitive();
    if (roll == 6)
        return DataType::array(type(depth + 1));
    if (roll == 7)
        return DataType::map(DataType::primitive(TypeKind::String), type(depth + 1));
    DataType s;
    s.kind = TypeKind::Struct;
    s.name = "S" + std::to_string(m_names++);
    int n = uniform(0, 3);
    for (int i = 0; i < n; ++i)
        s.fields.push_back(field(freshName(s.fields), depth + 1));
    return s;
}

Json SchemaGenerator::defaultFor(const DataType& t) {
    Json v = value(t, false, m_options.maxDepth + 1);
    return v;
}

Field SchemaGenerator::field(const std::string& name, int depth) {
    Field f;
    f.name = name;
    f.type = type(depth);
    f.nullable = chance(0.3);
    if (chance(0.3))
        f.defaultValue = f.nullable && chance(0.5) ? Json(nullptr) : defaultFor(f.type);
    return f;
}

Schema SchemaGenerator::schema() {
    Schema s;
    int n = uniform(1, m_options.maxFields);
    for (int i = 0; i < n; ++i)
        s.fields.push_back(field(freshName(s.fields), 0));
    return s;
}

// Keeps fresh names unique across one generator's lifetime.

void SchemaGenerator::evolveType(DataType& t, int depth) {
    switch (t.kind) {
    case TypeKind::Int32:
        t.kind = std::array{TypeKind::Int64, TypeKind::Float32, TypeKind::Float64,
                            TypeKind::String}[uniform(0, 3)];
        return;
    case TypeKind::Int64:
        t.kind = std::array{TypeKind::Int32, TypeKind::Float64, TypeKind::Float32}[uniform(0, 2)];
        return;
    case TypeKind::Float32:
        t.kind = chance(0.7) ? TypeKind::Float64 : TypeKind::Int32;
        return;
    case TypeKind::Float64:
        t.kind = chance(0.5) ? TypeKind::Float32 : TypeKind::Int64;
        return;
    case TypeKind::String:
        t.kind = chance(0.7) ? TypeKind::Bytes : TypeKind::Int32;
        return;
    case TypeKind::Bytes:
        t.kind = TypeKind::String;
        return;
    case TypeKind::Decimal:
        if (chance(0.5))
            t.precision += uniform(0, 3);
        else
            t.scale = std::min(t.precision, t.scale + 1);
        return;
    case TypeKind::Enum:
        if (chance(0.5))
            t.symbols.push_back(std::string(1, static_cast<char>('A' + t.symbols.size())));
        else if (t.symbols.size() > 1)
            t.symbols.erase(t.symbols.begin() + uniform(0, static_cast<int>(t.symbols.size()) - 1));
        if (t.enumDefault &&
            std::find(t.symbols.begin(), t.symbols.end(), *t.enumDefault) == t.symbols.end())
            t.enumDefault.reset();
        if (chance(0.3))
            t.enumDefault =
                chance(0.5) ? std::optional<std::string>(t.symbols.front()) : std::nullopt;
        return;
    case TypeKind::Array:
    case TypeKind::Map:
        evolveType(t.items.back(), depth + 1);
        return;
    case TypeKind::Struct:
        evolveFields(t.fields, depth + 1);
        return;
    default:
        return;
    }
}

void SchemaGenerator::evolveFields(std::vector<Field>& fields, int depth) {
    int edits = uniform(1, 3);
    for (int e = 0; e < edits; ++e) {
        int op = uniform(0, 7);
        if (fields.empty() || op == 0) {
            fields.push_back(field(freshName(fields), depth));
            continue;
        }
        Field& f = fields[static_cast<size_t>(uniform(0, static_cast<int>(fields.size()) - 1))];
        switch (op) {
        case 1:
            fields.erase(fields.begin() + (&f - fields.data()));
            break;
        case 2: {
            std::string old = f.name;
            f.name = freshName(fields);
            f.aliases = {};
            if (chance(0.7))
                f.aliases.push_back(old);
            break;
        }
        case 3:
        case 4: {
            evolveType(f.type, depth);
            if (f.defaultValue && !f.defaultValue->is_null())
                f.defaultValue = defaultFor(f.type);
            break;
        }
        case 5:
            f.nullable = !f.nullable;
            if (!f.nullable && f.defaultValue && f.defaultValue->is_null())
                f.defaultValue.reset();
            break;
        case 6:
            if (f.defaultValue)
                f.defaultValue.reset();
            else
                f.defaultValue = f.nullable && chance(0.5) ? Json(nullptr) : defaultFor(f.type);
            break;
        default:
            break;
        }
    }
}

Schema SchemaGenerator::evolve(const Schema& older) {
    // Some random edits leave a nested default invalid; such evolutions are drawn again.
    for (int attempt = 0; attempt < 50; ++attempt) {
        Schema newer = older;
        evolveFields(newer.fields, 0);
        if (validateSchema(newer).ok())
            return newer;
    }
    Schema newer = older;
    newer.fields.push_back(field(freshName(newer.fields), m_options.maxDepth));
    newer.fields.back().defaultValue.reset();
    return newer;
}

Json SchemaGenerator::value(const DataType& t, bool nullable, int depth) {
    if (nullable && chance(0.25))
        return nullptr;
    switch (t.kind) {
    case TypeKind::Bool:
        return chance(0.5);
    case TypeKind::Int32: {
        static const int32_t edges[] = {0, 1, -1, INT32_MAX, INT32_MIN, 42};
        return chance(0.3) ? edges[uniform(0, 5)] : uniform(-100000, 100000);
    }
    case TypeKind::Int64: {
        static const int64_t edges[] = {
            0, INT64_MAX, INT64_MIN, 9007199254740993LL, -9007199254740993LL, 3000000010LL};
        return chance(0.3) ? edges[uniform(0, 5)] : int64_t(uniform(-100000, 100000)) * 1000003;
    }
    case TypeKind::Float32:
        return static_cast<double>(static_cast<float>(uniform(-1000, 1000)) / 8.0f);
    case TypeKind::Float64:
        return std::uniform_real_distribution<double>(-1e6, 1e6)(m_rng);
    case TypeKind::Decimal: {
        std::string digits;
        int intDigits = t.precision == 0 ? 5 : uniform(1, std::max(1, t.precision - t.scale));
        if (t.precision != 0 && t.precision == t.scale)
            digits = "0";
        else
            for (int i = 0; i < intDigits; ++i)
                digits += static_cast<char>('0' + uniform(i == 0 ? 1 : 0, 9));
        if (t.scale > 0) {
            digits += ".";
            for (int i = 0; i < t.scale; ++i)
                digits += static_cast<char>('0' + uniform(0, 9));
        }
        return (chance(0.2) ? "-" : "") + digits;
    }
    case TypeKind::String:
    case TypeKind::Bytes:
        return kStrings[uniform(0, 8)];
    case TypeKind::Date:
        return "2024-0" + std::to_string(uniform(1, 9)) + "-1" + std::to_string(uniform(0, 9));
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        return "2024-02-29T23:59:" + std::to_string(uniform(10, 59)) + "Z";
    case TypeKind::Uuid:
        return "123e4567-e89b-12d3-a456-42661417400" + std::to_string(uniform(0, 9));
    case TypeKind::JsonValue:
        return Json{{"nested", {1, "two", nullptr}}};
    case TypeKind::Enum:
        return t.symbols[static_cast<size_t>(uniform(0, static_cast<int>(t.symbols.size()) - 1))];
    case TypeKind::Array: {
        Json a = Json::array();
        int n = depth > 4 ? 0 : uniform(0, 3);
        for (int i = 0; i < n; ++i)
            a.push_back(value(t.element(), false, depth + 1));
        return a;
    }
    case TypeKind::Map: {
        Json m = Json::object();
        int n = depth > 4 ? 0 : uniform(0, 2);
        for (int i = 0; i < n; ++i)
            m["k" + std::to_string(i)] = value(t.mapValue(), false, depth + 1);
        return m;
    }
    case TypeKind::Struct: {
        Json o = Json::object();
        for (const Field& f : t.fields)
            o[f.name] = value(f.type, f.nullable, depth + 1);
        return o;
    }
    case TypeKind::Ref:
        return Json::object();
    }
    return nullptr;
}

Json SchemaGenerator::record(const Schema& schema) {
    Json o = Json::object();
    for (const Field& f : schema.fields)
        o[f.name] = value(f.type, f.nullable, 0);
    return o;
}

} // namespace strata::test
