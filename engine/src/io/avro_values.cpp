#include "avro_values.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace strata::avro {
namespace {

using Digits = std::vector<uint8_t>; // big-endian base-256 magnitude

// Divides the magnitude by 10 in place and returns the remainder.
int divideBy10(Digits& bytes) {
    int rest = 0;
    for (uint8_t& b : bytes) {
        int cur = rest * 256 + b;
        b = static_cast<uint8_t>(cur / 10);
        rest = cur % 10;
    }
    return rest;
}

bool isZero(const Digits& bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](uint8_t b) { return b == 0; });
}

// Two's complement negation in place.
void negate(Digits& bytes) {
    for (uint8_t& b : bytes)
        b = static_cast<uint8_t>(~b);
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        if (++*it != 0)
            break;
}

void multiplyAdd(Digits& bytes, int factor, int add) {
    int carry = add;
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
        int cur = *it * factor + carry;
        *it = static_cast<uint8_t>(cur & 0xff);
        carry = cur >> 8;
    }
    while (carry) {
        bytes.insert(bytes.begin(), static_cast<uint8_t>(carry & 0xff));
        carry >>= 8;
    }
}

// Drops leading bytes that only repeat the sign.
void minimise(Digits& bytes) {
    while (bytes.size() > 1) {
        bool redundantZero = bytes[0] == 0x00 && !(bytes[1] & 0x80);
        bool redundantOnes = bytes[0] == 0xff && (bytes[1] & 0x80);
        if (!redundantZero && !redundantOnes)
            break;
        bytes.erase(bytes.begin());
    }
}

bool allDigits(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Years 0001..9999, the range of the model's "YYYY-MM-DD" text.
constexpr int64_t kFirstDay = -719162;
constexpr int64_t kLastDay = 2932896;

std::optional<int> number(const std::string& s, size_t from, size_t count) {
    if (from + count > s.size())
        return std::nullopt;
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int64_t pow10(int n) {
    int64_t v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

int fractionDigits(int64_t unitsPerSecond) {
    int digits = 0;
    for (int64_t u = unitsPerSecond; u > 1; u /= 10)
        ++digits;
    return digits;
}

// Parses the offset suffix ("", "Z", "+HH:MM", "-HH:MM") into seconds east of UTC.
std::optional<int64_t> offsetSeconds(const std::string& s) {
    if (s.empty() || s == "Z" || s == "z")
        return 0;
    if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':')
        return std::nullopt;
    auto h = number(s, 1, 2), m = number(s, 4, 2);
    if (!h || !m || *h > 23 || *m > 59)
        return std::nullopt;
    int64_t secs = *h * 3600 + *m * 60;
    return s[0] == '-' ? -secs : secs;
}

} // namespace

std::optional<std::string> bytesFromJsonString(const std::string& utf8) {
    std::string out;
    for (size_t i = 0; i < utf8.size(); ++i) {
        auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            continue;
        }
        // Only two-byte sequences encode code points 0x80..0xff.
        if ((c & 0xe0) != 0xc0 || i + 1 >= utf8.size())
            return std::nullopt;
        auto c2 = static_cast<unsigned char>(utf8[i + 1]);
        if ((c2 & 0xc0) != 0x80)
            return std::nullopt;
        unsigned cp = ((c & 0x1fu) << 6) | (c2 & 0x3fu);
        if (cp < 0x80 || cp > 0xff)
            return std::nullopt;
        out.push_back(static_cast<char>(cp));
        ++i;
    }
    return out;
}

std::string jsonStringFromBytes(const std::string& bytes) {
    std::string out;
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.push_back(ch);
        } else {
            out.push_back(static_cast<char>(0xc0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3f)));
        }
    }
    return out;
}

std::string decimalTextFromBytes(const std::string& raw, int scale) {
    Digits bytes(raw.begin(), raw.end());
    bool negative = !bytes.empty() && (bytes[0] & 0x80);
    if (negative)
        negate(bytes);

    std::string digits;
    while (!isZero(bytes))
        digits.push_back(static_cast<char>('0' + divideBy10(bytes)));
    while (digits.size() <= static_cast<size_t>(scale))
        digits.push_back('0');
    std::reverse(digits.begin(), digits.end());

    std::string text = negative ? "-" : "";
    text += digits.substr(0, digits.size() - scale);
    if (scale > 0)
        text += "." + digits.substr(digits.size() - scale);
    return text;
}

