// Every batch kernel at every SIMD level, at an L2-sized batch and at a DRAM-sized batch
// (128 MiB of input), next to memcpy moving the same number of bytes (input read plus output
// written) and the scalar level, which is a plain loop built without auto-vectorisation.
//
// bytes_per_second counts input read plus output written; items_per_second counts rows.

#include "strata/simd/kernels.h"

#include <benchmark/benchmark.h>
#include <cstring>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace strata::simd {
namespace {

constexpr size_t kL2Bytes = 384 * 1024;          // input + output of an L2-sized batch
constexpr size_t kDramInputBytes = 128ull << 20; // input of a DRAM-sized batch

// Buffers for one kernel at one size; raw storage so that every level sees the same data.
struct Workload {
    size_t rows = 0;
    size_t bytesMoved = 0; // input read + output written per run
    std::vector<uint64_t> input;
    std::vector<uint64_t> output;
    std::vector<uint64_t> validity;
    std::vector<uint32_t> offsets;
    std::vector<int32_t> table;
    std::function<void(const KernelTable&, Workload&)> run;

    template <typename T> T* in() { return reinterpret_cast<T*>(input.data()); }
    template <typename T> T* out() { return reinterpret_cast<T*>(output.data()); }
};

struct KernelSpec {
    const char* name;
    size_t inBytesPerRow;  // values read (validity bits are added on top where used)
    size_t outBytesPerRow; // values written
    void (*fill)(Workload&, std::mt19937_64&);
    void (*run)(const KernelTable&, Workload&);
};

// About 10 % nulls, so most validity words take the blend path.
void fillValidity(Workload& w, std::mt19937_64& random) {
    w.validity.assign((w.rows + 63) / 64, 0);
    for (size_t row = 0; row < w.rows; ++row) {
        if (random() % 10 != 0)
            w.validity[row / 64] |= uint64_t(1) << (row % 64);
    }
}

void fillInt32(Workload& w, std::mt19937_64&) {
    for (size_t i = 0; i < w.rows; ++i)
        w.in<int32_t>()[i] = static_cast<int32_t>(i * 2654435761u);
}

void fillInt64Narrowable(Workload& w, std::mt19937_64&) {
    for (size_t i = 0; i < w.rows; ++i)
        w.in<int64_t>()[i] = static_cast<int32_t>(i * 2654435761u);
}

void fillFloat(Workload& w, std::mt19937_64&) {
    for (size_t i = 0; i < w.rows; ++i)
        w.in<float>()[i] = static_cast<float>(i) * 0.37f;
}

void fillDoubleIntegral(Workload& w, std::mt19937_64&) {
    for (size_t i = 0; i < w.rows; ++i)
        w.in<double>()[i] = static_cast<double>(static_cast<int32_t>(i * 2654435761u));
}

void fillValues8WithNulls(Workload& w, std::mt19937_64& random) {
    fillValidity(w, random);
}

void fillEnumCodes(Workload& w, std::mt19937_64& random) {
    w.table = {3, 1, 4, 0, 5, 9, 2, 6, 8, 7, 11, 10, 13, 12, 15, 14};
    for (size_t i = 0; i < w.rows; ++i)
        w.in<int32_t>()[i] = static_cast<int32_t>(random() % w.table.size());
    fillValidity(w, random);
}

// String rows of 8 to 56 bytes; `mixed` puts a two- or three-byte character in every row.
void fillText(Workload& w, std::mt19937_64& random, bool mixed) {
    auto* bytes = w.in<char>();
    const size_t capacity = w.input.size() * sizeof(uint64_t);
    w.offsets.assign(1, 0);
    size_t used = 0;
    while (true) {
        const size_t length = 8 + random() % 49;
        if (used + length > capacity)
            break;
        for (size_t i = 0; i < length; ++i)
            bytes[used + i] = static_cast<char>('a' + (random() % 26));
        if (mixed && length >= 4) {
            const size_t at = random() % (length - 3);
            const char* character = (random() % 2) ? "\xC3\xA9" : "\xE2\x82\xAC";
            std::memcpy(bytes + used + at, character, std::strlen(character));
        }
        used += length;
        w.offsets.push_back(static_cast<uint32_t>(used));
    }
    w.rows = w.offsets.size() - 1;
    w.bytesMoved = used + w.offsets.size() * sizeof(uint32_t);
}

void fillAscii(Workload& w, std::mt19937_64& random) {
    fillText(w, random, false);
}
void fillMixed(Workload& w, std::mt19937_64& random) {
    fillText(w, random, true);
}

const KernelSpec kKernels[] = {
    {"int32_to_int64", 4, 8, fillInt32,
     [](const KernelTable& k, Workload& w) {
         k.int32ToInt64(w.in<int32_t>(), w.out<int64_t>(), w.rows);
     }},
    {"int32_to_float64", 4, 8, fillInt32,
     [](const KernelTable& k, Workload& w) {
         k.int32ToFloat64(w.in<int32_t>(), w.out<double>(), w.rows);
     }},
    {"int64_to_float64", 8, 8, fillInt64Narrowable,
     [](const KernelTable& k, Workload& w) {
         k.int64ToFloat64(w.in<int64_t>(), w.out<double>(), w.rows);
     }},
    {"float32_to_float64", 4, 8, fillFloat,
     [](const KernelTable& k, Workload& w) {
         k.float32ToFloat64(w.in<float>(), w.out<double>(), w.rows);
     }},
    {"scale_offset", 8, 8, fillDoubleIntegral,
     [](const KernelTable& k, Workload& w) {
         k.scaleOffset(w.in<double>(), w.out<double>(), w.rows, 1.8, 32.0);
     }},
    // fill kernels work in place: the values are read and written, so input = output bytes
    {"fill_nulls_8", 1, 1, fillValues8WithNulls,
     [](const KernelTable& k, Workload& w) {
         k.fillNulls8(w.in<uint8_t>(), w.validity.data(), w.rows, 1);
     }},
    {"fill_nulls_32", 4, 4, fillValues8WithNulls,
     [](const KernelTable& k, Workload& w) {
         k.fillNulls32(w.in<uint32_t>(), w.validity.data(), w.rows, 7);
     }},
    {"fill_nulls_64", 8, 8, fillValues8WithNulls,
     [](const KernelTable& k, Workload& w) {
         k.fillNulls64(w.in<uint64_t>(), w.validity.data(), w.rows, 7);
     }},
    {"remap_enum", 4, 4, fillEnumCodes,
     [](const KernelTable& k, Workload& w) {
         const RemapOutcome outcome =
             k.remapEnum(w.in<int32_t>(), w.validity.data(), w.rows, w.table.data(), w.table.size(),
                         0, w.out<int32_t>());
         benchmark::DoNotOptimize(outcome);
     }},
    {"int64_to_int32_checked", 8, 4, fillInt64Narrowable,
     [](const KernelTable& k, Workload& w) {
         benchmark::DoNotOptimize(
             k.int64ToInt32Checked(w.in<int64_t>(), nullptr, w.rows, w.out<int32_t>()));
     }},
    {"float64_to_int64_checked", 8, 8, fillDoubleIntegral,
     [](const KernelTable& k, Workload& w) {
         benchmark::DoNotOptimize(
             k.float64ToInt64Checked(w.in<double>(), nullptr, w.rows, w.out<int64_t>()));
     }},
    {"utf8_ascii", 1, 0, fillAscii,
     [](const KernelTable& k, Workload& w) {
         benchmark::DoNotOptimize(k.validateUtf8(w.offsets.data(), w.in<char>(), nullptr, w.rows));
     }},
    {"utf8_mixed", 1, 0, fillMixed,
     [](const KernelTable& k, Workload& w) {
         benchmark::DoNotOptimize(k.validateUtf8(w.offsets.data(), w.in<char>(), nullptr, w.rows));
     }},
};

// One workload is alive at a time: DRAM-sized ones take up to 384 MiB.
Workload& workloadFor(const KernelSpec& spec, bool dram) {
    static std::unique_ptr<Workload> current;
    static std::string currentKey;
    const std::string key = std::string(spec.name) + (dram ? "/dram" : "/l2");
    if (current && currentKey == key)
        return *current;

    current.reset();
    auto w = std::make_unique<Workload>();
    const size_t rowBytes = spec.inBytesPerRow + spec.outBytesPerRow;
    w->rows = dram ? kDramInputBytes / spec.inBytesPerRow : kL2Bytes / rowBytes;
    w->input.assign((w->rows * spec.inBytesPerRow + 7) / 8 + 8, 0);
    w->output.assign((w->rows * spec.outBytesPerRow + 7) / 8 + 8, 0); // touched: no page faults
    w->bytesMoved = w->rows * rowBytes;
    std::mt19937_64 random(12345);
    spec.fill(*w, random);
    if (!w->validity.empty())
        w->bytesMoved += w->validity.size() * sizeof(uint64_t);
    current = std::move(w);
    currentKey = key;
    return *current;
}

void runKernel(benchmark::State& state, const KernelSpec* spec, SimdLevel level, bool dram) {
    const KernelTable* kernels = kernelsFor(level);
    if (kernels == nullptr) {
        state.SkipWithError("this CPU cannot run the level");
        return;
    }
    Workload& w = workloadFor(*spec, dram);
    for (auto _ : state) {
        spec->run(*kernels, w);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(w.rows));
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(w.bytesMoved));
}

