// Field reports from ../shared/cases/field-reports.json that concern verdicts and schema
// validation; each test is named after its case id and asserts the expected answer.

#include "strata/compat/datum.h"
#include "strata/compat/verdict.h"
#include "test_support.h"

using namespace strata;
using strata::test::fieldReport;
using strata::test::versionFrom;

namespace {

void expectVerdict(const Verdict& v, const Json& expected) {
    EXPECT_EQ(v.readCompatible, expected.at("read_compatible").get<bool>());
    EXPECT_EQ(v.writeCompatible, expected.at("write_compatible").get<bool>());
    EXPECT_EQ(v.full(), expected.at("full").get<bool>());
}

// Every failing direction carries a record that is valid for the writer and fails the reader.
void expectRealCounterExamples(const Verdict& v, const TypeVersion& older,
                               const TypeVersion& newer) {
    if (!v.readCompatible) {
        ASSERT_TRUE(v.readCounterExample.has_value());
        EXPECT_TRUE(validateDatum(older.schema, *v.readCounterExample).ok());
        EXPECT_FALSE(readDatum(newer.schema, older.schema, *v.readCounterExample).ok());
    }
    if (!v.writeCompatible) {
        ASSERT_TRUE(v.writeCounterExample.has_value());
        EXPECT_TRUE(validateDatum(newer.schema, *v.writeCounterExample).ok());
        EXPECT_FALSE(readDatum(older.schema, newer.schema, *v.writeCounterExample).ok());
    }
}

bool hasFinding(const Verdict& v, const std::string& rule, Direction d) {
    for (const Finding& f : v.findings)
        if (f.rule == rule && f.direction == d)
            return true;
    return false;
}

TypeDef typeOf(std::initializer_list<TypeVersion> versions, CompatPolicy policy) {
    TypeDef t;
    t.name = versions.begin()->id.name;
    t.policy = policy;
    t.versions = versions;
    return t;
}

} // namespace

TEST(FieldReports, C1_EnumSymbolAddedIsNotForwardCompatible) {
    Json c = fieldReport("C1");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Verdict v = checkPair(older, newer);
    expectVerdict(v, c["expected"]);
    expectRealCounterExamples(v, older, newer);
    EXPECT_EQ(*v.writeCounterExample, (Json{{"plate", "x"}, {"fuel", "ELECTRIC"}}));
    EXPECT_TRUE(hasFinding(v, "enum-symbol-unknown", Direction::Write));
    EXPECT_FALSE(v.satisfies(CompatPolicy::Forward));
    EXPECT_FALSE(v.satisfies(CompatPolicy::Full));
    EXPECT_TRUE(v.satisfies(CompatPolicy::Backward));

    // The variant: an enum-level default on the old enum makes the old reader accept ELECTRIC.
    TypeVersion withDefault = older;
    withDefault.schema.fields[1].type.enumDefault = "GASOLINE";
    Verdict variant = checkPair(withDefault, newer);
    EXPECT_TRUE(variant.writeCompatible);
    auto decoded =
        readDatum(withDefault.schema, newer.schema, Json{{"plate", "p"}, {"fuel", "ELECTRIC"}});
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ((*decoded)["fuel"], "GASOLINE");
}

TEST(FieldReports, C3_EnumDefaultCoversUnknownWriterSymbol) {
    Json c = fieldReport("C3");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Verdict v = checkPair(older, newer);
    expectVerdict(v, c["expected"]);
    auto converted = readDatum(newer.schema, older.schema, c["input"]["datum_old"]);
    ASSERT_TRUE(converted.ok()) << converted.error().describe();
    EXPECT_EQ(*converted, c["expected"]["converted_datum"]);

    // Control: a field-level default never covers unknown symbols.
    Verdict control =
        checkPair(versionFrom(c["input"]["control_old"]), versionFrom(c["input"]["control_new"]));
    expectVerdict(control, c["expected"]["control"]);
    EXPECT_FALSE(control.satisfies(CompatPolicy::FullTransitive));
}

TEST(FieldReports, C5_NestedRequiredFieldUnderNullableParent) {
    Json c = fieldReport("C5");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Verdict v = checkPair(older, newer);
    expectVerdict(v, c["expected"]);
    expectRealCounterExamples(v, older, newer);
    EXPECT_EQ(*v.readCounterExample, (Json{{"someField", {{"name", "x"}}}}));
    EXPECT_TRUE(hasFinding(v, "field-missing-no-default", Direction::Read));
    TypeDef type = typeOf({older}, CompatPolicy::FullTransitive);
    EXPECT_FALSE(checkPolicy(type, newer, CompatPolicy::FullTransitive).accepted);
}

