// Avro import/export: the shared demo files, the Avro → model mapping, error locations, and
// import → export → import round trips.

#include "strata/io/avro.h"
#include "strata/model/workspace_io.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>

namespace strata {

// Readable failure output: versions print as their workspace JSON.
void PrintTo(const TypeVersion& tv, std::ostream* os) {
    *os << typeVersionToJson(tv).dump();
}

namespace {

const std::string kNs = "io.confluent.examples.streams.avro.microservices";

std::filesystem::path sharedAvro(const std::string& file) {
    return std::filesystem::path(STRATA_SHARED_DIR) / "data" / "avro" / file;
}

// "name: type[?][ = default]" per field, so whole field lists compare in one assertion.
std::vector<std::string> describeFields(const std::vector<Field>& fields) {
    std::vector<std::string> out;
    for (const Field& f : fields) {
        std::string line = f.name + ": " + f.type.describe() + (f.nullable ? "?" : "");
        if (f.defaultValue)
            line += " = " + f.defaultValue->dump();
        out.push_back(line);
    }
    return out;
}

AvroImport importOk(const std::string& text, const AvroImportOptions& options = {}) {
    Result<AvroImport> r = importAvro(text, "test.avsc", options);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().describe());
    return r.ok() ? std::move(r).value() : AvroImport{};
}

Error importError(const std::string& text) {
    Result<AvroImport> r = importAvro(text, "test.avsc");
    EXPECT_FALSE(r.ok()) << "imported although it should have failed";
    return r.ok() ? Error{} : r.error();
}

RefResolver resolverOver(const std::vector<TypeVersion>& versions) {
    return
        [&versions](std::string_view type, const std::optional<SemVer>& v) -> const TypeVersion* {
            for (const TypeVersion& tv : versions)
                if (tv.id.name == type && (!v || tv.id.version == *v))
                    return &tv;
            return nullptr;
        };
}

// Exports every version and imports each export again; the versions must come back equal.
void expectRoundTrip(const std::vector<TypeVersion>& versions) {
    RefResolver refs = resolverOver(versions);
    for (const TypeVersion& tv : versions) {
        Result<std::string> text = exportAvroText(tv, refs);
        ASSERT_TRUE(text.ok()) << text.error().describe();
        AvroImportOptions options;
        options.version = tv.id.version;
        Result<AvroImport> again = importAvro(*text, "exported.avsc", options);
        ASSERT_TRUE(again.ok()) << again.error().describe() << "\n" << *text;
        ASSERT_EQ(again->versions.size(), 1u) << *text;
        EXPECT_EQ(again->versions[0], tv) << *text;
    }
}

TEST(AvroImport, SharedCustomerFile) {
    Result<AvroImport> r = importAvroFile(sharedAvro("customer.avsc"));
    ASSERT_TRUE(r.ok()) << r.error().describe();
    ASSERT_EQ(r->versions.size(), 1u);
    EXPECT_EQ(r->versions[0].id.toString(), kNs + ".Customer-v1.0.0");
    EXPECT_EQ(describeFields(r->versions[0].schema.fields),
              (std::vector<std::string>{"id: int64", "firstName: string", "lastName: string",
                                        "email: string", "address: string",
                                        "level: string = \"bronze\""}));
    EXPECT_TRUE(r->notes.empty());
}

TEST(AvroImport, SharedOrderFileTurnsNamedRecordIntoReference) {
    Result<AvroImport> r = importAvroFile(sharedAvro("order.avsc"));
    ASSERT_TRUE(r.ok()) << r.error().describe();
    ASSERT_EQ(r->versions.size(), 2u);
    const TypeVersion& order = r->versions[0];
    const TypeVersion& value = r->versions[1];
    EXPECT_EQ(order.id.toString(), kNs + ".Order-v1.0.0");
    EXPECT_EQ(
        describeFields(order.schema.fields),
        (std::vector<std::string>{"id: string", "customerId: int64", "state: enum OrderState",
                                  "product: enum Product", "quantity: int32", "price: float64"}));
    const DataType& state = order.schema.fields[2].type;
    EXPECT_EQ(state.nameSpace, kNs);
    EXPECT_EQ(state.symbols,
              (std::vector<std::string>{"CREATED", "VALIDATED", "FAILED", "SHIPPED"}));
    EXPECT_FALSE(state.enumDefault.has_value());
    EXPECT_EQ(order.schema.fields[3].type.symbols,
              (std::vector<std::string>{"JUMPERS", "UNDERPANTS", "STOCKINGS"}));

    EXPECT_EQ(value.id.toString(), kNs + ".OrderValue-v1.0.0");
    EXPECT_EQ(describeFields(value.schema.fields),
              (std::vector<std::string>{"order: ref " + kNs + ".Order-v1.0.0", "value: float64"}));
}

TEST(AvroImport, SharedOrderEnrichedFile) {
    Result<AvroImport> r = importAvroFile(sharedAvro("orderenriched.avsc"));
    ASSERT_TRUE(r.ok()) << r.error().describe();
    ASSERT_EQ(r->versions.size(), 1u);
    EXPECT_EQ(r->versions[0].id.toString(), kNs + ".OrderEnriched-v1.0.0");
    EXPECT_EQ(
        describeFields(r->versions[0].schema.fields),
        (std::vector<std::string>{"id: string", "customerId: int64", "customerLevel: string"}));
}

TEST(AvroImport, SharedFilesRoundTrip) {
    for (const char* file : {"customer.avsc", "order.avsc", "orderenriched.avsc"}) {
        SCOPED_TRACE(file);
        Result<AvroImport> r = importAvroFile(sharedAvro(file));
        ASSERT_TRUE(r.ok()) << r.error().describe();
        expectRoundTrip(r->versions);
    }
}

TEST(AvroImport, VersionAndShortNamesFromOptions) {
    AvroImportOptions options;
    options.version = SemVer{2, 1, 0};
    options.shortNames = true;
    Result<AvroImport> r = importAvroFile(sharedAvro("order.avsc"), options);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r->versions[0].id.toString(), "Order-v2.1.0");
    EXPECT_EQ(r->versions[1].schema.fields[0].type.describe(), "ref Order-v2.1.0");
}

