// JSON record conversion in MB/s, side by side in one run: the fast converter (simdjson in,
// canonical JSON out), the reference converter (nlohmann parse, applyConverter, dump) and
// `jq -c` doing the same transformation, all on the same JSON Lines file of realistic order
// records. The converter renames a field, adds one with a default, promotes an int64 to
// float64 and drops a field.
//
//   bench_json_convert [--mb N] [--file PATH] [--keep] [--fast-only]
// The file (default ~150 MB in $TMPDIR) is generated once per run unless --file names an
// existing one. Before timing, the fast output is checked byte for byte against the reference
// on the first records, and jq's output value for value (numbers as doubles).

#include "strata/convert/converter.h"
#include "strata/fastconvert/json_lines.h"
#include "strata/fastconvert/record_converter.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace strata;
namespace fs = std::filesystem;

namespace {

const char* const kJqFilter = ".customer_id = .customer_ref | del(.customer_ref) | "
                              ".channel = \"web\" | .quantity = (.quantity + 0.0) | "
                              "del(.internal_note)";

Converter orderConverter() {
    Converter c{{"Order", {1, 0, 0}}, {"Order", {2, 0, 0}}, {}, "benchmark"};
    ConverterStep rename;
    rename.kind = StepKind::Rename;
    rename.field = "customer_ref";
    rename.newName = "customer_id";
    ConverterStep add;
    add.kind = StepKind::AddWithDefault;
    add.field = "channel";
    add.value = "web";
    ConverterStep promote;
    promote.kind = StepKind::Cast;
    promote.field = "quantity";
    promote.toType = DataType::primitive(TypeKind::Float64);
    ConverterStep drop;
    drop.kind = StepKind::Drop;
    drop.field = "internal_note";
    c.steps = {rename, add, promote, drop};
    return c;
}

// One realistic order of a few hundred bytes; key order as an application would write it.
std::string orderRecord(std::mt19937_64& rng, uint64_t id) {
    static const char* const statuses[] = {"NEW", "PAID", "SHIPPED", "CANCELLED"};
    static const char* const cities[] = {"Berlin", "K\xc3\xb6ln", "Paris",
                                         "\xe5\x8c\x97\xe4\xba\xac", "S\xc3\xa3o Paulo"};
    static const char* const notes[] = {"", "leave at the door", "call \\\"before\\\" delivery",
                                        "fragile\\nhandle with care", "gift \xf0\x9f\x8e\x81"};
    auto pick = [&](int n) { return int(rng() % uint64_t(n)); };
    char buf[512];
    std::string r;
    std::snprintf(buf, sizeof buf,
                  "{\"order_id\":%llu,\"customer_ref\":\"C-%06d\",\"status\":\"%s\","
                  "\"created_at\":\"2024-%02d-%02dT%02d:%02d:%02dZ\",\"currency\":\"EUR\","
                  "\"quantity\":%d,\"total\":%d.%02d,\"discount\":%.2f,",
                  static_cast<unsigned long long>(id), pick(1000000), statuses[pick(4)],
                  1 + pick(12), 1 + pick(28), pick(24), pick(60), pick(60), 1 + pick(20),
                  pick(100000), pick(100), pick(2000) / 100.0);
    r += buf;
    std::snprintf(buf, sizeof buf,
                  "\"internal_note\":\"batch %d\",\"note\":\"%s\",\"paid\":%s,\"coupon\":%s,"
                  "\"tags\":[\"web\",\"prio-%d\"],",
                  pick(1000), notes[pick(5)], pick(2) ? "true" : "false",
                  pick(4) ? "null" : "\"SPRING24\"", pick(3));
    r += buf;
    std::snprintf(buf, sizeof buf,
                  "\"customer\":{\"id\":%d,\"name\":\"Customer %d\",\"email\":\"c%d@example.org\","
                  "\"address\":{\"street\":\"Main St %d\",\"city\":\"%s\",\"zip\":\"%05d\","
                  "\"country\":\"DE\"}},\"shipping\":{\"method\":\"parcel\",\"cost\":%d.%02d},",
                  pick(1000000), pick(100000), pick(100000), 1 + pick(200), cities[pick(5)],
                  pick(100000), pick(10), pick(100));
    r += buf;
    r += "\"lines\":[";
    int lines = 1 + pick(3);
    for (int i = 0; i < lines; ++i) {
        std::snprintf(buf, sizeof buf, "%s{\"sku\":\"SKU-%05d\",\"qty\":%d,\"price\":%d.%02d}",
                      i ? "," : "", pick(100000), 1 + pick(5), pick(200), pick(100));
        r += buf;
    }
    r += "]}\n";
    return r;
}

void generate(const fs::path& path, size_t bytes) {
    std::mt19937_64 rng(20261204);
    std::ofstream out(path, std::ios::binary);
    std::string block;
    size_t written = 0;
    for (uint64_t id = 1; written < bytes; ++id) {
        block += orderRecord(rng, id);
        if (block.size() > (1 << 20)) {
            out << block;
            written += block.size();
            block.clear();
        }
    }
    out << block;
}

struct Timing {
    double wall = 0; // seconds
    double cpu = 0;  // user + system seconds of this process and its finished children
};

double cpuSeconds() {
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        total += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                 double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return total;
}

// CPU time is reported next to wall time because the machine may be shared.
Timing measure(const std::function<void()>& run) {
    auto start = std::chrono::steady_clock::now();
    double cpuStart = cpuSeconds();
    run();
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
            cpuSeconds() - cpuStart};
}

// Reads `path` in 4 MiB chunks.
void forEachChunk(const fs::path& path, const std::function<void(std::string_view)>& use) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    std::vector<char> buffer(4 << 20);
    size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0)
        use(std::string_view(buffer.data(), n));
    std::fclose(file);
}

