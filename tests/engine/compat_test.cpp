#include "strata/compat/datum.h"
#include "strata/compat/verdict.h"
#include "test_support.h"

using namespace strata;

namespace {

TypeVersion single(const std::string& version, const std::string& fieldType, bool nullable = false,
                   const std::string& extra = "") {
    return test::versionFromText(R"({"name":"T","version":")" + version +
                                 R"(","fields":[{"name":"f","type":)" + fieldType +
                                 R"(,"nullable":)" + (nullable ? "true" : "false") + extra + "}]}");
}

struct PromotionCase {
    const char* writer;
    const char* reader;
    bool compatible;
    bool lossy;
};

void PrintTo(const PromotionCase& c, std::ostream* os) {
    *os << c.writer << " -> " << c.reader;
}

} // namespace

class Promotions : public ::testing::TestWithParam<PromotionCase> {};

TEST_P(Promotions, FollowTheWriterToReaderTable) {
    const PromotionCase& c = GetParam();
    Verdict v = checkPair(single("1.0.0", std::string("\"") + c.writer + "\""),
                          single("2.0.0", std::string("\"") + c.reader + "\""));
    EXPECT_EQ(v.readCompatible, c.compatible) << c.writer << " -> " << c.reader;
    EXPECT_EQ(v.readLossy, c.lossy) << c.writer << " -> " << c.reader;
    if (!c.compatible) {
        ASSERT_TRUE(v.readCounterExample);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, Promotions,
    ::testing::Values(PromotionCase{"int32", "int64", true, false},
                      PromotionCase{"int32", "float32", true, true},
                      PromotionCase{"int32", "float64", true, false},
                      PromotionCase{"int64", "float32", true, true},
                      PromotionCase{"int64", "float64", true, true},
                      PromotionCase{"float32", "float64", true, false},
                      PromotionCase{"string", "bytes", true, false},
                      PromotionCase{"bytes", "string", true, false},
                      PromotionCase{"int64", "int32", false, false},
                      PromotionCase{"float64", "float32", false, false},
                      PromotionCase{"float64", "int64", false, false},
                      PromotionCase{"string", "int32", false, false},
                      PromotionCase{"decimal(10,2)", "decimal(11,3)", true, false},
                      PromotionCase{"decimal(10,2)", "decimal(10,3)", false, false},
                      PromotionCase{"decimal(100,2)", "decimal(100,0)", false, false},
                      PromotionCase{"decimal(100,2)", "decimal", true, false},
                      PromotionCase{"date", "timestamp", false, false}),
    [](const auto& param) {
        std::string name = std::string(param.param.writer) + "_to_" + param.param.reader;
        for (char& ch : name)
            if (!std::isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return name;
    });

TEST(Compat, NullableWriterNeedsNullableReader) {
    Verdict v =
        checkPair(single("1.0.0", "\"string\"", true), single("2.0.0", "\"string\"", false));
    EXPECT_FALSE(v.readCompatible);
    EXPECT_TRUE(v.writeCompatible);
    ASSERT_TRUE(v.readCounterExample);
    EXPECT_EQ(*v.readCounterExample, (Json{{"f", nullptr}}));
}

TEST(Compat, NestedArrayMapStructChangesCountLikeTopLevel) {
    auto older = test::versionFromText(
        R"({"name":"T","version":"1.0.0","fields":[{"name":"lines","nullable":true,
      "type":{"kind":"array","items":{"kind":"map","values":{"kind":"struct","name":"L","fields":[
        {"name":"sku","type":"string"}]}}}}]})");
    auto newer = test::versionFromText(
        R"({"name":"T","version":"1.1.0","fields":[{"name":"lines","nullable":true,
      "type":{"kind":"array","items":{"kind":"map","values":{"kind":"struct","name":"L","fields":[
        {"name":"sku","type":"string"},{"name":"qty","type":"int32"}]}}}}]})");
    Verdict v = checkPair(older, newer);
    EXPECT_FALSE(v.readCompatible);
    EXPECT_TRUE(v.writeCompatible);
    ASSERT_EQ(v.findings.size(), 2u);
    EXPECT_EQ(v.findings[0].path, "lines[]{}.qty");
    EXPECT_EQ(v.findings[0].rule, "field-missing-no-default");
    ASSERT_TRUE(v.readCounterExample);
    EXPECT_EQ(*v.readCounterExample, Json::parse(R"({"lines":[{"k":{"sku":"x"}}]})"));
}

