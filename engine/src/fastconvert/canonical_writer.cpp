#include "canonical_writer.h"

#include <array>
#include <charconv>
#include <cmath>

namespace strata::fastconvert {

namespace {

// For each byte: 0 copies it as it is, 'u' writes \u00XX, anything else is the letter after
// the backslash.
constexpr std::array<char, 256> escapeTable() {
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

namespace {

// Whether any of the 8 bytes in `word` is a control character, '"' or '\\'.
bool needsEscape(uint64_t word) {
    constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t control = (word - ones * 0x20) & ~word & highs;
    uint64_t quote = word ^ (ones * '"');
    uint64_t backslash = word ^ (ones * '\\');
    quote = (quote - ones) & ~quote & highs;
    backslash = (backslash - ones) & ~backslash & highs;
    return (control | quote | backslash) != 0;
}

void writeEscape(unsigned char c, char e, Output& out) {
    if (e == 'u') {
        static const char hex[] = "0123456789abcdef";
        const char seq[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(seq, 6);
    } else {
        const char seq[2] = {'\\', e};
        out.append(seq, 2);
    }
}

} // namespace

void Output::grow(size_t n) {
    m_target.resize(m_pos + n + m_target.size() / 2);
}

void writeString(std::string_view text, Output& out) {
    const char* p = text.data();
    const char* end = p + text.size();
    char* dst = out.reserve(text.size() + 2);
    *dst++ = '"';
    // Plain runs go eight bytes at a time until a byte that needs escaping.
    while (end - p >= 8) {
        uint64_t word;
        std::memcpy(&word, p, 8);
        if (needsEscape(word))
            break;
        std::memcpy(dst, p, 8);
        dst += 8;
        p += 8;
    }
    while (p != end && kEscape[static_cast<unsigned char>(*p)] == 0)
        *dst++ = *p++;
    out.commit(size_t(dst - out.reserve(0)));
    if (p == end) {
        out.put('"');
        return;
    }
    const char* run = p;
    for (; p != end; ++p) {
        char e = kEscape[static_cast<unsigned char>(*p)];
        if (e == 0)
            continue;
        out.append(run, size_t(p - run));
        writeEscape(static_cast<unsigned char>(*p), e, out);
        run = p + 1;
    }
    out.append(run, size_t(end - run));
    out.put('"');
}

void writeInt(int64_t value, Output& out) {
    char* dst = out.reserve(24);
    out.commit(size_t(std::to_chars(dst, dst + 24, value).ptr - dst));
}

void writeUint(uint64_t value, Output& out) {
    char* dst = out.reserve(24);
    out.commit(size_t(std::to_chars(dst, dst + 24, value).ptr - dst));
}

void writeDouble(double value, Output& out) {
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    // A nonzero integer below 10^15 is the one integer between its neighbours (their spacing
    // is at most 1/8 there), so nlohmann prints its digits and ".0"; zero keeps its sign below.
    if (value != 0 && std::fabs(value) < 1e15 && std::trunc(value) == value) {
        char* dst = out.reserve(24);
        char* end = std::to_chars(dst, dst + 24, static_cast<int64_t>(value)).ptr;
        end[0] = '.';
        end[1] = '0';
        out.commit(size_t(end + 2 - dst));
        return;
    }
    // nlohmann's own formatter: the reference output is defined by it, and its shortest
    // representation differs from std::to_chars for a few values.
    char* dst = out.reserve(64);
    out.commit(size_t(nlohmann::detail::to_chars(dst, dst + 64, value) - dst));
}

void writeJson(const Json& value, Output& out) {
    switch (value.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        out.append("null");
        return;
    case Json::value_t::boolean:
        out.append(value.get<bool>() ? "true" : "false");
        return;
    case Json::value_t::number_integer:
        writeInt(value.get<int64_t>(), out);
        return;
    case Json::value_t::number_unsigned:
        writeUint(value.get<uint64_t>(), out);
        return;
    case Json::value_t::number_float:
        writeDouble(value.get<double>(), out);
        return;
    case Json::value_t::string:
        writeString(value.get_ref<const std::string&>(), out);
        return;
    case Json::value_t::binary:
        out.append(value.dump());
        return;
    case Json::value_t::array: {
        out.put('[');
        bool first = true;
        for (const Json& element : value) {
            if (!first)
                out.put(',');
            first = false;
            writeJson(element, out);
        }
        out.put(']');
        return;
    }
    case Json::value_t::object: {
        out.put('{');
        bool first = true;
        for (const auto& [key, member] : value.items()) {
            if (!first)
                out.put(',');
            first = false;
            writeString(key, out);
            out.put(':');
            writeJson(member, out);
        }
        out.put('}');
        return;
    }
    }
}

} // namespace strata::fastconvert

namespace strata::fastconvert {

std::string compactJson(const Json& value) {
    std::string text;
    Output out(text);
    writeJson(value, out);
    out.finish();
    return text;
}

} // namespace strata::fastconvert