TEST(FieldReports, C7_TransitiveModesCheckEveryEarlierVersion) {
    Json c = fieldReport("C7");
    TypeVersion v1 = versionFrom(c["input"]["v1"]), v2 = versionFrom(c["input"]["v2"]),
                v3 = versionFrom(c["input"]["v3"]);
    const Json& pairwise = c["expected"]["pairwise_read_compatible"];
    EXPECT_EQ(checkPair(v1, v2).readCompatible, pairwise["v2_reads_v1"].get<bool>());
    EXPECT_EQ(checkPair(v2, v3).readCompatible, pairwise["v3_reads_v2"].get<bool>());
    EXPECT_EQ(checkPair(v1, v3).readCompatible, pairwise["v3_reads_v1"].get<bool>());

    TypeDef type = typeOf({v1, v2}, CompatPolicy::Backward);
    EXPECT_TRUE(checkPolicy(type, v3, CompatPolicy::Backward).accepted);
    PolicyCheck transitive = checkPolicy(type, v3, CompatPolicy::BackwardTransitive);
    EXPECT_FALSE(transitive.accepted);
    ASSERT_EQ(transitive.verdicts.size(), 2u);
    ASSERT_EQ(transitive.reasons.size(), 1u);
    EXPECT_NE(transitive.reasons[0].find("MyRecord-v1.0.0"), std::string::npos);
    EXPECT_TRUE(checkPolicy(type, v3, CompatPolicy::ForwardTransitive).accepted);
    EXPECT_FALSE(checkPolicy(type, v3, CompatPolicy::FullTransitive).accepted);

    TypeDef all = typeOf({v1, v2, v3}, CompatPolicy::None);
    CompatMatrix m = compatibilityMatrix(all);
    ASSERT_EQ(m.transitivityBreaks.size(), 1u);
    EXPECT_EQ(m.transitivityBreaks[0], (std::array<size_t, 3>{0, 1, 2}));
}

TEST(FieldReports, C8_AliasRenameIsReadCompatibleOnly) {
    Json c = fieldReport("C8");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]),
                third = versionFrom(c["input"]["third"]);
    Verdict v = checkPair(older, newer);
    expectVerdict(v, c["expected"]["old_to_new"]);
    expectRealCounterExamples(v, older, newer);
    auto converted = readDatum(newer.schema, older.schema, c["input"]["datum_old"]);
    ASSERT_TRUE(converted.ok());
    EXPECT_EQ(*converted, c["expected"]["old_to_new"]["converted"]);

    // Aliases are not transitive: 1.2.0 cannot read 1.0.0 directly.
    Verdict direct = checkPair(older, third);
    EXPECT_EQ(direct.readCompatible,
              c["expected"]["third_vs_old_direct"]["read_compatible"].get<bool>());
    EXPECT_TRUE(hasFinding(direct, "field-missing-no-default", Direction::Read));

    // Through 1.1.0 the record arrives intact.
    auto hop1 = readDatum(newer.schema, older.schema, c["input"]["datum_old"]);
    auto hop2 = readDatum(third.schema, newer.schema, *hop1);
    ASSERT_TRUE(hop2.ok());
    EXPECT_EQ(*hop2, (Json{{"id", "1"}, {"newest", "x"}}));
}

TEST(FieldReports, C10_PromotionInsideNullable) {
    Json c = fieldReport("C10");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Verdict v = checkPair(older, newer);
    expectVerdict(v, c["expected"]);
    expectRealCounterExamples(v, older, newer);
    const Json& data = c["input"]["data_old"];
    for (size_t i = 0; i < data.size(); ++i) {
        auto converted = readDatum(newer.schema, older.schema, data[i]);
        ASSERT_TRUE(converted.ok()) << converted.error().describe();
        EXPECT_EQ(*converted, c["expected"]["converted"][i]);
        if (!data[i]["area"].is_null()) {
            EXPECT_TRUE((*converted)["area"].is_number_float());
        }
    }
}

TEST(FieldReports, C12_NarrowingIsNeverReadCompatible) {
    Json c = fieldReport("C12");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Verdict v = checkPair(older, newer);
    expectVerdict(v, c["expected"]);
    expectRealCounterExamples(v, older, newer);
    EXPECT_TRUE(hasFinding(v, "numeric-narrowing", Direction::Read));
    for (const Json& record : c["input"]["data_old"])
        EXPECT_FALSE(readDatum(newer.schema, older.schema, record).ok()) << record.dump();
}

TEST(FieldReports, C14_StructuralVerdictWithRenameFinding) {
    Json c = fieldReport("C14");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Verdict v = checkPair(older, newer);
    expectVerdict(v, c["expected"]);
    EXPECT_TRUE(hasFinding(v, "named-type-renamed", Direction::Read));
    EXPECT_TRUE(hasFinding(v, "named-type-renamed", Direction::Write));
    auto converted = readDatum(newer.schema, older.schema, c["expected"]["converted"]["from"]);
    ASSERT_TRUE(converted.ok());
    EXPECT_EQ(*converted, c["expected"]["converted"]["to"]);
}

TEST(FieldReports, C15_DefaultsAreValidatedAgainstTheirType) {
    Json c = fieldReport("C15");
    EXPECT_TRUE(parseTypeVersion(c["input"]["old"]).ok());
    auto a = parseTypeVersion(c["input"]["new_a"], "new_a");
    ASSERT_FALSE(a.ok());
    EXPECT_NE(a.error().message.find("default null is not a valid string"), std::string::npos)
        << a.error().describe();
    auto b = parseTypeVersion(c["input"]["new_b"], "new_b");
    ASSERT_FALSE(b.ok());
    EXPECT_NE(b.error().message.find("default \"null\" is not a valid nullable int64"),
              std::string::npos)
        << b.error().describe();
    EXPECT_NE(b.error().where.find("/fields/1"), std::string::npos) << b.error().where;
}
