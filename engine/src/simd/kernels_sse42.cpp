// The SSE4.2 level: built with -msse4.2 (see CMakeLists.txt), used only when cpuid has it.

#include "kernels_impl.h"

#include <immintrin.h>

namespace strata::simd::detail {
namespace {

using Arch = xsimd::sse4_2;
template <class T> using Batch = xsimd::batch<T, Arch>;

struct Ops {
    static constexpr bool kNativeDoubleToInt64 = false;
    static constexpr bool kMaskRegisters = false;

    static Batch<uint8_t> bytesFromWords(uint64_t low, uint64_t high) {
        return _mm_set_epi64x(static_cast<long long>(high), static_cast<long long>(low));
    }

    // no register-held tables at this width: the kernel gathers
    struct SmallTable {
        static constexpr size_t kCapacity = 0;
        SmallTable(const int32_t*, size_t) {}
        Batch<int32_t> lookup(Batch<int32_t>) const { return Batch<int32_t>(0); }
    };

    static constexpr bool kHasByteLookup = true;

    static Batch<uint8_t> lookup16(Batch<uint8_t> table, Batch<uint8_t> index) {
        return _mm_shuffle_epi8(table, index);
    }

    template <int k> static Batch<uint8_t> previous(Batch<uint8_t> input, Batch<uint8_t> before) {
        return _mm_alignr_epi8(input, before, 16 - k);
    }

    static Batch<int64_t> widenInt32(const int32_t* in) {
        return _mm_cvtepi32_epi64(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(in)));
    }

    static Batch<double> int32ToDouble(const int32_t* in) {
        return _mm_cvtepi32_pd(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(in)));
    }

    static Batch<double> floatToDouble(const float* in) {
        const __m128i value = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(in));
        return _mm_cvtps_pd(_mm_castsi128_ps(value));
    }

    static __m128i lowHalves(Batch<int64_t> value) {
        return _mm_shuffle_epi32(value, _MM_SHUFFLE(3, 1, 2, 0));
    }

    static void storeNarrow(int32_t* out, Batch<int64_t> value) {
        _mm_storel_epi64(reinterpret_cast<__m128i*>(out), lowHalves(value));
    }

    // A value fits when sign-extending its low half gives it back.
    static xsimd::batch_bool<int64_t, Arch> fitsInt32(Batch<int64_t> value) {
        return _mm_cmpeq_epi64(_mm_cvtepi32_epi64(lowHalves(value)), value);
    }
};

} // namespace

const KernelTable& sse42Kernels() {
    static const KernelTable table = BatchKernels<Arch, Ops>::table(SimdLevel::Sse42);
    return table;
}

} // namespace strata::simd::detail
