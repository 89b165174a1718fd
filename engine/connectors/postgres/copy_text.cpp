#include "copy_text.h"

#include <charconv>
#include <cmath>

namespace strata::postgres::detail {

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
    case TypeKind::Float32:
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

void appendJsonAsCopy(std::string& out, const Json& value) {
    if (value.is_null())
        out += "\\N";
    else if (value.is_string())
        appendCopyText(out, value.get_ref<const std::string&>());
    else if (value.is_boolean())
        out += value.get<bool>() ? "t" : "f";
    else if (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>() &&
             std::abs(value.get<double>()) < 1e15)
        out += std::to_string(static_cast<long long>(value.get<double>()));
    else if (value.is_number())
        out += value.dump();
    else
        appendCopyText(out, value.dump());
}

} // namespace strata::postgres::detail
