// Benchmark harness (not a test): compatibility verdicts per second on realistic records
// (about 50 fields with nested records, arrays, maps and enums) against avsc's
// reader.createResolver(writer) on the same pairs, in one run; and a transitive policy check of
// one type with 1,000 versions.
//   cmake --build build --target bench_verdicts && build/tests/bench/bench_verdicts [PAIRS]
// Targets: Strata at least 10x avsc's pair rate; the 1,000-version check under 50 ms.

#include "avsc_bridge.h"
#include "schema_gen.h"
#include "strata/compat/verdict.h"
#include "strata/io/avro.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

namespace {

using namespace strata;
using namespace strata::difftest;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct StrataRate {
    long long verdicts = 0;
    long long readCompatible = 0;
    long long writeCompatible = 0; // counted only with resolutionOnly
    double seconds = 0;            // wall clock
    double cpuSeconds = 0;         // process CPU time: what the figure is on an idle machine
};

double cpuNow() {
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Runs checkPair over all pairs, round after round, for at least `minSeconds`; with
// `resolutionOnly`, only the two resolutions (no verdict assembly, no counter-examples), which
// is the work avsc's createResolver does.
StrataRate timeStrata(const std::vector<SchemaPair>& pairs, double minSeconds,
                      bool resolutionOnly) {
    StrataRate rate;
    auto start = Clock::now();
    double cpuStart = cpuNow();
    do {
        for (const SchemaPair& p : pairs) {
            if (resolutionOnly) {
                Resolution read = resolveSchemas(p.reader.schema, p.writer.schema, Direction::Read);
                Resolution write =
                    resolveSchemas(p.writer.schema, p.reader.schema, Direction::Write);
                rate.readCompatible += read.compatible;
                rate.writeCompatible += write.compatible;
            } else {
                rate.readCompatible += checkPair(p.writer, p.reader).readCompatible;
            }
            ++rate.verdicts;
        }
        rate.seconds = secondsSince(start);
    } while (rate.seconds < minSeconds);
    rate.cpuSeconds = cpuNow() - cpuStart;
    return rate;
}

// A type whose versions each add one optional field and drop the one added five versions
// earlier, so every version stays near 55 fields and backward-compatible with all earlier ones.
TypeDef longHistory(SchemaGenerator& gen, int versions) {
    TypeDef type;
    type.name = "OrderEvent";
    type.policy = CompatPolicy::BackwardTransitive;
    TypeVersion v = gen.realisticRecord(50, SemVer{1, 0, 0});
    type.versions.push_back(v);
    for (int i = 1; i < versions; ++i) {
        v.id.version = SemVer{1, uint32_t(i), 0};
        Field added;
        added.name = "added" + std::to_string(i);
        added.type = DataType::primitive(i % 2 ? TypeKind::String : TypeKind::Int64);
        added.nullable = true;
        added.defaultValue = Json(nullptr);
        v.schema.fields.push_back(added);
        std::string dropped = "added" + std::to_string(i - 5);
        std::erase_if(v.schema.fields, [&](const Field& f) { return f.name == dropped; });
        type.versions.push_back(v);
    }
    return type;
}

double medianMs(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2] * 1000;
}

} // namespace

int main(int argc, char** argv) {
    int pairCount = argc > 1 ? std::stoi(argv[1]) : 200;
    SchemaGenerator gen(42);

    std::vector<SchemaPair> pairs;
    std::vector<AvscQuery> queries;
    for (int i = 0; i < pairCount; ++i) {
        SchemaPair p;
        p.writer = gen.realisticRecord(50, SemVer{1, 0, 0});
        bool compatible = i % 4 != 0;
        p.reader = gen.evolve(p.writer, 3, compatible, SemVer{2, 0, 0});
        Result<AvroExport> w = exportAvro(p.writer), r = exportAvro(p.reader);
        if (!w || !r) {
            std::fprintf(stderr, "export failed: %s\n",
                         (w ? r.error() : w.error()).describe().c_str());
            return 1;
        }
        queries.push_back(AvscQuery{r->schema, w->schema}); // read direction
        queries.push_back(AvscQuery{w->schema, r->schema}); // write direction
        pairs.push_back(std::move(p));
    }

    StrataRate strata = timeStrata(pairs, 2.0, false);
    StrataRate resolution = timeStrata(pairs, 1.0, true);
    int rounds = std::max(1, int(2000 / pairCount));
    Result<AvscTiming> avsc = timeAvsc(queries, rounds);
    if (!avsc) {
        std::fprintf(stderr, "avsc: %s\n", avsc.error().describe().c_str());
        return 1;
    }
    // One pair verdict answers both directions; avsc needs one resolver per direction.
    double strataWall = strata.verdicts / strata.seconds,
           strataCpu = strata.verdicts / strata.cpuSeconds;
    double avscWall = avsc->resolvers / avsc->seconds / 2,
           avscCpu = avsc->resolvers / avsc->cpuSeconds / 2;

    std::printf("pairs: %d realistic records (%zu fields in the first writer), 3/4 compatible "
                "evolutions\n",
                pairCount, pairs[0].writer.schema.fields.size());
    std::printf("strata checkPair:    %lld pair verdicts (both directions, findings, "
                "counter-examples; %lld read-compatible)\n"
                "                     %.3f s wall = %.0f pairs/s; %.3f s CPU = %.0f pairs/s\n",
                strata.verdicts, strata.readCompatible, strata.seconds, strataWall,
                strata.cpuSeconds, strataCpu);
    std::printf("strata resolveSchemas x2 (no counter-examples): %.0f pairs/s wall, %.0f pairs/s "
                "CPU\n",
                resolution.verdicts / resolution.seconds,
                resolution.verdicts / resolution.cpuSeconds);
    std::printf("avsc createResolver: %lld resolvers (%lld resolved) = %lld pairs\n"
                "                     %.3f s wall = %.0f pairs/s; %.3f s CPU = %.0f pairs/s\n",
                avsc->resolvers, avsc->resolved, avsc->resolvers / 2, avsc->seconds, avscWall,
                avsc->cpuSeconds, avscCpu);
    std::printf("speed-up: %.1fx by wall clock, %.1fx by CPU time (target >= 10x)\n",
                strataWall / avscWall, strataCpu / avscCpu);

    TypeDef history = longHistory(gen, 1000);
    TypeVersion candidate = history.versions.back();
    history.versions.pop_back();
    for (CompatPolicy policy : {CompatPolicy::BackwardTransitive, CompatPolicy::FullTransitive}) {
        std::vector<double> wall, cpu;
        bool accepted = false;
        for (int run = 0; run < 7; ++run) {
            auto start = Clock::now();
            double cpuStart = cpuNow();
            PolicyCheck check = checkPolicy(history, candidate, policy);
            cpu.push_back(cpuNow() - cpuStart);
            wall.push_back(secondsSince(start));
            accepted = check.accepted;
        }
        std::printf("%s check of version 1000 against 999 earlier versions: %.1f ms wall, "
                    "%.1f ms CPU, medians of 7 (%s; target < 50 ms)\n",
                    toString(policy), medianMs(wall), medianMs(cpu),
                    accepted ? "accepted" : "refused");
    }
    return 0;
}
