// stratactl import avro, export avro.

#include "cli.h"
#include "strata/compat/registry.h"
#include "strata/io/avro.h"
#include "strata/model/workspace_io.h"

#include <filesystem>
#include <ostream>

namespace strata::cli {

int runImportAvro(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {"-o", "--version"}, {});
    if (!p.error.empty() || p.positional.empty() || !p.has("-o"))
        return usageError(err, "import avro",
                          p.error.empty() ? "expected FILE... and -o WORKSPACE" : p.error);
    AvroImportOptions options;
    if (p.has("--version")) {
        auto v = SemVer::parse(p.value("--version"));
        if (!v)
            return usageError(err, "import avro", v.error().message);
        options.version = *v;
    }
    std::filesystem::path target = p.value("-o");
    Workspace ws;
    ws.name = target.stem().string();
    if (std::filesystem::exists(target)) {
        auto existing = loadWorkspace(target);
        if (!existing) {
            err << "stratactl: " << existing.error().describe() << "\n";
            return kUnreadable;
        }
        ws = std::move(*existing);
    }
    // Everything is imported into memory first: one bad file leaves the workspace untouched.
    size_t added = 0;
    for (const std::string& file : p.positional) {
        auto imported = importAvroFile(file, options);
        if (!imported) {
            err << "stratactl: " << imported.error().describe() << "\n";
            return kUnreadable;
        }
        for (const std::string& note : imported->notes)
            err << "note: " << note << "\n";
        for (const TypeVersion& v : imported->versions) {
            auto outcome = addVersion(ws, v);
            if (!outcome) {
                err << "stratactl import avro: " << file << ": " << outcome.error().message << "\n";
                return outcome.error().code == ErrorCode::Conflict ? kIncompatible : kUnreadable;
            }
            ++added;
        }
    }
    if (Status s = saveWorkspace(ws, target); !s) {
        err << "stratactl: " << s.error().describe() << "\n";
        return kUnreadable;
    }
    out << "imported " << added << " versions into " << target.string() << "\n";
    return kOk;
}

int runExportAvro(const Args& args, std::ostream& out, std::ostream& err) {
    ParsedArgs p = parseArgs(args, {}, {});
    if (!p.error.empty() || p.positional.size() != 2)
        return usageError(err, "export avro",
                          p.error.empty() ? "expected WORKSPACE and Name-vX.Y.Z" : p.error);
    auto ws = loadWorkspace(p.positional[0]);
    if (!ws) {
        err << "stratactl: " << ws.error().describe() << "\n";
        return kUnreadable;
    }
    auto id = TypeVersionId::parse(p.positional[1]);
    if (!id)
        return usageError(err, "export avro", id.error().message);
    const TypeVersion* v = ws->findVersion(*id);
    if (!v) {
        err << "stratactl: no version " << id->toString() << " in " << p.positional[0] << "\n";
        return kUnreadable;
    }
    auto text = exportAvroText(*v, resolverFor(*ws));
    if (!text) {
        err << "stratactl: " << text.error().describe() << "\n";
        return kUnreadable;
    }
    out << *text;
    return kOk;
}

} // namespace strata::cli
