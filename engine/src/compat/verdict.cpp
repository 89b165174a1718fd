#include "strata/compat/verdict.h"

#include "counterexample.h"

namespace strata {

bool Verdict::satisfies(CompatPolicy policy) const {
    return (!needsRead(policy) || readCompatible) && (!needsWrite(policy) || writeCompatible);
}

Verdict checkPair(const TypeVersion& older, const TypeVersion& newer, const RefResolver& refs) {
    Verdict v;
    v.older = older.id;
    v.newer = newer.id;
    Resolution read = resolveSchemas(newer.schema, older.schema, Direction::Read, refs);
    Resolution write = resolveSchemas(older.schema, newer.schema, Direction::Write, refs);
    v.readCompatible = read.compatible;
    v.writeCompatible = write.compatible;
    v.readLossy = read.lossy;
    v.writeLossy = write.lossy;
    v.findings = std::move(read.findings);
    v.findings.insert(v.findings.end(), write.findings.begin(), write.findings.end());
    if (!v.readCompatible)
        v.readCounterExample = detail::findCounterExample(newer.schema, older.schema, refs);
    if (!v.writeCompatible)
        v.writeCounterExample = detail::findCounterExample(older.schema, newer.schema, refs);
    return v;
}

namespace {

std::string failureReason(const Verdict& v, CompatPolicy policy) {
    std::string reason;
    auto firstError = [&](Direction d) -> std::string {
        for (const Finding& f : v.findings)
            if (f.direction == d && f.severity == Severity::Error)
                return f.path + ": " + f.message;
        return "incompatible";
    };
    if (needsRead(policy) && !v.readCompatible)
        reason = v.newer.toString() + " cannot read data written by " + v.older.toString() + " (" +
                 firstError(Direction::Read) + ")";
    if (needsWrite(policy) && !v.writeCompatible) {
        if (!reason.empty())
            reason += "; ";
        reason += v.older.toString() + " cannot read data written by " + v.newer.toString() + " (" +
                  firstError(Direction::Write) + ")";
    }
    return reason;
}

} // namespace

PolicyCheck checkPolicy(const TypeDef& type, const TypeVersion& candidate, CompatPolicy policy,
                        const RefResolver& refs) {
    PolicyCheck check;
    check.policy = policy;
    if (policy == CompatPolicy::None)
        return check;
    std::vector<const TypeVersion*> earlier;
    for (const TypeVersion& v : type.versions)
        if (v.id.version < candidate.id.version)
            earlier.push_back(&v);
    if (!isTransitive(policy) && earlier.size() > 1)
        earlier.erase(earlier.begin(), earlier.end() - 1);
    for (const TypeVersion* older : earlier) {
        Verdict v = checkPair(*older, candidate, refs);
        if (!v.satisfies(policy)) {
            check.accepted = false;
            check.reasons.push_back(failureReason(v, policy));
        }
        check.verdicts.push_back(std::move(v));
    }
    return check;
}

namespace {

size_t triangleIndex(size_t older, size_t newer, size_t n) {
    return older * n - older * (older + 1) / 2 + (newer - older - 1);
}

MatrixCell matrixCell(const TypeVersion& older, const TypeVersion& newer, const RefResolver& refs) {
    return {resolveSchemas(newer.schema, older.schema, Direction::Read, refs).compatible,
            resolveSchemas(older.schema, newer.schema, Direction::Write, refs).compatible};
}

bool breaksTransitivity(const MatrixCell& ij, const MatrixCell& jk, const MatrixCell& ik) {
    const bool readBreak = ij.readCompatible && jk.readCompatible && !ik.readCompatible;
    const bool writeBreak = ij.writeCompatible && jk.writeCompatible && !ik.writeCompatible;
    return readBreak || writeBreak;
}

} // namespace

const MatrixCell& CompatMatrix::cell(size_t older, size_t newer) const {
    return cells.at(triangleIndex(older, newer, versions.size()));
}

CompatMatrix compatibilityMatrix(const TypeDef& type, const RefResolver& refs) {
    CompatMatrix m;
    const size_t n = type.versions.size();
    for (const TypeVersion& v : type.versions)
        m.versions.push_back(v.id);
    m.cells.reserve(n < 2 ? 0 : n * (n - 1) / 2);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j)
            m.cells.push_back(matrixCell(type.versions[i], type.versions[j], refs));

    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j)
            for (size_t k = j + 1; k < n; ++k)
                if (breaksTransitivity(m.cell(i, j), m.cell(j, k), m.cell(i, k)))
                    m.transitivityBreaks.push_back({i, j, k});
    return m;
}

const char* toString(Direction direction) {
    return direction == Direction::Read ? "read" : "write";
}

const char* toString(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "?";
}

Json findingToJson(const Finding& f) {
    return {{"path", f.path},
            {"rule", f.rule},
            {"direction", toString(f.direction)},
            {"severity", toString(f.severity)},
            {"message", f.message},
            {"params", Json(f.params)}};
}

Json verdictToJson(const Verdict& v) {
    Json j = {{"older", v.older.toString()},
              {"newer", v.newer.toString()},
              {"read_compatible", v.readCompatible},
              {"write_compatible", v.writeCompatible},
              {"full", v.full()},
              {"read_lossy", v.readLossy},
              {"write_lossy", v.writeLossy},
              {"findings", Json::array()},
              {"counterexamples", Json::object()}};
    for (const Finding& f : v.findings)
        j["findings"].push_back(findingToJson(f));
    if (v.readCounterExample)
        j["counterexamples"]["read"] = {{"written_by", v.older.toString()},
                                        {"read_by", v.newer.toString()},
                                        {"record", *v.readCounterExample}};
    if (v.writeCounterExample)
        j["counterexamples"]["write"] = {{"written_by", v.newer.toString()},
                                         {"read_by", v.older.toString()},
                                         {"record", *v.writeCounterExample}};
    return j;
}

} // namespace strata
