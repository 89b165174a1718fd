#pragma once

// The type model of DESIGN §2: data types, fields, constraints, schemas and type versions.
// Values are plain structs with value semantics; a published version's schema is immutable by
// convention (the workspace refuses to replace it).

#include "strata/model/version.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace strata {

using Json = nlohmann::json;

enum class TypeKind {
    Bool,
    Int32,
    Int64,
    Float32,
    Float64,
    Decimal,
    String,
    Bytes,
    Date,
    Timestamp,
    TimestampTz,
    Uuid,
    JsonValue, // any JSON document
    Array,
    Map,
    Struct,
    Enum,
    Ref,
};

struct Field;

// One node of a type tree. Only the members that belong to `kind` are meaningful.
struct DataType {
    TypeKind kind = TypeKind::String;

    int precision = 0; // Decimal; 0 precision means unconstrained numeric
    int scale = 0;     // Decimal

    std::vector<DataType> items; // Array: [element]; Map: [key, value]

    std::string name;                       // Struct, Enum: the named type's name
    std::string nameSpace;                  // Struct, Enum: optional namespace (Avro)
    std::vector<std::string> aliases;       // Struct, Enum: earlier names
    std::vector<Field> fields;              // Struct
    std::vector<std::string> symbols;       // Enum
    std::optional<std::string> enumDefault; // Enum: symbol used for unknown writer symbols

    std::string refTarget;            // Ref: the referenced type's name
    std::optional<SemVer> refVersion; // Ref: pinned version; nullopt means "latest"

    bool isPrimitive() const { return kind < TypeKind::Array; }
    bool isNumeric() const;
    const DataType& element() const { return items.at(0); }
    const DataType& mapKey() const { return items.at(0); }
    const DataType& mapValue() const { return items.at(1); }

    // Short human form: "int64", "decimal(10,2)", "array<string>", "struct Address", ...
    std::string describe() const;

    bool operator==(const DataType&) const;

    static DataType primitive(TypeKind kind);
    static DataType decimal(int precision, int scale);
    static DataType array(DataType element);
    static DataType map(DataType key, DataType value);
    static DataType reference(std::string target, std::optional<SemVer> version);
};

struct Field {
    std::string name;
    DataType type;
    bool nullable = false;
    std::optional<Json> defaultValue; // nullopt: no default; Json(nullptr): default null
    std::vector<std::string> aliases;
    std::string doc;

    bool hasDefault() const { return defaultValue.has_value(); }
    bool operator==(const Field&) const = default;
};

enum class ConstraintKind { PrimaryKey, Unique, ForeignKey, Check, NotNull };

struct Constraint {
    ConstraintKind kind = ConstraintKind::PrimaryKey;
    std::string name;                    // optional constraint name
    std::vector<std::string> columns;    // fields the constraint covers
    std::string refType;                 // ForeignKey: referenced type name
    std::optional<SemVer> refVersion;    // ForeignKey: referenced version, nullopt = latest
    std::vector<std::string> refColumns; // ForeignKey: referenced fields
    std::string expression;              // Check: expression text

    bool operator==(const Constraint&) const = default;
};

struct Schema {
    std::vector<Field> fields;
    std::vector<Constraint> constraints;

    const Field* findField(std::string_view name) const;
    bool operator==(const Schema&) const = default;
};

struct TypeVersion {
    TypeVersionId id;
    Schema schema;
    std::string doc;

    bool operator==(const TypeVersion&) const = default;
};

const char* toString(TypeKind kind);
const char* toString(ConstraintKind kind);

// Checks one schema on its own: unique field names and aliases, defaults valid for their
// declared types (field report C15), enum defaults among the symbols, constraint columns exist.
Status validateSchema(const Schema& schema, std::string_view where = {});

// Decimal text written at `type`'s scale ("5.25" as decimal(11,3) is "5.250"); nullopt when the
// text is not a decimal or its digits do not fit. Unconstrained decimals keep the text as is.
std::optional<std::string> rescaleDecimal(const std::string& text, const DataType& type);

// Whether `value` is a valid JSON datum of `type` (nullable admits null). References are
// accepted as objects without looking them up.
bool isValidValue(const DataType& type, bool nullable, const Json& value);

} // namespace strata
