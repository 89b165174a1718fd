// Converters: each declarative step, checked casts, lossless/lossy marks and inverses, derived
// converters (checked against the datum reader), conversion paths, and field reports C3, C8,
// C10, C12, C14.

#include "graph_support.h"
#include "strata/compat/datum.h"
#include "strata/convert/conversion_path.h"

using namespace strata;
using strata::test::fieldReport;
using strata::test::versionFrom;
using strata::test::vid;

namespace {

ConverterStep step(StepKind kind, std::string field) {
    ConverterStep s;
    s.kind = kind;
    s.field = std::move(field);
    return s;
}

ConverterStep renameStep(std::string field, std::string to) {
    ConverterStep s = step(StepKind::Rename, std::move(field));
    s.newName = std::move(to);
    return s;
}

ConverterStep cast(std::string field, TypeKind kind, OnError onError = OnError::Fail) {
    ConverterStep s = step(StepKind::Cast, std::move(field));
    s.toType = DataType::primitive(kind);
    s.onError = onError;
    return s;
}

Converter converter(std::vector<ConverterStep> steps) {
    return {vid("R-v1.0.0"), vid("R-v2.0.0"), std::move(steps), ""};
}

Json applied(const Converter& c, const Json& record) {
    Result<Json> out = applyConverter(c, record);
    if (!out)
        throw std::runtime_error(out.error().describe());
    return *out;
}

Workspace workspaceOf(std::initializer_list<TypeVersion> versions) {
    Workspace ws;
    test::addVersions(ws, versions);
    return ws;
}

// The derived converter must produce exactly what the datum reader produces.
void expectDerivedMatchesReader(const TypeVersion& writer, const TypeVersion& reader,
                                const Json& record) {
    Result<Converter> c = deriveConverter(writer, reader);
    ASSERT_TRUE(c.ok()) << c.error().describe();
    Result<Json> read = readDatum(reader.schema, writer.schema, record);
    ASSERT_TRUE(read.ok()) << read.error().describe();
    EXPECT_EQ(applied(*c, record), *read);
}

} // namespace

TEST(ConverterSteps, RenameAddDropOnNestedPaths) {
    Converter c =
        converter({renameStep("lines[].qty", "quantity"), renameStep("customer.nm", "name"),
                   step(StepKind::Drop, "legacy"), step(StepKind::AddWithDefault, "lines[].unit")});
    c.steps[3].value = Json("pcs");
    Json in = R"({"legacy":1,"customer":{"nm":"Ann"},"lines":[{"qty":2},{"qty":5}]})"_json;
    EXPECT_EQ(applied(c, in),
              R"({"customer":{"name":"Ann"},"lines":[{"quantity":2,"unit":"pcs"},
                 {"quantity":5,"unit":"pcs"}]})"_json);
    // a null parent is left alone
    EXPECT_EQ(applied(c, R"({"legacy":1,"customer":null,"lines":[]})"_json),
              R"({"customer":null,"lines":[]})"_json);
}

TEST(ConverterSteps, RenameRefusesToOverwriteAndNamesTheField) {
    Result<Json> out = applyConverter(converter({renameStep("a", "b")}), R"({"a":1,"b":2})"_json);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().describe(), "a: rename 'a': field 'b' already exists");
}

TEST(ConverterSteps, MapEnumDefaultIfNullScaleOffset) {
    ConverterStep map = step(StepKind::MapEnum, "tags[]");
    map.symbolMap = {{"OLD", "NEW"}};
    ConverterStep fill = step(StepKind::DefaultIfNull, "note");
    fill.value = Json("none");
    ConverterStep celsius = step(StepKind::ScaleOffset, "temp{}");
    celsius.scale = 0.5;
    celsius.offset = -16.0;
    Json in = R"({"tags":["OLD","KEEP"],"note":null,"temp":{"a":50,"b":212}})"_json;
    EXPECT_EQ(applied(converter({map, fill, celsius}), in),
              R"({"tags":["NEW","KEEP"],"note":"none","temp":{"a":9.0,"b":90.0}})"_json);
}

