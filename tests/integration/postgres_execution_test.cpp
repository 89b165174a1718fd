// Copy execution against the real server: the client-side column kernels against the
// server-side SQL on the same edge-case table, what the copy carries over to the new table
// (Chinook's track: indexes, checks, triggers, inbound foreign keys), and audit entries of a
// run killed with SIGKILL.

#include "pg_test_support.h"
#include "strata/connectors/postgres/migrate.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace strata::pgtest {
namespace {

using namespace strata::postgres;
using namespace std::chrono_literals;

Field& fieldOf(TypeVersion& v, const std::string& name) {
    for (Field& f : v.schema.fields)
        if (f.name == name)
            return f;
    throw std::runtime_error("no field " + name);
}

std::filesystem::path save(const Workspace& ws, const TempDir& dir) {
    auto path = dir.path() / "ws.json";
    if (Status s = saveWorkspace(ws, path); !s)
        throw std::runtime_error(s.error().describe());
    return path;
}

constexpr const char* kEdgeTable = R"SQL(
CREATE TYPE status AS ENUM ('new', 'paid', 'shipped');
CREATE TYPE status2 AS ENUM ('created', 'paid', 'shipped');
CREATE TABLE edge (id bigint PRIMARY KEY, qty integer, weight real, note text, status status,
                   price numeric(10,2), flag boolean);
INSERT INTO edge VALUES
 (1, 2147483647, 0.1, E'tab\there\nnew line \\ back', 'new', 12345678.90, true),
 (2, NULL, NULL, NULL, NULL, NULL, NULL),
 (3, -2147483648, 3.4028235e38, 'non-ASCII: 中文 😀 é', 'paid', -0.01, false),
 (4, 0, -1.5, '', 'shipped', 0, true),
 (5, 7, 1.17549435e-38, E'quote '' and "double" and \\N', 'new', 99999999.99, NULL),
 (6, 1, 'Infinity', 'inf', 'new', 1, true),
 (7, 2, '-Infinity', '-inf', 'new', 2, true),
 (8, 3, 'NaN', 'nan', 'new', 3, true),
 (9, 4, '-0', 'minus zero', 'new', 4, true))SQL";

// edge v1 → v2: qty promoted to int64 with nulls filled, weight promoted to float64, note
// renamed to comment with nulls filled, status remapped to status2, currency added.
Workspace edgeWorkspace(const std::string& db) {
    Workspace ws = workspaceFor(db, "public", "edge");
    TypeVersion& v2 = addVersion(ws, "edge", "1.0.0", "2.0.0");
    fieldOf(v2, "qty").type = DataType::primitive(TypeKind::Int64);
    fieldOf(v2, "qty").doc = "pg.type: bigint";
    fieldOf(v2, "weight").type = DataType::primitive(TypeKind::Float64);
    fieldOf(v2, "weight").doc = "pg.type: double precision";
    fieldOf(v2, "note").name = "comment";
    fieldOf(v2, "status").type.symbols = {"created", "paid", "shipped"};
    fieldOf(v2, "status").type.name = "status2";
    fieldOf(v2, "status").doc = "pg.type: status2";
    v2.schema.fields.push_back({"currency",
                                DataType::primitive(TypeKind::String),
                                false,
                                Json("EUR"),
                                {},
                                "pg.type: text"});
    Converter c;
    c.from = ws.types[0].versions[0].id;
    c.to = v2.id;
    c.steps.push_back({StepKind::Cast, "qty", "", DataType::primitive(TypeKind::Int64)});
    c.steps.push_back({StepKind::DefaultIfNull, "qty", "", std::nullopt, Json(-1)});
    c.steps.push_back({StepKind::Cast, "weight", "", DataType::primitive(TypeKind::Float64)});
    c.steps.push_back({StepKind::Rename, "note", "comment"});
    c.steps.push_back({StepKind::DefaultIfNull, "comment", "", std::nullopt, Json("(none)")});
    ConverterStep remap{StepKind::MapEnum, "status"};
    remap.symbolMap = {{"new", "created"}};
    c.steps.push_back(remap);
    c.steps.push_back({StepKind::AddWithDefault, "currency", "", std::nullopt, Json("EUR")});
    ws.converters.push_back(c);
    return ws;
}

