// The fast record converter against the reference converter, byte for byte:
// - random schemas, evolutions and records (rendered with shuffled keys, optional escapes,
//   other number spellings, duplicate keys and whitespace) through derived converters and
//   through random converters using every step kind;
// - hand-written records and converters with exact expected output;
// - JSON Lines batches that stop at, or dead-letter, bad records without losing good ones.
// STRATA_FASTCONVERT_RECORDS sets the number of random records (20,000 by default; the
// benchmark-style run uses 1,000,000).

#include "../support/random_schema.h"
#include "strata/convert/converter.h"
#include "strata/fastconvert/json_lines.h"
#include "strata/fastconvert/record_converter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <gtest/gtest.h>
#include <random>

using namespace strata;
using namespace std::literals;

namespace {

long recordCount() {
    const char* env = std::getenv("STRATA_FASTCONVERT_RECORDS");
    return env ? std::atol(env) : 20000;
}

// Renders a JSON value as valid JSON text that parses back to the same value but is spelled
// differently from nlohmann's canonical dump.
class Scrambler {
public:
    explicit Scrambler(std::mt19937_64& rng)
        : m_rng(rng) {}

    std::string render(const Json& value) {
        std::string out;
        write(value, out);
        return out;
    }

private:
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    void space(std::string& out) {
        static const char* const spaces[] = {"", "", "", " ", "\t", "  ", "\r "};
        out += spaces[m_rng() % 7];
    }

    void escapeUnit(unsigned unit, std::string& out) {
        char buf[8];
        std::snprintf(buf, sizeof buf, chance(0.5) ? "\\u%04x" : "\\u%04X", unit);
        out += buf;
    }

    // Decodes one UTF-8 sequence at `i` (input is valid UTF-8) and returns its length.
    static size_t decode(const std::string& s, size_t i, unsigned& cp) {
        auto c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        return n;
    }

    void writeString(const std::string& s, std::string& out) {
        out += '"';
        for (size_t i = 0; i < s.size();) {
            unsigned cp = 0;
            size_t n = decode(s, i, cp);
            bool escape = chance(0.15);
            if (cp == '"' || cp == '\\' || cp < 0x20 || escape) {
                if (cp == '"' && !escape)
                    out += "\\\"";
                else if (cp == '\\' && !escape)
                    out += "\\\\";
                else if (cp == '\n' && !escape)
                    out += "\\n";
                else if (cp == '/' && chance(0.5))
                    out += "\\/";
                else if (cp >= 0x10000) {
                    escapeUnit(0xD800 + ((cp - 0x10000) >> 10), out);
                    escapeUnit(0xDC00 + ((cp - 0x10000) & 0x3FF), out);
                } else {
                    escapeUnit(cp, out);
                }
            } else {
                out.append(s, i, n);
            }
            i += n;
        }
        out += '"';
    }

    void writeDouble(double d, std::string& out) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", d);
        std::string text = buf;
        if (text.find_first_of(".eE") == std::string::npos)
            text += chance(0.5) ? ".0" : "e0";
        if (chance(0.3))
            std::replace(text.begin(), text.end(), 'e', 'E');
        out += chance(0.5) ? text : Json(d).dump();
    }

    void write(const Json& value, std::string& out) {
        switch (value.type()) {
        case Json::value_t::string:
            writeString(value.get_ref<const std::string&>(), out);
            return;
        case Json::value_t::number_float:
            writeDouble(value.get<double>(), out);
            return;
        case Json::value_t::array: {
            out += '[';
            space(out);
            bool first = true;
            for (const Json& element : value) {
                if (!first)
                    out += ',';
                first = false;
                space(out);
                write(element, out);
                space(out);
            }
            out += ']';
            return;
        }
        case Json::value_t::object: {
            std::vector<std::pair<std::string, const Json*>> members;
            for (const auto& [key, member] : value.items())
                members.emplace_back(key, &member);
            std::shuffle(members.begin(), members.end(), m_rng);
            // A duplicate key before the real one: nlohmann keeps the last.
            if (!members.empty() && chance(0.05))
                members.insert(members.begin(), {members.back().first, &kJunk});
            out += '{';
            space(out);
            bool first = true;
            for (const auto& [key, member] : members) {
                if (!first)
                    out += ',';
                first = false;
                space(out);
                writeString(key, out);
                space(out);
                out += ':';
                space(out);
                write(*member, out);
            }
            space(out);
            out += '}';
            return;
        }
        default:
            out += value.dump();
            return;
        }
    }

