#include "strata/convert/converter.h"

#include "record_path.h"

#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <set>

namespace strata {

namespace {

Error castError(const Json& value, const std::string& what) {
    return makeError(ErrorCode::InvalidArgument, "value " + value.dump() + " " + what);
}

// Integers must be exact: from JSON integers, integral floats or strictly parsed strings.
Result<Json> castToInteger(const Json& value, int64_t lo, int64_t hi, const char* name) {
    std::string range = std::string("outside ") + name + " range";
    if (value.is_number_unsigned()) {
        uint64_t u = value.get<uint64_t>();
        if (u > uint64_t(hi))
            return castError(value, range);
        return Json(int64_t(u));
    }
    if (value.is_number_integer()) {
        int64_t i = value.get<int64_t>();
        if (i < lo || i > hi)
            return castError(value, range);
        return Json(i);
    }
    if (value.is_number_float()) {
        double d = value.get<double>();
        if (!std::isfinite(d) || d != std::trunc(d))
            return castError(value, std::string("is not an integer, so not an ") + name);
        // 2^63 is exactly representable; anything at or beyond it does not fit int64.
        if (d < double(lo) || d >= -double(INT64_MIN) || d > double(hi))
            return castError(value, range);
        return Json(int64_t(d));
    }
    if (value.is_string()) {
        const std::string& s = value.get_ref<const std::string&>();
        int64_t i = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
        if (ec == std::errc::result_out_of_range)
            return castError(value, range);
        if (ec != std::errc() || end != s.data() + s.size() || s.empty())
            return castError(value, std::string("is not an ") + name);
        if (i < lo || i > hi)
            return castError(value, range);
        return Json(i);
    }
    return castError(value, std::string("cannot become an ") + name);
}

Result<Json> castToFloat(const Json& value, bool single) {
    const char* name = single ? "float32" : "float64";
    double d = 0;
    if (value.is_number()) {
        d = value.get<double>();
    } else if (value.is_string()) {
        const std::string& s = value.get_ref<const std::string&>();
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec != std::errc() || end != s.data() + s.size() || s.empty())
            return castError(value, std::string("is not a ") + name);
    } else {
        return castError(value, std::string("cannot become a ") + name);
    }
    if (single && std::isfinite(d) && std::fabs(d) > double(FLT_MAX))
        return castError(value, "outside float32 range");
    return Json(single ? double(float(d)) : d);
}

Result<Json> castToString(const Json& value) {
    if (value.is_string())
        return value;
    if (value.is_number() || value.is_boolean())
        return Json(value.dump());
    return castError(value, "cannot become a string");
}

Result<Json> castToDecimal(const Json& value, const DataType& type) {
    Json text;
    if (value.is_string()) {
        text = value;
    } else if (value.is_number_integer()) {
        text = value.dump();
    } else if (value.is_number_float()) {
        char buf[64];
        int scale = type.precision == 0 ? 17 : type.scale;
        std::snprintf(buf, sizeof buf, "%.*f", scale, value.get<double>());
        text = std::string(buf);
    } else {
        return castError(value, "cannot become a " + type.describe());
    }
    std::optional<std::string> rescaled = rescaleDecimal(text.get<std::string>(), type);
    if (!rescaled)
        return castError(value, "does not fit " + type.describe());
    return Json(*rescaled);
}

Result<Json> castToEnum(const Json& value, const DataType& type) {
    if (!value.is_string())
        return castError(value, "is not an enum symbol");
    const std::string& s = value.get_ref<const std::string&>();
    if (std::find(type.symbols.begin(), type.symbols.end(), s) != type.symbols.end())
        return value;
    if (type.enumDefault)
        return Json(*type.enumDefault);
    return castError(value, "is not a symbol of enum " + type.name + " and it has no default");
}

} // namespace

Result<Json> castValue(const Json& value, const DataType& type) {
    if (value.is_null())
        return value;
    switch (type.kind) {
    case TypeKind::Int32:
        return castToInteger(value, INT32_MIN, INT32_MAX, "int32");
    case TypeKind::Int64:
        return castToInteger(value, INT64_MIN, INT64_MAX, "int64");
    case TypeKind::Float32:
        return castToFloat(value, true);
    case TypeKind::Float64:
        return castToFloat(value, false);
    case TypeKind::String:
    case TypeKind::Bytes:
        return castToString(value);
    case TypeKind::Decimal:
        return castToDecimal(value, type);
    case TypeKind::Enum:
        return castToEnum(value, type);
    case TypeKind::Bool:
        if (value.is_boolean())
            return value;
        if (value == "true" || value == "false")
            return Json(value == "true");
        return castError(value, "is not a bool");
    default:
        if (isValidValue(type, false, value))
            return value;
        return castError(value, "is not a valid " + type.describe());
    }
}