TEST(ConverterSteps, CastOnErrorPolicies) {
    Json in = R"({"n":"12x"})"_json;
    Result<Json> fail = applyConverter(converter({cast("n", TypeKind::Int32)}), in);
    ASSERT_FALSE(fail.ok());
    EXPECT_EQ(fail.error().message, "value \"12x\" is not an int32");
    EXPECT_EQ(fail.error().where, "n");
    EXPECT_EQ(applied(converter({cast("n", TypeKind::Int32, OnError::Null)}), in),
              R"({"n":null})"_json);
    ConverterStep fallback = cast("n", TypeKind::Int32, OnError::Default);
    fallback.value = Json(-1);
    EXPECT_EQ(applied(converter({fallback}), in), R"({"n":-1})"_json);
    EXPECT_EQ(applied(converter({cast("n", TypeKind::Int32)}), R"({"n":"12"})"_json),
              R"({"n":12})"_json);
}

TEST(CastValue, NarrowingIsRangeCheckedAndNeverWraps) {
    auto int32 = DataType::primitive(TypeKind::Int32);
    EXPECT_EQ(castValue(Json(2147483647), int32).value(), Json(2147483647));
    EXPECT_EQ(castValue(Json(-2147483648LL), int32).value(), Json(-2147483648LL));
    EXPECT_EQ(castValue(Json(2147483648LL), int32).error().message,
              "value 2147483648 outside int32 range");
    EXPECT_EQ(castValue(Json(18446744073709551615ULL), DataType::primitive(TypeKind::Int64))
                  .error()
                  .message,
              "value 18446744073709551615 outside int64 range");
    EXPECT_EQ(castValue(Json(3.7), int32).error().message,
              "value 3.7 is not an integer, so not an int32");
    EXPECT_EQ(castValue(Json(4.0), int32).value(), Json(4));
    EXPECT_EQ(castValue(Json(1e300), DataType::primitive(TypeKind::Float32)).error().message,
              "value 1e+300 outside float32 range");
    EXPECT_TRUE(castValue(Json(nullptr), int32).value().is_null());
    EXPECT_EQ(castValue(Json(7), DataType::primitive(TypeKind::String)).value(), Json("7"));
}

TEST(ConverterAnalysis, MarksLossAndBuildsTheInverse) {
    TypeVersion source = test::versionFromText(
        R"({"name":"R","version":"1.0.0","fields":[
            {"name":"a","type":"int32","nullable":false},
            {"name":"b","type":"string","nullable":false},
            {"name":"c","type":"int64","nullable":false},
            {"name":"s","type":{"kind":"enum","name":"S","symbols":["X","Y"]},
             "nullable":false}]})");
    ConverterStep add = step(StepKind::AddWithDefault, "d");
    add.value = Json(true);
    ConverterStep map = step(StepKind::MapEnum, "s");
    map.symbolMap = {{"X", "P"}, {"Y", "Q"}};
    ConverterStep scale = step(StepKind::ScaleOffset, "c");
    scale.scale = 2.0;
    scale.offset = 1.0;
    Converter lossless =
        converter({renameStep("b", "bee"), cast("a", TypeKind::Int64), add, map, scale});
    auto analysis = analyzeConverter(lossless, source.schema);
    ASSERT_TRUE(analysis.ok()) << analysis.error().describe();
    EXPECT_TRUE(analysis->lossless);
    ASSERT_TRUE(analysis->inverse.has_value());
    Json record = R"({"a":5,"b":"x","c":10,"s":"Y"})"_json;
    Json there = applied(lossless, record);
    EXPECT_EQ(there, R"({"a":5,"bee":"x","c":21.0,"d":true,"s":"Q"})"_json);
    Json back = applied(*analysis->inverse, there);
    EXPECT_EQ(back, R"({"a":5,"b":"x","c":10.0,"s":"Y"})"_json);

    Converter lossy = converter({cast("c", TypeKind::Float64), step(StepKind::Drop, "b")});
    auto lossyAnalysis = analyzeConverter(lossy, source.schema);
    ASSERT_TRUE(lossyAnalysis.ok());
    EXPECT_FALSE(lossyAnalysis->lossless);
    EXPECT_FALSE(lossyAnalysis->steps[0].lossless);
    EXPECT_EQ(lossyAnalysis->steps[0].why, "int64 to float64 can lose precision or fail on some "
                                           "values");
    EXPECT_FALSE(lossyAnalysis->inverse.has_value());

    auto missing = analyzeConverter(converter({renameStep("zz", "y")}), source.schema);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().describe(),
              "R-v1.0.0 -> R-v2.0.0 step 1 (rename): the schema has no field 'zz' at this step");
}