    inline static const Json kJunk = Json{{"junk", {1, 2.5, "x"}}};
    std::mt19937_64& m_rng;
};

// Compares one record through both converters; returns a description of the difference.
std::string difference(RecordConverter& fast, const Converter& converter, const std::string& text) {
    std::string out = "kept";
    Status status = fast.convert(text, out);
    Result<std::string> reference = convertRecordByReference(converter, text);
    if (reference && status && out == "kept" + *reference)
        return {};
    if (!reference && !status && status.error().describe() == reference.error().describe())
        return {};
    return "record " + text + "\nfast: " + (status ? out.substr(4) : status.error().describe()) +
           "\nreference: " + (reference ? *reference : reference.error().describe()) +
           "\nconverter: " + converterToJson(converter).dump();
}

std::shared_ptr<const ConverterPlan> compiled(const Converter& converter) {
    auto plan = ConverterPlan::compile(converter);
    EXPECT_TRUE(plan.ok()) << plan.error().describe();
    return plan ? *plan : nullptr;
}

// Field paths of a schema in step-path syntax, with their types.
void collectPaths(const std::vector<Field>& fields, const std::string& prefix,
                  std::vector<std::pair<std::string, const DataType*>>& out) {
    for (const Field& f : fields) {
        std::string path = prefix + f.name;
        out.emplace_back(path, &f.type);
        const DataType* type = &f.type;
        std::string suffix;
        while (type->kind == TypeKind::Array || type->kind == TypeKind::Map) {
            suffix += type->kind == TypeKind::Array ? "[]" : "{}";
            type = type->kind == TypeKind::Array ? &type->element() : &type->mapValue();
            out.emplace_back(path + suffix, type);
        }
        if (type->kind == TypeKind::Struct)
            collectPaths(type->fields, path + suffix + ".", out);
    }
}

// A random converter over `schema` using every step kind, valid or not for its records.
Converter randomConverter(test::SchemaGenerator& gen, const Schema& schema) {
    std::mt19937_64& rng = gen.rng();
    std::vector<std::pair<std::string, const DataType*>> paths;
    collectPaths(schema.fields, "", paths);
    Converter converter{{"T", {1, 0, 0}}, {"T", {2, 0, 0}}, {}, ""};
    if (paths.empty())
        return converter;
    static const TypeKind castTargets[] = {TypeKind::Bool,    TypeKind::Int32,   TypeKind::Int64,
                                           TypeKind::Float32, TypeKind::Float64, TypeKind::String,
                                           TypeKind::Date,    TypeKind::Uuid};
    static const Json values[] = {nullptr,
                                  0,
                                  -7,
                                  2.5,
                                  "dflt",
                                  Json::array(),
                                  Json::object(),
                                  Json{{"k", {1, "\xc3\xa9\x01"}}},
                                  18446744073709551615ULL};
    int count = int(rng() % 5) + 1;
    for (int i = 0; i < count; ++i) {
        const auto& [path, type] = paths[rng() % paths.size()];
        bool plain = !path.ends_with("]") && !path.ends_with("}");
        ConverterStep step;
        step.field = path;
        step.value = values[rng() % std::size(values)];
        switch (rng() % 7) {
        case 0:
            step.kind = plain ? StepKind::Rename : StepKind::Drop;
            step.newName = "renamed" + std::to_string(i);
            step.field = plain ? path : path.substr(0, path.find_first_of("[{"));
            break;
        case 1:
            step.kind = StepKind::AddWithDefault;
            step.field = plain ? path + "_added" : "added" + std::to_string(i);
            break;
        case 2:
            step.kind = StepKind::Drop;
            step.field = plain ? path : path.substr(0, path.find_first_of("[{"));
            break;
        case 3: {
            step.kind = StepKind::Cast;
            TypeKind target = castTargets[rng() % std::size(castTargets)];
            step.toType = rng() % 4 == 0 ? DataType::decimal(int(rng() % 12), int(rng() % 3))
                                         : DataType::primitive(target);
            if (step.toType->precision < step.toType->scale)
                step.toType->precision = step.toType->scale;
            step.onError = OnError(rng() % 3);
            break;
        }
        case 4:
            step.kind = StepKind::MapEnum;
            for (const std::string& symbol : type->symbols)
                if (rng() % 2)
                    step.symbolMap[symbol] = "mapped_" + symbol;
            step.symbolMap["caf\xc3\xa9"] = "\xe6\xb1\x89";
            break;
        case 5:
            step.kind = StepKind::DefaultIfNull;
            break;
        default:
            step.kind = StepKind::ScaleOffset;
            step.scale = double(int64_t(rng() % 2001) - 1000) / 8;
            step.offset = double(int64_t(rng() % 2001) - 1000) / 3;
            break;
        }
        converter.steps.push_back(std::move(step));
    }
    return converter;
}

