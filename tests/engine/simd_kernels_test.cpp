// Every kernel at every SIMD level against a reference written here, independently of the
// library's scalar level, on random data laced with edge values and on batch lengths that are
// not multiples of any vector width.

#include "strata/simd/kernels.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace strata::simd {
namespace {

constexpr size_t kLengths[] = {0,  1,  2,  3,  7,   8,   15,  16,  17,   31,
                               33, 63, 64, 65, 127, 128, 129, 255, 1000, 4099};

class SimdKernels : public ::testing::TestWithParam<SimdLevel> {
protected:
    void SetUp() override {
        kernels = kernelsFor(GetParam());
        if (kernels == nullptr)
            GTEST_SKIP() << "this CPU cannot run " << toString(GetParam());
        ASSERT_EQ(kernels->level, GetParam());
    }

    const KernelTable* kernels = nullptr;
    std::mt19937_64 random{20261204};
};

template <typename T>
T pick(std::mt19937_64& random, const std::vector<T>& edges, double edgeShare) {
    if (std::uniform_real_distribution<double>(0, 1)(random) < edgeShare)
        return edges[random() % edges.size()];
    if constexpr (std::is_integral_v<T>)
        return static_cast<T>(random());
    else
        return static_cast<T>(std::uniform_real_distribution<double>(-1e6, 1e6)(random));
}

template <typename T>
std::vector<T> randomValues(std::mt19937_64& random, size_t length, const std::vector<T>& edges) {
    std::vector<T> values(length);
    for (T& value : values)
        value = pick(random, edges, 0.2);
    return values;
}

// Kinds of validity bitmaps: none null, all null, random, and whole words of each.
std::vector<uint64_t> randomValidity(std::mt19937_64& random, size_t length, int kind) {
    std::vector<uint64_t> words((length + 63) / 64 + 1, 0);
    for (size_t i = 0; i < words.size(); ++i) {
        switch (kind) {
        case 0:
            words[i] = ~uint64_t(0);
            break;
        case 1:
            words[i] = 0;
            break;
        case 2:
            words[i] = random();
            break;
        default:
            words[i] = i % 3 == 0 ? ~uint64_t(0) : i % 3 == 1 ? 0 : random();
            break;
        }
    }
    return words;
}

bool isValid(const std::vector<uint64_t>& validity, size_t row) {
    return (validity[row / 64] >> (row % 64)) & 1U;
}

// Bit-exact equality, except that any NaN equals any NaN.
bool sameDouble(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) ||
           std::bit_cast<uint64_t>(a) == std::bit_cast<uint64_t>(b);
}

const std::vector<int32_t> kInt32Edges = {INT32_MIN, INT32_MIN + 1, -1, 0, 1, INT32_MAX};
const std::vector<int64_t> kInt64Edges = {INT64_MIN,
                                          INT64_MIN + 1,
                                          INT64_MAX,
                                          -1,
                                          0,
                                          1,
                                          (int64_t(1) << 53) + 1,
                                          -(int64_t(1) << 53) - 1,
                                          (int64_t(1) << 62) + 3,
                                          INT64_MAX - 511,
                                          int64_t(INT32_MAX) + 1,
                                          int64_t(INT32_MIN) - 1};
const std::vector<float> kFloatEdges = {std::numeric_limits<float>::quiet_NaN(),
                                        std::numeric_limits<float>::infinity(),
                                        -std::numeric_limits<float>::infinity(),
                                        -0.0f,
                                        0.0f,
                                        std::numeric_limits<float>::denorm_min(),
                                        std::numeric_limits<float>::max(),
                                        -std::numeric_limits<float>::lowest(),
                                        16777217.0f};
const std::vector<double> kDoubleEdges = {std::numeric_limits<double>::quiet_NaN(),
                                          std::numeric_limits<double>::infinity(),
                                          -std::numeric_limits<double>::infinity(),
                                          -0.0,
                                          0.0,
                                          0.5,
                                          -0.5,
                                          0x1p51,
                                          -0x1p51,
                                          0x1p52,
                                          0x1p63,
                                          -0x1p63,
                                          0x1p62,
                                          1e300,
                                          -1e300,
                                          std::numeric_limits<double>::denorm_min(),
                                          9007199254740993.0,
                                          4503599627370495.5};

