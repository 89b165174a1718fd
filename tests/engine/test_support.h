#pragma once

// Helpers shared by the engine tests: reading shared inputs and building schemas from JSON.

#include "strata/model/workspace_io.h"

#include <gtest/gtest.h>
#include <string>

namespace strata::test {

inline Json loadJsonFile(const std::string& path) {
    auto text = readFile(path);
    if (!text)
        throw std::runtime_error(text.error().describe());
    return Json::parse(*text);
}

// The field report with `id` from ../shared/cases/field-reports.json.
inline Json fieldReport(const std::string& id) {
    static const Json reports =
        loadJsonFile(std::string(STRATA_SHARED_DIR) + "/cases/field-reports.json");
    for (const Json& r : reports)
        if (r.at("id") == id)
            return r;
    throw std::runtime_error("no field report " + id);
}

inline TypeVersion versionFrom(const Json& j) {
    auto v = parseTypeVersion(j, "test");
    if (!v)
        throw std::runtime_error(v.error().describe());
    return *v;
}

inline TypeVersion versionFromText(const std::string& text) {
    return versionFrom(Json::parse(text));
}

} // namespace strata::test