TEST(AvroImport, ShortNamesThatCollideAreRefused) {
    AvroImport full = importOk(R"([
      {"type": "record", "name": "a.Order", "fields": []},
      {"type": "record", "name": "b.Order", "fields": []}])");
    ASSERT_EQ(full.versions.size(), 2u);
    EXPECT_EQ(full.versions[1].id.name, "b.Order");

    AvroImportOptions options;
    options.shortNames = true;
    Result<AvroImport> r = importAvro(R"([
      {"type": "record", "name": "a.Order", "fields": []},
      {"type": "record", "name": "b.Order", "fields": []}])",
                                      "two.avsc", options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_EQ(r.error().where, "two.avsc:3:7 (at /1)");
}

TEST(AvroImport, NullableUnionsKeepNoDefaultApartFromDefaultNull) {
    AvroImport r = importOk(R"({"type": "record", "name": "R", "fields": [
      {"name": "a", "type": ["null", "string"], "default": null},
      {"name": "b", "type": ["null", "int"]},
      {"name": "c", "type": ["long", "null"], "default": 5},
      {"name": "d", "type": "string"}]})");
    ASSERT_EQ(r.versions.size(), 1u);
    EXPECT_EQ(
        describeFields(r.versions[0].schema.fields),
        (std::vector<std::string>{"a: string? = null", "b: int32?", "c: int64? = 5", "d: string"}));

    Result<AvroExport> out = exportAvro(r.versions[0]);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    const Json& fields = out->schema["fields"];
    EXPECT_EQ(fields[0]["type"], Json::parse(R"(["null", "string"])"));
    EXPECT_EQ(fields[0]["default"], Json(nullptr));
    EXPECT_EQ(fields[1]["type"], Json::parse(R"(["null", "int"])"));
    EXPECT_FALSE(fields[1].contains("default"));
    EXPECT_EQ(fields[2]["type"], Json::parse(R"(["long", "null"])"));
    EXPECT_EQ(fields[2]["default"], Json(5));
    expectRoundTrip(r.versions);
}