TEST(Compat, ReferencesResolveThroughTheWorkspaceAndCyclesTerminate) {
    auto ws = parseWorkspace(R"({"format":"strata-workspace/1","types":[
      {"name":"A","versions":[{"version":"1.0.0","fields":[
        {"name":"b","type":{"kind":"ref","target":"B"},"nullable":true}]}]},
      {"name":"B","versions":[
        {"version":"1.0.0","fields":[{"name":"a","type":{"kind":"ref","target":"A"},"nullable":true}]},
        {"version":"2.0.0","fields":[{"name":"a","type":{"kind":"ref","target":"A"},"nullable":true},
                                     {"name":"n","type":"int32"}]}]}]})");
    ASSERT_TRUE(ws.ok()) << ws.error().describe();
    RefResolver refs = resolverFor(*ws);
    const TypeDef* b = ws->findType("B");
    Verdict v = checkPair(b->versions[0], b->versions[1], refs);
    EXPECT_FALSE(v.readCompatible);
    EXPECT_TRUE(v.writeCompatible);
    ASSERT_TRUE(v.readCounterExample);
    EXPECT_FALSE(
        readDatum(b->versions[1].schema, b->versions[0].schema, *v.readCounterExample, refs).ok());

    // A self-comparison through the A <-> B cycle terminates and is compatible.
    Verdict self = checkPair(ws->findType("A")->versions[0], ws->findType("A")->versions[0], refs);
    EXPECT_TRUE(self.full());
}

TEST(Compat, DanglingReferenceIsAFinding) {
    auto older = single("1.0.0", R"({"kind":"ref","target":"Ghost","version":"1.0.0"})");
    auto newer = single("2.0.0", R"({"kind":"ref","target":"Ghost","version":"2.0.0"})");
    Verdict v = checkPair(older, newer, [](std::string_view, const std::optional<SemVer>&) {
        return static_cast<const TypeVersion*>(nullptr);
    });
    EXPECT_FALSE(v.readCompatible);
    ASSERT_FALSE(v.findings.empty());
    EXPECT_EQ(v.findings[0].rule, "unresolved-reference");
}

// Findings carry the values their sentence is made of, so a front end can word them in
// another language.
TEST(Compat, FindingsCarryTheirSentenceParameters) {
    Verdict narrowing = checkPair(single("1.0.0", "\"int64\""), single("2.0.0", "\"int32\""));
    ASSERT_FALSE(narrowing.findings.empty());
    const Finding& read = narrowing.findings[0];
    EXPECT_EQ(read.rule, "numeric-narrowing");
    EXPECT_EQ(read.params, (std::map<std::string, std::string>{{"reader_type", "int32"},
                                                               {"writer_type", "int64"}}));

    auto older = single("1.0.0", "\"string\"");
    auto newer = test::versionFromText(
        R"({"name":"T","version":"2.0.0","fields":[{"name":"f","type":"string","nullable":false},)"
        R"({"name":"note","type":"string","nullable":false,"default":"-"}]})");
    Verdict added = checkPair(older, newer);
    ASSERT_FALSE(added.findings.empty());
    EXPECT_EQ(added.findings[0].rule, "field-filled-by-default");
    EXPECT_EQ(added.findings[0].params,
              (std::map<std::string, std::string>{{"default", "\"-\""}, {"field", "note"}}));
}

