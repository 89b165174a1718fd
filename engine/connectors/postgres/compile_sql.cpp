// Compiling converter steps to SQL expressions for the server-side copy: each step becomes an
// expression over the source row "s"; values are bound parameters. A step compiles only when
// PostgreSQL computes exactly what the reference converter computes (a cast that PostgreSQL
// would round, an on-error policy, a nested path: none of these compile).

#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/plan.h"

#include <algorithm>
#include <cstdio>

namespace strata::postgres {
namespace {

struct Expr {
    std::string sql;
    DataType type;
    bool literal = false; // a bound value: its final cast is a parse, exact by construction
};

using Record = std::vector<std::pair<std::string, Expr>>;

Record::iterator findSlot(Record& record, const std::string& name) {
    return std::find_if(record.begin(), record.end(),
                        [&](const auto& s) { return s.first == name; });
}

std::string bind(Params& params, std::string value) {
    params.push_back(std::move(value));
    return "$" + std::to_string(params.size());
}

bool isInteger(TypeKind k) {
    return k == TypeKind::Int32 || k == TypeKind::Int64;
}

// Whether CAST(from AS to) in PostgreSQL gives what castValue gives, or fails where it fails.
bool exactCast(const DataType& from, const DataType& to) {
    if (from == to)
        return true;
    if (isInteger(from.kind)) {
        if (isInteger(to.kind) || to.kind == TypeKind::String || to.kind == TypeKind::Float64)
            return true;
        return to.kind == TypeKind::Decimal && (to.precision == 0 || to.precision - to.scale >= 19);
    }
    if (from.kind == TypeKind::Float32)
        return to.kind == TypeKind::Float64;
    if (from.kind == TypeKind::Decimal) {
        if (to.kind == TypeKind::String || to.kind == TypeKind::Float64)
            return true;
        if (to.kind != TypeKind::Decimal)
            return false;
        if (to.precision == 0)
            return true;
        return from.precision != 0 && to.scale >= from.scale &&
               to.precision - to.scale >= from.precision - from.scale;
    }
    if (from.kind == TypeKind::Enum)
        return to.kind == TypeKind::String ||
               (to.kind == TypeKind::Enum &&
                std::all_of(from.symbols.begin(), from.symbols.end(), [&](const std::string& s) {
                    return std::find(to.symbols.begin(), to.symbols.end(), s) != to.symbols.end();
                }));
    if (from.kind == TypeKind::String)
        return to.kind == TypeKind::String || to.kind == TypeKind::Enum;
    return false;
}

std::string sqlType(const DataType& type) {
    Field f;
    f.type = type;
    return columnType(f);
}

Expr literalExpr(const Json& value, Params& params) {
    if (value.is_null())
        return {"NULL", DataType::primitive(TypeKind::String), true};
    std::string text = value.is_string()    ? value.get<std::string>()
                       : value.is_boolean() ? (value.get<bool>() ? "true" : "false")
                                            : value.dump();
    return {bind(params, text), DataType::primitive(TypeKind::String), true};
}

std::string doubleText(double d) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
}

Result<bool> compileStep(const ConverterStep& step, Record& record, Params& params) {
    auto fail = [&](const std::string& why) -> Result<bool> {
        return makeError(ErrorCode::Unsupported,
                         std::string(toString(step.kind)) + " '" + step.field + "' " + why);
    };
    if (step.field.find_first_of(".[{") != std::string::npos)
        return fail("acts on a nested field, which has no SQL form here");
    auto slot = findSlot(record, step.field);
    if (step.kind == StepKind::AddWithDefault) {
        if (slot != record.end())
            return fail("adds a field that already exists");
        record.emplace_back(step.field, literalExpr(*step.value, params));
        return true;
    }
    if (slot == record.end())
        return step.kind == StepKind::Drop ? Result<bool>(true) : fail("names a missing field");
    Expr& e = slot->second;
    switch (step.kind) {
    case StepKind::Rename:
        slot->first = step.newName;
        return true;
    case StepKind::Drop:
        record.erase(slot);
        return true;
    case StepKind::Cast:
        if (step.onError != OnError::Fail)
            return fail("has an on-error policy, which has no SQL form");
        if (!e.literal && !exactCast(e.type, *step.toType))
            return fail("from " + e.type.describe() + " would round or parse differently in SQL");
        e = {"CAST(" + e.sql + " AS " + sqlType(*step.toType) + ")", *step.toType, false};
        return true;
    case StepKind::MapEnum: {
        std::string sql = "CASE CAST(" + e.sql + " AS text)";
        for (const auto& [from, to] : step.symbolMap)
            sql += " WHEN " + bind(params, from) + " THEN " + bind(params, to);
        e = {sql + " ELSE CAST(" + e.sql + " AS text) END", DataType::primitive(TypeKind::String),
             false};
        return true;
    }
    case StepKind::DefaultIfNull:
        if (!step.value->is_null())
            e.sql = "COALESCE(" + e.sql + ", " + literalExpr(*step.value, params).sql + ")";
        return true;
    case StepKind::ScaleOffset:
        if (!e.type.isNumeric() || e.type.kind == TypeKind::Decimal)
            return fail("on " + e.type.describe() + " has no exact SQL form");
        e = {"(CAST(" + e.sql + " AS double precision) * CAST(" +
                 bind(params, doubleText(step.scale)) + " AS double precision) + CAST(" +
                 bind(params, doubleText(step.offset)) + " AS double precision))",
             DataType::primitive(TypeKind::Float64), false};
        return true;
    default:
        return fail("is unknown");
    }
}

} // namespace

Result<std::vector<TargetColumn>> compileToSql(const ConversionPath& path,
                                               const TypeVersion& source, const TypeVersion& target,
                                               Params& params) {
    Record record;
    for (const Field& f : source.schema.fields)
        record.emplace_back(f.name, Expr{"s." + quoteIdent(f.name), f.type, false});
    for (const ConversionHop& hop : path.hops)
        for (const ConverterStep& step : hop.converter.steps)
            if (auto r = compileStep(step, record, params); !r)
                return r.error();

    std::vector<TargetColumn> out;
    for (const Field& f : target.schema.fields) {
        std::string type = columnType(f);
        auto slot = findSlot(record, f.name);
        Expr e;
        if (slot != record.end())
            e = slot->second;
        else if (f.defaultValue)
            e = literalExpr(*f.defaultValue, params);
        else if (f.nullable)
            e = {"NULL", f.type, true};
        else
            return makeError(ErrorCode::Unsupported, "no value for field '" + f.name + "'");
        if (!e.literal && !exactCast(e.type, f.type))
            return makeError(ErrorCode::Unsupported,
                             "field '" + f.name + "' from " + e.type.describe() + " to " +
                                 f.type.describe() + " would round or parse differently in SQL");
        out.push_back({f.name, type, "CAST(" + e.sql + " AS " + type + ")"});
    }
    return out;
}

} // namespace strata::postgres
