#pragma once

// The stratactl command table and the conventions every command follows.
//
// Exit codes: 0 ok (or compatible under the mode), 1 incompatible, problems found or refused,
// 2 usage error, 3 unreadable input or something named that does not exist (workspace, store,
// profile, type, version, cluster), 130 a migration stopped by SIGINT or SIGTERM.

#include <iosfwd>
#include <string>
#include <vector>

namespace strata::cli {

enum ExitCode { kOk = 0, kIncompatible = 1, kUsage = 2, kUnreadable = 3, kInterrupted = 130 };

using Args = std::vector<std::string>;
using CommandFn = int (*)(const Args& args, std::ostream& out, std::ostream& err);

struct Command {
    const char* name;  // first word(s) on the command line, e.g. "check" or "import avro"
    const char* usage; // argument synopsis shown in help
    const char* summary;
    CommandFn run;
};

// Every command, in the order help lists them.
const std::vector<Command>& commands();

// Runs stratactl with argv[1..]; returns the process exit code.
int run(const Args& args, std::ostream& out, std::ostream& err);

// Splits flags from positional arguments: `--name value` and `--flag` (listed in `switches`).
struct ParsedArgs {
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> options;
    std::string error; // non-empty when an option is unknown or lacks its value

    bool has(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback = {}) const;
};
ParsedArgs parseArgs(const Args& args, const std::vector<std::string>& valued,
                     const std::vector<std::string>& switches);

// Prints "stratactl: <message>" plus the usage of `command` to err; returns kUsage.
int usageError(std::ostream& err, const std::string& command, const std::string& message);

// Who acts, for audit entries and overrides: --by if given, else the login name.
std::string actorName(const ParsedArgs& p);

// Now, as ISO-8601 UTC ("2026-12-04T23:40:00Z").
std::string utcNow();

} // namespace strata::cli
