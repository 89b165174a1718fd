// bench_postgres: the three ways to move a table from version 1 to version 2, side by side in
// one run on a generated table — the server-side copy (INSERT ... SELECT per batch), the
// client-side copy (COPY out, column kernels, COPY in) and row-by-row INSERTs on a sample,
// extrapolated. Each stratactl run is a child process; its peak RSS comes from wait4().
//
//   bench_postgres STATE_FILE [--rows N] [--sample N] [--batch-rows N]

#include "copy_text.h"
#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/plan.h"
#include "strata/convert/conversion_path.h"
#include "strata/model/workspace_io.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace strata;
using namespace strata::postgres;
using Clock = std::chrono::steady_clock;

struct Options {
    std::string state;
    long long rows = 5'000'000;
    long long sample = 20'000;
    long long batchRows = 50'000;
};

struct Figures {
    std::string path;
    long long rows = 0;
    double seconds = 0;
    long long peakKiB = 0; // -1 for in-process runs
    double rate() const { return seconds > 0 ? double(rows) / seconds : 0; }
};

ConnectionProfile profileFor(const std::string& state, const std::string& db) {
    std::ifstream in(state);
    std::string line, port, user, password;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        if (key == "STRATA_PG_PORT")
            port = value;
        if (key == "STRATA_PG_USER")
            user = value;
        if (key == "STRATA_PG_PASSWORD_FILE")
            password = value;
    }
    return {"pg", StoreKind::Postgres, "host=127.0.0.1 port=" + port + " dbname=" + db, "disable",
            user, "file:" + password};
}

void check(const Status& s, const char* what) {
    if (!s) {
        std::cerr << "bench_postgres: " << what << ": " << s.error().describe() << "\n";
        std::exit(1);
    }
}

std::unique_ptr<Connection> open(const Options& o, const std::string& db) {
    auto c = Connection::open(profileFor(o.state, db));
    if (!c)
        check(c.error(), "connect");
    return std::move(*c);
}

void cloneDatabase(Connection& admin, const std::string& db) {
    check(admin.execute("DROP DATABASE IF EXISTS " + quoteIdent(db)), "drop database");
    check(admin.execute("CREATE DATABASE " + quoteIdent(db) + " TEMPLATE bench_src"), "clone");
}

// orders-v1 (introspected) → v2 by an explicit converter that changes values: note renamed to
// comment and its nulls filled with a default, qty promoted to int64, status remapped to
// another enum (new → created), currency added with a default.
Workspace benchWorkspace(const Options& o) {
    auto conn = open(o, "bench_src");
    auto rel = introspectRelation(*conn, "public", "orders", {"orders", {1, 0, 0}});
    if (!rel)
        check(rel.error(), "introspect");
    Workspace ws;
    ws.name = "bench";
    TypeDef type{"orders", CompatPolicy::None, "", {rel->version}};
    TypeVersion v2 = rel->version;
    v2.id.version = {2, 0, 0};
    for (Field& f : v2.schema.fields) {
        if (f.name == "note")
            f.name = "comment";
        if (f.name == "status") {
            f.type.name = "order_status2";
            f.type.symbols = {"created", "paid", "shipped"};
            f.doc = "pg.type: order_status2";
        }
        if (f.name == "qty") {
            f.type = DataType::primitive(TypeKind::Int64);
            f.doc = "pg.type: bigint";
        }
    }
    v2.schema.fields.push_back({"currency",
                                DataType::primitive(TypeKind::String),
                                false,
                                Json("EUR"),
                                {},
                                "pg.type: text"});
    type.versions.push_back(v2);
    Converter c;
    c.from = rel->version.id;
    c.to = v2.id;
    c.steps.push_back({StepKind::Rename, "note", "comment"});
    c.steps.push_back({StepKind::DefaultIfNull, "comment", "", std::nullopt, Json("none")});
    c.steps.push_back({StepKind::Cast, "qty", "", DataType::primitive(TypeKind::Int64)});
    ConverterStep remap{StepKind::MapEnum, "status"};
    remap.symbolMap = {{"new", "created"}};
    c.steps.push_back(remap);
    c.steps.push_back({StepKind::AddWithDefault, "currency", "", std::nullopt, Json("EUR")});
    ws.converters.push_back(c);
    ws.types.push_back(type);
    ws.stores.push_back({"t", StoreKind::Postgres, "public.orders", rel->version.id, "pg"});
    ws.profiles.push_back(profileFor(o.state, "bench_src"));
    return ws;
}