namespace {

Error stepError(const ConverterStep& step, const std::string& where, std::string message) {
    return makeError(ErrorCode::InvalidArgument,
                     std::string(toString(step.kind)) + " '" + step.field + "': " + message, where);
}

std::string childWhere(const detail::Slot& parent, const std::string& name) {
    return parent.where.empty() ? name : parent.where + "." + name;
}

Status applyToParents(const ConverterStep& step, Json& record,
                      const std::vector<detail::PathSegment>& segments) {
    const std::string& name = segments.back().name;
    for (detail::Slot& parent : detail::parentObjects(record, segments)) {
        Json& object = *parent.value;
        bool present = object.contains(name);
        std::string where = childWhere(parent, name);
        switch (step.kind) {
        case StepKind::Rename:
            if (!present)
                return stepError(step, where, "the record has no field '" + name + "'");
            if (object.contains(step.newName))
                return stepError(step, where, "field '" + step.newName + "' already exists");
            object[step.newName] = std::move(object[name]);
            object.erase(name);
            break;
        case StepKind::AddWithDefault:
            if (present)
                return stepError(step, where, "field '" + name + "' already exists");
            object[name] = *step.value;
            break;
        case StepKind::Drop:
            object.erase(name);
            break;
        default:
            break;
        }
    }
    return {};
}

Status applyToValue(const ConverterStep& step, detail::Slot& slot) {
    Json& v = *slot.value;
    switch (step.kind) {
    case StepKind::Cast: {
        Result<Json> cast = castValue(v, *step.toType);
        if (cast) {
            v = std::move(*cast);
        } else if (step.onError == OnError::Null) {
            v = nullptr;
        } else if (step.onError == OnError::Default) {
            v = *step.value;
        } else {
            return makeError(ErrorCode::InvalidArgument, cast.error().message, slot.where);
        }
        return {};
    }
    case StepKind::MapEnum:
        if (v.is_string()) {
            auto it = step.symbolMap.find(v.get<std::string>());
            if (it != step.symbolMap.end())
                v = it->second;
        }
        return {};
    case StepKind::DefaultIfNull:
        if (v.is_null())
            v = *step.value;
        return {};
    case StepKind::ScaleOffset:
        if (!v.is_number())
            return stepError(step, slot.where, "value " + v.dump() + " is not a number");
        v = v.get<double>() * step.scale + step.offset;
        return {};
    default:
        return {};
    }
}

} // namespace

Status applyStep(const ConverterStep& step, Json& record) {
    auto segments = detail::parseStepPath(step.field);
    bool structural = step.kind == StepKind::Rename || step.kind == StepKind::AddWithDefault ||
                      step.kind == StepKind::Drop;
    if (structural && !segments.back().suffixes.empty())
        return stepError(step, "", "renames, additions and drops need a field name last");
    if ((step.kind == StepKind::AddWithDefault || step.kind == StepKind::DefaultIfNull) &&
        !step.value)
        return stepError(step, "", "the step has no value");
    if (step.kind == StepKind::Cast && !step.toType)
        return stepError(step, "", "the cast has no target type");
    if (step.kind == StepKind::Cast && step.onError == OnError::Default && !step.value)
        return stepError(step, "", "on-error default needs a value");
    if (structural)
        return applyToParents(step, record, segments);

    // DefaultIfNull must see nulls, which valueSlots skips; it works on the parents instead.
    if (step.kind == StepKind::DefaultIfNull && segments.back().suffixes.empty()) {
        for (detail::Slot& parent : detail::parentObjects(record, segments)) {
            auto it = parent.value->find(segments.back().name);
            if (it != parent.value->end() && it->is_null())
                *it = *step.value;
        }
        return {};
    }
    for (detail::Slot& slot : detail::valueSlots(record, segments)) {
        if (Status s = applyToValue(step, slot); !s)
            return s;
    }
    return {};
}

Result<Json> applyConverter(const Converter& converter, const Json& record) {
    Json out = record;
    for (const ConverterStep& step : converter.steps) {
        if (Status s = applyStep(step, out); !s)
            return s.error();
    }
    return out;
}

} // namespace strata
