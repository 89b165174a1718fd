#pragma once

// The vector kernels, written once over xsimd and instantiated by each kernels_<level>.cpp
// with its xsimd architecture and an `Ops` struct of the few conversions xsimd 8.1 lacks
// (widening loads, narrowing stores). Each instantiating translation unit declares its Ops in
// an anonymous namespace, so no inline code built for one ISA can leak into another level.
//
// Ops must provide, for N = xsimd::batch<int64_t, Arch>::size:
//   widenInt32(const int32_t*)   -> batch<int64_t>  (loads N values)
//   int32ToDouble(const int32_t*) -> batch<double>
//   floatToDouble(const float*)  -> batch<double>
//   storeNarrow(int32_t*, batch<int64_t>)           (stores the low 32 bits of N values)
//   fitsInt32(batch<int64_t>)    -> batch_bool<int64_t>
//   kNativeDoubleToInt64, and truncToInt64(batch<double>) when it is true;
//   kMaskRegisters, and maskFromBits<U>(uint64_t) -> batch_bool<U> when it is true (AVX-512);
//   bytesFromWords(uint64_t...) -> batch<uint8_t> from size / 8 words, lowest first (no AVX-512);
//   SmallTable: built from (const int32_t* table, size_t size), lookup(batch<int32_t> index)
//     for tables of at most SmallTable::kCapacity entries (0 = always gather);
//   kHasByteLookup, and when it is true (SSSE3 and later):
//     lookup16(batch<uint8_t> table, batch<uint8_t> index) -> table[index] per 16-byte lane,
//     previous<k>(batch<uint8_t> input, batch<uint8_t> before) -> input shifted up by k bytes
//       across the vector, the first k bytes taken from the end of `before`.

#include "kernel_tables.h"
#include "utf8_rows.h"
#include "utf8_scalar.h"
#include "utf8_tables.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <immintrin.h>
#include <utility>
#include <xsimd/xsimd.hpp>

