#include "canonical_writer.h"

#include <array>
#include <charconv>
#include <cmath>

namespace strata::fastconvert {

namespace {

// For each byte: 0 copies it as it is, 'u' writes \u00XX, anything else is the letter after
// the backslash.
constexpr std::array<char, 256> escapeTable()
{
    std::array<char, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = 'u';
    table['\b'] = 'b';
    table['\t'] = 't';
    table['\n'] = 'n';
    table['\f'] = 'f';
    table['\r'] = 'r';
    table['"'] = '"';
    table['\\'] = '\\';
    return table;
}

constexpr std::array<char, 256> kEscape = escapeTable();

} // namespace

void writeString(std::string_view text, std::string& out)
{
    out.push_back('"');
    const char* p = text.data();
    const char* end = p + text.size();
    const char* run = p;
    for (; p != end; ++p) {
        char e = kEscape[static_cast<unsigned char>(*p)];
        if (e == 0)
            continue;
        out.append(run, p);
        if (e == 'u') {
            static const char hex[] = "0123456789abcdef";
            auto c = static_cast<unsigned char>(*p);
            const char seq[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(seq, 6);
        } else {
            const char seq[2] = {'\\', e};
            out.append(seq, 2);
        }
        run = p + 1;
    }
    out.append(run, end);
    out.push_back('"');
}

void writeInt(int64_t value, std::string& out)
{
    char buf[24];
    auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, result.ptr);
}

void writeUint(uint64_t value, std::string& out)
{
    char buf[24];
    auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, result.ptr);
}

void writeDouble(double value, std::string& out)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    // nlohmann's own formatter: the reference output is defined by it, and its shortest
    // representation differs from std::to_chars for a few values.
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, end);
}

void writeJson(const Json& value, std::string& out)
{
    switch (value.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded: out.append("null"); return;
    case Json::value_t::boolean: out.append(value.get<bool>() ? "true" : "false"); return;
    case Json::value_t::number_integer: writeInt(value.get<int64_t>(), out); return;
    case Json::value_t::number_unsigned: writeUint(value.get<uint64_t>(), out); return;
    case Json::value_t::number_float: writeDouble(value.get<double>(), out); return;
    case Json::value_t::string: writeString(value.get_ref<const std::string&>(), out); return;
    case Json::value_t::binary: out.append(value.dump()); return;
    case Json::value_t::array: {
        out.push_back('[');
        bool first = true;
        for (const Json& element : value) {
            if (!first)
                out.push_back(',');
            first = false;
            writeJson(element, out);
        }
        out.push_back(']');
        return;
    }
    case Json::value_t::object: {
        out.push_back('{');
        bool first = true;
        for (const auto& [key, member] : value.items()) {
            if (!first)
                out.push_back(',');
            first = false;
            writeString(key, out);
            out.push_back(':');
            writeJson(member, out);
        }
        out.push_back('}');
        return;
    }
    }
}

} // namespace strata::fastconvert
