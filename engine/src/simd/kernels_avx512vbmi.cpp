// The AVX-512 VBMI level: the AVX-512 kernels, with a UTF-8 check that uses VBMI byte permutes
// (vpermb reads six index bits, so 64-entry tables need no masking). Built with
// -mavx512f -mavx512cd -mavx512dq -mavx512bw -mavx512vbmi (see CMakeLists.txt), used only when
// cpuid reports all five.
//
// Latin, Greek, Cyrillic, Hebrew, Arabic and most CJK text never uses the lead bytes that need
// a second-byte range check (C0 C1 E0 ED F0..FF). A block of four vectors without them only has
// to show that the continuation bytes sit exactly where the lead bytes before them require;
// that takes a third of the work of the full table check, which is kept for the other blocks.

#include "kernel_tables.h"
#include "utf8_rows.h"
#include "utf8_scalar.h"
#include "utf8_tables.h"

#include <algorithm>
#include <array>
#include <immintrin.h>

namespace strata::simd::detail {
namespace {

constexpr size_t kVector = 64;
constexpr size_t kBlock = 4 * kVector;

__m512i load(const uint8_t* at) {
    return _mm512_loadu_si512(at);
}

bool anyHighBit(__m512i bytes) {
    return _mm512_movepi8_mask(bytes) != 0;
}

// Bit 7 set exactly on the lead bytes 0xC0..0xFF: bit 7 of `bytes + bytes` is bit 6.
__m512i leadBits(__m512i bytes) {
    return _mm512_and_si512(bytes, _mm512_add_epi8(bytes, bytes));
}

// Bit 7 set exactly on the continuation bytes 0x80..0xBF.
__m512i continuationBits(__m512i bytes) {
    return _mm512_andnot_si512(_mm512_add_epi8(bytes, bytes), bytes);
}

__m512i tableOf(const std::array<uint8_t, 64>& entries) {
    return _mm512_loadu_si512(entries.data());
}

// The constants of one check, built once per call.
struct Utf8Tables {
    __m512i firstHigh;  // kFirstHigh by bits 2..7 of the first byte of a pair
    __m512i firstLow;   // kFirstLow by bits 0..5 of the first byte
    __m512i secondHigh; // kSecondHigh by bits 2..7 of the second byte
    __m512i special;    // bit 7 for the lead bytes C0 C1 E0 ED F0..FF, by bits 0..5
    __m512i limits;     // a sequence cut by the end of a vector leaves a byte above these

    Utf8Tables() {
        std::array<uint8_t, 64> high{}, low{}, second{}, rangeChecked{};
        for (size_t i = 0; i < 64; ++i) {
            high[i] = kFirstHigh[i >> 2];
            low[i] = kFirstLow[i & 0x0F];
            second[i] = kSecondHigh[i >> 2];
            const size_t lead = 0xC0 + i;
            const bool needsRangeCheck =
                lead <= 0xC1 || lead == 0xE0 || lead == 0xED || lead >= 0xF0;
            rangeChecked[i] = needsRangeCheck ? 0x80 : 0;
        }
        firstHigh = tableOf(high);
        firstLow = tableOf(low);
        secondHigh = tableOf(second);
        special = tableOf(rangeChecked);
        std::array<uint8_t, 64> cut;
        cut.fill(0xFF);
        cut[kVector - 3] = 0xF0 - 1;
        cut[kVector - 2] = 0xE0 - 1;
        cut[kVector - 1] = 0xC0 - 1;
        limits = tableOf(cut);
    }
};

// One stream of bytes: the errors found so far and the vector before the next one.
struct Utf8Stream {
    const Utf8Tables& tables;
    __m512i previous = _mm512_setzero_si512();
    __m512i errors = _mm512_setzero_si512();

    // Full table check of `input`, whose three bytes before it are prev1..prev3.
    void checkPairs(__m512i input, __m512i prev1, __m512i prev2, __m512i prev3) {
        const __m512i special = _mm512_ternarylogic_epi32(
            _mm512_permutexvar_epi8(_mm512_srli_epi16(prev1, 2), tables.firstHigh),
            _mm512_permutexvar_epi8(prev1, tables.firstLow),
            _mm512_permutexvar_epi8(_mm512_srli_epi16(input, 2), tables.secondHigh), 0x80);
        const __m512i thirdOrFourth =
            _mm512_or_si512(_mm512_subs_epu8(prev2, _mm512_set1_epi8(char(0xE0 - 0x80))),
                            _mm512_subs_epu8(prev3, _mm512_set1_epi8(char(0xF0 - 0x80))));
        const __m512i wrong = _mm512_xor_si512(
            _mm512_and_si512(thirdOrFourth, _mm512_set1_epi8(char(0x80))), special);
        errors = _mm512_or_si512(errors, wrong);
    }

    // Full check of the vector at `at`, with the bytes before it read from memory.
    void checkAt(const uint8_t* at) {
        checkPairs(load(at), load(at - 1), load(at - 2), load(at - 3));
    }

    // Full check of `input`, with the bytes before it taken from `previous`.
    void checkAfterPrevious(__m512i input) {
        const __m512i order = _mm512_setr_epi64(6, 7, 8, 9, 10, 11, 12, 13);
        const __m512i lanesBefore = _mm512_permutex2var_epi64(previous, order, input);
        checkPairs(input, _mm512_alignr_epi8(input, lanesBefore, 15),
                   _mm512_alignr_epi8(input, lanesBefore, 14),
                   _mm512_alignr_epi8(input, lanesBefore, 13));
        previous = input;
    }

