// Casts on the fast path, with the rules of the reference castValue: integers must be exact,
// narrowing is range-checked, strings are parsed strictly. Kinds without a fast rule here
// (dates, uuids, composite types, decimals from doubles) go through castValue itself.

#include "canonical_writer.h"
#include "record_tree.h"
#include "strata/convert/converter.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>

namespace strata::fastconvert {

namespace {

std::optional<int64_t> toInteger(const Node& node, int64_t lo, int64_t hi) {
    switch (node.kind) {
    case NodeKind::Int:
        if (node.integer < lo || node.integer > hi)
            return std::nullopt;
        return node.integer;
    case NodeKind::Uint:
        if (node.unsignedInteger > uint64_t(hi))
            return std::nullopt;
        return int64_t(node.unsignedInteger);
    case NodeKind::Double: {
        double d = node.number;
        if (!std::isfinite(d) || d != std::trunc(d))
            return std::nullopt;
        if (d < double(lo) || d >= -double(INT64_MIN) || d > double(hi))
            return std::nullopt;
        return int64_t(d);
    }
    case NodeKind::String: {
        std::string_view s = node.text;
        int64_t i = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
        if (ec != std::errc() || end != s.data() + s.size() || s.empty() || i < lo || i > hi)
            return std::nullopt;
        return i;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> toFloat(const Node& node, bool single) {
    double d = 0;
    switch (node.kind) {
    case NodeKind::Int:
        d = double(node.integer);
        break;
    case NodeKind::Uint:
        d = double(node.unsignedInteger);
        break;
    case NodeKind::Double:
        d = node.number;
        break;
    case NodeKind::String: {
        std::string_view s = node.text;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec != std::errc() || end != s.data() + s.size() || s.empty())
            return std::nullopt;
        break;
    }
    default:
        return std::nullopt;
    }
    if (single && std::isfinite(d) && std::fabs(d) > double(FLT_MAX))
        return std::nullopt;
    return single ? double(float(d)) : d;
}

// The text a number or bool dumps as.
bool scalarText(const Node& node, std::string& text) {
    text.clear();
    Output out(text, 32);
    switch (node.kind) {
    case NodeKind::Int:
        writeInt(node.integer, out);
        break;
    case NodeKind::Uint:
        writeUint(node.unsignedInteger, out);
        break;
    case NodeKind::Double:
        writeDouble(node.number, out);
        break;
    case NodeKind::Bool:
        out.append(node.boolean ? "true" : "false");
        break;
    default:
        out.finish();
        return false;
    }
    out.finish();
    return true;
}

void setString(Node& node, std::string text) {
    node.ownedText = std::move(text);
    node.kind = NodeKind::String;
    node.text = node.ownedText;
}

} // namespace

bool RecordTree::castInPlace(const DataType& type, Node* node) {
    bool scalarCast = type.kind <= TypeKind::Bytes || type.kind == TypeKind::Enum;
    if (!scalarCast)
        return castByReference(type, node);
    materialise(node);
    switch (type.kind) {
    case TypeKind::Int32:
    case TypeKind::Int64: {
        bool narrow = type.kind == TypeKind::Int32;
        auto value =
            toInteger(*node, narrow ? INT32_MIN : INT64_MIN, narrow ? INT32_MAX : INT64_MAX);
        if (!value)
            return false;
        node->kind = NodeKind::Int;
        node->integer = *value;
        return true;
    }
    case TypeKind::Float32:
    case TypeKind::Float64: {
        auto value = toFloat(*node, type.kind == TypeKind::Float32);
        if (!value)
            return false;
        node->kind = NodeKind::Double;
        node->number = *value;
        return true;
    }
    case TypeKind::String:
    case TypeKind::Bytes: {
        if (node->kind == NodeKind::String)
            return true;
        std::string text;
        if (!scalarText(*node, text))
            return false;
        setString(*node, std::move(text));
        return true;
    }
    case TypeKind::Bool:
        if (node->kind == NodeKind::String && (node->text == "true" || node->text == "false")) {
            node->boolean = node->text == "true";
            node->kind = NodeKind::Bool;
        }
        return node->kind == NodeKind::Bool;
    case TypeKind::Enum:
        if (node->kind != NodeKind::String)
            return false;
        if (std::find(type.symbols.begin(), type.symbols.end(), node->text) != type.symbols.end())
            return true;
        if (!type.enumDefault)
            return false;
        node->text = *type.enumDefault;
        return true;
    case TypeKind::Decimal: {
        std::string text;
        if (node->kind == NodeKind::String)
            text = node->text;
        else if (node->kind != NodeKind::Int && node->kind != NodeKind::Uint)
            return castByReference(type, node);
        else
            scalarText(*node, text);
        std::optional<std::string> rescaled = rescaleDecimal(text, type);
        if (!rescaled)
            return false;
        setString(*node, std::move(*rescaled));
        return true;
    }
    default:
        return castByReference(type, node);
    }
}

bool RecordTree::castByReference(const DataType& type, Node* node) {
    Result<Json> cast = castValue(toJson(node), type);
    if (!cast)
        return false;
    m_castResults.push_back(std::move(*cast));
    node->kind = NodeKind::Constant;
    node->constant = &m_castResults.back();
    node->constantText = nullptr;
    node->members.clear();
    node->elements.clear();
    return true;
}

} // namespace strata::fastconvert