Figures runStratactl(const Options& o, Connection& admin, Workspace ws, const std::string& name,
                     const std::vector<std::string>& extra) {
    std::string db = "bench_" + name;
    cloneDatabase(admin, db);
    ws.profiles[0] = profileFor(o.state, db);
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("bench-" + name + ".json");
    check(saveWorkspace(ws, path), "save workspace");

    std::vector<std::string> args = {
        STRATA_STRATACTL, "migrate", path.string(),  "t",
        "orders-v2.0.0",  "--copy",  "--batch-rows", std::to_string(o.batchRows)};
    args.insert(args.end(), extra.begin(), extra.end());
    auto start = Clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        for (std::string& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "bench_postgres: stratactl " << name << " failed\n";
        std::exit(1);
    }
    std::filesystem::remove(path);
    return {name, o.rows, seconds, usage.ru_maxrss};
}

// One INSERT per row, autocommit, values bound as parameters, converted by the reference
// converter: the baseline the bulk paths are compared with.
Figures runRowByRow(const Options& o, Connection& admin, const Workspace& ws) {
    cloneDatabase(admin, "bench_rows");
    auto conn = open(o, "bench_rows");
    auto plan = planMigration(*conn, ws, ws.stores[0], {"orders", {2, 0, 0}}, {true, false, false});
    if (!plan)
        check(plan.error(), "plan");
    for (const PlanStep& s : plan->steps)
        if (s.phase == Phase::Expand)
            check(conn->execute(s.sql, s.params), "expand");
    const TypeVersion& a = ws.types[0].versions[0];
    const TypeVersion& b = ws.types[0].versions[1];
    auto source =
        conn->query("SELECT id, customer, amount, qty, note, status FROM orders ORDER BY id "
                    "LIMIT $1",
                    {std::to_string(o.sample)});
    if (!source)
        check(source.error(), "read sample");
    std::string insert = "INSERT INTO " + qualified("public", plan->newTable) + " VALUES (";
    for (size_t i = 0; i < b.schema.fields.size(); ++i)
        insert += (i ? ", $" : "$") + std::to_string(i + 1);
    insert += ")";

    auto start = Clock::now();
    for (int r = 0; r < source->rows(); ++r) {
        Json record = Json::object();
        for (size_t c = 0; c < a.schema.fields.size(); ++c) {
            const Field& f = a.schema.fields[c];
            record[f.name] = source->isNull(r, int(c))
                                 ? Json()
                                 : *detail::copyValueToJson(source->get(r, int(c)), f.type);
        }
        auto converted = convertRecord(ws, plan->path, record);
        if (!converted)
            check(converted.error(), "convert");
        Params params;
        for (const Field& f : b.schema.fields) {
            const Json& v = (*converted)[f.name];
            params.push_back(v.is_null() ? Param()
                                         : Param(v.is_string() ? v.get<std::string>() : v.dump()));
        }
        check(conn->execute(insert, params), "insert");
    }
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return {"row-by-row (sample)", source->rows(), seconds, -1};
}