namespace strata::simd::detail {

template <class Arch, class Ops> struct BatchKernels {
    template <class T> using Batch = xsimd::batch<T, Arch>;

    // Outputs at least this large are written with non-temporal stores, as memcpy writes large
    // copies: they cannot stay in cache until something reads them, and skipping the read for
    // ownership of every output line saves a third of a widening conversion's memory traffic.
    static constexpr size_t kStreamingBytes = size_t(8) << 20;

    template <class T> static void storeStream(T* to, const Batch<T>& value) {
        const Batch<int64_t> bits = xsimd::bitwise_cast<Batch<int64_t>>(value);
        if constexpr (sizeof(Batch<T>) == 64)
            _mm512_stream_si512(reinterpret_cast<__m512i*>(to), bits);
        else if constexpr (sizeof(Batch<T>) == 32)
            _mm256_stream_si256(reinterpret_cast<__m256i*>(to), bits);
        else
            _mm_stream_si128(reinterpret_cast<__m128i*>(to), bits);
    }

    // out[i] for rows [0, rows): `batchAt(i)` converts the batch of rows from i, `rowAt(i)` one
    // row; both give the same values.
    template <class Out, class BatchAt, class RowAt>
    static void mapRows(Out* out, size_t rows, BatchAt batchAt, RowAt rowAt) {
        constexpr size_t n = Batch<Out>::size;
        size_t i = 0;
        const auto address = [&](size_t row) { return reinterpret_cast<uintptr_t>(out + row); };
        if (rows * sizeof(Out) >= kStreamingBytes && address(0) % sizeof(Out) == 0) {
            for (; address(i) % sizeof(Batch<Out>) != 0; ++i)
                out[i] = rowAt(i);
            for (; i + n <= rows; i += n)
                storeStream(out + i, batchAt(i));
            _mm_sfence(); // ordered before any later store, like ordinary stores
        }
        for (; i + 2 * n <= rows; i += 2 * n) {
            batchAt(i).store_unaligned(out + i);
            batchAt(i + n).store_unaligned(out + i + n);
        }
        for (; i + n <= rows; i += n)
            batchAt(i).store_unaligned(out + i);
        for (; i < rows; ++i)
            out[i] = rowAt(i);
    }

    static void int32ToInt64(const int32_t* in, int64_t* out, size_t rows) {
        mapRows(
            out, rows, [in](size_t i) { return Ops::widenInt32(in + i); },
            [in](size_t i) { return int64_t(in[i]); });
    }

    static void int32ToFloat64(const int32_t* in, double* out, size_t rows) {
        mapRows(
            out, rows, [in](size_t i) { return Ops::int32ToDouble(in + i); },
            [in](size_t i) { return static_cast<double>(in[i]); });
    }

    static void int64ToFloat64(const int64_t* in, double* out, size_t rows) {
        mapRows(
            out, rows,
            [in](size_t i) {
                return xsimd::batch_cast<double>(Batch<int64_t>::load_unaligned(in + i));
            },
            [in](size_t i) { return static_cast<double>(in[i]); });
    }

    static void float32ToFloat64(const float* in, double* out, size_t rows) {
        mapRows(
            out, rows, [in](size_t i) { return Ops::floatToDouble(in + i); },
            [in](size_t i) { return static_cast<double>(in[i]); });
    }

    // Two roundings, never a fused multiply-add (the kernels are built with -ffp-contract=off).
    static void scaleOffset(const double* in, double* out, size_t rows, double scale,
                            double offset) {
        const Batch<double> factor(scale);
        const Batch<double> shift(offset);
        mapRows(
            out, rows,
            [=](size_t i) {
                const Batch<double> product = Batch<double>::load_unaligned(in + i) * factor;
                return product + shift;
            },
            [=](size_t i) {
                const double product = in[i] * scale;
                return product + offset;
            });
    }

    // Lane k of the result is set when bit k of `bits` is set; lanes of 4 or 8 bytes.
    template <class U> static xsimd::batch_bool<U, Arch> laneMask(uint64_t bits) {
        if constexpr (Ops::kMaskRegisters)
            return Ops::template maskFromBits<U>(bits);
        constexpr size_t n = Batch<U>::size;
        alignas(64) static constexpr auto kLaneBits = [] {
            std::array<U, n> lanes{};
            for (size_t k = 0; k < n; ++k)
                lanes[k] = U(1) << k;
            return lanes;
        }();
        const Batch<U> laneBits = Batch<U>::load_aligned(kLaneBits.data());
        return (Batch<U>(static_cast<U>(bits)) & laneBits) != Batch<U>(U(0));
    }

    // Byte lanes: 0xFF for every set bit of the index byte, eight lanes per table entry.
    static constexpr std::array<uint64_t, 256> kByteMasks = [] {
        std::array<uint64_t, 256> masks{};
        for (size_t byte = 0; byte < 256; ++byte) {
            for (size_t bit = 0; bit < 8; ++bit) {
                if ((byte >> bit) & 1U)
                    masks[byte] |= uint64_t(0xFF) << (8 * bit);
            }
        }
        return masks;
    }();

    template <size_t... k>
    static xsimd::batch_bool<uint8_t, Arch> byteMaskFrom(uint64_t bits, std::index_sequence<k...>) {
        const Batch<uint8_t> expanded =
            Ops::bytesFromWords(kByteMasks[(bits >> (8 * k)) & 0xFFU]...);
        return expanded != Batch<uint8_t>(uint8_t(0));
    }

    static xsimd::batch_bool<uint8_t, Arch> byteMask(uint64_t bits) {
        if constexpr (Ops::kMaskRegisters)
            return Ops::template maskFromBits<uint8_t>(bits);
        else
            return byteMaskFrom(bits, std::make_index_sequence<Batch<uint8_t>::size / 8>{});
    }

    template <class U>
    static void fillNulls(U* values, const uint64_t* validity, size_t rows, U fill) {
        if (validity == nullptr)
            return;
        constexpr size_t n = Batch<U>::size;
        static_assert(64 % n == 0, "a validity word covers whole batches");
        const Batch<U> fillBatch(fill);
        const size_t fullWords = rows / 64;
        for (size_t word = 0; word < fullWords; ++word) {
            const uint64_t bits = validity[word];
            if (bits == ~uint64_t(0))
                continue;
            U* chunk = values + word * 64;
            for (size_t k = 0; k < 64; k += n) {
                xsimd::batch_bool<U, Arch> valid;
                if constexpr (sizeof(U) == 1)
                    valid = byteMask(bits >> k);
                else
                    valid = laneMask<U>(bits >> k);
                const auto kept =
                    xsimd::select(valid, Batch<U>::load_unaligned(chunk + k), fillBatch);
                kept.store_unaligned(chunk + k);
            }
        }
        for (size_t i = fullWords * 64; i < rows; ++i) {
            if (!isValidRow(validity, i))
                values[i] = fill;
        }
    }

    // Scalar remap of rows [begin, end), counting unknown valid rows into `outcome`.
    static void remapRows(const int32_t* codes, const uint64_t* validity, size_t begin, size_t end,
                          const int32_t* table, size_t tableSize, int32_t fallback, int32_t* out,
                          RemapOutcome& outcome) {
        for (size_t i = begin; i < end; ++i) {
            const int32_t code = codes[i];
            const bool inTable = code >= 0 && static_cast<size_t>(code) < tableSize;
            const int32_t mapped = inTable ? table[code] : kUnknownSymbol;
            out[i] = mapped >= 0 ? mapped : fallback;
            if (mapped >= 0 || !isValidRow(validity, i))
                continue;
            if (outcome.unknownCount == 0)
                outcome.firstUnknownRow = i;
            ++outcome.unknownCount;
        }
    }

    static RemapOutcome remapEnum(const int32_t* codes, const uint64_t* validity, size_t rows,
                                  const int32_t* table, size_t tableSize, int32_t fallback,
                                  int32_t* out) {
        RemapOutcome outcome;
        constexpr size_t n = Batch<int32_t>::size;
        // codes are int32, so entries past INT32_MAX can never be addressed
        tableSize = std::min<size_t>(tableSize, INT32_MAX);
        size_t i = 0;
        if (tableSize > 0) {
            const Batch<int32_t> zero(0);
            const Batch<int32_t> limit(static_cast<int32_t>(tableSize));
            typename Ops::SmallTable small(table, tableSize);
            const bool inRegisters = tableSize <= Ops::SmallTable::kCapacity;
            for (; i + n <= rows; i += n) {
                const auto code = Batch<int32_t>::load_unaligned(codes + i);
                const auto inTable = (code >= zero) & (code < limit);
                const auto index = xsimd::select(inTable, code, zero);
                const auto mapped =
                    inRegisters ? small.lookup(index) : Batch<int32_t>::gather(table, index);
                const auto unknown = (!inTable) | (mapped < zero);
                if (xsimd::any(unknown)) {
                    remapRows(codes, validity, i, i + n, table, tableSize, fallback, out, outcome);
                    continue;
                }
                mapped.store_unaligned(out + i);
            }
        }
        remapRows(codes, validity, i, rows, table, tableSize, fallback, out, outcome);
        return outcome;
    }

    // Scalar narrowing of rows [begin, end); returns the first failing valid row or kNoRow.
    static size_t narrowRows(const int64_t* in, const uint64_t* validity, size_t begin, size_t end,
                             int32_t* out) {
        for (size_t i = begin; i < end; ++i) {
            const int64_t value = in[i];
            if ((value < INT32_MIN || value > INT32_MAX) && isValidRow(validity, i))
                return i;
            out[i] = static_cast<int32_t>(value);
        }
        return kNoRow;
    }

    static size_t int64ToInt32Checked(const int64_t* in, const uint64_t* validity, size_t rows,
                                      int32_t* out) {
        constexpr size_t n = Batch<int64_t>::size;
        size_t i = 0;
        for (; i + 2 * n <= rows; i += 2 * n) {
            const auto first = Batch<int64_t>::load_unaligned(in + i);
            const auto second = Batch<int64_t>::load_unaligned(in + i + n);
            if (!xsimd::all(Ops::fitsInt32(first) & Ops::fitsInt32(second))) {
                const size_t bad = narrowRows(in, validity, i, i + 2 * n, out);
                if (bad != kNoRow)
                    return bad;
                continue;
            }
            Ops::storeNarrow(out + i, first);
            Ops::storeNarrow(out + i + n, second);
        }
        for (; i + n <= rows; i += n) {
            const auto value = Batch<int64_t>::load_unaligned(in + i);
            if (!xsimd::all(Ops::fitsInt32(value))) {
                // a failing lane may be a null row; the scalar pass decides
                const size_t bad = narrowRows(in, validity, i, i + n, out);
                if (bad != kNoRow)
                    return bad;
                continue;
            }
            Ops::storeNarrow(out + i, value);
        }
        return narrowRows(in, validity, i, rows, out);
    }

    static size_t toInt64Rows(const double* in, const uint64_t* validity, size_t begin, size_t end,
                              int64_t* out) {
        for (size_t i = begin; i < end; ++i) {
            const double value = in[i];
            const bool passes = value >= -0x1p63 && value < 0x1p63 && std::trunc(value) == value;
            if (!passes && isValidRow(validity, i))
                return i;
            out[i] = passes ? static_cast<int64_t>(value) : 0;
        }
        return kNoRow;
    }

    // Converts n doubles when every lane is an integer in int64 range; false leaves the batch
    // to the scalar pass.
    static bool toInt64Exact(const double* in, int64_t* out) {
        const auto value = Batch<double>::load_unaligned(in);
        if constexpr (Ops::kNativeDoubleToInt64) {
            const auto converted = Ops::truncToInt64(value);
            // out-of-range, NaN and infinite lanes convert to INT64_MIN, which maps back to
            // -2^63 and so differs from the input unless the input really was -2^63
            if (!xsimd::all(xsimd::batch_cast<double>(converted) == value))
                return false;
            converted.store_unaligned(out);
        } else {
            // adding 1.5 * 2^52 rounds |x| < 2^51 to an integer held in the low mantissa bits
            const Batch<double> magic(0x1.8p52);
            if (!xsimd::all(xsimd::abs(value) < Batch<double>(0x1p51)))
                return false;
            const auto shifted = value + magic;
            if (!xsimd::all(shifted - magic == value))
                return false;
            const auto converted = xsimd::bitwise_cast<Batch<int64_t>>(shifted) -
                                   xsimd::bitwise_cast<Batch<int64_t>>(magic);
            converted.store_unaligned(out);
        }
        return true;
    }

    static size_t float64ToInt64Checked(const double* in, const uint64_t* validity, size_t rows,
                                        int64_t* out) {
        constexpr size_t n = Batch<double>::size;
        size_t i = 0;
        for (; i + n <= rows; i += n) {
            if (toInt64Exact(in + i, out + i))
                continue;
            const size_t bad = toInt64Rows(in, validity, i, i + n, out);
            if (bad != kNoRow)
                return bad;
        }
        return toInt64Rows(in, validity, i, rows, out);
    }

    // Whether bytes[pos .. pos + 4n) are all ASCII.
    static bool isAsciiBlock(const char* bytes) {
        constexpr size_t n = Batch<int8_t>::size;
        const auto* p = reinterpret_cast<const int8_t*>(bytes);
        const auto merged =
            (Batch<int8_t>::load_unaligned(p) | Batch<int8_t>::load_unaligned(p + n)) |
            (Batch<int8_t>::load_unaligned(p + 2 * n) | Batch<int8_t>::load_unaligned(p + 3 * n));
        return !xsimd::any(merged < Batch<int8_t>(int8_t(0)));
    }

    // Checks bytes[begin, end) as one UTF-8 stream: vectors skip ASCII runs, the scalar checker
    // takes over from the first non-ASCII block up to the next sequence boundary after it.
    // `ascii` tells whether the range held only ASCII.
    static bool checkStream(const char* bytes, size_t begin, size_t end, bool& ascii) {
        constexpr size_t block = 4 * Batch<int8_t>::size;
        const auto* text = reinterpret_cast<const unsigned char*>(bytes);
        ascii = true;
        size_t pos = begin;
        while (pos + block <= end) {
            if (isAsciiBlock(bytes + pos)) {
                pos += block;
                continue;
            }
            ascii = false;
            pos = utf8CheckFrom(text, pos, pos + block, end);
            if (pos == kNoRow)
                return false;
        }
        for (; pos + Batch<int8_t>::size <= end; pos += Batch<int8_t>::size) {
            const auto value =
                Batch<int8_t>::load_unaligned(reinterpret_cast<const int8_t*>(bytes + pos));
            if (xsimd::any(value < Batch<int8_t>(int8_t(0))))
                break;
        }
        for (size_t i = pos; i < end && ascii; ++i)
            ascii = text[i] < 0x80U;
        return utf8CheckFrom(text, pos, end, end) != kNoRow;
    }

    // UTF-8 checking by table lookups over pairs of bytes (utf8_tables.h).
    using Bytes = Batch<uint8_t>;

    static Bytes repeated(const Table16& table) {
        alignas(64) std::array<uint8_t, Bytes::size> lanes{};
        for (size_t i = 0; i < lanes.size(); ++i)
            lanes[i] = table[i % 16];
        return Bytes::load_aligned(lanes.data());
    }

    // A stream ends inside a sequence when one of its last three bytes starts a sequence
    // longer than what follows; these limits catch exactly that.
    static Bytes incompleteLimits() {
        alignas(64) std::array<uint8_t, Bytes::size> lanes;
        lanes.fill(0xFF);
        lanes[Bytes::size - 3] = 0xF0 - 1;
        lanes[Bytes::size - 2] = 0xE0 - 1;
        lanes[Bytes::size - 1] = 0xC0 - 1;
        return Bytes::load_aligned(lanes.data());
    }

    // xsimd 8.1 has no native 8-bit shift everywhere; shift 16-bit lanes and mask instead
    static Bytes highNibbles(const Bytes& bytes) {
        const auto shifted = xsimd::bitwise_cast<Batch<uint16_t>>(bytes) >> 4;
        return xsimd::bitwise_cast<Bytes>(shifted) & Bytes(uint8_t(0x0F));
    }

    // The lookup tables are built once per call, not per chunk of rows.
    struct Utf8Tables {
        Bytes firstHigh = repeated(kFirstHigh);
        Bytes firstLow = repeated(kFirstLow);
        Bytes secondHigh = repeated(kSecondHigh);
        Bytes limits = incompleteLimits();
    };

    static bool hasNonAscii(const Bytes& bytes) {
        return xsimd::any(xsimd::bitwise_cast<Batch<int8_t>>(bytes) < Batch<int8_t>(int8_t(0)));
    }

    // The state of one stream. Whether the last vector ends inside a sequence is only worked
    // out when the next vector is skipped as ASCII (or at the end): a checked vector catches a
    // sequence cut short before it through its first three bytes anyway.
    struct Utf8Lookup {
        const Utf8Tables& tables;
        Bytes previous = Bytes(uint8_t(0));
        Bytes error = Bytes(uint8_t(0));
        bool ascii = true;

        explicit Utf8Lookup(const Utf8Tables& t)
            : tables(t) {}

        // Checks a vector known to hold a byte of 0x80 or more.
        void checkNonAscii(const Bytes& input) {
            checkPairs(input, Ops::template previous<1>(input, previous),
                       Ops::template previous<2>(input, previous),
                       Ops::template previous<3>(input, previous));
        }

        // Checks the vector at `at`, which is not the stream's first: the bytes before it are
        // loaded from memory instead of being shifted in from the previous vector.
        void checkNonAsciiAt(const uint8_t* at) {
            checkPairs(Bytes::load_unaligned(at), Bytes::load_unaligned(at - 1),
                       Bytes::load_unaligned(at - 2), Bytes::load_unaligned(at - 3));
        }

        void checkPairs(const Bytes& input, const Bytes& prev1, const Bytes& prev2,
                        const Bytes& prev3) {
            const Bytes lowNibble(uint8_t(0x0F));
            const Bytes special = Ops::lookup16(tables.firstHigh, highNibbles(prev1)) &
                                  Ops::lookup16(tables.firstLow, prev1 & lowNibble) &
                                  Ops::lookup16(tables.secondHigh, highNibbles(input));
            const Bytes thirdOrFourth = xsimd::ssub(prev2, Bytes(uint8_t(0xE0 - 0x80))) |
                                        xsimd::ssub(prev3, Bytes(uint8_t(0xF0 - 0x80)));
            error |= (thirdOrFourth & Bytes(uint8_t(0x80))) ^ special;
            previous = input;
        }

        // Skips an ASCII vector: only a sequence cut short before it can be wrong.
        void skipAscii(const Bytes& input) {
            error |= xsimd::ssub(previous, tables.limits);
            previous = input;
        }

        void check(const Bytes& input) {
            if (!hasNonAscii(input)) {
                skipAscii(input);
                return;
            }
            ascii = false;
            checkNonAscii(input);
        }

        bool valid() const {
            const Bytes incomplete = xsimd::ssub(previous, tables.limits);
            return !xsimd::any((error | incomplete) != Bytes(uint8_t(0)));
        }
    };

    // Checks rows [firstRow, endRow) as one stream in blocks of four vectors (an ASCII block
    // costs one test, any other block is checked whole, without a branch per vector) and that
    // no row starts with a continuation byte. The row starts are read a few per non-ASCII
    // block, so the scalar loads overlap the vector work instead of following it; they lag
    // behind the vectors (the rest are read at the end), so they read bytes already in cache.
    static bool checkRowsLookup(const Utf8Tables& tables, const uint32_t* offsets,
                                const char* bytes, size_t firstRow, size_t endRow) {
        constexpr size_t n = Bytes::size;
        const auto* text = reinterpret_cast<const uint8_t*>(bytes);
        const size_t begin = offsets[firstRow];
        const size_t end = offsets[endRow];
        RowStarts starts(offsets, bytes, firstRow, endRow);
        const size_t startsPerBlock = starts.perBlock((end - begin) / (4 * n));
        Utf8Lookup lookup(tables);
        size_t pos = begin;
        for (; pos + 4 * n <= end; pos += 4 * n) {
            const Bytes v0 = Bytes::load_unaligned(text + pos);
            const Bytes v1 = Bytes::load_unaligned(text + pos + n);
            const Bytes v2 = Bytes::load_unaligned(text + pos + 2 * n);
            const Bytes v3 = Bytes::load_unaligned(text + pos + 3 * n);
            if (!hasNonAscii((v0 | v1) | (v2 | v3))) {
                lookup.skipAscii(v3);
                continue;
            }
            lookup.ascii = false;
            starts.take(startsPerBlock);
            if (pos == begin)
                lookup.checkNonAscii(v0);
            else
                lookup.checkNonAsciiAt(text + pos);
            lookup.checkNonAsciiAt(text + pos + n);
            lookup.checkNonAsciiAt(text + pos + 2 * n);
            lookup.checkNonAsciiAt(text + pos + 3 * n);
        }
        for (; pos + n <= end; pos += n)
            lookup.check(Bytes::load_unaligned(text + pos));
        if (pos < end) {
            // zero padding is ASCII, so a sequence cut by the end fails as too short
            alignas(64) std::array<uint8_t, n> tail{};
            std::memcpy(tail.data(), text + pos, end - pos);
            lookup.check(Bytes::load_aligned(tail.data()));
        }
        // in ASCII text no row can start with a continuation byte
        return lookup.valid() && (lookup.ascii || starts.noneInsideASequence());
    }

    // In a well-formed stream every row is well-formed on its own exactly when no row starts
    // with a continuation byte, that is, no sequence crosses a row boundary.
    static bool rowsStartSequences(const uint32_t* offsets, const char* bytes, size_t firstRow,
                                   size_t endRow) {
        return RowStarts(offsets, bytes, firstRow, endRow).noneInsideASequence();
    }

    static Utf8Outcome validateUtf8(const uint32_t* offsets, const char* bytes,
                                    const uint64_t* validity, size_t rows) {
        const Utf8Tables tables;
        for (size_t firstRow = 0; firstRow < rows; firstRow += kUtf8RowsPerChunk) {
            const size_t endRow = std::min(rows, firstRow + kUtf8RowsPerChunk);
            prefetchNextChunkEnd(offsets, firstRow, rows);
            bool ok = false;
            if constexpr (Ops::kHasByteLookup) {
                ok = checkRowsLookup(tables, offsets, bytes, firstRow, endRow);
            } else {
                bool ascii = true;
                ok = checkStream(bytes, offsets[firstRow], offsets[endRow], ascii);
                if (ok && !ascii)
                    ok = rowsStartSequences(offsets, bytes, firstRow, endRow);
            }
            if (ok)
                continue;
            // the exact row and offset come from the row-by-row check, which also skips nulls
            const Utf8Outcome outcome = utf8CheckRows(offsets, bytes, validity, firstRow, endRow);
            if (!outcome.ok())
                return outcome;
        }
        return {};
    }

    static KernelTable table(SimdLevel level) {
        return KernelTable{
            level,
            int32ToInt64,
            int32ToFloat64,
            int64ToFloat64,
            float32ToFloat64,
            scaleOffset,
            fillNulls<uint8_t>,
            fillNulls<uint32_t>,
            fillNulls<uint64_t>,
            remapEnum,
            int64ToInt32Checked,
            float64ToInt64Checked,
            validateUtf8,
        };
    }
};

} // namespace strata::simd::detail