TEST_P(SimdKernels, Int32ToInt64MatchesReference) {
    for (size_t length : kLengths) {
        const auto in = randomValues(random, length, kInt32Edges);
        std::vector<int64_t> out(length + 1, 77);
        kernels->int32ToInt64(in.data(), out.data(), length);
        for (size_t i = 0; i < length; ++i)
            ASSERT_EQ(out[i], int64_t(in[i])) << "length " << length << " row " << i;
        EXPECT_EQ(out[length], 77) << "wrote past the batch of " << length;
    }
}

TEST_P(SimdKernels, Int32ToFloat64MatchesReference) {
    for (size_t length : kLengths) {
        const auto in = randomValues(random, length, kInt32Edges);
        std::vector<double> out(length + 1, 77.0);
        kernels->int32ToFloat64(in.data(), out.data(), length);
        for (size_t i = 0; i < length; ++i)
            ASSERT_EQ(out[i], double(in[i])) << "length " << length << " row " << i;
        EXPECT_EQ(out[length], 77.0);
    }
}

TEST_P(SimdKernels, Int64ToFloat64RoundsLikeTheScalarConversion) {
    for (size_t length : kLengths) {
        const auto in = randomValues(random, length, kInt64Edges);
        std::vector<double> out(length + 1, 77.0);
        kernels->int64ToFloat64(in.data(), out.data(), length);
        for (size_t i = 0; i < length; ++i)
            ASSERT_TRUE(sameDouble(out[i], double(in[i]))) << "row " << i << " value " << in[i];
        EXPECT_EQ(out[length], 77.0);
    }
}

TEST_P(SimdKernels, Float32ToFloat64KeepsNaNInfinityAndNegativeZero) {
    for (size_t length : kLengths) {
        const auto in = randomValues(random, length, kFloatEdges);
        std::vector<double> out(length + 1, 77.0);
        kernels->float32ToFloat64(in.data(), out.data(), length);
        for (size_t i = 0; i < length; ++i)
            ASSERT_TRUE(sameDouble(out[i], double(in[i]))) << "row " << i << " value " << in[i];
        EXPECT_EQ(out[length], 77.0);
    }
}

TEST_P(SimdKernels, ScaleOffsetRoundsProductThenSum) {
    const std::pair<double, double> factors[] = {
        {1000.0, 0.0}, {1.8, 32.0}, {0.1, -0.3}, {-0.0, 0.0}, {1e300, 1e300}};
    for (auto [scale, offset] : factors) {
        for (size_t length : kLengths) {
            const auto in = randomValues(random, length, kDoubleEdges);
            std::vector<double> out(length + 1, 77.0);
            kernels->scaleOffset(in.data(), out.data(), length, scale, offset);
            for (size_t i = 0; i < length; ++i) {
                const double product = in[i] * scale;
                ASSERT_TRUE(sameDouble(out[i], product + offset)) << "row " << i << " x " << in[i];
            }
            EXPECT_EQ(out[length], 77.0);
        }
    }
}

