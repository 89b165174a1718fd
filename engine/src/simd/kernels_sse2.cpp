// The SSE2 level: baseline x86-64, built with the project's default flags.

#include "kernels_impl.h"

namespace strata::simd::detail {
namespace {

using Arch = xsimd::sse2;
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

    static constexpr bool kHasByteLookup = false; // pshufb arrives with SSSE3

    static Batch<int64_t> widenInt32(const int32_t* in) {
        const __m128i value = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(in));
        return _mm_unpacklo_epi32(value, _mm_srai_epi32(value, 31));
    }

    static Batch<double> int32ToDouble(const int32_t* in) {
        return _mm_cvtepi32_pd(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(in)));
    }

    static Batch<double> floatToDouble(const float* in) {
        const __m128i value = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(in));
        return _mm_cvtps_pd(_mm_castsi128_ps(value));
    }

    static void storeNarrow(int32_t* out, Batch<int64_t> value) {
        const __m128i low = _mm_shuffle_epi32(value, _MM_SHUFFLE(3, 1, 2, 0));
        _mm_storel_epi64(reinterpret_cast<__m128i*>(out), low);
    }

    // A value fits when its high half equals the sign of its low half.
    static xsimd::batch_bool<int64_t, Arch> fitsInt32(Batch<int64_t> value) {
        const __m128i lowSign =
            _mm_shuffle_epi32(_mm_srai_epi32(value, 31), _MM_SHUFFLE(2, 2, 0, 0));
        const __m128i equal = _mm_cmpeq_epi32(value, lowSign);
        return _mm_shuffle_epi32(equal, _MM_SHUFFLE(3, 3, 1, 1));
    }
};

} // namespace

const KernelTable& sse2Kernels() {
    static const KernelTable table = BatchKernels<Arch, Ops>::table(SimdLevel::Sse2);
    return table;
}

} // namespace strata::simd::detail
