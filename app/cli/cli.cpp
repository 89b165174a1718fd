#include "cli.h"

#include "strata/core/log.h"

#include <algorithm>
#include <ctime>
#include <iostream>
#include <ostream>
#include <pwd.h>
#include <unistd.h>

namespace strata::cli {

// Defined in the cmd_*.cpp files.
int runValidate(const Args&, std::ostream&, std::ostream&);
int runCheck(const Args&, std::ostream&, std::ostream&);
int runDiff(const Args&, std::ostream&, std::ostream&);
int runMatrix(const Args&, std::ostream&, std::ostream&);
int runAdd(const Args&, std::ostream&, std::ostream&);
int runImportAvro(const Args&, std::ostream&, std::ostream&);
int runExportAvro(const Args&, std::ostream&, std::ostream&);
int runGraph(const Args&, std::ostream&, std::ostream&);
int runImpact(const Args&, std::ostream&, std::ostream&);
int runPath(const Args&, std::ostream&, std::ostream&);
int runConvert(const Args&, std::ostream&, std::ostream&);
int runRollout(const Args&, std::ostream&, std::ostream&);
#ifdef STRATA_HAVE_POSTGRES
int runIntrospectPostgres(const Args&, std::ostream&, std::ostream&);
int runDrift(const Args&, std::ostream&, std::ostream&);
int runPlan(const Args&, std::ostream&, std::ostream&);
int runMigrate(const Args&, std::ostream&, std::ostream&);
int runVerify(const Args&, std::ostream&, std::ostream&);
int runAudit(const Args&, std::ostream&, std::ostream&);
int runInventory(const Args&, std::ostream&, std::ostream&);
#endif

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"validate", "WORKSPACE", "load a workspace and re-check every policy and reference",
         runValidate},
        {"check", "OLD NEW [--mode MODE] [--json]",
         "verdict of NEW against OLD, with findings and counter-examples", runCheck},
        {"diff", "OLD NEW [--json]", "semantic diff of two versions with per-direction effects",
         runDiff},
        {"matrix", "WORKSPACE TYPE [--json]", "compatibility of every pair of a type's versions",
         runMatrix},
        {"add", "WORKSPACE SCHEMA [--override REASON] [--by NAME]",
         "register a version; refused if it violates the type's policy", runAdd},
        {"import avro", "FILE... -o WORKSPACE [--version X.Y.Z]",
         "import .avsc files into a workspace", runImportAvro},
        {"export avro", "WORKSPACE Name-vX.Y.Z", "print one version as an .avsc schema",
         runExportAvro},
        {"graph", "WORKSPACE [--format dot|json|svg] [--around Name-vX.Y.Z --depth N] [--collapse]",
         "the version graph; cycles and dangling references are reported", runGraph},
        {"impact", "WORKSPACE Name-vA Name-vB [--json]",
         "what upgrading A to B does to dependents, nodes and stores", runImpact},
        {"path", "WORKSPACE Name-vA Name-vB [--json]", "the least risky upgrade path from A to B",
         runPath},
        {"convert", "WORKSPACE Name-vA Name-vB < in.jsonl > out.jsonl",
         "convert JSON Lines records along the cheapest converter chain", runConvert},
        {"rollout", "WORKSPACE TYPE|CLUSTER Name-vX [--json]",
         "is rolling out a version safe, and in which order", runRollout},
#ifdef STRATA_HAVE_POSTGRES
        {"introspect postgres",
         "WORKSPACE --profile P [--database DB] [--schema S]... [--version X.Y.Z] [--json]",
         "read a database's tables and views into type versions and store objects",
         runIntrospectPostgres},
        {"drift", "WORKSPACE STORE [--json]",
         "live table against the version the workspace says it holds", runDrift},
        {"plan", "WORKSPACE STORE Name-vX.Y.Z [--copy] [--client-side] [--contract] [--json]",
         "the migration plan in full: DDL, SQL of each step, row estimates", runPlan},
        {"migrate",
         "WORKSPACE STORE Name-vX.Y.Z [--dry-run] [--resume] [--copy] [--client-side] [--contract] "
         "[--confirm-destructive] [--batch-rows N] [--throttle-ms N] [--by NAME] [--progress]",
         "run a migration plan with checkpoints; --resume continues after a crash", runMigrate},
        {"verify", "WORKSPACE STORE [--json]",
         "row counts and checksums of a table's latest migration", runVerify},
        {"audit", "WORKSPACE STORE [--json]",
         "who ran which plan on a table, when, and how it ended", runAudit},
        {"inventory",
         "WORKSPACE --profile P --cluster C [--announce NODE --role R --supports T=MIN..MAX] "
         "[--json]",
         "the live node inventory of a cluster (announce a node first with --announce)",
         runInventory},
