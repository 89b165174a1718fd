#include "strata/model/json_locate.h"

#include <cstdint>
#include <iterator>
#include <string>
#include <unordered_set>
#include <vector>

namespace strata {
namespace {

// A minimal scanner over well-formed JSON that tracks the pointer of the value being read.
class PointerScanner {
public:
    PointerScanner(std::string_view text, std::string_view target)
        : m_text(text)
        , m_target(target) {}

    size_t find() {
        skipSpace();
        std::string path;
        return value(path) ? m_found : std::string_view::npos;
    }

private:
    // Returns true once the target has been found (stops the scan).
    bool value(std::string& path) {
        skipSpace();
        if (m_pos >= m_text.size() || ++m_depth > 4096)
            return false;
        if (path == m_target) {
            m_found = m_pos;
            return true;
        }
        char c = m_text[m_pos];
        bool hit = false;
        if (c == '{')
            hit = object(path);
        else if (c == '[')
            hit = array(path);
        else if (c == '"')
            string(nullptr);
        else
            scalar();
        --m_depth;
        return hit;
    }

    bool object(std::string& path) {
        ++m_pos;
        skipSpace();
        while (m_pos < m_text.size() && m_text[m_pos] != '}') {
            std::string key;
            string(&key);
            skipSpace();
            ++m_pos; // ':'
            size_t mark = path.size();
            path += '/';
            path += escape(key);
            if (value(path))
                return true;
            path.resize(mark);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',')
                ++m_pos;
            skipSpace();
        }
        ++m_pos;
        return false;
    }

    bool array(std::string& path) {
        ++m_pos;
        skipSpace();
        for (size_t index = 0; m_pos < m_text.size() && m_text[m_pos] != ']'; ++index) {
            size_t mark = path.size();
            path += '/';
            path += std::to_string(index);
            if (value(path))
                return true;
            path.resize(mark);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',')
                ++m_pos;
            skipSpace();
        }
        ++m_pos;
        return false;
    }

    void string(std::string* out) {
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\') {
                if (out && m_pos + 1 < m_text.size())
                    out->push_back(m_text[m_pos + 1]);
                m_pos += 2;
                continue;
            }
            if (out)
                out->push_back(m_text[m_pos]);
            ++m_pos;
        }
        ++m_pos;
    }

    void scalar() {
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' &&
               m_text[m_pos] != ']' && !isSpace(m_text[m_pos]))
            ++m_pos;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    void skipSpace() {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    static std::string escape(const std::string& key) {
        std::string out;
        for (char c : key) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out += c;
        }
        return out;
    }

    std::string_view m_text;
    std::string_view m_target;
    size_t m_pos = 0;
    size_t m_found = std::string_view::npos;
    int m_depth = 0;
};

} // namespace

TextPosition positionOfOffset(std::string_view text, size_t offset) {
    TextPosition pos{1, 1};
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

TextPosition locateJsonPointer(std::string_view text, std::string_view pointer) {
    size_t offset = PointerScanner(text, pointer).find();
    if (offset == std::string_view::npos)
        return {};
    return positionOfOffset(text, offset);
}

std::string describeLocation(std::string_view source, std::string_view text,
                             std::string_view pointer) {
    TextPosition pos = locateJsonPointer(text, pointer);
    std::string out(source);
    if (pos.line > 0)
        out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    out += " (at " + std::string(pointer.empty() ? "/" : pointer) + ")";
    return out;
}

namespace {

std::string at(std::string_view source, std::string_view text, size_t offset) {
    TextPosition pos = positionOfOffset(text, offset);
    return std::string(source) + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

// A character iterator that records how far the parser has read, so that a key rejected by the
// parser callback can be placed in the text.
class ReadingIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    ReadingIterator(const char* at, const char** furthest)
        : m_at(at)
        , m_furthest(furthest) {}

    reference operator*() const { return *m_at; }
    ReadingIterator& operator++() {
        *m_furthest = ++m_at;
        return *this;
    }
    ReadingIterator operator++(int) {
        ReadingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const ReadingIterator& other) const { return m_at == other.m_at; }

private:
    const char* m_at;
    const char** m_furthest;
};

// Thrown from the parser callback to stop at a key its object already has.
struct DuplicateKey {
    std::string key;
};

// Offset of the opening quote of the string that ends just before `end`: inside a JSON string
// every quote is escaped by an odd run of backslashes, so the first bare quote is the opening.
size_t stringStart(std::string_view text, size_t end) {
    size_t pos = end - 1; // the closing quote
    while (pos > 0) {
        --pos;
        if (text[pos] != '"')
            continue;
        size_t backslashes = 0;
        while (backslashes < pos && text[pos - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return pos;
    }
    return pos;
}

// The parser with one addition: an object that repeats a key is an error (nlohmann would keep
// the last value silently). Throws DuplicateKey, or nlohmann's exceptions for malformed text.
Json parseRejectingDuplicateKeys(std::string_view text, const char** furthest) {
    std::vector<std::unordered_set<std::string>> keysOfOpenObjects;
    auto callback = [&keysOfOpenObjects](int, Json::parse_event_t event, Json& parsed) {
        if (event == Json::parse_event_t::object_start)
            keysOfOpenObjects.emplace_back();
        else if (event == Json::parse_event_t::object_end)
            keysOfOpenObjects.pop_back();
        else if (event == Json::parse_event_t::key &&
                 !keysOfOpenObjects.back().insert(parsed.get<std::string>()).second)
            throw DuplicateKey{parsed.get<std::string>()};
        return true;
    };
    const char* begin = text.data();
    *furthest = begin;
    return Json::parse(ReadingIterator(begin, furthest),
                       ReadingIterator(begin + text.size(), furthest), callback);
}

} // namespace

Result<Json> parseJsonText(std::string_view text, std::string_view source) {
    const char* furthest = text.data();
    try {
        return parseRejectingDuplicateKeys(text, &furthest);
    } catch (const DuplicateKey& duplicate) {
        // the parser has read the repeated key up to its closing quote and no further
        size_t end = static_cast<size_t>(furthest - text.data());
        return makeError(ErrorCode::Parse, "duplicate key " + Json(duplicate.key).dump(),
                         at(source, text, stringStart(text, end)));
    } catch (const Json::parse_error& e) {
        std::string what = e.what();
        size_t from = what.find("error while parsing");
        return makeError(ErrorCode::Parse, from == std::string::npos ? what : what.substr(from),
                         at(source, text, e.byte > 0 ? e.byte - 1 : 0));
    } catch (const Json::out_of_range& e) {
        // "number overflow parsing '<token>'": the exception has no offset, the token does
        std::string what = e.what();
        size_t open = what.find('\''), close = what.rfind('\'');
        std::string token = open < close ? what.substr(open + 1, close - open - 1) : std::string();
        size_t offset = token.empty() ? std::string_view::npos : text.find(token);
        std::string message = token.empty() ? what : "number out of range: " + token;
        return makeError(ErrorCode::Parse, message,
                         offset == std::string_view::npos ? std::string(source)
                                                          : at(source, text, offset));
    } catch (const Json::exception& e) {
        return makeError(ErrorCode::Parse, e.what(), std::string(source));
    }
}

} // namespace strata