std::string tableText(const std::string& db, const std::string& table) {
    auto conn = connect(db);
    return scalar(*conn,
                  "SELECT string_agg(CAST(t AS text), E'\\n' ORDER BY id) FROM " + table + " AS t");
}

TEST(PostgresExecution, ClientSideKernelsWriteTheRowsTheServerSideWrites) {
    freshDatabase("edge_src");
    {
        auto conn = connect("edge_src");
        ASSERT_TRUE(conn->execute(kEdgeTable).ok());
    }
    freshDatabase("edge_server", "edge_src");
    freshDatabase("edge_client", "edge_src");
    std::string results[2];
    for (int client = 0; client < 2; ++client) {
        std::string db = client ? "edge_client" : "edge_server";
        TempDir dir;
        auto path = save(edgeWorkspace(db), dir);
        std::vector<std::string> args = {"migrate", path.string(),  "t", "edge-v2.0.0",
                                         "--copy",  "--batch-rows", "2"};
        if (client)
            args.push_back("--client-side");
        ChildResult run = stratactl(args);
        ASSERT_EQ(run.exitCode, 0) << run.err;
        results[client] = tableText(db, "edge");
        EXPECT_EQ(stratactl({"verify", path.string(), "t"}).exitCode, 0) << db;
    }
    EXPECT_EQ(results[1], results[0]);
    EXPECT_EQ(results[0],
              "(1,2147483647,0.10000000149011612,\"tab\there\nnew line \\\\ back\",created,"
              "12345678.90,t,EUR)\n"
              "(2,-1,,\"(none)\",,,,EUR)\n"
              "(3,-2147483648,3.4028234663852886e+38,\"non-ASCII: 中文 😀 é\",paid,-0.01,f,EUR)\n"
              "(4,0,-1.5,\"\",shipped,0.00,t,EUR)\n"
              "(5,7,1.1754943508222875e-38,\"quote ' and \"\"double\"\" and \\\\N\",created,"
              "99999999.99,,EUR)\n"
              "(6,1,Infinity,inf,created,1.00,t,EUR)\n"
              "(7,2,-Infinity,-inf,created,2.00,t,EUR)\n"
              "(8,3,NaN,nan,created,3.00,t,EUR)\n"
              "(9,4,-0,\"minus zero\",created,4.00,t,EUR)");
}

TEST(PostgresExecution, ClientSideNarrowingFailsNamingTheRowKey) {
    freshDatabase("narrow_it");
    {
        auto conn = connect("narrow_it");
        ASSERT_TRUE(conn->execute("CREATE TABLE nums (id integer PRIMARY KEY, n bigint); "
                                  "INSERT INTO nums VALUES (1, 5), (2, 3000000000), (3, 7)")
                        .ok());
    }
    Workspace ws = workspaceFor("narrow_it", "public", "nums");
    TypeVersion& v2 = addVersion(ws, "nums", "1.0.0", "2.0.0");
    fieldOf(v2, "n").type = DataType::primitive(TypeKind::Int32);
    fieldOf(v2, "n").doc = "pg.type: integer";
    Converter c;
    c.from = ws.types[0].versions[0].id;
    c.to = v2.id;
    c.steps.push_back({StepKind::Cast, "n", "", DataType::primitive(TypeKind::Int32)});
    ws.converters.push_back(c);
    TempDir dir;
    auto path = save(ws, dir);
    ChildResult run =
        stratactl({"migrate", path.string(), "t", "nums-v2.0.0", "--copy", "--client-side"});
    EXPECT_EQ(run.exitCode, 1) << run.out;
    EXPECT_NE(run.err.find("row with key (id)=(2): value 3000000000 of n is outside int32 range"),
              std::string::npos)
        << run.err;
}

// track v1 → v2: album_id renamed to album (by alias), so the copy must rewrite the index, the
// check expression (its constraint's column list is edited, its text is not) and the trigger
// that name it.
Workspace trackWorkspace(const std::string& db) {
    Workspace ws = workspaceFor(db, "public", "track");
    TypeVersion& v2 = addVersion(ws, "track", "1.0.0", "2.0.0");
    fieldOf(v2, "album_id").aliases = {"album_id"};
    fieldOf(v2, "album_id").name = "album";
    for (Constraint& c : v2.schema.constraints)
        std::replace(c.columns.begin(), c.columns.end(), std::string("album_id"),
                     std::string("album"));
    return ws;
}

