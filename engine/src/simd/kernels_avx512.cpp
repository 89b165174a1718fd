// The AVX-512 level: built with -mavx512f -mavx512cd -mavx512dq -mavx512bw (see
// CMakeLists.txt), used only when cpuid reports all four.

#include "kernels_impl.h"

#include <immintrin.h>

namespace strata::simd::detail {
namespace {

using Arch = xsimd::avx512bw;
template <class T> using Batch = xsimd::batch<T, Arch>;

struct Ops {
    static constexpr bool kNativeDoubleToInt64 = true;
    static constexpr bool kMaskRegisters = true;

    // AVX-512 compares produce bit masks, so validity bits are a lane mask as they are
    template <class U> static xsimd::batch_bool<U, Arch> maskFromBits(uint64_t bits) {
        using Mask = typename xsimd::batch_bool<U, Arch>::register_type;
        return xsimd::batch_bool<U, Arch>(static_cast<Mask>(bits));
    }

    // up to 32 entries in two registers, looked up by one two-source permute
    struct SmallTable {
        static constexpr size_t kCapacity = 32;
        __m512i low;
        __m512i high;

        SmallTable(const int32_t* table, size_t size) {
            alignas(64) int32_t padded[kCapacity];
            for (size_t i = 0; i < kCapacity; ++i)
                padded[i] = i < size ? table[i] : kUnknownSymbol;
            low = _mm512_load_si512(padded);
            high = _mm512_load_si512(padded + 16);
        }

        Batch<int32_t> lookup(Batch<int32_t> index) const {
            return _mm512_permutex2var_epi32(low, index, high);
        }
    };

    static constexpr bool kHasByteLookup = true;

    static Batch<uint8_t> lookup16(Batch<uint8_t> table, Batch<uint8_t> index) {
        return _mm512_shuffle_epi8(table, index);
    }

    // alignr works per 128-bit lane, so pair each lane with the lane before it first
    template <int k> static Batch<uint8_t> previous(Batch<uint8_t> input, Batch<uint8_t> before) {
        const __m512i order = _mm512_setr_epi64(6, 7, 8, 9, 10, 11, 12, 13);
        const __m512i lanesBefore = _mm512_permutex2var_epi64(before, order, input);
        return _mm512_alignr_epi8(input, lanesBefore, 16 - k);
    }

    static __m256i load256(const void* in) {
        return _mm256_loadu_si256(static_cast<const __m256i*>(in));
    }

    static Batch<int64_t> widenInt32(const int32_t* in) {
        return _mm512_cvtepi32_epi64(load256(in));
    }

    static Batch<double> int32ToDouble(const int32_t* in) {
        return _mm512_cvtepi32_pd(load256(in));
    }

    static Batch<double> floatToDouble(const float* in) {
        return _mm512_cvtps_pd(_mm256_loadu_ps(in));
    }

    static void storeNarrow(int32_t* out, Batch<int64_t> value) {
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), _mm512_cvtepi64_epi32(value));
    }

    // A value fits when sign-extending its low half gives it back.
    static xsimd::batch_bool<int64_t, Arch> fitsInt32(Batch<int64_t> value) {
        const __m512i back = _mm512_cvtepi32_epi64(_mm512_cvtepi64_epi32(value));
        return _mm512_cmpeq_epi64_mask(back, value);
    }

    static Batch<int64_t> truncToInt64(Batch<double> value) { return _mm512_cvttpd_epi64(value); }
};

} // namespace

const KernelTable& avx512Kernels() {
    static const KernelTable table = BatchKernels<Arch, Ops>::table(SimdLevel::Avx512);
    return table;
}

} // namespace strata::simd::detail
