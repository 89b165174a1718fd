// Differential test: Strata's read-compatibility verdicts against avsc, an independent Avro
// implementation, on random schema pairs in the Avro-expressible subset.
//   strata_avro_differential [--pairs N] [--seed S] [--show K]
// Each pair (writer = older, reader = newer) is exported to .avsc; avsc is asked in both
// directions whether reader.createResolver(writer) succeeds, and the answers are compared with
// checkPair's readCompatible and writeCompatible. A disagreement fails the run unless it falls
// in a class documented in docs/avro-differences.md. The last line reads
// "N passed, N failed" (directions compared).

#include "avsc_bridge.h"
#include "schema_gen.h"
#include "strata/compat/verdict.h"
#include "strata/io/avro.h"
#include "strata/model/workspace_io.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <string>

namespace strata::difftest {
namespace {

struct Options {
    int pairs = 1000;
    uint64_t seed = 1;
    int show = 5;
};

Options parseArgs(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string key = argv[i];
        if (key == "--pairs")
            o.pairs = std::stoi(argv[i + 1]);
        else if (key == "--seed")
            o.seed = std::stoull(argv[i + 1]);
        else if (key == "--show")
            o.show = std::stoi(argv[i + 1]);
        else
            throw std::invalid_argument("unknown option " + key);
    }
    return o;
}

// Field names per record name, for every record (struct) in `fields`, the top record as "".
void collectRecords(const std::vector<Field>& fields, const std::string& name,
                    std::map<std::string, std::vector<const Field*>>& out) {
    for (const Field& f : fields)
        out[name].push_back(&f);
    for (const Field& f : fields) {
        const DataType* t = &f.type;
        while (t->kind == TypeKind::Array || t->kind == TypeKind::Map)
            t = t->kind == TypeKind::Array ? &t->element() : &t->mapValue();
        if (t->kind == TypeKind::Struct)
            collectRecords(t->fields, t->name, out);
    }
}

// Whether some reader record field matches two writer fields: one by its name, another by one
// of its aliases (avsc: "ambiguous aliasing"; Strata matches by name first).
bool hasAmbiguousAlias(const TypeVersion& reader, const TypeVersion& writer) {
    std::map<std::string, std::vector<const Field*>> readers, writers;
    collectRecords(reader.schema.fields, "", readers);
    collectRecords(writer.schema.fields, "", writers);
    for (const auto& [record, fields] : readers) {
        auto w = writers.find(record);
        if (w == writers.end())
            continue;
        auto inWriter = [&](const std::string& n) {
            return std::any_of(w->second.begin(), w->second.end(),
                               [&](const Field* f) { return f->name == n; });
        };
        for (const Field* f : fields)
            if (inWriter(f->name) && std::any_of(f->aliases.begin(), f->aliases.end(), inWriter))
                return true;
    }
    return false;
}

// A documented class of disagreement (docs/avro-differences.md), or empty.
std::string explain(bool strataSays, const AvscAnswer& avsc, const TypeVersion& reader,
                    const TypeVersion& writer, const Verdict& verdict, Direction d) {
    if (!strataSays || avsc.resolves)
        return {};
    if (hasAmbiguousAlias(reader, writer))
        return "ambiguous-alias";
    // Strata compares records and enums by structure and reports a changed name as a
    // finding of its own; Avro resolves named types by name.
    bool renamed =
        std::any_of(verdict.findings.begin(), verdict.findings.end(), [&](const Finding& f) {
            return f.direction == d && f.rule == "named-type-renamed";
        });
    return renamed ? "named-type-renamed" : "";
}

std::string findingsText(const Verdict& v, Direction d) {
    std::string out;
    for (const Finding& f : v.findings)
        if (f.direction == d && f.severity == Severity::Error)
            out += "    " + f.path + " [" + f.rule + "] " + f.message + "\n";
    return out;
}

} // namespace
} // namespace strata::difftest

int main(int argc, char** argv) {
    using namespace strata;
    using namespace strata::difftest;
    Options options;
    try {
        options = parseArgs(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "usage: strata_avro_differential [--pairs N] [--seed S] [--show K]: "
                  << e.what() << "\n";
        return 2;
    }

    SchemaGenerator gen(options.seed);
    std::vector<SchemaPair> pairs;
    std::vector<Verdict> verdicts;
    std::vector<AvscQuery> queries;
    for (int i = 0; i < options.pairs; ++i) {
        SchemaPair pair = gen.randomPair();
        Result<AvroExport> w = exportAvro(pair.writer), r = exportAvro(pair.reader);
        if (!w || !r) {
            std::cerr << "export failed: " << (w ? r.error() : w.error()).describe() << "\n";
            return 1;
        }
        verdicts.push_back(checkPair(pair.writer, pair.reader));
        queries.push_back(AvscQuery{r->schema, w->schema}); // read: new reads old
        queries.push_back(AvscQuery{w->schema, r->schema}); // write: old reads new
        pairs.push_back(std::move(pair));
    }

    Result<std::vector<AvscAnswer>> answers = askAvsc(queries);
    if (!answers) {
        std::cerr << "avsc: " << answers.error().describe() << "\n";
        return 1;
    }

    int agree = 0, explained = 0, failed = 0, shown = 0;
    int compatible[2] = {0, 0};
    std::map<std::string, int> classes;
    for (size_t q = 0; q < queries.size(); ++q) {
        const Verdict& v = verdicts[q / 2];
        Direction d = q % 2 == 0 ? Direction::Read : Direction::Write;
        bool strataSays = d == Direction::Read ? v.readCompatible : v.writeCompatible;
        const AvscAnswer& a = (*answers)[q];
        compatible[q % 2] += strataSays;
        const SchemaPair& p = pairs[q / 2];
        const TypeVersion& reader = d == Direction::Read ? p.reader : p.writer;
        const TypeVersion& writer = d == Direction::Read ? p.writer : p.reader;
        std::string why = a.schemaOk && strataSays != a.resolves
                              ? explain(strataSays, a, reader, writer, v, d)
                              : "";
        if (a.schemaOk && strataSays == a.resolves) {
            ++agree;
            continue;
        }
        if (!why.empty()) {
            ++explained;
            ++classes[why];
            continue;
        }
        ++failed;
        if (shown++ >= options.show)
            continue;
        std::cout << "DISAGREEMENT pair " << q / 2 << " (" << toString(d) << "): strata says "
                  << (strataSays ? "compatible" : "incompatible") << ", avsc says "
                  << (a.schemaOk ? (a.resolves ? "resolves" : "fails: " + a.error)
                                 : "schema rejected: " + a.error)
                  << "\n  writer (old): " << typeVersionToJson(p.writer).dump()
                  << "\n  reader (new): " << typeVersionToJson(p.reader).dump()
                  << "\n  avsc reader: " << queries[q].reader.dump()
                  << "\n  avsc writer: " << queries[q].writer.dump() << "\n  strata findings:\n"
                  << findingsText(v, d);
    }

    std::cout << "pairs: " << options.pairs << " (seed " << options.seed
              << "), directions: " << queries.size()
              << ", strata read-compatible: " << compatible[0]
              << ", write-compatible: " << compatible[1] << "\n";
    std::cout << "agree: " << agree << ", explained differences: " << explained;
    for (const auto& [name, count] : classes)
        std::cout << " [" << name << ": " << count << "]";
    std::cout << ", unexplained: " << failed << "\n";
    std::cout << agree + explained << " passed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}