// Outputs of 8 MiB and more are written with non-temporal stores after a head of single rows
// that brings the output to a vector boundary: every row and nothing around the batch, for
// outputs starting 0 to 8 rows past a 64-byte boundary.
TEST_P(SimdKernels, LargeBatchesConvertEveryRowAtEveryOutputAlignment) {
    constexpr size_t kRows = (size_t(8) << 20) / sizeof(double) + 37;
    constexpr double kGuard = 77.0;
    const auto ints = randomValues(random, kRows, kInt32Edges);
    const auto longs = randomValues(random, kRows, kInt64Edges);
    const auto floats = randomValues(random, kRows, kFloatEdges);
    const auto doubles = randomValues(random, kRows, kDoubleEdges);
    // 64 bytes of guard before the first possible start, one guard row after the batch
    std::vector<double> buffer(kRows + 32, kGuard);
    const size_t aligned = (64 - reinterpret_cast<uintptr_t>(buffer.data()) % 64) % 64 / 8 + 8;
    for (size_t shift = 0; shift <= 8; ++shift) {
        std::fill(buffer.begin(), buffer.end(), kGuard);
        double* out = buffer.data() + aligned + shift;
        const auto expectEvery = [&](const char* kernel, auto expected) {
            for (size_t i = 0; i < kRows; ++i)
                ASSERT_TRUE(sameDouble(out[i], expected(i)))
                    << kernel << " shift " << shift << " row " << i;
            EXPECT_EQ(out[-1], kGuard) << kernel << " wrote before the batch";
            EXPECT_EQ(out[kRows], kGuard) << kernel << " wrote past the batch";
        };
        kernels->int32ToFloat64(ints.data(), out, kRows);
        expectEvery("int32ToFloat64", [&](size_t i) { return double(ints[i]); });
        kernels->int64ToFloat64(longs.data(), out, kRows);
        expectEvery("int64ToFloat64", [&](size_t i) { return double(longs[i]); });
        kernels->float32ToFloat64(floats.data(), out, kRows);
        expectEvery("float32ToFloat64", [&](size_t i) { return double(floats[i]); });
        kernels->scaleOffset(doubles.data(), out, kRows, 1.8, 32.0);
        expectEvery("scaleOffset", [&](size_t i) {
            const double product = doubles[i] * 1.8;
            return product + 32.0;
        });
        auto* asInt64 = reinterpret_cast<int64_t*>(out);
        kernels->int32ToInt64(ints.data(), asInt64, kRows);
        expectEvery("int32ToInt64",
                    [&](size_t i) { return std::bit_cast<double>(int64_t(ints[i])); });
    }
}

template <typename U, typename Kernel>
void checkFillNulls(std::mt19937_64& random, Kernel kernel, U fill) {
    for (int kind = 0; kind < 4; ++kind) {
        for (size_t length : kLengths) {
            const auto validity = randomValidity(random, length, kind);
            std::vector<U> values(length + 1);
            for (U& value : values)
                value = static_cast<U>(random());
            const std::vector<U> before = values;
            kernel(values.data(), validity.data(), length, fill);
            for (size_t i = 0; i < length; ++i) {
                const U expected = isValid(validity, i) ? before[i] : fill;
                ASSERT_EQ(values[i], expected)
                    << "kind " << kind << " length " << length << " row " << i;
            }
            EXPECT_EQ(values[length], before[length]);
        }
    }
    // without a bitmap every row is valid and nothing changes
    std::vector<U> values(100, U(5));
    kernel(values.data(), nullptr, values.size(), fill);
    EXPECT_EQ(values, std::vector<U>(100, U(5)));
}

TEST_P(SimdKernels, FillNullsTouchesExactlyTheNullRows) {
    checkFillNulls<uint8_t>(random, kernels->fillNulls8, uint8_t(1));
    checkFillNulls<uint32_t>(random, kernels->fillNulls32, std::bit_cast<uint32_t>(-0.0f));
    checkFillNulls<uint64_t>(random, kernels->fillNulls64,
                             std::bit_cast<uint64_t>(std::numeric_limits<double>::quiet_NaN()));
}

RemapOutcome referenceRemap(const std::vector<int32_t>& codes,
                            const std::vector<uint64_t>& validity,
                            const std::vector<int32_t>& table, int32_t fallback,
                            std::vector<int32_t>& out) {
    RemapOutcome outcome;
    for (size_t i = 0; i < codes.size(); ++i) {
        const int64_t code = codes[i];
        const bool known = code >= 0 && code < int64_t(table.size()) && table[code] >= 0;
        out[i] = known ? table[code] : fallback;
        if (!known && isValid(validity, i)) {
            if (outcome.firstUnknownRow == kNoRow)
                outcome.firstUnknownRow = i;
            ++outcome.unknownCount;
        }
    }
    return outcome;
}