struct Tally {
    long records = 0, failed = 0, converters = 0;
};

// Runs `records` random records of `writer` through `converter` both ways.
void compareRecords(test::SchemaGenerator& gen, const Converter& converter, const Schema& writer,
                    long records, Tally& tally) {
    auto plan = compiled(converter);
    ASSERT_TRUE(plan);
    RecordConverter fast(plan);
    Scrambler scrambler(gen.rng());
    for (long i = 0; i < records; ++i) {
        Json record = gen.record(writer);
        if (i % 7 == 3)
            record["extra_unsigned"] = 18446744073709551615ULL;
        std::string text = scrambler.render(record);
        std::string diff = difference(fast, converter, text);
        ASSERT_TRUE(diff.empty()) << diff;
        // the same text again meets the key orders and plans cached for it the first time
        if (i % 4 == 1) {
            diff = difference(fast, converter, text);
            ASSERT_TRUE(diff.empty()) << "second time: " << diff;
        }
        ++tally.records;
    }
    tally.failed += long(fast.counters().failed);
    ++tally.converters;
    // Random records never need the reference: simdjson represents all of their numbers.
    EXPECT_EQ(fast.counters().reference, 0u);
}

void runRandom(test::RandomSchemaOptions options, uint64_t seed, bool derived) {
    test::SchemaGenerator gen(seed, options);
    Tally tally;
    const long total = recordCount();
    while (tally.records < total) {
        TypeVersion older{{"T", {1, 0, 0}}, gen.schema(), ""};
        Converter converter;
        if (derived) {
            TypeVersion newer{{"T", {2, 0, 0}}, gen.evolve(older.schema), ""};
            auto derivedConverter = deriveConverter(older, newer);
            if (!derivedConverter)
                continue;
            converter = *derivedConverter;
        } else {
            converter = randomConverter(gen, older.schema);
        }
        compareRecords(gen, converter, older.schema, std::min(20L, total - tally.records), tally);
        if (testing::Test::HasFatalFailure())
            return;
    }
    std::printf("records %ld, refused by both %ld, converters %ld\n", tally.records, tally.failed,
                tally.converters);
    EXPECT_EQ(tally.records, total);
    // Random steps must both convert and refuse records, or they prove little.
    if (!derived) {
        EXPECT_GT(tally.failed, total / 100);
    }
}

} // namespace

TEST(FastConvert, DerivedConvertersMatchTheReferenceByteForByte) {
    runRandom({}, 20261204, true);
}

TEST(FastConvert, DerivedConvertersMatchOnDeepNesting) {
    runRandom({6, 4, false}, 11, true);
}

TEST(FastConvert, RandomStepsMatchTheReferenceByteForByte) {
    runRandom({}, 5, false);
}

TEST(FastConvert, RandomStepsMatchOnDeepNesting) {
    runRandom({6, 4, false}, 17, false);
}

namespace {

ConverterStep step(StepKind kind, std::string field) {
    ConverterStep s;
    s.kind = kind;
    s.field = std::move(field);
    return s;
}

// Every step kind on an order record, nested paths included.
Converter orderConverter() {
    Converter c{{"Order", {1, 0, 0}}, {"Order", {2, 0, 0}}, {}, ""};
    ConverterStep rename = step(StepKind::Rename, "old");
    rename.newName = "new";
    ConverterStep add = step(StepKind::AddWithDefault, "customer.tier");
    add.value = "basic";
    ConverterStep linePrice = step(StepKind::Cast, "lines[].price");
    linePrice.toType = DataType::primitive(TypeKind::Float64);
    ConverterStep idCast = step(StepKind::Cast, "id");
    idCast.toType = DataType::primitive(TypeKind::Int64);
    idCast.onError = OnError::Null;
    ConverterStep qty = step(StepKind::Cast, "qty");
    qty.toType = DataType::primitive(TypeKind::Int32);
    qty.onError = OnError::Default;
    qty.value = -1;
    ConverterStep status = step(StepKind::MapEnum, "status");
    status.symbolMap = {{"NEW", "OPEN"}};
    ConverterStep note = step(StepKind::DefaultIfNull, "note");
    note.value = "none";
    ConverterStep weight = step(StepKind::ScaleOffset, "weight");
    weight.scale = 1000;
    weight.offset = 0.5;
    c.steps = {rename, add,  linePrice, step(StepKind::Drop, "drop_me"), idCast, qty,
               status, note, weight};
    return c;
}

const char* const kOrder =
    R"({"id":18446744073709551615,"neg":-9223372036854775808,"qty":3000000010,"total":1e300,)"
    R"("tiny":1.5e-7,"weight":0.25,"name":"caf\u00e9 \"q\" \/ \u001f\t\u00ff",)"
    R"("old":"x","lines":[{"sku":"a","price":3},{"sku":"b","price":null},{"price":120}],)"
    R"("empty":[],"obj":{},"status":"NEW","note":null,)"
    R"("customer":{"name":"\u6c49","id":9007199254740993},)"
    R"("drop_me":[1,{"z":1,"a":2}],"big":12345678901234567890})";