void print(const Figures& f, long long totalRows) {
    double mib = f.peakKiB < 0 ? -1 : double(f.peakKiB) / 1024.0;
    std::printf("%-22s %10lld rows %9.2f s %12.0f rows/s", f.path.c_str(), f.rows, f.seconds,
                f.rate());
    if (mib >= 0)
        std::printf("   peak RSS %7.1f MiB", mib);
    else
        std::printf("   (extrapolated to %lld rows: %.0f s)", totalRows,
                    double(totalRows) / f.rate());
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    if (argc < 2) {
        std::cerr << "usage: bench_postgres STATE_FILE [--rows N] [--sample N] [--batch-rows N]\n";
        return 2;
    }
    o.state = argv[1];
    for (int i = 2; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        long long v = std::atoll(argv[i + 1]);
        if (k == "--rows")
            o.rows = v;
        else if (k == "--sample")
            o.sample = v;
        else if (k == "--batch-rows")
            o.batchRows = v;
    }
    auto admin = open(o, "postgres");
    check(admin->execute("DROP DATABASE IF EXISTS bench_src"), "drop");
    check(admin->execute("CREATE DATABASE bench_src"), "create");
    {
        auto src = open(o, "bench_src");
        auto start = Clock::now();
        check(src->execute("CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped'); "
                           "CREATE TYPE order_status2 AS ENUM ('created', 'paid', 'shipped')"),
              "create enums");
        check(src->execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer integer NOT NULL, "
                           "amount numeric(12,2) NOT NULL, qty integer NOT NULL, note text, "
                           "status order_status NOT NULL)"),
              "create table");
        check(src->execute("INSERT INTO orders SELECT g, g % 100000, (g % 100000) / 100.0, g % 50, "
                           "CASE WHEN g % 10 = 0 THEN NULL ELSE 'order ' || g END, "
                           "CAST((ARRAY['new', 'paid', 'shipped'])[1 + g % 3] AS order_status) "
                           "FROM generate_series(1, CAST($1 AS bigint)) AS g",
                           {std::to_string(o.rows)}),
              "generate rows");
        check(src->execute("VACUUM ANALYZE orders"), "analyze");
        std::printf("generated %lld rows in %.1f s\n", o.rows,
                    std::chrono::duration<double>(Clock::now() - start).count());
    }
    Workspace ws = benchWorkspace(o);
    Figures server = runStratactl(o, *admin, ws, "server", {});
    Figures client = runStratactl(o, *admin, ws, "client", {"--client-side"});
    Figures rows = runRowByRow(o, *admin, ws);

    std::printf("\nmigrating orders-v1.0.0 -> orders-v2.0.0, batches of %lld rows\n", o.batchRows);
    print(server, o.rows);
    print(client, o.rows);
    print(rows, o.rows);
    double half = client.rate() / server.rate();
    double vsRows = client.rate() / rows.rate();
    std::printf("\nclient-side / server-side rate: %.2f (target >= 0.50: %s)\n", half,
                half >= 0.5 ? "met" : "NOT met");
    std::printf("client-side / row-by-row rate: %.1fx (target >= 50x: %s)\n", vsRows,
                vsRows >= 50 ? "met" : "NOT met");
    long long peak = std::max(server.peakKiB, client.peakKiB);
    std::printf("peak RSS of the migrating process: %.1f MiB (target < 256 MiB: %s)\n",
                double(peak) / 1024.0, peak < 256 * 1024 ? "met" : "NOT met");
    // both paths must have written the same rows
    std::string digests[2];
    for (int i = 0; i < 2; ++i) {
        auto conn = open(o, i ? "bench_client" : "bench_server");
        auto r = conn->query("SELECT count(*) || ':' || coalesce(sum(hashtextextended(CAST(t.* "
                             "AS text), 0)), 0) FROM orders AS t");
        if (!r)
            check(r.error(), "digest");
        digests[i] = r->get(0, 0);
    }
    std::printf("server-side and client-side tables: %s (%s)\n",
                digests[0] == digests[1] ? "identical" : "DIFFERENT", digests[0].c_str());
    for (const char* db : {"bench_server", "bench_client", "bench_rows", "bench_src"})
        (void)admin->execute(std::string("DROP DATABASE IF EXISTS ") + db);
    return 0;
}
