#pragma once

// Internal to the model module: a JSON reader that knows its JSON pointer and aborts a whole
// load with LoadFailure (caught at the module's public functions), and the type/field codecs.

#include "strata/model/schema.h"

#include <functional>
#include <initializer_list>
#include <string>

namespace strata::detail {

struct LoadFailure {
    std::string pointer;
    std::string message;
};

class JsonReader {
public:
    JsonReader(const Json& json, std::string pointer)
        : m_json(&json)
        , m_pointer(std::move(pointer)) {}

    const Json& json() const { return *m_json; }
    const std::string& pointer() const { return m_pointer; }

    [[noreturn]] void fail(const std::string& message) const {
        throw LoadFailure{m_pointer, message};
    }

    bool has(const char* key) const { return m_json->is_object() && m_json->contains(key); }
    JsonReader child(const std::string& key) const;
    JsonReader child(size_t index) const;

    // Typed getters: a missing key without fallback, or a value of the wrong JSON type, fails.
    std::string string(const char* key) const;
    std::string string(const char* key, const std::string& fallback) const;
    bool boolean(const char* key, bool fallback) const;
    double number(const char* key, double fallback) const;
    SemVer semver(const char* key) const;
    TypeVersionId typeVersionId(const char* key) const;
    std::vector<std::string> strings(const char* key) const;

    // Calls `each` for every element of the array at `key` (absent key: no calls).
    void forEach(const char* key, const std::function<void(const JsonReader&)>& each) const;

    // Fails on any object key not in `allowed` (catches typos such as "nulable").
    void allowKeys(std::initializer_list<const char*> allowed) const;

private:
    const Json* m_json;
    std::string m_pointer;
};

DataType readDataType(const JsonReader& r);
Field readField(const JsonReader& r);
Schema readSchema(const JsonReader& r); // reads "fields" and "constraints" of r
Json constraintToJson(const Constraint& c);
void checkTypeName(const JsonReader& r, const std::string& name);

} // namespace strata::detail