TEST_P(SimdKernels, RemapEnumCountsUnknownValidRows) {
    const std::vector<int32_t> table = {3, 0, kUnknownSymbol, 1, 2, kUnknownSymbol, 4};
    const std::vector<int32_t> edges = {INT32_MIN, -1, 7, 8, INT32_MAX, 2, 5};
    for (int kind = 0; kind < 4; ++kind) {
        for (size_t length : kLengths) {
            std::vector<int32_t> codes(length);
            for (int32_t& code : codes)
                code = random() % 10 < 9 ? int32_t(random() % 7) : edges[random() % edges.size()];
            const auto validity = randomValidity(random, length, kind);
            std::vector<int32_t> out(length + 1, 77);
            std::vector<int32_t> expected(length);
            const RemapOutcome outcome = kernels->remapEnum(
                codes.data(), validity.data(), length, table.data(), table.size(), 9, out.data());
            EXPECT_EQ(outcome, referenceRemap(codes, validity, table, 9, expected));
            out.pop_back();
            EXPECT_EQ(out, expected) << "kind " << kind << " length " << length;
        }
    }
}

// Small tables are held in registers on some levels and gathered on others.
TEST_P(SimdKernels, RemapEnumForEveryTableSize) {
    for (size_t tableSize : {1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100}) {
        std::vector<int32_t> table(tableSize);
        for (size_t code = 0; code < tableSize; ++code)
            table[code] = random() % 5 == 0 ? kUnknownSymbol : int32_t(random() % 1000);
        std::vector<int32_t> codes(1000);
        for (int32_t& code : codes)
            code = int32_t(random() % (tableSize + 2)) - 1;
        const auto validity = randomValidity(random, codes.size(), 2);
        std::vector<int32_t> out(codes.size());
        std::vector<int32_t> expected(codes.size());
        const RemapOutcome outcome = kernels->remapEnum(codes.data(), validity.data(), codes.size(),
                                                        table.data(), table.size(), -7, out.data());
        EXPECT_EQ(outcome, referenceRemap(codes, validity, table, -7, expected));
        EXPECT_EQ(out, expected) << "table of " << tableSize;
    }
}

TEST_P(SimdKernels, RemapEnumWithoutUnknownsOrWithEmptyTable) {
    const std::vector<int32_t> table = {1, 0};
    std::vector<int32_t> codes(70);
    for (size_t i = 0; i < codes.size(); ++i)
        codes[i] = int32_t(i % 2);
    std::vector<int32_t> out(codes.size());
    RemapOutcome outcome = kernels->remapEnum(codes.data(), nullptr, codes.size(), table.data(),
                                              table.size(), -1, out.data());
    EXPECT_EQ(outcome, RemapOutcome{});
    for (size_t i = 0; i < codes.size(); ++i)
        ASSERT_EQ(out[i], 1 - codes[i]);

    outcome = kernels->remapEnum(codes.data(), nullptr, codes.size(), nullptr, 0, 6, out.data());
    EXPECT_EQ(outcome, (RemapOutcome{70, 0}));
    EXPECT_EQ(out, std::vector<int32_t>(70, 6));
}

TEST_P(SimdKernels, Int64ToInt32ReportsTheFirstOffendingRow) {
    const std::vector<int64_t> fitting = {INT32_MIN, INT32_MAX, 0, -1, 12345};
    const std::vector<int64_t> offending = {int64_t(INT32_MAX) + 1, int64_t(INT32_MIN) - 1,
                                            INT64_MIN, INT64_MAX, int64_t(1) << 32};
    for (size_t length : {1, 2, 5, 17, 37, 64, 129}) {
        for (size_t bad = 0; bad < length; ++bad) {
            std::vector<int64_t> in(length);
            for (int64_t& value : in)
                value = fitting[random() % fitting.size()];
            std::vector<uint64_t> validity = randomValidity(random, length, 0);
            // offending values in null rows before the real offender must be ignored
            for (size_t row = 0; row < bad; row += 3) {
                in[row] = offending[random() % offending.size()];
                validity[row / 64] &= ~(uint64_t(1) << (row % 64));
            }
            in[bad] = offending[random() % offending.size()];
            std::vector<int32_t> out(length);
            ASSERT_EQ(kernels->int64ToInt32Checked(in.data(), validity.data(), length, out.data()),
                      bad)
                << "length " << length;
            for (size_t i = 0; i < bad; ++i)
                ASSERT_EQ(out[i], static_cast<int32_t>(in[i])) << "row " << i;
        }
    }
}