uint64_t runFast(const fs::path& path, std::FILE* sink) {
    auto plan = *ConverterPlan::compile(orderConverter());
    JsonLinesConverter converter(plan, OnBadRecord::Stop);
    std::string out;
    forEachChunk(path, [&](std::string_view chunk) {
        if (!converter.feed(chunk, out).ok())
            std::abort();
        std::fwrite(out.data(), 1, out.size(), sink);
        out.clear();
    });
    if (!converter.finish(out).ok())
        std::abort();
    std::fwrite(out.data(), 1, out.size(), sink);
    return converter.stats().converted;
}

uint64_t runReference(const fs::path& path, std::FILE* sink) {
    Converter converter = orderConverter();
    std::string pending;
    uint64_t records = 0;
    auto convertLine = [&](std::string_view line) {
        Result<std::string> out = convertRecordByReference(converter, line);
        if (!out)
            std::abort();
        out->push_back('\n');
        std::fwrite(out->data(), 1, out->size(), sink);
        ++records;
    };
    forEachChunk(path, [&](std::string_view chunk) {
        pending.append(chunk);
        size_t start = 0, newline = 0;
        while ((newline = pending.find('\n', start)) != std::string::npos) {
            convertLine(std::string_view(pending).substr(start, newline - start));
            start = newline + 1;
        }
        pending.erase(0, start);
    });
    if (!pending.empty())
        convertLine(pending);
    return records;
}

bool runJq(const fs::path& path, const fs::path& output) {
    std::string command = "jq -c '" + std::string(kJqFilter) + "' '" + path.string() + "' > '" +
                          output.string() + "'";
    return std::system(command.c_str()) == 0;
}

// Numbers compared as doubles: jq keeps no integer/float distinction.
Json normalised(const Json& value) {
    if (value.is_number())
        return value.get<double>();
    if (value.is_structured()) {
        Json copy = value;
        for (auto& [key, child] : copy.items())
            child = normalised(child);
        return copy;
    }
    return value;
}

// Checks the first `records` lines: fast == reference byte for byte, and jq's values equal.
bool check(const fs::path& path, const fs::path& scratch, size_t records) {
    fs::path sample = scratch / "sample.jsonl", jqOut = scratch / "sample.jq.jsonl";
    {
        std::ifstream in(path);
        std::ofstream out(sample);
        std::string line;
        for (size_t i = 0; i < records && std::getline(in, line); ++i)
            out << line << '\n';
    }
    std::string fast, reference;
    auto plan = *ConverterPlan::compile(orderConverter());
    std::ifstream in(sample), jq;
    if (!runJq(sample, jqOut))
        return false;
    jq.open(jqOut);
    std::string line, jqLine;
    RecordConverter converter(plan);
    while (std::getline(in, line) && std::getline(jq, jqLine)) {
        fast.clear();
        Result<std::string> expected = convertRecordByReference(orderConverter(), line);
        if (!converter.convert(line, fast).ok() || !expected || fast != *expected) {
            std::fprintf(stderr, "fast and reference differ on %s\n", line.c_str());
            return false;
        }
        if (normalised(Json::parse(fast)) != normalised(Json::parse(jqLine))) {
            std::fprintf(stderr, "jq gives %s\nfast gives %s\n", jqLine.c_str(), fast.c_str());
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    size_t megabytes = 150;
    fs::path file;
    bool keep = false;
    bool fastOnly = false; // for profiling the fast path alone: no check, no contenders
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--mb" && i + 1 < argc)
            megabytes = std::stoul(argv[++i]);
        else if (arg == "--file" && i + 1 < argc)
            file = argv[++i];
        else if (arg == "--keep")
            keep = true;
        else if (arg == "--fast-only")
            fastOnly = true;
    }
    fs::path scratch =
        fs::temp_directory_path() / ("strata-bench-json-" + std::to_string(getpid()));
    fs::create_directories(scratch);
    if (file.empty())
        file = scratch / "orders.jsonl";
    if (!fs::exists(file)) {
        std::printf("generating %zu MB of JSON Lines in %s\n", megabytes, file.c_str());
        generate(file, megabytes << 20);
    }
    double mb = double(fs::file_size(file)) / 1e6;
    if (!fastOnly && !check(file, scratch, 20000)) {
        std::fprintf(stderr, "outputs disagree; no figures\n");
        return 1;
    }

    std::FILE* devNull = std::fopen("/dev/null", "wb");
    uint64_t records = 0;
    Timing fast = measure([&] { records = runFast(file, devNull); });
    Timing reference, jq;
    if (!fastOnly) {
        reference = measure([&] { runReference(file, devNull); });
        jq = measure([&] {
            if (!runJq(file, "/dev/null"))
                std::abort();
        });
    }
    std::fclose(devNull);

    std::printf("input: %.1f MB, %llu records (%.0f bytes per record)\n", mb,
                static_cast<unsigned long long>(records), mb * 1e6 / double(records));
    std::printf("| converter | wall s | MB/s (wall) | CPU s | MB/s (CPU) | fast is (wall) | "
                "fast is (CPU) |\n|---|---|---|---|---|---|---|\n");
    auto row = [&](const char* name, Timing t) {
        std::printf("| %s | %.2f | %.1f | %.2f | %.1f | %.1fx | %.1fx |\n", name, t.wall,
                    mb / t.wall, t.cpu, mb / t.cpu, t.wall / fast.wall, t.cpu / fast.cpu);
    };
    row("fast (simdjson, compiled plan)", fast);
    if (!fastOnly) {
        row("reference (nlohmann, applyConverter)", reference);
        row("jq -c", jq);
    }
    std::printf("jq filter: %s\n", kJqFilter);
    if (!keep)
        fs::remove_all(scratch);
    return 0;
}