TEST(Compat, PolicyNoneAcceptsAnything) {
    TypeDef t;
    t.name = "T";
    t.versions = {single("1.0.0", "\"string\"")};
    EXPECT_TRUE(checkPolicy(t, single("2.0.0", "\"int32\""), CompatPolicy::None).accepted);
    EXPECT_FALSE(checkPolicy(t, single("2.0.0", "\"int32\""), CompatPolicy::Forward).accepted);
}

TEST(Compat, VerdictJsonHasTheDocumentedKeys) {
    Verdict v = checkPair(single("1.0.0", "\"int64\""), single("2.0.0", "\"int32\""));
    Json j = verdictToJson(v);
    for (const char* key :
         {"read_compatible", "write_compatible", "full", "findings", "counterexamples"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["counterexamples"]["read"]["record"], (Json{{"f", int64_t(3000000010)}}));
    EXPECT_FALSE(j.contains("write") && j["counterexamples"].contains("write"));
}

// The sentence's values go out with it, so that a front end can word it in another language.
TEST(Compat, FindingJsonCarriesTheSentencesParams) {
    const Finding finding{"qty",
                          "field-missing-no-default",
                          Direction::Read,
                          Severity::Error,
                          "reader field 'qty' is absent from the writer and has no default",
                          {{"field", "qty"}}};
    EXPECT_EQ(findingToJson(finding),
              (Json{{"path", "qty"},
                    {"rule", "field-missing-no-default"},
                    {"direction", "read"},
                    {"severity", "error"},
                    {"message", "reader field 'qty' is absent from the writer and has no default"},
                    {"params", {{"field", "qty"}}}}));
    EXPECT_EQ(findingToJson(Finding{})["params"], Json::object());
}

TEST(Datum, DecimalRescalesToTheReader) {
    auto older = single("1.0.0", "\"decimal(10,2)\"");
    auto newer = single("2.0.0", "\"decimal(11,3)\"");
    auto out = readDatum(newer.schema, older.schema, Json{{"f", "5.25"}});
    ASSERT_TRUE(out.ok());
    EXPECT_EQ((*out)["f"], "5.250");
    auto narrow = single("3.0.0", "\"decimal(10,3)\"");
    EXPECT_FALSE(readDatum(narrow.schema, older.schema, Json{{"f", "12345678.90"}}).ok());
    EXPECT_TRUE(readDatum(narrow.schema, older.schema, Json{{"f", "5.25"}}).ok());
}

TEST(Datum, RejectsRecordsThatAreNotValidForTheWriter) {
    auto v = single("1.0.0", "\"int32\"");
    auto out = readDatum(v.schema, v.schema, Json{{"f", "seven"}});
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().where, "f");
    EXPECT_FALSE(readDatum(v.schema, v.schema, Json{{"f", 1}, {"g", 2}}).ok());
}

TEST(Compat, MatrixKeepsBothDirectionsOfEveryPairInTriangleOrder) {
    TypeDef type;
    type.name = "T";
    type.versions = {single("1.0.0", "\"int32\""), single("1.1.0", "\"int32\""),
                     single("2.0.0", "\"int64\""), single("3.0.0", "\"string\"")};
    CompatMatrix m = compatibilityMatrix(type);
    ASSERT_EQ(m.versions.size(), 4u);
    // (0,1) full; (0,2) and (1,2) read only; everything against the string version incompatible
    const std::vector<MatrixCell> expected = {{true, true},  {true, false},  {false, false},
                                              {true, false}, {false, false}, {false, false}};
    EXPECT_EQ(m.cells, expected);
    EXPECT_TRUE(m.transitivityBreaks.empty());
    for (size_t i = 0; i < 4; ++i)
        for (size_t j = i + 1; j < 4; ++j) {
            const Verdict v = checkPair(type.versions[i], type.versions[j]);
            EXPECT_EQ(m.cell(i, j), (MatrixCell{v.readCompatible, v.writeCompatible}))
                << i << "," << j;
        }
    EXPECT_TRUE(compatibilityMatrix(TypeDef{"Empty", CompatPolicy::None, "", {}}).cells.empty());
}
