#include "strata/model/workspace.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace strata {

const TypeVersion* TypeDef::find(const SemVer& v) const {
    auto it =
        std::lower_bound(versions.begin(), versions.end(), v,
                         [](const TypeVersion& tv, const SemVer& x) { return tv.id.version < x; });
    return (it != versions.end() && it->id.version == v) ? &*it : nullptr;
}

TypeDef* Workspace::findType(std::string_view typeName) {
    auto it = std::lower_bound(types.begin(), types.end(), typeName,
                               [](const TypeDef& t, std::string_view n) { return t.name < n; });
    return (it != types.end() && it->name == typeName) ? &*it : nullptr;
}

const TypeDef* Workspace::findType(std::string_view typeName) const {
    return const_cast<Workspace*>(this)->findType(typeName);
}

const TypeVersion* Workspace::findVersion(const TypeVersionId& id) const {
    const TypeDef* type = findType(id.name);
    return type ? type->find(id.version) : nullptr;
}

const TypeVersion* Workspace::resolve(std::string_view type,
                                      const std::optional<SemVer>& version) const {
    const TypeDef* def = findType(type);
    if (!def)
        return nullptr;
    return version ? def->find(*version) : def->latest();
}

const char* toString(CompatPolicy policy) {
    switch (policy) {
    case CompatPolicy::None:
        return "NONE";
    case CompatPolicy::Backward:
        return "BACKWARD";
    case CompatPolicy::Forward:
        return "FORWARD";
    case CompatPolicy::Full:
        return "FULL";
    case CompatPolicy::BackwardTransitive:
        return "BACKWARD_TRANSITIVE";
    case CompatPolicy::ForwardTransitive:
        return "FORWARD_TRANSITIVE";
    case CompatPolicy::FullTransitive:
        return "FULL_TRANSITIVE";
    }
    return "?";
}

Result<CompatPolicy> parsePolicy(std::string_view text) {
    std::string upper(text);
    for (char& c : upper)
        c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (CompatPolicy p : {CompatPolicy::None, CompatPolicy::Backward, CompatPolicy::Forward,
                           CompatPolicy::Full, CompatPolicy::BackwardTransitive,
                           CompatPolicy::ForwardTransitive, CompatPolicy::FullTransitive})
        if (upper == toString(p))
            return p;
    return makeError(ErrorCode::InvalidArgument,
                     "unknown compatibility mode '" + std::string(text) +
                         "' (expected NONE, BACKWARD, FORWARD, FULL or a _TRANSITIVE form)");
}

const char* toString(StepKind kind) {
    switch (kind) {
    case StepKind::Rename:
        return "rename";
    case StepKind::AddWithDefault:
        return "add";
    case StepKind::Drop:
        return "drop";
    case StepKind::Cast:
        return "cast";
    case StepKind::MapEnum:
        return "map_enum";
    case StepKind::DefaultIfNull:
        return "default_if_null";
    case StepKind::ScaleOffset:
        return "scale_offset";
    }
    return "?";
}

const char* toString(OnError policy) {
    switch (policy) {
    case OnError::Fail:
        return "fail";
    case OnError::Null:
        return "null";
    case OnError::Default:
        return "default";
    }
    return "?";
}

const char* toString(NodeRole role) {
    switch (role) {
    case NodeRole::Reader:
        return "reader";
    case NodeRole::Writer:
        return "writer";
    case NodeRole::Both:
        return "both";
    }
    return "?";
}

const char* toString(StoreKind kind) {
    switch (kind) {
    case StoreKind::Postgres:
        return "postgres";
    case StoreKind::Kafka:
        return "kafka";
    case StoreKind::Elasticsearch:
        return "elasticsearch";
    case StoreKind::TiKV:
        return "tikv";
    }
    return "?";
}

} // namespace strata