TEST(AvroImport, NamespacesAreInheritedAndOverridden) {
    AvroImport r = importOk(R"({"type": "record", "name": "Outer", "namespace": "com.acme",
      "fields": [
        {"name": "inner", "type": {"type": "record", "name": "Inner", "fields": [
          {"name": "x", "type": "int"}]}},
        {"name": "other", "type": {"type": "record", "name": "Other", "namespace": "org.x",
          "fields": [{"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["A"]}}]}},
        {"name": "dotted", "type": {"type": "enum", "name": "net.y.D", "namespace": "ignored",
          "symbols": ["Q"]}},
        {"name": "again", "type": "Inner"},
        {"name": "full", "type": "org.x.E"}]})");
    ASSERT_EQ(r.versions.size(), 1u);
    const auto& f = r.versions[0].schema.fields;
    EXPECT_EQ(r.versions[0].id.name, "com.acme.Outer");
    EXPECT_EQ(f[0].type.nameSpace, "com.acme");
    EXPECT_EQ(f[0].type.name, "Inner");
    EXPECT_EQ(f[1].type.nameSpace, "org.x");
    EXPECT_EQ(f[1].type.fields[0].type.nameSpace, "org.x"); // inherited from Other
    EXPECT_EQ(f[2].type.nameSpace, "net.y");
    EXPECT_EQ(f[2].type.name, "D");
    EXPECT_EQ(f[3].type, f[0].type);
    EXPECT_EQ(f[4].type, f[1].type.fields[0].type);
    expectRoundTrip(r.versions);
}

TEST(AvroImport, EnumsWithDefaultsAliasesAndDocs) {
    AvroImport r = importOk(R"({"type": "record", "name": "R", "doc": "a record",
      "fields": [
        {"name": "status", "aliases": ["state", "st"], "doc": "where it is",
         "type": {"type": "enum", "name": "Status", "aliases": ["OldStatus"],
                  "symbols": ["NEW", "DONE", "UNKNOWN"], "default": "UNKNOWN"},
         "default": "NEW"}]})");
    ASSERT_EQ(r.versions.size(), 1u);
    const TypeVersion& tv = r.versions[0];
    EXPECT_EQ(tv.doc, "a record");
    const Field& f = tv.schema.fields[0];
    EXPECT_EQ(f.aliases, (std::vector<std::string>{"state", "st"}));
    EXPECT_EQ(f.doc, "where it is");
    EXPECT_EQ(f.type.aliases, (std::vector<std::string>{"OldStatus"}));
    EXPECT_EQ(f.type.enumDefault, std::optional<std::string>("UNKNOWN"));
    EXPECT_EQ(f.defaultValue, std::optional<Json>("NEW"));
    expectRoundTrip(r.versions);
}

TEST(AvroImport, LogicalTypesMapToModelTypesWithConvertedDefaults) {
    AvroImport r = importOk(R"({"type": "record", "name": "L", "fields": [
      {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10,
        "scale": 2}, "default": "\u0004\u00d2"},
      {"name": "debt", "type": {"type": "bytes", "logicalType": "decimal", "precision": 5,
        "scale": 1}, "default": "\u00ff\u0085"},
      {"name": "day", "type": {"type": "int", "logicalType": "date"}, "default": 19000},
      {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"},
        "default": 1500},
      {"name": "local", "type": {"type": "long", "logicalType": "local-timestamp-micros"},
        "default": -1},
      {"name": "id", "type": {"type": "string", "logicalType": "uuid"},
        "default": "123e4567-e89b-12d3-a456-426614174000"},
      {"name": "money", "type": {"type": "fixed", "name": "Money", "size": 4,
        "logicalType": "decimal", "precision": 9, "scale": 0},
       "default": "\u0000\u0000\u0001\u0000"},
      {"name": "tod", "type": {"type": "int", "logicalType": "time-millis"}},
      {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 2}}]})");
    ASSERT_EQ(r.versions.size(), 1u);
    EXPECT_EQ(describeFields(r.versions[0].schema.fields),
              (std::vector<std::string>{
                  "amount: decimal(10,2) = \"12.34\"", "debt: decimal(5,1) = \"-12.3\"",
                  "day: date = \"2022-01-08\"", "at: timestamptz = \"1970-01-01T00:00:01.5Z\"",
                  "local: timestamp = \"1969-12-31T23:59:59.999999\"",
                  "id: uuid = \"123e4567-e89b-12d3-a456-426614174000\"",
                  "money: decimal(9,0) = \"256\"", "tod: int32", "hash: bytes"}));
    EXPECT_EQ(r.notes, (std::vector<std::string>{
                           "money: fixed Money decimal imported as decimal (its size is not kept)",
                           "tod: logical type time-millis on int has no model type; imported as "
                           "int32",
                           "hash: fixed Hash (2 bytes) imported as bytes"}));
    expectRoundTrip(r.versions);
}

