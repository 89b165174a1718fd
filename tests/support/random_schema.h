#pragma once

// Seeded generators of random schemas, plausible evolutions of them and valid records, shared
// by the property tests, the differential test and the benchmarks.

#include "strata/model/schema.h"

#include <random>
#include <string>

namespace strata::test {

struct RandomSchemaOptions {
    int maxFields = 8;
    int maxDepth = 2;        // nesting of structs, arrays and maps
    bool avroSubset = false; // only types Avro expresses natively (no date, uuid, json ...)
};

class SchemaGenerator {
public:
    explicit SchemaGenerator(uint64_t seed, RandomSchemaOptions options = {})
        : m_rng(seed)
        , m_options(options) {}

    // A random valid schema.
    Schema schema();

    // A random evolution of `older`: some fields added, removed, renamed (with or without an
    // alias), promoted, narrowed, made nullable or required, enum symbols and defaults changed.
    Schema evolve(const Schema& older);

    // A random record valid for `schema` (nulls, extremes, escapes, non-ASCII text).
    Json record(const Schema& schema);

    std::mt19937_64& rng() { return m_rng; }

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    Field field(const std::string& name, int depth);
    DataType type(int depth);
    DataType primitive();
    DataType enumType();
    Json value(const DataType& t, bool nullable, int depth);
    Json defaultFor(const DataType& t);
    void evolveFields(std::vector<Field>& fields, int depth);
    void evolveType(DataType& t, int depth);
    std::string freshName(const std::vector<Field>& fields);

    std::mt19937_64 m_rng;
    RandomSchemaOptions m_options;
    int m_names = 0;
};

} // namespace strata::test
