#pragma once

// Workspaces for the graph, converter and cluster tests: small hand-written ones and a
// generated registry of any size.

#include "../support/generated_registry.h"
#include "test_support.h"

#include <string>

namespace strata::test {

inline Workspace workspaceFromJson(const Json& json) {
    Json full = json;
    full["format"] = std::string(kWorkspaceFormat);
    auto ws = parseWorkspace(full.dump(), "test");
    if (!ws)
        throw std::runtime_error(ws.error().describe());
    return *ws;
}

inline TypeVersionId vid(const std::string& text) {
    auto id = TypeVersionId::parse(text);
    if (!id)
        throw std::runtime_error(id.error().describe());
    return *id;
}

// Adds versions to `ws`, creating their types (policy BACKWARD) as needed; keeps the
// workspace's ordering rules (types by name, versions ascending).
inline void addVersions(Workspace& ws, std::initializer_list<TypeVersion> versions) {
    for (const TypeVersion& v : versions) {
        TypeDef* t = ws.findType(v.id.name);
        if (!t) {
            ws.types.push_back(TypeDef{v.id.name});
            std::sort(ws.types.begin(), ws.types.end(),
                      [](const TypeDef& a, const TypeDef& b) { return a.name < b.name; });
            t = ws.findType(v.id.name);
        }
        t->versions.push_back(v);
        std::sort(
            t->versions.begin(), t->versions.end(),
            [](const TypeVersion& a, const TypeVersion& b) { return a.id.version < b.id.version; });
    }
}

} // namespace strata::test