TEST(AvroImport, ArraysMapsAndNestedDefaultsRoundTrip) {
    AvroImport r = importOk(R"({"type": "record", "name": "C", "namespace": "n", "fields": [
      {"name": "tags", "type": {"type": "array", "items": "string"}, "default": ["a"]},
      {"name": "counts", "type": {"type": "map", "values": "long"}, "default": {"x": 1}},
      {"name": "point", "type": {"type": "record", "name": "P", "fields": [
        {"name": "x", "type": "double"},
        {"name": "when", "type": {"type": "int", "logicalType": "date"}, "default": 1},
        {"name": "opt", "type": ["null", {"type": "record", "name": "Q", "fields": [
          {"name": "q", "type": "string"}]}], "default": null}]},
       "default": {"x": 1.5, "when": 2}},
      {"name": "points", "type": {"type": "array", "items": "P"}},
      {"name": "raw", "type": "bytes", "default": "\u00ff\u0000"}]})");
    ASSERT_EQ(r.versions.size(), 1u);
    const auto& f = r.versions[0].schema.fields;
    EXPECT_EQ(describeFields(f),
              (std::vector<std::string>{
                  "tags: array<string> = [\"a\"]", "counts: map<string,int64> = {\"x\":1}",
                  "point: struct P = {\"opt\":null,\"when\":\"1970-01-03\",\"x\":1.5}",
                  "points: array<struct P>", "raw: bytes = \"\u00ff\\u0000\""}));
    EXPECT_EQ(describeFields(f[2].type.fields),
              (std::vector<std::string>{"x: float64", "when: date = \"1970-01-02\"",
                                        "opt: struct Q? = null"}));
    expectRoundTrip(r.versions);
}

TEST(AvroImport, RecursiveTopLevelRecordBecomesSelfReference) {
    AvroImport r = importOk(R"({"type": "record", "name": "Node", "fields": [
      {"name": "value", "type": "int"},
      {"name": "next", "type": ["null", "Node"], "default": null},
      {"name": "children", "type": {"type": "array", "items": "Node"}}]})");
    ASSERT_EQ(r.versions.size(), 1u);
    EXPECT_EQ(describeFields(r.versions[0].schema.fields),
              (std::vector<std::string>{"value: int32", "next: ref Node-v1.0.0? = null",
                                        "children: array<ref Node-v1.0.0>"}));
    Result<AvroExport> out = exportAvro(r.versions[0]);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    EXPECT_EQ(out->schema["fields"][1]["type"], Json::parse(R"(["null", "Node"])"));
    expectRoundTrip(r.versions);
}

TEST(AvroImport, ReferenceToRecursiveRecordRoundTrips) {
    AvroImport r = importOk(R"([
      {"type": "record", "name": "Node", "fields": [
        {"name": "next", "type": ["null", "Node"], "default": null}]},
      {"type": "record", "name": "List", "fields": [{"name": "head", "type": "Node"}]}])");
    ASSERT_EQ(r.versions.size(), 2u);
    EXPECT_EQ(describeFields(r.versions[1].schema.fields),
              (std::vector<std::string>{"head: ref Node-v1.0.0"}));
    expectRoundTrip(r.versions);
}

TEST(AvroImport, ReferencesExportInlineAndImportBackAsReferences) {
    Result<AvroImport> r = importAvroFile(sharedAvro("order.avsc"));
    ASSERT_TRUE(r.ok()) << r.error().describe();
    RefResolver refs = resolverOver(r->versions);
    Result<AvroExport> out = exportAvro(r->versions[1], refs);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    const Json& order = out->schema["fields"][0]["type"];
    EXPECT_EQ(order["type"], "record");
    EXPECT_EQ(order["name"], "Order");
    EXPECT_FALSE(order.contains("namespace")); // inherited from OrderValue
    EXPECT_EQ(order["strata.ref"],
              Json::parse(R"({"type": ")" + kNs + R"(.Order", "version": "1.0.0"})"));
    EXPECT_EQ(order["fields"][2]["type"]["name"], "OrderState");

    Result<AvroExport> dangling = exportAvro(r->versions[1]);
    ASSERT_FALSE(dangling.ok());
    EXPECT_EQ(dangling.error().code, ErrorCode::NotFound);
    EXPECT_EQ(dangling.error().where, kNs + ".OrderValue-v1.0.0 field order");
}

