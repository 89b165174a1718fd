#include "schema_input.h"

#include "strata/io/avro.h"
#include "strata/model/json_locate.h"
#include "strata/model/workspace_io.h"

#include <algorithm>
#include <filesystem>

namespace strata::cli {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<SchemaInput> fromWorkspace(const std::string& path, const std::string& versionText) {
    auto id = TypeVersionId::parse(versionText);
    if (!id)
        return id.error();
    auto ws = loadWorkspace(path);
    if (!ws)
        return ws.error();
    auto shared = std::make_shared<Workspace>(std::move(*ws));
    const TypeVersion* v = shared->findVersion(*id);
    if (!v)
        return makeError(ErrorCode::NotFound, "no version " + id->toString() + " in the workspace",
                         path);
    return SchemaInput{*v, shared};
}

Result<SchemaInput> fromFile(const std::string& path) {
    auto text = readFile(path);
    if (!text)
        return text.error();
    if (endsWith(path, ".avsc")) {
        auto imported = importAvro(*text, path);
        if (!imported)
            return imported.error();
        if (imported->versions.empty())
            return makeError(ErrorCode::Schema, "the file defines no record", path);
        auto shared = std::make_shared<Workspace>();
        for (const TypeVersion& v : imported->versions) {
            TypeDef type;
            type.name = v.id.name;
            type.versions.push_back(v);
            shared->types.push_back(std::move(type));
        }
        std::sort(shared->types.begin(), shared->types.end(),
                  [](const TypeDef& x, const TypeDef& y) { return x.name < y.name; });
        // In a multi-type file the last record is the one that uses the others.
        TypeVersion top = imported->versions.back();
        return SchemaInput{std::move(top), shared};
    }
    Result<Json> json = parseJsonText(*text, path);
    if (!json)
        return json.error();
    auto v = parseTypeVersion(*json, path);
    if (!v)
        return v.error();
    return SchemaInput{*v, nullptr};
}

} // namespace

Result<SchemaInput> loadSchemaInput(const std::string& argument) {
    size_t colon = argument.rfind(':');
    if (colon != std::string::npos && colon > 0 && !std::filesystem::exists(argument)) {
        std::string path = argument.substr(0, colon);
        if (std::filesystem::exists(path))
            return fromWorkspace(path, argument.substr(colon + 1));
    }
    if (!std::filesystem::exists(argument))
        return makeError(ErrorCode::NotFound, "no such file", argument);
    return fromFile(argument);
}

RefResolver resolverFor(const SchemaInput& a, const SchemaInput& b) {
    auto wa = a.workspace, wb = b.workspace;
    return [wa, wb](std::string_view type,
                    const std::optional<SemVer>& version) -> const TypeVersion* {
        for (const auto& ws : {wa, wb})
            if (ws)
                if (const TypeVersion* v = ws->resolve(type, version))
                    return v;
        return nullptr;
    };
}

} // namespace strata::cli
