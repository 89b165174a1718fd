// The AVX2 level: built with -mavx2 (see CMakeLists.txt), used only when cpuid has it.

#include "kernels_impl.h"

#include <immintrin.h>

namespace strata::simd::detail {
namespace {

using Arch = xsimd::avx2;
template <class T> using Batch = xsimd::batch<T, Arch>;

struct Ops {
    static constexpr bool kNativeDoubleToInt64 = false;
    static constexpr bool kMaskRegisters = false;

    static Batch<uint8_t> bytesFromWords(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t w3) {
        return _mm256_set_epi64x(static_cast<long long>(w3), static_cast<long long>(w2),
                                 static_cast<long long>(w1), static_cast<long long>(w0));
    }

    // up to 16 entries in two registers: permute within each, pick by bit 3 of the index
    struct SmallTable {
        static constexpr size_t kCapacity = 16;
        __m256i low;
        __m256i high;

        SmallTable(const int32_t* table, size_t size) {
            alignas(32) int32_t padded[kCapacity];
            for (size_t i = 0; i < kCapacity; ++i)
                padded[i] = i < size ? table[i] : kUnknownSymbol;
            low = _mm256_load_si256(reinterpret_cast<const __m256i*>(padded));
            high = _mm256_load_si256(reinterpret_cast<const __m256i*>(padded + 8));
        }

        Batch<int32_t> lookup(Batch<int32_t> index) const {
            const __m256i fromHigh = _mm256_srai_epi32(_mm256_slli_epi32(index, 28), 31);
            return _mm256_blendv_epi8(_mm256_permutevar8x32_epi32(low, index),
                                      _mm256_permutevar8x32_epi32(high, index), fromHigh);
        }
    };

    static constexpr bool kHasByteLookup = true;

    static Batch<uint8_t> lookup16(Batch<uint8_t> table, Batch<uint8_t> index) {
        return _mm256_shuffle_epi8(table, index);
    }

    // alignr works per 128-bit lane, so pair each lane with the lane before it first
    template <int k> static Batch<uint8_t> previous(Batch<uint8_t> input, Batch<uint8_t> before) {
        const __m256i lanesBefore = _mm256_permute2x128_si256(before, input, 0x21);
        return _mm256_alignr_epi8(input, lanesBefore, 16 - k);
    }

    static __m128i load128(const void* in) {
        return _mm_loadu_si128(static_cast<const __m128i*>(in));
    }

    static Batch<int64_t> widenInt32(const int32_t* in) {
        return _mm256_cvtepi32_epi64(load128(in));
    }

    static Batch<double> int32ToDouble(const int32_t* in) {
        return _mm256_cvtepi32_pd(load128(in));
    }

    static Batch<double> floatToDouble(const float* in) {
        return _mm256_cvtps_pd(_mm_loadu_ps(in));
    }

    static __m128i lowHalves(Batch<int64_t> value) {
        const __m256i order = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
        return _mm256_castsi256_si128(_mm256_permutevar8x32_epi32(value, order));
    }

    static void storeNarrow(int32_t* out, Batch<int64_t> value) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out), lowHalves(value));
    }

    // A value fits when sign-extending its low half gives it back.
    static xsimd::batch_bool<int64_t, Arch> fitsInt32(Batch<int64_t> value) {
        return _mm256_cmpeq_epi64(_mm256_cvtepi32_epi64(lowHalves(value)), value);
    }
};

} // namespace

const KernelTable& avx2Kernels() {
    static const KernelTable table = BatchKernels<Arch, Ops>::table(SimdLevel::Avx2);
    return table;
}

} // namespace strata::simd::detail
