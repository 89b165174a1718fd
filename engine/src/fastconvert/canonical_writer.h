#pragma once

// Writes JSON text exactly as nlohmann's compact dump does: object keys in byte order, doubles
// in nlohmann's shortest round-trip form ("120.0", "1e+300"), non-finite doubles as null,
// control characters escaped ("\u001f"), everything else, non-ASCII included, verbatim.

#include "strata/model/schema.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace strata::fastconvert {

// memcpy for the short pieces JSON is made of (keys, literals), without a library call: two
// overlapping fixed-size copies cover every length from k to 2k.
inline void copyBytes(char* to, const char* from, size_t n) {
    if (n > 16) [[unlikely]] {
        std::memcpy(to, from, n);
    } else if (n >= 8) {
        uint64_t head, tail;
        std::memcpy(&head, from, 8);
        std::memcpy(&tail, from + n - 8, 8);
        std::memcpy(to, &head, 8);
        std::memcpy(to + n - 8, &tail, 8);
    } else if (n >= 4) {
        uint32_t head, tail;
        std::memcpy(&head, from, 4);
        std::memcpy(&tail, from + n - 4, 4);
        std::memcpy(to, &head, 4);
        std::memcpy(to + n - 4, &tail, 4);
    } else {
        for (size_t i = 0; i < n; ++i)
            to[i] = from[i];
    }
}

// Whether two pieces of n bytes are equal; like copyBytes, without a library call when short.
inline bool sameBytes(const char* a, const char* b, size_t n) {
    if (n > 16) [[unlikely]]
        return std::memcmp(a, b, n) == 0;
    if (n >= 8) {
        uint64_t a0, a1, b0, b1;
        std::memcpy(&a0, a, 8);
        std::memcpy(&a1, a + n - 8, 8);
        std::memcpy(&b0, b, 8);
        std::memcpy(&b1, b + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4) {
        uint32_t a0, a1, b0, b1;
        std::memcpy(&a0, a, 4);
        std::memcpy(&a1, a + n - 4, 4);
        std::memcpy(&b0, b, 4);
        std::memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

// Appends to a string through a raw pointer: the string is grown ahead in large steps and
// cut back to what was written by finish().
class Output {
public:
    explicit Output(std::string& target, size_t expected = 256)
        : m_target(target)
        , m_pos(target.size()) {
        m_target.resize(m_pos + expected);
    }

    char* reserve(size_t n) {
        if (m_pos + n > m_target.size()) [[unlikely]]
            grow(n);
        return m_target.data() + m_pos;
    }
    void commit(size_t n) { m_pos += n; }
    void put(char c) { *reserve(1) = c, ++m_pos; }
    void append(const char* data, size_t n) {
        copyBytes(reserve(n), data, n);
        m_pos += n;
    }
    void append(std::string_view text) { append(text.data(), text.size()); }
    void finish() { m_target.resize(m_pos); }

private:
    void grow(size_t n);

    std::string& m_target;
    size_t m_pos;
};

// Byte order, as std::string compares (and so nlohmann orders keys); inline for short keys.
inline bool keyLess(std::string_view a, std::string_view b) {
    size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    return a.size() < b.size();
}

// Sorts by key, stably (of duplicate keys the last stays last): insertion sort for
// record-sized objects, which needs no allocation.
template <typename T, typename Key> void sortByKey(std::vector<T>& items, Key key) {
    auto less = [&](const T& a, const T& b) { return keyLess(key(a), key(b)); };
    if (items.size() > 32) {
        std::stable_sort(items.begin(), items.end(), less);
        return;
    }
    for (size_t i = 1; i < items.size(); ++i) {
        T moving = items[i];
        size_t j = i;
        for (; j > 0 && less(moving, items[j - 1]); --j)
            items[j] = items[j - 1];
        items[j] = moving;
    }
}

void writeString(std::string_view text, Output& out);
void writeInt(int64_t value, Output& out);
void writeUint(uint64_t value, Output& out);
void writeDouble(double value, Output& out);

// Any nlohmann value (a step's default, a cast's result).
void writeJson(const Json& value, Output& out);

// writeJson into a new string.
std::string compactJson(const Json& value);

} // namespace strata::fastconvert