constexpr const char* kTrackExtras = R"SQL(
ALTER TABLE track ADD CONSTRAINT track_album_positive CHECK (album_id > 0);
CREATE FUNCTION touch_track() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER track_touch BEFORE UPDATE OF album_id ON track
    FOR EACH ROW EXECUTE FUNCTION touch_track())SQL";

std::string rows(Connection& conn, const std::string& sql) {
    return scalar(conn, "SELECT string_agg(x, E'\\n' ORDER BY x) FROM (" + sql + ") AS q(x)");
}

TEST(PostgresExecution, CopyCarriesIndexesChecksTriggersAndInboundKeysToTheNewTrack) {
    freshDatabase("track_src", "chinook_template");
    {
        auto conn = connect("track_src");
        ASSERT_TRUE(conn->execute(kTrackExtras).ok());
    }
    freshDatabase("track_switch", "track_src");
    freshDatabase("track_contract", "track_src");
    TempDir dir;
    auto path = save(trackWorkspace("track_switch"), dir);
    ChildResult run = stratactl({"migrate", path.string(), "t", "track-v2.0.0", "--copy"});
    ASSERT_EQ(run.exitCode, 0) << run.err;

    auto conn = connect("track_switch");
    const std::string indexes =
        "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND "
        "tablename IN ('track', 'track__v1_0_0')";
    EXPECT_EQ(rows(*conn, indexes),
              "track_album_id_idx: CREATE INDEX track_album_id_idx ON public.track USING btree "
              "(album)\n"
              "track_album_id_idx__v1_0_0: CREATE INDEX track_album_id_idx__v1_0_0 ON "
              "public.track__v1_0_0 USING btree (album_id)\n"
              "track_genre_id_idx: CREATE INDEX track_genre_id_idx ON public.track USING btree "
              "(genre_id)\n"
              "track_genre_id_idx__v1_0_0: CREATE INDEX track_genre_id_idx__v1_0_0 ON "
              "public.track__v1_0_0 USING btree (genre_id)\n"
              "track_media_type_id_idx: CREATE INDEX track_media_type_id_idx ON public.track "
              "USING btree (media_type_id)\n"
              "track_media_type_id_idx__v1_0_0: CREATE INDEX track_media_type_id_idx__v1_0_0 ON "
              "public.track__v1_0_0 USING btree (media_type_id)\n"
              "track_pkey: CREATE UNIQUE INDEX track_pkey ON public.track USING btree (track_id)\n"
              "track_pkey__v1_0_0: CREATE UNIQUE INDEX track_pkey__v1_0_0 ON public.track__v1_0_0 "
              "USING btree (track_id)");
    const std::string checks =
        "SELECT CAST(conrelid AS regclass) || ' ' || conname || ': ' || pg_get_constraintdef(oid) "
        "FROM pg_constraint WHERE contype IN ('c', 'u') AND conrelid IN "
        "(CAST('track' AS regclass), CAST('track__v1_0_0' AS regclass))";
    EXPECT_EQ(rows(*conn, checks),
              "track track_album_positive: CHECK ((album > 0))\n"
              "track__v1_0_0 track_album_positive__v1_0_0: CHECK ((album_id > 0))");
    const std::string triggers =
        "SELECT CAST(tgrelid AS regclass) || ': ' || pg_get_triggerdef(oid) FROM pg_trigger "
        "WHERE NOT tgisinternal";
    EXPECT_EQ(rows(*conn, triggers),
              "track: CREATE TRIGGER track_touch BEFORE UPDATE OF album ON public.track FOR EACH "
              "ROW EXECUTE FUNCTION touch_track()\n"
              "track__v1_0_0: CREATE TRIGGER track_touch BEFORE UPDATE OF album_id ON "
              "public.track__v1_0_0 FOR EACH ROW EXECUTE FUNCTION touch_track()");
    const std::string inbound =
        "SELECT CAST(conrelid AS regclass) || ' ' || conname || ' -> ' || "
        "CAST(confrelid AS regclass) FROM pg_constraint WHERE contype = 'f' AND confrelid IN "
        "(to_regclass('track'), to_regclass('track__v1_0_0'))";
    EXPECT_EQ(rows(*conn, inbound), "invoice_line invoice_line_track_id_fkey -> track\n"
                                    "playlist_track playlist_track_track_id_fkey -> track");
    EXPECT_EQ(scalar(*conn, "SELECT count(*) || ' ' || sum(album_id) FROM track_v1_0_0"),
              scalar(*conn, "SELECT count(*) || ' ' || sum(album) FROM track_v2_0_0"));

    auto contracted = save(trackWorkspace("track_contract"), dir);
    ChildResult all = stratactl({"migrate", contracted.string(), "t", "track-v2.0.0", "--copy",
                                 "--contract", "--confirm-destructive"});
    ASSERT_EQ(all.exitCode, 0) << all.err;
    auto after = connect("track_contract");
    EXPECT_EQ(scalar(*after, "SELECT count(*) FROM pg_class WHERE relname IN ('track__v1_0_0', "
                             "'track_v1_0_0', 'track_album_id_idx__v1_0_0')"),
              "0");
    EXPECT_EQ(rows(*after, inbound), "invoice_line invoice_line_track_id_fkey -> track\n"
                                     "playlist_track playlist_track_track_id_fkey -> track");
    EXPECT_EQ(rows(*after, triggers), "track: CREATE TRIGGER track_touch BEFORE UPDATE OF album ON "
                                      "public.track FOR EACH ROW EXECUTE FUNCTION touch_track()");
    EXPECT_EQ(scalar(*after, "SELECT count(*) FROM track_v2_0_0"), "3503");
}

