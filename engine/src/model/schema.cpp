#include "strata/model/schema.h"

#include <cmath>
#include <limits>
#include <set>

namespace strata {

bool DataType::isNumeric() const {
    return kind == TypeKind::Int32 || kind == TypeKind::Int64 || kind == TypeKind::Float32 ||
           kind == TypeKind::Float64 || kind == TypeKind::Decimal;
}

std::string DataType::describe() const {
    switch (kind) {
    case TypeKind::Decimal:
        if (precision == 0)
            return "decimal";
        return "decimal(" + std::to_string(precision) + "," + std::to_string(scale) + ")";
    case TypeKind::Array:
        return "array<" + element().describe() + ">";
    case TypeKind::Map:
        return "map<" + mapKey().describe() + "," + mapValue().describe() + ">";
    case TypeKind::Struct:
        return "struct " + name;
    case TypeKind::Enum:
        return "enum " + name;
    case TypeKind::Ref:
        return "ref " + refTarget + (refVersion ? "-v" + refVersion->toString() : "@latest");
    default:
        return toString(kind);
    }
}

bool DataType::operator==(const DataType& o) const {
    return kind == o.kind && precision == o.precision && scale == o.scale && items == o.items &&
           name == o.name && nameSpace == o.nameSpace && aliases == o.aliases &&
           fields == o.fields && symbols == o.symbols && enumDefault == o.enumDefault &&
           refTarget == o.refTarget && refVersion == o.refVersion;
}

DataType DataType::primitive(TypeKind kind) {
    DataType t;
    t.kind = kind;
    return t;
}

DataType DataType::decimal(int precision, int scale) {
    DataType t;
    t.kind = TypeKind::Decimal;
    t.precision = precision;
    t.scale = scale;
    return t;
}

DataType DataType::array(DataType element) {
    DataType t;
    t.kind = TypeKind::Array;
    t.items.push_back(std::move(element));
    return t;
}

DataType DataType::map(DataType key, DataType value) {
    DataType t;
    t.kind = TypeKind::Map;
    t.items.push_back(std::move(key));
    t.items.push_back(std::move(value));
    return t;
}

DataType DataType::reference(std::string target, std::optional<SemVer> version) {
    DataType t;
    t.kind = TypeKind::Ref;
    t.refTarget = std::move(target);
    t.refVersion = version;
    return t;
}

const Field* Schema::findField(std::string_view name) const {
    for (const Field& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

const char* toString(TypeKind kind) {
    switch (kind) {
    case TypeKind::Bool:
        return "bool";
    case TypeKind::Int32:
        return "int32";
    case TypeKind::Int64:
        return "int64";
    case TypeKind::Float32:
        return "float32";
    case TypeKind::Float64:
        return "float64";
    case TypeKind::Decimal:
        return "decimal";
    case TypeKind::String:
        return "string";
    case TypeKind::Bytes:
        return "bytes";
    case TypeKind::Date:
        return "date";
    case TypeKind::Timestamp:
        return "timestamp";
    case TypeKind::TimestampTz:
        return "timestamptz";
    case TypeKind::Uuid:
        return "uuid";
    case TypeKind::JsonValue:
        return "json";
    case TypeKind::Array:
        return "array";
    case TypeKind::Map:
        return "map";
    case TypeKind::Struct:
        return "struct";
    case TypeKind::Enum:
        return "enum";
    case TypeKind::Ref:
        return "ref";
    }
    return "?";
}

const char* toString(ConstraintKind kind) {
    switch (kind) {
    case ConstraintKind::PrimaryKey:
        return "primary_key";
    case ConstraintKind::Unique:
        return "unique";
    case ConstraintKind::ForeignKey:
        return "foreign_key";
    case ConstraintKind::Check:
        return "check";
    case ConstraintKind::NotNull:
        return "not_null";
    }
    return "?";
}

namespace {

bool isIntegral(const Json& v) {
    return v.is_number_integer();
}

bool fitsInt32(const Json& v) {
    if (v.is_number_unsigned())
        return v.get<uint64_t>() <= uint64_t(std::numeric_limits<int32_t>::max());
    int64_t x = v.get<int64_t>();
    return x >= std::numeric_limits<int32_t>::min() && x <= std::numeric_limits<int32_t>::max();
}

bool fitsInt64(const Json& v) {
    return !v.is_number_unsigned() ||
           v.get<uint64_t>() <= uint64_t(std::numeric_limits<int64_t>::max());
}

// A decimal datum is a string of digits with an optional sign and fraction, within precision.
bool isDecimalText(const DataType& type, const std::string& s) {
    size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    int intDigits = 0, fracDigits = 0;
    bool dot = false, anyDigit = false;
    for (; i < s.size(); ++i) {
        if (s[i] == '.' && !dot) {
            dot = true;
            continue;
        }
        if (s[i] < '0' || s[i] > '9')
            return false;
        anyDigit = true;
        if (dot)
            fracDigits++;
        else if (intDigits > 0 || s[i] != '0')
            intDigits++; // leading zeros are not significant digits
    }
    if (!anyDigit)
        return false;
    if (type.precision == 0)
        return true;
    return fracDigits <= type.scale && intDigits <= type.precision - type.scale;
}

bool isDigits(const std::string& s, size_t from, size_t count) {
    if (from + count > s.size())
        return false;
    for (size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

bool isDateText(const std::string& s) {
    return s.size() == 10 && isDigits(s, 0, 4) && s[4] == '-' && isDigits(s, 5, 2) && s[7] == '-' &&
           isDigits(s, 8, 2);
}

bool isTimestampText(const std::string& s) {
    return s.size() >= 19 && isDateText(s.substr(0, 10)) && (s[10] == 'T' || s[10] == ' ') &&
           isDigits(s, 11, 2) && s[13] == ':' && isDigits(s, 14, 2) && s[16] == ':' &&
           isDigits(s, 17, 2);
}

bool isUuidText(const std::string& s) {
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (s[i] == '-'))
            return false;
        if (!dash && !std::isxdigit(static_cast<unsigned char>(s[i])))
            return false;
    }
    return true;
}

} // namespace

std::optional<std::string> rescaleDecimal(const std::string& text, const DataType& type) {
    if (!isDecimalText(type, text))
        return std::nullopt;
    if (type.precision == 0)
        return text;
    size_t dot = text.find('.');
    std::string whole = text.substr(0, dot);
    std::string frac = dot == std::string::npos ? "" : text.substr(dot + 1);
    if (whole.empty() || whole == "-" || whole == "+")
        whole += "0";
    frac.append(static_cast<size_t>(type.scale) - frac.size(), '0');
    return whole + (type.scale > 0 ? "." + frac : "");
}

bool isValidValue(const DataType& type, bool nullable, const Json& v) {
    if (v.is_null())
        return nullable;
    switch (type.kind) {
    case TypeKind::Bool:
        return v.is_boolean();
    case TypeKind::Int32:
        return isIntegral(v) && fitsInt32(v);
    case TypeKind::Int64:
        return isIntegral(v) && fitsInt64(v);
    case TypeKind::Float32:
    case TypeKind::Float64:
        return v.is_number();
    case TypeKind::Decimal:
        return (v.is_string() && isDecimalText(type, v.get<std::string>())) ||
               (isIntegral(v) && type.precision == 0);
    case TypeKind::String:
    case TypeKind::Bytes:
        return v.is_string();
    case TypeKind::Date:
        return v.is_string() && isDateText(v.get<std::string>());
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        return v.is_string() && isTimestampText(v.get<std::string>());
    case TypeKind::Uuid:
        return v.is_string() && isUuidText(v.get<std::string>());
    case TypeKind::JsonValue:
        return true;
    case TypeKind::Array:
        if (!v.is_array())
            return false;
        for (const Json& e : v)
            if (!isValidValue(type.element(), false, e))
                return false;
        return true;
    case TypeKind::Map:
        if (!v.is_object())
            return false;
        for (const auto& [k, e] : v.items())
            if (!isValidValue(type.mapValue(), false, e))
                return false;
        return true;
    case TypeKind::Struct:
        if (!v.is_object())
            return false;
        for (const Field& f : type.fields) {
            auto it = v.find(f.name);
            if (it == v.end()) {
                if (!f.hasDefault())
                    return false;
                continue;
            }
            if (!isValidValue(f.type, f.nullable, *it))
                return false;
        }
        return true;
    case TypeKind::Enum:
        return v.is_string() && std::find(type.symbols.begin(), type.symbols.end(),
                                          v.get<std::string>()) != type.symbols.end();
    case TypeKind::Ref:
        return v.is_object();
    }
    return false;
}

namespace {

Status validateType(const DataType& type, const std::string& path);

Status validateFields(const std::vector<Field>& fields, const std::string& prefix) {
    std::set<std::string> names;
    for (const Field& f : fields) {
        std::string path = prefix.empty() ? f.name : prefix + "." + f.name;
        if (f.name.empty())
            return makeError(ErrorCode::Schema, "a field has an empty name", prefix);
        if (!names.insert(f.name).second)
            return makeError(ErrorCode::Schema, "field '" + f.name + "' is declared twice", path);
        if (Status s = validateType(f.type, path); !s)
            return s;
        if (f.defaultValue && !isValidValue(f.type, f.nullable, *f.defaultValue))
            return makeError(ErrorCode::Schema,
                             "default " + f.defaultValue->dump() + " is not a valid " +
                                 (f.nullable ? "nullable " : "") + f.type.describe(),
                             path);
    }
    for (const Field& f : fields)
        for (const std::string& alias : f.aliases)
            if (names.count(alias) && alias != f.name)
                return makeError(ErrorCode::Schema,
                                 "alias '" + alias + "' of field '" + f.name +
                                     "' is also the name of another field",
                                 prefix.empty() ? f.name : prefix + "." + f.name);
    return {};
}

Status validateType(const DataType& type, const std::string& path) {
    switch (type.kind) {
    case TypeKind::Decimal:
        if (type.precision < 0 || type.scale < 0 ||
            (type.precision > 0 && type.scale > type.precision))
            return makeError(ErrorCode::Schema,
                             "decimal scale must lie between 0 and the precision", path);
        return {};
    case TypeKind::Array:
    case TypeKind::Map:
        for (const DataType& item : type.items)
            if (Status s = validateType(item, path + (type.kind == TypeKind::Array ? "[]" : "{}"));
                !s)
                return s;
        if (type.kind == TypeKind::Map && type.mapKey().kind != TypeKind::String)
            return makeError(ErrorCode::Schema, "map keys must be strings", path);
        return {};
    case TypeKind::Struct:
        return validateFields(type.fields, path);
    case TypeKind::Enum: {
        if (type.symbols.empty())
            return makeError(ErrorCode::Schema, "enum " + type.name + " has no symbols", path);
        std::set<std::string> seen;
        for (const std::string& s : type.symbols)
            if (!seen.insert(s).second)
                return makeError(ErrorCode::Schema, "enum symbol '" + s + "' is declared twice",
                                 path);
        if (type.enumDefault && !seen.count(*type.enumDefault))
            return makeError(ErrorCode::Schema,
                             "enum default '" + *type.enumDefault + "' is not one of its symbols",
                             path);
        return {};
    }
    case TypeKind::Ref:
        if (type.refTarget.empty())
            return makeError(ErrorCode::Schema, "a reference names no type", path);
        return {};
    default:
        return {};
    }
}

} // namespace

Status validateSchema(const Schema& schema, std::string_view where) {
    if (Status s = validateFields(schema.fields, ""); !s) {
        Error e = s.error();
        if (!where.empty())
            e.where = std::string(where) + (e.where.empty() ? "" : ": field " + e.where);
        return e;
    }
    for (const Constraint& c : schema.constraints) {
        for (const std::string& col : c.columns)
            if (!schema.findField(col))
                return makeError(ErrorCode::Schema,
                                 std::string(toString(c.kind)) +
                                     " constraint names unknown field '" + col + "'",
                                 std::string(where));
        if (c.kind == ConstraintKind::ForeignKey &&
            (c.refType.empty() || c.refColumns.size() != c.columns.size()))
            return makeError(
                ErrorCode::Schema,
                "foreign key needs a referenced type and as many referenced fields as fields",
                std::string(where));
        if (c.kind == ConstraintKind::Check && c.expression.empty())
            return makeError(ErrorCode::Schema, "check constraint has no expression",
                             std::string(where));
        if (c.kind != ConstraintKind::Check && c.columns.empty())
            return makeError(ErrorCode::Schema,
                             std::string(toString(c.kind)) + " constraint covers no field",
                             std::string(where));
    }
    return {};
}

} // namespace strata
