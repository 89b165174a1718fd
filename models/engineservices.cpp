#include "engineservices.h"

namespace strata::qt {

bool verdictsAvailable()
{
#ifdef STRATA_HAVE_VERDICTS
    return true;
#else
    return false;
#endif
}

bool policyCheckAvailable()
{
#ifdef STRATA_HAVE_POLICY_CHECK
    return true;
#else
    return false;
#endif
}

bool matrixAvailable()
{
#ifdef STRATA_HAVE_MATRIX
    return true;
#else
    return false;
#endif
}

bool avroImportAvailable()
{
#ifdef STRATA_HAVE_AVRO_IMPORT
    return true;
#else
    return false;
#endif
}

QStringList missingEngineFunctions()
{
    QStringList missing;
    if (!verdictsAvailable())
        missing << QStringLiteral("strata::checkPair");
    if (!policyCheckAvailable())
        missing << QStringLiteral("strata::checkPolicy");
    if (!matrixAvailable())
        missing << QStringLiteral("strata::compatibilityMatrix");
    if (!avroImportAvailable())
        missing << QStringLiteral("strata::importAvro");
    missing << QStringLiteral("strata::graph (impact, best path, layout)")
            << QStringLiteral("strata::cluster (finalised version, safety, rollout)");
    return missing;
}

std::optional<Verdict> verdictFor(const Workspace& ws, const TypeVersion& older,
                                  const TypeVersion& newer)
{
#ifdef STRATA_HAVE_VERDICTS
    return checkPair(older, newer, resolverFor(ws));
#else
    (void)ws, (void)older, (void)newer;
    return std::nullopt;
#endif
}

std::optional<PolicyCheck> policyCheckFor(const Workspace& ws, const TypeDef& type,
                                          const TypeVersion& candidate)
{
#ifdef STRATA_HAVE_POLICY_CHECK
    return checkPolicy(type, candidate, type.policy, resolverFor(ws));
#else
    (void)ws, (void)type, (void)candidate;
    return std::nullopt;
#endif
}

std::optional<CompatMatrix> matrixFor(const Workspace& ws, const TypeDef& type)
{
#ifdef STRATA_HAVE_MATRIX
    return compatibilityMatrix(type, resolverFor(ws));
#else
    (void)ws, (void)type;
    return std::nullopt;
#endif
}

const TypeVersion* previousVersion(const Workspace& ws, const TypeVersionId& id)
{
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
