#include "copy_text.h"

#include "strata/convert/conversion_path.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace strata::postgres::detail {

std::string textArray(const std::vector<std::string>& items) {
    std::string out = "{";
    for (size_t i = 0; i < items.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (char c : items[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

void splitCopyLine(std::string_view line, std::vector<std::optional<std::string>>& out) {
    out.clear();
    size_t start = 0;
    for (;;) {
        size_t end = line.find('\t', start);
        std::string_view raw =
            line.substr(start, end == std::string_view::npos ? line.size() - start : end - start);
        if (raw == "\\N") {
            out.emplace_back(std::nullopt);
        } else {
            std::string v;
            v.reserve(raw.size());
            for (size_t i = 0; i < raw.size(); ++i) {
                if (raw[i] != '\\' || i + 1 == raw.size()) {
                    v += raw[i];
                    continue;
                }
                char c = raw[++i];
                switch (c) {
                case 't':
                    v += '\t';
                    break;
                case 'n':
                    v += '\n';
                    break;
                case 'r':
                    v += '\r';
                    break;
                case 'b':
                    v += '\b';
                    break;
                case 'f':
                    v += '\f';
                    break;
                case 'v':
                    v += '\v';
                    break;
                default:
                    if (c >= '0' && c <= '7') { // octal byte, up to three digits
                        int value = c - '0';
                        for (int k = 0;
                             k < 2 && i + 1 < raw.size() && raw[i + 1] >= '0' && raw[i + 1] <= '7';
                             ++k)
                            value = value * 8 + (raw[++i] - '0');
                        v += char(value);
                    } else {
                        v += c;
                    }
                }
            }
            out.emplace_back(std::move(v));
        }
        if (end == std::string_view::npos)
            return;
        start = end + 1;
    }
}

void appendCopyText(std::string& out, std::string_view value) {
    for (char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

Result<Json> copyValueToJson(const std::string& text, const DataType& type) {
    auto bad = [&]() -> Result<Json> {
        return makeError(ErrorCode::Unsupported, "value '" + text + "' of type " + type.describe() +
                                                     " cannot be read on the client side");
    };
    switch (type.kind) {
    case TypeKind::Int32:
    case TypeKind::Int64: {
        long long v = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc() || end != text.data() + text.size())
            return bad();
        return Json(v);
    }
    case TypeKind::Float32: {
        // a real holds a float: its value is the float the text rounds to, not the decimal
        float v = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc() || end != text.data() + text.size())
            return bad();
        return Json(double(v));
    }
    case TypeKind::Float64: {
        double v = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc() || end != text.data() + text.size())
            return bad();
        return Json(v);
    }
    case TypeKind::Bool:
        if (text == "t" || text == "f")
            return Json(text == "t");
        return bad();
    case TypeKind::JsonValue: {
        Json j = Json::parse(text, nullptr, false);
        if (j.is_discarded())
            return bad();
        return j;
    }
    case TypeKind::Array:
    case TypeKind::Map:
    case TypeKind::Struct:
    case TypeKind::Ref:
        return bad();
    default:
        return Json(text);
    }
}

void appendFloatAsCopy(std::string& out, double value) {
    if (std::isnan(value))
        out += "NaN";
    else if (std::isinf(value))
        out += value < 0 ? "-Infinity" : "Infinity";
    else if (value == 0 && std::signbit(value))
        out += "-0";
    else if (std::trunc(value) == value && std::abs(value) < 1e15)
        out += std::to_string(static_cast<long long>(value));
    else
        out += Json(value).dump();
}

void appendJsonAsCopy(std::string& out, const Json& value) {
    if (value.is_null())
        out += "\\N";
    else if (value.is_string())
        appendCopyText(out, value.get_ref<const std::string&>());
    else if (value.is_boolean())
        out += value.get<bool>() ? "t" : "f";
    else if (value.is_number_float())
        appendFloatAsCopy(out, value.get<double>());
    else if (value.is_number())
        out += value.dump();
    else
        appendCopyText(out, value.dump());
}

} // namespace strata::postgres::detail

namespace strata::postgres::detail {
namespace {

// Whether every value of `from` is also a value of `to` with the same text.
bool keepsText(const DataType& from, const DataType& to) {
    if (from == to)
        return true;
    if ((from.kind == TypeKind::Int32 || from.kind == TypeKind::Int64) &&
        to.kind == TypeKind::Int64)
        return true;
    if (from.kind == TypeKind::Decimal && to.kind == TypeKind::Decimal && from.precision != 0) {
        return to.precision == 0 ||
               (to.scale >= from.scale && to.precision - to.scale >= from.precision - from.scale);
    }
    return false;
}

struct Slot {
    std::string name;
    ColumnSource source;
    DataType type;
    bool constant = false;
};

} // namespace

std::optional<std::vector<ColumnSource>> passThroughColumns(const ConversionPath& path,
                                                            const TypeVersion& source,
                                                            const TypeVersion& target) {
    std::vector<Slot> record;
    for (size_t i = 0; i < source.schema.fields.size(); ++i)
        record.push_back(
            {source.schema.fields[i].name, {int(i), {}}, source.schema.fields[i].type});
    auto find = [&record](const std::string& name) {
        return std::find_if(record.begin(), record.end(),
                            [&](const Slot& s) { return s.name == name; });
    };
    for (const ConversionHop& hop : path.hops) {
        for (const ConverterStep& step : hop.converter.steps) {
            if (step.field.find_first_of(".[{") != std::string::npos)
                return std::nullopt;
            auto slot = find(step.field);
            switch (step.kind) {
            case StepKind::Rename:
                if (slot == record.end())
                    return std::nullopt;
                slot->name = step.newName;
                break;
            case StepKind::Drop:
                if (slot != record.end())
                    record.erase(slot);
                break;
            case StepKind::AddWithDefault: {
                Slot added{step.field, {}, {}, true};
                appendJsonAsCopy(added.source.constant, *step.value);
                record.push_back(std::move(added));
                break;
            }
            case StepKind::Cast:
                if (slot == record.end() || slot->constant || !keepsText(slot->type, *step.toType))
                    return std::nullopt;
                slot->type = *step.toType;
                break;
            default:
                return std::nullopt;
            }
        }
    }
    std::vector<ColumnSource> out;
    for (const Field& f : target.schema.fields) {
        auto slot = find(f.name);
        if (slot != record.end() && (slot->constant || keepsText(slot->type, f.type))) {
            out.push_back(slot->source);
        } else if (slot == record.end() && (f.defaultValue || f.nullable)) {
            ColumnSource c;
            appendJsonAsCopy(c.constant, f.defaultValue.value_or(Json()));
            out.push_back(c);
        } else {
            return std::nullopt;
        }
    }
    return out;
}

void appendPassThrough(std::string& out, std::string_view line,
                       const std::vector<ColumnSource>& sources,
                       std::vector<std::string_view>& fields) {
    fields.clear();
    size_t start = 0;
    for (;;) {
        size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                          : tab - start));
        if (tab == std::string_view::npos)
            break;
        start = tab + 1;
    }
    for (size_t i = 0; i < sources.size(); ++i) {
        if (i)
            out += '\t';
        const ColumnSource& s = sources[i];
        if (s.sourceIndex >= 0)
            out += fields[size_t(s.sourceIndex)];
        else
            out += s.constant;
    }
    out += '\n';
}

} // namespace strata::postgres::detail