const char* const kOrderConverted =
    R"({"big":12345678901234567890,"customer":{"id":9007199254740993,"name":"汉","tier":"basic"},)"
    R"("empty":[],"id":null,)"
    R"("lines":[{"price":3.0,"sku":"a"},{"price":null,"sku":"b"},{"price":120.0}],)"
    R"("name":"café \"q\" / \u001f\tÿ","neg":-9223372036854775808,"new":"x","note":"none",)"
    R"("obj":{},"qty":-1,"status":"OPEN","tiny":1.5e-07,"total":1e+300,"weight":250.5})";

} // namespace

TEST(FastConvert, OrderRecordUsesEveryStepKind) {
    RecordConverter fast(compiled(orderConverter()));
    std::string out;
    ASSERT_TRUE(fast.convert(kOrder, out).ok());
    EXPECT_EQ(out, kOrderConverted);
    EXPECT_EQ(*convertRecordByReference(orderConverter(), kOrder), kOrderConverted);
    EXPECT_EQ(fast.counters().fast, 1u);
}

namespace {

// Renames, adds, promotes and drops top-level fields only, which the fast path plans once per
// key order of the top level.
Converter topLevelConverter() {
    Converter c{{"Order", {1, 0, 0}}, {"Order", {2, 0, 0}}, {}, ""};
    ConverterStep rename = step(StepKind::Rename, "ref");
    rename.newName = "id";
    ConverterStep add = step(StepKind::AddWithDefault, "channel");
    add.value = "web";
    ConverterStep promote = step(StepKind::Cast, "qty");
    promote.toType = DataType::primitive(TypeKind::Float64);
    c.steps = {rename, add, promote, step(StepKind::Drop, "note")};
    return c;
}

} // namespace

// More distinct key orders than the cache keeps (4096): the rest are sorted one by one, and
// every record still matches the reference, first time and again.
TEST(FastConvert, MoreKeyOrdersThanTheCacheKeepsStillMatch) {
    const Converter converter = topLevelConverter();
    RecordConverter fast(compiled(converter));
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < 5000; ++i) {
            const std::string k = "k" + std::to_string(i);
            const std::string text = R"({"qty":)" + std::to_string(i) + R"(,")" + k +
                                     R"(":{"z":1,")" + k + R"(":[],"a":null},"ref":"r","note":1})";
            const std::string diff = difference(fast, converter, text);
            ASSERT_TRUE(diff.empty()) << diff;
        }
    }
    std::string out;
    ASSERT_TRUE(fast.convert(R"({"k7":{"b":2,"a":1},"qty":-0,"ref":1})", out).ok());
    EXPECT_EQ(out, R"({"channel":"web","id":1,"k7":{"a":1,"b":2},"qty":0.0})");
}

// A planned top level refuses what applyStep refuses, and a value dropped after a failing
// cast still fails the record.
TEST(FastConvert, PlannedTopLevelRefusesLikeTheReference) {
    Converter converter = topLevelConverter();
    ConverterStep narrow = step(StepKind::Cast, "note");
    narrow.toType = DataType::primitive(TypeKind::Int32);
    converter.steps.insert(converter.steps.begin() + 3, narrow);
    RecordConverter fast(compiled(converter));
    for (const char* text :
         {R"({"ref":1,"qty":2,"note":"x"})", R"({"ref":1,"qty":2,"note":3})", R"({"qty":2})",
          R"({"ref":1,"id":2})", R"({"ref":1,"channel":"x"})", R"({"ref":1,"qty":"two"})",
          R"({"ref":1,"qty":null,"note":null})", R"({"ref":1,"ref":2,"qty":1.5e300})"}) {
        for (int twice = 0; twice < 2; ++twice) {
            const std::string diff = difference(fast, converter, text);
            EXPECT_TRUE(diff.empty()) << diff;
        }
    }
}

