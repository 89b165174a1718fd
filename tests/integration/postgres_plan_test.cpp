// Plans against the real server, one test per field report (C18, C19, C21), plus the NOT NULL
// rule for non-empty tables.

#include "pg_test_support.h"
#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/migrate.h"

namespace strata::pgtest {
namespace {

using namespace strata::postgres;

std::vector<std::string> stepSql(const Plan& plan) {
    std::vector<std::string> out;
    for (const PlanStep& s : plan.steps)
        out.push_back(s.sql);
    return out;
}

bool anyContains(const std::vector<std::string>& sql, const std::string& part) {
    return std::any_of(sql.begin(), sql.end(),
                       [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

std::string rows(Connection& conn, const std::string& sql) {
    return scalar(conn, "SELECT string_agg(r::text, ';') FROM (" + sql + ") AS r");
}

ExecuteOptions runOptions() {
    ExecuteOptions o;
    o.actor = "it";
    return o;
}

TEST(PostgresPlan, C18_WideningIsAlterColumnTypeNeverDropAndAdd) {
    freshDatabase("c18_it");
    auto conn = connect("c18_it");
    scalar(*conn, "CREATE TABLE users (id integer PRIMARY KEY, name varchar(128) NOT NULL); "
                  "INSERT INTO users VALUES (1, 'Ann'), (2, 'Bo'), (3, 'Cy')");
    Workspace ws = workspaceFor("c18_it", "public", "users");
    TypeVersion& b = addVersion(ws, "users", "1.0.0", "2.0.0");
    b.schema.fields[0].type = DataType::primitive(TypeKind::Int64);
    b.schema.fields[0].doc = "pg.type: bigint";
    b.schema.fields[1].doc = "pg.type: character varying(129)";

    auto plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->strategy, Strategy::InPlace);
    std::vector<std::string> sql = stepSql(*plan);
    EXPECT_TRUE(anyContains(
        sql, "ALTER TABLE \"public\".\"users\" ALTER COLUMN \"name\" TYPE character varying(129)"));
    EXPECT_TRUE(
        anyContains(sql, "ALTER TABLE \"public\".\"users\" ALTER COLUMN \"id\" TYPE bigint"));
    EXPECT_FALSE(anyContains(sql, "DROP COLUMN"));
    EXPECT_FALSE(plan->needsConfirmation());

    auto out = executePlan(*conn, *plan, runOptions());
    ASSERT_TRUE(out.ok()) << out.error().describe();
    EXPECT_EQ(rows(*conn, "SELECT id, name FROM users ORDER BY id"), "(1,Ann);(2,Bo);(3,Cy)");
    EXPECT_EQ(scalar(*conn, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                            "WHERE attrelid = 'users'::regclass AND attname = 'name'"),
              "character varying(129)");
}

// s."a.b" and "s.a".b are two tables whose unquoted names read the same: the store written for
// one plans against that one, and an unquoted "s.a.b" is refused rather than read as either.
TEST(PostgresPlan, DottedNamesReachTheirOwnTableAndUnquotedOnesAreRefused) {
    freshDatabase("dotted_it");
    auto conn = connect("dotted_it");
    scalar(*conn,
           "CREATE SCHEMA s; CREATE TABLE s.\"a.b\" (id integer PRIMARY KEY, real_col text); "
           "CREATE SCHEMA \"s.a\"; CREATE TABLE \"s.a\".b (id integer PRIMARY KEY, "
           "decoy_col text)");
    Workspace ws = workspaceFor("dotted_it", "s", "a.b");
    EXPECT_EQ(ws.types[0].name, "s.\"a.b\"");
    ws.stores[0].object = postgres::objectName("s", "a.b");
    EXPECT_EQ(ws.stores[0].object, "s.\"a.b\"");
    TypeVersion& b = addVersion(ws, "s.\"a.b\"", "1.0.0", "1.1.0");
    b.schema.fields.push_back(
        {"extra", DataType::primitive(TypeKind::String), true, Json(nullptr)});
    auto plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->schema, "s");
    EXPECT_EQ(plan->table, "a.b");
    EXPECT_TRUE(anyContains(stepSql(*plan), "ALTER TABLE \"s\".\"a.b\" ADD COLUMN \"extra\""));
    EXPECT_FALSE(anyContains(stepSql(*plan), "\"s.a\""));

    ws.stores[0].object = "s.a.b";
    auto ambiguous = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().describe(),
              "s.a.b: store \"t\": object name is ambiguous: 3 parts; quote the schema or table "
              "that holds a dot, as in \"a.b\".c or a.\"b.c\"");
}

TEST(PostgresPlan, C19_AliasedRenameIsRenameColumnAndKeepsRows) {
    freshDatabase("c19_it");
    auto conn = connect("c19_it");
    scalar(*conn, "CREATE TABLE t1 (id integer PRIMARY KEY, col1 text NOT NULL); INSERT INTO t1 "
                  "VALUES (1, 'a'), (2, 'b')");
    Workspace ws = workspaceFor("c19_it", "public", "t1");
    TypeVersion& b = addVersion(ws, "t1", "1.0.0", "2.0.0");
    b.schema.fields[1].name = "new_col1";
    b.schema.fields[1].aliases = {"col1"};

    auto plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->steps[0].sql,
              "ALTER TABLE \"public\".\"t1\" RENAME COLUMN \"col1\" TO \"new_col1\"");
    EXPECT_FALSE(anyContains(stepSql(*plan), "DROP COLUMN"));
    EXPECT_FALSE(plan->needsConfirmation()) << "a rename is not destructive";
    ASSERT_EQ(plan->notes.size(), 1u);
    EXPECT_NE(plan->notes[0].find("backward-incompatible for readers still using col1"),
              std::string::npos);