TEST(PostgresExecution, AKilledRunIsMarkedInterruptedAndItsResumeCompletes) {
    freshDatabase("audit_kill", "chinook_template");
    Workspace ws = workspaceFor("audit_kill", "public", "invoice_line");
    TypeVersion& v2 = addVersion(ws, "invoice_line", "1.0.0", "2.0.0");
    fieldOf(v2, "quantity").type = DataType::primitive(TypeKind::Int64);
    fieldOf(v2, "quantity").doc = "pg.type: bigint";
    TempDir dir;
    auto path = save(ws, dir);
    auto conn = connect("audit_kill");
    Child child({"migrate", path.string(), "t", "invoice_line-v2.0.0", "--copy", "--batch-rows",
                 "50", "--throttle-ms", "40", "--by", "killed-run"});
    for (int i = 0; i < 300; ++i) {
        auto r = conn->query("SELECT rows_copied FROM strata.migration_checkpoint");
        if (r && r->rows() == 1 && std::stoll(r->get(0, 0)) >= 100)
            break;
        std::this_thread::sleep_for(20ms);
    }
    auto live = readAudit(*conn);
    ASSERT_TRUE(live.ok()) << live.error().describe();
    ASSERT_EQ(live->size(), 1u);
    EXPECT_EQ((*live)[0].outcome, "running") << "a live run is not interrupted";
    child.kill();
    EXPECT_EQ(child.wait().signal, SIGKILL);
    for (int i = 0; i < 250; ++i) {
        if (scalar(*conn, "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                          "'strata' AND pid <> pg_backend_pid()") == "0")
            break;
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_EQ(scalar(*conn, "SELECT outcome || ' ' || (detected_at IS NULL) FROM "
                            "strata.migration_audit"),
              "running true");

    ChildResult audit = stratactl({"audit", path.string(), "t", "--json"});
    ASSERT_EQ(audit.exitCode, 0) << audit.err;
    Json entries = Json::parse(audit.out);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["outcome"], "interrupted");
    EXPECT_EQ(entries[0]["action"], "migrate");
    EXPECT_EQ(entries[0]["actor"], "killed-run");
    EXPECT_EQ(entries[0]["finished_at"], "");
    EXPECT_EQ(entries[0]["detected_at"].get<std::string>().size(), 20u);

    ChildResult resumed = stratactl({"migrate", path.string(), "t", "invoice_line-v2.0.0", "--copy",
                                     "--resume", "--by", "resumer"});
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err;
    auto after = readAudit(*conn);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 2u);
    EXPECT_EQ((*after)[0].action, "resume");
    EXPECT_EQ((*after)[0].actor, "resumer");
    EXPECT_EQ((*after)[0].outcome, "Completed");
    EXPECT_EQ((*after)[0].rows, 2240);
    EXPECT_EQ((*after)[0].detectedAt, "");
    EXPECT_EQ((*after)[1].outcome, "interrupted");
    EXPECT_EQ((*after)[1].detectedAt, entries[0]["detected_at"]);
}

} // namespace
} // namespace strata::pgtest