TEST_P(SimdKernels, Int64ToInt32PassesEveryFittingRow) {
    for (size_t length : kLengths) {
        std::vector<int64_t> in(length);
        for (int64_t& value : in)
            value =
                random() % 4 == 0 ? kInt32Edges[random() % kInt32Edges.size()] : int32_t(random());
        std::vector<int32_t> out(length + 1, 77);
        ASSERT_EQ(kernels->int64ToInt32Checked(in.data(), nullptr, length, out.data()), kNoRow);
        for (size_t i = 0; i < length; ++i)
            ASSERT_EQ(out[i], in[i]);
        EXPECT_EQ(out[length], 77);
    }
}

bool passesAsInt64(double value) {
    if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0))
        return false;
    return std::floor(value) == value;
}

TEST_P(SimdKernels, Float64ToInt64ReportsTheFirstOffendingRow) {
    const std::vector<double> offending = {std::nan(""), INFINITY, -INFINITY,          0.5,  -0.5,
                                           0x1p63,       -0x1p64,  4503599627370495.5, 1e300};
    const std::vector<double> passing = {-0.0,    0.0,        -0x1p63,  0x1p62, 0x1p51,
                                         -0x1p51, 0x1p52 + 2, 123456.0, -1.0};
    for (size_t length : {1, 2, 5, 17, 37, 64, 129}) {
        for (size_t bad = 0; bad < length; ++bad) {
            std::vector<double> in(length);
            for (double& value : in)
                value = passing[random() % passing.size()];
            std::vector<uint64_t> validity = randomValidity(random, length, 0);
            for (size_t row = 0; row < bad; row += 4) {
                in[row] = offending[random() % offending.size()];
                validity[row / 64] &= ~(uint64_t(1) << (row % 64));
            }
            in[bad] = offending[random() % offending.size()];
            std::vector<int64_t> out(length);
            ASSERT_EQ(
                kernels->float64ToInt64Checked(in.data(), validity.data(), length, out.data()), bad)
                << "length " << length;
            for (size_t i = 0; i < bad; ++i) {
                const int64_t expected = passesAsInt64(in[i]) ? static_cast<int64_t>(in[i]) : 0;
                ASSERT_EQ(out[i], expected) << "row " << i << " value " << in[i];
            }
        }
    }
}

TEST_P(SimdKernels, Float64ToInt64ConvertsEveryIntegralRow) {
    for (size_t length : kLengths) {
        std::vector<double> in(length);
        for (double& value : in) {
            const int shift = int(random() % 63);
            value = std::ldexp(double(int64_t(random() >> 11) - (int64_t(1) << 52)), shift - 52);
            value = std::trunc(value);
        }
        std::vector<int64_t> out(length + 1, 77);
        ASSERT_EQ(kernels->float64ToInt64Checked(in.data(), nullptr, length, out.data()), kNoRow);
        for (size_t i = 0; i < length; ++i)
            ASSERT_EQ(out[i], static_cast<int64_t>(in[i])) << "value " << in[i];
        EXPECT_EQ(out[length], 77);
    }
}

} // namespace

std::string levelName(const ::testing::TestParamInfo<SimdLevel>& info) {
    return toString(info.param);
}

INSTANTIATE_TEST_SUITE_P(EveryLevel, SimdKernels,
                         ::testing::Values(SimdLevel::Scalar, SimdLevel::Sse2, SimdLevel::Sse42,
                                           SimdLevel::Avx2, SimdLevel::Avx512,
                                           SimdLevel::Avx512Vbmi),
                         levelName);

} // namespace strata::simd
