#include "avsc_bridge.h"

#include "strata/model/workspace_io.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace strata::difftest {
namespace {

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "strata-avsc-XXXXXX").string();
        if (mkdtemp(pattern.data()))
            path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        if (!path.empty())
            std::filesystem::remove_all(path, ec);
    }
};

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Writes the queries as JSON lines, runs node once, returns the output file's text.
Result<std::string> runNode(const std::vector<AvscQuery>& queries, const std::string& mode,
                            const std::string& extra) {
    std::filesystem::path script = differentialDir() / "avsc_resolve.js";
    if (!std::filesystem::exists(differentialDir() / "node_modules" / "avsc"))
        return makeError(ErrorCode::NotFound,
                         "avsc is not installed; run `npm ci` in " + differentialDir().string());
    TempDir dir;
    if (dir.path.empty())
        return makeError(ErrorCode::Io, "cannot create a temporary folder");
    std::filesystem::path in = dir.path / "queries.jsonl", out = dir.path / "answers.jsonl";
    {
        std::ofstream file(in);
        for (const AvscQuery& q : queries)
            file << Json{{"reader", q.reader}, {"writer", q.writer}}.dump() << '\n';
        if (!file)
            return makeError(ErrorCode::Io, "cannot write the queries", in.string());
    }
    std::string command = "node " + shellQuote(script.string()) + " " + mode + " " +
                          shellQuote(in.string()) + " " + shellQuote(out.string()) + " " + extra;
    if (int rc = std::system(command.c_str()); rc != 0)
        return makeError(ErrorCode::Internal, "node exited with status " + std::to_string(rc),
                         command);
    return readFile(out);
}

} // namespace

std::filesystem::path differentialDir() {
    return STRATA_DIFFERENTIAL_DIR;
}

Result<std::vector<AvscAnswer>> askAvsc(const std::vector<AvscQuery>& queries) {
    Result<std::string> text = runNode(queries, "resolve", "");
    if (!text)
        return text.error();
    std::vector<AvscAnswer> answers;
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty())
            continue;
        Json j = Json::parse(line);
        answers.push_back(AvscAnswer{j.at("schemaOk"), j.at("resolves"), j.value("error", "")});
    }
    if (answers.size() != queries.size())
        return makeError(ErrorCode::Internal, "avsc answered " + std::to_string(answers.size()) +
                                                  " of " + std::to_string(queries.size()) +
                                                  " queries");
    return answers;
}

Result<AvscTiming> timeAvsc(const std::vector<AvscQuery>& queries, int rounds) {
    Result<std::string> text = runNode(queries, "bench", std::to_string(rounds));
    if (!text)
        return text.error();
    Json j = Json::parse(*text);
    return AvscTiming{j.at("resolvers"), j.at("resolved"), j.at("seconds"), j.at("cpuSeconds")};
}

} // namespace strata::difftest
