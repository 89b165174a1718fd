#include "record_path.h"
#include "strata/convert/converter.h"

#include <set>

namespace strata {

namespace {

// Casts that keep every value exactly: integer widening, int32 into float64 (53-bit
// mantissa), float32 into float64, string and bytes, uuids and numbers written out as text.
bool castIsExact(const DataType& from, const DataType& to) {
    if (from == to)
        return true;
    auto is = [](const DataType& t, std::initializer_list<TypeKind> kinds) {
        return std::find(kinds.begin(), kinds.end(), t.kind) != kinds.end();
    };
    using K = TypeKind;
    if (from.kind == K::Int32)
        return is(to, {K::Int64, K::Float64, K::String});
    if (from.kind == K::Int64)
        return is(to, {K::String}) || (to.kind == K::Decimal && to.precision == 0);
    if (from.kind == K::Float32)
        return is(to, {K::Float64});
    if (from.kind == K::String || from.kind == K::Bytes)
        return is(to, {K::String, K::Bytes});
    if (from.kind == K::Uuid)
        return is(to, {K::String});
    if (from.kind == K::Enum && to.kind == K::Enum) {
        std::set<std::string> target(to.symbols.begin(), to.symbols.end());
        return std::all_of(from.symbols.begin(), from.symbols.end(),
                           [&](const std::string& s) { return target.count(s) > 0; });
    }
    return false;
}

DataType inferType(const Json& v) {
    if (v.is_boolean())
        return DataType::primitive(TypeKind::Bool);
    if (v.is_number_integer())
        return DataType::primitive(TypeKind::Int64);
    if (v.is_number_float())
        return DataType::primitive(TypeKind::Float64);
    if (v.is_string())
        return DataType::primitive(TypeKind::String);
    return DataType::primitive(TypeKind::JsonValue);
}

std::string lastName(const std::string& path) {
    size_t dot = path.rfind('.');
    return dot == std::string::npos ? path : path.substr(dot + 1);
}

std::string parentPrefix(const std::string& path) {
    size_t dot = path.rfind('.');
    return dot == std::string::npos ? "" : path.substr(0, dot + 1);
}

// Analyses one step against the schema as it stands before the step, then updates the
// schema to how it stands after the step.
Result<StepAnalysis> analyzeStep(const ConverterStep& step, Schema& schema,
                                 const RefResolver& refs) {
    auto segments = detail::parseStepPath(step.field);
    detail::SchemaSlot slot = detail::findInSchema(schema, segments, refs);
    bool adds = step.kind == StepKind::AddWithDefault;
    if (adds ? (slot.siblings == nullptr || slot.field != nullptr) : slot.type == nullptr) {
        return makeError(ErrorCode::Schema,
                         adds ? "cannot add '" + step.field + "': it exists or has no parent"
                              : "the schema has no field '" + step.field + "' at this step",
                         std::string(toString(step.kind)));
    }

    StepAnalysis a;
    switch (step.kind) {
    case StepKind::Rename: {
        a.lossless = true;
        a.why = "a rename keeps every value";
        ConverterStep inv = step;
        inv.field = parentPrefix(step.field) + step.newName;
        inv.newName = lastName(step.field);
        a.inverse = inv;
        slot.field->name = step.newName;
        break;
    }
    case StepKind::AddWithDefault: {
        a.lossless = true;
        a.why = "an added field keeps every existing value";
        ConverterStep inv;
        inv.kind = StepKind::Drop;
        inv.field = step.field;
        a.inverse = inv;
        Field f;
        f.name = segments.back().name;
        f.type = inferType(*step.value);
        f.nullable = step.value->is_null();
        f.defaultValue = step.value;
        slot.siblings->push_back(std::move(f));
        break;
    }
    case StepKind::Drop:
        a.lossless = false;
        a.why = "dropping '" + step.field + "' discards its values";
        slot.siblings->erase(slot.siblings->begin() + (slot.field - slot.siblings->data()));
        break;
    case StepKind::Cast: {
        DataType from = *slot.type;
        a.lossless = castIsExact(from, *step.toType);
        a.why = from.describe() + " to " + step.toType->describe() +
                (a.lossless ? " keeps every value exactly"
                            : " can lose precision or fail on some values");
        if (a.lossless) {
            ConverterStep inv = step;
            inv.toType = from;
            inv.onError = OnError::Fail;
            inv.value.reset();
            a.inverse = inv;
        }
        *slot.type = *step.toType;
        break;
    }
    case StepKind::MapEnum: {
        std::set<std::string> targets;
        std::map<std::string, std::string> reverse;
        bool injective = true;
        for (const auto& [from, to] : step.symbolMap) {
            injective = injective && targets.insert(to).second;
            reverse[to] = from;
        }
        // An unmapped source symbol that is also a target would merge with the mapped one.
        for (const std::string& s : slot.type->symbols)
            injective = injective && (step.symbolMap.count(s) || !targets.count(s));
        a.lossless = injective;
        a.why = injective ? "every symbol keeps a distinct image"
                          : "several symbols map to one, so the original cannot be told apart";
        if (injective) {
            ConverterStep inv = step;
            inv.symbolMap = reverse;
            a.inverse = inv;
        }
        if (slot.type->kind == TypeKind::Enum) {
            std::vector<std::string> symbols;
            for (const std::string& s : slot.type->symbols) {
                auto it = step.symbolMap.find(s);
                std::string image = it == step.symbolMap.end() ? s : it->second;
                if (std::find(symbols.begin(), symbols.end(), image) == symbols.end())
                    symbols.push_back(image);
            }
            slot.type->symbols = symbols;
        }
        break;
    }
    case StepKind::DefaultIfNull:
        a.lossless = false;
        a.why = "nulls become the default and can no longer be told apart from it";
        if (slot.field)
            slot.field->nullable = false;
        break;
    case StepKind::ScaleOffset: {
        a.lossless = step.scale != 0.0;
        a.why = a.lossless ? "a linear change of unit is invertible (up to float rounding)"
                           : "a scale of zero maps every value to the offset";
        if (a.lossless) {
            ConverterStep inv = step;
            inv.scale = 1.0 / step.scale;
            inv.offset = -step.offset / step.scale;
            a.inverse = inv;
        }
        break;
    }
    }
    return a;
}

} // namespace

Result<ConverterAnalysis> analyzeConverter(const Converter& converter, const Schema& source,
                                           const RefResolver& refs) {
    ConverterAnalysis analysis;
    Schema schema = source;
    std::vector<ConverterStep> inverseSteps;
    bool invertible = true;
    for (size_t i = 0; i < converter.steps.size(); ++i) {
        Result<StepAnalysis> a = analyzeStep(converter.steps[i], schema, refs);
        if (!a) {
            Error e = a.error();
            e.where = converter.from.toString() + " -> " + converter.to.toString() + " step " +
                      std::to_string(i + 1) + " (" + e.where + ")";
            return e;
        }
        analysis.lossless = analysis.lossless && a->lossless;
        invertible = invertible && a->inverse.has_value();
        if (a->inverse)
            inverseSteps.insert(inverseSteps.begin(), *a->inverse);
        analysis.steps.push_back(std::move(*a));
    }
    if (invertible) {
        Converter inv;
        inv.from = converter.to;
        inv.to = converter.from;
        inv.steps = std::move(inverseSteps);
        inv.doc = "inverse of " + converter.from.toString() + " -> " + converter.to.toString();
        analysis.inverse = std::move(inv);
    }
    return analysis;
}

} // namespace strata
