// stratactl validate, check, diff, matrix, add.

#include "cli.h"
#include "schema_input.h"
#include "strata/compat/registry.h"
#include "strata/diff/diff.h"
#include "strata/model/workspace_io.h"

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <string>
#include <string_view>

namespace strata::cli {
namespace {

int unreadable(std::ostream& err, const Error& e) {
    err << "stratactl: " << e.describe() << "\n";
    return kUnreadable;
}

const char* yesNo(bool b) {
    return b ? "yes" : "no";
}

void printFindings(const Verdict& v, std::ostream& out) {
    for (const Finding& f : v.findings) {
        if (f.severity == Severity::Info)
            continue;
        out << "  " << std::left << std::setw(8) << toString(f.severity) << std::setw(6)
            << toString(f.direction) << f.path << ": " << f.message << "\n";
    }
    if (v.readCounterExample)
        out << "  counter-example (written by " << v.older.toString() << ", unreadable by "
            << v.newer.toString() << "): " << v.readCounterExample->dump() << "\n";
    if (v.writeCounterExample)
        out << "  counter-example (written by " << v.newer.toString() << ", unreadable by "
            << v.older.toString() << "): " << v.writeCounterExample->dump() << "\n";
}

struct Pair {
    SchemaInput older;
    SchemaInput newer;
};

Result<Pair> loadPair(const std::string& a, const std::string& b) {
    auto older = loadSchemaInput(a);
    if (!older)
        return older.error();
    auto newer = loadSchemaInput(b);
    if (!newer)
        return newer.error();
    return Pair{std::move(*older), std::move(*newer)};
}

// Streams one array member of a top-level JSON object in the layout of Json::dump(2), so that
// a matrix's cells never exist all at once as Json values.
class ArrayMemberWriter {
public:
    ArrayMemberWriter(std::ostream& out, const char* key)
        : m_out(out) {
        m_out << "  \"" << key << "\": [";
    }

    void add(const Json& element) {
        m_out << (m_count++ == 0 ? "\n" : ",\n");
        const std::string text = element.dump(2);
        size_t from = 0;
        for (size_t eol = text.find('\n'); eol != std::string::npos; eol = text.find('\n', from)) {
            m_out << "    " << std::string_view(text).substr(from, eol + 1 - from);
            from = eol + 1;
        }
        m_out << "    " << std::string_view(text).substr(from);
    }

    void close() { m_out << (m_count == 0 ? "]" : "\n  ]"); }

private:
    std::ostream& m_out;
    size_t m_count = 0;
};

void printMatrixJson(const std::string& typeName, const CompatMatrix& m, std::ostream& out) {
    const size_t n = m.versions.size();
    out << "{\n";
    ArrayMemberWriter cells(out, "cells");
    for (size_t i = 0; i < n; ++i)
        for (size_t k = i + 1; k < n; ++k)
            cells.add({{"older", m.versions[i].version.toString()},
                       {"newer", m.versions[k].version.toString()},
                       {"read_compatible", m.cell(i, k).readCompatible},
                       {"write_compatible", m.cell(i, k).writeCompatible}});
    cells.close();
    out << ",\n";

    ArrayMemberWriter breaks(out, "transitivity_breaks");
    for (const auto& b : m.transitivityBreaks)
        breaks.add({m.versions[b[0]].version.toString(), m.versions[b[1]].version.toString(),
                    m.versions[b[2]].version.toString()});
    breaks.close();
    out << ",\n  \"type\": " << Json(typeName).dump() << ",\n";

    ArrayMemberWriter versions(out, "versions");
    for (const auto& id : m.versions)
        versions.add(id.version.toString());
    versions.close();
    out << "\n}\n";
}

// F full, R read only, W write only, - incompatible.
const char* markOf(const MatrixCell& c) {
    return c.full() ? "F" : c.readCompatible ? "R" : c.writeCompatible ? "W" : "-";
}

void printMatrixText(const std::string& typeName, const CompatMatrix& m, std::ostream& out) {
    const size_t n = m.versions.size();
    out << typeName << ": row = older, column = newer; F full, R read only (new reads old), "
        << "W write only, - incompatible\n"
        << std::setw(10) << "";
    for (const auto& id : m.versions)
        out << std::setw(10) << id.version.toString();
    out << "\n";
    for (size_t i = 0; i < n; ++i) {
        out << std::setw(10) << m.versions[i].version.toString();
        for (size_t k = 0; k < n; ++k)
            out << std::setw(10) << (k <= i ? "." : markOf(m.cell(i, k)));
        out << "\n";
    }
    for (const auto& b : m.transitivityBreaks)
        out << "transitivity break: " << m.versions[b[0]].version.toString() << " -> "
            << m.versions[b[1]].version.toString() << " -> " << m.versions[b[2]].version.toString()
            << " works step by step but not directly\n";
}

} // namespace

int runValidate(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 1)
        return usageError(err, "validate", p.error.empty() ? "expected one WORKSPACE" : p.error);
    auto ws = loadWorkspace(p.positional[0]);
    if (!ws)
        return unreadable(err, ws.error());
    std::vector<WorkspaceProblem> problems = validateWorkspace(*ws);
    size_t versions = 0;
    for (const TypeDef& t : ws->types)
        versions += t.versions.size();
    if (p.has("--json")) {
        Json j = {{"ok", problems.empty()},
                  {"types", ws->types.size()},
                  {"versions", versions},
                  {"problems", Json::array()}};
        for (const auto& pr : problems)
            j["problems"].push_back({{"where", pr.where}, {"message", pr.message}});
        out << j.dump(2) << "\n";
    } else {
        for (const auto& pr : problems)
            out << pr.where << ": " << pr.message << "\n";
        out << (problems.empty() ? "ok: " : "problems: ") << ws->types.size() << " types, "
            << versions << " versions, " << ws->overrides.size() << " overrides";
        if (!problems.empty())
            out << ", " << problems.size() << " problems";
        out << "\n";
    }
    return problems.empty() ? kOk : kIncompatible;
}

