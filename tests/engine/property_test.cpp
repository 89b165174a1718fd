// Property tests of the verdicts against the datum reader on random schema pairs:
// - a pair judged read-compatible reads every random old record into a valid new record, and
//   the converter derived for the pair produces exactly the same record;
// - a pair judged not read-compatible carries a counter-example that is valid for the writer
//   and really fails to read; likewise for the write direction.
// STRATA_PROPERTY_PAIRS sets the number of pairs (CI runs a few thousand; the benchmark-style
// run in tests/bench/run-properties.sh runs 100,000).

#include "../support/random_schema.h"
#include "strata/compat/datum.h"
#include "strata/compat/verdict.h"
#include "strata/convert/converter.h"
#include "strata/model/workspace_io.h"

#include <cstdlib>
#include <gtest/gtest.h>

using namespace strata;

namespace {

int pairCount() {
    const char* env = std::getenv("STRATA_PROPERTY_PAIRS");
    return env ? std::atoi(env) : 3000;
}

struct Tally {
    int pairs = 0, readCompatible = 0, writeCompatible = 0, recordsRead = 0;
};

// Checks one direction; returns false (with a message) on the first violated property.
bool checkDirection(test::SchemaGenerator& gen, const TypeVersion& readerVersion,
                    const TypeVersion& writerVersion, bool compatible,
                    const std::optional<Json>& counterExample, int& recordsRead, std::string& why) {
    const Schema& reader = readerVersion.schema;
    const Schema& writer = writerVersion.schema;
    if (compatible) {
        // The derived converter must turn each record into exactly what the datum reader reads.
        auto converter = deriveConverter(writerVersion, readerVersion);
        if (!converter) {
            why = "judged compatible but no converter derived: " + converter.error().describe();
            return false;
        }
        for (int i = 0; i < 5; ++i) {
            Json record = gen.record(writer);
            auto converted = applyConverter(*converter, record);
            auto read = readDatum(reader, writer, record);
            if (read && (!converted || *converted != *read)) {
                why = "derived converter gives " +
                      (converted ? converted->dump() : converted.error().describe()) +
                      " but the datum reader " + read->dump() + " for " + record.dump() +
                      "\nconverter: " + converterToJson(*converter).dump();
                return false;
            }
            if (!read) {
                why = "judged compatible but record " + record.dump() +
                      " fails: " + read.error().describe();
                return false;
            }
            if (Status s = validateDatum(reader, *read); !s) {
                why = "converted record " + read->dump() +
                      " is not valid for the reader: " + s.error().describe();
                return false;
            }
            ++recordsRead;
        }
        return true;
    }
    if (!counterExample) {
        why = "judged incompatible but no counter-example";
        return false;
    }
    if (Status s = validateDatum(writer, *counterExample); !s) {
        why = "counter-example " + counterExample->dump() +
              " is not a valid writer record: " + s.error().describe();
        return false;
    }
    if (readDatum(reader, writer, *counterExample)) {
        why = "counter-example " + counterExample->dump() + " reads fine";
        return false;
    }
    return true;
}

void runProperties(test::RandomSchemaOptions options, uint64_t seed) {
    test::SchemaGenerator gen(seed, options);
    Tally tally;
    int pairs = pairCount();
    for (int i = 0; i < pairs; ++i) {
        TypeVersion older{{"T", {1, 0, 0}}, gen.schema(), ""};
        TypeVersion newer{{"T", {2, 0, 0}}, gen.evolve(older.schema), ""};
        ASSERT_TRUE(validateSchema(older.schema).ok())
            << validateSchema(older.schema).error().describe() << "\n"
            << typeVersionToJson(older).dump();
        ASSERT_TRUE(validateSchema(newer.schema).ok())
            << validateSchema(newer.schema).error().describe();
        Verdict v = checkPair(older, newer);
        std::string why;
        bool ok = checkDirection(gen, newer, older, v.readCompatible, v.readCounterExample,
                                 tally.recordsRead, why) &&
                  checkDirection(gen, older, newer, v.writeCompatible, v.writeCounterExample,
                                 tally.recordsRead, why);
        ASSERT_TRUE(ok) << "pair " << i << " (seed " << seed << "): " << why
                        << "\nolder: " << typeVersionToJson(older).dump()
                        << "\nnewer: " << typeVersionToJson(newer).dump();
        tally.pairs++;
        tally.readCompatible += v.readCompatible;
        tally.writeCompatible += v.writeCompatible;
    }
    std::printf("pairs %d, read-compatible %d, write-compatible %d, records read %d\n", tally.pairs,
                tally.readCompatible, tally.writeCompatible, tally.recordsRead);
    // Both outcomes must be exercised, or the property says nothing.
    EXPECT_GT(tally.readCompatible, pairs / 10);
    EXPECT_LT(tally.readCompatible, pairs - pairs / 10);
}

} // namespace

TEST(Properties, VerdictsAgreeWithTheDatumReader) {
    runProperties({}, 20261204);
}

TEST(Properties, VerdictsAgreeOnDeepNesting) {
    runProperties({6, 4, false}, 7);
}
