#pragma once

// Instruction-set levels of the batch kernels and the runtime choice between them. One binary
// built for generic x86-64 carries every level; the best one the CPU supports is used unless
// the STRATA_SIMD_LEVEL environment variable or forceSimdLevel() asks for a lower one.

#include "strata/core/result.h"

#include <string_view>

namespace strata::simd {

// Ordered from weakest to strongest; every level includes the ones before it.
enum class SimdLevel {
    Scalar,     // plain loops, compiled without auto-vectorisation
    Sse2,       // baseline x86-64
    Sse42,      // SSE4.1 sign extension and 64-bit compares, SSE4.2
    Avx2,       // 256-bit integer and float vectors, gathers
    Avx512,     // 512-bit vectors with AVX-512 F, CD, DQ and BW
    Avx512Vbmi, // AVX-512 with VBMI byte permutes (Ice Lake, Zen 4 and later)
};

// "scalar", "sse2", "sse42", "avx2", "avx512" or "avx512vbmi".
const char* toString(SimdLevel level);

// Accepts the names toString() produces ("sse4.2" is also accepted for sse42).
Result<SimdLevel> parseSimdLevel(std::string_view text);

// The strongest level this CPU and operating system support.
SimdLevel detectedSimdLevel();

// The level the dispatching kernels use now: the detected level, lowered by
// STRATA_SIMD_LEVEL (read once, at first use) or by forceSimdLevel().
SimdLevel activeSimdLevel();

// Makes the dispatching kernels use `level`; refuses levels above detectedSimdLevel().
Status forceSimdLevel(SimdLevel level);

// Drops any forced level and re-reads STRATA_SIMD_LEVEL.
void resetSimdLevel();

} // namespace strata::simd