// Keys and strings of every length up to 40 bytes with a character to escape at every
// position, so escapes land on both sides of every 8-byte word and every short-copy size.
TEST(FastConvert, EscapesAtEveryPositionOfKeysAndStringsOfEveryLength) {
    const Converter converter = topLevelConverter();
    RecordConverter fast(compiled(converter));
    const std::string escapes[] = {R"(\\)",     R"(\")",     R"(\n)",     R"(\u001f)",
                                   R"(\u0000)", R"(\u007f)", R"(\u00e9)", R"(\u20ac)",
                                   "/",         R"(\/)",     "\x7f",      "\xc3\xa9"};
    for (size_t length = 0; length <= 40; ++length) {
        for (size_t at = 0; at <= length; ++at) {
            for (const std::string& escape : escapes) {
                const std::string text =
                    std::string(at, 'a') + escape + std::string(length - at, 'b');
                const std::string record = R"({")" + text + R"(":")" + text + R"(","ref":")" +
                                           text + R"(","n":{")" + text + R"(":1}})";
                const std::string diff = difference(fast, converter, record);
                ASSERT_TRUE(diff.empty()) << diff;
                std::string out;
                ASSERT_TRUE(fast.convert(record, out).ok()) << record;
            }
        }
    }
}

// Integral doubles print as nlohmann prints them on both sides of 10^15, with the sign of
// zero, whether promoted by a cast or read as written.
TEST(FastConvert, IntegralDoublesPrintLikeTheReference) {
    const Converter converter = topLevelConverter();
    RecordConverter fast(compiled(converter));
    for (const char* number : {"0",
                               "-0",
                               "0.0",
                               "-0.0",
                               "1",
                               "-1",
                               "7e2",
                               "999999999999999",
                               "-999999999999999",
                               "1000000000000000",
                               "-1000000000000000",
                               "999999999999999.0",
                               "1e15",
                               "1e16",
                               "9007199254740993",
                               "123456789012345",
                               "4503599627370496.5",
                               "0.5",
                               "-2.5e-5",
                               "1e300",
                               "9223372036854775807",
                               "-9223372036854775808",
                               "18446744073709551615"}) {
        const std::string record =
            std::string(R"({"ref":0,"qty":)") + number + R"(,"as_written":)" + number + "}";
        const std::string diff = difference(fast, converter, record);
        EXPECT_TRUE(diff.empty()) << diff;
    }
    std::string out;
    ASSERT_TRUE(
        fast.convert(R"({"ref":0,"qty":-0,"x":[120.0,-0.0,1e15,999999999999999]})", out).ok());
    EXPECT_EQ(out, R"({"channel":"web","id":0,"qty":0.0,"x":[120.0,-0.0,1e+15,999999999999999]})");
}

