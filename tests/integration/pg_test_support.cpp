#include "pg_test_support.h"

#include "strata/connectors/postgres/introspect.h"

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace strata::pgtest {

const Cluster& cluster() {
    static const Cluster c = [] {
        Cluster out;
        std::ifstream in(STRATA_PG_STATE);
        if (!in)
            throw std::runtime_error(std::string("no cluster state file ") + STRATA_PG_STATE +
                                     " (start it with tests/integration/pg_cluster.sh)");
        std::string line;
        while (std::getline(in, line)) {
            auto eq = line.find('=');
            std::string key = line.substr(0, eq), value = line.substr(eq + 1);
            if (key == "STRATA_PG_HOST")
                out.host = value;
            if (key == "STRATA_PG_PORT")
                out.port = value;
            if (key == "STRATA_PG_USER")
                out.user = value;
            if (key == "STRATA_PG_PASSWORD_FILE")
                out.passwordFile = value;
        }
        return out;
    }();
    return c;
}

ConnectionProfile profile(const std::string& database, const std::string& name) {
    const Cluster& c = cluster();
    return {name,
            StoreKind::Postgres,
            "host=" + c.host + " port=" + c.port + " dbname=" + database,
            "disable",
            c.user,
            "file:" + c.passwordFile};
}

std::unique_ptr<postgres::Connection> connect(const std::string& database) {
    auto conn = postgres::Connection::open(profile(database));
    if (!conn)
        throw std::runtime_error(conn.error().describe());
    return std::move(*conn);
}

std::string scalar(postgres::Connection& conn, const std::string& sql,
                   const postgres::Params& params) {
    auto r = conn.query(sql, params);
    if (!r)
        throw std::runtime_error(r.error().describe());
    return r->rows() > 0 && r->columns() > 0 ? r->get(0, 0, "NULL") : std::string();
}

void freshDatabase(const std::string& database, const std::string& templateDb) {
    auto admin = connect("postgres");
    std::string name = postgres::quoteIdent(database);
    scalar(*admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    std::string create =
        "CREATE DATABASE " + name +
        (templateDb.empty() ? "" : " TEMPLATE " + postgres::quoteIdent(templateDb));
    // concurrent clones of one template can collide briefly; retry a few times
    for (int attempt = 0;; ++attempt) {
        auto r = admin->execute(create);
        if (r)
            return;
        if (attempt == 20)
            throw std::runtime_error(r.error().describe());
        usleep(200 * 1000);
    }
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "strata-it.XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

Workspace workspaceFor(const std::string& database, const std::string& schema,
                       const std::string& table) {
    auto conn = connect(database);
    std::string typeName = postgres::typeNameFor(schema, table);
    auto rel = postgres::introspectRelation(*conn, schema, table, {typeName, {1, 0, 0}});
    if (!rel)
        throw std::runtime_error(rel.error().describe());
    Workspace ws;
    ws.name = "it";
    TypeDef type;
    type.name = typeName;
    type.policy = CompatPolicy::None;
    type.versions.push_back(rel->version);
    ws.types.push_back(type);
    ws.stores.push_back({"t", StoreKind::Postgres, schema + "." + postgres::quoteIdent(table),
                         rel->version.id, "pg"});
    ws.profiles.push_back(profile(database));
    return ws;
}

TypeVersion& addVersion(Workspace& ws, const std::string& type, const std::string& from,
                        const std::string& version) {
    TypeDef* t = ws.findType(type);
    const TypeVersion* base = t->find(*SemVer::parse(from));
    TypeVersion copy = *base;
    copy.id.version = *SemVer::parse(version);
    t->versions.push_back(copy);
    return t->versions.back();
}

Workspace widenedQuantityWorkspace(const std::string& database) {
    Workspace ws = workspaceFor(database, "public", "invoice_line");
    TypeVersion& v2 = addVersion(ws, "invoice_line", "1.0.0", "2.0.0");
    for (Field& f : v2.schema.fields)
        if (f.name == "quantity") {
            f.type = DataType::primitive(TypeKind::Int64);
            f.doc = "pg.type: bigint";
        }
    return ws;
}

Child::Child(const std::vector<std::string>& args) {
    static std::mt19937 names(std::random_device{}());
    std::string stem =
        (std::filesystem::temp_directory_path() / ("strata-child-" + std::to_string(names())))
            .string();
    m_out = stem + ".out";
    m_err = stem + ".err";
    m_pid = fork();
    if (m_pid == 0) {
        int out = open(m_out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err = open(m_err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(out, 1);
        dup2(err, 2);
        std::vector<char*> argv;
        std::string exe = STRATA_STRATACTL;
        argv.push_back(exe.data());
        std::vector<std::string> copy = args;
        for (std::string& a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(exe.c_str(), argv.data());
        _exit(127);
    }
}

Child::~Child() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
    std::error_code ec;
    std::filesystem::remove(m_out, ec);
    std::filesystem::remove(m_err, ec);
}

void Child::kill() {
    signal(SIGKILL);
}

void Child::signal(int sig) {
    if (m_pid > 0)
        ::kill(m_pid, sig);
}

ChildResult Child::wait() {
    ChildResult r;
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = -1;
    if (WIFEXITED(status))
        r.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        r.signal = WTERMSIG(status);
    auto slurp = [](const std::filesystem::path& p) {
        std::ifstream in(p);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    };
    r.out = slurp(m_out);
    r.err = slurp(m_err);
    return r;
}

ChildResult stratactl(const std::vector<std::string>& args) {
    Child child(args);
    return child.wait();
}

} // namespace strata::pgtest