std::optional<std::string> decimalBytesFromText(const std::string& text, int scale) {
    size_t start = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
    bool negative = start == 1 && text[0] == '-';
    std::string body = text.substr(start);
    size_t dot = body.find('.');
    std::string whole = body.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "" : body.substr(dot + 1);
    if (whole.empty() && fraction.empty())
        return std::nullopt;
    if (!allDigits(whole) || !allDigits(fraction) || fraction.size() > size_t(scale))
        return std::nullopt;
    fraction.append(scale - fraction.size(), '0');

    Digits bytes{0};
    for (char c : whole + fraction)
        multiplyAdd(bytes, 10, c - '0');
    bytes.insert(bytes.begin(), 0); // room for the sign bit
    if (negative)
        negate(bytes);
    minimise(bytes);
    return std::string(bytes.begin(), bytes.end());
}

std::optional<std::string> dateFromDays(int64_t days) {
    using namespace std::chrono;
    if (days < kFirstDay || days > kLastDay)
        return std::nullopt;
    year_month_day ymd{sys_days{} + std::chrono::days{days}};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buf;
}

std::optional<int64_t> daysFromDate(const std::string& text) {
    using namespace std::chrono;
    auto y = number(text, 0, 4), m = number(text, 5, 2), d = number(text, 8, 2);
    if (text.size() != 10 || !y || !m || !d || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    year_month_day ymd{year{*y}, month{unsigned(*m)}, day{unsigned(*d)}};
    if (!ymd.ok())
        return std::nullopt;
    int64_t n = sys_days{ymd}.time_since_epoch().count();
    if (n < kFirstDay || n > kLastDay)
        return std::nullopt;
    return n;
}

std::optional<std::string> timestampFromEpoch(int64_t count, int64_t unitsPerSecond, bool utc) {
    int64_t perDay = 86400 * unitsPerSecond;
    int64_t days = count / perDay;
    int64_t inDay = count % perDay;
    if (inDay < 0) {
        inDay += perDay;
        days -= 1;
    }
    auto date = dateFromDays(days);
    if (!date)
        return std::nullopt;
    int64_t secs = inDay / unitsPerSecond;
    int64_t frac = inDay % unitsPerSecond;

    char buf[64];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", int(secs / 3600), int(secs / 60 % 60),
                  int(secs % 60));
    std::string text = *date + buf;
    if (frac != 0) {
        std::string digits = std::to_string(frac);
        digits.insert(0, fractionDigits(unitsPerSecond) - digits.size(), '0');
        digits.erase(digits.find_last_not_of('0') + 1); // one text per instant, whatever the unit
        text += "." + digits;
    }
    return utc ? text + "Z" : text;
}

std::optional<int64_t> epochFromTimestamp(const std::string& text, int64_t unitsPerSecond) {
    if (text.size() < 19 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' ||
        text[16] != ':')
        return std::nullopt;
    auto days = daysFromDate(text.substr(0, 10));
    auto h = number(text, 11, 2), m = number(text, 14, 2), s = number(text, 17, 2);
    if (!days || !h || !m || !s || *h > 23 || *m > 59 || *s > 60)
        return std::nullopt;

    size_t pos = 19;
    std::string fraction;
    if (pos < text.size() && text[pos] == '.') {
        size_t end = pos + 1;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        fraction = text.substr(pos + 1, end - pos - 1);
        if (fraction.empty() || fraction.size() > 9)
            return std::nullopt;
        pos = end;
    }
    auto offset = offsetSeconds(text.substr(pos));
    if (!offset)
        return std::nullopt;

    int width = fractionDigits(unitsPerSecond);
    while (fraction.size() > size_t(width)) {
        if (fraction.back() != '0')
            return std::nullopt; // finer than the unit can hold
        fraction.pop_back();
    }
    int64_t frac =
        fraction.empty() ? 0 : std::stoll(fraction) * pow10(width - int(fraction.size()));
    int64_t seconds = *days * 86400 + *h * 3600 + *m * 60 + *s - *offset;
    int64_t count = 0;
    if (__builtin_mul_overflow(seconds, unitsPerSecond, &count) ||
        __builtin_add_overflow(count, frac, &count))
        return std::nullopt;
    return count;
}

} // namespace strata::avro