// memcpy of bytesMoved / 2 bytes: it reads and writes as many bytes as the kernel moves.
void runMemcpy(benchmark::State& state, const KernelSpec* spec, bool dram) {
    const Workload& w = workloadFor(*spec, dram);
    const size_t half = w.bytesMoved / 2;
    std::vector<char> from(half, 1);
    std::vector<char> to(half, 0);
    for (auto _ : state) {
        std::memcpy(to.data(), from.data(), half);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(w.rows));
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(2 * half));
}

void registerAll() {
    const SimdLevel levels[] = {SimdLevel::Scalar, SimdLevel::Sse2,   SimdLevel::Sse42,
                                SimdLevel::Avx2,   SimdLevel::Avx512, SimdLevel::Avx512Vbmi};
    for (const KernelSpec& spec : kKernels) {
        for (bool dram : {false, true}) {
            const std::string size = dram ? "dram" : "l2";
            benchmark::RegisterBenchmark((std::string(spec.name) + "/" + size + "/memcpy").c_str(),
                                         runMemcpy, &spec, dram)
                ->Unit(benchmark::kMicrosecond)
                ->UseRealTime();
            for (SimdLevel level : levels) {
                const std::string name =
                    std::string(spec.name) + "/" + size + "/" + toString(level);
                benchmark::RegisterBenchmark(name.c_str(), runKernel, &spec, level, dram)
                    ->Unit(benchmark::kMicrosecond)
                    ->UseRealTime();
            }
        }
    }
}

} // namespace
} // namespace strata::simd

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    strata::simd::registerAll();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
