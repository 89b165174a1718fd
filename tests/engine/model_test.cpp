#include "strata/model/schema.h"
#include "strata/model/version.h"
#include "test_support.h"

using namespace strata;

TEST(SemVer, ParsesAndOrders) {
    EXPECT_EQ(SemVer::parse("2.10.3")->toString(), "2.10.3");
    EXPECT_EQ(SemVer::parse("1")->toString(), "1.0.0");
    EXPECT_EQ(SemVer::parse("1.2")->toString(), "1.2.0");
    EXPECT_LT(*SemVer::parse("1.9.0"), *SemVer::parse("1.10.0"));
    EXPECT_LT(*SemVer::parse("1.10.0"), *SemVer::parse("2.0.0"));
}

TEST(SemVer, RejectsMalformed) {
    for (const char* bad :
         {"", "1.", ".1", "1.2.3.4", "01.2.3", "1.x.0", "-1.0.0", "1.2.3-rc1", "99999999999.0.0"})
        EXPECT_FALSE(SemVer::parse(bad).ok()) << bad;
}

TEST(TypeVersionId, SplitsAtTheLastDashV) {
    auto id = TypeVersionId::parse("order-v-events-v2.1.0");
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id->name, "order-v-events");
    EXPECT_EQ(id->version.toString(), "2.1.0");
    EXPECT_EQ(id->toString(), "order-v-events-v2.1.0");
    EXPECT_FALSE(TypeVersionId::parse("Order").ok());
    EXPECT_FALSE(TypeVersionId::parse("-v1.0.0").ok());
    EXPECT_FALSE(TypeVersionId::parse("Order-v1.0.x").ok());
}

TEST(Schema, NoDefaultAndDefaultNullDiffer) {
    auto tv = test::versionFromText(R"J({"name":"T","version":"1.0.0","fields":[
        {"name":"a","type":"string","nullable":true},
        {"name":"b","type":"string","nullable":true,"default":null}]})J");
    EXPECT_FALSE(tv.schema.fields[0].hasDefault());
    ASSERT_TRUE(tv.schema.fields[1].hasDefault());
    EXPECT_TRUE(tv.schema.fields[1].defaultValue->is_null());
}

TEST(Schema, AliasesOfTypeNames) {
    auto tv = test::versionFromText(R"J({"name":"T","version":"1.0.0","fields":[
        {"name":"a","type":"integer"},{"name":"b","type":"float"},
        {"name":"c","type":"boolean"},{"name":"d","type":"datetime"},
        {"name":"e","type":"decimal(10,2)"},{"name":"f","type":{"kind":"integer","bits":32}}]})J");
    std::vector<TypeKind> kinds;
    for (const Field& f : tv.schema.fields)
        kinds.push_back(f.type.kind);
    EXPECT_EQ(kinds,
              (std::vector<TypeKind>{TypeKind::Int64, TypeKind::Float64, TypeKind::Bool,
                                     TypeKind::TimestampTz, TypeKind::Decimal, TypeKind::Int32}));
    EXPECT_EQ(tv.schema.fields[4].type.describe(), "decimal(10,2)");
}

TEST(Schema, RejectsInvalidDefinitions) {
    const char* cases[][2] = {
        {R"J([{"name":"a","type":"string"},{"name":"a","type":"string"}])J", "declared twice"},
        {R"J([{"name":"a","type":"int32","default":3000000000}])J", "not a valid int32"},
        {R"J([{"name":"a","type":{"kind":"enum","name":"E","symbols":["A"],"default":"B"}}])J",
         "not one of its symbols"},
        {R"J([{"name":"a","type":{"kind":"enum","name":"E","symbols":["A","A"]}}])J",
         "declared twice"},
        {R"J([{"name":"a","type":"decimal(2,5)"}])J", "scale"},
        {R"J([{"name":"a","type":"strnig"}])J", "unknown type 'strnig'"},
        {R"J([{"name":"a","type":"string","nulable":true}])J", "unknown key \"nulable\""},
        {R"J([{"name":"a","type":"date","default":"31/01/2024"}])J", "not a valid date"},
        {R"J([{"name":"a","type":{"kind":"struct","name":"S","fields":[{"name":"x","type":"int32","default":"1"}]}}])J",
         "not a valid int32"},
        {R"J([{"name":"a","type":"string"},{"name":"b","type":"string","aliases":["a"]}])J",
         "also the name of another field"},
    };
    for (auto& [fields, expected] : cases) {
        Json j = {{"name", "T"}, {"version", "1.0.0"}, {"fields", Json::parse(fields)}};
        auto tv = parseTypeVersion(j, "t");
        ASSERT_FALSE(tv.ok()) << fields;
        EXPECT_NE(tv.error().describe().find(expected), std::string::npos)
            << fields << " -> " << tv.error().describe();
    }
}

TEST(Schema, ConstraintsRoundTrip) {
    auto tv = test::versionFromText(R"J({"name":"Invoice","version":"1.0.0","fields":[
        {"name":"id","type":"int32"},{"name":"customer_id","type":"int32"},
        {"name":"total","type":"decimal(10,2)"}],
      "constraints":[{"kind":"primary_key","columns":["id"]},
        {"kind":"foreign_key","name":"fk_customer","columns":["customer_id"],
         "references":{"type":"Customer","version":"1.0.0","columns":["id"]}},
        {"kind":"check","expression":"total >= 0"}]})J");
    ASSERT_EQ(tv.schema.constraints.size(), 3u);
    EXPECT_EQ(tv.schema.constraints[1].refType, "Customer");
    EXPECT_EQ(test::versionFrom(typeVersionToJson(tv)), tv);

    auto bad = parseTypeVersion(Json::parse(R"J({"name":"T","version":"1.0.0",
        "fields":[{"name":"id","type":"int32"}],"constraints":[{"kind":"unique","columns":["nope"]}]})J"));
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("unknown field 'nope'"), std::string::npos);
}

TEST(Values, ValidityPerType) {
    EXPECT_TRUE(isValidValue(DataType::primitive(TypeKind::Int32), false, 2147483647));
    EXPECT_FALSE(isValidValue(DataType::primitive(TypeKind::Int32), false, 2147483648LL));
    EXPECT_TRUE(
        isValidValue(DataType::primitive(TypeKind::Int64), false, int64_t(9007199254740993)));
    EXPECT_FALSE(isValidValue(DataType::primitive(TypeKind::Int64), false, 1.5));
    EXPECT_TRUE(isValidValue(DataType::decimal(10, 2), false, "12345678.90"));
    EXPECT_FALSE(isValidValue(DataType::decimal(10, 2), false, "123456789.0"));
    EXPECT_FALSE(isValidValue(DataType::decimal(10, 2), false, "1.234"));
    EXPECT_TRUE(isValidValue(DataType::primitive(TypeKind::Uuid), false,
                             "123e4567-e89b-12d3-a456-426614174000"));
    EXPECT_FALSE(isValidValue(DataType::primitive(TypeKind::Uuid), false, "123e4567"));
    EXPECT_FALSE(isValidValue(DataType::primitive(TypeKind::String), false, nullptr));
    EXPECT_TRUE(isValidValue(DataType::primitive(TypeKind::String), true, nullptr));
}