TEST(DerivedConverter, NameMatchWinsOverAlias) {
    TypeVersion writer = test::versionFromText(
        R"({"name":"S","version":"1.0.0","fields":[{"name":"a","type":"string","nullable":false},
            {"name":"b","type":"string","nullable":false}]})");
    TypeVersion reader = test::versionFromText(
        R"({"name":"S","version":"2.0.0","fields":[
            {"name":"b","type":"string","nullable":false,"aliases":["a"]}]})");
    Json record = R"({"a":"from a","b":"from b"})"_json;
    Result<Converter> c = deriveConverter(writer, reader);
    ASSERT_TRUE(c.ok()) << c.error().describe();
    EXPECT_EQ(applied(*c, record), R"({"b":"from b"})"_json);
    expectDerivedMatchesReader(writer, reader, record);
}

TEST(DerivedConverter, AliasesPromotionsDefaultsAndNestedStructsMatchTheDatumReader) {
    TypeVersion writer = test::versionFromText(
        R"({"name":"D","version":"1.0.0","fields":[
            {"name":"old_name","type":"string","nullable":false},
            {"name":"gone","type":"bool","nullable":false},
            {"name":"count","type":"int32","nullable":true,"default":null},
            {"name":"items","nullable":false,"type":{"kind":"array","items":{"kind":"struct",
              "name":"Item","fields":[{"name":"p","type":"float32","nullable":false}]}}}]})");
    TypeVersion reader = test::versionFromText(
        R"({"name":"D","version":"2.0.0","fields":[
            {"name":"new_name","type":"string","nullable":false,"aliases":["old_name"]},
            {"name":"count","type":"int64","nullable":true,"default":null},
            {"name":"items","nullable":false,"type":{"kind":"array","items":{"kind":"struct",
              "name":"Item","fields":[{"name":"p","type":"float64","nullable":false},
              {"name":"q","type":"string","nullable":false,"default":"-"}]}}},
            {"name":"added","type":"int32","nullable":false,"default":3}]})");
    expectDerivedMatchesReader(writer, reader,
                               R"({"old_name":"n","gone":true,"count":4,
                                   "items":[{"p":1.5},{"p":2}]})"_json);
    expectDerivedMatchesReader(writer, reader,
                               R"({"old_name":"n","gone":false,"count":null,"items":[]})"_json);
}

TEST(FieldReports, C3_UnknownEnumSymbolConvertsToTheReaderDefault) {
    Json c = fieldReport("C3");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Result<Converter> conv = deriveConverter(older, newer);
    ASSERT_TRUE(conv.ok()) << conv.error().describe();
    ASSERT_EQ(conv->steps.size(), 1u);
    EXPECT_EQ(conv->steps[0].kind, StepKind::MapEnum);
    EXPECT_EQ(applied(*conv, c["input"]["datum_old"]), c["expected"]["converted_datum"]);
    expectDerivedMatchesReader(older, newer, c["input"]["datum_old"]);
    auto analysis = analyzeConverter(*conv, older.schema);
    ASSERT_TRUE(analysis.ok());
    EXPECT_FALSE(analysis->lossless); // RECTANGLE and CIRCLE both become CIRCLE

    // control: a field-level default does not let an old reader take the new symbol D
    TypeVersion controlOld = versionFrom(c["input"]["control_old"]);
    TypeVersion controlNew = versionFrom(c["input"]["control_new"]);
    EXPECT_TRUE(deriveConverter(controlOld, controlNew).ok());
    EXPECT_FALSE(deriveConverter(controlNew, controlOld).ok());
}

TEST(FieldReports, C8_AliasRenameConvertsAndMultiHopGoesThroughTheIntermediate) {
    Json c = fieldReport("C8");
    TypeVersion v1 = versionFrom(c["input"]["old"]), v11 = versionFrom(c["input"]["new"]),
                v12 = versionFrom(c["input"]["third"]);
    Json datum = c["input"]["datum_old"];

    Result<Converter> direct = deriveConverter(v1, v11);
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(applied(*direct, datum), c["expected"]["old_to_new"]["converted"]);
    EXPECT_FALSE(deriveConverter(v11, v1).ok()); // old readers know nothing of new_name
    Result<Converter> skip = deriveConverter(v1, v12);
    ASSERT_FALSE(skip.ok());
    EXPECT_EQ(skip.error().code, ErrorCode::Conflict);

    Workspace ws = workspaceOf({v1, v11, v12});
    Result<ConversionPath> path = findConversionPath(ws, v1.id, v12.id);
    ASSERT_TRUE(path.ok()) << path.error().describe();
    ASSERT_EQ(path->hops.size(), 2u);
    EXPECT_EQ(path->hops[0].converter.to.toString(), "Message-v1.1.0");
    EXPECT_TRUE(path->lossless());
    Result<Json> out = convertRecord(ws, *path, datum);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    EXPECT_EQ(*out, R"({"id":"1","newest":"x"})"_json);

    Result<ConversionPath> back = findConversionPath(ws, v12.id, v1.id);
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.error().code, ErrorCode::NotFound);
}