// Non-integral doubles: short decimals are printed from their own digits, everything else by
// nlohmann's Grisu2; both must give nlohmann's bytes, on the edges of the fixed notation range
// (10^-4 .. 10^15), next to powers of two (where the rounding interval is lopsided), one step
// either side of a short decimal, and for random short decimals of every length and scale.
TEST(FastConvert, ShortDecimalsPrintLikeTheReference) {
    const Converter converter = topLevelConverter();
    RecordConverter fast(compiled(converter));
    std::string out;
    ASSERT_TRUE(fast.convert(R"({"ref":0,"x":[0.1,123.45,-0.05,5.10,0.0001,0.00001,)"
                             R"(0.000123,-999999999999999.9,1e300,2.5e-5,1.5,0.30000000000000004,)"
                             R"(100000000000000.5,1000000000000000.5,9007199254740993.0,)"
                             R"(0.1e1,12.3e-1,1.7976931348623157e308,5e-324]})",
                             out)
                    .ok());
    EXPECT_EQ(out, R"({"channel":"web","id":0,"x":[0.1,123.45,-0.05,5.1,0.0001,1e-05,0.000123,)"
                   R"(-999999999999999.9,1e+300,2.5e-05,1.5,0.30000000000000004,)"
                   R"(100000000000000.5,1.0000000000000005e+15,9.007199254740992e+15,1.0,1.23,)"
                   R"(1.7976931348623157e+308,5e-324]})");

    std::mt19937_64 rng(20261204);
    std::vector<double> values;
    for (int e = -20; e < 55; ++e) {
        const double power = std::ldexp(1.0, e);
        for (double v : {power, power * 1.5, power * 0.75})
            values.insert(values.end(), {v, std::nextafter(v, 0.0), std::nextafter(v, 2 * v)});
    }
    for (int i = 0; i < 60000; ++i) {
        const int digits = 1 + int(rng() % 16), scale = int(rng() % 20);
        const uint64_t d = rng() % static_cast<uint64_t>(std::pow(10.0, digits));
        const double v =
            std::strtod((std::to_string(d) + "e-" + std::to_string(scale)).c_str(), nullptr);
        values.insert(values.end(), {v, -v, std::nextafter(v, 0.0), std::nextafter(v, 1e300)});
        uint64_t bits = rng();
        double any;
        std::memcpy(&any, &bits, sizeof any);
        if (std::isfinite(any))
            values.push_back(any);
    }
    for (size_t at = 0; at < values.size(); at += 500) {
        std::string record = R"({"ref":0,"x":[)";
        for (size_t i = at; i < std::min(values.size(), at + 500); ++i) {
            char text[32];
            std::snprintf(text, sizeof text, "%s%.17g", i == at ? "" : ",", values[i]);
            record += text;
        }
        record += "]}";
        const std::string diff = difference(fast, converter, record);
        ASSERT_TRUE(diff.empty()) << diff;
    }
}

TEST(FastConvert, NestedCastFailureNamesTheElement) {
    RecordConverter fast(compiled(orderConverter()));
    std::string out = "before";
    Status s = fast.convert(R"({"old":1,"lines":[{"price":1},{"price":"abc"}]})", out);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().describe(), R"(lines[1].price: value "abc" is not a float64)");
    EXPECT_EQ(out, "before");
}

TEST(FastConvert, IntegersBeyondUint64BecomeDoublesAsInTheReference) {
    RecordConverter fast(compiled(orderConverter()));
    std::string out;
    const char* record = R"({"old":1,"huge":18446744073709551616,"m":-9223372036854775809})";
    ASSERT_TRUE(fast.convert(record, out).ok());
    EXPECT_EQ(out, R"({"huge":1.8446744073709552e+19,"m":-9.223372036854776e+18,"new":1})");
    EXPECT_EQ(fast.counters().reference, 1u);
}

TEST(FastConvert, DuplicateKeysKeepTheLastAndByteOrderMarkIsSkipped) {
    RecordConverter fast(compiled(orderConverter()));
    std::string out;
    const char* record = "\xEF\xBB\xBF{\"old\":1,\"b\":{\"y\":1,\"x\":2,\"y\":[3]},\"old\":2}";
    ASSERT_TRUE(fast.convert(record, out).ok());
    EXPECT_EQ(out, R"({"b":{"x":2,"y":[3]},"new":2})");
}

// Found by fuzz_json_convert: nlohmann reads a NUL byte as the end of its input.
TEST(FastConvert, NulByteEndsTheRecordAsInTheReference) {
    RecordConverter fast(compiled(orderConverter()));
    std::string out;
    ASSERT_TRUE(fast.convert("{\";b\":1,\"old\":2}\0\0x"sv, out).ok());
    EXPECT_EQ(out, R"({";b":1,"new":2})");
    Status inString = fast.convert("{\"old\":\"a\0b\"}"sv, out);
    ASSERT_FALSE(inString.ok());
    EXPECT_EQ(inString.error().code, ErrorCode::Parse);
    // a NUL right after the record or after whitespace, in place in a JSON Lines chunk too
    out.clear();
    ASSERT_TRUE(fast.convert("{\"old\":2}\0"sv, out).ok());
    EXPECT_EQ(out, R"({"new":2})");
    const std::string lines = "{\"old\":3} \0 {\n" + std::string(80, ' ') + "\n";
    std::string converted;
    ASSERT_TRUE(
        convertJsonLines(compiled(orderConverter()), lines, converted, OnBadRecord::Stop).ok());
    EXPECT_EQ(converted, "{\"new\":3}\n");
}

