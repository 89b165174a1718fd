#include "strata/simd/level.h"

#include "kernel_tables.h"
#include "strata/core/log.h"
#include "utf8_scalar.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstdlib>

namespace strata::simd {
namespace {

constexpr int kUnset = -1;

// The level in force, or kUnset until first use / after resetSimdLevel().
std::atomic<int> g_activeLevel{kUnset};

SimdLevel detectCpu() {
    __builtin_cpu_init();
    // libgcc/compiler-rt also check that the OS saves the wider registers (XGETBV)
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd") &&
        __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512bw"))
        return __builtin_cpu_supports("avx512vbmi") ? SimdLevel::Avx512Vbmi : SimdLevel::Avx512;
    if (__builtin_cpu_supports("avx2"))
        return SimdLevel::Avx2;
    if (__builtin_cpu_supports("sse4.2"))
        return SimdLevel::Sse42;
    return SimdLevel::Sse2;
}

SimdLevel levelFromEnvironment() {
    const SimdLevel detected = detectedSimdLevel();
    const char* requested = std::getenv("STRATA_SIMD_LEVEL");
    if (requested == nullptr || *requested == '\0')
        return detected;

    const Result<SimdLevel> level = parseSimdLevel(requested);
    if (!level) {
        log(LogLevel::Warning, "strata.engine.simd",
            "STRATA_SIMD_LEVEL ignored: " + level.error().describe());
        return detected;
    }
    if (*level > detected) {
        log(LogLevel::Warning, "strata.engine.simd",
            std::string("STRATA_SIMD_LEVEL=") + requested +
                " is above what this CPU supports; using " + toString(detected));
        return detected;
    }
    return *level;
}

} // namespace

const char* toString(SimdLevel level) {
    switch (level) {
    case SimdLevel::Scalar:
        return "scalar";
    case SimdLevel::Sse2:
        return "sse2";
    case SimdLevel::Sse42:
        return "sse42";
    case SimdLevel::Avx2:
        return "avx2";
    case SimdLevel::Avx512:
        return "avx512";
    case SimdLevel::Avx512Vbmi:
        return "avx512vbmi";
    }
    return "scalar";
}

Result<SimdLevel> parseSimdLevel(std::string_view text) {
    for (SimdLevel level : {SimdLevel::Scalar, SimdLevel::Sse2, SimdLevel::Sse42, SimdLevel::Avx2,
                            SimdLevel::Avx512, SimdLevel::Avx512Vbmi}) {
        if (text == toString(level))
            return level;
    }
    if (text == "sse4.2")
        return SimdLevel::Sse42;
    return makeError(ErrorCode::InvalidArgument,
                     "unknown SIMD level \"" + std::string(text) +
                         "\" (expected scalar, sse2, sse42, avx2, avx512 or avx512vbmi)");
}

SimdLevel detectedSimdLevel() {
    static const SimdLevel detected = detectCpu();
    return detected;
}

SimdLevel activeSimdLevel() {
    int level = g_activeLevel.load(std::memory_order_acquire);
    if (level == kUnset) {
        level = static_cast<int>(levelFromEnvironment());
        int expected = kUnset;
        // a concurrent forceSimdLevel() wins over the environment
        if (!g_activeLevel.compare_exchange_strong(expected, level, std::memory_order_acq_rel))
            level = expected;
    }
    return static_cast<SimdLevel>(level);
}

Status forceSimdLevel(SimdLevel level) {
    if (level > detectedSimdLevel()) {
        return makeError(ErrorCode::Unsupported, std::string("SIMD level ") + toString(level) +
                                                     " is not supported by this CPU (best: " +
                                                     toString(detectedSimdLevel()) + ")");
    }
    g_activeLevel.store(static_cast<int>(level), std::memory_order_release);
    return {};
}

void resetSimdLevel() {
    g_activeLevel.store(kUnset, std::memory_order_release);
}

const KernelTable* kernelsFor(SimdLevel level) {
    if (level > detectedSimdLevel())
        return nullptr;
    switch (level) {
    case SimdLevel::Scalar:
        return &detail::scalarKernels();
    case SimdLevel::Sse2:
        return &detail::sse2Kernels();
    case SimdLevel::Sse42:
        return &detail::sse42Kernels();
    case SimdLevel::Avx2:
        return &detail::avx2Kernels();
    case SimdLevel::Avx512:
        return &detail::avx512Kernels();
    case SimdLevel::Avx512Vbmi:
        return &detail::avx512VbmiKernels();
    }
    return &detail::scalarKernels();
}

const KernelTable& activeKernels() {
    return *kernelsFor(activeSimdLevel());
}

void convertInt32ToInt64(std::span<const int32_t> in, std::span<int64_t> out) {
    assert(out.size() >= in.size());
    activeKernels().int32ToInt64(in.data(), out.data(), in.size());
}

void convertInt32ToFloat64(std::span<const int32_t> in, std::span<double> out) {
    assert(out.size() >= in.size());
    activeKernels().int32ToFloat64(in.data(), out.data(), in.size());
}

void convertInt64ToFloat64(std::span<const int64_t> in, std::span<double> out) {
    assert(out.size() >= in.size());
    activeKernels().int64ToFloat64(in.data(), out.data(), in.size());
}

void convertFloat32ToFloat64(std::span<const float> in, std::span<double> out) {
    assert(out.size() >= in.size());
    activeKernels().float32ToFloat64(in.data(), out.data(), in.size());
}

void scaleOffset(std::span<const double> in, std::span<double> out, double scale, double offset) {
    assert(out.size() >= in.size());
    activeKernels().scaleOffset(in.data(), out.data(), in.size(), scale, offset);
}

size_t findInvalidUtf8(std::string_view text) {
    return detail::utf8FirstInvalid(reinterpret_cast<const unsigned char*>(text.data()),
                                    text.size());
}

} // namespace strata::simd
