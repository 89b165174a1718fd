#pragma once

// Runs avsc_resolve.js in one node process over a batch of reader/writer schema pairs.

#include "strata/core/result.h"
#include "strata/model/schema.h"

#include <filesystem>
#include <string>
#include <vector>

namespace strata::difftest {

struct AvscQuery {
    Json reader; // Avro schema JSON
    Json writer;
};

struct AvscAnswer {
    bool schemaOk = false; // avsc accepted both schemas
    bool resolves = false; // reader.createResolver(writer) succeeded
    std::string error;     // avsc's message when either failed
};

// The folder holding avsc_resolve.js and node_modules/avsc.
std::filesystem::path differentialDir();

// One answer per query, in order, from a single node process.
Result<std::vector<AvscAnswer>> askAvsc(const std::vector<AvscQuery>& queries);

struct AvscTiming {
    long long resolvers = 0; // createResolver calls timed
    long long resolved = 0;  // of which succeeded
    double seconds = 0;      // wall clock
    double cpuSeconds = 0;   // CPU time of the node process over the same loop
};

// Times reader.createResolver(writer) over all queries, `rounds` times, inside node (schemas
// are parsed before the clock starts).
Result<AvscTiming> timeAvsc(const std::vector<AvscQuery>& queries, int rounds);

} // namespace strata::difftest