TEST(FastConvert, DeepNestingMatchesOnBothSidesOfTheParserDepthLimit) {
    Converter c{{"T", {1, 0, 0}}, {"T", {2, 0, 0}}, {}, ""};
    ConverterStep cast = step(StepKind::Cast, "a.a.a.v");
    cast.toType = DataType::primitive(TypeKind::String);
    c.steps = {cast};
    RecordConverter fast(compiled(c));
    for (int depth : {300, 1500}) {
        std::string record, expected;
        for (int i = 0; i < depth; ++i)
            record += "{\"a\":";
        record += "[]";
        for (int i = 0; i < depth; ++i)
            record += i == depth - 4 ? ",\"v\":1.0}" : "}";
        expected = record;
        expected.replace(expected.find("\"v\":1.0"), 7, "\"v\":\"1.0\"");
        std::string out;
        ASSERT_TRUE(fast.convert(record, out).ok()) << depth;
        EXPECT_EQ(out, expected) << depth;
    }
    EXPECT_EQ(fast.counters().fast, 1u);      // 300 levels
    EXPECT_EQ(fast.counters().reference, 1u); // 1500 levels: beyond simdjson's limit
}

TEST(FastConvert, NonObjectsAndBrokenJsonAreRefusedLikeTheReference) {
    RecordConverter fast(compiled(orderConverter()));
    for (const char* text : {"[1,2]", "5", "{\"a\":", "{\"a\":\"\\udc00\"}", "{\"a\":1e400}", "",
                             "{\"a\":\"\xff\"}", "{} {}"}) {
        std::string out;
        Status s = fast.convert(text, out);
        ASSERT_FALSE(s.ok()) << text;
        EXPECT_NE(s.error().code, ErrorCode::Internal) << text;
        EXPECT_EQ(s.error().describe(),
                  convertRecordByReference(orderConverter(), text).error().describe());
    }
}

namespace {

Converter renameConverter() {
    Converter c{{"T", {1, 0, 0}}, {"T", {2, 0, 0}}, {}, ""};
    ConverterStep rename = step(StepKind::Rename, "old");
    rename.newName = "new";
    ConverterStep cast = step(StepKind::Cast, "n");
    cast.toType = DataType::primitive(TypeKind::Int32);
    c.steps = {rename, cast};
    return c;
}

// Lines 3 (broken JSON), 5 (a failed cast) and 7 (wrong type for the rename's parent: no
// field) are bad; line 6 is blank.
const std::string kLines = "{\"old\":1,\"n\":1}\n"
                           "{\"old\":2,\"n\":2}\n"
                           "{\"old\":3,\n"
                           "{\"old\":4,\"n\":4}\n"
                           "{\"old\":5,\"n\":\"five\"}\n"
                           "  \n"
                           "{\"n\":7}\n"
                           "{\"old\":8,\"n\":8}";

const std::string kGood = "{\"n\":1,\"new\":1}\n{\"n\":2,\"new\":2}\n{\"n\":4,\"new\":4}\n"
                          "{\"n\":8,\"new\":8}\n";

} // namespace

TEST(FastConvertJsonLines, DeadLetterSinkGetsBadRecordsAndNoGoodRecordIsLost) {
    std::vector<BadRecord> bad;
    std::vector<std::string> lines;
    auto sink = [&](const BadRecord& r) {
        bad.push_back(r);
        lines.emplace_back(r.line);
    };
    std::string out;
    auto stats =
        convertJsonLines(compiled(renameConverter()), kLines, out, OnBadRecord::DeadLetter, sink);
    ASSERT_TRUE(stats.ok()) << stats.error().describe();
    EXPECT_EQ(out, kGood);
    EXPECT_EQ(stats->lines, 8u);
    EXPECT_EQ(stats->converted, 4u);
    EXPECT_EQ(stats->deadLettered, 3u);
    EXPECT_EQ(stats->bytes, kLines.size());
    ASSERT_EQ(bad.size(), 3u);
    EXPECT_EQ(bad[0].record, 3u);
    EXPECT_EQ(bad[0].offset, 32u);
    EXPECT_EQ(lines[0], "{\"old\":3,");
    EXPECT_NE(bad[0].message.find("parse error"), std::string::npos) << bad[0].message;
    EXPECT_EQ(bad[1].record, 5u);
    EXPECT_EQ(bad[1].offset, kLines.find("{\"old\":5"));
    EXPECT_EQ(bad[1].message, "n: value \"five\" is not an int32");
    EXPECT_EQ(bad[2].record, 7u);
    EXPECT_EQ(bad[2].offset, kLines.find("{\"n\":7}"));
    EXPECT_EQ(bad[2].message, "old: rename 'old': the record has no field 'old'");
}

