#pragma once

// Avro naming rules shared by the importer and the exporter.

#include <string>
#include <string_view>

namespace strata::avro {

// The attribute a record carries when it stands for a reference to another type version, so
// that an exported reference imports back as a reference rather than as a struct.
inline constexpr const char* kRefAttribute = "strata.ref";

// [A-Za-z_][A-Za-z0-9_]*
inline bool isValidName(std::string_view name) {
    if (name.empty())
        return false;
    for (size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

// Dot-separated valid names; the empty namespace is valid.
inline bool isValidFullName(std::string_view full) {
    size_t start = 0;
    while (true) {
        size_t dot = full.find('.', start);
        if (!isValidName(full.substr(start, dot - start)))
            return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

struct FullName {
    std::string nameSpace; // empty: the null namespace
    std::string name;

    std::string full() const { return nameSpace.empty() ? name : nameSpace + "." + name; }
};

// Splits "a.b.Name" into namespace "a.b" and name "Name".
inline FullName splitFullName(std::string_view full) {
    size_t dot = full.rfind('.');
    if (dot == std::string_view::npos)
        return {"", std::string(full)};
    return {std::string(full.substr(0, dot)), std::string(full.substr(dot + 1))};
}

inline bool isPrimitiveName(std::string_view n) {
    return n == "null" || n == "boolean" || n == "int" || n == "long" || n == "float" ||
           n == "double" || n == "bytes" || n == "string";
}

} // namespace strata::avro