int runCheck(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {"--mode"}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "check", p.error.empty() ? "expected OLD and NEW" : p.error);
    auto pair = loadPair(p.positional[0], p.positional[1]);
    if (!pair)
        return unreadable(err, pair.error());
    // without --mode, a version from a workspace is held to its type's policy
    const TypeDef* type = pair->newer.workspace
                              ? pair->newer.workspace->findType(pair->newer.version.id.name)
                              : nullptr;
    const bool typePolicy = !p.has("--mode") && type;
    auto mode = typePolicy ? Result<CompatPolicy>(type->policy)
                           : parsePolicy(p.value("--mode", "BACKWARD"));
    if (!mode)
        return usageError(err, "check", mode.error().message);
    Verdict v =
        checkPair(pair->older.version, pair->newer.version, resolverFor(pair->older, pair->newer));
    bool ok = v.satisfies(*mode);
    if (p.has("--json")) {
        Json j = verdictToJson(v);
        j["mode"] = toString(*mode);
        j["mode_from"] = typePolicy ? "type policy" : p.has("--mode") ? "--mode" : "default";
        j["compatible_under_mode"] = ok;
        out << j.dump(2) << "\n";
    } else {
        out << v.older.toString() << " -> " << v.newer.toString() << ": "
            << (ok ? "compatible" : "INCOMPATIBLE") << " under " << toString(*mode)
            << (typePolicy ? " (the type's policy)" : "") << "\n"
            << "  read-compatible (new reads old): " << yesNo(v.readCompatible)
            << (v.readLossy ? " (lossy)" : "") << "\n"
            << "  write-compatible (old reads new): " << yesNo(v.writeCompatible)
            << (v.writeLossy ? " (lossy)" : "") << "\n";
        printFindings(v, out);
    }
    return ok ? kOk : kIncompatible;
}

int runDiff(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "diff", p.error.empty() ? "expected OLD and NEW" : p.error);
    auto pair = loadPair(p.positional[0], p.positional[1]);
    if (!pair)
        return unreadable(err, pair.error());
    SchemaDiff d = diffVersions(pair->older.version, pair->newer.version,
                                resolverFor(pair->older, pair->newer));
    if (p.has("--json")) {
        out << diffToJson(d).dump(2) << "\n";
        return kOk;
    }
    out << d.older.toString() << " -> " << d.newer.toString() << ": " << d.changes.size()
        << " changes (read " << toString(d.worstRead()) << ", write " << toString(d.worstWrite())
        << ")\n";
    for (const Change& c : d.changes)
        out << "  " << std::left << std::setw(22) << toString(c.kind) << std::setw(20) << c.path
            << " read " << std::setw(9) << toString(c.read) << "write " << std::setw(9)
            << toString(c.write) << c.message << "\n";
    return kOk;
}

int runMatrix(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {"--json"});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "matrix", p.error.empty() ? "expected WORKSPACE and TYPE" : p.error);
    auto ws = loadWorkspace(p.positional[0]);
    if (!ws)
        return unreadable(err, ws.error());
    const TypeDef* type = ws->findType(p.positional[1]);
    if (!type)
        return unreadable(err, makeError(ErrorCode::NotFound, "no type '" + p.positional[1] + "'",
                                         p.positional[0]));
    const CompatMatrix m = compatibilityMatrix(*type, resolverFor(*ws));
    if (p.has("--json"))
        printMatrixJson(type->name, m, out);
    else
        printMatrixText(type->name, m, out);
    return kOk;
}

int runAdd(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {"--override", "--by"}, {});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "add", p.error.empty() ? "expected WORKSPACE and SCHEMA" : p.error);
    auto ws = loadWorkspace(p.positional[0]);
    if (!ws)
        return unreadable(err, ws.error());
    auto input = loadSchemaInput(p.positional[1]);
    if (!input)
        return unreadable(err, input.error());
    std::optional<PolicyOverride> override;
    if (p.has("--override")) {
        const std::string by = actorName(p);
        if (p.value("--override").empty())
            return usageError(err, "add", "--override needs a reason");
        if (std::any_of(by.begin(), by.end(), [](unsigned char c) { return c < 0x20; }))
            return usageError(err, "add", "--by must be one line without control characters");
        override = PolicyOverride{input->version.id, p.value("--override"), by, utcNow()};
    }
    auto outcome = addVersion(*ws, input->version, override);
    if (!outcome) {
        err << "stratactl add: refused: " << outcome.error().message << "\n";
        return outcome.error().code == ErrorCode::Conflict ? kIncompatible : kUnreadable;
    }
    if (Status s = saveWorkspace(*ws, p.positional[0]); !s)
        return unreadable(err, s.error());
    out << "added " << input->version.id.toString()
        << (outcome->overridden ? " (policy overridden)" : "") << "\n";
    return kOk;
}

} // namespace strata::cli