    // Continuation bytes must be exactly where the lead bytes one or two before require them.
    // Holds for blocks without special lead bytes (so no four-byte sequence either).
    void checkStructureAt(const uint8_t* at, __m512i input) {
        const __m512i required =
            _mm512_or_si512(_mm512_subs_epu8(load(at - 1), _mm512_set1_epi8(0x40)),
                            _mm512_subs_epu8(load(at - 2), _mm512_set1_epi8(0x60)));
        const __m512i wrong = _mm512_xor_si512(required, continuationBits(input));
        errors = _mm512_ternarylogic_epi32(errors, wrong, _mm512_set1_epi8(char(0x80)), 0xF8);
    }

    __m512i cutAtEnd() const { return _mm512_subs_epu8(previous, tables.limits); }

    void skipAscii(__m512i input) {
        errors = _mm512_or_si512(errors, cutAtEnd());
        previous = input;
    }

    bool valid() const {
        const __m512i all = _mm512_or_si512(errors, cutAtEnd());
        return _mm512_test_epi8_mask(all, all) == 0;
    }
};

// Four vectors of a stream, `at` being the first one's address. Loops over the vectors are
// written out: GCC keeps an array of vectors indexed in a loop on the stack.
struct Block {
    const uint8_t* at;
    __m512i v0, v1, v2, v3;

    explicit Block(const uint8_t* first)
        : at(first)
        , v0(load(first))
        , v1(load(first + kVector))
        , v2(load(first + 2 * kVector))
        , v3(load(first + 3 * kVector)) {}

    bool ascii() const { return !anyHighBit(_mm512_ternarylogic_epi32(v0, v1, v2, 0xFE) | v3); }
};

// Checks one block that holds a non-ASCII byte.
void checkBlock(Utf8Stream& stream, const Block& block, bool first) {
    const auto& tables = stream.tables;
    const auto special = [&](__m512i bytes) {
        return _mm512_and_si512(_mm512_permutexvar_epi8(bytes, tables.special), leadBits(bytes));
    };
    const __m512i anySpecial =
        _mm512_ternarylogic_epi32(special(block.v0), special(block.v1),
                                  _mm512_or_si512(special(block.v2), special(block.v3)), 0xFE);
    // a sequence begun in the last three bytes before the block is left to the full check too
    const __m512i fullCheckNeeded = _mm512_or_si512(anySpecial, stream.cutAtEnd());
    if (first || _mm512_test_epi8_mask(fullCheckNeeded, fullCheckNeeded) != 0) {
        if (first)
            stream.checkAfterPrevious(block.v0);
        else
            stream.checkAt(block.at);
        stream.checkAt(block.at + kVector);
        stream.checkAt(block.at + 2 * kVector);
        stream.checkAt(block.at + 3 * kVector);
    } else {
        stream.checkStructureAt(block.at, block.v0);
        stream.checkStructureAt(block.at + kVector, block.v1);
        stream.checkStructureAt(block.at + 2 * kVector, block.v2);
        stream.checkStructureAt(block.at + 3 * kVector, block.v3);
    }
    stream.previous = block.v3;
}

// Checks rows [firstRow, endRow) as one stream, and that no row starts inside a sequence.
bool checkRows(const Utf8Tables& tables, const uint32_t* offsets, const char* bytes,
               size_t firstRow, size_t endRow) {
    const auto* text = reinterpret_cast<const uint8_t*>(bytes);
    const size_t begin = offsets[firstRow];
    const size_t end = offsets[endRow];
    // the row starts are read a few per non-ASCII block, behind the vectors
    RowStarts starts(offsets, bytes, firstRow, endRow);
    const size_t startsPerBlock = starts.perBlock((end - begin) / kBlock);
    Utf8Stream stream{tables};
    bool ascii = true;
    size_t pos = begin;
    for (; pos + kBlock <= end; pos += kBlock) {
        const Block block(text + pos);
        if (block.ascii()) {
            stream.skipAscii(block.v3);
            continue;
        }
        ascii = false;
        starts.take(startsPerBlock);
        checkBlock(stream, block, pos == begin);
    }
    for (; pos < end; pos += kVector) {
        // bytes past the end read as zero, which is ASCII: a sequence cut there fails
        const size_t left = end - pos;
        const __mmask64 present = left >= kVector ? ~__mmask64(0) : (__mmask64(1) << left) - 1;
        const __m512i input = _mm512_maskz_loadu_epi8(present, text + pos);
        if (!anyHighBit(input)) {
            stream.skipAscii(input);
            continue;
        }
        ascii = false;
        stream.checkAfterPrevious(input);
    }
    // in ASCII text no row can start with a continuation byte
    return stream.valid() && (ascii || starts.noneInsideASequence());
}

Utf8Outcome validateUtf8(const uint32_t* offsets, const char* bytes, const uint64_t* validity,
                         size_t rows) {
    const Utf8Tables tables;
    for (size_t firstRow = 0; firstRow < rows; firstRow += kUtf8RowsPerChunk) {
        const size_t endRow = std::min(rows, firstRow + kUtf8RowsPerChunk);
        prefetchNextChunkEnd(offsets, firstRow, rows);
        if (checkRows(tables, offsets, bytes, firstRow, endRow))
            continue;
        // the exact row and offset come from the row-by-row check, which also skips nulls
        const Utf8Outcome outcome = utf8CheckRows(offsets, bytes, validity, firstRow, endRow);
        if (!outcome.ok())
            return outcome;
    }
    return {};
}

} // namespace

const KernelTable& avx512VbmiKernels() {
    static const KernelTable table = [] {
        KernelTable kernels = avx512Kernels();
        kernels.level = SimdLevel::Avx512Vbmi;
        kernels.validateUtf8 = validateUtf8;
        return kernels;
    }();
    return table;
}

} // namespace strata::simd::detail
