#include "engineservices.h"

namespace strata::qt {

Verdict verdictFor(const Workspace& ws, const TypeVersion& older, const TypeVersion& newer) {
    return checkPair(older, newer, resolverFor(ws));
}

PolicyCheck policyCheckFor(const Workspace& ws, const TypeDef& type, const TypeVersion& candidate) {
    return checkPolicy(type, candidate, type.policy, resolverFor(ws));
}

CompatMatrix matrixFor(const Workspace& ws, const TypeDef& type) {
    return compatibilityMatrix(type, resolverFor(ws));
}

const TypeVersion* previousVersion(const Workspace& ws, const TypeVersionId& id) {
    const TypeDef* type = ws.findType(id.name);
    if (!type)
        return nullptr;
    const TypeVersion* previous = nullptr;
    for (const auto& version : type->versions) {
        if (version.id.version >= id.version)
            break;
        previous = &version;
    }
    return previous;
}

} // namespace strata::qt
