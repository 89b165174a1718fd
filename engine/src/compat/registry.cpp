#include "strata/compat/registry.h"

#include <algorithm>
#include <functional>

namespace strata {

Result<AddVersionOutcome> addVersion(Workspace& ws, const TypeVersion& candidate,
                                     const std::optional<PolicyOverride>& override,
                                     CompatPolicy newTypePolicy) {
    if (Status s = validateSchema(candidate.schema, candidate.id.toString()); !s)
        return s.error();
    TypeDef* type = ws.findType(candidate.id.name);
    if (!type) {
        TypeDef fresh;
        fresh.name = candidate.id.name;
        fresh.policy = newTypePolicy;
        auto at =
            std::lower_bound(ws.types.begin(), ws.types.end(), fresh.name,
                             [](const TypeDef& t, const std::string& n) { return t.name < n; });
        type = &*ws.types.insert(at, std::move(fresh));
    }
    if (const TypeVersion* existing = type->find(candidate.id.version)) {
        if (existing->schema == candidate.schema)
            return AddVersionOutcome{}; // idempotent re-registration
        return makeError(
            ErrorCode::Conflict,
            "version " + candidate.id.toString() +
                " is already published with a different "
                "schema; published versions are immutable, register a new version instead");
    }
    AddVersionOutcome outcome;
    outcome.check = checkPolicy(*type, candidate, type->policy, resolverFor(ws));
    if (!outcome.check.accepted) {
        if (!override || override->reason.empty()) {
            std::string reasons;
            for (const std::string& r : outcome.check.reasons)
                reasons += "\n  " + r;
            return makeError(ErrorCode::Conflict,
                             candidate.id.toString() + " violates " + toString(type->policy) + ":" +
                                 reasons,
                             candidate.id.toString());
        }
        PolicyOverride recorded = *override;
        recorded.version = candidate.id;
        ws.overrides.push_back(recorded);
        outcome.overridden = true;
    }
    auto at =
        std::lower_bound(type->versions.begin(), type->versions.end(), candidate.id.version,
                         [](const TypeVersion& v, const SemVer& x) { return v.id.version < x; });
    type->versions.insert(at, candidate);
    return outcome;
}

namespace {

void collectReferences(const DataType& t, const std::function<void(const DataType&)>& visit) {
    if (t.kind == TypeKind::Ref)
        visit(t);
    for (const DataType& item : t.items)
        collectReferences(item, visit);
    for (const Field& f : t.fields)
        collectReferences(f.type, visit);
}

bool isOverridden(const Workspace& ws, const TypeVersionId& id) {
    return std::any_of(ws.overrides.begin(), ws.overrides.end(),
                       [&](const PolicyOverride& o) { return o.version == id; });
}

} // namespace

std::vector<WorkspaceProblem> validateWorkspace(const Workspace& ws) {
    std::vector<WorkspaceProblem> problems;
    RefResolver refs = resolverFor(ws);
    for (const TypeDef& type : ws.types) {
        for (size_t i = 0; i < type.versions.size(); ++i) {
            const TypeVersion& v = type.versions[i];
            for (const Field& f : v.schema.fields)
                collectReferences(f.type, [&](const DataType& ref) {
                    if (!ws.resolve(ref.refTarget, ref.refVersion))
                        problems.push_back(
                            {v.id.toString() + ": field " + f.name,
                             "reference to " + ref.describe().substr(4) + " does not resolve"});
                });
            if (i == 0 || isOverridden(ws, v.id))
                continue;
            // checkPolicy compares only with versions below the candidate.
            PolicyCheck check = checkPolicy(type, v, type.policy, refs);
            for (const std::string& reason : check.reasons)
                problems.push_back({v.id.toString(), std::string("violates ") +
                                                         toString(type.policy) + ": " + reason});
        }
    }
    return problems;
}

} // namespace strata
