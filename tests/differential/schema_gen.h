#pragma once

// Random schemas in the subset of the type model that Avro can express (primitives, nullable
// fields, enums with and without defaults, nested records, arrays, maps of string keys,
// aliases, defaults), and random evolutions of them. Deterministic for a given seed.

#include "strata/model/schema.h"

#include <cstdint>
#include <random>

namespace strata::difftest {

struct SchemaPair {
    TypeVersion writer; // the older version (v1.0.0)
    TypeVersion reader; // the newer version (v2.0.0), a random evolution of the writer
};

class SchemaGenerator {
public:
    explicit SchemaGenerator(uint64_t seed)
        : m_rng(seed) {}

    // A small random writer and a random evolution of it; both pass validateSchema.
    SchemaPair randomPair();

    // A record of about `fields` fields with nested records, arrays, maps and enums, the size
    // of a real event or table schema.
    TypeVersion realisticRecord(int fields, SemVer version);

    // `base` with `changes` random changes; with `compatible`, only changes that keep the new
    // version able to read the old one (optional fields added, promotions, enum symbols added).
    TypeVersion evolve(const TypeVersion& base, int changes, bool compatible, SemVer version);

private:
    DataType randomType(int depth);
    DataType primitive();
    DataType randomEnum();
    DataType randomStruct(int depth, int fields);
    Field randomField(const std::string& name, int depth);
    Json randomValue(const DataType& type);
    std::string fieldName();
    std::string freshName(const char* prefix);

    void mutateFields(std::vector<Field>& fields, int depth);
    void mutateField(Field& f, std::vector<std::string>& taken, int depth);
    void mutateType(DataType& t, int depth);
    void fixDefault(Field& f);

    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    std::mt19937_64 m_rng;
    int m_names = 0; // counter for unique named-type names within one schema pair
};

} // namespace strata::difftest