#endif
    };
    return table;
}

namespace {

void printHelp(std::ostream& out) {
    out << "usage: stratactl COMMAND [ARGS]\n\n"
           "OLD and NEW are schema files (.avsc, or Strata JSON for one version) or\n"
           "WORKSPACE:Name-vX.Y.Z. MODE is NONE, BACKWARD, FORWARD, FULL or a _TRANSITIVE form;\n"
           "check's default is the type's policy when NEW comes from a workspace, else "
           "BACKWARD.\n\n"
           "commands:\n";
    for (const Command& c : commands())
        out << "  " << c.name << " " << c.usage << "\n      " << c.summary << "\n";
    out << "\nexit codes: 0 ok/compatible, 1 incompatible, problems or refused, 2 usage error,\n"
           "3 unreadable input or a named workspace, store, profile, type, version or cluster\n"
           "that does not exist, 130 migrate stopped by SIGINT/SIGTERM (resumable)\n";
}

// Matches the longest command name ("import avro" before "import").
const Command* findCommand(const Args& args, size_t& consumed) {
    const Command* best = nullptr;
    for (const Command& c : commands()) {
        std::string name = c.name;
        size_t words = static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
        if (args.size() < words)
            continue;
        std::string joined = args[0];
        for (size_t i = 1; i < words; ++i)
            joined += " " + args[i];
        if (joined == name && (!best || words > consumed)) {
            best = &c;
            consumed = words;
        }
    }
    return best;
}

} // namespace

int run(const Args& args, std::ostream& out, std::ostream& err) {
    setLogSink([&err](LogLevel level, std::string_view category, std::string_view text) {
        if (level >= LogLevel::Warning)
            err << "stratactl: " << category << ": " << text << "\n";
    });
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        printHelp(args.empty() ? err : out);
        return args.empty() ? kUsage : kOk;
    }
    size_t consumed = 0;
    const Command* command = findCommand(args, consumed);
    if (!command) {
        // "export json": the command is known, the second word is not
        const bool knownFirstWord =
            std::any_of(commands().begin(), commands().end(), [&](const Command& c) {
                return std::string_view(c.name).starts_with(args[0] + " ");
            });
        if (knownFirstWord && args.size() > 1) {
            err << "stratactl: '" << args[0] << " " << args[1] << "' is not a command; " << args[0]
                << " takes:";
            for (const Command& c : commands())
                if (std::string_view(c.name).starts_with(args[0] + " "))
                    err << " '" << c.name << "'";
            err << " (see stratactl --help)\n";
            return kUsage;
        }
        err << "stratactl: unknown command '" << args[0] << "' (see stratactl --help)\n";
        return kUsage;
    }
    Args rest(args.begin() + static_cast<long>(consumed), args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        out << "usage: stratactl " << command->name << " " << command->usage << "\n"
            << command->summary << "\n";
        return kOk;
    }
    return command->run(rest, out, err);
}

bool ParsedArgs::has(const std::string& name) const {
    return std::any_of(options.begin(), options.end(),
                       [&](const auto& o) { return o.first == name; });
}

std::string ParsedArgs::value(const std::string& name, const std::string& fallback) const {
    for (const auto& [key, value] : options)
        if (key == name)
            return value;
    return fallback;
}

std::string actorName(const ParsedArgs& p) {
    if (p.has("--by"))
        return p.value("--by");
    if (const passwd* pw = getpwuid(getuid()))
        return pw->pw_name;
    return "uid " + std::to_string(getuid());
}

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

ParsedArgs parseArgs(const Args& args, const std::vector<std::string>& valued,
                     const std::vector<std::string>& switches) {
    ParsedArgs parsed;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() < 2 || a[0] != '-' || a == "-") {
            parsed.positional.push_back(a);
            continue;
        }
        if (std::find(switches.begin(), switches.end(), a) != switches.end()) {
            parsed.options.emplace_back(a, "");
            continue;
        }
        if (std::find(valued.begin(), valued.end(), a) == valued.end()) {
            parsed.error = "unknown option '" + a + "'";
            return parsed;
        }
        if (i + 1 >= args.size()) {
            parsed.error = "option '" + a + "' needs a value";
            return parsed;
        }
        parsed.options.emplace_back(a, args[++i]);
    }
    return parsed;
}

int usageError(std::ostream& err, const std::string& command, const std::string& message) {
    err << "stratactl " << command << ": " << message << "\n";
    for (const Command& c : commands())
        if (command == c.name)
            err << "usage: stratactl " << c.name << " " << c.usage << "\n";
    return kUsage;
}

} // namespace strata::cli