    auto out = executePlan(*conn, *plan, runOptions());
    ASSERT_TRUE(out.ok()) << out.error().describe();
    EXPECT_EQ(rows(*conn, "SELECT id, new_col1 FROM t1 ORDER BY id"), "(1,a);(2,b)");
    EXPECT_EQ(rows(*conn, "SELECT id, col1 FROM t1_v1_0_0 ORDER BY id"), "(1,a);(2,b)")
        << "the old version stays readable through its view";
}

TEST(PostgresPlan, C19_RenameWithoutAliasIsDestructiveAndNeedsConfirmation) {
    freshDatabase("c19b_it");
    auto conn = connect("c19b_it");
    scalar(*conn, "CREATE TABLE t1 (id integer PRIMARY KEY, col1 text NOT NULL); INSERT INTO t1 "
                  "VALUES (1, 'a'), (2, 'b')");
    Workspace ws = workspaceFor("c19b_it", "public", "t1");
    TypeVersion& b = addVersion(ws, "t1", "1.0.0", "2.0.0");
    b.schema.fields[1].name = "new_col1";

    auto plan = planMigration(*conn, ws, ws.stores[0], b.id, {false, false, true});
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_TRUE(plan->needsConfirmation());
    EXPECT_NE(plan->destructive[0].find("column col1 is not in t1-v2.0.0"), std::string::npos);
    EXPECT_TRUE(anyContains(stepSql(*plan), "ALTER TABLE \"public\".\"t1\" DROP COLUMN \"col1\""));
    ASSERT_EQ(plan->blockers.size(), 1u)
        << "new_col1 is NOT NULL without a default on a non-empty table";
    EXPECT_EQ(plan->blockers[0].column, "new_col1");

    b.schema.fields[1].nullable = true; // remove the blocker: only the confirmation is left
    plan = planMigration(*conn, ws, ws.stores[0], b.id, {false, false, true});
    ASSERT_TRUE(plan.ok());
    EXPECT_FALSE(plan->blocked());
    auto refused = executePlan(*conn, *plan, runOptions());
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("needs explicit confirmation"), std::string::npos);
    EXPECT_EQ(scalar(*conn, "SELECT count(col1) FROM t1"), "2") << "nothing ran";
}

