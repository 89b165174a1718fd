#include "canonical_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <iterator>

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

// Whether any byte in `word` (8 or 4 bytes) is a control character, '"' or '\\'.
template <typename Word> bool needsEscape(Word word) {
    constexpr Word ones = Word(0x0101010101010101ULL), highs = Word(0x8080808080808080ULL);
    Word control = (word - ones * 0x20) & ~word & highs;
    Word quote = word ^ (ones * '"');
    Word backslash = word ^ (ones * '\\');
    quote = (quote - ones) & ~quote & highs;
    backslash = (backslash - ones) & ~backslash & highs;
    return (control | quote | backslash) != 0;
}

// Copies the last `rest` (below 8) bytes before `end` of a text of `size` bytes to `dst` when
// none needs escaping, by whole words that may reach back into bytes already copied (the same
// bytes again); false when a byte needs escaping or the rest is under 4 bytes of a short text.
bool copyPlainTail(const char* end, size_t rest, size_t size, char* dst) {
    if (size >= 8) {
        uint64_t word;
        std::memcpy(&word, end - 8, 8);
        if (needsEscape(word))
            return false;
        std::memcpy(dst + rest - 8, &word, 8);
        return true;
    }
    if (rest < 4)
        return false;
    uint32_t head, tail;
    std::memcpy(&head, end - rest, 4);
    std::memcpy(&tail, end - 4, 4);
    if (needsEscape(head) || needsEscape(tail))
        return false;
    std::memcpy(dst, &head, 4);
    std::memcpy(dst + rest - 4, &tail, 4);
    return true;
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
    if (p != end && end - p < 8 && copyPlainTail(end, size_t(end - p), text.size(), dst)) {
        dst += end - p;
        p = end;
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

namespace {

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                             1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

constexpr std::array<uint64_t, 19> powersOfFive() {
    std::array<uint64_t, 19> powers{};
    powers[0] = 1;
    for (size_t k = 1; k < powers.size(); ++k)
        powers[k] = powers[k - 1] * 5;
    return powers;
}

constexpr std::array<uint64_t, 19> kPow5 = powersOfFive();

// The shortest decimal d * 10^-k (k > 0, d < 10^15 not ending in 0) that rounds to `a`
// (positive, normal) with a margin, if there is one; that decimal is what nlohmann's Grisu2
// prints. a's rounding interval is under 2.3e-16 a wide, so it holds at most one decimal of 15
// or fewer digits; Grisu2 narrows the interval by under 2^-61 of its bounds on each side (its
// scaled bounds are off by less than one unit in 64 bits, and it takes one more unit off),
// less than 2^-8 of a spacing 2^e of a = m * 2^e. Keeping 2^-6 of a spacing away from the
// interval's ends (half a spacing, a quarter below a power of two) puts the decimal inside
// Grisu2's interval, where its shortest digits are the decimal's. The distance is checked
// exactly: a * 10^k - d = 2^(e+k) * (m * 5^k - d * 2^-(e+k)), to be under
// 2^(e+k) * 5^k * 31/64 (15/64 when a is a power of two).
bool shortDecimal(double a, uint64_t& digits, int& k) {
    uint64_t bits;
    std::memcpy(&bits, &a, 8);
    const uint64_t mantissa = (bits & ((uint64_t(1) << 52) - 1)) | (uint64_t(1) << 52);
    const int exponent = int(bits >> 52) - 1075; // a = mantissa * 2^exponent
    const uint64_t margin = mantissa == uint64_t(1) << 52 ? 15 : 31;
    // A decimal that passes with k digits after the point passes with k + 1 (as 10d, at an
    // exact distance and a threshold both five times larger), so below 10^13 the search starts
    // at two digits, where prices and the like are found at once.
    for (k = a < 1e13 ? 2 : 1; k < int(std::size(kPow10)); ++k) {
        const double scaled = a * kPow10[k];
        if (scaled >= 1e15)
            return false;
        const int shift = -(exponent + k); // falls as k grows
        if (shift < 0)
            return false;
        if (shift > 64)
            continue;
        const uint64_t d = static_cast<uint64_t>(scaled + 0.5);
        __extension__ typedef unsigned __int128 Wide;
        const Wide exact = Wide(mantissa) * kPow5[k], candidate = Wide(d) << shift;
        const Wide distance = exact > candidate ? exact - candidate : candidate - exact;
        if (distance * 64 >= Wide(kPow5[k]) * margin)
            continue;
        digits = d;
        while (digits % 10 == 0 && k > 0)
            digits /= 10, --k;
        return k > 0;
    }
    return false;
}

// `value` (finite, nonzero) as nlohmann prints it when it is a short decimal between 10^-4
// and 10^15, which its format_buffer writes in fixed notation; false otherwise.
bool writeShortDecimal(double value, Output& out) {
    const double a = std::fabs(value);
    uint64_t digits = 0;
    int k = 0;
    if (!(a >= 1e-4 && a < 1e15) || !shortDecimal(a, digits, k))
        return false;
    char text[24];
    const int length = int(std::to_chars(text, text + sizeof text, digits).ptr - text);
    const int point = length - k; // digits before the decimal point, as format_buffer's n
    if (point <= -4 || point > 15)
        return false;
    char* dst = out.reserve(48);
    char* p = dst;
    if (std::signbit(value))
        *p++ = '-';
    if (point > 0) {
        std::memcpy(p, text, size_t(point));
        p += point;
        *p++ = '.';
        std::memcpy(p, text + point, size_t(k));
        p += k;
    } else {
        *p++ = '0';
        *p++ = '.';
        for (int i = point; i < 0; ++i)
            *p++ = '0';
        std::memcpy(p, text, size_t(length));
        p += length;
    }
    out.commit(size_t(p - dst));
    return true;
}

} // namespace

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
    if (writeShortDecimal(value, out))
        return;
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
