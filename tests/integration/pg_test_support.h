#pragma once

// Helpers for the PostgreSQL integration tests: the private cluster's coordinates, scratch
// databases cloned from the loaded samples, workspaces built from introspection, and stratactl
// run as a child process (so it can be killed).

#include "strata/connectors/postgres/connection.h"
#include "strata/model/workspace_io.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace strata::pgtest {

// The private cluster started by pg_cluster.sh (see tests/integration/CMakeLists.txt).
struct Cluster {
    std::string host;
    std::string port;
    std::string user;
    std::string passwordFile;
};
const Cluster& cluster();

// A profile for `database` on the private cluster; the secret is the 0600 password file.
ConnectionProfile profile(const std::string& database, const std::string& name = "pg");

// A connection to `database` (fails the test when it cannot connect).
std::unique_ptr<postgres::Connection> connect(const std::string& database);

// Drops and recreates `database`, empty or as a copy of `templateDb`.
void freshDatabase(const std::string& database, const std::string& templateDb = {});

// Runs one statement, failing the test on error; returns the first column of the first row.
std::string scalar(postgres::Connection& conn, const std::string& sql,
                   const postgres::Params& params = {});

// A temp folder removed at exit of the test.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// A workspace holding the introspected `table` of `database` as Name-v1.0.0, with one store
// "t" and profile "pg".
Workspace workspaceFor(const std::string& database, const std::string& schema,
                       const std::string& table);

// A copy of version `from` of `type` in `ws` as `version`, changed by `edit`, added to ws.
TypeVersion& addVersion(Workspace& ws, const std::string& type, const std::string& from,
                        const std::string& version);

// The database's invoice_line table as version 1.0.0 and a 2.0.0 that widens quantity to
// bigint: a migration that copies the table.
Workspace widenedQuantityWorkspace(const std::string& database);

struct ChildResult {
    int exitCode = -1; // -1 when killed by a signal
    int signal = 0;
    std::string out;
    std::string err;
};

// stratactl started in the background; kill() sends SIGKILL, signal() any other signal.
class Child {
public:
    explicit Child(const std::vector<std::string>& args);
    ~Child();
    int pid() const { return m_pid; }
    void kill();
    void signal(int sig);
    ChildResult wait();

private:
    int m_pid = -1;
    std::filesystem::path m_out, m_err;
};

// Runs stratactl to completion.
ChildResult stratactl(const std::vector<std::string>& args);

} // namespace strata::pgtest