TEST(PostgresPlan, C21_ScaleRemovalIsUnconstrainedNumeric) {
    freshDatabase("c21a_it");
    auto conn = connect("c21a_it");
    scalar(*conn, "CREATE TABLE m (id integer PRIMARY KEY, amount numeric(100,2)); INSERT INTO m "
                  "VALUES (1, 1.23)");
    Workspace ws = workspaceFor("c21a_it", "public", "m");
    TypeVersion& b = addVersion(ws, "m", "1.0.0", "2.0.0");
    b.schema.fields[1].type = DataType::decimal(0, 0);
    b.schema.fields[1].doc = "";

    auto plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->steps[0].sql,
              "ALTER TABLE \"public\".\"m\" ALTER COLUMN \"amount\" TYPE numeric");
    ASSERT_TRUE(executePlan(*conn, *plan, runOptions()).ok());
    EXPECT_EQ(scalar(*conn, "SELECT amount::text FROM m"), "1.23");
}

TEST(PostgresPlan, C21_MoreScaleFewerIntegerDigitsIsNarrowingAndBlocksOnRows) {
    freshDatabase("c21b_it");
    auto conn = connect("c21b_it");
    scalar(*conn, "CREATE TABLE w (id integer PRIMARY KEY, weight numeric(10,2)); "
                  "INSERT INTO w VALUES (1, 12345678.90), (2, 5.25)");
    Workspace ws = workspaceFor("c21b_it", "public", "w");
    TypeVersion& b = addVersion(ws, "w", "1.0.0", "2.0.0");
    b.schema.fields[1].type = DataType::decimal(10, 3);
    b.schema.fields[1].doc = "pg.type: numeric(10,3)";

    auto plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    ASSERT_EQ(plan->blockers.size(), 1u);
    EXPECT_EQ(
        plan->blockers[0].reason,
        "narrowing (integer digits cut from 8 to 7): values needs more than 7 integer digits");
    EXPECT_EQ(plan->blockers[0].rows, (std::vector<std::string>{"id=1: weight=12345678.90"}));
    EXPECT_FALSE(executePlan(*conn, *plan, runOptions()).ok());

    scalar(*conn, "DELETE FROM w WHERE id = 1");
    plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok());
    EXPECT_FALSE(plan->blocked());
    ASSERT_TRUE(executePlan(*conn, *plan, runOptions()).ok());
    EXPECT_EQ(scalar(*conn, "SELECT weight::text FROM w"), "5.250");
}

TEST(PostgresPlan, NotNullColumnOnNonEmptyTableNeedsDefaultOrBackfill) {
    freshDatabase("notnull_it");
    auto conn = connect("notnull_it");
    scalar(*conn, "CREATE TABLE n (id integer PRIMARY KEY, note text); INSERT INTO n VALUES (1, "
                  "NULL), (2, 'x')");
    Workspace ws = workspaceFor("notnull_it", "public", "n");
    TypeVersion& b = addVersion(ws, "n", "1.0.0", "2.0.0");
    b.schema.fields.push_back(
        {"flag", DataType::primitive(TypeKind::Bool), false, std::nullopt, {}, ""});
    b.schema.fields[1].nullable = false;

    auto plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    ASSERT_EQ(plan->blockers.size(), 2u);
    EXPECT_EQ(plan->blockers[0].reason,
              "1 rows hold NULL; making the column NOT NULL needs a default or a backfill first");
    EXPECT_EQ(plan->blockers[1].reason, "adding a NOT NULL column to a non-empty table (2 rows) "
                                        "needs a default or a backfill first");

    b.schema.fields[1].defaultValue = Json("none");
    b.schema.fields[2].defaultValue = Json(false);
    plan = planMigration(*conn, ws, ws.stores[0], b.id);
    ASSERT_TRUE(plan.ok());
    EXPECT_FALSE(plan->blocked());
    EXPECT_TRUE(anyContains(
        stepSql(*plan),
        "UPDATE \"public\".\"n\" SET \"note\" = CAST($1 AS text) WHERE \"note\" IS NULL"));
    ASSERT_TRUE(executePlan(*conn, *plan, runOptions()).ok());
    EXPECT_EQ(rows(*conn, "SELECT id, note, flag FROM n ORDER BY id"), "(1,none,f);(2,x,f)");
}

} // namespace
} // namespace strata::pgtest