TEST(FieldReports, C10_NullableIntWidensToDoubleAndNullStaysNull) {
    Json c = fieldReport("C10");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Result<Converter> conv = deriveConverter(older, newer);
    ASSERT_TRUE(conv.ok());
    Json converted = Json::array();
    for (const Json& record : c["input"]["data_old"]) {
        converted.push_back(applied(*conv, record));
        expectDerivedMatchesReader(older, newer, record);
    }
    EXPECT_EQ(converted, c["expected"]["converted"]);
    EXPECT_TRUE(converted[0]["area"].is_number_float());
    EXPECT_EQ(converted[0].dump(), R"({"area":120.0,"id":"a"})");
    EXPECT_TRUE(converted[1]["area"].is_null());
}

TEST(FieldReports, C12_CheckedNarrowingFailsLoudlyAndNeverWraps) {
    Json c = fieldReport("C12");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    EXPECT_FALSE(deriveConverter(older, newer).ok()); // no demotion by default

    Workspace ws = workspaceOf({older, newer});
    ws.converters.push_back({older.id, newer.id, {cast("sequence", TypeKind::Int32)}, ""});
    Result<ConversionPath> path = findConversionPath(ws, older.id, newer.id);
    ASSERT_TRUE(path.ok());
    ASSERT_EQ(path->hops.size(), 1u);
    EXPECT_FALSE(path->hops[0].derived);
    EXPECT_FALSE(path->hops[0].lossless);

    Result<Json> s1 = convertRecord(ws, *path, c["input"]["data_old"][0]);
    ASSERT_TRUE(s1.ok());
    EXPECT_EQ(*s1, R"({"name":"s1","sequence":42})"_json);
    Result<Json> s2 = convertRecord(ws, *path, c["input"]["data_old"][1]);
    ASSERT_FALSE(s2.ok());
    EXPECT_EQ(s2.error().message, "value 3000000010 outside int32 range");
    EXPECT_EQ(s2.error().where, "sequence");
}

TEST(FieldReports, C14_EmptyStructGainsTheDefaultedField) {
    Json c = fieldReport("C14");
    TypeVersion older = versionFrom(c["input"]["old"]), newer = versionFrom(c["input"]["new"]);
    Result<Converter> conv = deriveConverter(older, newer);
    ASSERT_TRUE(conv.ok()) << conv.error().describe();
    EXPECT_EQ(applied(*conv, c["expected"]["converted"]["from"]), c["expected"]["converted"]["to"]);
    EXPECT_EQ(applied(*conv, R"({"overflow":null})"_json), R"({"overflow":null})"_json);
}

TEST(ConversionPath, ExplicitConverterOutputIsValidatedAgainstTheTarget) {
    TypeVersion a = test::versionFromText(
        R"({"name":"V","version":"1.0.0",
            "fields":[{"name":"x","type":"string","nullable":false}]})");
    TypeVersion b = test::versionFromText(
        R"({"name":"V","version":"2.0.0",
            "fields":[{"name":"y","type":"int32","nullable":false}]})");
    Workspace ws = workspaceOf({a, b});
    ws.converters.push_back({a.id, b.id, {renameStep("x", "y")}, ""}); // forgets the cast
    Result<ConversionPath> path = findConversionPath(ws, a.id, b.id);
    ASSERT_TRUE(path.ok());
    Result<Json> out = convertRecord(ws, *path, R"({"x":"7"})"_json);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code, ErrorCode::Schema);

    ws.converters[0].steps.push_back(cast("y", TypeKind::Int32));
    Result<ConversionPath> fixed = findConversionPath(ws, a.id, b.id);
    ASSERT_TRUE(fixed.ok());
    EXPECT_EQ(convertRecord(ws, *fixed, R"({"x":"7"})"_json).value(), R"({"y":7})"_json);
    EXPECT_EQ(conversionPathToJson(*fixed)["hops"][0]["converter"]["steps"][1]["op"], "cast");
}