TEST(FastConvertJsonLines, StopKeepsEveryRecordBeforeTheBadOne) {
    std::string out;
    JsonLinesConverter converter(compiled(renameConverter()), OnBadRecord::Stop);
    Status s = converter.feed(kLines, out);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().where, "record 3 at byte 32");
    EXPECT_EQ(out, "{\"n\":1,\"new\":1}\n{\"n\":2,\"new\":2}\n");
    ASSERT_TRUE(converter.stoppedAt().has_value());
    EXPECT_EQ(converter.stoppedAt()->record, 3u);
    EXPECT_EQ(converter.stoppedAt()->offset, 32u);
    EXPECT_EQ(converter.stoppedAt()->line, "{\"old\":3,");
    EXPECT_EQ(converter.stats().bytes, 32u); // where to resume after fixing the line
    EXPECT_FALSE(converter.feed("{\"old\":9,\"n\":9}\n", out).ok());
    EXPECT_EQ(out, "{\"n\":1,\"new\":1}\n{\"n\":2,\"new\":2}\n");
}

TEST(FastConvertJsonLines, ChunksOfAnySizeGiveTheSameOutput) {
    for (size_t chunk : {1, 2, 7, 64, 1000}) {
        std::vector<uint64_t> records;
        JsonLinesConverter converter(compiled(renameConverter()), OnBadRecord::DeadLetter,
                                     [&](const BadRecord& r) { records.push_back(r.record); });
        std::string out;
        for (size_t at = 0; at < kLines.size(); at += chunk)
            ASSERT_TRUE(converter.feed(std::string_view(kLines).substr(at, chunk), out).ok());
        ASSERT_TRUE(converter.finish(out).ok());
        EXPECT_EQ(out, kGood) << chunk;
        EXPECT_EQ(records, (std::vector<uint64_t>{3, 5, 7})) << chunk;
    }
}

// Lines with the parser's padding after them inside a chunk are converted where they are, the
// rest through the buffer: both give the same output, record numbers and offsets.
TEST(FastConvertJsonLines, LinesConvertedInPlaceAndBufferedAgree) {
    std::string input;
    std::vector<uint64_t> badOffsets;
    for (int i = 0; i < 300; ++i) {
        if (i % 11 == 5)
            badOffsets.push_back(input.size());
        input += i % 11 == 5 ? "{\"old\":" + std::to_string(i) + ",\n"
                 : i % 13 == 0
                     ? "  \n"
                     : "{\"old\":" + std::to_string(i) + ",\"n\":" + std::to_string(i) + "}\n";
    }
    input += "{\"old\":0}"; // no newline at the end
    auto run = [&](size_t chunk, std::string& out, std::vector<uint64_t>& offsets) {
        JsonLinesConverter converter(compiled(renameConverter()), OnBadRecord::DeadLetter,
                                     [&](const BadRecord& r) { offsets.push_back(r.offset); });
        for (size_t at = 0; at < input.size(); at += chunk)
            ASSERT_TRUE(converter.feed(std::string_view(input).substr(at, chunk), out).ok());
        ASSERT_TRUE(converter.finish(out).ok());
        EXPECT_EQ(converter.stats().lines, 301u);
    };
    std::string buffered;
    std::vector<uint64_t> bufferedOffsets;
    run(1, buffered, bufferedOffsets);
    EXPECT_EQ(bufferedOffsets, badOffsets);
    for (size_t chunk : {63, 64, 65, 100, 1000, 100000}) {
        std::string out;
        std::vector<uint64_t> offsets;
        run(chunk, out, offsets);
        EXPECT_EQ(out, buffered) << chunk;
        EXPECT_EQ(offsets, badOffsets) << chunk;
    }

    std::string out;
    JsonLinesConverter stopping(compiled(renameConverter()), OnBadRecord::Stop);
    ASSERT_FALSE(stopping.feed(input, out).ok());
    ASSERT_TRUE(stopping.stoppedAt().has_value());
    EXPECT_EQ(stopping.stoppedAt()->offset, badOffsets[0]);
    EXPECT_EQ(stopping.stoppedAt()->line, "{\"old\":5,");
    EXPECT_EQ(stopping.stats().bytes, badOffsets[0]);
    EXPECT_EQ(out, buffered.substr(0, out.size()));
}
