// Introspection of the Pagila and Chinook samples, drift, the node inventory and secrets.

#include "pg_test_support.h"
#include "strata/cluster/rollout.h"
#include "strata/compat/registry.h"
#include "strata/connectors/postgres/drift.h"
#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/inventory.h"
#include "strata/connectors/postgres/plan.h"

#include <fstream>
#include <sys/stat.h>

namespace strata::pgtest {
namespace {

using namespace strata::postgres;

const IntrospectedRelation& relation(const std::vector<IntrospectedRelation>& all,
                                     const std::string& name) {
    for (const IntrospectedRelation& r : all)
        if (r.name == name)
            return r;
    throw std::runtime_error("no relation " + name);
}

std::vector<std::string> fieldNames(const TypeVersion& v) {
    std::vector<std::string> out;
    for (const Field& f : v.schema.fields)
        out.push_back(f.name);
    return out;
}

TEST(PostgresImport, PagilaImportsCleanly) {
    auto conn = connect("pagila");
    auto all = introspect(*conn);
    ASSERT_TRUE(all.ok()) << all.error().describe();
    EXPECT_EQ(all->size(), 23u); // 14 tables, the partitioned payment, 7 views, 1 materialized view
    for (const IntrospectedRelation& r : *all)
        EXPECT_EQ(r.name.find("payment_p"), std::string::npos)
            << "partition " << r.name << " imported";

    const TypeVersion& film = relation(*all, "film").version;
    EXPECT_EQ(film.id.toString(), "film-v1.0.0");
    EXPECT_EQ(fieldNames(film),
              (std::vector<std::string>{"film_id", "title", "description", "release_year",
                                        "language_id", "original_language_id", "rental_duration",
                                        "rental_rate", "length", "replacement_cost", "rating",
                                        "last_update", "special_features", "fulltext"}));
    const Field* rating = film.schema.findField("rating");
    EXPECT_EQ(rating->type.kind, TypeKind::Enum);
    EXPECT_EQ(rating->type.symbols, (std::vector<std::string>{"G", "PG", "PG-13", "R", "NC-17"}));
    EXPECT_EQ(*rating->defaultValue, Json("G"));
    EXPECT_EQ(film.schema.findField("special_features")->type.describe(), "array<string>");
    EXPECT_EQ(film.schema.findField("rental_rate")->type.describe(), "decimal(4,2)");
    EXPECT_EQ(*film.schema.findField("rental_rate")->defaultValue, Json("4.99"));
    EXPECT_EQ(*film.schema.findField("rental_duration")->defaultValue, Json(3));
    const Field* year = film.schema.findField("release_year");
    EXPECT_EQ(year->type.kind, TypeKind::Int32);
    EXPECT_EQ(docNote(*year, "pg.domain"), "year");
    EXPECT_EQ(columnType(*year), "year");
    const Field* id = film.schema.findField("film_id");
    EXPECT_FALSE(id->hasDefault()) << "a sequence default is a server default, not a JSON default";
    EXPECT_EQ(docNote(*id, "pg.default"), "nextval('film_film_id_seq'::regclass)");
    EXPECT_EQ(docNote(*film.schema.findField("fulltext"), "pg.type"), "tsvector");

    const IntrospectedRelation& payment = relation(*all, "payment");
    EXPECT_EQ(payment.kind, RelationKind::PartitionedTable);
    EXPECT_EQ(fieldNames(payment.version),
              (std::vector<std::string>{"payment_id", "customer_id", "staff_id", "rental_id",
                                        "amount", "payment_date"}));
    EXPECT_EQ(relation(*all, "actor_info").kind, RelationKind::View);
    EXPECT_EQ(relation(*all, "rental_by_category").kind, RelationKind::MaterializedView);

    int fks = 0;
    for (const Constraint& c : relation(*all, "rental").version.schema.constraints)
        fks += c.kind == ConstraintKind::ForeignKey;
    EXPECT_EQ(fks, 3);
}

TEST(PostgresImport, ChinookImportsThroughStratactlIntoAValidWorkspace) {
    TempDir dir;
    Workspace ws;
    ws.name = "chinook";
    ws.profiles.push_back(profile("chinook", "chinook"));
    auto path = dir.path() / "ws.json";
    ASSERT_TRUE(saveWorkspace(ws, path).ok());

    ChildResult r =
        stratactl({"introspect", "postgres", path.string(), "--profile", "chinook", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    Json report = Json::parse(r.out);
    EXPECT_EQ(report["added"], 11);

    auto loaded = loadWorkspace(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_TRUE(validateWorkspace(*loaded).empty());
    EXPECT_EQ(loaded->stores.size(), 11u);
    const TypeVersion* line = loaded->findVersion(*TypeVersionId::parse("invoice_line-v1.0.0"));
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(fieldNames(*line), (std::vector<std::string>{"invoice_line_id", "invoice_id",
                                                           "track_id", "unit_price", "quantity"}));
    EXPECT_EQ(line->schema.findField("unit_price")->type.describe(), "decimal(10,2)");
    EXPECT_EQ(
        docNote(
            *loaded->findVersion(*TypeVersionId::parse("album-v1.0.0"))->schema.findField("title"),
            "pg.type"),
        "character varying(160)");
    EXPECT_EQ(line->schema.constraints.size(), 3u);
    EXPECT_EQ(line->schema.constraints[0].refType, "invoice");

    ChildResult again =
        stratactl({"introspect", "postgres", path.string(), "--profile", "chinook", "--json"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(Json::parse(again.out)["known"], 11)
        << "a second import finds every version unchanged";
}

TEST(PostgresDrift, AlteredTableIsReportedWithTheDiffVocabulary) {
    freshDatabase("drift_it", "chinook_template");
    Workspace ws = workspaceFor("drift_it", "public", "album");
    auto conn = connect("drift_it");

    auto none = detectDrift(*conn, ws, ws.stores[0]);
    ASSERT_TRUE(none.ok()) << none.error().describe();
    EXPECT_TRUE(none->changes.empty());

    scalar(*conn, "ALTER TABLE album ALTER COLUMN title TYPE varchar(200)");
    scalar(*conn, "ALTER TABLE album ADD COLUMN label text");
    auto drift = detectDrift(*conn, ws, ws.stores[0]);
    ASSERT_TRUE(drift.ok()) << drift.error().describe();
    ASSERT_EQ(drift->changes.size(), 2u);
    EXPECT_EQ(drift->changes[0].kind, ChangeKind::FieldAdded);
    EXPECT_EQ(drift->changes[0].path, "label");
    EXPECT_EQ(drift->changes[1].kind, ChangeKind::TypeChanged);
    EXPECT_EQ(drift->changes[1].before, "character varying(160)");
    EXPECT_EQ(drift->changes[1].after, "character varying(200)");

    TempDir dir;
    ASSERT_TRUE(saveWorkspace(ws, dir.path() / "ws.json").ok());
    ChildResult r = stratactl({"drift", (dir.path() / "ws.json").string(), "t", "--json"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(Json::parse(r.out)["changes"].size(), 2u);
}

// A foreign key names a type; the table it points at is the one the store holding that type
// names. Drift and the copy plan must both follow the store, not take the type name for a table.
// After a rename by alias the version declares the old name; the table cannot show aliases, so
// that is no drift.
TEST(PostgresDrift, AliasesAreNotDrift) {
    freshDatabase("drift_alias", "chinook_template");
    Workspace ws = workspaceFor("drift_alias", "public", "album");
    auto conn = connect("drift_alias");
    ws.types[0].versions[0].schema.fields[1].aliases = {"name"};
    auto none = detectDrift(*conn, ws, ws.stores[0]);
    ASSERT_TRUE(none.ok()) << none.error().describe();
    EXPECT_TRUE(none->changes.empty()) << diffToJson(*none).dump();
}

TEST(PostgresDrift, ForeignKeysFollowTheStoreOfTheReferencedType) {
    freshDatabase("fk_types", "chinook_template");
    Workspace ws = workspaceFor("fk_types", "public", "invoice");
    auto conn = connect("fk_types");
    auto customer = introspectRelation(*conn, "public", "customer", {"ChinookCustomer", {1, 0, 0}});
    ASSERT_TRUE(customer.ok()) << customer.error().describe();
    TypeDef customers;
    customers.name = "ChinookCustomer";
    customers.versions.push_back(customer->version);
    ws.types.insert(ws.types.begin(), customers); // types stay sorted by name
    ws.stores.push_back(
        {"customers", StoreKind::Postgres, "public.customer", customer->version.id, "pg"});
    auto& constraints = ws.findType("invoice")->versions[0].schema.constraints;
    auto fk = std::find_if(constraints.begin(), constraints.end(), [](const Constraint& c) {
        return c.kind == ConstraintKind::ForeignKey;
    });
    ASSERT_NE(fk, constraints.end());
    ASSERT_EQ(fk->refType, "customer");
    fk->refType = "ChinookCustomer";

    EXPECT_EQ(referencedRelation(ws, "ChinookCustomer"), "customer");
    EXPECT_EQ(referencedRelation(ws, "artist"), "artist");
    auto drift = detectDrift(*conn, ws, ws.stores[0]);
    ASSERT_TRUE(drift.ok()) << drift.error().describe();
    EXPECT_TRUE(drift->changes.empty())
        << drift->changes.size() << " changes, first " << drift->changes[0].message;

    TypeVersion& next = addVersion(ws, "invoice", "1.0.0", "1.1.0");
    auto plan = planMigration(*conn, ws, ws.stores[0], next.id, {true, false, false});
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_NE(plan->steps.at(0).sql.find("FOREIGN KEY (\"customer_id\") REFERENCES "
                                         "\"public\".\"customer\" (\"customer_id\")"),
              std::string::npos)
        << plan->steps.at(0).sql;
}

TEST(PostgresInventory, NodesAnnounceRangesAndExpire) {
    freshDatabase("inventory_it");
    auto conn = connect("inventory_it");
    ASSERT_TRUE(ensureInventoryTable(*conn).ok());
    ClusterNode api{"api-1", NodeRole::Writer, true, {{"Order", {{1, 0, 0}, {1, 2, 0}}}}};
    ClusterNode billing{"billing-1", NodeRole::Reader, true, {{"Order", {{1, 1, 0}, {2, 0, 0}}}}};
    ClusterNode old{"batch-1", NodeRole::Reader, true, {{"Order", {{1, 0, 0}, {1, 0, 0}}}}};
    ASSERT_TRUE(announceNode(*conn, "prod", api).ok());
    ASSERT_TRUE(announceNode(*conn, "prod", billing).ok());
    ASSERT_TRUE(announceNode(*conn, "prod", old, 5).ok());
    scalar(*conn,
           "UPDATE strata.node_inventory SET announced_at = now() - interval '1 minute' WHERE node "
           "= $1",
           {"batch-1"});

    auto cluster = readInventory(*conn, "prod");
    ASSERT_TRUE(cluster.ok()) << cluster.error().describe();
    ASSERT_EQ(cluster->nodes.size(), 3u);
    EXPECT_EQ(cluster->nodes[0].name, "api-1");
    EXPECT_EQ(cluster->nodes[0].supports.at("Order"), (VersionRange{{1, 0, 0}, {1, 2, 0}}));
    EXPECT_EQ(cluster->nodes[1].name, "batch-1");
    EXPECT_FALSE(cluster->nodes[1].live);
    EXPECT_TRUE(cluster->nodes[2].live);
    EXPECT_EQ(cluster->nodes[2].role, NodeRole::Reader);

    Workspace ws;
    TypeDef order{"Order", CompatPolicy::Backward, "", {}};
    for (const char* v : {"1.0.0", "1.1.0", "1.2.0", "2.0.0"})
        order.versions.push_back({{"Order", *SemVer::parse(v)}, {}, ""});
    ws.types.push_back(order);
    FinalisedVersion f = finalisedVersion(ws, *cluster, "Order");
    EXPECT_EQ(f.version, (SemVer{1, 2, 0}))
        << "the expired node does not hold the version back: " << f.reason.text;

    EXPECT_EQ(readInventory(*conn, "nope").error().code, ErrorCode::NotFound);
}

TEST(PostgresProfile, SecretsComeFromReferencesAndStayOutOfErrors) {
    TempDir dir;
    auto loose = dir.path() / "loose";
    std::ofstream(loose) << "whatever\n";
    chmod(loose.c_str(), 0644);
    auto refused = resolveSecret("file:" + loose.string());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);

    std::ifstream in(cluster().passwordFile);
    std::string password;
    std::getline(in, password);
    setenv("STRATA_IT_PASSWORD", password.c_str(), 1);
    ConnectionProfile p = profile("postgres");
    p.secret = "env:STRATA_IT_PASSWORD";
    auto viaEnv = Connection::open(p);
    ASSERT_TRUE(viaEnv.ok()) << viaEnv.error().describe();
    EXPECT_EQ(scalar(**viaEnv, "SELECT current_user"), cluster().user);

    setenv("STRATA_IT_PASSWORD", "wrong-secret-value", 1);
    auto wrong = Connection::open(p);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().describe().find("wrong-secret-value"), std::string::npos);
    EXPECT_NE(wrong.error().describe().find("password authentication failed"), std::string::npos)
        << wrong.error().describe();

    p.endpoint += " password=inline";
    EXPECT_EQ(Connection::open(p).error().code, ErrorCode::Conflict);
    p = profile("postgres");
    p.secret = "keychain:pg";
    EXPECT_EQ(Connection::open(p).error().code, ErrorCode::Unsupported);
    setKeychainProvider([&password](std::string_view name) -> Result<std::string> {
        return name == "pg" ? Result<std::string>(password)
                            : makeError(ErrorCode::NotFound, "no entry");
    });
    EXPECT_TRUE(Connection::open(p).ok());
    setKeychainProvider({});
}

} // namespace
} // namespace strata::pgtest