TEST(AvroImport, ErrorsNameFileLineAndPointer) {
    Error bad = importError("{\"type\": \"record\",\n \"name\": \"R\", \"fields\": [\n"
                            "  {\"name\": \"a\", \"type\": [\"null\", \"string\"], "
                            "\"default\": \"x\"}]}");
    EXPECT_EQ(bad.code, ErrorCode::Schema);
    EXPECT_EQ(bad.where, "test.avsc:3:56 (at /fields/0/default)");
    EXPECT_EQ(bad.message, "field 'a': the default of a [\"null\", T] union must be null "
                           "(defaults match the first branch)");

    Error union3 = importError(R"({"type": "record", "name": "R", "fields": [
      {"name": "inner", "type": {"type": "record", "name": "I", "fields": [
        {"name": "u", "type": ["int", "string"]}]}}]})");
    EXPECT_EQ(union3.code, ErrorCode::Unsupported);
    EXPECT_EQ(union3.where, "test.avsc:3:31 (at /fields/0/type/fields/0/type)");
    EXPECT_EQ(union3.message, "field 'inner.u': union [\"int\",\"string\"] is not supported; "
                              "only a field's [\"null\", T] or [T, \"null\"] maps (to a nullable "
                              "field)");

    Error unknown = importError(R"({"type": "record", "name": "R", "namespace": "x",
      "fields": [{"name": "a", "type": "Missing"}]})");
    EXPECT_EQ(unknown.code, ErrorCode::NotFound);
    EXPECT_EQ(unknown.message, "field 'a': unknown type 'Missing' (looked up as x.Missing)");

    Error syntax = importError("{\"type\": \"record\",\n \"name\": }");
    EXPECT_EQ(syntax.code, ErrorCode::Parse);
    EXPECT_EQ(syntax.where.substr(0, 12), "test.avsc:2:");

    Error badDefault = importError(R"({"type": "record", "name": "R", "fields": [
      {"name": "n", "type": "int", "default": 3000000000}]})");
    EXPECT_EQ(badDefault.code, ErrorCode::Schema);
    EXPECT_EQ(badDefault.message, "default 3000000000 is not a valid int");

    Error nested = importError(R"({"type": "record", "name": "R", "fields": [
      {"name": "t", "type": {"type": "record", "name": "T", "fields": [
        {"name": "self", "type": ["null", "T"]}]}}]})");
    EXPECT_EQ(nested.code, ErrorCode::Unsupported);
    EXPECT_EQ(nested.message, "field 't.self': record T refers to itself; a recursive record "
                              "must be listed as a top-level record of the file");

    Error arrayOfNullable = importError(R"({"type": "record", "name": "R", "fields": [
      {"name": "xs", "type": {"type": "array", "items": ["null", "int"]}}]})");
    EXPECT_EQ(arrayOfNullable.code, ErrorCode::Unsupported);
    EXPECT_EQ(arrayOfNullable.where, "test.avsc:2:57 (at /fields/0/type/items)");

    Error notRecord = importError(R"("string")");
    EXPECT_EQ(notRecord.code, ErrorCode::Unsupported);

    Error twice = importError(R"([{"type": "enum", "name": "E", "symbols": ["A"]},
      {"type": "enum", "name": "E", "symbols": ["B"]}])");
    EXPECT_EQ(twice.code, ErrorCode::Schema);
    EXPECT_EQ(twice.message, "type E is defined twice");
}

TEST(AvroExport, ModelOnlyTypesAreApproximatedWithNotes) {
    TypeVersion tv;
    tv.id = TypeVersionId{"shop.Item", SemVer{1, 2, 0}};
    Field meta{"meta", DataType::primitive(TypeKind::JsonValue), false, Json("{}"), {}, ""};
    Field price{"price", DataType::decimal(0, 0), true, std::nullopt, {}, ""};
    DataType address;
    address.kind = TypeKind::Struct;
    address.fields.push_back(
        Field{"city", DataType::primitive(TypeKind::String), false, std::nullopt, {}, ""});
    Field home{"home", address, false, std::nullopt, {}, ""};
    tv.schema.fields = {meta, price, home};

    Result<AvroExport> out = exportAvro(tv);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    EXPECT_EQ(out->schema["name"], "Item");
    EXPECT_EQ(out->schema["namespace"], "shop");
    EXPECT_EQ(out->schema["fields"][0]["type"], "string");
    EXPECT_EQ(out->schema["fields"][1]["type"], Json::parse(R"(["null", "string"])"));
    EXPECT_EQ(out->schema["fields"][2]["type"]["name"], "HomeRecord");
    EXPECT_EQ(out->notes, (std::vector<std::string>{
                              "meta: json written as string (Avro has no JSON type)",
                              "price: decimal without a precision written as string (Avro "
                              "decimals need one)",
                              "home: unnamed struct written as shop.HomeRecord"}));
}

TEST(AvroExport, DifferentTypesWithOneNameAreRefused) {
    DataType a;
    a.kind = TypeKind::Enum;
    a.name = "E";
    a.symbols = {"X"};
    DataType b = a;
    b.symbols = {"Y"};
    TypeVersion tv;
    tv.id = TypeVersionId{"R", SemVer{1, 0, 0}};
    tv.schema.fields = {Field{"a", a, false, std::nullopt, {}, ""},
                        Field{"b", b, false, std::nullopt, {}, ""}};
    Result<AvroExport> out = exportAvro(tv);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code, ErrorCode::Conflict);
    EXPECT_EQ(out.error().where, "R-v1.0.0 field b");
}

} // namespace
} // namespace strata
